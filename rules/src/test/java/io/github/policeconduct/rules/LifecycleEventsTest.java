package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import org.junit.jupiter.api.Test;

/**
 * Events drive the lifecycle (issue 17, item 3): the case's state follows from its recorded events as at the
 * decision's date, and an event the lifecycle forbids where it falls is a caution naming the event, its date and
 * the rule, while the rest of the case is decided as recorded.
 */
class LifecycleEventsTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static final Proceedings MEETING = Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2024-06-03"))
      .found("A1", Finding.MISCONDUCT).outcome(Outcome.WRITTEN_WARNING).build();

  private static ConductCase aCase(CaseEvent... events) {
    return ConductCase.builder().id("L1").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build())
        .addAllegations(Allegation.builder("A1", Standard.CONFIDENTIALITY).cameToAttention(d("2024-01-10"))
            .assessed(Severity.MISCONDUCT, d("2024-01-12")).build())
        .proceedings(MEETING).addEvents(events).build();
  }

  private static List<Guidance> cautions(Decision d) {
    return d.guidance().stream().filter(g -> g.kind() == GuidanceKind.EVENT_OUT_OF_ORDER).toList();
  }

  @Test
  void theStateFollowsTheEventsAsAtTheDecisionsDate() {
    ConductCase c = aCase(CaseEvent.of(EventType.WRITTEN_NOTICE_GIVEN, d("2024-01-20")),
        CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2024-04-02")),
        CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2024-06-05")),
        CaseEvent.of(EventType.APPEAL_LODGED, d("2024-06-10")),
        CaseEvent.of(EventType.APPEAL_DECIDED, d("2024-07-01")));
    assertEquals(Lifecycle.State.SEVERITY_ASSESSED, ConductRules.decide(c, d("2024-01-15")).state());
    assertEquals(Lifecycle.State.INVESTIGATION, ConductRules.decide(c, d("2024-02-01")).state());
    assertEquals(Lifecycle.State.CASE_TO_ANSWER, ConductRules.decide(c, d("2024-05-01")).state());
    assertEquals(Lifecycle.State.OUTCOME_DECIDED, ConductRules.decide(c, d("2024-06-03")).state());
    assertEquals(Lifecycle.State.APPEAL, ConductRules.decide(c, d("2024-06-20")).state());
    assertEquals(Lifecycle.State.CLOSED, ConductRules.decide(c, d("2024-07-01")).state());
    assertEquals(Lifecycle.State.CLOSED, ConductRules.lifecycle().stateOf(c), "every recorded fact counts");
    assertTrue(cautions(ConductRules.decide(c, d("2024-07-01"))).isEmpty());
  }

  @Test
  void anOutcomeReportBeforeAnyProceedingsIsACautionNamingTheEventItsDateAndTheRule() {
    Decision d = ConductRules.decide(aCase(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2024-05-30"))), d("2024-06-10"));
    List<Guidance> c = cautions(d);
    assertEquals(1, c.size(), d.toString());
    assertTrue(c.get(0).message().contains("outcome_report_given on 2024-05-30, before any proceedings"), c.get(0).message());
    assertEquals(Rule.SANCTIONS_OUTCOME_LAWFUL.citation(d.regime(), d("2024-06-10")), c.get(0).citation());
    assertTrue(d.outcome().orElseThrow().lawful(), "the rest of the case is decided as recorded");
    assertEquals(List.of(), d.problems());
  }

  @Test
  void anAppealBeforeTheProceedingsIsACautionCitingTheAppealRule() {
    Decision d = ConductRules.decide(aCase(CaseEvent.of(EventType.APPEAL_LODGED, d("2024-05-01"))), d("2024-06-10"));
    List<Guidance> c = cautions(d);
    assertEquals(1, c.size(), d.toString());
    assertTrue(c.get(0).message().contains("appeal_lodged on 2024-05-01, before any proceedings"), c.get(0).message());
    assertTrue(c.get(0).citation().toString().endsWith("reg 45"), c.get(0).citation().toString());
  }

  @Test
  void aSecondSuspensionWhileOneRunsIsACautionAndOneAfterTheFirstEndsIsNot() {
    Decision twice = ConductRules.decide(aCase(CaseEvent.of(EventType.SUSPENDED, d("2024-02-01")),
        CaseEvent.of(EventType.SUSPENDED, d("2024-03-01"))), d("2024-06-10"));
    List<Guidance> c = cautions(twice);
    assertEquals(1, c.size(), twice.toString());
    assertTrue(c.get(0).message().contains("suspended on 2024-03-01 while the suspension of 2024-02-01 is still running"),
        c.get(0).message());
    assertTrue(c.get(0).citation().toString().endsWith("reg 11(5)"), c.get(0).citation().toString());
    Decision again = ConductRules.decide(aCase(CaseEvent.of(EventType.SUSPENDED, d("2024-02-01")),
        CaseEvent.of(EventType.SUSPENSION_ENDED, d("2024-02-20")), CaseEvent.of(EventType.SUSPENDED, d("2024-03-01"))),
        d("2024-06-10"));
    assertEquals(List.of(), cautions(again));
    Decision after = ConductRules.decide(aCase(CaseEvent.of(EventType.SUSPENDED, d("2024-06-04"))), d("2024-06-10"));
    assertTrue(cautions(after).get(0).message().contains("after the proceedings concluded"), after.toString());
    Decision ended = ConductRules.decide(aCase(CaseEvent.of(EventType.SUSPENSION_ENDED, d("2024-02-01"))), d("2024-06-10"));
    assertTrue(cautions(ended).get(0).message().contains("no suspension running"), ended.toString());
  }

  @Test
  void anEventOnTheDayOfTheProceedingsIsTakenInTheOrderTheProcedureTakesIt() {
    // the outcome report and an appeal dated the day of the meeting follow it; a suspension that day precedes it
    Decision d = ConductRules.decide(aCase(CaseEvent.of(EventType.APPEAL_LODGED, d("2024-06-03")),
        CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2024-06-03")), CaseEvent.of(EventType.SUSPENDED, d("2024-06-03"))),
        d("2024-06-10"));
    assertEquals(List.of(), cautions(d), d.toString());
    assertEquals(Lifecycle.State.APPEAL, d.state());
  }

  @Test
  void aHearingUnderThe2024PanelInProceedingsReferredBeforeItIsACautionNamingBothDates() {
    Proceedings hearing = Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2024-06-10")).build();
    ConductCase referredBefore = aCase(CaseEvent.of(EventType.REFERRAL_NOTICE_GIVEN, d("2024-04-20")))
        .withProceedings(hearing);
    Decision d = ConductRules.decide(referredBefore, d("2024-06-10"));
    List<Guidance> c = d.guidance().stream().filter(g -> g.kind() == GuidanceKind.TRANSITIONAL_PROVISION_TO_CHECK)
        .toList();
    assertEquals(1, c.size(), d.toString());
    assertTrue(c.get(0).message().contains("The hearing on 2024-06-10") && c.get(0).message().contains("2024-04-20"),
        c.get(0).message());
    // the decision itself is the panel of the hearing's date, and says which date it read the panel for
    assertTrue(d.conductedBy().orElseThrow().contains("chief officer"), d.conductedBy().toString());
    assertTrue(d.explanation().steps().stream().anyMatch(s -> s.ruleId().equals(Rule.PANEL_HEARING_CHIEF_OFFICER.id())
        && s.because().contains("read for the hearing on 2024-06-10")), d::toString);
    ConductCase referredAfter = aCase(CaseEvent.of(EventType.REFERRAL_NOTICE_GIVEN, d("2024-05-08")))
        .withProceedings(hearing);
    assertTrue(ConductRules.decide(referredAfter, d("2024-06-10")).guidance().stream()
        .noneMatch(g -> g.kind() == GuidanceKind.TRANSITIONAL_PROVISION_TO_CHECK));
  }
}

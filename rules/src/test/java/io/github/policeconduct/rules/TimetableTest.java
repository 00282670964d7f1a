package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 * The timetable a case's events start (issue 17, item 2): each limit read from its row and counted as its
 * provision words it ("beginning with the first working day after"), on the day before, of and after its due date,
 * across a weekend, Easter and Christmas; met, open, overdue, a window open and lapsed.
 */
class TimetableTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static ConductCase.Builder aCase(String attention) {
    return ConductCase.builder().id("T1").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build())
        .addAllegations(Allegation.builder("A1", Standard.CONFIDENTIALITY).cameToAttention(d(attention))
            .assessed(Severity.MISCONDUCT, d(attention)).build());
  }

  private static TimetableStep only(Decision d, Rule rule) {
    List<TimetableStep> steps = d.timetable().stream().filter(s -> s.rule() == rule).toList();
    assertEquals(1, steps.size(), d.timetable().toString());
    return steps.get(0);
  }

  @Test
  void theOfficersResponseIsDue15WorkingDaysFromTheFirstWorkingDayAfterTheDocuments() {
    // R2020 reg 31(2)(a): supplied Thursday 2023-03-30; Good Friday 7 April and Easter Monday 10 April are not
    // working days: day 1 is Friday 31 March ... day 15 is Monday 24 April.
    ConductCase c = aCase("2023-01-10").addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2023-03-30"))).build();
    TimetableStep s = only(ConductRules.decide(c, d("2023-04-24")), Rule.TIMETABLE_OFFICER_RESPONSE_2020);
    assertEquals(d("2023-04-24"), s.due());
    assertEquals(TimetableStep.Status.OPEN, s.status(), "on the due day");
    assertEquals(TimetableStep.Status.OPEN,
        only(ConductRules.decide(c, d("2023-04-21")), Rule.TIMETABLE_OFFICER_RESPONSE_2020).status(), "the day before");
    assertEquals(TimetableStep.Status.OVERDUE,
        only(ConductRules.decide(c, d("2023-04-25")), Rule.TIMETABLE_OFFICER_RESPONSE_2020).status(), "the day after");
    assertEquals(EventType.DOCUMENTS_SUPPLIED, s.from());
    assertTrue(s.citation().toString().contains("Police (Conduct) Regulations 2020, reg 31(2)(a)"), s.citation().toString());
    assertTrue(s.extension().orElseThrow().contains("exceptional circumstances"), s.extension().toString());
    assertEquals(List.of(s), ConductRules.decide(c, d("2023-04-24")).next());
  }

  @Test
  void aResponseMeetsItsStepAndStartsTheWitnessLists() {
    ConductCase c = aCase("2023-01-10").addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2023-12-20")),
        CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, d("2024-01-05"))).build();
    Decision d = ConductRules.decide(c, d("2024-01-08"));
    TimetableStep response = only(d, Rule.TIMETABLE_OFFICER_RESPONSE_2020);
    assertEquals(TimetableStep.Status.MET, response.status());
    assertEquals(Optional.of(d("2024-01-05")), response.metOn());
    // Christmas Day, Boxing Day and New Year's Day are not working days: day 1 is Thursday 21 December, day 15
    // Monday 15 January 2024.
    assertEquals(d("2024-01-15"), response.due());
    // R2020 reg 31(4): 3 working days from the first working day after Friday 5 January: Monday 8 to Wednesday 10
    TimetableStep lists = only(d, Rule.TIMETABLE_WITNESS_LISTS_2020);
    assertEquals(d("2024-01-10"), lists.due());
    assertEquals(TimetableStep.Status.OPEN, lists.status());
    assertEquals(List.of(lists), d.next());
  }

  @Test
  void theAppealWindowRunsFromTheReportGivenAndLapsesWithoutBeingOverdue() {
    Proceedings meeting = Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2023-05-10")).found("A1", Finding.MISCONDUCT)
        .outcome(Outcome.WRITTEN_WARNING).build();
    // The report given on Friday 12 May 2023: 7 working days beginning with Monday 15 May end on Tuesday 23 May.
    ConductCase c = aCase("2023-01-10").proceedings(meeting)
        .addEvents(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2023-05-12"))).build();
    TimetableStep open = only(ConductRules.decide(c, d("2023-05-23")), Rule.CONSEQUENCE_APPEAL_MEETING);
    assertEquals(d("2023-05-23"), open.due());
    assertEquals(TimetableStep.Status.WINDOW_OPEN, open.status());
    assertEquals(TimetableStep.Status.LAPSED,
        only(ConductRules.decide(c, d("2023-05-24")), Rule.CONSEQUENCE_APPEAL_MEETING).status());
    ConductCase appealed = c.withEvents(List.of(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2023-05-12")),
        CaseEvent.of(EventType.APPEAL_LODGED, d("2023-05-19"))));
    TimetableStep met = only(ConductRules.decide(appealed, d("2023-06-01")), Rule.CONSEQUENCE_APPEAL_MEETING);
    assertEquals(TimetableStep.Status.MET, met.status());
    assertEquals(List.of(), ConductRules.decide(appealed, d("2023-06-01")).next());
  }

  @Test
  void theAppealConsequenceRunsFromTheReportGivenWhenTheCaseRecordsIt() {
    // Before, the window ran from the day of the meeting (10 May: due 19 May) even when the report was given later.
    Proceedings meeting = Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2023-05-10")).found("A1", Finding.MISCONDUCT)
        .outcome(Outcome.WRITTEN_WARNING).build();
    ConductCase without = aCase("2023-01-10").proceedings(meeting).build();
    ConductCase with = without.withEvents(List.of(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2023-05-12"))));
    assertEquals(Optional.of(d("2023-05-19")), appealDue(ConductRules.decide(without)));
    Decision d = ConductRules.decide(with);
    assertEquals(Optional.of(d("2023-05-23")), appealDue(d));
    assertEquals(only(d, Rule.CONSEQUENCE_APPEAL_MEETING).due(), appealDue(d).orElseThrow());
    assertTrue(d.consequences().stream().anyMatch(c -> c.description().contains("the report was given, on 2023-05-12")),
        d.toString());
  }

  private static Optional<LocalDate> appealDue(Decision d) {
    return d.consequences().stream().filter(c -> c.kind() == ConsequenceKind.APPEAL_WINDOW).findFirst()
        .flatMap(Consequence::dueBy);
  }

  @Test
  void anEventOutOfOrderIsACautionNamingItAndItsDateAndTheRestIsDecided() {
    Proceedings meeting = Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2023-05-10")).found("A1", Finding.MISCONDUCT)
        .outcome(Outcome.WRITTEN_WARNING).build();
    ConductCase c = aCase("2023-01-10").proceedings(meeting).addEvents(
        CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, d("2023-03-01")),
        CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2023-03-06")),
        CaseEvent.of(EventType.APPEAL_LODGED, d("2023-05-11"))).build();
    Decision d = ConductRules.decide(c);
    List<Guidance> cautions = d.guidance().stream().filter(g -> g.kind() == GuidanceKind.EVENT_OUT_OF_ORDER).toList();
    assertEquals(2, cautions.size(), d.toString());
    assertTrue(cautions.get(0).message().contains("officer_response_given on 2023-03-01 with no documents_supplied"),
        cautions.get(0).message());
    assertTrue(cautions.get(0).citation().toString().contains("reg 31(2)(a)"), cautions.get(0).toString());
    assertTrue(cautions.get(1).message().contains("appeal_lodged on 2023-05-11 with no outcome_report_given"),
        cautions.get(1).message());
    assertTrue(d.outcome().get().lawful(), "a caution about the record does not make the outcome unlawful");
    assertTrue(d.problems().isEmpty(), d.toString());
  }

  @Test
  void theAcceleratedHearingFallsInAWindowOf10To15WorkingDaysAfterItsNotice() {
    // R2020 reg 52(1): notice on Wednesday 20 December 2023; the working days after it skip Christmas, Boxing Day and
    // New Year's Day: day 1 Thursday 21 December ... day 10 Monday 8 January, day 15 Monday 15 January 2024.
    ConductCase c = aCase("2023-11-01").addEvents(
        CaseEvent.of(EventType.ACCELERATED_HEARING_NOTICE_GIVEN, d("2023-12-20"))).build();
    TimetableStep before = only(ConductRules.decide(c, d("2024-01-05")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020);
    assertEquals(Optional.of(d("2024-01-08")), before.earliest());
    assertEquals(d("2024-01-15"), before.due());
    assertEquals(TimetableStep.Status.OPEN, before.status(), "the working day before the window opens");
    assertEquals(TimetableStep.Status.WINDOW_OPEN,
        only(ConductRules.decide(c, d("2024-01-08")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020).status());
    assertEquals(TimetableStep.Status.WINDOW_OPEN,
        only(ConductRules.decide(c, d("2024-01-15")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020).status());
    assertEquals(TimetableStep.Status.OVERDUE,
        only(ConductRules.decide(c, d("2024-01-16")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020).status());
    assertTrue(before.citation().toString().endsWith("reg 52(1)"), before.citation().toString());
    ConductCase held = c.withProceedings(Proceedings.builder(Forum.ACCELERATED_MISCONDUCT_HEARING, d("2024-01-10"))
        .build());
    TimetableStep met = only(ConductRules.decide(held, d("2024-01-20")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020);
    assertEquals(TimetableStep.Status.MET, met.status());
    assertEquals(Optional.of(d("2024-01-10")), met.metOn());
  }

  @Test
  void eventsAfterTheAsAtDateHaveNotHappenedYet() {
    ConductCase c = aCase("2023-01-10").addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2023-03-30")),
        CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, d("2023-04-20"))).build();
    assertEquals(TimetableStep.Status.OPEN,
        only(ConductRules.decide(c, d("2023-04-19")), Rule.TIMETABLE_OFFICER_RESPONSE_2020).status());
    assertEquals(List.of(), ConductRules.decide(c, d("2023-03-29")).timetable(), "before the documents were supplied");
  }

  @Test
  void limitsOfThe2020RegulationsAreNotAppliedToAnEarlierRegime() {
    ConductCase c = aCase("2019-06-03").addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2020-03-02"))).build();
    assertEquals(List.of(), ConductRules.decide(c, d("2020-03-03")).timetable());
  }
}

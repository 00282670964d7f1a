package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.DisciplinaryRecord;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.core.WarningType;
import org.junit.jupiter.api.Test;

class ConductRulesTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Allegation allegation(String attention, Severity level, String assessed) {
    return Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).conductDate(d(attention).minusDays(10))
        .cameToAttention(d(attention)).severity(SeverityAssessment.of(level, d(assessed))).build();
  }

  private static Allegation allegation(String conduct, String attention, Severity level, String assessed) {
    return Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).conductDate(d(conduct))
        .cameToAttention(d(attention)).severity(SeverityAssessment.of(level, d(assessed))).build();
  }

  private static ConductCase.Builder officer(Rank rank, Allegation a) {
    return ConductCase.builder().id("T1").subject(Subject.builder(Role.POLICE_OFFICER).rank(rank).joined(d("2005-01-01")).build()).addAllegations(a);
  }

  private static ConductCase former(String left, Departure how, Allegation a) {
    return ConductCase.builder().id("T1").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(d("2005-01-01"))
        .left(ServiceEnd.of(d(left), how)).build()).addAllegations(a).build();
  }

  @Test
  void regimeIsChosenByTheDateOfAttention() {
    assertInstanceOf(Ruling.NoRuleApplies.class, ConductRules.regime(Allegation.builder("A", Standard.USE_OF_FORCE)
        .cameToAttention(d("2008-11-30")).build()));
    assertEquals(Regime.CONDUCT_REGULATIONS_2008, regimeOn("2008-12-01", false));
    assertEquals(Regime.CONDUCT_REGULATIONS_2008, regimeOn("2012-11-21", false));
    assertEquals(Regime.CONDUCT_REGULATIONS_2012, regimeOn("2012-11-22", false));
    assertEquals(Regime.CONDUCT_REGULATIONS_2012, regimeOn("2020-01-31", false));
    assertEquals(Regime.CONDUCT_REGULATIONS_2020, regimeOn("2020-02-01", false));
    assertEquals(Regime.CONDUCT_REGULATIONS_2012, regimeOn("2021-06-01", true), "connected to an earlier allegation");
    assertEquals(Regime.CONDUCT_REGULATIONS_2008, regimeOn("2013-06-01", true), "connected to an earlier allegation");
  }

  private static Regime regimeOn(String date, boolean connected) {
    Ruling<Regime> r = ConductRules.regime(Allegation.builder("A", Standard.USE_OF_FORCE).cameToAttention(d(date))
        .connectedToEarlierAllegation(connected).build());
    assertFalse(r.explanation().steps().isEmpty());
    return r.orElseThrow();
  }

  @Test
  void allegationsUnderDifferentRegimesConflict() {
    ConductCase c = ConductCase.builder().id("X").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).build())
        .addAllegations(Allegation.builder("A1", Standard.CONFIDENTIALITY).cameToAttention(d("2019-05-01")).build())
        .addAllegations(Allegation.builder("A2", Standard.CONFIDENTIALITY).cameToAttention(d("2020-05-01")).build()).build();
    Ruling<Regime> r = ConductRules.regime(c);
    assertInstanceOf(Ruling.Conflict.class, r);
    assertEquals(List.of(Regime.CONDUCT_REGULATIONS_2012, Regime.CONDUCT_REGULATIONS_2020), ((Ruling.Conflict<Regime>) r).candidates());
    Decision decision = ConductRules.decide(c);
    assertEquals(Optional.empty(), decision.regime());
    assertTrue(decision.problems().stream().anyMatch(p -> p.code().equals("regimes_conflict")));
  }

  @Test
  void policeStaffAndPcsosAreOutsideButSpecialsAreInside() {
    for (Role staff : List.of(Role.PCSO, Role.POLICE_STAFF)) {
      ConductCase c = ConductCase.builder().id("S").subject(Subject.builder().role(staff).build())
          .addAllegations(allegation("2021-01-10", Severity.GROSS_MISCONDUCT, "2021-01-20")).build();
      Decision decision = ConductRules.decide(c);
      assertFalse(decision.inScope(), staff.toString());
      assertTrue(decision.explanation().applied(Rule.JURISDICTION_STAFF));
      assertTrue(decision.availableOutcomes().isEmpty());
    }
    ConductCase special = ConductCase.builder().id("S").subject(Subject.builder().role(Role.SPECIAL_CONSTABLE).build())
        .addAllegations(allegation("2021-01-10", Severity.MISCONDUCT, "2021-01-20")).build();
    Decision decision = ConductRules.decide(special);
    assertTrue(decision.inScope());
    assertEquals(Optional.of(Forum.MISCONDUCT_MEETING), decision.forum());
  }

  @Test
  void conductBeforeAttestationIsOutside() {
    ConductCase c = ConductCase.builder().id("V").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(d("2022-09-01")).build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).conductDate(d("2022-03-01"))
            .cameToAttention(d("2023-02-01")).build()).build();
    Decision decision = ConductRules.decide(c);
    assertFalse(decision.inScope());
    assertTrue(decision.explanation().applied(Rule.JURISDICTION_BEFORE_ATTESTATION));
  }

  @Test
  void formerOfficerConditions() {
    Allegation early = allegation("2021-03-01", Severity.GROSS_MISCONDUCT, "2021-03-05");
    assertEquals(Optional.of(FormerOfficerCondition.A), ConductRules.decide(former("2021-06-30", Departure.RESIGNED, early))
        .formerOfficerCondition());
    Allegation late = allegation("2021-05-01", "2022-06-30", Severity.GROSS_MISCONDUCT, "2022-07-05");
    Decision b = ConductRules.decide(former("2021-06-30", Departure.RETIRED, late));
    assertEquals(Optional.of(FormerOfficerCondition.B), b.formerOfficerCondition(), "exactly 12 months later");
    Allegation later = allegation("2021-05-01", "2022-07-01", Severity.GROSS_MISCONDUCT, "2022-07-05");
    Decision none = ConductRules.decide(former("2021-06-30", Departure.RETIRED, later));
    assertFalse(none.inScope(), "more than 12 months and no special determination");
    Allegation afterLeaving = allegation("2021-08-01", "2021-09-01", Severity.GROSS_MISCONDUCT, "2021-09-05");
    assertFalse(ConductRules.decide(former("2021-06-30", Departure.RESIGNED, afterLeaving)).inScope(),
        "conduct after leaving is not an officer's conduct");
    ConductCase withDetermination = former("2021-06-30", Departure.RETIRED, later)
        .withConditionCDetermination(true);
    assertEquals(Optional.of(FormerOfficerCondition.C), ConductRules.decide(withDetermination).formerOfficerCondition());
  }

  @Test
  void formerOfficersOnlyForGrossMisconductAndOnlyIfTheyLeftFrom15December2017() {
    assertFalse(ConductRules.decide(former("2021-06-30", Departure.RESIGNED,
        allegation("2021-03-01", Severity.MISCONDUCT, "2021-03-05"))).inScope());
    assertFalse(ConductRules.decide(former("2017-12-14", Departure.RESIGNED,
        allegation("2017-11-01", Severity.GROSS_MISCONDUCT, "2017-11-05"))).inScope());
    assertTrue(ConductRules.decide(former("2017-12-15", Departure.RESIGNED,
        allegation("2017-11-01", Severity.GROSS_MISCONDUCT, "2017-11-05"))).inScope());
  }

  @Test
  void aDismissalOfAFormerOfficerIsUnlawfulWithACitedReason() {
    ConductCase c = former("2021-06-30", Departure.RESIGNED,
        allegation("2021-03-01", Severity.GROSS_MISCONDUCT, "2021-03-05"))
        .withProceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2021-09-01"))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).outcome(Outcome.DISMISSAL_WITHOUT_NOTICE).build());
    Decision decision = ConductRules.decide(c);
    assertEquals(EnumSet.of(Outcome.WOULD_HAVE_BEEN_DISMISSED), decision.availableOutcomes());
    assertFalse(decision.outcome().get().lawful());
    assertEquals(List.of("former_officer_outcome"), decision.problems().stream().map(Problem::code).collect(Collectors.toList()));
    assertTrue(decision.consequences().stream().noneMatch(x -> x.kind() == ConsequenceKind.BARRED_LIST_REPORT),
        "no Barred List report follows an unlawful outcome");
  }

  @Test
  void routingByAssessmentAndLiveWarning() {
    Allegation misconduct = allegation("2022-02-01", Severity.MISCONDUCT, "2022-02-10");
    assertEquals(Optional.of(Forum.MISCONDUCT_MEETING), ConductRules.decide(officer(Rank.SERGEANT, misconduct).build()).forum());
    ConductCase warned = officer(Rank.SERGEANT, misconduct).record(DisciplinaryRecord.builder()
        .addWarnings(Warning.of(WarningType.FINAL_WRITTEN_WARNING, d("2021-01-10"), 24)).build()).build();
    assertEquals(Optional.of(Forum.MISCONDUCT_HEARING), ConductRules.decide(warned).forum());
    ConductCase expired = officer(Rank.SERGEANT, misconduct).record(DisciplinaryRecord.builder()
        .addWarnings(Warning.of(WarningType.FINAL_WRITTEN_WARNING, d("2020-02-10"), 24)).build()).build();
    assertEquals(Optional.of(Forum.MISCONDUCT_MEETING), ConductRules.decide(expired).forum(),
        "a warning notified 2020-02-10 for 24 months is no longer in force on 2022-02-10");
    Allegation pri = allegation("2022-02-01", Severity.PRACTICE_REQUIRING_IMPROVEMENT, "2022-02-10");
    Decision rprp = ConductRules.decide(officer(Rank.CONSTABLE, pri).build());
    assertEquals(Optional.of(Forum.REFLECTIVE_PRACTICE_REVIEW), rprp.forum());
    assertEquals(EnumSet.of(Outcome.REFLECTIVE_PRACTICE_REVIEW), rprp.availableOutcomes());
  }

  @Test
  void aGrossMisconductCaseAtAMeetingIsAProblem() {
    ConductCase c = officer(Rank.SERGEANT, allegation("2022-02-01", Severity.GROSS_MISCONDUCT, "2022-02-10"))
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2022-06-01")).build()).build();
    assertTrue(ConductRules.decide(c).problems().stream().anyMatch(p -> p.code().equals("hearing_required")));
  }

  @Test
  void whoChairsAHearingDependsOnItsDate() {
    Allegation gm = allegation("2015-06-01", Severity.GROSS_MISCONDUCT, "2015-06-10");
    assertTrue(chair(gm, "2015-12-31").contains("senior officer or senior HR"));
    assertTrue(chair(gm, "2016-01-01").contains("legally qualified chair"));
    assertTrue(chair(gm, "2024-05-06").contains("legally qualified chair"));
    assertTrue(chair(gm, "2024-05-07").contains("chief officer"));
  }

  private static String chair(Allegation a, String hearing) {
    return ConductRules.decide(officer(Rank.CONSTABLE, a)
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, d(hearing)).build()).build()).conductedBy().get();
  }

  @Test
  void warningPeriods() {
    ConductCase ww = officer(Rank.SERGEANT, allegation("2023-01-20", Severity.MISCONDUCT, "2023-02-01"))
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2023-05-10"))
            .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).outcome(Outcome.WRITTEN_WARNING).build()).build();
    assertEquals(Optional.of(d("2024-11-10")), ConductRules.decide(ww).warningExpires(), "18 months (reg 42(9)(a))");
    ConductCase fww = officer(Rank.SERGEANT, allegation("2023-01-20", Severity.GROSS_MISCONDUCT, "2023-02-01"))
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2023-05-10"))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).outcome(Outcome.FINAL_WRITTEN_WARNING)
            .finalWrittenWarningMonths(36).build()).build();
    Decision decision = ConductRules.decide(fww);
    assertEquals(Optional.of(d("2026-05-10")), decision.warningExpires());
    assertTrue(decision.problems().isEmpty(), decision.problems().toString());
    ConductCase tooLong = fww.withProceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2023-05-10"))
        .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).outcome(Outcome.FINAL_WRITTEN_WARNING)
        .finalWrittenWarningMonths(72).build());
    // R2020 reg 62(4)-(5): "up to a maximum of 5 years", but time on a career break does not count: a caution, not an error.
    Decision longer = ConductRules.decide(tooLong);
    assertTrue(longer.problems().isEmpty(), longer.problems().toString());
    assertTrue(longer.guidance().stream().anyMatch(g -> g.kind() == GuidanceKind.WARNING_PERIOD_TO_CHECK), longer.toString());
    ConductCase tooShort = fww.withProceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2023-05-10"))
        .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).outcome(Outcome.FINAL_WRITTEN_WARNING)
        .finalWrittenWarningMonths(12).build());
    // "a period of 2 years beginning with the day on which it was notified ... or such longer period": never shorter.
    assertTrue(ConductRules.decide(tooShort).problems().stream().anyMatch(p -> p.code().equals("final_written_warning_period")));
    ConductCase old = officer(Rank.SERGEANT, allegation("2014-01-20", Severity.MISCONDUCT, "2014-02-01"))
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2014-05-10"))
            .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).outcome(Outcome.WRITTEN_WARNING).build()).build();
    assertEquals(Optional.of(d("2015-05-10")), ConductRules.decide(old).warningExpires(), "12 months under the 2012 Regulations");
  }

  @Test
  void resignationRestrictionWindowAndItsExceptions() {
    Allegation gm = allegation("2016-07-01", Severity.GROSS_MISCONDUCT, "2016-07-08");
    ConductCase serving = officer(Rank.CONSTABLE, gm).build();
    assertTrue(ConductRules.resignationRestricted(serving, d("2016-10-31")).orElseThrow());
    assertFalse(ConductRules.resignationRestricted(serving, d("2017-12-15")).orElseThrow(), "revoked from 15 December 2017");
    Allegation misconduct = allegation("2016-07-01", Severity.MISCONDUCT, "2016-07-08");
    assertFalse(ConductRules.resignationRestricted(officer(Rank.CONSTABLE, misconduct).build(), d("2016-10-31")).orElseThrow(),
        "misconduct with no final written warning in force lifts the restriction");
    Allegation early = allegation("2015-01-05", Severity.GROSS_MISCONDUCT, "2015-01-08");
    assertFalse(ConductRules.resignationRestricted(officer(Rank.CONSTABLE, early).build(), d("2015-01-11")).orElseThrow(),
        "before 12 January 2015");
  }

  @Test
  void barredListReportOnlyFrom15December2017() {
    ConductCase dismissed = officer(Rank.CONSTABLE, allegation("2017-09-01", Severity.GROSS_MISCONDUCT, "2017-09-05"))
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2017-12-14"))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).outcome(Outcome.DISMISSAL_WITHOUT_NOTICE).build())
        .build();
    Decision before = ConductRules.decide(dismissed);
    assertTrue(before.consequences().stream().noneMatch(x -> x.kind() == ConsequenceKind.BARRED_LIST_REPORT));
    Decision after = ConductRules.decide(dismissed.withProceedings(
        Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2017-12-15")).addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT))
            .outcome(Outcome.DISMISSAL_WITHOUT_NOTICE).build()));
    // SI 2017/1135 reg 3(1): "before the end of 5 working days beginning with— (a) ... the date of the relevant
    // dismissal": Friday 15 December 2017 is day 1; 18, 19, 20 and 21 December are days 2 to 5.
    assertEquals(Optional.of(d("2017-12-21")), after.consequences().stream()
        .filter(x -> x.kind() == ConsequenceKind.BARRED_LIST_REPORT).findFirst().get().dueBy());
  }

  @Test
  void guidanceIsAdvisoryAndDated() {
    ConductCase c = officer(Rank.SERGEANT, Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT)
        .addCategories(io.github.policeconduct.core.Category.VIOLENCE_AGAINST_WOMEN_AND_GIRLS)
        .cameToAttention(d("2025-06-01")).severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, d("2025-06-05"))).build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2025-10-01"))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).outcome(Outcome.FINAL_WRITTEN_WARNING).build())
        .build();
    Decision decision = ConductRules.decide(c);
    assertTrue(decision.outcome().get().lawful(), "guidance never makes an outcome unlawful");
    assertEquals(List.of(GuidanceKind.PRESUMPTION_OF_DISMISSAL, GuidanceKind.DISMISSAL_LIKELY_UNDER_OUTCOMES_GUIDANCE,
        GuidanceKind.REDUCTION_IN_RANK_NEEDS_VIEWS), decision.guidance().stream().map(Guidance::kind).collect(Collectors.toList()));
  }

  @Test
  void rulesInForceChangeOnCommencementDates() {
    assertTrue(ConductRules.rulesInForce(d("2016-01-01")).contains(Rule.PANEL_HEARING_LQC));
    assertFalse(ConductRules.rulesInForce(d("2015-12-31")).contains(Rule.PANEL_HEARING_LQC));
    assertTrue(ConductRules.rulesInForce(d("2024-05-07")).contains(Rule.PANEL_HEARING_CHIEF_OFFICER));
    assertFalse(ConductRules.rulesInForce(d("2024-05-07")).contains(Rule.PANEL_HEARING_LQC));
    assertTrue(ConductRules.rulesInForce(d("2016-06-01")).contains(Rule.RESIGNATION_RESTRICTED));
    assertFalse(ConductRules.rulesInForce(d("2018-06-01")).contains(Rule.RESIGNATION_RESTRICTED));
    for (Rule r : Rule.values()) {
      assertFalse(r.citation().toString().isBlank(), r.id());
    }
  }

  @Test
  void theLifecycleRefusesMeetingsForFormerOfficers() {
    Lifecycle l = ConductRules.lifecycle();
    assertTrue(l.transition(Lifecycle.State.CASE_TO_ANSWER, Lifecycle.State.MISCONDUCT_MEETING, false).isPresent());
    assertFalse(l.transition(Lifecycle.State.CASE_TO_ANSWER, Lifecycle.State.MISCONDUCT_MEETING, true).isPresent());
    assertFalse(l.transition(Lifecycle.State.ALLEGATION_RECEIVED, Lifecycle.State.OUTCOME_DECIDED, false).isPresent());
    assertTrue(io.github.policeconduct.rules.render.Diagrams.lifecycleMermaid().startsWith("stateDiagram-v2"));
    assertTrue(io.github.policeconduct.rules.render.Diagrams.lifecycleDot().contains("case_to_answer -> misconduct_meeting"));
  }
}

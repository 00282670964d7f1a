package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
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

/**
 * Decisions at the edges of each rule that the seeded catalogue does not reach often enough: dates either side
 * of a change in the law, the lists an officer who leaves goes on and comes off, the senior officers' panel,
 * the advisory guidance on categories of conduct, and the periods of warnings. Each test states what a
 * Professional Standards user relies on, with the step of the explanation that says so.
 */
class DecisionEdgesTest {
  private static final LocalDate JOINED = LocalDate.of(2001, 4, 2);

  private static Allegation.Builder allegation(LocalDate attention) {
    return Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).conductDate(attention.minusDays(10)).cameToAttention(attention);
  }

  /** The allegation of {@link #allegation}, assessed at {@code level} on {@code assessedOn}. */
  private static Allegation assessed(LocalDate attention, Severity level, LocalDate assessedOn) {
    return allegation(attention).severity(SeverityAssessment.of(level, assessedOn)).build();
  }

  private static List<String> applied(Decision d) {
    return d.explanation().applied().stream().map(Step::ruleId).collect(Collectors.toList());
  }

  private static List<String> notApplicable(Decision d) {
    return d.explanation().notApplicable().stream().map(Step::ruleId).collect(Collectors.toList());
  }

  private static Optional<Step> step(Decision d, Rule rule) {
    return d.explanation().steps().stream().filter(s -> s.rule() == rule).findFirst();
  }

  private static List<ConsequenceKind> consequences(Decision d) {
    return d.consequences().stream().map(Consequence::kind).collect(Collectors.toList());
  }

  private static List<GuidanceKind> guidance(Decision d) {
    return d.guidance().stream().map(Guidance::kind).collect(Collectors.toList());
  }

  private static List<String> problems(Decision d) {
    return d.problems().stream().map(Problem::code).collect(Collectors.toList());
  }

  private static ConductCase build(Subject subject, Allegation a, Optional<Proceedings> p, DisciplinaryRecord record,
      boolean conditionC) {
    return ConductCase.builder().id("EDGE").subject(subject).addAllegations(a).proceedings(p).record(record)
        .conditionCDetermination(conditionC).build();
  }

  private static ConductCase build(Subject subject, Allegation a, Proceedings p) {
    return build(subject, a, Optional.of(p), DisciplinaryRecord.builder().build(), false);
  }

  private static ConductCase build(Subject subject, Allegation a) {
    return build(subject, a, Optional.empty(), DisciplinaryRecord.builder().build(), false);
  }

  private static Subject constable() {
    return Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).id("P-1").joined(JOINED).build();
  }

  private static Subject leaver(LocalDate left, Departure how) {
    return Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).id("P-1").joined(JOINED).left(ServiceEnd.of(left, how)).build();
  }

  private static Proceedings hearing(LocalDate on, Finding finding, Outcome outcome) {
    return Proceedings.builder(Forum.MISCONDUCT_HEARING, on).addFindings(AllegationFinding.of("A1", finding)).outcome(outcome)
        .build();
  }

  // ------------------------------------------------------------------ Barred List

  @Test
  void aDismissalBeforeTheBarredListBeganIsNotReported() {
    LocalDate seen = LocalDate.of(2016, 1, 4);
    Decision d = ConductRules.decide(build(constable(), allegation(seen).severity(
        SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen)).build(),
        hearing(LocalDate.of(2016, 6, 1), Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE)));
    assertTrue(d.isLawful(), d.toString());
    assertFalse(applied(d).contains(Rule.CONSEQUENCE_BARRED_LIST.id()), applied(d).toString());
    assertFalse(consequences(d).contains(ConsequenceKind.BARRED_LIST_REPORT));
    Step before = step(d, Rule.CONSEQUENCE_BARRED_LIST).get();
    assertFalse(before.applied(), "the Barred List rule was not in force: considered, not applied");
    assertTrue(before.because().contains("2016-06-01") && before.because().contains("15 December 2017"), before.because());
    assertEquals(Map.of("date", "2016-06-01", "event", "dismissal"), before.facts());

    LocalDate later = LocalDate.of(2017, 12, 15);
    Decision reported = ConductRules.decide(build(constable(), allegation(seen).severity(
        SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen)).build(),
        hearing(later, Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE)));
    assertTrue(consequences(reported).contains(ConsequenceKind.BARRED_LIST_REPORT), reported.toString());
    Step barred = step(reported, Rule.CONSEQUENCE_BARRED_LIST).get();
    assertTrue(barred.applied());
    assertTrue(barred.because().startsWith("The dismissal on 2017-12-15 goes on the Police Barred List"), barred.because());
    assertEquals(Map.of("date", "2017-12-15", "outcome", "dismissal_without_notice", "event", "dismissal", "due", "2017-12-21",
        "working_days", "5", "period_start", "with_the_date"), barred.facts());
  }

  // ------------------------------------------------------------------ who conducts a hearing

  @Test
  void aSeniorOfficersHearingHasItsOwnPanel() {
    LocalDate seen = LocalDate.of(2021, 3, 1);
    Subject acc = Subject.builder(Role.POLICE_OFFICER).rank(Rank.ASSISTANT_CHIEF_CONSTABLE).id("P-9").joined(JOINED).build();
    Decision d = ConductRules.decide(build(acc, allegation(seen).severity(
        SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen)).build(),
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2021, 9, 1)).build()));
    assertTrue(d.conductedBy().get().startsWith("a panel for a senior officer"), d.conductedBy().toString());
    // The senior officers' panel rule of 7 May 2024 is not applied to a hearing in 2021: it was not in force. The
    // hearing is explained by the rule for senior officers' hearings before that date, not by the nearest other rule.
    assertFalse(step(d, Rule.PANEL_HEARING_SENIOR_OFFICER).isPresent());
    assertFalse(step(d, Rule.PANEL_HEARING_CHIEF_OFFICER).isPresent());
    Step before = step(d, Rule.PANEL_HEARING_SENIOR_OFFICER_BEFORE_2024).get();
    assertTrue(before.applied());
    assertEquals(Map.of("rank", "assistant_chief_constable", "date", "2021-09-01", "keyed_on", "the hearing on 2021-09-01"),
        before.facts());
    assertEquals(Law.r2020("reg 28"), before.citation());
    Decision later = ConductRules.decide(build(acc, allegation(LocalDate.of(2024, 3, 1)).severity(
        SeverityAssessment.of(Severity.GROSS_MISCONDUCT, LocalDate.of(2024, 3, 1))).build(),
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2024, 9, 2)).build()));
    Step panel = step(later, Rule.PANEL_HEARING_SENIOR_OFFICER).get();
    assertTrue(panel.applied());
    assertFalse(step(later, Rule.PANEL_HEARING_CHIEF_OFFICER).isPresent());
    assertEquals(Map.of("rank", "assistant_chief_constable", "date", "2024-09-02", "keyed_on", "the hearing on 2024-09-02"),
        panel.facts());

    Subject superintendent = Subject.builder(Role.POLICE_OFFICER).rank(Rank.CHIEF_SUPERINTENDENT).id("P-8").joined(JOINED).build();
    Decision other = ConductRules.decide(build(superintendent, allegation(seen).severity(
        SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen)).build(),
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2021, 9, 1)).build()));
    assertFalse(step(other, Rule.PANEL_HEARING_CHIEF_OFFICER).isPresent());
    assertFalse(other.conductedBy().get().startsWith("a panel for a senior officer"), other.conductedBy().toString());
  }

  // ------------------------------------------------------------------ guidance

  @Test
  void grossMisconductOfAKindTheGuidanceNamesAddsTheAdvisoryNotes() {
    LocalDate seen = LocalDate.of(2025, 6, 2);
    Allegation dishonest = allegation(seen).addCategories(Category.DISHONESTY)
        .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen)).build();
    Decision d = ConductRules.decide(build(constable(), dishonest,
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2025, 10, 1)).addFindings(
            AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).build()));
    assertEquals(List.of(GuidanceKind.PRESUMPTION_OF_DISMISSAL, GuidanceKind.DISMISSAL_LIKELY_UNDER_OUTCOMES_GUIDANCE),
        guidance(d), d.toString());
    Step outcomes = step(d, Rule.GUIDANCE_OUTCOMES).get();
    assertEquals("Advisory: the outcomes guidance points to dismissal for [dishonesty].", outcomes.because());
    assertEquals(Map.of("categories", "[dishonesty]"), outcomes.facts());
    assertTrue(step(d, Rule.GUIDANCE_PRESUMPTION_OF_DISMISSAL).get().applied());

    Allegation other = allegation(seen).addCategories(Category.DRUGS)
        .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen)).build();
    Decision noCategory = ConductRules.decide(build(constable(), other,
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2025, 10, 1)).addFindings(
            AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).build()));
    assertEquals(List.of(GuidanceKind.PRESUMPTION_OF_DISMISSAL), guidance(noCategory));
    assertFalse(step(noCategory, Rule.GUIDANCE_OUTCOMES).isPresent());

    LocalDate earlier = LocalDate.of(2025, 5, 27);
    Decision before = ConductRules.decide(build(constable(), allegation(earlier).addCategories(Category.DISHONESTY)
        .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, earlier)).build(),
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2025, 10, 1)).addFindings(
            AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).build()));
    assertEquals(List.of(GuidanceKind.DISMISSAL_LIKELY_UNDER_OUTCOMES_GUIDANCE), guidance(before), before.toString());
    Step presumption = step(before, Rule.GUIDANCE_PRESUMPTION_OF_DISMISSAL).get();
    assertFalse(presumption.applied());
    assertTrue(presumption.because().endsWith("this one came to attention on 2025-05-27."), presumption.because());
  }

  @Test
  void anIndictableOnlyConvictionIsGrossMisconductFromMay2025() {
    LocalDate seen = LocalDate.of(2025, 5, 28);
    Allegation convicted = allegation(seen).addCategories(Category.INDICTABLE_ONLY_CONVICTION)
        .severity(SeverityAssessment.of(Severity.MISCONDUCT, seen)).build();
    Decision d = ConductRules.decide(build(constable(), convicted));
    assertTrue(guidance(d).contains(GuidanceKind.INDICTABLE_ONLY_CONVICTION_IS_GROSS_MISCONDUCT), d.toString());
    assertTrue(problems(d).contains("indictable_only_conviction_is_gross_misconduct"), problems(d).toString());
    assertTrue(applied(d).contains(Rule.GUIDANCE_INDICTABLE_ONLY.id()));

    Decision gross = ConductRules.decide(build(constable(), allegation(seen).addCategories(Category.INDICTABLE_ONLY_CONVICTION)
        .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen)).build()));
    assertTrue(guidance(gross).contains(GuidanceKind.INDICTABLE_ONLY_CONVICTION_IS_GROSS_MISCONDUCT));
    assertFalse(problems(gross).contains("indictable_only_conviction_is_gross_misconduct"), problems(gross).toString());

    LocalDate before = LocalDate.of(2025, 5, 27);
    Decision earlier = ConductRules.decide(build(constable(), allegation(before)
        .addCategories(Category.INDICTABLE_ONLY_CONVICTION).severity(SeverityAssessment.of(Severity.MISCONDUCT, before)).build()));
    assertFalse(guidance(earlier).contains(GuidanceKind.INDICTABLE_ONLY_CONVICTION_IS_GROSS_MISCONDUCT));
    assertFalse(problems(earlier).contains("indictable_only_conviction_is_gross_misconduct"));
    assertFalse(applied(earlier).contains(Rule.GUIDANCE_INDICTABLE_ONLY.id()));
  }

  // ------------------------------------------------------------------ the Advisory List

  @Test
  void peopleServingWithThePoliceWhoResignOrRetireWithAnAllegationOutstandingGoOnTheAdvisoryList() {
    LocalDate seen = LocalDate.of(2019, 3, 1);
    LocalDate left = LocalDate.of(2019, 4, 1);
    Allegation gross = assessed(seen, Severity.GROSS_MISCONDUCT, seen.plusDays(5));
    Decision resigned = ConductRules.decide(build(leaver(left, Departure.RESIGNED), gross), LocalDate.of(2019, 5, 1));
    assertEquals(List.of(ConsequenceKind.ADVISORY_LIST_REPORT), consequences(resigned), resigned.toString());
    Step advisory = step(resigned, Rule.CONSEQUENCE_ADVISORY_LIST).get();
    assertTrue(advisory.applied());
    assertEquals(Map.of("left", "2019-04-01", "reason", "resigned", "came_to_attention", "2019-03-01"), advisory.facts());

    Subject pcso = Subject.builder().role(Role.PCSO).id("S-1").joined(JOINED)
        .left(ServiceEnd.of(left, Departure.RESIGNED)).build();
    // Staff misconduct is dealt with under the force's staff procedures, but a PCSO is a "person serving with the
    // police" who resigned "after a relevant allegation ... but before disciplinary proceedings ... are brought"
    // (Police Act 1996, s.88I(1)(a)).
    Decision staff = ConductRules.decide(build(pcso, gross), LocalDate.of(2019, 5, 1));
    assertEquals(List.of(ConsequenceKind.ADVISORY_LIST_REPORT), consequences(staff), staff.toString());
    assertTrue(step(staff, Rule.CONSEQUENCE_ADVISORY_LIST).get().applied());

    Decision dismissed = ConductRules.decide(build(leaver(left, Departure.DISMISSED), gross), LocalDate.of(2019, 5, 1));
    assertFalse(consequences(dismissed).contains(ConsequenceKind.ADVISORY_LIST_REPORT), dismissed.toString());
  }

  @Test
  void proceedingsConcludedOrClosedBeforeLeavingLeaveNothingOutstanding() {
    LocalDate seen = LocalDate.of(2019, 3, 1);
    LocalDate left = LocalDate.of(2019, 9, 2);
    Allegation misconduct = assessed(seen, Severity.MISCONDUCT, seen.plusDays(5));
    Proceedings concluded = Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2019, 6, 3))
        .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).outcome(Outcome.WRITTEN_WARNING).build();
    Decision d = ConductRules.decide(build(leaver(left, Departure.RESIGNED), misconduct, concluded), LocalDate.of(2019, 10, 1));
    assertFalse(consequences(d).contains(ConsequenceKind.ADVISORY_LIST_REPORT), d.toString());
    Step none = step(d, Rule.CONSEQUENCE_ADVISORY_LIST).get();
    assertFalse(none.applied());
    assertEquals(Map.of("left", "2019-09-02", "came_to_attention", "2019-03-01"), none.facts());

    Proceedings notYetConcluded = Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2019, 6, 3))
        .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).build();
    Decision open = ConductRules.decide(build(leaver(left, Departure.RESIGNED), misconduct, notYetConcluded),
        LocalDate.of(2019, 10, 1));
    assertTrue(consequences(open).contains(ConsequenceKind.ADVISORY_LIST_REPORT), open.toString());

    Allegation closed = assessed(seen, Severity.NO_MISCONDUCT, seen.plusDays(5));
    Decision noCase = ConductRules.decide(build(leaver(left, Departure.RETIRED), closed), LocalDate.of(2019, 10, 1));
    assertFalse(consequences(noCase).contains(ConsequenceKind.ADVISORY_LIST_REPORT), noCase.toString());

    Allegation closedLater = assessed(seen, Severity.NO_MISCONDUCT, left.plusDays(5));
    Decision closedAfterLeaving = ConductRules.decide(build(leaver(left, Departure.RETIRED), closedLater),
        LocalDate.of(2019, 10, 1));
    assertEquals(List.of(ConsequenceKind.ADVISORY_LIST_REPORT, ConsequenceKind.ADVISORY_LIST_REMOVAL),
        consequences(closedAfterLeaving), closedAfterLeaving.toString());
  }

  @Test
  void theAdvisoryListEntryEndsWithTheProceedingsAndSaysWhy() {
    LocalDate seen = LocalDate.of(2019, 3, 1);
    LocalDate left = LocalDate.of(2019, 4, 1);
    Allegation gross = assessed(seen, Severity.GROSS_MISCONDUCT, seen.plusDays(5));
    Decision whbd = ConductRules.decide(build(leaver(left, Departure.RESIGNED), gross,
        hearing(LocalDate.of(2019, 9, 2), Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
    assertTrue(whbd.isLawful(), whbd.toString());
    assertTrue(consequences(whbd).containsAll(List.of(ConsequenceKind.ADVISORY_LIST_REPORT,
        ConsequenceKind.ADVISORY_LIST_REMOVAL, ConsequenceKind.BARRED_LIST_REPORT)), consequences(whbd).toString());
    assertEquals("They leave the Advisory List on being put on the Barred List.", removal(whbd));
    assertEquals(Map.of("outcome", "would_have_been_dismissed"), step(whbd, Rule.CONSEQUENCE_ADVISORY_REMOVAL).get().facts());

    Decision cleared = ConductRules.decide(build(leaver(left, Departure.RESIGNED), gross,
        hearing(LocalDate.of(2019, 9, 2), Finding.NOT_MISCONDUCT, Outcome.NO_FURTHER_ACTION)));
    assertEquals("The proceedings ended without a finding that they would have been dismissed, so they are removed from "
        + "the Advisory List.", removal(cleared));

    Decision unlawful = ConductRules.decide(build(leaver(left, Departure.RESIGNED), gross,
        hearing(LocalDate.of(2019, 9, 2), Finding.MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
    assertFalse(unlawful.isLawful());
    assertEquals("The proceedings ended without a finding that they would have been dismissed, so they are removed from "
        + "the Advisory List.", removal(unlawful));

    Decision pending = ConductRules.decide(build(leaver(left, Departure.RESIGNED), gross), LocalDate.of(2019, 5, 1));
    assertFalse(consequences(pending).contains(ConsequenceKind.ADVISORY_LIST_REMOVAL), pending.toString());

    // Misconduct (not gross) outstanding when they resigned: reported, then removed, as no proceedings can follow.
    Allegation misconduct = assessed(seen, Severity.MISCONDUCT, seen.plusDays(5));
    Decision outOfReach = ConductRules.decide(build(leaver(left, Departure.RESIGNED), misconduct), LocalDate.of(2019, 5, 1));
    assertFalse(outOfReach.inScope());
    assertEquals(List.of(ConsequenceKind.ADVISORY_LIST_REPORT, ConsequenceKind.ADVISORY_LIST_REMOVAL),
        consequences(outOfReach), outOfReach.toString());
    assertEquals("No proceedings can be brought against them, so they are removed from the Advisory List.", removal(outOfReach));
  }

  private static String removal(Decision d) {
    return d.consequences().stream().filter(c -> c.kind() == ConsequenceKind.ADVISORY_LIST_REMOVAL).findFirst()
        .map(Consequence::description).orElse("(none) " + d);
  }

  // ------------------------------------------------------------------ former officers

  @Test
  void conductAfterLeavingIsNotAnOfficersConductAndAnOutcomeForItIsWithoutPower() {
    LocalDate left = LocalDate.of(2020, 3, 2);
    Allegation after = Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT).conductDate(LocalDate.of(2020, 4, 1))
        .cameToAttention(LocalDate.of(2020, 4, 10)).severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT,
            LocalDate.of(2020, 4, 15))).build();
    Decision d = ConductRules.decide(build(leaver(left, Departure.RESIGNED), after,
        hearing(LocalDate.of(2020, 9, 1), Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
    assertFalse(d.inScope());
    Step step = step(d, Rule.JURISDICTION_FORMER_GROSS_ONLY).get();
    assertTrue(step.applied());
    assertEquals("The conduct happened after the subject left on 2020-03-02: it is not the conduct of a police officer.",
        step.because());
    assertTrue(problems(d).contains("outside_jurisdiction"), problems(d).toString());
    assertFalse(d.isLawful());
  }

  @Test
  void conditionCNeedsTheDirectorGeneralsDetermination() {
    LocalDate left = LocalDate.of(2020, 3, 2);
    LocalDate seen = LocalDate.of(2021, 6, 1);
    Allegation a = Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).conductDate(LocalDate.of(2020, 1, 6))
        .cameToAttention(seen).severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen.plusDays(3))).build();
    ConductCase withDetermination = build(leaver(left, Departure.RETIRED), a, Optional.empty(),
        DisciplinaryRecord.builder().build(), true);
    Decision d = ConductRules.decide(withDetermination, seen.plusDays(10));
    assertTrue(d.inScope(), d.toString());
    assertEquals(Optional.of(FormerOfficerCondition.C), d.formerOfficerCondition());
    Step c = step(d, Rule.FORMER_CONDITION_C).get();
    assertTrue(c.applied());
    assertEquals(Map.of("left", "2020-03-02", "came_to_attention", "2021-06-01", "condition_c_determination", "true"),
        c.facts());
    Decision without = ConductRules.decide(build(leaver(left, Departure.RETIRED), a), seen.plusDays(10));
    assertFalse(without.inScope());
    assertEquals(Optional.empty(), without.formerOfficerCondition());
  }

  @Test
  void undatedConductIsNeitherBeforeNorAfterJoining() {
    LocalDate seen = LocalDate.of(2021, 3, 1);
    Allegation undated = Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).cameToAttention(seen).build();
    Decision d = ConductRules.decide(build(constable(), undated));
    assertFalse(step(d, Rule.JURISDICTION_BEFORE_ATTESTATION).isPresent(), d.toString());
    Decision dated = ConductRules.decide(build(constable(), allegation(seen).build()));
    assertFalse(step(dated, Rule.JURISDICTION_BEFORE_ATTESTATION).get().applied());
  }

  @Test
  void staffOutcomesAreNeverJudgedEvenWhereNoRegulationsApply() {
    LocalDate seen = LocalDate.of(2007, 6, 1);
    Subject staff = Subject.builder().role(Role.POLICE_STAFF).id("S-1").build();
    Decision d = ConductRules.decide(build(staff, allegation(seen).build(),
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2007, 9, 1)).outcome(Outcome.DISMISSAL_WITH_NOTICE).build()));
    assertFalse(problems(d).contains("outside_jurisdiction"), d.toString());
    Decision officer = ConductRules.decide(build(constable(), allegation(seen).build(),
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2007, 9, 1)).outcome(Outcome.DISMISSAL_WITH_NOTICE).build()));
    assertTrue(problems(officer).contains("outside_jurisdiction"), officer.toString());
  }

  // ------------------------------------------------------------------ resignation

  @Test
  void anAssessmentMadeAfterTheResignationDidNotLiftTheRestriction() {
    LocalDate seen = LocalDate.of(2016, 1, 4);
    LocalDate resigned = LocalDate.of(2016, 3, 1);
    Allegation assessedLater = allegation(seen).severity(SeverityAssessment.of(Severity.MISCONDUCT, resigned.plusDays(10)))
        .build();
    Decision d = ConductRules.decide(build(leaver(resigned, Departure.RESIGNED), assessedLater), resigned.plusDays(20));
    assertTrue(d.resignation().restricted(), d.toString());
    assertEquals(Optional.of(resigned), d.resignation().on());
    Allegation assessedBefore = allegation(seen).severity(SeverityAssessment.of(Severity.MISCONDUCT, resigned.minusDays(10)))
        .build();
    Decision lifted = ConductRules.decide(build(leaver(resigned, Departure.RESIGNED), assessedBefore), resigned.plusDays(20));
    assertFalse(lifted.resignation().restricted(), lifted.toString());
    Subject pcso = Subject.builder().role(Role.PCSO).id("S-1").build();
    assertEquals(new Resignation(false, Optional.empty()), ConductRules.decide(build(pcso, assessedLater), resigned).resignation());
    assertEquals(new Resignation(false, Optional.empty()),
        ConductRules.decide(build(leaver(resigned, Departure.DISMISSED), assessedLater), resigned.plusDays(20)).resignation());
  }

  // ------------------------------------------------------------------ warnings

  @Test
  void aFinalWrittenWarningShorterThan24MonthsIsAnErrorAndLongerThan60ACaution() {
    LocalDate seen = LocalDate.of(2021, 3, 1);
    for (int months : new int[] {1, 23, 24, 36, 60, 61, 120}) {
      Proceedings p = Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2021, 6, 1))
          .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).outcome(Outcome.FINAL_WRITTEN_WARNING)
          .finalWrittenWarningMonths(months).build();
      Decision d = ConductRules.decide(build(constable(), allegation(seen)
          .severity(SeverityAssessment.of(Severity.MISCONDUCT, seen)).build(), p));
      // The law cannot produce less than 2 years; more than 5 years is lawful only with career-break time not counted.
      assertEquals(months < 24, problems(d).contains("final_written_warning_period"), months + " " + d);
      assertEquals(months > 60, d.guidance().stream().anyMatch(g -> g.kind() == GuidanceKind.WARNING_PERIOD_TO_CHECK),
          months + " " + d);
      // and the outcome stands exactly when there is no error (before issue 16 it said lawful beside the error)
      assertEquals(months >= 24, d.outcome().get().lawful(), months + " " + d);
    }
  }

  @Test
  void aFinalWrittenWarningPeriodRecordedUnderThe2012RegulationsIsOnlyACaution() {
    LocalDate seen = LocalDate.of(2019, 3, 1);
    for (int months : new int[] {12, 18, 24}) {
      Proceedings p = Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2021, 6, 1))
          .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).outcome(Outcome.FINAL_WRITTEN_WARNING)
          .finalWrittenWarningMonths(months).build();
      Decision d = ConductRules.decide(build(constable(), allegation(seen)
          .severity(SeverityAssessment.of(Severity.MISCONDUCT, seen)).build(), p));
      assertEquals(Optional.of(Regime.CONDUCT_REGULATIONS_2012), d.regime());
      assertFalse(problems(d).contains("final_written_warning_period"), months + " " + d);
      assertEquals(months != 18, d.guidance().stream().anyMatch(g -> g.kind() == GuidanceKind.WARNING_PERIOD_TO_CHECK),
          months + " " + d);
      // The default comes from the Regulations that imposed it, not from the date: 18 months, though notified in 2021.
      assertEquals(Optional.of(LocalDate.of(2022, 12, 1)), d.warningExpires(), d.toString());
    }
  }

  @Test
  void aWarningWithoutAPeriodLastsTheDefaultOfTheRegulationsInForceWhenItWasNotified() {
    LocalDate old = LocalDate.of(2020, 1, 31);
    LocalDate current = LocalDate.of(2020, 2, 1);
    assertEquals(old.plusMonths(12), ConductRules.warningExpiry(warning(WarningType.WRITTEN_WARNING, old)));
    assertEquals(old.plusMonths(18), ConductRules.warningExpiry(warning(WarningType.FINAL_WRITTEN_WARNING, old)));
    assertEquals(current.plusMonths(18), ConductRules.warningExpiry(warning(WarningType.WRITTEN_WARNING, current)));
    assertEquals(current.plusMonths(24), ConductRules.warningExpiry(warning(WarningType.FINAL_WRITTEN_WARNING, current)));
    assertEquals(current.plusMonths(36), ConductRules.warningExpiry(Warning.of(WarningType.FINAL_WRITTEN_WARNING, current, 36)));
  }

  private static Warning warning(WarningType type, LocalDate notified) {
    return Warning.builder().type(type).notified(notified).build();
  }

  @Test
  void theFinalWrittenWarningInForceIsTheOneThatLastsLongest() {
    LocalDate on = LocalDate.of(2022, 1, 10);
    Warning shorter = Warning.of(WarningType.FINAL_WRITTEN_WARNING, LocalDate.of(2021, 1, 4), 24);
    Warning longer = Warning.of(WarningType.FINAL_WRITTEN_WARNING, LocalDate.of(2020, 6, 1), 60);
    Warning written = Warning.of(WarningType.WRITTEN_WARNING, LocalDate.of(2021, 6, 1), 60);
    Warning future = Warning.of(WarningType.FINAL_WRITTEN_WARNING, on.plusDays(1), 60);
    Warning endsToday = Warning.of(WarningType.FINAL_WRITTEN_WARNING, on.minusMonths(24), 24);
    ConductCase c = build(constable(), allegation(on).build(), Optional.empty(), DisciplinaryRecord.builder()
        .addWarnings(written, shorter, future, longer, endsToday).build(), false);
    assertEquals(Optional.of(longer), ConductRules.finalWrittenWarningInForce(c, on));
    ConductCase onlyShorter = build(constable(), allegation(on).build(), Optional.empty(), DisciplinaryRecord.builder()
        .addWarnings(shorter, Warning.of(WarningType.FINAL_WRITTEN_WARNING, LocalDate.of(2020, 6, 1), 12)).build(), false);
    assertEquals(Optional.of(shorter), ConductRules.finalWrittenWarningInForce(onlyShorter, on));
    ConductCase none = build(constable(), allegation(on).build(), Optional.empty(), DisciplinaryRecord.builder()
        .addWarnings(written, future, endsToday).build(), false);
    assertEquals(Optional.empty(), ConductRules.finalWrittenWarningInForce(none, on));
    ConductCase tie = build(constable(), allegation(on).build(), Optional.empty(), DisciplinaryRecord.builder()
        .addWarnings(shorter, Warning.of(WarningType.FINAL_WRITTEN_WARNING, LocalDate.of(2020, 1, 4), 36)).build(), false);
    assertEquals(Optional.of(shorter), ConductRules.finalWrittenWarningInForce(tie, on));
  }

  @Test
  void anOfficerWhoseLeavingDateIsStillToComeIsServing() {
    LocalDate seen = LocalDate.of(2021, 3, 1);
    Subject leaving = leaver(LocalDate.of(2021, 6, 1), Departure.RETIRED);
    Decision before = ConductRules.decide(build(leaving, allegation(seen).build()), LocalDate.of(2021, 5, 31));
    assertFalse(applied(before).contains(Rule.JURISDICTION_FORMER_GROSS_ONLY.id()), before.toString());
    Decision after = ConductRules.decide(build(leaving, allegation(seen).build()), LocalDate.of(2021, 6, 1));
    assertTrue(applied(after).contains(Rule.JURISDICTION_FORMER_GROSS_ONLY.id()), after.toString());
  }

  @Test
  void decisionsAllowExactlyTheOutcomesTheyList() {
    LocalDate seen = LocalDate.of(2021, 3, 1);
    Decision d = ConductRules.decide(build(constable(), allegation(seen).severity(SeverityAssessment.of(Severity.MISCONDUCT,
        seen)).build(), Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2021, 6, 1))
            .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).build()));
    for (Outcome o : Outcome.values()) {
      assertEquals(d.availableOutcomes().contains(o), d.allows(o), o.code());
    }
    assertTrue(d.allows(Outcome.WRITTEN_WARNING));
    assertFalse(d.allows(Outcome.DISMISSAL_WITHOUT_NOTICE));
  }

  @Test
  void aDeadlinePastTheLastKnownBankHolidaysIsLeftUncountedAndSaysSo() {
    LocalDate seen = LocalDate.of(2030, 6, 3);
    Decision d = ConductRules.decide(build(constable(), allegation(seen).severity(
        SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen)).build(),
        hearing(LocalDate.of(2030, 12, 27), Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE)));
    Consequence report = d.consequences().stream().filter(c -> c.kind() == ConsequenceKind.BARRED_LIST_REPORT).findFirst()
        .orElseThrow();
    assertEquals(Optional.empty(), report.dueBy());
    Step uncounted = d.explanation().notApplicable().stream().filter(x -> x.rule() == Rule.CONSEQUENCE_BARRED_LIST)
        .findFirst().orElseThrow();
    assertTrue(uncounted.because().startsWith("The due date cannot be counted: a period of 5 working days from 2030-12-27 "
        + "ends after 2030-12-31"), uncounted.because());
    assertEquals("2030-12-27", uncounted.facts().get("from"));
    assertTrue(step(d, Rule.CONSEQUENCE_BARRED_LIST).isPresent());
    assertTrue(d.explanation().applied().stream().anyMatch(x -> x.rule() == Rule.CONSEQUENCE_BARRED_LIST
        && x.because().contains("the report is due by unknown")));
  }

  @Test
  void theGoverningAssessmentIsTheMostSevereAndAmongEqualsTheLatest() {
    LocalDate seen = LocalDate.of(2021, 3, 1);
    Allegation early = Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).cameToAttention(seen)
        .severity(SeverityAssessment.of(Severity.MISCONDUCT, seen.plusDays(2))).build();
    Allegation late = Allegation.builder("A2", Standard.USE_OF_FORCE).cameToAttention(seen)
        .severity(SeverityAssessment.of(Severity.MISCONDUCT, seen.plusDays(9))).build();
    Allegation undated = Allegation.builder("A3", Standard.USE_OF_FORCE).cameToAttention(seen)
        .severity(SeverityAssessment.of(Severity.MISCONDUCT)).build();
    Allegation gross = Allegation.builder("A4", Standard.DISCREDITABLE_CONDUCT).cameToAttention(seen)
        .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, seen.plusDays(1))).build();
    assertEquals(late.severity(), CaseFacts.severity(twoAllegations(early, late)));
    assertEquals(late.severity(), CaseFacts.severity(twoAllegations(late, early)));
    assertEquals(early.severity(), CaseFacts.severity(twoAllegations(undated, early)));
    assertEquals(early.severity(), CaseFacts.severity(twoAllegations(early, undated)));
    assertEquals(gross.severity(), CaseFacts.severity(twoAllegations(late, gross)));
    assertEquals(gross.severity(), CaseFacts.severity(twoAllegations(gross, late)));
  }

  private static ConductCase twoAllegations(Allegation a, Allegation b) {
    return ConductCase.builder().id("TWO").subject(constable()).addAllegations(a, b).build();
  }

  @Test
  void anAssessmentOfNoMisconductEndsTheAdvisoryListEntry() {
    LocalDate seen = LocalDate.of(2019, 3, 1);
    LocalDate left = LocalDate.of(2019, 9, 2);
    Allegation none = allegation(seen).severity(SeverityAssessment.of(Severity.NO_MISCONDUCT)).build();
    Decision d = ConductRules.decide(build(leaver(left, Departure.RESIGNED), none,
        Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2019, 6, 3)).build()), LocalDate.of(2019, 10, 1));
    assertTrue(d.inScope(), d.toString());
    assertEquals(List.of(ConsequenceKind.ADVISORY_LIST_REPORT, ConsequenceKind.ADVISORY_LIST_REMOVAL), consequences(d),
        d.toString());
    assertEquals("The proceedings ended without a finding that they would have been dismissed, so they are removed from "
        + "the Advisory List.", removal(d));
  }

  @Test
  void proceedingsThatConcludedOnlyAfterTheResignationDidNotLiftTheRestriction() {
    LocalDate seen = LocalDate.of(2016, 1, 4);
    LocalDate resigned = LocalDate.of(2016, 3, 1);
    Allegation gross = assessed(seen, Severity.GROSS_MISCONDUCT, seen.plusDays(3));
    Decision after = ConductRules.decide(build(leaver(resigned, Departure.RESIGNED), gross,
        hearing(LocalDate.of(2016, 6, 1), Finding.GROSS_MISCONDUCT, Outcome.NO_FURTHER_ACTION)));
    assertTrue(after.resignation().restricted(), after.toString());
    Decision before = ConductRules.decide(build(leaver(resigned, Departure.RESIGNED), gross,
        hearing(LocalDate.of(2016, 2, 1), Finding.GROSS_MISCONDUCT, Outcome.FINAL_WRITTEN_WARNING)));
    assertFalse(before.resignation().restricted(), before.toString());
  }
}

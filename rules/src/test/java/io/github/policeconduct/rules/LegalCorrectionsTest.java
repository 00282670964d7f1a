package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The legal corrections of issue 13, each against the words of the provision it rests on.
 */
class LegalCorrectionsTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Allegation gross(String attention) {
    return Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT).cameToAttention(d(attention))
        .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, d(attention).plusDays(7))).build();
  }

  private static Allegation misconduct(String attention) {
    return Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT).cameToAttention(d(attention))
        .severity(SeverityAssessment.of(Severity.MISCONDUCT, d(attention).plusDays(7))).build();
  }

  private static Proceedings at(Forum forum, String date, Finding finding, Outcome outcome) {
    return Proceedings.builder(forum, d(date)).addFindings(AllegationFinding.of("A1", finding)).outcome(outcome).build();
  }

  private static ConductCase caseOf(Subject subject, Allegation a, Proceedings p) {
    return ConductCase.builder().id("LAW").subject(subject).addAllegations(a).proceedings(p).build();
  }

  private static ConductCase caseOf(Subject subject, Allegation a) {
    return ConductCase.builder().id("LAW").subject(subject).addAllegations(a).build();
  }

  private static Optional<Consequence> consequence(Decision d, ConsequenceKind kind) {
    return d.consequences().stream().filter(c -> c.kind() == kind).findFirst();
  }

  private static Set<String> errors(Decision d) {
    return d.problems().stream().map(Problem::code).collect(Collectors.toSet());
  }

  private static boolean cites(Decision d, String text) {
    return d.explanation().steps().stream().anyMatch(s -> s.citation().toString().contains(text));
  }

  /**
   * SI 2017/1134 reg 2(1): "Where an allegation ... came to the attention of an appropriate authority before 15th
   * December 2017 but after 21st November 2012, and the person ceases to be a member of a police force ... on or after
   * 15th December 2017, these Regulations apply." An allegation of 2011 is still under the 2008 Regulations.
   */
  @Nested
  class FormerOfficersUnderThe2008Regulations {
    private final Subject retired = Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).joined(d("1994-06-06"))
        .left(ServiceEnd.of(d("2018-04-30"), Departure.RETIRED)).build();

    @Test
    void areNotReachedAndNoBarredListFollows() {
      Decision d = ConductRules.decide(caseOf(retired, gross("2011-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2018-06-20", Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
      assertEquals(Optional.of(Regime.CONDUCT_REGULATIONS_2008), d.regime());
      assertFalse(d.inScope(), d.toString());
      assertFalse(d.outcome().get().lawful());
      assertEquals(Optional.empty(), consequence(d, ConsequenceKind.BARRED_LIST_REPORT));
      assertTrue(d.explanation().applied().stream().anyMatch(s -> s.rule() == Rule.JURISDICTION_FORMER_2008), d.toString());
      assertTrue(cites(d, "2017/1134") || cites(d, "Amendment) Regulations 2017, reg 2(1)"), d.toString());
    }

    @Test
    void neverCiteA2008ProvisionThatDoesNotExist() {
      Decision d = ConductRules.decide(caseOf(retired, gross("2011-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2018-06-20", Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
      assertFalse(cites(d, "Police (Conduct) Regulations 2008, reg 5(2)"), d.toString());
      OutcomeQuery q = OutcomeQuery.builder(Regime.CONDUCT_REGULATIONS_2008, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Role.POLICE_OFFICER)
          .rank(Rank.SERGEANT).formerOfficer(true).build();
      assertEquals(Set.of(), ConductRules.availableOutcomes(q));
      List<Problem> why = ConductRules.whyNot(q, Outcome.WOULD_HAVE_BEEN_DISMISSED);
      assertEquals("former_officer_not_reached", why.get(0).code());
      assertEquals(Rule.JURISDICTION_FORMER_2008.citation(), why.get(0).citation());
    }

    @Test
    void theSameFactsUnderThe2012RegulationsAreReached() {
      Decision d = ConductRules.decide(caseOf(retired, gross("2013-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2018-06-20", Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
      assertTrue(d.inScope());
      assertTrue(d.outcome().get().lawful());
      assertTrue(consequence(d, ConsequenceKind.BARRED_LIST_REPORT).isPresent());
    }
  }

  /**
   * One rule for the day an officer leaves (issue 16, item 8): it is the first day on which they no longer serve,
   * for proceedings held on it as for a decision as at it; only a dismissal dated the day of the proceedings is
   * their outcome and follows them. Before, an officer who resigned on the day of the hearing was "serving" at it,
   * while a decision as at that day with no proceedings called them "former".
   */
  @Nested
  class TheDayOfLeaving {
    private Subject leaving(Departure reason) {
      return Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(d("2015-01-05"))
          .left(ServiceEnd.of(d("2023-06-30"), reason)).build();
    }

    @Test
    void anOfficerWhoResignsOnTheDayOfTheHearingIsAFormerOfficerAtIt() {
      Decision d = ConductRules.decide(caseOf(leaving(Departure.RESIGNED), gross("2023-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2023-06-30", Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
      assertTrue(d.formerOfficerCondition().isPresent(), d.toString());
      assertTrue(d.outcome().get().lawful(), d.toString());
      Decision dayBefore = ConductRules.decide(caseOf(leaving(Departure.RESIGNED), gross("2023-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2023-06-29", Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE)));
      assertEquals(Optional.empty(), dayBefore.formerOfficerCondition(), dayBefore.toString());
      assertTrue(dayBefore.outcome().get().lawful(), dayBefore.toString());
    }

    @Test
    void aDismissalOnTheDayOfTheHearingIsItsOutcomeNotADepartureBeforeIt() {
      Decision d = ConductRules.decide(caseOf(leaving(Departure.DISMISSED), gross("2023-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2023-06-30", Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE)));
      assertEquals(Optional.empty(), d.formerOfficerCondition(), d.toString());
      assertTrue(d.outcome().get().lawful(), d.toString());
    }

    @Test
    void theSameDayIsJudgedTheSameWayWithProceedingsOnItAndWithout() {
      ConductCase c = caseOf(leaving(Departure.RESIGNED), gross("2023-03-01"));
      for (String day : List.of("2023-06-29", "2023-06-30", "2023-07-01")) {
        boolean withHearing = ConductRules.decide(caseOf(leaving(Departure.RESIGNED), gross("2023-03-01"),
            at(Forum.MISCONDUCT_HEARING, day, Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)))
            .formerOfficerCondition().isPresent();
        boolean asAt = ConductRules.decide(c, d(day)).formerOfficerCondition().isPresent();
        assertEquals(withHearing, asAt, day);
        assertEquals(!day.equals("2023-06-29"), asAt, day);
      }
    }
  }

  /**
   * Police Act 1996 s.88A(1)(c): "the person ceases to be a civilian police employee by virtue of being dismissed and
   * the reason, or one of the reasons, for the dismissal relates to conduct, efficiency or effectiveness"; (d): a former
   * one found to have been liable to dismissal. s.88I(1)(c)-(d): community support and policing support volunteers.
   */
  @Nested
  class StaffAndVolunteersOnTheLists {
    @Test
    void aPcsoDismissedUnderStaffProceduresIsReportedForTheBarredList() {
      Subject pcso = Subject.builder().role(Role.PCSO).joined(d("2019-01-07"))
          .left(ServiceEnd.of(d("2024-10-02"), Departure.DISMISSED)).build();
      Decision d = ConductRules.decide(caseOf(pcso, gross("2024-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2024-10-02", Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE)));
      assertFalse(d.inScope(), "staff are outside the Conduct Regulations");
      assertEquals(Optional.of(d("2024-10-08")), consequence(d, ConsequenceKind.BARRED_LIST_REPORT).get().dueBy(), d.toString());
      assertTrue(d.problems().isEmpty(), d.toString());
    }

    @Test
    void aFormerMemberOfStaffFoundLiableToDismissalIsReportedFromTheFinding() {
      Subject staff = Subject.builder().role(Role.POLICE_STAFF).left(ServiceEnd.of(d("2024-06-28"), Departure.RESIGNED)).build();
      Decision d = ConductRules.decide(caseOf(staff, gross("2024-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2024-10-02", Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
      assertEquals(Optional.of(d("2024-10-08")), consequence(d, ConsequenceKind.BARRED_LIST_REPORT).get().dueBy(), d.toString());
      assertTrue(consequence(d, ConsequenceKind.ADVISORY_LIST_REPORT).isPresent(), "resigned with the allegation outstanding");
    }

    @Test
    void servingStaffCannotBeFoundToHaveBeenLiableToDismissal() {
      Subject staff = Subject.builder().role(Role.POLICE_STAFF).build();
      Decision d = ConductRules.decide(caseOf(staff, gross("2024-03-01"),
          at(Forum.MISCONDUCT_HEARING, "2024-10-02", Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)));
      assertEquals(Optional.empty(), consequence(d, ConsequenceKind.BARRED_LIST_REPORT));
      assertTrue(errors(d).contains("would_have_been_dismissed_only_for_former_employees"), d.toString());
    }

    @Test
    void aVolunteerWhoseDesignationIsWithdrawnOrWhoStopsIsReportedForTheAdvisoryList() {
      for (Role role : List.of(Role.COMMUNITY_SUPPORT_VOLUNTEER, Role.POLICING_SUPPORT_VOLUNTEER)) {
        Subject withdrawn = Subject.builder().role(role).left(ServiceEnd.of(d("2024-10-02"), Departure.DISMISSED)).build();
        Decision w = ConductRules.decide(caseOf(withdrawn, misconduct("2024-09-01")));
        Consequence report = consequence(w, ConsequenceKind.ADVISORY_LIST_REPORT).orElseThrow(() -> new AssertionError(w));
        assertEquals(Optional.of(d("2024-10-08")), report.dueBy(), "SI 2017/1135 reg 12(1)(a): beginning with the date");
        assertTrue(report.citation().toString().contains("s.88I(1)(c)"), report.toString());
        Subject stopped = Subject.builder().role(role).left(ServiceEnd.of(d("2024-10-02"), Departure.RESIGNED)).build();
        Consequence stop = consequence(ConductRules.decide(caseOf(stopped, misconduct("2024-09-01"))),
            ConsequenceKind.ADVISORY_LIST_REPORT).orElseThrow();
        assertTrue(stop.citation().toString().contains("s.88I(1)(d)"), stop.toString());
        Subject before = Subject.builder().role(role).left(ServiceEnd.of(d("2024-08-30"), Departure.RESIGNED)).build();
        assertEquals(Optional.empty(), consequence(ConductRules.decide(caseOf(before, misconduct("2024-09-01"))),
            ConsequenceKind.ADVISORY_LIST_REPORT), "no allegation had come to attention when they left");
      }
    }
  }

  /**
   * SI 2025/558 reg 6(2)(d)-(e): in the definitions of misconduct hearing and meeting, "whether" becomes ", if it
   * amounts to misconduct or gross misconduct, what" (disciplinary action should be imposed); reg 64(1) keeps the old
   * definitions for allegations before 28 May 2025.
   */
  @Test
  void noFurtherActionAfterAFindingIsFlaggedForAllegationsFrom28May2025() {
    Subject pc = Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build();
    Decision after = ConductRules.decide(caseOf(pc, misconduct("2025-05-28"),
        at(Forum.MISCONDUCT_HEARING, "2025-09-01", Finding.MISCONDUCT, Outcome.NO_FURTHER_ACTION)));
    assertTrue(errors(after).contains("no_further_action_after_finding"), after.toString());
    assertFalse(after.outcome().get().lawful());
    assertEquals(Rule.SANCTIONS_NO_FURTHER_ACTION_2025.citation(), after.problems().stream()
        .filter(p -> p.code().equals("no_further_action_after_finding")).findFirst().get().citation());
    Decision before = ConductRules.decide(caseOf(pc, misconduct("2025-05-27"),
        at(Forum.MISCONDUCT_HEARING, "2025-09-01", Finding.MISCONDUCT, Outcome.NO_FURTHER_ACTION)));
    assertFalse(errors(before).contains("no_further_action_after_finding"), before.toString());
    assertFalse(before.outcome().get().lawful(), "R2020 reg 42(1)-(3) as made already offers no such outcome");
    Decision notFound = ConductRules.decide(caseOf(pc, misconduct("2025-06-01"),
        at(Forum.MISCONDUCT_HEARING, "2025-09-01", Finding.NOT_MISCONDUCT, Outcome.NO_FURTHER_ACTION)));
    assertTrue(notFound.outcome().get().lawful(), notFound.toString());
  }

  /**
   * R2020 reg 43(1)(e), inserted by SI 2024/521 reg 5(2) from 7 May 2024: "where it was found that the conduct of the
   * officer concerned amounted to gross misconduct but the disciplinary action imposed was not dismissal without
   * notice, the reasons for that decision."
   */
  @Test
  void reasonsWhereGrossMisconductDoesNotLeadToDismissal() {
    Subject sergeant = Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).build();
    Decision fww = ConductRules.decide(caseOf(sergeant, gross("2024-01-10"),
        at(Forum.MISCONDUCT_HEARING, "2024-05-07", Finding.GROSS_MISCONDUCT, Outcome.FINAL_WRITTEN_WARNING)));
    Consequence reasons = consequence(fww, ConsequenceKind.OUTCOME_REPORT_REASONS).orElseThrow(() -> new AssertionError(fww));
    assertEquals(Rule.CONSEQUENCE_REASONS_HEARING.citation(), reasons.citation());
    assertTrue(reasons.citation().toString().contains("reg 43(1)(e)"));
    assertEquals(Optional.empty(), consequence(ConductRules.decide(caseOf(sergeant, gross("2024-01-10"),
        at(Forum.MISCONDUCT_HEARING, "2024-05-06", Finding.GROSS_MISCONDUCT, Outcome.FINAL_WRITTEN_WARNING))),
        ConsequenceKind.OUTCOME_REPORT_REASONS), "before 7 May 2024");
    assertEquals(Optional.empty(), consequence(ConductRules.decide(caseOf(sergeant, gross("2024-01-10"),
        at(Forum.MISCONDUCT_HEARING, "2024-06-03", Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE))),
        ConsequenceKind.OUTCOME_REPORT_REASONS), "dismissed");
    // R2020 reg 63(1): the accelerated hearing's report, "before the end of a period of 5 working days beginning with the
    // first working day after the completion of the accelerated misconduct hearing": Wed 5 June 2024 -> Wed 12 June.
    Decision amh = ConductRules.decide(caseOf(sergeant, gross("2024-01-10"),
        at(Forum.ACCELERATED_MISCONDUCT_HEARING, "2024-06-05", Finding.GROSS_MISCONDUCT, Outcome.REDUCTION_IN_RANK)));
    assertEquals(Optional.of(d("2024-06-12")), consequence(amh, ConsequenceKind.OUTCOME_REPORT_REASONS).get().dueBy(), amh.toString());
  }

  /** The default period of a warning comes from the Regulations that imposed it, not the date it was notified. */
  @Test
  void aWarningGivenUnderThe2012RegulationsIn2021KeepsTheir12Months() {
    var warning = Warning.builder().type(WarningType.WRITTEN_WARNING).notified(d("2021-03-01"))
        .regime(Regime.CONDUCT_REGULATIONS_2012).build();
    assertEquals(d("2022-03-01"), ConductRules.warningExpiry(warning));
    Decision decided = ConductRules.decide(caseOf(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build(), misconduct("2019-06-03"),
        at(Forum.MISCONDUCT_MEETING, "2021-03-01", Finding.MISCONDUCT, Outcome.WRITTEN_WARNING)));
    assertEquals(Optional.of(ConductRules.warningExpiry(warning)), decided.warningExpires(), "decide and warningExpiry agree");
    var unrecorded = Warning.builder().type(WarningType.WRITTEN_WARNING).notified(d("2021-03-01")).build();
    assertEquals(d("2022-09-01"), ConductRules.warningExpiry(unrecorded), "presumed the 2020 Regulations: 18 months");
  }

  /**
   * R2012 reg 35(4): "in the case of dismissal with notice, the person or persons imposing the disciplinary action shall
   * decide the period of notice to be given, subject to a minimum period of 28 days". The Barred List period runs from
   * "the date of the relevant dismissal" (SI 2017/1135 reg 3(1)(a)): the day the notice ends and the officer leaves.
   */
  @Test
  void aDismissalWithNoticeIsCountedFromTheDayTheOfficerLeaves() {
    Proceedings p = at(Forum.MISCONDUCT_HEARING, "2018-06-01", Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITH_NOTICE);
    Allegation g = gross("2018-01-10");
    Decision unknown = ConductRules.decide(caseOf(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build(), g, p), d("2018-06-01"));
    Consequence report = consequence(unknown, ConsequenceKind.BARRED_LIST_REPORT).orElseThrow(() -> new AssertionError(unknown));
    assertEquals(Optional.empty(), report.dueBy(), "the notice's end is not recorded");
    Subject left = Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).left(ServiceEnd.of(d("2018-07-02"), Departure.DISMISSED)).build();
    Decision known = ConductRules.decide(caseOf(left, g, p), d("2018-07-02"));
    assertEquals(Optional.of(d("2018-07-06")), consequence(known, ConsequenceKind.BARRED_LIST_REPORT).get().dueBy(), known.toString());
  }
}

package io.github.policeconduct.rules;

import static io.github.policeconduct.core.Outcome.DISMISSAL_WITHOUT_NOTICE;
import static io.github.policeconduct.core.Outcome.DISMISSAL_WITH_NOTICE;
import static io.github.policeconduct.core.Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING;
import static io.github.policeconduct.core.Outcome.FINAL_WRITTEN_WARNING;
import static io.github.policeconduct.core.Outcome.MANAGEMENT_ADVICE;
import static io.github.policeconduct.core.Outcome.NO_FURTHER_ACTION;
import static io.github.policeconduct.core.Outcome.REDUCTION_IN_RANK;
import static io.github.policeconduct.core.Outcome.WOULD_HAVE_BEEN_DISMISSED;
import static io.github.policeconduct.core.Outcome.WRITTEN_WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import org.junit.jupiter.api.Test;

/** The outcomes open for each regime, forum and finding, and the conditions that open or close them. */
class SanctionsTest {
  private static final Regime R2012 = Regime.CONDUCT_REGULATIONS_2012;
  private static final Regime R2020 = Regime.CONDUCT_REGULATIONS_2020;

  private static OutcomeQuery q(Regime r, Forum f, Finding x, Rank rank, boolean fww, boolean unconnected, boolean reduced,
      boolean former) {
    return OutcomeQuery.builder(r, f, x, Role.POLICE_OFFICER).rank(rank).finalWrittenWarningInForce(fww)
        .unconnectedIncidents(unconnected).reducedInRankBefore(reduced).formerOfficer(former).build();
  }

  private static Set<Outcome> open(OutcomeQuery q) {
    return ConductRules.availableOutcomes(q);
  }

  @Test
  void meeting2020MisconductOpensOnlyTheTwoWarnings() {
    assertEquals(EnumSet.of(WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
        open(OutcomeQuery.of(R2020, Forum.MISCONDUCT_MEETING, Finding.MISCONDUCT, Rank.SERGEANT)));
  }

  @Test
  void hearing2020MisconductOpensDismissalOnlyForALiveWarningOrUnconnectedIncidents() {
    assertEquals(EnumSet.of(WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
        open(q(R2020, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.SERGEANT, false, false, false, false)));
    assertEquals(EnumSet.of(WRITTEN_WARNING, FINAL_WRITTEN_WARNING, REDUCTION_IN_RANK, DISMISSAL_WITHOUT_NOTICE),
        open(q(R2020, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.SERGEANT, false, true, false, false)));
    assertEquals(EnumSet.of(REDUCTION_IN_RANK, DISMISSAL_WITHOUT_NOTICE),
        open(q(R2020, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.SERGEANT, true, false, false, false)),
        "a live final written warning bars further warnings (reg 42(8)) and opens dismissal (reg 42(5))");
  }

  @Test
  void grossMisconduct2020AndTheReductionInRankConditions() {
    assertEquals(EnumSet.of(FINAL_WRITTEN_WARNING, REDUCTION_IN_RANK, DISMISSAL_WITHOUT_NOTICE),
        open(q(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.INSPECTOR, false, false, false, false)));
    assertEquals(EnumSet.of(FINAL_WRITTEN_WARNING, DISMISSAL_WITHOUT_NOTICE),
        open(q(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.CONSTABLE, false, false, false, false)),
        "a constable has no lower rank");
    assertEquals(EnumSet.of(FINAL_WRITTEN_WARNING, DISMISSAL_WITHOUT_NOTICE),
        open(q(R2020, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.INSPECTOR, false, false, true, false)),
        "an officer already reduced in rank cannot be reduced again");
    assertEquals(EnumSet.of(DISMISSAL_WITHOUT_NOTICE),
        open(q(R2020, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.CONSTABLE, true, false, false, false)));
  }

  @Test
  void specialConstablesCannotBeReducedInRank() {
    OutcomeQuery special = OutcomeQuery.builder(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Role.SPECIAL_CONSTABLE)
        .build();
    assertEquals(EnumSet.of(FINAL_WRITTEN_WARNING, DISMISSAL_WITHOUT_NOTICE), open(special));
  }

  @Test
  void the2012Regulations() {
    assertEquals(EnumSet.of(NO_FURTHER_ACTION, MANAGEMENT_ADVICE, WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
        open(OutcomeQuery.of(R2012, Forum.MISCONDUCT_MEETING, Finding.MISCONDUCT, Rank.CONSTABLE)));
    assertEquals(EnumSet.of(NO_FURTHER_ACTION, MANAGEMENT_ADVICE, WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
        open(OutcomeQuery.of(R2012, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.CONSTABLE)));
    assertEquals(EnumSet.of(NO_FURTHER_ACTION, MANAGEMENT_ADVICE, EXTENSION_OF_FINAL_WRITTEN_WARNING, DISMISSAL_WITH_NOTICE,
        DISMISSAL_WITHOUT_NOTICE),
        open(q(R2012, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.CONSTABLE, true, false, false, false)),
        "reg 35(5): dismissal for misconduct needs a live final written warning; which can be extended but not repeated");
    assertEquals(EnumSet.of(MANAGEMENT_ADVICE, WRITTEN_WARNING, FINAL_WRITTEN_WARNING, DISMISSAL_WITH_NOTICE,
        DISMISSAL_WITHOUT_NOTICE), open(OutcomeQuery.of(R2012, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.SERGEANT)));
    assertEquals(EnumSet.of(EXTENSION_OF_FINAL_WRITTEN_WARNING, DISMISSAL_WITHOUT_NOTICE),
        open(q(R2012, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.CONSTABLE, true, false, false, false)),
        "reg 55(3)-(5): at a special case hearing a live final written warning can be extended, not repeated");
    assertEquals(EnumSet.of(NO_FURTHER_ACTION),
        open(OutcomeQuery.of(R2012, Forum.MISCONDUCT_HEARING, Finding.NOT_MISCONDUCT, Rank.SERGEANT)));
  }

  @Test
  void formerOfficersGetWouldHaveBeenDismissedOrNothing() {
    for (Regime r : List.of(R2012, R2020)) {
      assertEquals(EnumSet.of(WOULD_HAVE_BEEN_DISMISSED),
          open(q(r, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.SERGEANT, true, true, false, true)));
      assertEquals(EnumSet.of(NO_FURTHER_ACTION),
          open(q(r, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.SERGEANT, true, true, false, true)));
    }
  }

  @Test
  void whyNotGivesEveryReasonWithItsCitation() {
    OutcomeQuery former = q(R2020, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.CONSTABLE, false,
        false, false, true);
    assertEquals(List.of("former_officer_outcome"), codes(ConductRules.whyNot(former, DISMISSAL_WITHOUT_NOTICE)));
    assertEquals(List.of(), ConductRules.whyNot(former, WOULD_HAVE_BEEN_DISMISSED));
    assertEquals(List.of("outcome_not_in_regime"),
        codes(ConductRules.whyNot(OutcomeQuery.of(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.SERGEANT),
            MANAGEMENT_ADVICE)));
    assertEquals(List.of("outcome_not_in_regime"),
        codes(ConductRules.whyNot(OutcomeQuery.of(R2012, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.SERGEANT),
            REDUCTION_IN_RANK)));
    assertEquals(List.of("no_lower_rank"),
        codes(ConductRules.whyNot(OutcomeQuery.of(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.CONSTABLE),
            REDUCTION_IN_RANK)));
    assertEquals(List.of("dismissal_needs_condition"),
        codes(ConductRules.whyNot(OutcomeQuery.of(R2020, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.SERGEANT),
            DISMISSAL_WITHOUT_NOTICE)));
    assertEquals(List.of("final_written_warning_in_force"),
        codes(ConductRules.whyNot(q(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.SERGEANT, true, false,
            false, false), FINAL_WRITTEN_WARNING)));
    assertEquals(List.of("outcome_not_available"),
        codes(ConductRules.whyNot(OutcomeQuery.of(R2020, Forum.MISCONDUCT_MEETING, Finding.MISCONDUCT, Rank.SERGEANT),
            DISMISSAL_WITHOUT_NOTICE)));
    assertEquals(List.of("would_have_been_dismissed_only_for_former_officers"),
        codes(ConductRules.whyNot(OutcomeQuery.of(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.SERGEANT),
            WOULD_HAVE_BEEN_DISMISSED)));
    ConductRules.whyNot(former, DISMISSAL_WITHOUT_NOTICE).forEach(p -> assertTrue(p.citation().toString().contains("2020")));
  }

  @Test
  void theExplainedQueryGivesTheSameAnswerAsTheBareOne() {
    OutcomeQuery query = q(R2020, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.SERGEANT, false, true, false, false);
    Ruling<Set<Outcome>> explained = ConductRules.explainOutcomes(query);
    assertEquals(open(query), explained.orElseThrow());
    assertTrue(explained.explanation().applied(Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020));
  }

  private static List<String> codes(List<Problem> problems) {
    return problems.stream().map(Problem::code).collect(Collectors.toList());
  }
}

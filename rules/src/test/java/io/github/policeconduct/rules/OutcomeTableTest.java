package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.rules.OutcomeTable.Column;
import io.github.policeconduct.rules.OutcomeTable.DecisionRow;
import io.github.policeconduct.rules.OutcomeTable.Kind;
import org.junit.jupiter.api.Test;

/**
 * The outcome table is data: its decision rows must cover the whole input space (every combination of every
 * column's values) without gaps and without forbidden overlaps, and the answers must come from its rows.
 */
class OutcomeTableTest {

  /** Every query there is: regime x forum x finding x role x rank (or none) x the four flags. */
  static List<OutcomeQuery> wholeInputSpace() {
    List<Optional<Rank>> ranks = new ArrayList<>();
    for (Rank r : Rank.values()) {
      ranks.add(Optional.of(r));
    }
    ranks.add(Optional.empty());
    List<OutcomeQuery> out = new ArrayList<>();
    for (Regime regime : Regime.values()) {
      for (Forum forum : Forum.values()) {
        for (Finding finding : Finding.values()) {
          for (Role role : Role.values()) {
            for (Optional<Rank> rank : ranks) {
              for (int bits = 0; bits < 16; bits++) {
                out.add(OutcomeQuery.builder(regime, forum, finding, role).rank(rank)
                    .finalWrittenWarningInForce((bits & 1) != 0).unconnectedIncidents((bits & 2) != 0)
                    .reducedInRankBefore((bits & 4) != 0).formerOfficer((bits & 8) != 0).build());
              }
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void theDecisionRowsCoverEveryCombinationOfEveryColumnWithoutGapsOrForbiddenOverlaps() {
    List<String> gaps = new ArrayList<>();
    List<String> overlaps = new ArrayList<>();
    Set<Integer> inputsSeen = new java.util.HashSet<>();
    for (OutcomeQuery q : wholeInputSpace()) {
      inputsSeen.add(OutcomeTable.Input.of(q).index());
      List<DecisionRow> m = OutcomeTable.matching(q);
      if (m.isEmpty()) {
        gaps.add(q.toString());
      }
      // COLLECT allows rows that open outcomes to overlap; a row saying nothing can be open (the combination cannot
      // occur, or the subject is not reached) must not overlap a row that opens something.
      boolean closes = m.stream().anyMatch(r -> r.kind() != Kind.OPENS);
      boolean opens = m.stream().anyMatch(r -> !r.outcomes().isEmpty());
      if (closes && opens) {
        overlaps.add(q + " " + m);
      }
    }
    assertEquals(List.of(), gaps, "gaps in the outcome table");
    assertEquals(List.of(), overlaps, "forbidden overlaps in the outcome table");
    // The queries reach every value of every column (so the loops above are the whole input space of the table).
    assertEquals(OutcomeTable.SIZE, inputsSeen.size());
    assertEquals(OutcomeTable.SIZE, OutcomeTable.Input.all().size());
    for (OutcomeTable.Input in : OutcomeTable.Input.all()) {
      assertFalse(OutcomeTable.decisionRows().stream().noneMatch(r -> r.matches(in)), in.toString());
    }
  }

  @Test
  void availableOutcomesAreTheUnionOfTheMatchingRowsAndWhyNotIsEmptyExactlyWhenAnOutcomeIsOpen() {
    int checked = 0;
    for (OutcomeQuery q : wholeInputSpace()) {
      EnumSet<Outcome> union = EnumSet.noneOf(Outcome.class);
      OutcomeTable.matching(q).forEach(r -> union.addAll(r.outcomes()));
      Set<Outcome> open = ConductRules.availableOutcomes(q);
      assertEquals(union, open, q::toString);
      assertEquals(open, ConductRules.explainOutcomes(q).value().orElseThrow(), q::toString);
      for (Outcome o : Outcome.values()) {
        List<Problem> why = ConductRules.whyNot(q, o);
        assertEquals(!open.contains(o), !why.isEmpty(), () -> q + " " + o + " " + why);
        if (!open.contains(o)) {
          // Not open: every row that would have opened it is blocked by some column, so no matching row opens it.
          assertTrue(OutcomeTable.decisionRows().stream().filter(r -> r.outcomes().contains(o)).noneMatch(r -> r.matches(q)),
              () -> q + " " + o);
        }
        checked++;
      }
    }
    assertEquals(Regime.values().length * Forum.values().length * Finding.values().length * Role.values().length
        * (Rank.values().length + 1) * 16 * Outcome.values().length, checked);
  }

  @Test
  void aBlockedRowReportsTheColumnThatBlockedIt() {
    // A sergeant at a 2020 misconduct hearing for misconduct, with no live warning and a single incident: the rows
    // that open dismissal and reduction in rank are blocked by the conditions of reg 42(5)-(6).
    OutcomeQuery q = OutcomeQuery.of(Regime.CONDUCT_REGULATIONS_2020, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Rank.SERGEANT);
    List<Problem> why = ConductRules.whyNot(q, Outcome.REDUCTION_IN_RANK);
    assertEquals(List.of("dismissal_needs_condition"), why.stream().map(Problem::code).toList());
    assertTrue(why.get(0).citation().toString().contains("42(5)"), why.toString());
    // A constable with a live warning: the condition is met; the lower-rank column blocks the row.
    OutcomeQuery c = OutcomeQuery.builder(Regime.CONDUCT_REGULATIONS_2020, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, Role.POLICE_OFFICER)
        .rank(Rank.CONSTABLE).finalWrittenWarningInForce(true).build();
    assertEquals(List.of("no_lower_rank"), ConductRules.whyNot(c, Outcome.REDUCTION_IN_RANK).stream().map(Problem::code).toList());
    for (DecisionRow r : OutcomeTable.decisionRows()) {
      if (r.outcomes().contains(Outcome.REDUCTION_IN_RANK)) {
        assertEquals(Optional.of(Rule.SANCTIONS_REDUCTION_CONSTABLE), r.block(Column.LOWER_RANK).flatMap(OutcomeTable.Block::closedBy),
            r.toString());
      }
    }
  }

  @Test
  void everyRowRestsOnARuleAndOnlyRowsThatOpenSomethingHaveOutcomes() {
    for (DecisionRow r : OutcomeTable.decisionRows()) {
      assertTrue(r.kind() == Kind.OPENS || r.outcomes().isEmpty(), r.toString());
      assertEquals(r.kind() == Kind.CANNOT_OCCUR, r.cannotOccur().isPresent(), r.toString());
      assertFalse(r.regimes().isEmpty() || r.findings().isEmpty() || r.forums().isEmpty(), r.toString());
      // The rule is in force under every regime the row applies to (its citation exists for it).
      for (Regime regime : r.regimes()) {
        assertTrue(new Trace(Optional.of(regime), java.time.LocalDate.MAX).cite(r.rule()) != null, r + " " + regime);
      }
    }
  }

  @Test
  void everyRegimeForumAndFindingHasExactlyOneRow() {
    List<String> gaps = new ArrayList<>();
    List<String> overlaps = new ArrayList<>();
    for (Regime r : Regime.values()) {
      for (Forum f : Forum.values()) {
        for (Finding x : Finding.values()) {
          long n = OutcomeTable.rows().stream().filter(row -> row.matches(r, f, x)).count();
          if (n == 0) {
            gaps.add(r + "/" + f + "/" + x);
          } else if (n > 1) {
            overlaps.add(r + "/" + f + "/" + x + " x" + n);
          }
        }
      }
    }
    assertEquals(List.of(), gaps, "gaps in the outcome table");
    assertEquals(List.of(), overlaps, "overlaps in the outcome table");
  }

  @Test
  void impossibleRowsOpenNothingAndPossibleRowsOpenSomething() {
    for (OutcomeTable.Row row : OutcomeTable.rows()) {
      if (row.impossible().isPresent()) {
        assertTrue(row.outcomes().isEmpty() && row.openedByCondition().isEmpty(), row.toString());
      } else {
        assertFalse(row.outcomes().isEmpty(), row.toString());
      }
    }
  }

  @Test
  void outcomesThatExistInOnlyOneRegime() {
    for (Regime old : List.of(Regime.CONDUCT_REGULATIONS_2008, Regime.CONDUCT_REGULATIONS_2012)) {
      assertTrue(OutcomeTable.vocabulary(old).containsAll(List.of(Outcome.MANAGEMENT_ADVICE, Outcome.DISMISSAL_WITH_NOTICE,
          Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING)), old.toString());
      assertFalse(OutcomeTable.vocabulary(old).contains(Outcome.REDUCTION_IN_RANK), old.toString());
      assertFalse(OutcomeTable.vocabulary(old).contains(Outcome.REFLECTIVE_PRACTICE_REVIEW), old.toString());
    }
    assertTrue(OutcomeTable.vocabulary(Regime.CONDUCT_REGULATIONS_2020).contains(Outcome.REDUCTION_IN_RANK));
    for (Outcome gone : List.of(Outcome.MANAGEMENT_ADVICE, Outcome.DISMISSAL_WITH_NOTICE,
        Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING)) {
      assertFalse(OutcomeTable.vocabulary(Regime.CONDUCT_REGULATIONS_2020).contains(gone), gone.toString());
    }
  }

  @Test
  void aMeetingCannotFindGrossMisconductUnderAnyRegime() {
    for (Regime r : Regime.values()) {
      assertTrue(OutcomeTable.row(r, Forum.MISCONDUCT_MEETING, Finding.GROSS_MISCONDUCT).impossible().isPresent(), r.toString());
    }
  }
}

package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;
import org.junit.jupiter.api.Test;

/** The outcome table is data: it must cover its whole input space exactly once. */
class OutcomeTableTest {

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

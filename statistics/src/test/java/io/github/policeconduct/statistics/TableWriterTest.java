package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableWriterTest {

  @Test
  void csvHasHeaderRowsInVocabularyOrderThenTotal() {
    assertEquals("standard,allegations\n"
        + "honesty_and_integrity,2\n"
        + "authority_respect_and_courtesy,2\n"
        + "equality_and_diversity,0\n"
        + "use_of_force,2\n"
        + "orders_and_instructions,0\n"
        + "duties_and_responsibilities,1\n"
        + "confidentiality,0\n"
        + "fitness_for_duty,0\n"
        + "discreditable_conduct,2\n"
        + "challenging_and_reporting_improper_conduct,0\n"
        + "not_known,0\n"
        + "total,7\n", TableWriter.csv(Caseload.table(Dimension.STANDARD, Unit.ALLEGATIONS)));
  }

  @Test
  void csvWritesSuppressedCellsAsLessThanN() {
    assertEquals("forum,allegations\nmisconduct_meeting,<5\nmisconduct_hearing,<5\naccelerated_misconduct_hearing,20\n"
        + "reflective_practice_review,0\nnot_known,0\ntotal,33\n",
        TableWriter.csv(SuppressionTest.forums(3, 10, 20, 0, 0).suppressBelow(5)));
  }

  @Test
  void textShowsTheSameNumbersAlignedWithPercentagesAndNotes() {
    String text = TableWriter.text(Caseload.table(Dimension.FORUM, Unit.ALLEGATIONS));
    assertTrue(text.startsWith("Allegations by forum\n"
        + "Forum                           Allegations   %\n"
        + "Misconduct meeting                        1  17\n"
        + "Misconduct hearing                        2  33\n"
        + "Accelerated misconduct hearing            3  50\n"
        + "Reflective practice review                0   0\n"
        + "Not known                                 1\n"
        + "Total                                     7\n"), text);
    assertTrue(text.contains("Note: Percentages are of the 6 allegations whose forum is known"), text);
  }

  @Test
  void textListsWhatWasSuppressedAndWhy() {
    String text = TableWriter.text(SuppressionTest.forums(3, 0, 20, 30, 0).suppressBelow(5));
    assertTrue(text.contains("Suppressed:\n  misconduct_meeting: count below 5\n"
        + "  accelerated_misconduct_hearing: protects misconduct_meeting from subtraction via total\n"), text);
    assertTrue(text.replaceAll(" +", " ").contains("\nMisconduct hearing 0 0\n"), text);
    assertTrue(text.replaceAll(" +", " ").contains("\nMisconduct meeting <5\n"), text);
  }

  @Test
  void crossTableCsvHasMarginsAndTotalRow() {
    CrossTable x = SuppressionTest.grid(new long[][] {{3, 10}, {8, 12}});
    assertEquals("forum,c0,c1,total\nr0,3,10,13\nr1,8,12,20\ntotal,11,22,33\n", TableWriter.csv(x));
    assertTrue(TableWriter.text(x).contains("\nTotal            11  22     33\n"), TableWriter.text(x));
  }
}

package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SuppressionTest {

  /** A forum table with the given counts for meeting, hearing, accelerated, reflective, not_known. */
  static Table forums(long... counts) {
    Map<String, Long> m = new LinkedHashMap<>();
    List<String> values = new java.util.ArrayList<>(Dimension.FORUM.vocabulary());
    values.add(Table.NOT_KNOWN);
    long total = 0;
    for (int i = 0; i < values.size(); i++) {
      m.put(values.get(i), counts[i]);
      total += counts[i];
    }
    return new Table(Dimension.FORUM, Unit.ALLEGATIONS, Selection.all(), m, total);
  }

  static String shown(Table t) {
    return t.rows().stream().map(r -> r.count().toString()).collect(Collectors.joining(" ")) + " | " + t.total();
  }

  @Test
  void primarySuppressionShowsOneToNMinusOneAsLessThanNAndKeepsZero() {
    Table t = forums(2, 3, 20, 0, 0).suppressBelow(5);
    assertEquals("<5 <5 20 0 0 | 25", shown(t));
    assertEquals(List.of("misconduct_meeting: count below 5", "misconduct_hearing: count below 5"),
        t.suppressed().stream().map(Object::toString).collect(Collectors.toList()));
  }

  @Test
  void aLoneSuppressedCellPullsInTheNextSmallestCount() {
    Table t = forums(3, 10, 20, 0, 0).suppressBelow(5);
    assertEquals("<5 <5 20 0 0 | 33", shown(t));
    SuppressedCell second = t.suppressed().get(1);
    assertEquals(SuppressedCell.Kind.SECONDARY, second.kind());
    assertEquals("misconduct_hearing", second.cell());
    assertEquals("protects misconduct_meeting from subtraction via total", second.reason());
  }

  @Test
  void aZeroNeverProtectsSoTheNextNonZeroCountIsSuppressed() {
    // The only other small cell is 0: suppressing it would still leave 3 = 53 - 0 - 20 - 30.
    Table t = forums(3, 0, 20, 30, 0).suppressBelow(5);
    assertEquals("<5 0 <5 30 0 | 53", shown(t));
    assertEquals("accelerated_misconduct_hearing", t.suppressed().get(1).cell());
  }

  @Test
  void aSmallTotalIsSuppressedAndNeedsNoProtection() {
    Table t = forums(2, 1, 0, 0, 0).suppressBelow(5);
    assertEquals("<5 <5 0 0 0 | <5", shown(t));
    assertTrue(t.suppressed().stream().allMatch(s -> s.kind() == SuppressedCell.Kind.PRIMARY));
  }

  @Test
  void percentagesAreWithheldForSuppressedCellsAndEverywhereWhenNotKnownIsSuppressed() {
    Table t = forums(3, 10, 20, 0, 0).suppressBelow(5);
    assertEquals(OptionalInt.empty(), t.row("misconduct_meeting").get().percent());
    assertEquals(OptionalInt.of(61), t.row("accelerated_misconduct_hearing").get().percent());
    Table nk = forums(10, 20, 30, 0, 2).suppressBelow(5);
    assertTrue(nk.rows().stream().allMatch(r -> r.percent().isEmpty()));
    assertTrue(nk.notes().stream().anyMatch(n -> n.startsWith("Percentages are withheld")));
  }

  @Test
  void suppressedTablesSayWhatTheyDid() {
    Table t = forums(3, 10, 20, 0, 0).suppressBelow(5);
    assertEquals(OptionalInt.of(5), t.suppressionThreshold());
    assertTrue(t.notes().stream().anyMatch(n -> n.contains("counts from 1 to 4 are shown as <5")));
    assertThrows(IllegalStateException.class, () -> t.suppressBelow(5));
    assertThrows(IllegalArgumentException.class, () -> forums(1, 1, 1, 1, 1).suppressBelow(1));
  }

  static CrossTable grid(long[][] body) {
    int rows = body.length;
    int cols = body[0].length;
    long[][] g = new long[rows + 1][cols + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        g[r][c] = body[r][c];
        g[r][cols] += body[r][c];
        g[rows][c] += body[r][c];
        g[rows][cols] += body[r][c];
      }
    }
    List<String> rv = new java.util.ArrayList<>();
    for (int r = 0; r < rows; r++) {
      rv.add("r" + r);
    }
    List<String> cv = new java.util.ArrayList<>();
    for (int c = 0; c < cols; c++) {
      cv.add("c" + c);
    }
    return new CrossTable(Dimension.FORUM, Dimension.FINDING, Unit.CASES, Selection.all(), rv, cv, g);
  }

  static String shown(CrossTable t) {
    List<String> rows = new java.util.ArrayList<>(t.rowValues());
    rows.add(Table.TOTAL);
    List<String> cols = new java.util.ArrayList<>(t.columnValues());
    cols.add(Table.TOTAL);
    return rows.stream().map(r -> cols.stream().map(c -> t.cell(r, c).toString()).collect(Collectors.joining(" ")))
        .collect(Collectors.joining(" / "));
  }

  @Test
  void crossTabSuppressionSpreadsAlongRowsAndColumnsUntilStable() {
    CrossTable t = grid(new long[][] {{3, 10, 40}, {8, 12, 50}}).suppressBelow(5);
    assertEquals("<5 <5 40 53 / <5 <5 50 70 / 11 22 90 123", shown(t));
    assertEquals(List.of(), Disclosure.recoverable(Disclosure.hidden(t), Disclosure.grid(3, 4)));
    assertEquals(List.of("r0 × c0: count below 5", "r0 × c1: protects r0 × c0 from subtraction via r0 × total",
        "r1 × c0: protects r0 × c0 from subtraction via total × c0",
        "r1 × c1: protects r0 × c1 from subtraction via total × c1"),
        t.suppressed().stream().map(Object::toString).collect(Collectors.toList()));
  }

  @Test
  void crossTabZeroInTheRowIsPassedOver() {
    CrossTable t = grid(new long[][] {{3, 0, 40}, {6, 7, 50}}).suppressBelow(5);
    assertEquals("0", t.cell("r0", "c1").toString());
    assertTrue(t.cell("r0", "c2").isSuppressed(), shown(t));
    assertEquals(List.of(), Disclosure.recoverable(Disclosure.hidden(t), Disclosure.grid(3, 4)));
  }

  @Test
  void crossTabSmallMarginIsProtectedThroughTheTotalsColumn() {
    // Row r0's total (2) is primary; the totals column must not give it away either.
    CrossTable t = grid(new long[][] {{1, 1, 0}, {20, 30, 40}, {25, 35, 45}}).suppressBelow(5);
    assertTrue(t.cell("r0", Table.TOTAL).isSuppressed());
    assertEquals(List.of(), Disclosure.recoverable(Disclosure.hidden(t), Disclosure.grid(4, 4)), shown(t));
  }

  @Test
  void theLinearCheckCatchesACellRecoverableOnlyByCombiningLines() {
    // A checker sanity test: hide a 2x2 rectangle plus a lone extra cell in a third row and column;
    // every line with the extra cell has one unknown, so it is recoverable.
    boolean[] hidden = new boolean[16];
    hidden[0] = hidden[1] = hidden[4] = hidden[5] = true; // rectangle r0,r1 × c0,c1
    assertEquals(List.of(), Disclosure.recoverable(hidden, Disclosure.grid(4, 4)));
    hidden[10] = true; // r2 × c2 alone in its row and column
    assertEquals(List.of(10), Disclosure.recoverable(hidden, Disclosure.grid(4, 4)));
  }
}

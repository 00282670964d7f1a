package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.rules.DecisionCatalogueTest;

/**
 * The attack of GitHub issue 16, item 4 ("suppressed cells can be recovered exactly"), run on every build:
 * an {@link Attacker} written apart from the suppressor tries to pin each suppressed cell to one value by
 *
 * <ul>
 *   <li>subtraction within a line (the linear system of {@link Disclosure}, single-valued tables),
 *   <li>the bounds of the CSV alone (every suppressed count at least 1), over every line at once, which
 *       for a cross-table is the rows against the columns and the margins,
 *   <li>the same bounds with the labels (primary from 1 to N-1, secondary N or more), for N of 3 or more
 *       (at N = 2 a cell labelled primary is 1 by definition: the labels must not be published with N = 2),
 *   <li>two tables over the same units (by forum and by year; by standard and by outcome; by finding and by
 *       rank), each read with the grand total the other publishes,
 * </ul>
 *
 * <p>on the seeded catalogue's tables and on random ones, and fails if any suppressed cell is recovered.
 * Differencing two tables over overlapping caseloads is not attacked: no single table can prevent it (see
 * {@link Table#suppressBelow(int)}).
 *
 * <p>A cell recovered even when every non-zero count of its table is suppressed as well is beyond the reach
 * of suppression (the labels alone pin it, e.g. {@code <3 <3 | <3} with the total labelled primary: both
 * cells are 1; or the grand total of another table does, e.g. five cells of 1 and a total of 5); those are
 * counted apart and do not fail the test. Every other recovered cell does.
 *
 * <p>Figures (suppressed cells recovered; QuickTheories draws new random tables on each run, so the random
 * figures vary a little). Before issue 16, when the suppressor only made sure no cell was fixed by the
 * linear system (counting every recovered cell, including those beyond reach): catalogue cross-tables 46 of
 * 270 from the table alone and 73 of 270 with the labels; catalogue one-way tables 0 of 42 and 4 of 42;
 * random columns 36 of 806 and 93 of 743; random grids 66 of 1,593 and 278 of 1,411; random caseloads'
 * one-way tables 356 of 7,560 and 689 of 7,560, their cross-tables 2,108 of 8,109 and 2,988 of 8,109;
 * subtraction alone 0 throughout. Since issue 16: 0 recovered in every group; beyond reach, with the labels,
 * 6 of 452 in the catalogue's cross-tables, 12 of 1,555 in random grids, 83 of 4,710 and 748 of 5,754 in
 * random caseloads' one-way and cross-tables; with another table's grand total, 72 of 4,678 from the table
 * alone and 209 of 4,678 with the labels.
 */
class SuppressionAttackTest {
  private static final Map<String, int[]> TALLY = new TreeMap<>();

  /**
   * Attacks one table with the CSV and with the labels. A cell recovered even when every non-zero count of
   * the table is suppressed as well is beyond the reach of suppression (the labels alone can pin it, or the
   * grand total of another table); such cells are counted apart and do not fail the test, any other
   * recovered cell does.
   */
  private static void attack(String source, Attacker.Target t, boolean sharedGrand, List<String> failures) {
    if (t.suppressedCount() == 0) {
      return;
    }
    for (Attacker.Knowledge k : Attacker.Knowledge.values()) {
      if (k == Attacker.Knowledge.LABELS && t.n < 3) {
        continue; // at N = 2 the label "primary" says the count is 1: the labels are not for publication
      }
      List<Integer> recovered = t.recovered(k);
      List<Integer> beyond = new ArrayList<>();
      if (!recovered.isEmpty()) {
        List<Integer> worst = t.withEveryNonZeroSuppressed(sharedGrand).recovered(k, recovered);
        recovered.stream().filter(worst::contains).forEach(beyond::add);
        recovered.removeAll(beyond);
      }
      tally(source + (k == Attacker.Knowledge.CSV ? " csv" : " labels"), t.suppressedCount(), recovered.size(),
          beyond.size());
      if (!recovered.isEmpty() && failures.size() < 10) {
        failures.add(k + ": cells " + recovered + " of " + t.what);
      }
    }
  }

  private static synchronized void tally(String key, int suppressed, int recovered, int beyondReach) {
    int[] a = TALLY.computeIfAbsent(key, k -> new int[3]);
    a[0] += suppressed;
    a[1] += recovered;
    a[2] += beyondReach;
  }

  @AfterAll
  static void figures() {
    TALLY.forEach((k, v) -> System.out.println("[attack] " + k + ": " + v[1] + " of " + v[0]
        + " suppressed cells recovered, and " + v[2] + " beyond the reach of suppression"));
  }

  private static List<Table> pair(List<ConductCase> cases, Unit unit, Dimension a, Dimension b) {
    return List.of(Tabulator.by(a, unit, Selection.all()).addAll(cases).table(),
        Tabulator.by(b, unit, Selection.all()).addAll(cases).table());
  }

  private static final Dimension[][] PAIRS = {
    {Dimension.FORUM, Dimension.YEAR}, {Dimension.STANDARD, Dimension.OUTCOME}, {Dimension.FINDING, Dimension.RANK}};

  private static final Dimension[][] CROSSES = {
    {Dimension.FORUM, Dimension.FINDING}, {Dimension.STANDARD, Dimension.OUTCOME}, {Dimension.YEAR, Dimension.OUTCOME}};

  /** Every attack on the tables of one caseload; returns the failures. */
  private static List<String> attackCaseload(String source, List<ConductCase> cases, int[] thresholds) {
    List<String> failures = new ArrayList<>();
    for (int n : thresholds) {
      for (Unit unit : Unit.values()) {
        for (Dimension[] p : PAIRS) {
          List<Table> raw = pair(cases, unit, p[0], p[1]);
          Attacker.Target a = Attacker.of(raw.get(0), raw.get(0).suppressBelow(n));
          Attacker.Target b = Attacker.of(raw.get(1), raw.get(1).suppressBelow(n));
          for (Attacker.Target t : List.of(a, b)) {
            attack(source + " one-way", t, false, failures);
          }
          attack(source + " two tables", a.withGrandTotalFrom(b), true, failures);
          attack(source + " two tables", b.withGrandTotalFrom(a), true, failures);
        }
      }
      for (Dimension[] x : CROSSES) {
        CrossTable raw = Tabulator.crossing(x[0], x[1], Unit.CASES, Selection.all()).addAll(cases).crossTable();
        attack(source + " cross-table", Attacker.of(raw, raw.suppressBelow(n)), false, failures);
      }
    }
    return failures;
  }

  @Test
  void noSuppressedCellOfTheCatalogueTablesIsRecovered() {
    List<String> failures = attackCaseload("catalogue", DecisionCatalogueTest.catalogue(), new int[] {3, 5, 10});
    assertEquals(List.of(), failures);
  }

  @Test
  void noSuppressedCellOfRandomCaseloadTablesIsRecovered() {
    List<String> failures = new ArrayList<>();
    // Fixed seeds and small caseloads: one seed's caseload of 30 kept the exact attacker searching for over ten
    // minutes, and the build must neither fail by chance nor run long. The random attacks below run on fixed
    // seeds for the same reason.
    qt().withFixedSeed(20261130L).withExamples(15).forAll(CaseGens.caseload(20))
        .checkAssert(cases -> failures.addAll(attackCaseload("random caseloads", cases, new int[] {3, 5})));
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
  }

  /**
   * The gap the random attack found: in a standard × outcome table at N = 3 a secondary cell equal to its
   * column's published total was pinned by its label (N or more, and at most the total of a multi-valued line).
   * This seed's caseloads hold such a table; before {@code Suppressor.choose} passed over cells their own label
   * would pin, the labels recovered a cell of it.
   */
  @Test
  void aSecondaryCellIsNeverOneItsOwnLabelPins() {
    List<String> failures = new ArrayList<>();
    qt().withFixedSeed(14 * 7919L).withExamples(15).forAll(CaseGens.caseload(12))
        .checkAssert(cases -> failures.addAll(attackCaseload("caseloads of seed 110866", cases, new int[] {3, 5})));
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
  }

  private static Gen<List<Integer>> smallCounts() {
    return lists().of(integers().between(0, 12)).ofSizeBetween(1, 8);
  }

  @Test
  void noSuppressedCellOfARandomColumnIsRecovered() {
    List<String> failures = new ArrayList<>();
    qt().withFixedSeed(20261130L).withExamples(600).forAll(smallCounts(), integers().between(2, 6)).checkAssert((counts, n) -> {
      Map<String, Long> m = new LinkedHashMap<>();
      long total = 0;
      for (int i = 0; i < counts.size(); i++) {
        m.put(i == counts.size() - 1 ? Table.NOT_KNOWN : String.format(Locale.ROOT, "%d/%02d", 2000 + i, (i + 1) % 100),
            (long) counts.get(i));
        total += counts.get(i);
      }
      Table raw = new Table(Dimension.YEAR, Unit.CASES, Selection.all(), m, total);
      Table t = raw.suppressBelow(n);
      List<String> f = new ArrayList<>();
      attack("random columns", Attacker.of(raw, t), false, f);
      int sub = Disclosure.recoverable(Disclosure.hidden(t), Disclosure.column(m.size())).size();
      tally("random columns subtraction", t.suppressed().size(), sub, 0);
      if (sub > 0) {
        f.add("subtraction: " + SuppressionTest.shown(t));
      }
      failures.addAll(f);
    });
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
  }

  @Test
  void noSuppressedCellOfARandomGridIsRecoveredFromRowsColumnsAndMargins() {
    List<String> failures = new ArrayList<>();
    qt().withFixedSeed(20261130L).withExamples(400).forAll(StatisticsProperties.smallGrids(), integers().between(2, 6)).checkAssert((body, n) -> {
      CrossTable raw = SuppressionTest.grid(body);
      CrossTable t = raw.suppressBelow(n);
      List<String> f = new ArrayList<>();
      attack("random grids", Attacker.of(raw, t), false, f);
      int sub = Disclosure.recoverable(Disclosure.hidden(t),
          Disclosure.grid(body.length + 1, body[0].length + 1)).size();
      tally("random grids subtraction", t.suppressed().size(), sub, 0);
      if (sub > 0) {
        f.add("subtraction: " + SuppressionTest.shown(t));
      }
      failures.addAll(f);
    });
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
  }

  /** The attacker finds what it should: the tester's examples against an unprotected publication. */
  @Test
  void theAttackerRecoversWhatTheTesterRecovered() {
    List<Attacker.Line> line = List.of(new Attacker.Line(new int[] {0, 1, 2}, 3, false));
    // two <5 cells in a line whose total leaves 2 for them: both are 1, from the CSV alone
    assertEquals(List.of(0, 1), new Attacker(new long[] {1, 1, 20, 22}, new boolean[] {true, true, false, false},
        new boolean[] {true, true, false, false}, line, 5, Attacker.Knowledge.CSV).recovered());
    // 1 (primary) and 5 (secondary) leave 6: only the labels pin them
    boolean[] hidden = {true, true, false, false};
    boolean[] primary = {true, false, false, false};
    long[] truth = {1, 5, 20, 26};
    assertEquals(List.of(), new Attacker(truth, hidden, primary, line, 5, Attacker.Knowledge.CSV).recovered());
    assertEquals(List.of(0, 1), new Attacker(truth, hidden, primary, line, 5, Attacker.Knowledge.LABELS).recovered());
    // a multi-valued line: the not known cell plus any other is at most the total
    List<Attacker.Line> cover = List.of(new Attacker.Line(new int[] {0, 1, 2}, 3, true));
    assertEquals(List.of(2), new Attacker(new long[] {7, 7, 1, 8}, new boolean[] {false, false, true, false},
        new boolean[] {false, false, true, false}, cover, 5, Attacker.Knowledge.CSV).recovered());
  }
}

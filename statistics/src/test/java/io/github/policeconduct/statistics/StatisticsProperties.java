package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.policeconduct.core.ConductCase;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StatisticsProperties {

  private static long sumOfRows(Table t) {
    return t.rows().stream().mapToLong(r -> r.count().value().getAsLong()).sum();
  }

  @Test
  void rowsAddUpToTheTotalForEverySingleValuedDimension() {
    qt().withExamples(200).forAll(CaseGens.caseload(25)).checkAssert(cases -> {
      for (Dimension d : Dimension.values()) {
        for (Unit u : Unit.values()) {
          Table t = Tabulator.by(d, u, Selection.all()).addAll(cases).table();
          if (d.isMultiValued()) {
            assertTrue(sumOfRows(t) >= t.total().value().getAsLong(), d + " " + u);
          } else {
            assertEquals(t.total().value().getAsLong(), sumOfRows(t), d + " " + u + " " + t);
          }
        }
      }
    });
  }

  @Test
  void unitsOrderThemselvesIndividualsCasesAllegations() {
    qt().withExamples(200).forAll(CaseGens.caseload(25)).checkAssert(cases -> {
      long individuals = Tabulator.by(Dimension.ROLE, Unit.INDIVIDUALS, Selection.all()).addAll(cases).table()
          .total().value().getAsLong();
      long n = Tabulator.by(Dimension.ROLE, Unit.CASES, Selection.all()).addAll(cases).table().total().value().getAsLong();
      long allegations = Tabulator.by(Dimension.ROLE, Unit.ALLEGATIONS, Selection.all()).addAll(cases).table()
          .total().value().getAsLong();
      assertEquals(cases.size(), n);
      assertTrue(individuals <= n, individuals + " individuals > " + n + " cases");
      assertTrue(n <= allegations);
    });
  }

  @Test
  void crossTableMarginsMatchTheOneWayTables() {
    qt().withExamples(100).forAll(CaseGens.caseload(20)).checkAssert(cases -> {
      CrossTable x = Tabulator.crossing(Dimension.STANDARD, Dimension.OUTCOME, Unit.INDIVIDUALS, Selection.all())
          .addAll(cases).crossTable();
      Table byStandard = Tabulator.by(Dimension.STANDARD, Unit.INDIVIDUALS, Selection.all()).addAll(cases).table();
      Table byOutcome = Tabulator.by(Dimension.OUTCOME, Unit.INDIVIDUALS, Selection.all()).addAll(cases).table();
      for (Table.Row r : byStandard.rows()) {
        assertEquals(r.count(), x.cell(r.value(), Table.TOTAL));
      }
      for (Table.Row r : byOutcome.rows()) {
        assertEquals(r.count(), x.cell(Table.TOTAL, r.value()));
      }
      assertEquals(byOutcome.total(), x.total());
    });
  }

  /** Column counts with many small values. */
  private static Gen<List<Integer>> smallCounts() {
    return lists().of(integers().between(0, 12)).ofSizeBetween(1, 8);
  }

  @Test
  void noSuppressedCountInAColumnCanBeRecoveredAndEverySmallCountIsSuppressed() {
    qt().withExamples(500).forAll(smallCounts(), integers().between(2, 6)).checkAssert((counts, n) -> {
      Map<String, Long> m = new LinkedHashMap<>();
      long total = 0;
      for (int i = 0; i < counts.size() - 1; i++) {
        m.put(String.format(Locale.ROOT, "%d/%02d", 2000 + i, (i + 1) % 100), (long) counts.get(i));
        total += counts.get(i);
      }
      m.put(Table.NOT_KNOWN, (long) counts.get(counts.size() - 1));
      total += counts.get(counts.size() - 1);
      Table raw = new Table(Dimension.YEAR, Unit.CASES, Selection.all(), m, total);
      Table t = raw.suppressBelow(n);
      assertEquals(List.of(), Disclosure.recoverable(Disclosure.hidden(t), Disclosure.column(m.size())), TableWriter.csv(t));
      for (int i = 0; i < raw.rows().size(); i++) {
        long v = raw.rows().get(i).count().value().getAsLong();
        Count shown = t.rows().get(i).count();
        if (v >= 1 && v < n) {
          assertTrue(shown.isSuppressed());
        } else if (v == 0) {
          assertEquals("0", shown.toString());
        } else if (!shown.isSuppressed()) {
          assertEquals(v, shown.value().getAsLong());
        }
      }
      assertEquals(t.suppressed().size(), (int) java.util.stream.IntStream.range(0, m.size() + 1)
          .filter(i -> Disclosure.hidden(t)[i]).count());
    });
  }

  /** Grids of 1 to 4 rows and columns with small counts and a few larger ones (shared with the attack test). */
  static Gen<long[][]> smallGrids() {
    return integers().between(1, 4).zip(integers().between(1, 4), (r, c) -> new int[] {r, c})
        .flatMap(rc -> lists().of(integers().between(0, 9)).ofSize(rc[0] * rc[1]).map(vs -> {
          long[][] g = new long[rc[0]][rc[1]];
          for (int i = 0; i < vs.size(); i++) {
            g[i / rc[1]][i % rc[1]] = vs.get(i) > 6 ? vs.get(i) * 3 : vs.get(i);
          }
          return g;
        }));
  }

  @Test
  void noSuppressedCountInACrossTableCanBeRecoveredFromRowsColumnsAndTotals() {
    qt().withExamples(400).forAll(smallGrids(), integers().between(2, 5)).checkAssert((body, n) -> {
      CrossTable t = SuppressionTest.grid(body).suppressBelow(n);
      int rows = body.length + 1;
      int cols = body[0].length + 1;
      assertEquals(List.of(), Disclosure.recoverable(Disclosure.hidden(t), Disclosure.grid(rows, cols)),
          SuppressionTest.shown(t));
      CrossTable raw = SuppressionTest.grid(body);
      for (String r : raw.rowValues()) {
        for (String c : raw.columnValues()) {
          long v = raw.cell(r, c).value().getAsLong();
          if (v >= 1 && v < n) {
            assertTrue(t.cell(r, c).isSuppressed());
          }
          if (v == 0) {
            assertEquals("0", t.cell(r, c).toString());
          }
        }
      }
    });
  }

  @Test
  void suppressingRealCaseloadsNeverExposesACount() {
    qt().withExamples(100).forAll(CaseGens.caseload(30)).checkAssert(cases -> {
      for (Dimension d : new Dimension[] {Dimension.FORUM, Dimension.OUTCOME, Dimension.YEAR}) {
        Table t = Tabulator.by(d, Unit.CASES, Selection.all()).addAll(cases).table().suppressBelow(5);
        assertEquals(List.of(), Disclosure.recoverable(Disclosure.hidden(t), Disclosure.column(t.rows().size())));
      }
      CrossTable x = Tabulator.crossing(Dimension.FORUM, Dimension.FINDING, Unit.CASES, Selection.all())
          .addAll(cases).crossTable().suppressBelow(5);
      List<ConductCase> unused = new ArrayList<>(cases);
      assertEquals(List.of(), Disclosure.recoverable(Disclosure.hidden(x),
          Disclosure.grid(x.rowValues().size() + 1, x.columnValues().size() + 1)), unused.size() + " cases");
    });
  }
}

package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Returns;
import io.github.policeconduct.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * The Home Office return (issue 18, items 2 and 5): a family of tables whose totals agree, with the labels and the
 * "Not known" rows of the published tables, suppressed together so that a count withheld in one table is withheld
 * wherever else it appears, and attacked as a whole set by a reader who has every table at once.
 */
class HomeOfficeReturnTest {
  /** A generated return: {@code size} cases with the facts of a return, counted for their busiest year. */
  private static HomeOfficeReturn generated(long seed, int size) {
    List<ConductCase> cases = Samples.list(Returns.of(Cases.any()), seed, size);
    Map<FinancialYear, Integer> finalised = new TreeMap<>();
    for (ConductCase c : cases) {
      c.events().stream().filter(e -> e.type() == EventType.CASE_FINALISED).map(CaseEvent::date)
          .forEach(d -> FinancialYear.of(d).ifPresent(fy -> finalised.merge(fy, 1, Integer::sum)));
    }
    FinancialYear busiest = finalised.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(FinancialYear.containing(LocalDate.of(2024, 4, 1)));
    HomeOfficeReturn.Builder b = HomeOfficeReturn.builder(busiest, true);
    cases.forEach(b);
    return b.build();
  }

  private static long cell(HomeOfficeReturn r, int table, int cell) {
    return r.tables().get(table).table().rawCells()[cell];
  }

  @Test
  void theTotalsAgreeAcrossTheSetAndEveryTableHasItsNotKnownRow() {
    int checked = 0;
    for (long seed = 1; seed <= 40; seed++) {
      HomeOfficeReturn r = generated(seed * 7919, 60);
      assertEquals(7, r.tables().size());
      for (HomeOfficeReturn.ReturnTable t : r.tables()) {
        assertEquals(Table.NOT_KNOWN, t.table().rowValues().get(t.table().rowValues().size() - 1), t.id());
        assertEquals(List.of("police_complaint", "conduct_matter", "recordable_conduct_matter", Table.NOT_KNOWN),
            t.table().columnValues());
      }
      for (int[][] group : r.links()) {
        long first = cell(r, group[0][0], group[0][1]);
        for (int[] m : group) {
          assertEquals(first, cell(r, m[0], m[1]), "the same count in table " + (m[0] + 1));
        }
        checked++;
      }
    }
    assertTrue(checked > 0);
  }

  @Test
  void aCountWithheldInOneTableIsWithheldWhereverItAppears() {
    int linked = 0;
    for (long seed = 1; seed <= 12; seed++) {
      HomeOfficeReturn raw = generated(seed * 104729, 40);
      HomeOfficeReturn published = raw.suppressBelow(5);
      for (int[][] group : raw.links()) {
        boolean hidden = published.tables().get(group[0][0]).table().hiddenCells()[group[0][1]];
        for (int[] m : group) {
          assertEquals(hidden, published.tables().get(m[0]).table().hiddenCells()[m[1]],
              "table " + (m[0] + 1) + " cell " + m[1] + " of seed " + seed);
        }
      }
      for (HomeOfficeReturn.ReturnTable t : published.tables()) {
        linked += (int) t.table().suppressed().stream().filter(s -> s.kind() == SuppressedCell.Kind.LINKED).count();
      }
    }
    assertTrue(linked > 0, "the generated returns exercise linked suppression");
  }

  @Test
  void noWithheldCountIsRecoveredFromTheWholeSetOfGeneratedReturns() {
    List<String> failures = new ArrayList<>();
    int withheld = 0;
    for (int n : new int[] {3, 5}) {
      for (long seed = 1; seed <= 12; seed++) {
        HomeOfficeReturn raw = generated(seed * 15485863L + n, 25 + (int) (seed % 4) * 25);
        HomeOfficeReturn published = raw.suppressBelow(n);
        withheld += ReleaseAttack.withheld(published);
        failures.addAll(ReleaseAttack.failures(raw, published));
      }
    }
    assertTrue(withheld > 0, "the attack had something to attack");
    long csv = failures.stream().filter(f -> f.startsWith("CSV")).count();
    System.out.println("[return attack] " + failures.size() + " failures, " + csv + " from the CSV alone, of " + withheld);
    assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
  }

  @Test
  void theCsvUsesThePublishedLabelsAndKeepsTheMarkForPeople() {
    HomeOfficeReturn published = generated(31, 30).suppressBelow(5);
    String csv = HomeOfficeReturn.csv(published.tables().get(2));
    String[] lines = csv.split("\r\n");
    assertEquals("\"Allegations referred to misconduct proceedings, by proceedings type\",Police complaints,Conduct matters,"
        + "Recordable conduct matters,Not known,Total", lines[0]);
    assertTrue(lines[1].startsWith("Misconduct meeting,"), lines[1]);
    assertTrue(lines[lines.length - 2].startsWith("Not known,"), lines[lines.length - 2]);
    assertTrue(lines[lines.length - 1].startsWith("Total,"), lines[lines.length - 1]);
    assertTrue(HomeOfficeReturn.csv(published.tables().get(0)).contains("No case to answer,"));
  }
}

package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Role;
import org.junit.jupiter.api.Test;

/**
 * Every count the tabulator gives, for every dimension, pair of dimensions and unit, equals the count worked
 * out from first principles by a second, deliberately naive implementation here: individuals are grouped by
 * subject reference and counted once, by their most serious case (outcome, then finding, then whether there
 * were proceedings; the first case wins a tie) for a single-valued dimension and by every value of all their
 * cases for a multi-valued one (not known only when nothing is known); a case with no subject reference is an
 * individual of its own. Caseloads reuse seven subject references, so most individuals have several cases.
 */
class TabulatorOracleProperties {

  /** Outcome severity, then most serious finding, then proceedings: the order "most serious case" uses. */
  private static final Comparator<ConductCase> SERIOUSNESS = Comparator
      .comparing((ConductCase c) -> c.proceedings().flatMap(Proceedings::outcome).map(Outcome::severity).orElse(-1))
      .thenComparing(c -> c.proceedings().flatMap(Proceedings::mostSeriousFinding).map(Enum::ordinal).orElse(-1))
      .thenComparing(c -> c.proceedings().isPresent());

  /** The units counted, each as the set of values it falls under in each of the two dimensions. */
  private static List<Set<String>[]> units(List<ConductCase> cases, Dimension rows, Dimension cols, Unit unit,
      Selection selection) {
    List<Set<String>[]> out = new ArrayList<>();
    Map<String, List<ConductCase>> people = new LinkedHashMap<>();
    for (ConductCase c : cases) {
      if (!selection.test(c)) {
        continue;
      }
      if (unit == Unit.ALLEGATIONS) {
        c.allegations().forEach(a -> out.add(pair(rows.ofAllegation(c, a), cols.ofAllegation(c, a))));
      } else if (unit == Unit.CASES || c.subject().id().isEmpty()) {
        out.add(pair(rows.ofCase(c), cols.ofCase(c)));
      } else {
        people.computeIfAbsent(c.subject().id().get(), k -> new ArrayList<>()).add(c);
      }
    }
    for (List<ConductCase> theirs : people.values()) {
      ConductCase worst = theirs.get(0);
      for (ConductCase c : theirs) {
        if (SERIOUSNESS.compare(c, worst) > 0) {
          worst = c;
        }
      }
      out.add(pair(valuesOf(rows, theirs, worst), valuesOf(cols, theirs, worst)));
    }
    return out;
  }

  private static Set<String> valuesOf(Dimension d, List<ConductCase> theirs, ConductCase worst) {
    if (!d.isMultiValued()) {
      return d.ofCase(worst);
    }
    Set<String> all = new TreeSet<>();
    theirs.forEach(c -> all.addAll(d.ofCase(c)));
    if (all.size() > 1) {
      all.remove(Table.NOT_KNOWN);
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] pair(Set<String> a, Set<String> b) {
    return new Set[] {a, b};
  }

  /** The table's values in order: the vocabulary, or the years seen in order; then not known. */
  private static List<String> order(Dimension d, List<Set<String>[]> units, int side) {
    List<String> out = new ArrayList<>();
    if (d.isClosed()) {
      out.addAll(d.vocabulary());
    } else {
      Set<String> years = new TreeSet<>();
      units.forEach(u -> years.addAll(u[side]));
      years.remove(Table.NOT_KNOWN);
      out.addAll(years);
    }
    out.add(Table.NOT_KNOWN);
    return out;
  }

  private static String expectedTable(List<ConductCase> cases, Dimension d, Unit unit, Selection s) {
    List<Set<String>[]> units = units(cases, d, d, unit, s);
    Map<String, Long> counts = new LinkedHashMap<>();
    order(d, units, 0).forEach(v -> counts.put(v, units.stream().filter(u -> u[0].contains(v)).count()));
    return counts + " total=" + units.size();
  }

  private static String actualTable(Table t) {
    Map<String, Long> counts = new LinkedHashMap<>();
    t.rows().forEach(r -> counts.put(r.value(), r.count().value().getAsLong()));
    return counts + " total=" + t.total();
  }

  private static String expectedCross(List<ConductCase> cases, Dimension rows, Dimension cols, Unit unit) {
    List<Set<String>[]> units = units(cases, rows, cols, unit, Selection.all());
    StringBuilder b = new StringBuilder();
    List<String> rv = order(rows, units, 0);
    List<String> cv = order(cols, units, 1);
    for (String r : rv) {
      for (String c : cv) {
        b.append(units.stream().filter(u -> u[0].contains(r) && u[1].contains(c)).count()).append(' ');
      }
      b.append("| ").append(units.stream().filter(u -> u[0].contains(r)).count()).append(" / ");
    }
    for (String c : cv) {
      b.append(units.stream().filter(u -> u[1].contains(c)).count()).append(' ');
    }
    return b.append("| ").append(units.size()).toString();
  }

  private static String actualCross(CrossTable t) {
    StringBuilder b = new StringBuilder();
    List<String> rv = new ArrayList<>(t.rowValues());
    rv.add(Table.TOTAL);
    for (String r : rv) {
      for (String c : t.columnValues()) {
        b.append(t.cell(r, c)).append(' ');
      }
      b.append("| ").append(t.cell(r, Table.TOTAL));
      if (!r.equals(Table.TOTAL)) {
        b.append(" / ");
      }
    }
    return b.toString();
  }

  @Test
  void everyOneWayCountMatchesCountingByHand() {
    qt().withExamples(300).forAll(CaseGens.caseload(30)).checkAssert(cases -> {
      for (Dimension d : Dimension.values()) {
        for (Unit u : Unit.values()) {
          for (Selection s : List.of(Selection.all(), Selection.all().concludedOnly())) {
            Tabulator tab = Tabulator.by(d, u, s).addAll(cases);
            assertEquals(expectedTable(cases, d, u, s), actualTable(tab.table()), d + " " + u + " " + s);
            assertEquals(cases.size(), tab.casesRead());
            assertEquals(cases.stream().filter(s::test).count(), tab.casesSelected());
          }
        }
      }
    });
  }

  @Test
  void everyCrossTabulatedCountMatchesCountingByHand() {
    qt().withExamples(150).forAll(CaseGens.caseload(30)).checkAssert(cases -> {
      for (Dimension r : Dimension.values()) {
        for (Dimension c : Dimension.values()) {
          if (r == c) {
            continue;
          }
          for (Unit u : Unit.values()) {
            CrossTable x = Tabulator.crossing(r, c, u, Selection.all()).addAll(cases).crossTable();
            assertEquals(expectedCross(cases, r, c, u), actualCross(x), r + " x " + c + " " + u);
          }
        }
      }
    });
  }

  @Test
  void theMostSeriousCaseDecidesWhereAnIndividualIsCounted() {
    // The worked example: P-1's dismissal at a hearing outranks an earlier written warning at a meeting.
    List<ConductCase> cases = Caseload.cases();
    assertEquals(Optional.of("misconduct_hearing"), Tabulator.by(Dimension.FORUM, Unit.INDIVIDUALS, Selection.all())
        .addAll(List.of(cases.get(1), cases.get(0))).table().rows().stream()
        .filter(row -> row.count().value().getAsLong() > 0).map(Table.Row::value).findFirst());
    Set<String> firstSeen = new LinkedHashSet<>();
    Tabulator.by(Dimension.FORUM, Unit.INDIVIDUALS, Selection.all()).addAll(List.of(cases.get(0), cases.get(1)))
        .table().rows().stream().filter(row -> row.count().value().getAsLong() > 0).forEach(row -> firstSeen.add(row.value()));
    assertEquals(Set.of("misconduct_hearing"), firstSeen);
  }

  @Test
  void withNoOutcomeOrFindingACaseWithProceedingsOutranksOneWithout() {
    ConductCase none = ConductCase.builder().id("N").subject(io.github.policeconduct.core.Subject.builder(Role.POLICE_OFFICER).rank(
        io.github.policeconduct.core.Rank.CONSTABLE).id("P-7").build())
        .addAllegations(io.github.policeconduct.core.Allegation.builder("A1", io.github.policeconduct.core.Standard.USE_OF_FORCE)
            .cameToAttention(Caseload.SEEN).build()).build();
    ConductCase meeting = none.withId("M")
        .withProceedings(Proceedings.builder(io.github.policeconduct.core.Forum.MISCONDUCT_MEETING, Caseload.SEEN.plusDays(60))
            .build());
    for (List<ConductCase> order : List.of(List.of(none, meeting), List.of(meeting, none))) {
      Table t = Tabulator.by(Dimension.FORUM, Unit.INDIVIDUALS, Selection.all()).addAll(order).table();
      assertEquals(1L, t.row("misconduct_meeting").get().count().value().getAsLong(), t.toString());
      assertEquals(0L, t.row(Table.NOT_KNOWN).get().count().value().getAsLong(), t.toString());
    }
  }
}

package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import com.google.common.testing.EqualsTester;
import io.github.policeconduct.core.Standard;
import org.junit.jupiter.api.Test;

/**
 * The statistics value types as users hold them: equality and hash codes (tables are compared and kept in
 * sets and maps by report code), the arguments each factory refuses and the message naming the value, and
 * the small parsers and labels the command line and FOI answers rely on.
 */
class StatisticsValuesTest {
  private static final LocalDate APRIL_2014 = LocalDate.of(2014, 4, 1);

  private static Table years(long a, long b, long unknown) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("2014/15", a);
    m.put("2015/16", b);
    m.put(Table.NOT_KNOWN, unknown);
    return new Table(Dimension.YEAR, Unit.CASES, Selection.all(), m, a + b + unknown);
  }

  /** One odd proceedings date is counted under its year; it never stops the table (issue 16, item 8). */
  @Test
  void aProceedingsDateInAnOddYearIsCountedUnderItsYear() {
    java.util.List<io.github.policeconduct.core.ConductCase> cases = new java.util.ArrayList<>();
    for (int year : new int[] {1899, 2021, 9999}) {
      cases.add(io.github.policeconduct.core.ConductCase.builder().id("C" + year)
          .subject(io.github.policeconduct.core.Subject.builder(io.github.policeconduct.core.Role.POLICE_OFFICER)
              .rank(io.github.policeconduct.core.Rank.CONSTABLE).build())
          .addAllegations(io.github.policeconduct.core.Allegation.builder("A1",
              io.github.policeconduct.core.Standard.HONESTY_AND_INTEGRITY).cameToAttention(LocalDate.of(year, 5, 1)).build())
          .proceedings(io.github.policeconduct.core.Proceedings.builder(io.github.policeconduct.core.Forum.MISCONDUCT_HEARING,
              LocalDate.of(year, 6, 1)).build())
          .build());
    }
    Table t = Tabulator.by(Dimension.YEAR, Unit.CASES, Selection.all()).addAll(cases).table();
    assertEquals(java.util.List.of("1899/00", "2021/22", "9999/00"),
        t.rows().stream().filter(r -> !r.isNotKnown()).map(Table.Row::value).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void countsAreEqualByNumberOrByThresholdAndRefuseNonsense() {
    new EqualsTester()
        .addEqualityGroup(Count.of(3), Count.of(3))
        .addEqualityGroup(Count.of(4))
        .addEqualityGroup(Count.of(0))
        .addEqualityGroup(Count.suppressedBelow(5), Count.suppressedBelow(5))
        .addEqualityGroup(Count.suppressedBelow(3))
        .testEquals();
    assertEquals(OptionalLong.of(0), Count.of(0).value());
    assertEquals(OptionalLong.empty(), Count.suppressedBelow(5).value());
    assertFalse(Count.of(0).isSuppressed());
    assertTrue(Count.suppressedBelow(2).isSuppressed());
    assertEquals("<2", Count.suppressedBelow(2).toString());
    assertEquals("count must not be negative (value: -1)",
        assertThrows(IllegalArgumentException.class, () -> Count.of(-1)).getMessage());
    assertEquals("suppression threshold must be at least 2 (value: 1)",
        assertThrows(IllegalArgumentException.class, () -> Count.suppressedBelow(1)).getMessage());
  }

  @Test
  void financialYearsRunFromAprilToMarchAndCompareByStart() {
    FinancialYear fy = FinancialYear.startingIn(2014);
    new EqualsTester()
        .addEqualityGroup(fy, FinancialYear.parse("2014/15"), FinancialYear.parse(" 2014-2015 "),
            FinancialYear.containing(LocalDate.of(2015, 3, 31)), FinancialYear.containing(APRIL_2014))
        .addEqualityGroup(FinancialYear.startingIn(2015), FinancialYear.containing(LocalDate.of(2015, 4, 1)))
        .addEqualityGroup(FinancialYear.startingIn(1999), FinancialYear.parse("1999/00"))
        .testEquals();
    assertTrue(fy.contains(APRIL_2014));
    assertTrue(fy.contains(LocalDate.of(2015, 3, 31)));
    assertFalse(fy.contains(LocalDate.of(2014, 3, 31)));
    assertFalse(fy.contains(LocalDate.of(2015, 4, 1)));
    assertEquals(-1, Integer.signum(fy.compareTo(FinancialYear.startingIn(2015))));
    assertEquals(1, Integer.signum(FinancialYear.startingIn(2015).compareTo(fy)));
    assertEquals(0, fy.compareTo(FinancialYear.startingIn(2014)));
    assertEquals("2014/15", fy.toString());
    // Every year a case's dates can have (0000 to 9999) has a financial year, odd ones included (issue 16, item 8).
    assertEquals("1899/00", FinancialYear.startingIn(1899).toString());
    assertEquals("9999/00", FinancialYear.startingIn(9999).toString());
    assertEquals("0000/01", FinancialYear.startingIn(0).toString());
    assertEquals(FinancialYear.startingIn(9999), FinancialYear.parse("9999/00"));
    assertEquals(FinancialYear.startingIn(9999), FinancialYear.containing(LocalDate.of(9999, 12, 31)));
    assertEquals(java.util.Optional.empty(), FinancialYear.of(LocalDate.of(0, 3, 31)));
    for (int bad : new int[] {-1, 10_000}) {
      assertEquals("financial year start must be 0..9999 (year: " + bad + ")",
          assertThrows(IllegalArgumentException.class, () -> FinancialYear.startingIn(bad)).getMessage());
    }
    assertEquals("financial year must look like 2014/15 (value: 'last year')",
        assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("last year")).getMessage());
    assertEquals("financial year must span consecutive years, e.g. 2014/15 (value: '2014/16')",
        assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2014/16")).getMessage());
  }

  @Test
  void selectionsAreEqualByPeriodAndConclusionAndDescribeThemselves() {
    Selection fy = Selection.financialYears(FinancialYear.startingIn(2014), FinancialYear.startingIn(2014));
    new EqualsTester()
        .addEqualityGroup(Selection.all(), Selection.all())
        .addEqualityGroup(Selection.all().concludedOnly(), Selection.all().concludedOnly())
        .addEqualityGroup(fy, Selection.between(APRIL_2014, LocalDate.of(2015, 3, 31)))
        .addEqualityGroup(fy.concludedOnly())
        .addEqualityGroup(Selection.between(APRIL_2014, LocalDate.of(2015, 3, 30)))
        .addEqualityGroup(Selection.between(LocalDate.of(2014, 4, 2), LocalDate.of(2015, 3, 31)))
        .testEquals();
    assertEquals(Optional.empty(), Selection.all().from());
    assertEquals(Optional.empty(), Selection.all().to());
    assertEquals(Optional.of(APRIL_2014), fy.from());
    assertEquals(Optional.of(LocalDate.of(2015, 3, 31)), fy.to());
    assertFalse(fy.isConcludedOnly());
    assertTrue(fy.concludedOnly().isConcludedOnly());
    assertEquals("all cases", Selection.all().toString());
    assertEquals("concluded cases (proceedings with an outcome)", Selection.all().concludedOnly().describe());
    assertEquals("all cases with proceedings dated in financial year 2014/15", fy.describe());
    assertEquals("all cases with proceedings dated in financial year 2014/15 to 2016/17",
        Selection.financialYears(FinancialYear.startingIn(2014), FinancialYear.startingIn(2016)).describe());
    assertEquals("all cases with proceedings dated in 2014-04-01 to 2015-03-30",
        Selection.between(APRIL_2014, LocalDate.of(2015, 3, 30)).describe());
    assertEquals("all cases with proceedings dated in 2014-04-02 to 2015-03-31",
        Selection.between(LocalDate.of(2014, 4, 2), LocalDate.of(2015, 3, 31)).describe());
    assertEquals("all cases with proceedings dated in 2014-04-01 to 2014-04-01",
        Selection.between(APRIL_2014, APRIL_2014).describe());
    assertEquals("period end (2014-03-31) is before its start (2014-04-01)", assertThrows(IllegalArgumentException.class,
        () -> Selection.between(APRIL_2014, LocalDate.of(2014, 3, 31))).getMessage());
    assertEquals("last financial year (2013/14) is before the first (2014/15)", assertThrows(IllegalArgumentException.class,
        () -> Selection.financialYears(FinancialYear.startingIn(2014), FinancialYear.startingIn(2013))).getMessage());
  }

  @Test
  void tablesRowsAndCrossTablesAreEqualByEverythingTheyPublish() {
    Table t = years(7, 3, 0);
    new EqualsTester()
        .addEqualityGroup(t, years(7, 3, 0))
        .addEqualityGroup(years(7, 3, 1))
        .addEqualityGroup(years(3, 7, 0))
        .addEqualityGroup(t.suppressBelow(4), years(7, 3, 0).suppressBelow(4))
        .addEqualityGroup(t.suppressBelow(5))
        .addEqualityGroup(new Table(Dimension.FORUM, Unit.CASES, Selection.all(), Map.of(Table.NOT_KNOWN, 10L), 10))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(t.rows().get(0), years(7, 3, 4).rows().get(0))
        .addEqualityGroup(t.rows().get(1))
        .addEqualityGroup(years(8, 3, 0).rows().get(0))
        .addEqualityGroup(t.suppressBelow(4).rows().get(1))
        .addEqualityGroup(new Table.Row("2014/15", "2014/15", Count.of(7), OptionalInt.empty()))
        .addEqualityGroup(new Table.Row("2014/15", "FY 2014/15", Count.of(7), OptionalInt.of(70)))
        .testEquals();
    assertEquals("2014/15=7", t.rows().get(0).toString());
    assertEquals("Table{year, cases, [2014/15=7, 2015/16=3, not_known=0], total=10}", t.toString());
    assertEquals(OptionalInt.empty(), t.suppressionThreshold());
    assertEquals(OptionalInt.of(4), t.suppressBelow(4).suppressionThreshold());
    assertEquals(OptionalInt.of(2), years(7, 3, 0).suppressBelow(2).suppressionThreshold());
    assertEquals("suppression threshold must be at least 2 (value: 1)",
        assertThrows(IllegalArgumentException.class, () -> t.suppressBelow(1)).getMessage());

    CrossTable x = SuppressionTest.grid(new long[][] {{3, 10}, {8, 12}});
    new EqualsTester()
        .addEqualityGroup(x, SuppressionTest.grid(new long[][] {{3, 10}, {8, 12}}))
        .addEqualityGroup(SuppressionTest.grid(new long[][] {{3, 10}, {8, 13}}))
        .addEqualityGroup(SuppressionTest.grid(new long[][] {{3, 10, 0}, {8, 12, 0}}))
        .addEqualityGroup(x.suppressBelow(5), SuppressionTest.grid(new long[][] {{3, 10}, {8, 12}}).suppressBelow(5))
        .addEqualityGroup(x.suppressBelow(4))
        .addEqualityGroup(x.suppressBelow(2))
        .testEquals();
    assertEquals("table is already suppressed below 5",
        assertThrows(IllegalStateException.class, () -> x.suppressBelow(5).suppressBelow(5)).getMessage());
    assertEquals("table is already suppressed below 4",
        assertThrows(IllegalStateException.class, () -> t.suppressBelow(4).suppressBelow(5)).getMessage());
    assertEquals(OptionalInt.empty(), x.suppressionThreshold());
    assertEquals(OptionalInt.of(2), x.suppressBelow(2).suppressionThreshold());
    assertTrue(x.toString().contains("total=33"), x.toString());
    assertEquals("suppression threshold must be at least 2 (value: 1)",
        assertThrows(IllegalArgumentException.class, () -> x.suppressBelow(1)).getMessage());
    assertEquals("no row 'nobody' in this table (rows: " + x.rowValues() + ")",
        assertThrows(IllegalArgumentException.class, () -> x.cell("nobody", Table.TOTAL)).getMessage());
    assertEquals(Selection.all(), x.selection());
    assertEquals(Selection.all(), t.selection());
  }

  /** Distinct values in hashed collections (reports keyed by table, sets of requests) should not all collide. */
  @Test
  void distinctValuesSpreadTheirHashCodes() {
    assertDistinctHashes(Count.of(3), Count.of(4), Count.of(40), Count.suppressedBelow(5));
    assertDistinctHashes(FinancialYear.startingIn(2014), FinancialYear.startingIn(2015));
    assertDistinctHashes(Selection.all(), Selection.all().concludedOnly(), Selection.between(APRIL_2014, APRIL_2014));
    assertDistinctHashes(years(7, 3, 0), years(3, 7, 0));
    assertDistinctHashes(years(7, 3, 0).rows().get(0), years(7, 3, 0).rows().get(1));
    assertDistinctHashes(SuppressionTest.grid(new long[][] {{3, 10}, {8, 12}}), SuppressionTest.grid(new long[][] {{3, 10},
        {8, 13}}), SuppressionTest.grid(new long[][] {{13, 0}, {8, 12}}));
    assertDistinctHashes(new SuppressedCell("a", SuppressedCell.Kind.PRIMARY, "x"),
        new SuppressedCell("b", SuppressedCell.Kind.PRIMARY, "x"));
    assertDistinctHashes(FoiRequest.of("a", Selection.all(), Unit.CASES, Dimension.FORUM),
        FoiRequest.of("b", Selection.all(), Unit.CASES, Dimension.FORUM));
  }

  private static void assertDistinctHashes(Object... values) {
    assertEquals(values.length, java.util.Arrays.stream(values).mapToInt(Object::hashCode).distinct().count(),
        java.util.Arrays.toString(values));
  }

  @Test
  void aTabulatorGivesOnlyTheTableItWasMadeForAndSaysWhatItCounted() {
    Tabulator one = Tabulator.by(Dimension.FORUM, Unit.CASES, Selection.all()).addAll(Caseload.cases());
    Tabulator two = Tabulator.crossing(Dimension.FORUM, Dimension.ROLE, Unit.CASES, Selection.all().concludedOnly())
        .addAll(Caseload.cases());
    assertEquals("this tabulator crosses two dimensions: use crossTable()",
        assertThrows(IllegalStateException.class, two::table).getMessage());
    assertEquals("this tabulator has one dimension: use table()",
        assertThrows(IllegalStateException.class, one::crossTable).getMessage());
    assertEquals("Tabulator{forum, cases, read 4, selected 4}", one.toString());
    assertEquals("Tabulator{forum × role, cases, read 4, selected 2}", two.toString());
  }

  @Test
  void csvQuotesAFieldWithAQuoteOrACommaAndNothingElse() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("say \"no\"", 1L);
    m.put("a,b", 2L);
    m.put("plain", 3L);
    m.put(Table.NOT_KNOWN, 0L);
    String csv = TableWriter.csv(new Table(Dimension.YEAR, Unit.CASES, Selection.all(), m, 6));
    assertTrue(csv.contains("\n\"say \"\"no\"\"\",1\n\"a,b\",2\nplain,3\n"), csv);
  }

  @Test
  void suppressedCellsAreEqualByCellKindAndReason() {
    new EqualsTester()
        .addEqualityGroup(new SuppressedCell("a", SuppressedCell.Kind.PRIMARY, "count below 5"),
            new SuppressedCell("a", SuppressedCell.Kind.PRIMARY, "count below 5"))
        .addEqualityGroup(new SuppressedCell("b", SuppressedCell.Kind.PRIMARY, "count below 5"))
        .addEqualityGroup(new SuppressedCell("a", SuppressedCell.Kind.SECONDARY, "count below 5"))
        .addEqualityGroup(new SuppressedCell("a", SuppressedCell.Kind.PRIMARY, "count below 4"))
        .testEquals();
  }

  @Test
  void foiRequestsAreEqualByEverythingAskedAndRefuseImpossibleTables() {
    FoiRequest r = FoiRequest.of("How many?", Selection.all(), Unit.CASES, Dimension.FORUM);
    new EqualsTester()
        .addEqualityGroup(r, FoiRequest.of("How many?", Selection.all(), Unit.CASES, Dimension.FORUM),
            r.suppressingBelow(5))
        .addEqualityGroup(FoiRequest.of("How many", Selection.all(), Unit.CASES, Dimension.FORUM))
        .addEqualityGroup(FoiRequest.of("How many?", Selection.all().concludedOnly(), Unit.CASES, Dimension.FORUM))
        .addEqualityGroup(FoiRequest.of("How many?", Selection.all(), Unit.ALLEGATIONS, Dimension.FORUM))
        .addEqualityGroup(FoiRequest.of("How many?", Selection.all(), Unit.CASES, Dimension.OUTCOME))
        .addEqualityGroup(FoiRequest.of("How many?", Selection.all(), Unit.CASES, Dimension.FORUM, Dimension.OUTCOME))
        .addEqualityGroup(r.suppressingBelow(2))
        .testEquals();
    assertEquals(2, r.suppressingBelow(2).suppressionThreshold());
    assertEquals("suppression threshold must be at least 2 (value: 1)",
        assertThrows(IllegalArgumentException.class, () -> r.suppressingBelow(1)).getMessage());
    assertEquals("a dimension is named twice (dimensions: [forum, forum])", assertThrows(IllegalArgumentException.class,
        () -> FoiRequest.of("x", Selection.all(), Unit.CASES, Dimension.FORUM, Dimension.FORUM)).getMessage());
    assertEquals("an FOI table has one or two dimensions (dimensions: [forum, outcome, rank])",
        assertThrows(IllegalArgumentException.class, () -> FoiRequest.of("x", Selection.all(), Unit.CASES,
            Dimension.FORUM, Dimension.OUTCOME, Dimension.RANK)).getMessage());
    assertEquals("FoiRequest{cases by [forum], all cases}", r.toString());
  }

  @Test
  void foiAnswersCarryTheRequestAndOnlyTheCaveatsThatApply() {
    FoiRequest plain = FoiRequest.of("How many officers were dismissed?", Selection.all(), Unit.CASES, Dimension.FORUM);
    FoiAnswer a = FoiAnswer.answer(plain, Caseload.cases());
    assertEquals(plain, a.request());
    assertFalse(a.engagesSection40());
    assertEquals(Optional.empty(), a.section40());
    assertFalse(a.caveats().stream().anyMatch(c -> c.contains("more than one Standard")), a.caveats().toString());
    FoiAnswer named = FoiAnswer.answer(FoiRequest.of("Names of officers by category", Selection.all(), Unit.CASES,
        Dimension.CATEGORY), Caseload.cases());
    assertTrue(named.engagesSection40());
    assertTrue(named.caveats().stream().anyMatch(c -> c.contains("more than one Standard")), named.caveats().toString());
    FoiAnswer byStandard = FoiAnswer.answer(FoiRequest.of("By standard", Selection.all(), Unit.CASES,
        Dimension.FORUM, Dimension.STANDARD), Caseload.cases());
    assertTrue(byStandard.caveats().stream().anyMatch(c -> c.contains("more than one Standard")));
    assertTrue(a.toString().contains("forum"), a.toString());
  }

  @Test
  void unitsAndDimensionsParseTheirCodesAndPluralsAndNameWhatTheyAccept() {
    for (Unit u : Unit.values()) {
      assertEquals(u, Unit.parse(" " + u.code().toUpperCase(java.util.Locale.ROOT) + " "));
      assertEquals(u, Unit.parse(u.code().substring(0, u.code().length() - 1)));
    }
    assertEquals(Unit.INDIVIDUALS, Unit.parse("individual"));
    assertEquals("unit: unknown value 'people' (accepted: cases, allegations, individuals)",
        assertThrows(IllegalArgumentException.class, () -> Unit.parse("people")).getMessage());
    for (Dimension d : Dimension.values()) {
      assertEquals(d, Dimension.parse(" " + d.code().toUpperCase(java.util.Locale.ROOT) + " "));
      assertEquals(d, Dimension.parse(d.code() + "s"));
    }
    assertEquals("dimension: unknown value 'colour' (accepted: standard, category, forum, finding, outcome, rank,"
        + " role, year, case_type, case_to_answer, action_taken, appeal_result, suspended, finalised_year, age_band,"
        + " ethnicity, gender)",
        assertThrows(IllegalArgumentException.class, () -> Dimension.parse("colour")).getMessage());
    assertEquals(Dimension.CASE_TYPE, Dimension.parse("case-type"), "the command line's spelling");
    assertEquals(Dimension.ACTION_TAKEN, Dimension.parse("Action-Taken"));
  }

  @Test
  void labelsAreHeadingsForStandardsAndReadableWordsElsewhere() {
    assertEquals(Standard.USE_OF_FORCE.heading(), Dimension.STANDARD.label("use_of_force"));
    assertEquals("Not known", Dimension.STANDARD.label(Table.NOT_KNOWN));
    assertEquals("Total", Dimension.STANDARD.label(Table.TOTAL));
    assertEquals("Misconduct hearing", Dimension.FORUM.label("misconduct_hearing"));
    assertEquals("2014/15", Dimension.YEAR.label("2014/15"));
    assertEquals("Not known", Dimension.YEAR.label(Table.NOT_KNOWN));
    assertEquals("Total", Dimension.YEAR.label(Table.TOTAL));
    assertEquals("", Dimension.FORUM.label(""));
    assertEquals("X", Dimension.ROLE.label("x"));
  }
}

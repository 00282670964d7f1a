package io.github.policeconduct.statistics;

import static io.github.policeconduct.statistics.Caseload.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class TabulatorTest {

  /** value=count for every row with a non-zero count, then total=N. */
  private static String counts(Table t) {
    StringBuilder b = new StringBuilder();
    for (Table.Row r : t.rows()) {
      if (!r.count().toString().equals("0")) {
        b.append(r.value()).append('=').append(r.count()).append(' ');
      }
    }
    return b.append("total=").append(t.total()).toString();
  }

  @Test
  void totalsPerUnitAreKeptApart() {
    assertEquals("4", table(Dimension.ROLE, Unit.CASES).total().toString());
    assertEquals("7", table(Dimension.ROLE, Unit.ALLEGATIONS).total().toString());
    assertEquals("3", table(Dimension.ROLE, Unit.INDIVIDUALS).total().toString());
  }

  @Test
  void standardCountsEachStandardNamedAndTheTotalEachUnitOnce() {
    assertEquals("honesty_and_integrity=2 authority_respect_and_courtesy=2 use_of_force=2 duties_and_responsibilities=1"
        + " discreditable_conduct=2 total=7", counts(table(Dimension.STANDARD, Unit.ALLEGATIONS)));
    assertEquals("honesty_and_integrity=2 authority_respect_and_courtesy=2 use_of_force=1 duties_and_responsibilities=1"
        + " discreditable_conduct=2 total=4", counts(table(Dimension.STANDARD, Unit.CASES)));
    assertEquals("honesty_and_integrity=2 authority_respect_and_courtesy=2 use_of_force=1 duties_and_responsibilities=1"
        + " discreditable_conduct=2 total=3", counts(table(Dimension.STANDARD, Unit.INDIVIDUALS)));
  }

  @Test
  void multiValuedNoteExplainsRowsAddingUpPastTheTotal() {
    Table t = table(Dimension.STANDARD, Unit.ALLEGATIONS);
    assertEquals(true, t.notes().stream().anyMatch(n -> n.contains("counted under each")
        && n.contains("here the rows add up to 9")), t.notes().toString());
    Table forum = table(Dimension.FORUM, Unit.ALLEGATIONS);
    assertEquals(false, forum.notes().stream().anyMatch(n -> n.contains("counted under each")));
  }

  @Test
  void categoryWithoutAnyIsNotKnown() {
    assertEquals("dishonesty=1 violence=1 drugs=1 not_known=5 total=7", counts(table(Dimension.CATEGORY, Unit.ALLEGATIONS)));
    assertEquals("dishonesty=1 violence=1 drugs=1 not_known=2 total=4", counts(table(Dimension.CATEGORY, Unit.CASES)));
  }

  @Test
  void forumPerUnitIndividualsByTheirMostSeriousCase() {
    assertEquals("misconduct_meeting=1 misconduct_hearing=2 accelerated_misconduct_hearing=3 not_known=1 total=7",
        counts(table(Dimension.FORUM, Unit.ALLEGATIONS)));
    assertEquals("misconduct_meeting=1 misconduct_hearing=1 accelerated_misconduct_hearing=1 not_known=1 total=4",
        counts(table(Dimension.FORUM, Unit.CASES)));
    // P-1's dismissal (C1, hearing) outranks the written warning (C2, meeting).
    assertEquals("misconduct_hearing=1 accelerated_misconduct_hearing=1 not_known=1 total=3",
        counts(table(Dimension.FORUM, Unit.INDIVIDUALS)));
  }

  @Test
  void findingPerAllegationAndMostSeriousPerCase() {
    assertEquals("misconduct=2 gross_misconduct=2 not_known=3 total=7", counts(table(Dimension.FINDING, Unit.ALLEGATIONS)));
    assertEquals("misconduct=1 gross_misconduct=2 not_known=1 total=4", counts(table(Dimension.FINDING, Unit.CASES)));
    assertEquals("gross_misconduct=2 not_known=1 total=3", counts(table(Dimension.FINDING, Unit.INDIVIDUALS)));
  }

  @Test
  void outcomeRankRoleYear() {
    assertEquals("written_warning=1 dismissal_without_notice=1 not_known=2 total=4", counts(table(Dimension.OUTCOME, Unit.CASES)));
    assertEquals("dismissal_without_notice=1 not_known=2 total=3", counts(table(Dimension.OUTCOME, Unit.INDIVIDUALS)));
    assertEquals("written_warning=1 dismissal_without_notice=2 not_known=4 total=7",
        counts(table(Dimension.OUTCOME, Unit.ALLEGATIONS)));
    assertEquals("constable=2 sergeant=1 not_known=1 total=4", counts(table(Dimension.RANK, Unit.CASES)));
    assertEquals("constable=1 sergeant=1 not_known=1 total=3", counts(table(Dimension.RANK, Unit.INDIVIDUALS)));
    assertEquals("police_officer=3 pcso=1 total=4", counts(table(Dimension.ROLE, Unit.CASES)));
    assertEquals("2014/15=3 2015/16=3 not_known=1 total=7", counts(table(Dimension.YEAR, Unit.ALLEGATIONS)));
    assertEquals("2014/15=2 2015/16=1 not_known=1 total=4", counts(table(Dimension.YEAR, Unit.CASES)));
    assertEquals("2014/15=1 2015/16=1 not_known=1 total=3", counts(table(Dimension.YEAR, Unit.INDIVIDUALS)));
  }

  @Test
  void closedVocabulariesListEveryValueInOrderThenNotKnown() {
    Table t = table(Dimension.OUTCOME, Unit.CASES);
    assertEquals(List.of("no_further_action", "management_advice", "reflective_practice_review", "written_warning",
        "final_written_warning", "extension_of_final_written_warning", "reduction_in_rank", "dismissal_with_notice",
        "dismissal_without_notice", "would_have_been_dismissed", "not_known"),
        t.rows().stream().map(Table.Row::value).collect(java.util.stream.Collectors.toList()));
    assertEquals(11, table(Dimension.STANDARD, Unit.CASES).rows().size());
    assertEquals(List.of("2014/15", "2015/16", "not_known"),
        table(Dimension.YEAR, Unit.CASES).rows().stream().map(Table.Row::value).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void selectionByFinancialYearDateRangeAndConcluded() {
    Selection fy = Selection.financialYears(FinancialYear.parse("2014/15"), FinancialYear.parse("2014/15"));
    assertEquals("2014/15=2 total=2", counts(table(Dimension.YEAR, Unit.CASES, fy)));
    assertEquals("2014/15=1 2015/16=1 total=2",
        counts(table(Dimension.YEAR, Unit.CASES, Selection.between(LocalDate.of(2015, 3, 31), LocalDate.of(2015, 4, 1)))));
    assertEquals("2014/15=2 total=2", counts(table(Dimension.YEAR, Unit.CASES, Selection.all().concludedOnly())));
    // P-1's two concluded cases make one individual, counted by the dismissal.
    assertEquals("dismissal_without_notice=1 total=1",
        counts(table(Dimension.OUTCOME, Unit.INDIVIDUALS, Selection.all().concludedOnly())));
  }

  @Test
  void percentagesAreOfKnownValuesRoundedHalfUp() {
    Table t = table(Dimension.CATEGORY, Unit.ALLEGATIONS);
    assertEquals(OptionalInt.of(50), t.row("dishonesty").get().percent());
    assertEquals(OptionalInt.empty(), t.row(Table.NOT_KNOWN).get().percent());
    Table s = table(Dimension.STANDARD, Unit.ALLEGATIONS);
    assertEquals(OptionalInt.of(29), s.row("honesty_and_integrity").get().percent()); // 2/7 = 28.6
    assertEquals(OptionalInt.of(14), s.row("duties_and_responsibilities").get().percent()); // 1/7 = 14.3
    assertEquals(13, Table.percent(1, 8)); // 12.5 rounds up
    assertEquals(38, Table.percent(3, 8)); // 37.5 rounds up
    assertEquals(1, Table.percent(1, 200)); // 0.5 rounds up
    assertEquals(0, Table.percent(1, 201));
  }

  @Test
  void crossTabulationCellsAndMargins() {
    CrossTable x = Tabulator.crossing(Dimension.STANDARD, Dimension.OUTCOME, Unit.ALLEGATIONS, Selection.all())
        .addAll(Caseload.cases()).crossTable();
    assertEquals("1", x.cell("honesty_and_integrity", "dismissal_without_notice").toString());
    assertEquals("1", x.cell("honesty_and_integrity", "not_known").toString());
    assertEquals("2", x.cell("use_of_force", "not_known").toString());
    assertEquals("1", x.cell("authority_respect_and_courtesy", "written_warning").toString());
    assertEquals("0", x.cell("use_of_force", "written_warning").toString());
    assertEquals("2", x.cell("honesty_and_integrity", Table.TOTAL).toString());
    assertEquals("2", x.cell(Table.TOTAL, "dismissal_without_notice").toString());
    assertEquals("4", x.cell(Table.TOTAL, "not_known").toString());
    assertEquals("7", x.total().toString());
  }

  @Test
  void tabulatorCanBeReadMidStreamAndKeepsCounting() {
    Tabulator t = Tabulator.by(Dimension.ROLE, Unit.INDIVIDUALS, Selection.all());
    List<io.github.policeconduct.core.ConductCase> cs = Caseload.cases();
    t.accept(cs.get(0));
    assertEquals("1", t.table().total().toString());
    cs.subList(1, 4).forEach(t);
    assertEquals("3", t.table().total().toString());
    assertEquals(4, t.casesRead());
    assertThrows(IllegalStateException.class, t::crossTable);
  }

  @Test
  void tableFromCountsKeepsOrder() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("2019/20", 3L);
    m.put(Table.NOT_KNOWN, 1L);
    Table t = new Table(Dimension.YEAR, Unit.CASES, Selection.all(), m, 4);
    assertEquals(OptionalInt.of(100), t.row("2019/20").get().percent());
  }
}

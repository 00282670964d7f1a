package io.github.policeconduct.statistics;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.rules.DecisionCatalogueTest;
import io.github.policeconduct.rules.Golden;
import org.junit.jupiter.api.Test;

/**
 * Pins, in a reviewed golden file, the statistics tables (every dimension and unit, cross-tabulations,
 * suppression for publication, FOI answers) over the seeded catalogue of cases that the rules' tests decide.
 * Rerun with {@code -Dgolden.update=true} and review the diff when a change is intended.
 */
class StatisticsGoldenTest {
  @Test
  void statisticsOverTheCatalogue() throws IOException {
    List<ConductCase> cases = DecisionCatalogueTest.catalogue();
    StringBuilder b = new StringBuilder();
    List<Selection> selections = List.of(Selection.all(),
        Selection.financialYears(FinancialYear.parse("2019/20"), FinancialYear.parse("2022/23")).concludedOnly(),
        Selection.between(LocalDate.of(2014, 4, 1), LocalDate.of(2018, 3, 31)));
    for (Selection selection : selections) {
      for (Dimension dimension : Dimension.values()) {
        for (Unit unit : Unit.values()) {
          Table t = Tabulator.by(dimension, unit, selection).addAll(cases).table();
          b.append("==== ").append(dimension).append(" / ").append(unit).append(" / ").append(selection).append('\n');
          b.append(TableWriter.text(t)).append(TableWriter.csv(t));
          for (int n : new int[] {3, 10}) {
            Table s = t.suppressBelow(n);
            b.append("-- suppressed below ").append(n).append('\n').append(TableWriter.text(s)).append(TableWriter.csv(s));
            s.suppressed().forEach(cell -> b.append("   ").append(cell.cell()).append(' ').append(cell.kind())
                .append(": ").append(cell.reason()).append('\n'));
          }
          for (Table.Row row : t.rows()) {
            b.append("   row ").append(row.value()).append(" '").append(row.label()).append("' ").append(row.count())
                .append(' ').append(row.count().value()).append(' ').append(row.count().isSuppressed()).append(' ')
                .append(row.percent()).append(row.isNotKnown() ? " not known" : "").append('\n');
          }
          b.append("   unit ").append(Unit.parse(unit.code().toUpperCase(java.util.Locale.ROOT))).append(' ')
              .append(t.total()).append(' ').append(t.notes().size()).append(" notes\n");
        }
      }
    }
    Dimension[][] pairs = {{Dimension.STANDARD, Dimension.OUTCOME}, {Dimension.FORUM, Dimension.FINDING},
        {Dimension.RANK, Dimension.OUTCOME}, {Dimension.YEAR, Dimension.FORUM}, {Dimension.ROLE, Dimension.CATEGORY}};
    for (Dimension[] pair : pairs) {
      for (Unit unit : Unit.values()) {
        CrossTable t = Tabulator.crossing(pair[0], pair[1], unit, Selection.all()).addAll(cases).crossTable();
        b.append("==== ").append(pair[0]).append(" x ").append(pair[1]).append(" / ").append(unit).append('\n');
        b.append(TableWriter.text(t)).append(TableWriter.csv(t));
        for (int n : new int[] {3, 5, 10}) {
          CrossTable s = t.suppressBelow(n);
          b.append("-- suppressed below ").append(n).append('\n').append(TableWriter.text(s)).append(TableWriter.csv(s));
          s.suppressed().forEach(cell -> b.append("   ").append(cell.cell()).append(' ').append(cell.kind())
              .append(": ").append(cell.reason()).append('\n'));
        }
        b.append("   ").append(t.rowDimension()).append(' ').append(t.unit()).append(" rows ").append(t.rowValues())
            .append(" total ").append(t.total()).append('\n');
      }
    }
    for (FoiRequest request : List.of(
        FoiRequest.of("How many officers were dismissed in each year since 2019/20, by rank?",
            Selection.financialYears(FinancialYear.parse("2019/20"), FinancialYear.parse("2025/26")), Unit.INDIVIDUALS,
            Dimension.RANK, Dimension.OUTCOME).suppressingBelow(5),
        FoiRequest.of("Please give the names and dates of birth of officers found to have committed gross misconduct,"
            + " and the number of allegations by standard", Selection.all(), Unit.ALLEGATIONS, Dimension.STANDARD),
        FoiRequest.of("Number of cases by forum and finding", Selection.all().concludedOnly(), Unit.CASES,
            Dimension.FORUM, Dimension.FINDING))) {
      FoiAnswer a = FoiAnswer.answer(request, cases);
      b.append("==== FOI: ").append(request).append('\n').append(a.text()).append('\n')
          .append("personal information: ").append(a.personalInformationRequested()).append('\n');
    }
    Golden.check("statistics.txt", b.toString());
  }
}

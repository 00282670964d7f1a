package io.github.policeconduct.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import io.github.policeconduct.statistics.SuppressedCell;
import io.github.policeconduct.statistics.Table;
import org.junit.jupiter.api.Test;

class CambridgeshireTable2024Test {

  private static String count(Table t, String value) {
    return t.row(value).orElseThrow().count().toString();
  }

  @Test
  void reproducesTheSeedsOfficersByCategory() {
    Table t = CambridgeshireTable2024.table();
    assertEquals("20", count(t, "sexual_misconduct"));
    assertEquals("24", count(t, "domestic_abuse"));
    assertEquals("2", count(t, Table.NOT_KNOWN));
    assertEquals("0", count(t, "dishonesty"));
    assertEquals("46", t.total().toString());
    assertEquals(46, CambridgeshireTable2024.caseload().stream().map(c -> c.subject().id()).distinct().count());
  }

  @Test
  void percentagesLeaveOutNotKnown() {
    Table t = CambridgeshireTable2024.table();
    assertEquals(45, t.row("sexual_misconduct").orElseThrow().percent().getAsInt()); // 20/44 = 45.5%, rounded down
    assertEquals(55, t.row("domestic_abuse").orElseThrow().percent().getAsInt()); // 24/44 = 54.5%, half rounded up
    assertTrue(t.row(Table.NOT_KNOWN).orElseThrow().percent().isEmpty());
  }

  @Test
  void publicationSuppressesTheTwoAndProtectsThemFromSubtraction() {
    Table published = CambridgeshireTable2024.table().suppressBelow(5);
    assertEquals("<5", count(published, Table.NOT_KNOWN));
    assertEquals("24", count(published, "domestic_abuse"));
    assertEquals("46", published.total().toString());
    assertEquals("not_known,sexual_misconduct",
        published.suppressed().stream().map(SuppressedCell::cell).collect(Collectors.joining(",")));
  }

  @Test
  void theRenderingSaysWhyTheArticlesOtherFiguresAreLeftOut() {
    String text = CambridgeshireTable2024.render();
    assertTrue(text.contains("different counting units"), text);
    assertTrue(text.contains("an allegation in two categories"), text);
  }
}

package io.github.policeconduct.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.policeconduct.statistics.Table;
import org.junit.jupiter.api.Test;

class KentTable2014Test {

  private static String count(Table t, String value) {
    return t.row(value).orElseThrow().count().toString();
  }

  @Test
  void reproducesTheSeedsFiguresByStandard() {
    Table t = KentTable2014.table();
    assertEquals("30", count(t, "honesty_and_integrity"));
    assertEquals("14", count(t, "authority_respect_and_courtesy"));
    assertEquals("40", count(t, "discreditable_conduct"));
    assertEquals("22", count(t, "duties_and_responsibilities"));
    assertEquals("0", count(t, "use_of_force"));
    assertEquals("0", count(t, Table.NOT_KNOWN));
    assertEquals("106", t.total().toString());
  }

  @Test
  void rendersTheTableWithPercentagesAndTheSourceCaveat() {
    String text = KentTable2014.render().replaceAll(" +", " ");
    assertTrue(text.contains("\nHonesty and Integrity 30 28\n"), text); // 30/106 = 28.3%
    assertTrue(text.contains("\nDiscreditable Conduct 40 38\n"), text); // 40/106 = 37.7%
    assertTrue(text.contains("\nTotal 106\n"), text);
    assertTrue(text.contains("170 allegations in all"), text);
  }

  @Test
  void theDetailGivenInTheArticleIsInTheCases() {
    assertEquals("10", ReportCommandTest.count(KentTable2014.caseload(), "outcome", "cases", "dismissal_without_notice"));
    assertEquals("4", ReportCommandTest.count(KentTable2014.caseload(), "outcome", "cases", "written_warning"));
  }
}

package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.fixtures.HandCases;
import io.github.policeconduct.statistics.CrossTable;
import io.github.policeconduct.statistics.Dimension;
import io.github.policeconduct.statistics.Selection;
import io.github.policeconduct.statistics.Table;
import io.github.policeconduct.statistics.Tabulator;
import io.github.policeconduct.statistics.Unit;
import org.junit.jupiter.api.Test;

/**
 * The report format ({@code conduct report --format json}) as users read it: the keys in order, every count a
 * number unless suppressed ({@code "<N"}), the suppressed cells listed with why, the tree and the text alike.
 */
class ReportJsonTest {
  /**
   * Five cases about four people: P-1 twice (a constable dismissed after a hearing, then found at an
   * accelerated hearing), a sergeant with two allegations at a meeting, a special constable at a meeting,
   * and a PCSO with no proceedings.
   */
  /** The hand-made cases, shared with the other module's report tests. */
  static final List<ConductCase> HAND = HandCases.HAND;

  @Test
  void aTableByRole() {
    Table table = Tabulator.by(Dimension.ROLE, Unit.INDIVIDUALS, Selection.all()).addAll(HAND).table();
    assertEquals("{\"by\":\"role\",\"unit\":\"individuals\",\"rows\":[{\"value\":\"police_officer\",\"count\":2},{\"value\":\"special_constable\",\"count\":1},{\"value\":\"pcso\",\"count\":1},{\"value\":\"police_staff\",\"count\":0},{\"value\":\"community_support_volunteer\",\"count\":0},{\"value\":\"policing_support_volunteer\",\"count\":0},{\"value\":\"not_known\",\"count\":0}],\"total\":4,\"suppressed\":[]}", ReportJson.write(table));
  }

  @Test
  void aCrossTable() {
    CrossTable table = Tabulator.crossing(Dimension.FINDING, Dimension.FORUM, Unit.CASES, Selection.all())
        .addAll(HAND).crossTable();
    assertEquals("{\"by\":\"finding\",\"cross\":\"forum\",\"unit\":\"cases\",\"columns\":[\"misconduct_meeting\",\"misconduct_hearing\",\"accelerated_misconduct_hearing\",\"reflective_practice_review\",\"not_known\"],\"rows\":[{\"value\":\"not_misconduct\",\"counts\":[0,0,0,0,0],\"total\":0},{\"value\":\"misconduct\",\"counts\":[2,0,0,0,0],\"total\":2},{\"value\":\"gross_misconduct\",\"counts\":[0,1,1,0,0],\"total\":2},{\"value\":\"not_known\",\"counts\":[0,0,0,0,1],\"total\":1}],\"column_totals\":[2,1,1,0,1],\"total\":5,\"suppressed\":[]}", ReportJson.write(table));
  }

  @Test
  void aCrossTableWithSuppressionListsWhatWasSuppressed() {
    CrossTable table = Tabulator.crossing(Dimension.ROLE, Dimension.FORUM, Unit.ALLEGATIONS, Selection.all())
        .addAll(HAND).crossTable().suppressBelow(2);
    assertEquals("{\"by\":\"role\",\"cross\":\"forum\",\"unit\":\"allegations\",\"columns\":[\"misconduct_meeting\",\"misconduct_hearing\",\"accelerated_misconduct_hearing\",\"reflective_practice_review\",\"not_known\"],\"rows\":[{\"value\":\"police_officer\",\"counts\":[\"<2\",\"<2\",\"<2\",0,0],\"total\":\"<2\"},{\"value\":\"special_constable\",\"counts\":[\"<2\",0,0,0,0],\"total\":\"<2\"},{\"value\":\"pcso\",\"counts\":[0,0,0,0,\"<2\"],\"total\":\"<2\"},{\"value\":\"police_staff\",\"counts\":[0,0,0,0,0],\"total\":0},{\"value\":\"community_support_volunteer\",\"counts\":[0,0,0,0,0],\"total\":0},{\"value\":\"policing_support_volunteer\",\"counts\":[0,0,0,0,0],\"total\":0},{\"value\":\"not_known\",\"counts\":[0,0,0,0,0],\"total\":0}],\"column_totals\":[\"<2\",\"<2\",\"<2\",0,\"<2\"],\"total\":6,\"suppressed\":[{\"cell\":\"police_officer × misconduct_hearing\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"police_officer × accelerated_misconduct_hearing\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"special_constable × misconduct_meeting\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"special_constable × total\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"pcso × not_known\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"pcso × total\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"total × misconduct_hearing\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"total × accelerated_misconduct_hearing\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"total × not_known\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"police_officer × misconduct_meeting\",\"kind\":\"secondary\",\"reason\":\"protects special_constable × misconduct_meeting from subtraction via total × misconduct_meeting\"},{\"cell\":\"total × misconduct_meeting\",\"kind\":\"secondary\",\"reason\":\"protects police_officer × misconduct_meeting from being worked out from the totals, every suppressed count being at least 1\"},{\"cell\":\"police_officer × total\",\"kind\":\"secondary\",\"reason\":\"protects special_constable × misconduct_meeting from being worked out from the totals, every suppressed count being at least 1\"}]}", ReportJson.write(table));
  }

  @Test
  void theTreeIsTheText() throws Exception {
    Table table = Tabulator.by(Dimension.OUTCOME, Unit.CASES, Selection.all()).addAll(HAND).table().suppressBelow(2);
    JsonNode text = new ObjectMapper().readTree(ReportJson.write(table));
    assertEquals(ReportJson.tree(table).toString(), ReportJson.write(table));
    // Five cases, each under its own outcome: every count is 1, so the total of 5 would pin them all (each at
    // least 1) and is withheld too. A count is a number, or "<2" when suppressed.
    assertEquals("\"<2\"", text.get("total").toString());
    for (JsonNode row : text.get("rows")) {
      JsonNode count = row.get("count");
      assertTrue(count.isNumber() && count.asLong() != 1 || count.asText().equals("<2"), row.toString());
    }
    CrossTable cross = Tabulator.crossing(Dimension.ROLE, Dimension.FORUM, Unit.ALLEGATIONS, Selection.all())
        .addAll(HAND).crossTable();
    assertEquals(ReportJson.tree(cross).toString(), ReportJson.write(cross));
  }

}

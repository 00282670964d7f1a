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
 * number, or null when suppressed (so that pandas and R load it without cleaning), each cell in long form with
 * whether it is suppressed and why, the suppressed cells listed, the tree and the text alike.
 */
class ReportJsonTest {
  /**
   * Five cases about four people: P-1 twice (a constable dismissed after a hearing, then found at an
   * accelerated hearing), a sergeant with two allegations at a meeting, a special constable at a meeting,
   * and a PCSO with no proceedings.
   */
  /** The hand-made cases, shared with the other module's report tests. */
  static final List<ConductCase> HAND = HandCases.HAND;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> keys(JsonNode o) {
    List<String> k = new java.util.ArrayList<>();
    o.fieldNames().forEachRemaining(k::add);
    return k;
  }

  /** Every "count", "counts" item, "total" and "column_totals" item in the document: a whole number or null. */
  private static void everyCountIsANumberOrNull(JsonNode node) {
    node.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (e.getKey().equals("count") || e.getKey().equals("total")) {
        assertTrue(v.isIntegralNumber() || v.isNull(), e.getKey() + ": " + v);
      } else if (e.getKey().equals("counts") || e.getKey().equals("column_totals")) {
        v.forEach(x -> assertTrue(x.isIntegralNumber() || x.isNull(), e.getKey() + ": " + x));
      }
      if (v.isObject()) {
        everyCountIsANumberOrNull(v);
      } else if (v.isArray()) {
        v.forEach(x -> {
          if (x.isObject()) {
            everyCountIsANumberOrNull(x);
          }
        });
      }
    });
  }

  @Test
  void aTableByRole() throws Exception {
    Table table = Tabulator.by(Dimension.ROLE, Unit.INDIVIDUALS, Selection.all()).addAll(HAND).table();
    JsonNode o = JSON.readTree(ReportJson.write(table));
    assertEquals(List.of("by", "unit", "threshold", "rows", "total", "cells", "suppressed"), keys(o));
    assertTrue(o.get("threshold").isNull());
    assertEquals("{\"value\":\"police_officer\",\"count\":2,\"suppressed\":false}", o.get("rows").get(0).toString());
    assertEquals(4, o.get("total").asLong());
    assertEquals(o.get("rows").size() + 1, o.get("cells").size(), "every row and the total, once");
    assertEquals("{\"row\":\"total\",\"column\":null,\"count\":4,\"suppressed\":false,\"kind\":null,\"reason\":null}",
        o.get("cells").get(o.get("cells").size() - 1).toString());
    everyCountIsANumberOrNull(o);
  }

  @Test
  void aCrossTable() throws Exception {
    CrossTable table = Tabulator.crossing(Dimension.FINDING, Dimension.FORUM, Unit.CASES, Selection.all())
        .addAll(HAND).crossTable();
    JsonNode o = JSON.readTree(ReportJson.write(table));
    assertEquals(List.of("by", "cross", "unit", "threshold", "columns", "rows", "column_totals", "total", "cells",
        "suppressed"), keys(o));
    assertEquals("[\"misconduct_meeting\",\"misconduct_hearing\",\"accelerated_misconduct_hearing\","
        + "\"reflective_practice_review\",\"not_known\"]", o.get("columns").toString());
    assertEquals("{\"value\":\"gross_misconduct\",\"counts\":[0,1,1,0,0],\"total\":2}", o.get("rows").get(2).toString());
    assertEquals("[2,1,1,0,1]", o.get("column_totals").toString());
    assertEquals(5, o.get("total").asLong());
    assertEquals((table.rowValues().size() + 1) * (table.columnValues().size() + 1), o.get("cells").size());
    everyCountIsANumberOrNull(o);
  }

  @Test
  void aSuppressedCountIsNullWithItsReasonBesideItAndTheCsvKeepsTheMark() throws Exception {
    CrossTable table = Tabulator.crossing(Dimension.ROLE, Dimension.FORUM, Unit.ALLEGATIONS, Selection.all())
        .addAll(HAND).crossTable().suppressBelow(2);
    JsonNode o = JSON.readTree(ReportJson.write(table));
    assertEquals(2, o.get("threshold").asInt());
    assertEquals("{\"value\":\"police_officer\",\"counts\":[null,null,null,0,0],\"total\":null}",
        o.get("rows").get(0).toString());
    java.util.Set<String> listed = new java.util.HashSet<>();
    o.get("suppressed").forEach(x -> listed.add(x.get("cell").asText()));
    int hidden = 0;
    for (JsonNode c : o.get("cells")) {
      String name = c.get("row").asText() + " × " + c.get("column").asText();
      assertEquals(c.get("count").isNull(), c.get("suppressed").asBoolean(), c.toString());
      assertEquals(c.get("suppressed").asBoolean(), listed.contains(name), c.toString());
      if (c.get("suppressed").asBoolean()) {
        hidden++;
        assertTrue(c.get("kind").asText().matches("primary|secondary") && !c.get("reason").asText().isEmpty(),
            c.toString());
        assertEquals(table.cell(c.get("row").asText(), c.get("column").asText()).toString(), "<2");
      } else {
        assertTrue(c.get("kind").isNull() && c.get("reason").isNull(), c.toString());
        assertEquals(table.cell(c.get("row").asText(), c.get("column").asText()).value().getAsLong(),
            c.get("count").asLong());
      }
    }
    assertEquals(listed.size(), hidden);
    everyCountIsANumberOrNull(o);
    assertTrue(io.github.policeconduct.statistics.TableWriter.csv(table).contains("<2"), "people read <N in the CSV");
  }

  @Test
  void theTreeIsTheText() throws Exception {
    Table table = Tabulator.by(Dimension.OUTCOME, Unit.CASES, Selection.all()).addAll(HAND).table().suppressBelow(2);
    JsonNode text = JSON.readTree(ReportJson.write(table));
    assertEquals(ReportJson.tree(table).toString(), ReportJson.write(table));
    // Five cases, each under its own outcome: every count is 1, so the total of 5 would pin them all (each at
    // least 1) and is withheld too. A count is a number, or null when suppressed.
    assertTrue(text.get("total").isNull());
    for (JsonNode row : text.get("rows")) {
      JsonNode count = row.get("count");
      assertTrue(count.isNumber() && count.asLong() != 1 && !row.get("suppressed").asBoolean()
          || count.isNull() && row.get("suppressed").asBoolean(), row.toString());
    }
    CrossTable cross = Tabulator.crossing(Dimension.ROLE, Dimension.FORUM, Unit.ALLEGATIONS, Selection.all())
        .addAll(HAND).crossTable();
    assertEquals(ReportJson.tree(cross).toString(), ReportJson.write(cross));
  }
}

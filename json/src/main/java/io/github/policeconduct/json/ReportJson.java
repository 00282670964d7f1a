package io.github.policeconduct.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policeconduct.statistics.Count;
import io.github.policeconduct.statistics.CrossTable;
import io.github.policeconduct.statistics.SuppressedCell;
import io.github.policeconduct.statistics.Table;

/**
 * The published JSON report format: writes a table in the {@code conduct report --format json} shape (and a cross
 * table in the shape of {@link #tree(CrossTable)}):
 * {@code {"by": "standard", "unit": "allegations", "threshold": 5, "rows": [{"value": "...", "count": 3,
 * "suppressed": false}, {"value": "...", "count": null, "suppressed": true}, ...], "total": 7, "cells": [...],
 * "suppressed": [{"cell": "...", "kind": "primary", "reason": "..."}]}}.
 *
 * <p>Every count is a whole number, or {@code null} when it is suppressed (since 0.2.0; before, the string
 * {@code "<N"}), so that a count field holds numbers only and pandas or R load it without cleaning; the CSV and
 * text keep {@code <N} for people. {@code cells} gives every cell once in long form, {@code {"row", "column",
 * "count", "suppressed", "kind", "reason"}} ({@code column} null for a table of one dimension; totals under the
 * value {@code total}), for {@code pandas.json_normalize(report, "cells")}. {@code suppressed} lists the suppressed
 * cells with their reasons, as before.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0 (0.1.0 in the {@code conduct} tool, as {@code io.github.policeconduct.examples.report.ReportJson})
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportJson() {}

  /**
   * The table as a JSON tree.
   *
   * @param table the table
   * @return the JSON object
   * @since 0.2.0
   */
  public static ObjectNode tree(Table table) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("by", table.dimension().code());
    o.put("unit", table.unit().code());
    threshold(o, table.suppressionThreshold());
    Map<String, SuppressedCell> why = reasons(table.suppressed());
    ArrayNode rows = o.putArray("rows");
    ArrayNode cells = MAPPER.createArrayNode();
    for (Table.Row r : table.rows()) {
      ObjectNode row = rows.addObject();
      row.put("value", r.value());
      put(row, "count", r.count());
      row.put("suppressed", r.count().isSuppressed());
      cell(cells, r.value(), null, r.count(), why.get(r.value()));
    }
    put(o, "total", table.total());
    cell(cells, Table.TOTAL, null, table.total(), why.get(Table.TOTAL));
    o.set("cells", cells);
    suppressed(o, table.suppressed());
    return o;
  }

  private static void threshold(ObjectNode o, OptionalInt threshold) {
    if (threshold.isPresent()) {
      o.put("threshold", threshold.getAsInt());
    } else {
      o.putNull("threshold");
    }
  }

  private static Map<String, SuppressedCell> reasons(List<SuppressedCell> cells) {
    Map<String, SuppressedCell> m = new HashMap<>();
    for (SuppressedCell c : cells) {
      m.putIfAbsent(c.cell(), c);
    }
    return m;
  }

  private static void cell(ArrayNode cells, String row, String column, Count count, SuppressedCell why) {
    ObjectNode c = cells.addObject();
    c.put("row", row);
    if (column == null) {
      c.putNull("column");
    } else {
      c.put("column", column);
    }
    put(c, "count", count);
    c.put("suppressed", count.isSuppressed());
    if (why == null || !count.isSuppressed()) {
      c.putNull("kind");
      c.putNull("reason");
    } else {
      c.put("kind", why.kind().name().toLowerCase(Locale.ROOT));
      c.put("reason", why.reason());
    }
  }

  private static void put(ObjectNode o, String key, Count count) {
    if (count.isSuppressed()) {
      o.putNull(key);
    } else {
      o.put(key, count.value().getAsLong());
    }
  }

  /**
   * A cross table as a JSON tree, in the shape of {@code conduct report --cross --format json}:
   * {@code {"by": "finding", "cross": "forum", "unit": "cases", "threshold": null, "columns": ["misconduct_meeting",
   * ..., "not_known"], "rows": [{"value": "not_misconduct", "counts": [0, 2, ...], "total": 3}, ...],
   * "column_totals": [...], "total": 9, "cells": [...], "suppressed": [{"cell": "misconduct × misconduct_meeting",
   * "kind": "primary", "reason": "..."}]}}. Each row's {@code counts} follow {@code columns}; {@code total} is the
   * row's total, {@code column_totals} the totals row. A suppressed count is {@code null}; {@code cells} gives each
   * cell in long form with whether it is suppressed and why.
   *
   * @param table the cross table
   * @return the JSON object
   * @since 0.2.0
   */
  public static ObjectNode tree(CrossTable table) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("by", table.rowDimension().code());
    o.put("cross", table.columnDimension().code());
    o.put("unit", table.unit().code());
    threshold(o, table.suppressionThreshold());
    Map<String, SuppressedCell> why = reasons(table.suppressed());
    ArrayNode columns = o.putArray("columns");
    table.columnValues().forEach(columns::add);
    ArrayNode rows = o.putArray("rows");
    ArrayNode cells = MAPPER.createArrayNode();
    List<String> rowValues = new ArrayList<>(table.rowValues());
    rowValues.add(Table.TOTAL);
    List<String> columnValues = new ArrayList<>(table.columnValues());
    columnValues.add(Table.TOTAL);
    for (String r : table.rowValues()) {
      ObjectNode row = rows.addObject();
      row.put("value", r);
      ArrayNode counts = row.putArray("counts");
      for (String c : table.columnValues()) {
        add(counts, table.cell(r, c));
      }
      put(row, "total", table.cell(r, Table.TOTAL));
    }
    ArrayNode totals = o.putArray("column_totals");
    for (String c : table.columnValues()) {
      add(totals, table.cell(Table.TOTAL, c));
    }
    put(o, "total", table.total());
    for (String r : rowValues) {
      for (String c : columnValues) {
        cell(cells, r, c, table.cell(r, c), why.get(r + " × " + c));
      }
    }
    o.set("cells", cells);
    suppressed(o, table.suppressed());
    return o;
  }

  private static void add(ArrayNode array, Count count) {
    if (count.isSuppressed()) {
      array.addNull();
    } else {
      array.add(count.value().getAsLong());
    }
  }

  private static void suppressed(ObjectNode o, List<SuppressedCell> cells) {
    ArrayNode suppressed = o.putArray("suppressed");
    for (SuppressedCell s : cells) {
      suppressed.addObject().put("cell", s.cell()).put("kind", s.kind().name().toLowerCase(Locale.ROOT))
          .put("reason", s.reason());
    }
  }

  /**
   * The cross table as one line of JSON.
   *
   * @param table the cross table
   * @return the JSON text, without a trailing newline
   * @since 0.2.0
   */
  public static String write(CrossTable table) {
    return text(tree(table));
  }

  /**
   * The table as one line of JSON.
   *
   * @param table the table
   * @return the JSON text, without a trailing newline
   * @since 0.2.0
   */
  public static String write(Table table) {
    return text(tree(table));
  }

  private static String text(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree built in memory", e);
    }
  }
}

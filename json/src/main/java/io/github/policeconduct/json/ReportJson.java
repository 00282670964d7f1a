package io.github.policeconduct.json;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policeconduct.statistics.Count;
import io.github.policeconduct.statistics.CrossTable;
import io.github.policeconduct.statistics.SuppressedCell;
import io.github.policeconduct.statistics.Table;

/**
 * The published JSON report format: writes a table in the {@code conduct report --format json} shape (and a cross table in the shape of
 * {@link #tree(CrossTable)}):
 * {@code {"by": "standard", "unit": "allegations", "rows": [{"value": "...", "count": 3}, ...],
 * "total": 7, "suppressed": [{"cell": "...", "kind": "primary", "reason": "..."}]}}. A suppressed count is
 * the string {@code "<N"}; every other count is a number.
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
    ArrayNode rows = o.putArray("rows");
    for (Table.Row r : table.rows()) {
      ObjectNode row = rows.addObject();
      row.put("value", r.value());
      put(row, "count", r.count());
    }
    put(o, "total", table.total());
    suppressed(o, table.suppressed());
    return o;
  }

  private static void put(ObjectNode o, String key, Count count) {
    if (count.isSuppressed()) {
      o.put(key, count.toString());
    } else {
      o.put(key, count.value().getAsLong());
    }
  }

  /**
   * A cross table as a JSON tree, in the shape of {@code conduct report --cross --format json}:
   * {@code {"by": "finding", "cross": "forum", "unit": "cases", "columns": ["misconduct_meeting", ...,
   * "not_known"], "rows": [{"value": "not_misconduct", "counts": [0, 2, ...], "total": 3}, ...],
   * "column_totals": [...], "total": 9, "suppressed": [{"cell": "misconduct × misconduct_meeting", "kind":
   * "primary", "reason": "..."}]}}. Each row's {@code counts} follow {@code columns}; {@code total} is the row's
   * total, {@code column_totals} the totals row. A suppressed count is the string {@code "<N"}.
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
    ArrayNode columns = o.putArray("columns");
    table.columnValues().forEach(columns::add);
    ArrayNode rows = o.putArray("rows");
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
    suppressed(o, table.suppressed());
    return o;
  }

  private static void add(ArrayNode array, Count count) {
    if (count.isSuppressed()) {
      array.add(count.toString());
    } else {
      array.add(count.value().getAsLong());
    }
  }

  private static void suppressed(ObjectNode o, List<SuppressedCell> cells) {
    ArrayNode suppressed = o.putArray("suppressed");
    for (SuppressedCell s : cells) {
      suppressed.addObject().put("cell", s.cell()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT))
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

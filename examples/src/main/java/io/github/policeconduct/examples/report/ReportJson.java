package io.github.policeconduct.examples.report;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policeconduct.rules.statistics.Count;
import io.github.policeconduct.rules.statistics.SuppressedCell;
import io.github.policeconduct.rules.statistics.Table;

/**
 * Writes a table in the {@code conduct report --format json} shape:
 * {@code {"by": "standard", "unit": "allegations", "rows": [{"value": "...", "count": 3}, ...],
 * "total": 7, "suppressed": [{"cell": "...", "kind": "primary", "reason": "..."}]}}. A suppressed count is
 * the string {@code "<N"}; every other count is a number.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportJson() {}

  /**
   * The table as a JSON tree.
   *
   * @param table the table
   * @return the JSON object
   * @since 0.1.0
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
    ArrayNode suppressed = o.putArray("suppressed");
    List<SuppressedCell> cells = table.suppressed();
    for (SuppressedCell s : cells) {
      suppressed.addObject().put("cell", s.cell()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT))
          .put("reason", s.reason());
    }
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
   * The table as one line of JSON.
   *
   * @param table the table
   * @return the JSON text, without a trailing newline
   * @since 0.1.0
   */
  public static String write(Table table) {
    try {
      return MAPPER.writeValueAsString(tree(table));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree built in memory", e);
    }
  }
}

package io.github.policeconduct.statistics;

import java.util.ArrayList;
import java.util.List;


/**
 * Writes tables as aligned text (for people) and as CSV (for machines). Suppressed counts are written as
 * {@code <N} in both. The JSON form ({@code {"by", "unit", "rows": [{"value", "count"}], "total",
 * "suppressed"}}) is written from the same model by the examples module, so that this module needs no
 * JSON library.
 *
 * <p>Stateless, immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TableWriter {
  private TableWriter() {}

  /**
   * The table as CSV: a header {@code DIMENSION,UNIT} (e.g. {@code standard,allegations}), one row per
   * value in table order (ending with {@code not_known}), then {@code total,N}. Lines end with
   * {@code \n}.
   *
   * @param table the table
   * @return the CSV text
   * @since 0.1.0
   */
  public static String csv(Table table) {
    StringBuilder b = new StringBuilder();
    b.append(table.dimension().code()).append(',').append(table.unit().code()).append('\n');
    for (Table.Row r : table.rows()) {
      b.append(field(r.value())).append(',').append(r.count()).append('\n');
    }
    b.append(Table.TOTAL).append(',').append(table.total()).append('\n');
    return b.toString();
  }

  /**
   * The cross table as CSV: a header with the row dimension's code then each column value and
   * {@code total}; one line per row value, then a {@code total} line.
   *
   * @param table the cross table
   * @return the CSV text
   * @since 0.1.0
   */
  public static String csv(CrossTable table) {
    StringBuilder b = new StringBuilder();
    b.append(table.rowDimension().code());
    for (String c : table.columnValues()) {
      b.append(',').append(field(c));
    }
    b.append(',').append(Table.TOTAL).append('\n');
    List<String> rows = new ArrayList<>(table.rowValues());
    rows.add(Table.TOTAL);
    for (String r : rows) {
      b.append(field(r));
      for (String c : table.columnValues()) {
        b.append(',').append(table.cell(r, c));
      }
      b.append(',').append(table.cell(r, Table.TOTAL)).append('\n');
    }
    return b.toString();
  }

  private static String field(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /**
   * The table as aligned text: a title, a row per value with its count and percentage, the total, then
   * the notes and, when suppressed, what was suppressed and why.
   *
   * @param table the table
   * @return the text, ending with a newline
   * @since 0.1.0
   */
  public static String text(Table table) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {capitalise(table.dimension().code()), capitalise(table.unit().code()), "%"});
    for (Table.Row r : table.rows()) {
      lines.add(new String[] {r.label(), r.count().toString(),
          r.percent().isPresent() ? Integer.toString(r.percent().getAsInt()) : ""});
    }
    lines.add(new String[] {"Total", table.total().toString(), ""});
    StringBuilder b = new StringBuilder();
    b.append(capitalise(table.unit().code())).append(" by ").append(table.dimension().code()).append('\n');
    align(lines, b);
    footer(table.notes(), table.suppressed(), b);
    return b.toString();
  }

  /**
   * The cross table as aligned text, rows by label and columns by code, then notes and suppression.
   *
   * @param table the cross table
   * @return the text, ending with a newline
   * @since 0.1.0
   */
  public static String text(CrossTable table) {
    List<String[]> lines = new ArrayList<>();
    List<String> cols = new ArrayList<>(table.columnValues());
    cols.add(Table.TOTAL);
    String[] head = new String[cols.size() + 1];
    head[0] = capitalise(table.rowDimension().code()) + " \\ " + table.columnDimension().code();
    for (int c = 0; c < cols.size(); c++) {
      head[c + 1] = cols.get(c);
    }
    lines.add(head);
    List<String> rows = new ArrayList<>(table.rowValues());
    rows.add(Table.TOTAL);
    for (String r : rows) {
      String[] line = new String[cols.size() + 1];
      line[0] = table.rowDimension().label(r);
      for (int c = 0; c < cols.size(); c++) {
        line[c + 1] = table.cell(r, cols.get(c)).toString();
      }
      lines.add(line);
    }
    StringBuilder b = new StringBuilder();
    b.append(capitalise(table.unit().code())).append(" by ").append(table.rowDimension().code()).append(" and ")
        .append(table.columnDimension().code()).append('\n');
    align(lines, b);
    footer(table.notes(), table.suppressed(), b);
    return b.toString();
  }

  private static void align(List<String[]> lines, StringBuilder b) {
    int cols = lines.get(0).length;
    int[] width = new int[cols];
    for (String[] l : lines) {
      for (int i = 0; i < cols; i++) {
        width[i] = Math.max(width[i], l[i].length());
      }
    }
    for (String[] l : lines) {
      StringBuilder line = new StringBuilder();
      line.append(l[0]).append(" ".repeat(width[0] - l[0].length()));
      for (int i = 1; i < cols; i++) {
        line.append("  ").append(" ".repeat(width[i] - l[i].length())).append(l[i]);
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static void footer(List<String> notes, List<SuppressedCell> suppressed, StringBuilder b) {
    b.append('\n');
    for (String n : notes) {
      b.append("Note: ").append(n).append('\n');
    }
    if (!suppressed.isEmpty()) {
      b.append("Suppressed:\n");
      for (SuppressedCell s : suppressed) {
        b.append("  ").append(s.cell()).append(": ").append(s.reason()).append('\n');
      }
    }
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

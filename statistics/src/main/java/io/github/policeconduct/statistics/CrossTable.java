package io.github.policeconduct.statistics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import com.google.common.collect.ImmutableList;

/**
 * Counts of one unit by two dimensions (e.g. standard × outcome), with a total for each row, each column,
 * and overall. Rows and columns list values as a {@link Table} does, each ending with
 * {@value Table#NOT_KNOWN}; {@value Table#TOTAL} names the margins.
 *
 * <p>A row total counts each unit with that row value once, whatever its column values, and likewise for
 * columns; so where a dimension is multi-valued the cells of a line can add up to more than its total.
 *
 * <p>Percentages are not given for cross-tabulations.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CrossTable {
  private final Dimension rowDimension;
  private final Dimension columnDimension;
  private final Unit unit;
  private final Selection selection;
  private final ImmutableList<String> rowValues;
  private final ImmutableList<String> columnValues;
  /** (rows + 1) × (columns + 1): the last row and column are the totals. */
  private final Count[][] grid;
  private final long[][] raw;
  private final int threshold;
  private final ImmutableList<SuppressedCell> suppressed;

  CrossTable(Dimension rowDimension, Dimension columnDimension, Unit unit, Selection selection,
      List<String> rowValues, List<String> columnValues, long[][] counts) {
    this.rowDimension = rowDimension;
    this.columnDimension = columnDimension;
    this.unit = unit;
    this.selection = selection;
    this.rowValues = ImmutableList.copyOf(rowValues);
    this.columnValues = ImmutableList.copyOf(columnValues);
    this.raw = new long[counts.length][];
    this.grid = new Count[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      raw[r] = counts[r].clone();
      grid[r] = new Count[counts[r].length];
      for (int c = 0; c < counts[r].length; c++) {
        grid[r][c] = Count.of(counts[r][c]);
      }
    }
    this.threshold = 0;
    this.suppressed = ImmutableList.of();
  }

  private CrossTable(CrossTable source, Count[][] grid, int threshold, ImmutableList<SuppressedCell> suppressed) {
    this.rowDimension = source.rowDimension;
    this.columnDimension = source.columnDimension;
    this.unit = source.unit;
    this.selection = source.selection;
    this.rowValues = source.rowValues;
    this.columnValues = source.columnValues;
    this.grid = grid;
    this.raw = new long[0][];
    this.threshold = threshold;
    this.suppressed = suppressed;
  }

  /**
   * This table prepared for publication. Every count from 1 to {@code n}-1 (margins included) becomes
   * {@code <n}. Then, until nothing changes: any row or column (with its total) holding exactly one
   * suppressed cell gets its smallest non-zero published cell suppressed too (zeros never protect
   * anything); any suppressed cell that could still be worked out by combining several rows and columns
   * gets one more cell suppressed, the smallest that makes it undetermined; and any suppressed cell that the
   * rows, columns and margins together narrow to one value, given that each suppressed count is at least 1
   * (and, with the list of suppressed cells, that a primary one is at most {@code n}-1 and a secondary one at
   * least {@code n}), gets one more cell suppressed, the smallest that lets it take another value, the grand
   * total last. The margins, including the totals row and column, are lines like any other, so a suppressed
   * row total is protected within the totals column. Where a dimension is multi-valued, a reader is taken to
   * know that the cells of a line add up to at least its total and that not known plus any one cell is at
   * most the total.
   *
   * <p>What this guarantees, and no more: no suppressed count of this one table can be narrowed to a single
   * value by a reader who knows every published count and margin, how the lines add up, and that a
   * suppressed count is at least 1; nor by one who also knows the grand total from another table of the
   * same units (unless only the grand total could protect a cell); nor, for {@code n} of 3 or more, by one
   * who also reads {@link #suppressed()}, except for a cell those labels pin whatever else is withheld (a
   * row total below {@code n} over as many non-zero cells as it can hold). With {@code n} = 2 a cell listed
   * as primary is 1. A narrowed range is not prevented, nor is what a reader learns from how secondary
   * cells are chosen. Its margins are the one-way tables of its dimensions, and those, like any other table
   * over the same or overlapping cases, are not protected together with it: a margin withheld here may be
   * published there, and subtracting overlapping tables can give a suppressed count away; a family of tables
   * (such as the Home Office returns) needs protection across the family.
   *
   * @param n the threshold, at least 2
   * @return the table for publication, listing what was suppressed and why
   * @throws IllegalArgumentException when {@code n} is below 2
   * @throws IllegalStateException when this table is already suppressed
   * @since 0.1.0
   */
  public CrossTable suppressBelow(int n) {
    return suppressBelow(n, null);
  }

  /**
   * As {@link #suppressBelow(int)}, with the cells whose {@code linked} reason is not null withheld from the start
   * (their count is withheld in another table released with this one); indices run row by row over the rows and
   * then the totals row, each over the columns and then the total column. Null for none.
   */
  CrossTable suppressBelow(int n, String[] linked) {
    checkArgument(n >= 2, "suppression threshold must be at least 2 (value: %s)", n);
    if (threshold > 0) {
      throw new IllegalStateException("table is already suppressed below " + threshold);
    }
    int rows = raw.length;
    int cols = raw[0].length;
    long[] values = new long[rows * cols];
    String[] names = new String[rows * cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        values[r * cols + c] = raw[r][c];
        names[r * cols + c] = name(r) + " × " + columnName(c);
      }
    }
    List<Suppressor.Line> lines = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int[] members = new int[cols - 1];
      for (int c = 0; c < cols - 1; c++) {
        members[c] = r * cols + c;
      }
      lines.add(new Suppressor.Line(members, r * cols + cols - 1, columnDimension.isMultiValued(), false));
    }
    for (int c = 0; c < cols; c++) {
      int[] members = new int[rows - 1];
      for (int r = 0; r < rows - 1; r++) {
        members[r] = r * cols + c;
      }
      lines.add(new Suppressor.Line(members, (rows - 1) * cols + c, rowDimension.isMultiValued(), true));
    }
    ImmutableList.Builder<SuppressedCell> log = ImmutableList.builder();
    boolean[] hidden = Suppressor.run(values, names, lines, n, rows * cols - 1, log,
        linked == null ? new String[values.length] : linked);
    Count[][] out = new Count[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[r][c] = hidden[r * cols + c] ? Count.suppressedBelow(n) : grid[r][c];
      }
    }
    return new CrossTable(this, out, n, log.build());
  }

  /** The unsuppressed counts, row by row (rows then the totals row; columns then the total column). */
  long[] rawCells() {
    int rows = raw.length;
    int cols = raw[0].length;
    long[] out = new long[rows * cols];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(raw[r], 0, out, r * cols, cols);
    }
    return out;
  }

  /** Which cells are suppressed, in the order of {@link #rawCells()}. */
  boolean[] hiddenCells() {
    int rows = grid.length;
    int cols = grid[0].length;
    boolean[] out = new boolean[rows * cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[r * cols + c] = grid[r][c].isSuppressed();
      }
    }
    return out;
  }

  private String name(int r) {
    return r < rowValues.size() ? rowValues.get(r) : Table.TOTAL;
  }

  private String columnName(int c) {
    return c < columnValues.size() ? columnValues.get(c) : Table.TOTAL;
  }

  /**
   * The row dimension.
   *
   * @return the dimension
   * @since 0.1.0
   */
  public Dimension rowDimension() {
    return rowDimension;
  }

  /**
   * The column dimension.
   *
   * @return the dimension
   * @since 0.1.0
   */
  public Dimension columnDimension() {
    return columnDimension;
  }

  /**
   * The counting unit.
   *
   * @return the unit
   * @since 0.1.0
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Which cases were counted.
   *
   * @return the selection
   * @since 0.1.0
   */
  public Selection selection() {
    return selection;
  }

  /**
   * The row values in order, ending with {@value Table#NOT_KNOWN} (the total row is not included).
   *
   * @return the row values
   * @since 0.1.0
   */
  public List<String> rowValues() {
    return rowValues;
  }

  /**
   * The column values in order, ending with {@value Table#NOT_KNOWN} (the total column is not included).
   *
   * @return the column values
   * @since 0.1.0
   */
  public List<String> columnValues() {
    return columnValues;
  }

  /**
   * The count in a cell; {@value Table#TOTAL} names a margin ({@code cell("total", "total")} is the grand
   * total).
   *
   * @param row a row value or {@value Table#TOTAL}
   * @param column a column value or {@value Table#TOTAL}
   * @return the count (possibly suppressed)
   * @throws IllegalArgumentException when the table has no such row or column
   * @since 0.1.0
   */
  public Count cell(String row, String column) {
    return grid[index(rowValues, row, "row")][index(columnValues, column, "column")];
  }

  private static int index(List<String> values, String value, String what) {
    if (value.equals(Table.TOTAL)) {
      return values.size();
    }
    int i = values.indexOf(value);
    checkArgument(i >= 0, "no %s '%s' in this table (%s: %s)", what, value, what + "s", values);
    return i;
  }

  /**
   * The grand total: each unit counted once.
   *
   * @return the total
   * @since 0.1.0
   */
  public Count total() {
    return grid[rowValues.size()][columnValues.size()];
  }

  /**
   * The suppression threshold N, when the table is prepared for publication.
   *
   * @return N, or empty
   * @since 0.1.0
   */
  public OptionalInt suppressionThreshold() {
    return threshold > 0 ? OptionalInt.of(threshold) : OptionalInt.empty();
  }

  /**
   * The cells suppressed and why, primary first, then secondary in the order decided.
   *
   * @return the suppressed cells
   * @since 0.1.0
   */
  public List<SuppressedCell> suppressed() {
    return suppressed;
  }

  /**
   * Plain-English notes for readers.
   *
   * @return the notes
   * @since 0.1.0
   */
  public List<String> notes() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    b.add("Counts " + unit.code() + " in " + selection.describe() + ", by " + rowDimension.code() + " (rows) and "
        + columnDimension.code() + " (columns).");
    if (rowDimension.isMultiValued() || columnDimension.isMultiValued()) {
      b.add("A unit that falls under several values of a multi-valued dimension (standard, category) is counted"
          + " in each of their cells, but once in each total, so cells can add up to more than their total.");
    }
    if (threshold > 0) {
      b.add(Table.suppressionNote(threshold));
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CrossTable)) {
      return false;
    }
    CrossTable t = (CrossTable) o;
    return rowDimension == t.rowDimension && columnDimension == t.columnDimension && unit == t.unit
        && selection.equals(t.selection) && rowValues.equals(t.rowValues) && columnValues.equals(t.columnValues)
        && java.util.Arrays.deepEquals(grid, t.grid) && threshold == t.threshold && suppressed.equals(t.suppressed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rowDimension, columnDimension, unit, rowValues, columnValues, threshold)
        * 31 + java.util.Arrays.deepHashCode(grid);
  }

  @Override
  public String toString() {
    return "CrossTable{" + rowDimension + " × " + columnDimension + ", " + unit + ", total=" + total() + "}";
  }
}

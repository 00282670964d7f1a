package io.github.policeconduct.statistics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import com.google.common.collect.ImmutableList;

/**
 * Counts of one unit along one dimension: a row per value (every value of a closed vocabulary, with 0 when
 * never seen, in vocabulary order; for years, the years seen, ascending), then a {@value #NOT_KNOWN} row,
 * then the total.
 *
 * <p>The total counts each unit once. For a single-valued dimension the rows add up to it; for a
 * multi-valued one ({@link Dimension#isMultiValued()}) they can add up to more, and {@link #notes()} says
 * so.
 *
 * <p>Each value row has a percentage: its count over the units whose value is known (the total less
 * {@code not_known}), as a whole number rounded half up (12.5% is 13%). Percentages need not add up to
 * 100.
 *
 * <p>{@link #suppressBelow(int)} prepares the table for publication: the result holds no suppressed number
 * at all. See {@link SuppressedCell} for what is listed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Table {
  /**
   * The value under which a unit lacking the field is counted.
   *
   * @since 0.1.0
   */
  public static final String NOT_KNOWN = "not_known";

  /**
   * The name of the total row (and column).
   *
   * @since 0.1.0
   */
  public static final String TOTAL = "total";

  /**
   * One row of a table: a value, its count and its percentage.
   *
   * <p>Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Row {
    private final String value;
    private final String label;
    private final Count count;
    private final OptionalInt percent;

    Row(String value, String label, Count count, OptionalInt percent) {
      this.value = value;
      this.label = label;
      this.count = count;
      this.percent = percent;
    }

    /**
     * The value's code, e.g. {@code honesty_and_integrity}, {@code 2014/15} or {@value Table#NOT_KNOWN}.
     *
     * @return the code
     * @since 0.1.0
     */
    public String value() {
      return value;
    }

    /**
     * A human label, e.g. "Honesty and Integrity".
     *
     * @return the label
     * @since 0.1.0
     */
    public String label() {
      return label;
    }

    /**
     * The count (possibly suppressed).
     *
     * @return the count
     * @since 0.1.0
     */
    public Count count() {
      return count;
    }

    /**
     * The whole-number percentage of units whose value is known; empty for {@code not_known}, when no
     * value is known, and where withheld by suppression.
     *
     * @return the percentage
     * @since 0.1.0
     */
    public OptionalInt percent() {
      return percent;
    }

    /**
     * Whether this is the {@value Table#NOT_KNOWN} row.
     *
     * @return true for the not known row
     * @since 0.1.0
     */
    public boolean isNotKnown() {
      return value.equals(NOT_KNOWN);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Row)) {
        return false;
      }
      Row r = (Row) o;
      return value.equals(r.value) && label.equals(r.label) && count.equals(r.count) && percent.equals(r.percent);
    }

    @Override
    public int hashCode() {
      return Objects.hash(value, count, percent);
    }

    @Override
    public String toString() {
      return value + "=" + count;
    }
  }

  private final Dimension dimension;
  private final Unit unit;
  private final Selection selection;
  private final ImmutableList<Row> rows;
  private final Count total;
  private final int threshold;
  private final ImmutableList<SuppressedCell> suppressed;
  private final ImmutableList<String> notes;
  /** The raw counts (value rows then not_known), kept only while unsuppressed. */
  private final long[] raw;
  private final long rawTotal;

  /** A raw table from counts in row order (the not_known count last). */
  Table(Dimension dimension, Unit unit, Selection selection, Map<String, Long> counts, long total) {
    this.dimension = dimension;
    this.unit = unit;
    this.selection = selection;
    this.threshold = 0;
    this.suppressed = ImmutableList.of();
    this.raw = counts.values().stream().mapToLong(Long::longValue).toArray();
    this.rawTotal = total;
    long notKnown = counts.getOrDefault(NOT_KNOWN, 0L);
    long known = total - notKnown;
    ImmutableList.Builder<Row> b = ImmutableList.builder();
    long sum = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      boolean nk = e.getKey().equals(NOT_KNOWN);
      sum += e.getValue();
      b.add(new Row(e.getKey(), dimension.label(e.getKey()), Count.of(e.getValue()),
          nk || known <= 0 ? OptionalInt.empty() : OptionalInt.of(percent(e.getValue(), known))));
    }
    this.rows = b.build();
    this.total = Count.of(total);
    this.notes = notes(sum, known, false);
  }

  private Table(Table source, ImmutableList<Row> rows, Count total, int threshold,
      ImmutableList<SuppressedCell> suppressed, boolean percentagesWithheldEverywhere) {
    this.dimension = source.dimension;
    this.unit = source.unit;
    this.selection = source.selection;
    this.rows = rows;
    this.total = total;
    this.threshold = threshold;
    this.suppressed = suppressed;
    this.raw = new long[0];
    this.rawTotal = -1;
    long known = source.rawTotal - source.raw[source.raw.length - 1];
    this.notes = notes(-1, percentagesWithheldEverywhere ? -1 : known, percentagesWithheldEverywhere);
  }

  /** Whole-number percentage, rounded half up. */
  static int percent(long count, long of) {
    return (int) ((200 * count + of) / (2 * of));
  }

  private ImmutableList<String> notes(long rowSum, long known, boolean percentagesWithheldEverywhere) {
    String singular = unit.code().substring(0, unit.code().length() - 1);
    ImmutableList.Builder<String> b = ImmutableList.builder();
    b.add("Counts " + unit.code() + " in " + selection.describe() + ", by " + dimension.code() + ".");
    if (dimension.isMultiValued()) {
      String s = (unit == Unit.CASES ? "A " : "An ") + singular + " can fall under more than one " + dimension.code() + " (for example "
          + (dimension == Dimension.STANDARD ? "an allegation that breached two standards" : "an allegation in two categories")
          + ") and is then counted under each, so the rows can add up to"
          + " more than the total, which counts each " + singular + " once";
      b.add(rowSum > total.value().orElse(Long.MAX_VALUE) ? s + " (here the rows add up to " + rowSum + ")." : s + ".");
    }
    if (percentagesWithheldEverywhere) {
      b.add("Percentages are withheld: the number of " + unit.code() + " with a known " + dimension.code()
          + " would give a suppressed count away.");
    } else {
      b.add("Percentages are of the " + (known >= 0 ? known + " " : "") + unit.code() + " whose " + dimension.code()
          + " is known (not_known is left out), rounded to whole numbers with halves rounded up; they need not"
          + " add up to 100" + (threshold > 0 ? "; they are withheld for suppressed cells." : "."));
    }
    if (threshold > 0) {
      b.add(suppressionNote(threshold));
    }
    return b.build();
  }

  static String suppressionNote(int n) {
    return "Small-number suppression: counts from 1 to " + (n - 1) + " are shown as <" + n + "; where a published"
        + " total would give such a count away by subtraction, another count is shown as <" + n + " too"
        + " (secondary suppression), so a cell shown as <" + n + " may hold " + n + " or more. Zero is shown as 0.";
  }

  /**
   * This table prepared for publication: every count from 1 to {@code n}-1 becomes {@code <n}; then, as
   * long as a suppressed count could be worked out by subtracting the other published counts from the
   * total (exactly one suppressed cell among the rows and total), the smallest non-zero published count is
   * suppressed as well; then, as long as a suppressed count could be narrowed to one value by the bounds
   * of the others (each suppressed count is at least 1; with the list of suppressed cells, a primary one is
   * at most {@code n}-1 and a secondary one at least {@code n}), the smallest non-zero published count that
   * prevents it is suppressed, the total last. Zeros stay 0 and are never used to protect a cell, since a
   * published zero protects nothing. Percentages of suppressed cells are withheld, and all percentages are
   * withheld when {@code not_known} or the total is suppressed (their denominator would give it away).
   *
   * <p>For a multi-valued dimension the rows need not add up to the total; a reader is taken to know that
   * they add up to at least the total and that {@code not_known} plus any one row is at most the total.
   *
   * <p>What this guarantees, and no more: no suppressed count of this one table can be narrowed to a single
   * value by a reader who knows every published count and the total, that the rows add up as above, and
   * that a suppressed count is at least 1; nor by one who also knows the total from another table of the
   * same units (unless every non-zero count is suppressed and only the total could protect them); nor, for
   * {@code n} of 3 or more, by one who also reads {@link #suppressed()} (primary 1 to {@code n}-1,
   * secondary {@code n} or more), except for a cell those labels pin whatever else is withheld. With
   * {@code n} = 2 a cell listed as primary is 1. A narrowed range (say 1 or 2) is not prevented, nor is
   * what a reader learns from how secondary cells are chosen. Tables over the same or overlapping cases
   * (another dimension, a cross-table whose margin this table is, the same force a month later) are not
   * protected as a set: subtracting one from another can give a suppressed count away, and no single table
   * can prevent that; a family of tables (such as the Home Office returns) needs protection across the
   * family.
   *
   * @param n the threshold, at least 2 (the Home Office and many forces use 5)
   * @return the table for publication, listing what was suppressed and why
   * @throws IllegalArgumentException when {@code n} is below 2
   * @throws IllegalStateException when this table is already suppressed
   * @since 0.1.0
   */
  public Table suppressBelow(int n) {
    checkArgument(n >= 2, "suppression threshold must be at least 2 (value: %s)", n);
    if (threshold > 0) {
      throw new IllegalStateException("table is already suppressed below " + threshold);
    }
    int cells = raw.length + 1;
    long[] values = new long[cells];
    String[] names = new String[cells];
    int[] members = new int[raw.length];
    for (int i = 0; i < raw.length; i++) {
      values[i] = raw[i];
      names[i] = rows.get(i).value();
      members[i] = i;
    }
    values[raw.length] = rawTotal;
    names[raw.length] = TOTAL;
    ImmutableList.Builder<SuppressedCell> log = ImmutableList.builder();
    boolean[] hidden = Suppressor.run(values, names,
        List.of(new Suppressor.Line(members, raw.length, dimension.isMultiValued(), false)), n, raw.length, log);
    boolean withholdAll = hidden[raw.length] || hidden[raw.length - 1];
    ImmutableList.Builder<Row> b = ImmutableList.builder();
    for (int i = 0; i < raw.length; i++) {
      Row r = rows.get(i);
      b.add(new Row(r.value, r.label, hidden[i] ? Count.suppressedBelow(n) : r.count,
          hidden[i] || withholdAll ? OptionalInt.empty() : r.percent));
    }
    return new Table(this, b.build(), hidden[raw.length] ? Count.suppressedBelow(n) : total, n, log.build(),
        withholdAll);
  }

  /**
   * The dimension.
   *
   * @return the dimension
   * @since 0.1.0
   */
  public Dimension dimension() {
    return dimension;
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
   * The rows: one per value in order, then {@value #NOT_KNOWN}; the total is {@link #total()}.
   *
   * @return the rows
   * @since 0.1.0
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The row for a value.
   *
   * @param value a value code or {@value #NOT_KNOWN}
   * @return the row, if the table has one
   * @since 0.1.0
   */
  public Optional<Row> row(String value) {
    return rows.stream().filter(r -> r.value.equals(value)).findFirst();
  }

  /**
   * The number of units counted, each once (possibly suppressed when fewer than the threshold).
   *
   * @return the total
   * @since 0.1.0
   */
  public Count total() {
    return total;
  }

  /**
   * The suppression threshold N, when the table is prepared for publication.
   *
   * @return N, or empty when nothing was suppressed by design
   * @since 0.1.0
   */
  public OptionalInt suppressionThreshold() {
    return threshold > 0 ? OptionalInt.of(threshold) : OptionalInt.empty();
  }

  /**
   * The cells suppressed and why, primary first, then secondary in the order decided.
   *
   * @return the suppressed cells; empty when not suppressed
   * @since 0.1.0
   */
  public List<SuppressedCell> suppressed() {
    return suppressed;
  }

  /**
   * Plain-English notes for readers: what is counted, multi-valued counting, how percentages are
   * rounded, and suppression.
   *
   * @return the notes
   * @since 0.1.0
   */
  public List<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Table)) {
      return false;
    }
    Table t = (Table) o;
    return dimension == t.dimension && unit == t.unit && selection.equals(t.selection) && rows.equals(t.rows)
        && total.equals(t.total) && threshold == t.threshold && suppressed.equals(t.suppressed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, unit, rows, total, threshold);
  }

  @Override
  public String toString() {
    return "Table{" + dimension + ", " + unit + ", " + rows + ", total=" + total + "}";
  }
}

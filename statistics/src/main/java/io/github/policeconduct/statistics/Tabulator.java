package io.github.policeconduct.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.google.common.collect.ImmutableSet;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;

/**
 * Counts cases in a single pass, one case at a time, so that any number of cases can be streamed through
 * it without holding them: feed it with {@link #accept(ConductCase)} (it is a {@link Consumer}, so
 * {@code stream.forEach(tabulator)} works) and read the result with {@link #table()} or
 * {@link #crossTable()} at any point.
 *
 * <p>Memory grows with the number of distinct subject ids only when counting individuals (to count each
 * person once); otherwise it is constant.
 *
 * <p><strong>Not thread-safe</strong>: use one tabulator per thread, or guard it. The tables it returns are
 * immutable.
 *
 * @since 0.1.0
 */
public final class Tabulator implements Consumer<ConductCase> {
  private final Dimension rows;
  private final Optional<Dimension> columns;
  private final Unit unit;
  private final Selection selection;

  private final Map<String, Long> rowTotals = new HashMap<>();
  private final Map<String, Long> columnTotals = new HashMap<>();
  private final Map<String, Map<String, Long>> cells = new HashMap<>();
  private long total;
  private long read;
  private long selected;
  private final Map<String, Individual> individuals = new HashMap<>();

  /** What is kept per subject id when counting individuals. */
  private static final class Individual {
    int seriousness;
    Set<String> rowValues;
    Set<String> columnValues;
  }

  private Tabulator(Dimension rows, Optional<Dimension> columns, Unit unit, Selection selection) {
    this.rows = rows;
    this.columns = columns;
    this.unit = unit;
    this.selection = selection;
  }

  /**
   * A tabulator counting {@code unit} by {@code dimension} in the cases {@code selection} picks.
   *
   * @param dimension what to break counts down by
   * @param unit what to count
   * @param selection which cases to count
   * @return an empty tabulator
   * @since 0.1.0
   */
  public static Tabulator by(Dimension dimension, Unit unit, Selection selection) {
    return new Tabulator(dimension, Optional.empty(), unit, selection);
  }

  /**
   * A tabulator counting {@code unit} by two dimensions, for {@link #crossTable()}.
   *
   * @param rows the row dimension
   * @param columns the column dimension
   * @param unit what to count
   * @param selection which cases to count
   * @return an empty tabulator
   * @since 0.1.0
   */
  public static Tabulator crossing(Dimension rows, Dimension columns, Unit unit, Selection selection) {
    return new Tabulator(rows, Optional.of(columns), unit, selection);
  }

  /**
   * Counts one case (if the selection picks it).
   *
   * @param c a case
   * @since 0.1.0
   */
  @Override
  public void accept(ConductCase c) {
    read++;
    if (!selection.test(c)) {
      return;
    }
    selected++;
    switch (unit) {
      case ALLEGATIONS:
        for (Allegation a : c.allegations()) {
          if (selection.counts(a)) {
            record(rows.ofAllegation(c, a), columns.map(d -> d.ofAllegation(c, a)).orElse(ImmutableSet.of()));
          }
        }
        break;
      case CASES:
        record(rows.ofCase(c), columnsOf(c));
        break;
      case INDIVIDUALS:
        if (c.subject().id().isEmpty()) {
          record(rows.ofCase(c), columnsOf(c));
        } else {
          merge(c.subject().id().get(), c);
        }
        break;
      default:
        throw new AssertionError(unit);
    }
  }

  private Set<String> columnsOf(ConductCase c) {
    return columns.map(d -> (Set<String>) d.ofCase(c)).orElse(ImmutableSet.of());
  }

  /**
   * Counts every case.
   *
   * @param cases the cases
   * @return this tabulator
   * @since 0.1.0
   */
  public Tabulator addAll(Iterable<? extends ConductCase> cases) {
    for (ConductCase c : cases) {
      accept(c);
    }
    return this;
  }

  /**
   * How many cases were read.
   *
   * @return cases read
   * @since 0.1.0
   */
  public long casesRead() {
    return read;
  }

  /**
   * How many of the cases read the selection picked.
   *
   * @return cases counted
   * @since 0.1.0
   */
  public long casesSelected() {
    return selected;
  }

  private void merge(String id, ConductCase c) {
    Individual p = individuals.get(id);
    int seriousness = Dimension.seriousness(c);
    Set<String> r = rows.ofCase(c);
    Set<String> k = columnsOf(c);
    if (p == null) {
      p = new Individual();
      p.seriousness = seriousness;
      p.rowValues = new LinkedHashSet<>(r);
      p.columnValues = new LinkedHashSet<>(k);
      individuals.put(id, p);
      return;
    }
    boolean moreSerious = seriousness > p.seriousness;
    if (moreSerious) {
      p.seriousness = seriousness;
    }
    p.rowValues = combine(rows, p.rowValues, r, moreSerious);
    if (columns.isPresent()) {
      p.columnValues = combine(columns.get(), p.columnValues, k, moreSerious);
    }
  }

  private static Set<String> combine(Dimension d, Set<String> kept, Set<String> next, boolean moreSerious) {
    if (!d.isMultiValued()) {
      return moreSerious ? new LinkedHashSet<>(next) : kept;
    }
    Set<String> union = new LinkedHashSet<>(kept);
    union.addAll(next);
    if (union.size() > 1) {
      union.remove(Table.NOT_KNOWN);
    }
    return union;
  }

  private void record(Set<String> r, Set<String> k) {
    record(r, k, rowTotals, columnTotals, cells);
    total++;
  }

  private static void record(Set<String> r, Set<String> k, Map<String, Long> rowTotals,
      Map<String, Long> columnTotals, Map<String, Map<String, Long>> cells) {
    for (String v : r) {
      rowTotals.merge(v, 1L, Long::sum);
      for (String w : k) {
        cells.computeIfAbsent(v, x -> new HashMap<>()).merge(w, 1L, Long::sum);
      }
    }
    for (String w : k) {
      columnTotals.merge(w, 1L, Long::sum);
    }
  }

  /**
   * The table so far, by the tabulator's dimension.
   *
   * @return the table (unsuppressed; see {@link Table#suppressBelow(int)})
   * @throws IllegalStateException when this tabulator was made with {@link #crossing}
   * @since 0.1.0
   */
  public Table table() {
    if (columns.isPresent()) {
      throw new IllegalStateException("this tabulator crosses two dimensions: use crossTable()");
    }
    Map<String, Long> totals = new HashMap<>(rowTotals);
    long all = total;
    for (Individual p : individuals.values()) {
      record(p.rowValues, ImmutableSet.of(), totals, new HashMap<>(), new HashMap<>());
      all++;
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (String v : values(rows, totals.keySet())) {
      ordered.put(v, totals.getOrDefault(v, 0L));
    }
    return new Table(rows, unit, selection, ordered, all);
  }

  /**
   * The cross-tabulation so far.
   *
   * @return the cross table (unsuppressed; see {@link CrossTable#suppressBelow(int)})
   * @throws IllegalStateException when this tabulator was made with {@link #by}
   * @since 0.1.0
   */
  public CrossTable crossTable() {
    if (columns.isEmpty()) {
      throw new IllegalStateException("this tabulator has one dimension: use table()");
    }
    Map<String, Long> rt = new HashMap<>(rowTotals);
    Map<String, Long> ct = new HashMap<>(columnTotals);
    Map<String, Map<String, Long>> cs = new HashMap<>();
    cells.forEach((k, v) -> cs.put(k, new HashMap<>(v)));
    long all = total;
    for (Individual p : individuals.values()) {
      record(p.rowValues, p.columnValues, rt, ct, cs);
      all++;
    }
    List<String> rv = values(rows, rt.keySet());
    List<String> cv = values(columns.get(), ct.keySet());
    long[][] grid = new long[rv.size() + 1][cv.size() + 1];
    for (int r = 0; r < rv.size(); r++) {
      Map<String, Long> row = cs.getOrDefault(rv.get(r), Map.of());
      for (int c = 0; c < cv.size(); c++) {
        grid[r][c] = row.getOrDefault(cv.get(c), 0L);
      }
      grid[r][cv.size()] = rt.getOrDefault(rv.get(r), 0L);
    }
    for (int c = 0; c < cv.size(); c++) {
      grid[rv.size()][c] = ct.getOrDefault(cv.get(c), 0L);
    }
    grid[rv.size()][cv.size()] = all;
    return new CrossTable(rows, columns.get(), unit, selection, rv, cv, grid);
  }

  /** The values of a dimension in table order: the vocabulary (or the years seen), then not_known. */
  private static List<String> values(Dimension d, Set<String> seen) {
    List<String> out = new ArrayList<>();
    if (d.isClosed()) {
      out.addAll(d.vocabulary());
    } else {
      TreeSet<String> years = new TreeSet<>(seen);
      years.remove(Table.NOT_KNOWN);
      out.addAll(years);
    }
    out.add(Table.NOT_KNOWN);
    return out;
  }

  @Override
  public String toString() {
    return "Tabulator{" + rows + columns.map(c -> " × " + c).orElse("") + ", " + unit + ", read " + read
        + ", selected " + selected + "}";
  }
}

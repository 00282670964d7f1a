package io.github.policeconduct.statistics;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.Consumer;

import com.google.common.collect.ImmutableList;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import io.github.policeconduct.core.ActionTaken;
import io.github.policeconduct.core.ConductCase;

/**
 * The family of tables a force returns to the Home Office "Police misconduct, England and Wales" statistics for one
 * financial year (issue 18): each table counts one thing by one dimension in rows and by case type in columns
 * (police complaints, conduct matters, recordable conduct matters, not known, total), as the published tables
 * divide into their PC, CM and RC families:
 *
 * <ol>
 *   <li>allegations, by case to answer;
 *   <li>allegations, by action taken;
 *   <li>allegations referred to misconduct proceedings, by proceedings type;
 *   <li>allegations referred to misconduct proceedings, by finding level;
 *   <li>individuals referred to misconduct proceedings, by disciplinary action;
 *   <li>cases, by Police Appeals Tribunal result;
 *   <li>individuals, by suspension.
 * </ol>
 *
 * <p>The totals agree across the set: the totals row of tables 1 and 2 is the same count (the allegations), and
 * the "referred to misconduct proceedings" row of table 2 is the totals row of tables 3 and 4. Every table has its
 * "Not known" row. The labels are the resource {@code home-office-labels.properties}, in one place to correct (the
 * published tables' exact headers could not be read).
 *
 * <p>{@link #suppressBelow(int)} suppresses the set together: a count that is the same in two tables is withheld in
 * both or in neither ({@link SuppressedCell.Kind#LINKED}), each table is protected as {@link
 * CrossTable#suppressBelow(int)} protects one, and, over the whole set, no withheld count can be pinned to one
 * value by a reader with every table at once (their rows, columns and totals, every withheld count at least 1
 * and, with the labels, primary ones at most N-1 and the others at least N: a linear program decides it, with
 * Apache Commons Math); more is withheld until none can.
 *
 * <p>Immutable and thread-safe; the builder is not.
 *
 * @since 0.2.0
 */
public final class HomeOfficeReturn {
  /**
   * One table of the family.
   *
   * @param id its number in the family, {@code 01} to {@code 07}
   * @param name a file-name stem, e.g. {@code allegations-case-to-answer}
   * @param title its title, from the labels
   * @param table the counts: rows by the table's dimension, columns by case type
   * @since 0.2.0
   */
  public record ReturnTable(String id, String name, String title, CrossTable table) {
    /**
     * Checks the components.
     *
     * @since 0.2.0
     */
    public ReturnTable {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(table, "table");
    }
  }

  /** What one table counts. */
  private record Spec(String id, String name, Dimension rows, Unit unit, boolean referred) {}

  private static final List<Spec> SPECS = List.of(
      new Spec("01", "allegations-case-to-answer", Dimension.CASE_TO_ANSWER, Unit.ALLEGATIONS, false),
      new Spec("02", "allegations-action-taken", Dimension.ACTION_TAKEN, Unit.ALLEGATIONS, false),
      new Spec("03", "allegations-referred-proceedings-type", Dimension.FORUM, Unit.ALLEGATIONS, true),
      new Spec("04", "allegations-referred-finding", Dimension.FINDING, Unit.ALLEGATIONS, true),
      new Spec("05", "individuals-referred-outcome", Dimension.OUTCOME, Unit.INDIVIDUALS, true),
      new Spec("06", "cases-appeal-result", Dimension.APPEAL_RESULT, Unit.CASES, false),
      new Spec("07", "individuals-suspended", Dimension.SUSPENDED, Unit.INDIVIDUALS, false));

  private static final Properties LABELS = labels();

  private final FinancialYear year;
  private final boolean byFinalised;
  private final ImmutableList<ReturnTable> raw;
  private final ImmutableList<ReturnTable> tables;
  private final int threshold;

  private HomeOfficeReturn(FinancialYear year, boolean byFinalised, ImmutableList<ReturnTable> raw,
      ImmutableList<ReturnTable> tables, int threshold) {
    this.year = year;
    this.byFinalised = byFinalised;
    this.raw = raw;
    this.tables = tables;
    this.threshold = threshold;
  }

  /**
   * A builder counting the cases of {@code year}: those finalised in it (their {@code case_finalised} event), as
   * the Home Office series count, when {@code byFinalised}; else those whose proceedings are dated in it.
   *
   * @param year the financial year
   * @param byFinalised whether a case's year is the year it was finalised
   * @return an empty builder; feed it every case, then {@link Builder#build()}
   * @since 0.2.0
   */
  public static Builder builder(FinancialYear year, boolean byFinalised) {
    return new Builder(year, byFinalised);
  }

  /**
   * Counts cases one at a time (a {@link Consumer}), holding counts, not cases. Not thread-safe.
   *
   * @since 0.2.0
   */
  public static final class Builder implements Consumer<ConductCase> {
    private final FinancialYear year;
    private final boolean byFinalised;
    private final List<Tabulator> tabulators = new ArrayList<>();

    private Builder(FinancialYear year, boolean byFinalised) {
      this.year = Objects.requireNonNull(year, "year");
      this.byFinalised = byFinalised;
      Selection inYear = Selection.financialYears(year, year);
      if (byFinalised) {
        inYear = inYear.byFinalised();
      }
      for (Spec s : SPECS) {
        tabulators.add(Tabulator.crossing(s.rows(), Dimension.CASE_TYPE, s.unit(),
            s.referred() ? inYear.referredToProceedings() : inYear));
      }
    }

    /**
     * Counts one case (if it is of the year).
     *
     * @param c a case
     * @since 0.2.0
     */
    @Override
    public void accept(ConductCase c) {
      for (Tabulator t : tabulators) {
        t.accept(c);
      }
    }

    /**
     * The tables so far, unsuppressed.
     *
     * @return the return
     * @since 0.2.0
     */
    public HomeOfficeReturn build() {
      ImmutableList.Builder<ReturnTable> out = ImmutableList.builder();
      for (int i = 0; i < SPECS.size(); i++) {
        Spec s = SPECS.get(i);
        out.add(new ReturnTable(s.id(), s.name(), label("table." + s.id(), s.name()), tabulators.get(i).crossTable()));
      }
      ImmutableList<ReturnTable> tables = out.build();
      return new HomeOfficeReturn(year, byFinalised, tables, tables, 0);
    }
  }

  /**
   * The financial year counted.
   *
   * @since 0.2.0
   */
  public FinancialYear year() {
    return year;
  }

  /**
   * Whether a case's year is the year it was finalised (else its proceedings' year).
   *
   * @since 0.2.0
   */
  public boolean isByFinalised() {
    return byFinalised;
  }

  /**
   * The tables, in the order of the class comment.
   *
   * @since 0.2.0
   */
  public List<ReturnTable> tables() {
    return tables;
  }

  /**
   * The suppression threshold, when the set is prepared for publication.
   *
   * @since 0.2.0
   */
  public OptionalInt suppressionThreshold() {
    return threshold > 0 ? OptionalInt.of(threshold) : OptionalInt.empty();
  }

  /**
   * The set prepared for publication, suppressed together (see the class comment).
   *
   * @param n the threshold, at least 2
   * @return the suppressed set
   * @throws IllegalStateException when this set is already suppressed
   * @since 0.2.0
   */
  public HomeOfficeReturn suppressBelow(int n) {
    checkArgument(n >= 2, "suppression threshold must be at least 2 (value: %s)", n);
    if (threshold > 0) {
      throw new IllegalStateException("the return is already suppressed below " + threshold);
    }
    int k = raw.size();
    String[][] linked = new String[k][];
    for (int t = 0; t < k; t++) {
      linked[t] = new String[raw.get(t).table().rawCells().length];
    }
    List<int[][]> groups = links();
    CrossTable[] done = new CrossTable[k];
    java.util.Set<String> beyondHelp = new java.util.HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      boolean[][] hidden = new boolean[k][];
      for (int t = 0; t < k; t++) {
        done[t] = raw.get(t).table().suppressBelow(n, linked[t]);
        hidden[t] = done[t].hiddenCells();
      }
      for (int[][] group : groups) {
        int[] withheld = null;
        for (int[] m : group) {
          if (hidden[m[0]][m[1]]) {
            withheld = m;
            break;
          }
        }
        if (withheld == null) {
          continue;
        }
        for (int[] m : group) {
          if (!hidden[m[0]][m[1]] && linked[m[0]][m[1]] == null) {
            linked[m[0]][m[1]] = "the same count is withheld in table " + raw.get(withheld[0]).id() + " ("
                + cellName(withheld[0], withheld[1]) + ")";
            changed = true;
          }
        }
      }
      if (!changed) {
        changed = protectAcrossTables(hidden, groups, linked, n, beyondHelp);
      }
    }
    ImmutableList.Builder<ReturnTable> out = ImmutableList.builder();
    for (int t = 0; t < k; t++) {
      ReturnTable r = raw.get(t);
      out.add(new ReturnTable(r.id(), r.name(), r.title(), done[t]));
    }
    return new HomeOfficeReturn(year, byFinalised, raw, out.build(), n);
  }

  /**
   * The counts that are the same in several tables, each as a list of {table, cell} (cells numbered as
   * {@link CrossTable#rawCells()}): per column, the totals row of tables 1 and 2; and the "referred to misconduct
   * proceedings" row of table 2 with the totals row of tables 3 and 4.
   */
  List<int[][]> links() {
    List<int[][]> groups = new ArrayList<>();
    int cols = raw.get(0).table().columnValues().size() + 1;
    int referred = raw.get(1).table().rowValues().indexOf(ActionTaken.REFERRED_TO_MISCONDUCT_PROCEEDINGS.code());
    for (int c = 0; c < cols; c++) {
      groups.add(new int[][] {{0, totalRow(0) * cols + c}, {1, totalRow(1) * cols + c}});
      groups.add(new int[][] {{1, referred * cols + c}, {2, totalRow(2) * cols + c}, {3, totalRow(3) * cols + c}});
    }
    return groups;
  }

  private int totalRow(int t) {
    return raw.get(t).table().rowValues().size();
  }

  private String cellName(int t, int cell) {
    CrossTable x = raw.get(t).table();
    int cols = x.columnValues().size() + 1;
    int r = cell / cols;
    int c = cell % cols;
    return (r < x.rowValues().size() ? x.rowValues().get(r) : Table.TOTAL) + " × "
        + (c < x.columnValues().size() ? x.columnValues().get(c) : Table.TOTAL);
  }

  /**
   * Over the whole set, whether a reader with every table at once can pin a withheld count to one value: each
   * linked count is one unknown; every row and column of every table is an equation over the withheld counts; the
   * reader knows each withheld count is at least 1 and, reading the labels (for N of 3 or more), that a primary
   * count is at most N-1 and any other at least N. A linear program (the smallest and the largest value each count
   * can take) decides it: when no other whole number fits, the count is pinned, and the smallest published
   * non-zero count of a line of a table that holds it is withheld as well, saying so. A count that nothing more can
   * protect is left as it is. Every count pinned in one pass is protected at once. Returns whether anything more
   * was withheld.
   */
  private boolean protectAcrossTables(boolean[][] hidden, List<int[][]> groups, String[][] linked, int n,
      java.util.Set<String> beyondHelp) {
    int k = raw.size();
    // Only the tables that share a count with another can give more away together than alone: each table is
    // protected on its own by its suppression.
    boolean[] shared = new boolean[k];
    for (int[][] group : groups) {
      for (int[] m : group) {
        shared[m[0]] = true;
      }
    }
    int[][] unknown = new int[k][];
    List<int[]> cellOf = new ArrayList<>();
    for (int t = 0; t < k; t++) {
      unknown[t] = new int[hidden[t].length];
      java.util.Arrays.fill(unknown[t], -1);
      for (int i = 0; i < hidden[t].length; i++) {
        if (hidden[t][i] && shared[t]) {
          unknown[t][i] = cellOf.size();
          cellOf.add(new int[] {t, i});
        }
      }
    }
    if (cellOf.isEmpty()) {
      return false;
    }
    int[] same = new int[cellOf.size()];
    for (int v = 0; v < same.length; v++) {
      same[v] = v;
    }
    for (int[][] group : groups) {
      int first = -1;
      for (int[] m : group) {
        int v = unknown[m[0]][m[1]];
        if (v >= 0 && first < 0) {
          first = v;
        } else if (v >= 0) {
          same[v] = first;
        }
      }
    }
    int vars = cellOf.size();
    List<LinearConstraint> equations = new ArrayList<>();
    for (int t = 0; t < k; t++) {
      if (!shared[t]) {
        continue;
      }
      long[] values = raw.get(t).table().rawCells();
      for (int[] line : lines(t)) {
        double[] coef = new double[vars];
        double rhs = 0;
        boolean any = false;
        for (int j = 0; j < line.length; j++) {
          double sign = j == line.length - 1 ? -1 : 1;
          int v = unknown[t][line[j]];
          if (v >= 0) {
            coef[same[v]] += sign;
            any = true;
          } else {
            rhs -= sign * values[line[j]];
          }
        }
        if (any) {
          equations.add(new LinearConstraint(coef, Relationship.EQ, rhs));
        }
      }
    }
    boolean more = false;
    for (boolean labels : n >= 3 ? new boolean[] {false, true} : new boolean[] {false}) {
      List<LinearConstraint> known = new ArrayList<>(equations);
      for (int v = 0; v < vars; v++) {
        if (same[v] != v) {
          continue;
        }
        int[] cell = cellOf.get(v);
        long value = raw.get(cell[0]).table().rawCells()[cell[1]];
        double[] unit = new double[vars];
        unit[v] = 1;
        boolean primary = value >= 1 && value < n;
        known.add(new LinearConstraint(unit, Relationship.GEQ, labels && !primary ? n : 1));
        if (labels && primary) {
          known.add(new LinearConstraint(unit, Relationship.LEQ, n - 1));
        }
      }
      for (int v = 0; v < vars; v++) {
        int[] cell = cellOf.get(v);
        String name = raw.get(cell[0]).id() + " " + cellName(cell[0], cell[1]) + (labels ? " labels" : "");
        if (same[v] != v || beyondHelp.contains(name) || !pinned(v, vars, known)) {
          continue;
        }
        int pick = -1;
        int pickTable = -1;
        for (int t = 0; t < k; t++) {
          if (!shared[t]) {
            continue;
          }
          long[] values = raw.get(t).table().rawCells();
          for (int[] line : lines(t)) {
            boolean holds = false;
            for (int c : line) {
              holds |= unknown[t][c] >= 0 && same[unknown[t][c]] == v;
            }
            if (!holds) {
              continue;
            }
            for (int c : line) {
              if (!hidden[t][c] && linked[t][c] == null && values[c] > 0
                  && (pick < 0 || values[c] < raw.get(pickTable).table().rawCells()[pick])) {
                pick = c;
                pickTable = t;
              }
            }
          }
        }
        if (pick < 0) {
          beyondHelp.add(name); // every count that could protect it is withheld already
          continue;
        }
        if (linked[pickTable][pick] == null) {
          linked[pickTable][pick] = "protects " + cellName(cell[0], cell[1]) + " of table " + raw.get(cell[0]).id()
              + " from being worked out from the tables released with it";
          more = true;
        }
      }
      if (more) {
        return true; // the tables are suppressed again with these, before the labels are read
      }
    }
    return false;
  }

  /** Whether, under {@code constraints}, unknown {@code v} can take no whole value but one. */
  private static boolean pinned(int v, int vars, List<LinearConstraint> constraints) {
    double[] unit = new double[vars];
    unit[v] = 1;
    LinearObjectiveFunction f = new LinearObjectiveFunction(unit, 0);
    double low;
    double high;
    try {
      SimplexSolver solver = new SimplexSolver();
      low = solver.optimize(new MaxIter(10_000), f, new LinearConstraintSet(constraints), GoalType.MINIMIZE,
          new NonNegativeConstraint(true)).getValue();
      high = new SimplexSolver().optimize(new MaxIter(10_000), f, new LinearConstraintSet(constraints),
          GoalType.MAXIMIZE, new NonNegativeConstraint(true)).getValue();
    } catch (UnboundedSolutionException e) {
      return false; // no upper bound: it can take more than one value
    } catch (TooManyIterationsException | NoFeasibleSolutionException e) {
      return true; // undecided: treated as pinned, which can only withhold more
    }
    return Math.floor(high + 1e-6) - Math.ceil(low - 1e-6) < 1;
  }

  private static boolean contains(int[] line, int cell) {
    for (int c : line) {
      if (c == cell) {
        return true;
      }
    }
    return false;
  }

  /** The lines of table {@code t}: each row, then each column, as its cells with the total last. */
  private List<int[]> lines(int t) {
    CrossTable x = raw.get(t).table();
    int rows = x.rowValues().size() + 1;
    int cols = x.columnValues().size() + 1;
    List<int[]> out = new ArrayList<>(rows + cols);
    for (int r = 0; r < rows; r++) {
      int[] line = new int[cols];
      for (int c = 0; c < cols; c++) {
        line[c] = r * cols + c;
      }
      out.add(line);
    }
    for (int c = 0; c < cols; c++) {
      int[] line = new int[rows];
      for (int r = 0; r < rows; r++) {
        line[r] = r * cols + c;
      }
      out.add(line);
    }
    return out;
  }

  /**
   * A table as CSV for people, with the labels of the published tables: a header (the row dimension's label, then
   * the case types and Total), one row per value (Not known last), then Total; a suppressed count is {@code <N}.
   * Lines end in CRLF (RFC 4180).
   *
   * @param t a table of this return
   * @return the CSV text
   * @since 0.2.0
   */
  public static String csv(ReturnTable t) {
    CrossTable x = t.table();
    String dim = x.rowDimension().code();
    StringBuilder b = new StringBuilder();
    b.append(field(t.title()));
    for (String c : x.columnValues()) {
      b.append(',').append(field(c.equals(Table.NOT_KNOWN) ? label("not_known", c) : label("column." + c, c)));
    }
    b.append(',').append(field(label("total", "Total"))).append("\r\n");
    List<String> rows = new ArrayList<>(x.rowValues());
    rows.add(Table.TOTAL);
    List<String> cols = new ArrayList<>(x.columnValues());
    cols.add(Table.TOTAL);
    for (String r : rows) {
      String name = r.equals(Table.TOTAL) ? label("total", "Total")
          : r.equals(Table.NOT_KNOWN) ? label("not_known", "Not known") : label(dim + "." + r, x.rowDimension().label(r));
      b.append(field(name));
      for (String c : cols) {
        b.append(',').append(x.cell(r, c));
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  private static String field(String v) {
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  /** The label of {@code key} in the labels resource, else {@code fallback}. */
  static String label(String key, String fallback) {
    return LABELS.getProperty(key, fallback);
  }

  private static Properties labels() {
    Properties p = new Properties();
    try (InputStream in = HomeOfficeReturn.class.getResourceAsStream("home-office-labels.properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Override
  public String toString() {
    return "HomeOfficeReturn{" + year + (byFinalised ? " finalised" : " proceedings")
        + (threshold > 0 ? ", suppressed below " + threshold : "") + "}";
  }
}

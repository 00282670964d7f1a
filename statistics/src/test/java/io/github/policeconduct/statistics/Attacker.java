package io.github.policeconduct.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader trying to recover suppressed counts exactly, written apart from {@link Suppressor} (no linear
 * programming, no shared code): an exact search over whole numbers. The reader knows the published counts,
 * the lines (cells adding up to a total; for a multi-valued dimension, the not known cell plus any one cell
 * is at most the total and the not known cell plus all of them at least the total), that a suppressed count
 * is at least 1 (zeros are shown) and, when the labels are read, that a primary cell is at most N-1 and a
 * secondary one at least N. A suppressed cell is <em>recovered</em> when no whole-number table consistent
 * with all that gives it another value than its true one.
 *
 * <p>A reader knows no upper bound on a secondary count; the search stops at twice the largest true count
 * plus N plus 2. That can only make the attacker stronger (it may call a cell recovered that a reader could
 * not pin, never the opposite), and a table that keeps every line adding up by moving one unit round a cycle
 * of cells stays well inside it. The search splits ranges in halves and is bounded by a count of search nodes,
 * never by time; it throws when the bound is reached, so an inconclusive attack fails the test rather than
 * passing it.
 */
final class Attacker {
  /** What the reader is taken to know about a suppressed cell beyond "at least 1". */
  enum Knowledge {
    /** The CSV alone: every suppressed count is at least 1. */
    CSV,
    /** With the list of suppressed cells: primary from 1 to N-1, secondary N or more. */
    LABELS
  }

  /** Cells {@code members} add up to {@code total}; when {@code cover}, the last member is not known. */
  static final class Line {
    final int[] members;
    final int total;
    final boolean cover;

    Line(int[] members, int total, boolean cover) {
      this.members = members;
      this.total = total;
      this.cover = cover;
    }
  }

  /** Search nodes allowed per question. */
  static final long BUDGET = 200_000;

  /** Σ coef·x ≤ rhs over the hidden cells (coef ±1). */
  private static final class Ineq {
    final int[] vars;
    final int[] coefs;
    final long rhs;

    Ineq(int[] vars, int[] coefs, long rhs) {
      this.vars = vars;
      this.coefs = coefs;
      this.rhs = rhs;
    }
  }

  private final long[] truth;
  private final boolean[] hidden;
  private final int[] var;
  private final int[] cellOf;
  private final List<Ineq> ineqs = new ArrayList<>();
  private final long[] lo;
  private final long[] hi;
  private long nodes;

  /**
   * @param truth the true counts
   * @param hidden which cells are suppressed (as the attacker sees them)
   * @param primary which suppressed cells are labelled primary (read only for {@link Knowledge#LABELS})
   */
  Attacker(long[] truth, boolean[] hidden, boolean[] primary, List<Line> lines, int n, Knowledge k) {
    this.truth = truth;
    this.hidden = hidden;
    this.var = new int[truth.length];
    List<Integer> cells = new ArrayList<>();
    long cap = 0;
    for (int i = 0; i < truth.length; i++) {
      cap = Math.max(cap, 2 * truth[i] + n + 2);
      var[i] = -1;
      if (hidden[i]) {
        var[i] = cells.size();
        cells.add(i);
      }
    }
    cellOf = cells.stream().mapToInt(Integer::intValue).toArray();
    lo = new long[cellOf.length];
    hi = new long[cellOf.length];
    for (int v = 0; v < cellOf.length; v++) {
      boolean p = primary[cellOf[v]];
      lo[v] = k == Knowledge.LABELS && !p ? n : 1;
      hi[v] = k == Knowledge.LABELS && p ? n - 1 : cap;
    }
    for (Line l : lines) {
      if (!l.cover || l.members.length == 1) {
        Map<Integer, Integer> sum = new HashMap<>();
        for (int m : l.members) {
          sum.merge(m, 1, Integer::sum);
        }
        sum.merge(l.total, -1, Integer::sum);
        add(sum, 0);
        Map<Integer, Integer> neg = new HashMap<>();
        sum.forEach((c, x) -> neg.put(c, -x));
        add(neg, 0);
      } else {
        int nk = l.members[l.members.length - 1];
        for (int i = 0; i < l.members.length - 1; i++) {
          Map<Integer, Integer> m = new HashMap<>();
          m.merge(nk, 1, Integer::sum);
          m.merge(l.members[i], 1, Integer::sum);
          m.merge(l.total, -1, Integer::sum);
          add(m, 0);
        }
        Map<Integer, Integer> m = new HashMap<>();
        for (int c : l.members) {
          m.merge(c, -1, Integer::sum);
        }
        m.merge(l.total, 1, Integer::sum);
        add(m, 0);
      }
    }
  }

  private void add(Map<Integer, Integer> terms, long rhs) {
    List<int[]> vc = new ArrayList<>();
    long r = rhs;
    for (Map.Entry<Integer, Integer> e : terms.entrySet()) {
      int c = e.getKey();
      int coef = e.getValue();
      if (coef == 0) {
        continue;
      }
      if (Math.abs(coef) != 1) {
        throw new IllegalArgumentException("coefficient " + coef);
      }
      if (hidden[c]) {
        vc.add(new int[] {var[c], coef});
      } else {
        r -= coef * truth[c];
      }
    }
    ineqs.add(new Ineq(vc.stream().mapToInt(a -> a[0]).toArray(), vc.stream().mapToInt(a -> a[1]).toArray(), r));
  }

  /** The suppressed cells (indices) whose value the reader can pin down. */
  List<Integer> recovered() {
    return recovered(null);
  }

  /** Those of {@code among} (all when null) that the reader can pin down. */
  List<Integer> recovered(List<Integer> among) {
    List<Integer> out = new ArrayList<>();
    for (int v = 0; v < cellOf.length; v++) {
      if (among != null && !among.contains(cellOf[v])) {
        continue;
      }
      long t = truth[cellOf[v]];
      if (!exists(v, lo[v], t - 1) && !exists(v, t + 1, hi[v])) {
        out.add(cellOf[v]);
      }
    }
    return out;
  }

  /** Whether some whole-number table consistent with the reader's knowledge has cell {@code v} in [a, b]. */
  private boolean exists(int v, long a, long b) {
    long[] l = lo.clone();
    long[] h = hi.clone();
    l[v] = Math.max(l[v], a);
    h[v] = Math.min(h[v], b);
    nodes = 0;
    return search(l, h);
  }

  private boolean search(long[] l, long[] h) {
    if (++nodes > BUDGET) {
      throw new IllegalStateException("attack inconclusive: search bound reached");
    }
    if (!propagate(l, h)) {
      return false;
    }
    int pick = -1;
    for (int i = 0; i < l.length; i++) {
      if (l[i] < h[i] && (pick < 0 || h[i] - l[i] < h[pick] - l[pick])) {
        pick = i;
      }
    }
    if (pick < 0) {
      return true; // every cell fixed and every inequality holds (propagate checked them)
    }
    // Split the range in halves, the half nearer the true count first (a table close to the true one is
    // the likeliest to be consistent); which half comes first changes the speed, never the answer.
    long t = truth[cellOf[pick]];
    long mid = t >= l[pick] && t < h[pick] ? t : l[pick] + (h[pick] - l[pick]) / 2;
    boolean lowFirst = t <= mid;
    for (int half = 0; half < 2; half++) {
      long[] l1 = l.clone();
      long[] h1 = h.clone();
      if ((half == 0) == lowFirst) {
        h1[pick] = mid;
      } else {
        l1[pick] = mid + 1;
      }
      if (search(l1, h1)) {
        return true;
      }
    }
    return false;
  }

  /** Bounds propagation to a fixpoint; false when some inequality cannot hold. */
  private boolean propagate(long[] l, long[] h) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Ineq q : ineqs) {
        long min = 0;
        for (int i = 0; i < q.vars.length; i++) {
          min += q.coefs[i] > 0 ? l[q.vars[i]] : -h[q.vars[i]];
        }
        if (min > q.rhs) {
          return false;
        }
        for (int i = 0; i < q.vars.length; i++) {
          int x = q.vars[i];
          long own = q.coefs[i] > 0 ? l[x] : -h[x];
          long slack = q.rhs - (min - own);
          if (q.coefs[i] > 0 && slack < h[x]) {
            h[x] = slack;
            changed = true;
          } else if (q.coefs[i] < 0 && -slack > l[x]) {
            l[x] = -slack;
            changed = true;
          }
          if (l[x] > h[x]) {
            return false;
          }
        }
      }
    }
    return true;
  }

  // ---- tables as the attacker reads them ----

  /** A published table with its truth, in the attacker's terms. */
  static final class Target {
    final String what;
    final long[] truth;
    final boolean[] hidden;
    final boolean[] primary;
    final List<Line> lines;
    final int n;
    final int grand;

    Target(String what, long[] truth, boolean[] hidden, boolean[] primary, List<Line> lines, int n, int grand) {
      this.what = what;
      this.truth = truth;
      this.hidden = hidden;
      this.primary = primary;
      this.lines = lines;
      this.n = n;
      this.grand = grand;
    }

    int suppressedCount() {
      int s = 0;
      for (boolean b : hidden) {
        s += b ? 1 : 0;
      }
      return s;
    }

    /** The same table read alongside another over the same units, which may publish the grand total. */
    Target withGrandTotalFrom(Target other) {
      boolean[] h = hidden.clone();
      if (!other.hidden[other.grand]) {
        if (other.truth[other.grand] != truth[grand]) {
          throw new IllegalArgumentException("not the same units");
        }
        h[grand] = false;
      }
      return new Target(what + " with the total of " + other.what, truth, h, primary, lines, n, grand);
    }

    /**
     * The same table with every non-zero published count suppressed as well (as secondary), the most any
     * suppression could withhold; a cell recovered even from that is beyond the reach of suppression. When
     * {@code keepGrand}, the grand total stays published (another table publishes it).
     */
    Target withEveryNonZeroSuppressed(boolean keepGrand) {
      boolean[] h = hidden.clone();
      for (int i = 0; i < h.length; i++) {
        h[i] |= truth[i] > 0 && !(keepGrand && i == grand && !hidden[grand]);
      }
      return new Target(what + " with every non-zero count suppressed", truth, h, primary, lines, n, grand);
    }

    List<Integer> recovered(Knowledge k) {
      return new Attacker(truth, hidden, primary, lines, n, k).recovered();
    }

    List<Integer> recovered(Knowledge k, List<Integer> among) {
      return new Attacker(truth, hidden, primary, lines, n, k).recovered(among);
    }
  }

  static Target of(Table raw, Table published) {
    int rows = raw.rows().size();
    long[] truth = new long[rows + 1];
    boolean[] hidden = new boolean[rows + 1];
    String[] names = new String[rows + 1];
    int[] members = new int[rows];
    for (int i = 0; i < rows; i++) {
      truth[i] = raw.rows().get(i).count().value().getAsLong();
      hidden[i] = published.rows().get(i).count().isSuppressed();
      names[i] = raw.rows().get(i).value();
      members[i] = i;
    }
    truth[rows] = raw.total().value().getAsLong();
    hidden[rows] = published.total().isSuppressed();
    names[rows] = Table.TOTAL;
    int n = published.suppressionThreshold().getAsInt();
    return new Target(raw.dimension().code() + " " + SuppressionTest.shown(published) + " (truth "
        + SuppressionTest.shown(raw) + ", N=" + n + ")", truth, hidden, primary(names, published.suppressed()),
        List.of(new Line(members, rows, raw.dimension().isMultiValued())), n, rows);
  }

  static Target of(CrossTable raw, CrossTable published) {
    List<String> rv = new ArrayList<>(raw.rowValues());
    rv.add(Table.TOTAL);
    List<String> cv = new ArrayList<>(raw.columnValues());
    cv.add(Table.TOTAL);
    int rows = rv.size();
    int cols = cv.size();
    long[] truth = new long[rows * cols];
    boolean[] hidden = new boolean[rows * cols];
    String[] names = new String[rows * cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        truth[r * cols + c] = raw.cell(rv.get(r), cv.get(c)).value().getAsLong();
        hidden[r * cols + c] = published.cell(rv.get(r), cv.get(c)).isSuppressed();
        names[r * cols + c] = rv.get(r) + " × " + cv.get(c);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int[] m = new int[cols - 1];
      for (int c = 0; c < cols - 1; c++) {
        m[c] = r * cols + c;
      }
      lines.add(new Line(m, r * cols + cols - 1, raw.columnDimension().isMultiValued()));
    }
    for (int c = 0; c < cols; c++) {
      int[] m = new int[rows - 1];
      for (int r = 0; r < rows - 1; r++) {
        m[r] = r * cols + c;
      }
      lines.add(new Line(m, (rows - 1) * cols + c, raw.rowDimension().isMultiValued()));
    }
    int n = published.suppressionThreshold().getAsInt();
    return new Target(raw.rowDimension().code() + " × " + raw.columnDimension().code() + " "
        + SuppressionTest.shown(published) + " (truth " + SuppressionTest.shown(raw) + ", N=" + n + ")", truth,
        hidden, primary(names, published.suppressed()), lines, n, rows * cols - 1);
  }

  private static boolean[] primary(String[] names, List<SuppressedCell> listed) {
    List<String> p = new ArrayList<>();
    for (SuppressedCell s : listed) {
      if (s.kind() == SuppressedCell.Kind.PRIMARY) {
        p.add(s.cell());
      }
    }
    boolean[] out = new boolean[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = p.contains(names[i]);
    }
    return out;
  }

  @Override
  public String toString() {
    return "Attacker" + Arrays.toString(cellOf);
  }
}

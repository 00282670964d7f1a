package io.github.policeconduct.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * Small-number suppression over a set of cells linked by additive lines ("these cells add up to that
 * total"). Not thread-safe; used inside {@link Table} and {@link CrossTable} only.
 *
 * <ol>
 *   <li>Primary: every count from 1 to N-1.
 *   <li>Secondary, line by line until nothing changes: a line (its cells and its total) with exactly one
 *       suppressed cell would give that cell away by subtraction, so the smallest non-zero published cell
 *       of the line is suppressed as well (zeros are never chosen: a zero shown as 0 protects nothing).
 *   <li>Secondary, across lines: a suppressed cell that could still be worked out by combining several rows
 *       and columns (a linear system; e.g. a cell joining two otherwise separate blocks of suppressed
 *       cells) gets the smallest further suppression that makes it undetermined.
 *   <li>Secondary, by bounds (issue 16): a suppressed cell that a reader can still pin to one value gets
 *       the smallest further suppression (a non-zero published cell; the grand total last) that lets it
 *       take another value. The reader knows every published count and total, how the lines add up, and
 *       that a suppressed count is at least 1; protected against in turn: one who also reads the labels
 *       (primary 1 to N-1, secondary N or more; for N of 3 or more, since at N = 2 "primary" means 1), one
 *       with the table alone, and one who also has the grand total from another table of the same units
 *       (unless it is below N, and so suppressed in all of them). A cell that suppressing every candidate
 *       would leave pinned is beyond help against that reader and left as it is.
 * </ol>
 *
 * <p>The bounds are decided over whole numbers without a solver. With each line's cells signed (members
 * +1, total -1, and whole lines negated where needed), a change to a table that keeps every line adding up
 * is a circulation in a graph with a node per line (rows on one side, columns on the other, a ground node
 * for cells in one line only) and an edge per unknown cell. A suppressed cell can take another value exactly
 * when a cycle through its edge can carry one unit, every other edge on it having room to move by one
 * within what the reader knows of it: a breadth-first search for a path in the residual graph (the network
 * view of two-way tables with margins, whose constraint matrix is totally unimodular). The answer is a
 * table, not a bound: moving the unit round the cycle gives a whole-number table the reader cannot rule
 * out, and that table is checked against every line before it counts.
 *
 * <p>A multi-valued line (its cells can add up to more than the total; the last member is not known) gets
 * a slack edge, never published, for how far its cells exceed its total; "not known plus any one cell is at
 * most the total" is not part of the graph, so a cycle that breaks it fails the check, and paths avoiding
 * each edge of the failed one are tried (a bounded number). When none passes the cell counts as pinned,
 * which can only suppress more than needed, never less.
 */
final class Suppressor {
  private static final double EPS = 1e-9;

  /**
   * Cells {@code members} add up to cell {@code total}. When {@code cover}, the members can add up to more
   * (a multi-valued dimension) and the last member is the not known cell. Lines on the {@code head} side
   * (columns) share cells only with lines on the other side (rows).
   */
  static final class Line {
    final int[] members;
    final int total;
    final boolean cover;
    final boolean head;

    Line(int[] members, int total, boolean cover, boolean head) {
      this.members = members;
      this.total = total;
      this.cover = cover;
      this.head = head;
    }

    boolean contains(int cell) {
      if (cell == total) {
        return true;
      }
      for (int m : members) {
        if (m == cell) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * What a reader is taken to know besides the published counts and lines and "at least 1", in the order
   * protected against.
   */
  private enum Reader {
    /** The labels: a primary count is 1 to N-1, a secondary one N or more. */
    LABELS,
    /** The table alone. */
    CSV,
    /** The grand total, from any other table of the same units, unless it is below N. */
    SHARED_TOTAL
  }

  private final long[] values;
  private final String[] names;
  private final List<Line> lines;
  private final int threshold;
  private final int grand;
  private final boolean[] suppressed;
  private final boolean[] primary;
  private final List<SuppressedCell> log = new ArrayList<>();
  /**
   * Per edge, its two ends (node indices; {@link #ground} for a cell in one line only). Edges
   * {@code 0..values.length-1} are the cells; the rest are the slack of multi-valued lines (how far the cells
   * add up to more than the total), which a reader never sees.
   */
  private int[] tail;
  private int[] head;
  /** Per edge, its sign in the circulation: +1 or -1 (0 for a cell in no line). */
  private int[] sign;
  /** Per edge, its true value (a cell's count, or a line's slack). */
  private long[] current;
  private int ground;
  /** Per node, the edges that end at it. */
  private int[][] incident;
  /** Per reader and cell: no further suppression can protect it from that reader. */
  private final boolean[][] beyondHelp;

  private Suppressor(long[] values, String[] names, List<Line> lines, int threshold, int grand) {
    this.values = values;
    this.names = names;
    this.lines = lines;
    this.threshold = threshold;
    this.grand = grand;
    this.suppressed = new boolean[values.length];
    this.primary = new boolean[values.length];
    this.beyondHelp = new boolean[Reader.values().length][values.length];
    network();
  }

  /**
   * Runs suppression; returns which cells are suppressed, filling {@code reasons} in the order decided.
   * {@code grand} is the grand total's cell.
   */
  static boolean[] run(long[] values, String[] names, List<Line> lines, int threshold, int grand,
      ImmutableList.Builder<SuppressedCell> reasons) {
    return run(values, names, lines, threshold, grand, reasons, new String[values.length]);
  }

  /**
   * As above, with the cells whose {@code linked} reason is not null withheld from the start, as their count is
   * withheld in another table released with this one (and then protected like any other suppressed cell).
   */
  static boolean[] run(long[] values, String[] names, List<Line> lines, int threshold, int grand,
      ImmutableList.Builder<SuppressedCell> reasons, String[] linked) {
    Suppressor s = new Suppressor(values, names, lines, threshold, grand);
    s.suppress(linked);
    reasons.addAll(s.log);
    return s.suppressed;
  }

  private void suppress(String[] linked) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] >= 1 && values[i] < threshold) {
        suppressed[i] = true;
        primary[i] = true;
        log.add(new SuppressedCell(names[i], SuppressedCell.Kind.PRIMARY, "count below " + threshold));
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (linked[i] != null && !suppressed[i]) {
        suppressed[i] = true;
        log.add(new SuppressedCell(names[i], SuppressedCell.Kind.LINKED, linked[i]));
      }
    }
    boolean changed = true;
    while (changed) {
      changed = lineRule();
      if (!changed) {
        changed = systemRule();
      }
      if (!changed) {
        changed = boundsRule();
      }
    }
  }

  private boolean lineRule() {
    boolean changed = false;
    for (Line line : lines) {
      int lone = -1;
      int count = 0;
      for (int c : cellsOf(line)) {
        if (suppressed[c]) {
          count++;
          lone = c;
        }
      }
      if (count != 1) {
        continue;
      }
      int pick = -1;
      for (int c : cellsOf(line)) {
        if (!suppressed[c] && values[c] > 0 && (pick < 0 || values[c] < values[pick])) {
          pick = c;
        }
      }
      if (pick < 0) {
        continue; // every other cell is 0, so the lone cell is 0 too: nothing to protect
      }
      suppressed[pick] = true;
      String how = lone == line.total
          ? "protects " + names[lone] + " from being added up from the cells it totals"
          : "protects " + names[lone] + " from subtraction via " + names[line.total];
      log.add(new SuppressedCell(names[pick], SuppressedCell.Kind.SECONDARY, how));
      changed = true;
    }
    return changed;
  }

  private static int[] cellsOf(Line line) {
    int[] all = new int[line.members.length + 1];
    System.arraycopy(line.members, 0, all, 0, line.members.length);
    all[line.members.length] = line.total;
    return all;
  }

  private boolean systemRule() {
    if (lines.size() < 2) {
      return false;
    }
    int exposed = firstDetermined(suppressed);
    if (exposed < 0) {
      return false;
    }
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (!suppressed[i] && values[i] > 0) {
        candidates.add(i);
      }
    }
    candidates.sort((a, b) -> values[a] != values[b] ? Long.compare(values[a], values[b]) : Integer.compare(a, b));
    int pick = choose(candidates, exposed, suppressed, () -> !determined(suppressed, exposed));
    if (pick < 0) {
      return false; // everything non-zero is suppressed: nothing is determined (see CrossTable)
    }
    suppressed[pick] = true;
    log.add(new SuppressedCell(names[pick], SuppressedCell.Kind.SECONDARY,
        "protects " + names[exposed] + " from recovery by combining row and column totals"));
    return true;
  }

  /**
   * The secondary cell to suppress for {@code exposed}, from {@code candidates} in order: the first whose
   * suppression {@code fixes} it (asked with that candidate suppressed), else the first on a line with it, else the
   * first; -1 when there is no candidate.
   */
  private int choose(List<Integer> candidates, int exposed, boolean[] suppressed, java.util.function.BooleanSupplier fixes) {
    // First a cell that fixes it and that its own label ("secondary: N or more") would not pin: a count equal to
    // the published total of a multi-valued line it is in is N or more and at most that total, so no suppression
    // can protect it once it is called secondary (the gap the build's attack found in standard × outcome tables).
    for (int pass = 0; pass < 2; pass++) {
      for (int c : candidates) {
        suppressed[c] = true;
        boolean fixed = fixes.getAsBoolean() && (pass == 1 || !pinnedByItsLabel(suppressed, c));
        suppressed[c] = false;
        if (fixed) {
          return c;
        }
      }
    }
    for (int c : candidates) {
      if (sharesLine(c, exposed)) {
        return c;
      }
    }
    return candidates.isEmpty() ? -1 : candidates.get(0);
  }

  /**
   * Suppresses one more cell when some suppressed cell can be pinned to one value by a {@link Reader}: the
   * smallest non-zero published cell that lets it take another value (the grand total last), else the
   * smallest sharing a line with it, else the smallest. A cell that even suppressing every candidate would
   * leave pinned is beyond help and skipped (see {@link Table#suppressBelow(int)}).
   */
  private boolean boundsRule() {
    for (Reader reader : Reader.values()) {
      if (reader == Reader.LABELS && threshold < 3) {
        continue; // at N = 2 the label "primary" alone says the count is 1
      }
      for (int exposed = 0; exposed < values.length; exposed++) {
        if (!suppressed[exposed] || beyondHelp[reader.ordinal()][exposed]
            || reader == Reader.SHARED_TOTAL && exposed == grand // taken as published elsewhere
            || !pinned(reader, suppressed, exposed)) {
          continue;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
          if (!suppressed[i] && values[i] > 0) {
            candidates.add(i);
          }
        }
        candidates.sort((a, b) -> a == grand || b == grand ? Boolean.compare(a == grand, b == grand)
            : values[a] != values[b] ? Long.compare(values[a], values[b]) : Integer.compare(a, b));
        boolean[] all = suppressed.clone();
        candidates.forEach(c -> all[c] = true);
        if (candidates.isEmpty() || pinned(reader, all, exposed)) {
          beyondHelp[reader.ordinal()][exposed] = true;
          continue;
        }
        int cell = exposed;
        int pick = choose(candidates, cell, suppressed, () -> !pinned(reader, suppressed, cell));
        suppressed[pick] = true;
        log.add(new SuppressedCell(names[pick], SuppressedCell.Kind.SECONDARY, "protects " + names[exposed]
            + (reader == Reader.LABELS
                ? " from being worked out from the totals and the ranges of suppressed counts (primary 1 to "
                    + (threshold - 1) + ", secondary " + threshold + " or more)"
                : " from being worked out from the totals, every suppressed count being at least 1")));
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code cell}, suppressed as a secondary cell with {@code hidden}, would be pinned by a reader of the
   * labels (only asked at N of 3 or more, where the labels are part of what is protected against).
   */
  private boolean pinnedByItsLabel(boolean[] hidden, int cell) {
    return threshold >= 3 && !primary[cell] && pinned(Reader.LABELS, hidden, cell);
  }

  /**
   * Whether a reader who sees {@code hidden} suppressed can pin {@code cell} to its value: no unit can be
   * moved round a cycle through it within what the reader knows of each suppressed cell.
   */
  private boolean pinned(Reader reader, boolean[] hidden, int cell) {
    if (sign[cell] == 0) {
      return false; // in no line: nothing published constrains it
    }
    int edges = current.length;
    boolean[] unknown = Arrays.copyOf(hidden, edges);
    Arrays.fill(unknown, values.length, edges, true); // slack is never published
    if (reader == Reader.SHARED_TOTAL && !primary[grand]) {
      unknown[grand] = false; // published here or in another table of the same units
    }
    if (!unknown[cell]) {
      return true;
    }
    long[] lo = new long[edges];
    long[] hi = new long[edges];
    boolean labels = reader == Reader.LABELS;
    for (int i = 0; i < edges; i++) {
      boolean isCell = i < values.length;
      lo[i] = !isCell ? 0 : labels && !primary[i] ? threshold : 1;
      hi[i] = isCell && labels && primary[i] ? threshold - 1 : Long.MAX_VALUE;
    }
    return !(moves(unknown, lo, hi, cell, +1) || moves(unknown, lo, hi, cell, -1));
  }

  /** Paths tried per question when the tables they give break a multi-valued line. */
  private static final int TRIES = 24;

  /**
   * Whether {@code cell} can move by {@code dir} (±1) with one unit round a cycle of unknown cells: a path
   * in the residual graph closes the cycle, and the table it gives is checked against everything the reader
   * knows (a multi-valued line's "any one cell at most the total less not known" is not part of the graph).
   * When the check fails, paths avoiding each edge of the failed one are tried, up to {@value #TRIES} in
   * all; a cell for which none passes counts as pinned, which can only suppress more.
   */
  private boolean moves(boolean[] unknown, long[] lo, long[] hi, int cell, int dir) {
    if (!canMove(cell, dir, lo, hi)) {
      return false;
    }
    ArrayDeque<boolean[]> bans = new ArrayDeque<>();
    bans.add(new boolean[current.length]);
    for (int tries = 0; tries < TRIES && !bans.isEmpty(); tries++) {
      boolean[] banned = bans.poll();
      int[] path = path(unknown, banned, lo, hi, cell, dir);
      if (path == null) {
        continue;
      }
      if (checked(cell, dir, path, lo, hi)) {
        return true;
      }
      for (int e : path) {
        boolean[] more = banned.clone();
        more[e] = true;
        bans.add(more);
      }
    }
    return false;
  }

  /**
   * A path of edges (in order from where the cell's edge ends back to where it starts) that closes a cycle
   * moving {@code cell} by {@code dir}, avoiding {@code banned}; null when there is none. Breadth first.
   */
  private int[] path(boolean[] unknown, boolean[] banned, long[] lo, long[] hi, int cell, int dir) {
    // The flow on an edge is sign × change, from tail to head. Moving the cell by dir sends sign × dir.
    int flow = sign[cell] * dir;
    int from = flow > 0 ? head[cell] : tail[cell];
    int to = flow > 0 ? tail[cell] : head[cell];
    int[] via = new int[ground + 1];
    Arrays.fill(via, -1);
    boolean[] seen = new boolean[ground + 1];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    seen[from] = true;
    while (!queue.isEmpty()) {
      int node = queue.poll();
      if (node == to) {
        List<Integer> edges = new ArrayList<>();
        for (int n = to; n != from; ) {
          int e = via[n];
          edges.add(0, e);
          n = head[e] == n ? tail[e] : head[e];
        }
        return edges.stream().mapToInt(Integer::intValue).toArray();
      }
      for (int e : incident[node]) {
        if (e == cell || banned[e] || !unknown[e]) {
          continue;
        }
        // along the edge (tail to head) is a flow of +1, i.e. a change of sign[e]
        if (tail[e] == node && !seen[head[e]] && canMove(e, sign[e], lo, hi)) {
          seen[head[e]] = true;
          via[head[e]] = e;
          queue.add(head[e]);
        }
        if (head[e] == node && !seen[tail[e]] && canMove(e, -sign[e], lo, hi)) {
          seen[tail[e]] = true;
          via[tail[e]] = e;
          queue.add(tail[e]);
        }
      }
    }
    return null;
  }

  /** Applies the cycle (the cell, then the path) and checks the table it gives against the lines. */
  private boolean checked(int cell, int dir, int[] path, long[] lo, long[] hi) {
    long[] alt = Arrays.copyOf(current, current.length);
    alt[cell] += dir;
    int node = sign[cell] * dir > 0 ? head[cell] : tail[cell];
    for (int e : path) {
      boolean forward = tail[e] == node; // along the edge, tail to head
      alt[e] += forward ? sign[e] : -sign[e];
      node = forward ? head[e] : tail[e];
    }
    for (int i = 0; i < alt.length; i++) {
      if (alt[i] != current[i] && (alt[i] < lo[i] || alt[i] > hi[i])) {
        return false;
      }
    }
    for (Line l : lines) {
      long sum = 0;
      for (int m : l.members) {
        sum += alt[m];
      }
      long total = alt[l.total];
      if (!l.cover || l.members.length == 1) {
        if (sum != total) {
          return false;
        }
        continue;
      }
      long notKnown = alt[l.members[l.members.length - 1]];
      if (sum < total) {
        return false;
      }
      for (int i = 0; i < l.members.length - 1; i++) {
        if (notKnown + alt[l.members[i]] > total) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean canMove(int e, int change, long[] lo, long[] hi) {
    return change > 0 ? current[e] < hi[e] : current[e] > lo[e];
  }

  /**
   * Builds the circulation graph: a node per line, signs that make every node's cells add up to zero, and
   * for a multi-valued line a slack edge (to the ground node) for how far its cells add up to more than its
   * total.
   */
  private void network() {
    int cells = values.length;
    List<int[]> nodeEdges = new ArrayList<>();
    List<int[]> nodeCoefs = new ArrayList<>();
    List<Long> slack = new ArrayList<>();
    for (Line l : lines) {
      int k = l.members.length;
      boolean cover = l.cover && k > 1;
      int[] edges = Arrays.copyOf(l.members, k + (cover ? 2 : 1));
      int[] coefs = new int[edges.length];
      Arrays.fill(coefs, 1);
      edges[k] = l.total;
      coefs[k] = -1;
      if (cover) {
        long sum = 0;
        for (int m : l.members) {
          sum += values[m];
        }
        edges[k + 1] = cells + slack.size();
        coefs[k + 1] = -1;
        slack.add(sum - values[l.total]);
      }
      nodeEdges.add(edges);
      nodeCoefs.add(coefs);
    }
    int nodes = nodeEdges.size();
    int edgeCount = cells + slack.size();
    ground = nodes;
    tail = new int[edgeCount];
    head = new int[edgeCount];
    sign = new int[edgeCount];
    current = Arrays.copyOf(values, edgeCount);
    for (int i = 0; i < slack.size(); i++) {
      current[cells + i] = slack.get(i);
    }
    Arrays.fill(tail, -1);
    Arrays.fill(head, -1);
    int[][] coefAt = new int[edgeCount][2];
    for (int v = 0; v < nodes; v++) {
      boolean isHead = lines.get(v).head;
      int[] edges = nodeEdges.get(v);
      for (int j = 0; j < edges.length; j++) {
        int e = edges[j];
        int side = isHead ? 1 : 0;
        if ((isHead ? head : tail)[e] >= 0) {
          throw new IllegalStateException("cell " + names[e] + " in two lines on one side");
        }
        (isHead ? head : tail)[e] = v;
        coefAt[e][side] = nodeCoefs.get(v)[j];
      }
    }
    // Orient each node (+1 or -1) so that each cell has one sign at both its ends.
    int[] orientation = new int[nodes];
    for (int start = 0; start < nodes; start++) {
      if (orientation[start] != 0) {
        continue;
      }
      orientation[start] = 1;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        boolean isHead = lines.get(v).head;
        int[] edges = nodeEdges.get(v);
        for (int j = 0; j < edges.length; j++) {
          int e = edges[j];
          int s = orientation[v] * nodeCoefs.get(v)[j];
          if (sign[e] != 0 && sign[e] != s) {
            throw new IllegalStateException("lines cannot be signed consistently at " + names[e]);
          }
          sign[e] = s;
          int other = isHead ? tail[e] : head[e];
          if (other >= 0) {
            int want = s * coefAt[e][isHead ? 0 : 1];
            if (orientation[other] == 0) {
              orientation[other] = want;
              queue.add(other);
            } else if (orientation[other] != want) {
              throw new IllegalStateException("lines cannot be signed consistently at " + names[e]);
            }
          }
        }
      }
    }
    // An edge in one line only (a one-way table's cells, a slack) ends at the ground node.
    List<List<Integer>> ends = new ArrayList<>();
    for (int v = 0; v <= ground; v++) {
      ends.add(new ArrayList<>());
    }
    for (int e = 0; e < edgeCount; e++) {
      if (sign[e] == 0) {
        continue;
      }
      if (tail[e] < 0) {
        tail[e] = ground;
      }
      if (head[e] < 0) {
        head[e] = ground;
      }
      ends.get(tail[e]).add(e);
      ends.get(head[e]).add(e);
    }
    incident = new int[ground + 1][];
    for (int v = 0; v <= ground; v++) {
      incident[v] = ends.get(v).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private boolean sharesLine(int a, int b) {
    for (Line l : lines) {
      if (l.contains(a) && l.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /** The first suppressed cell whose value the published cells and the lines determine, or -1. */
  int firstDetermined(boolean[] hidden) {
    boolean[] det = determinedCells(hidden);
    for (int i = 0; i < det.length; i++) {
      if (det[i]) {
        return i;
      }
    }
    return -1;
  }

  private boolean determined(boolean[] hidden, int cell) {
    return determinedCells(hidden)[cell];
  }

  /**
   * Which hidden cells the line equations fix: reduce the equations over the hidden cells to reduced row
   * echelon form; a hidden cell is fixed when its pivot row has no free (undetermined) cell in it.
   */
  private boolean[] determinedCells(boolean[] hidden) {
    int[] unknown = new int[hidden.length];
    int k = 0;
    int[] column = new int[hidden.length];
    for (int i = 0; i < hidden.length; i++) {
      column[i] = -1;
      if (hidden[i]) {
        column[i] = k;
        unknown[k++] = i;
      }
    }
    boolean[] result = new boolean[hidden.length];
    if (k == 0) {
      return result;
    }
    double[][] a = new double[lines.size()][k];
    for (int r = 0; r < lines.size(); r++) {
      Line line = lines.get(r);
      for (int m : line.members) {
        if (column[m] >= 0) {
          a[r][column[m]] += 1;
        }
      }
      if (column[line.total] >= 0) {
        a[r][column[line.total]] -= 1;
      }
    }
    int[] pivotOfRow = rref(a, k);
    for (int r = 0; r < pivotOfRow.length; r++) {
      int p = pivotOfRow[r];
      if (p < 0) {
        continue;
      }
      boolean alone = true;
      for (int j = 0; j < k; j++) {
        if (j != p && Math.abs(a[r][j]) > EPS) {
          alone = false;
          break;
        }
      }
      if (alone) {
        result[unknown[p]] = true;
      }
    }
    return result;
  }

  /** Gauss-Jordan elimination in place; returns the pivot column of each row (-1 for none). */
  static int[] rref(double[][] a, int cols) {
    int rows = a.length;
    int[] pivotOfRow = new int[rows];
    java.util.Arrays.fill(pivotOfRow, -1);
    int r = 0;
    for (int c = 0; c < cols && r < rows; c++) {
      int best = r;
      for (int i = r + 1; i < rows; i++) {
        if (Math.abs(a[i][c]) > Math.abs(a[best][c])) {
          best = i;
        }
      }
      if (Math.abs(a[best][c]) < EPS) {
        continue;
      }
      double[] tmp = a[r];
      a[r] = a[best];
      a[best] = tmp;
      double lead = a[r][c];
      for (int j = 0; j < cols; j++) {
        a[r][j] /= lead;
      }
      for (int i = 0; i < rows; i++) {
        if (i != r && Math.abs(a[i][c]) > EPS) {
          double f = a[i][c];
          for (int j = 0; j < cols; j++) {
            a[i][j] -= f * a[r][j];
          }
        }
      }
      pivotOfRow[r] = c;
      r++;
    }
    return pivotOfRow;
  }
}

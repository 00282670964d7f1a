package io.github.policeconduct.statistics;

import java.util.ArrayList;
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
 * </ol>
 */
final class Suppressor {
  private static final double EPS = 1e-9;

  /** Cells {@code members} add up to cell {@code total}. */
  static final class Line {
    final int[] members;
    final int total;

    Line(int[] members, int total) {
      this.members = members;
      this.total = total;
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

  private final long[] values;
  private final String[] names;
  private final List<Line> lines;
  private final int threshold;
  private final boolean[] suppressed;
  private final List<SuppressedCell> log = new ArrayList<>();

  private Suppressor(long[] values, String[] names, List<Line> lines, int threshold) {
    this.values = values;
    this.names = names;
    this.lines = lines;
    this.threshold = threshold;
    this.suppressed = new boolean[values.length];
  }

  /** Runs suppression; returns which cells are suppressed, filling {@code reasons} in the order decided. */
  static boolean[] run(long[] values, String[] names, List<Line> lines, int threshold,
      ImmutableList.Builder<SuppressedCell> reasons) {
    Suppressor s = new Suppressor(values, names, lines, threshold);
    s.suppress();
    reasons.addAll(s.log);
    return s.suppressed;
  }

  private void suppress() {
    for (int i = 0; i < values.length; i++) {
      if (values[i] >= 1 && values[i] < threshold) {
        suppressed[i] = true;
        log.add(new SuppressedCell(names[i], SuppressedCell.Kind.PRIMARY, "count below " + threshold));
      }
    }
    boolean changed = true;
    while (changed) {
      changed = lineRule();
      if (!changed) {
        changed = systemRule();
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
    int pick = -1;
    for (int c : candidates) {
      suppressed[c] = true;
      boolean fixes = !determined(suppressed, exposed);
      suppressed[c] = false;
      if (fixes) {
        pick = c;
        break;
      }
    }
    if (pick < 0) {
      for (int c : candidates) {
        if (sharesLine(c, exposed)) {
          pick = c;
          break;
        }
      }
    }
    if (pick < 0 && !candidates.isEmpty()) {
      pick = candidates.get(0);
    }
    if (pick < 0) {
      return false; // everything non-zero is suppressed: nothing is determined (see CrossTable)
    }
    suppressed[pick] = true;
    log.add(new SuppressedCell(names[pick], SuppressedCell.Kind.SECONDARY,
        "protects " + names[exposed] + " from recovery by combining row and column totals"));
    return true;
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
  private static int[] rref(double[][] a, int cols) {
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

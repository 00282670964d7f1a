package io.github.policeconduct.statistics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent check, for tests, of whether a suppressed count can be worked out from what a table
 * publishes: the published counts and the additive lines (cells adding up to a total) form a linear
 * system in the suppressed counts; a suppressed count is recoverable when that system fixes it, i.e. when
 * its column of the system is not in the span of the other suppressed columns (rank drops without it).
 * Exact rational arithmetic.
 */
final class Disclosure {
  private Disclosure() {}

  /** A line: {@code members} add up to {@code total} (indices into the cells). */
  static final class Line {
    final int[] members;
    final int total;

    Line(int[] members, int total) {
      this.members = members;
      this.total = total;
    }
  }

  /** Indices of suppressed cells that the published cells and the lines determine. */
  static List<Integer> recoverable(boolean[] hidden, List<Line> lines) {
    List<Integer> unknown = new ArrayList<>();
    for (int i = 0; i < hidden.length; i++) {
      if (hidden[i]) {
        unknown.add(i);
      }
    }
    List<Integer> out = new ArrayList<>();
    int full = rank(matrix(unknown, -1, lines));
    for (int j = 0; j < unknown.size(); j++) {
      if (rank(matrix(unknown, j, lines)) < full) {
        out.add(unknown.get(j));
      }
    }
    return out;
  }

  private static BigInteger[][] matrix(List<Integer> unknown, int skip, List<Line> lines) {
    BigInteger[][] m = new BigInteger[lines.size()][];
    for (int r = 0; r < lines.size(); r++) {
      List<BigInteger> row = new ArrayList<>();
      for (int j = 0; j < unknown.size(); j++) {
        if (j == skip) {
          continue;
        }
        int cell = unknown.get(j);
        long coef = 0;
        for (int mem : lines.get(r).members) {
          if (mem == cell) {
            coef++;
          }
        }
        if (lines.get(r).total == cell) {
          coef--;
        }
        row.add(BigInteger.valueOf(coef));
      }
      m[r] = row.toArray(new BigInteger[0]);
    }
    return m;
  }

  /** Rank by fraction-free elimination over the integers. */
  static int rank(BigInteger[][] m) {
    int rows = m.length;
    int cols = rows == 0 ? 0 : m[0].length;
    int rank = 0;
    for (int c = 0; c < cols && rank < rows; c++) {
      int p = -1;
      for (int r = rank; r < rows; r++) {
        if (m[r][c].signum() != 0) {
          p = r;
          break;
        }
      }
      if (p < 0) {
        continue;
      }
      BigInteger[] t = m[rank];
      m[rank] = m[p];
      m[p] = t;
      for (int r = rank + 1; r < rows; r++) {
        if (m[r][c].signum() != 0) {
          BigInteger a = m[rank][c];
          BigInteger b = m[r][c];
          for (int k = c; k < cols; k++) {
            m[r][k] = m[r][k].multiply(a).subtract(m[rank][k].multiply(b));
          }
        }
      }
      rank++;
    }
    return rank;
  }

  /** The lines of a one-way table: every row (not_known included) adds up to the total. */
  static List<Line> column(int rows) {
    int[] members = new int[rows];
    for (int i = 0; i < rows; i++) {
      members[i] = i;
    }
    return List.of(new Line(members, rows));
  }

  /** The lines of an r × c grid whose last row and column are totals. */
  static List<Line> grid(int rows, int cols) {
    List<Line> lines = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int[] m = new int[cols - 1];
      for (int c = 0; c < cols - 1; c++) {
        m[c] = r * cols + c;
      }
      lines.add(new Line(m, r * cols + cols - 1));
    }
    for (int c = 0; c < cols; c++) {
      int[] m = new int[rows - 1];
      for (int r = 0; r < rows - 1; r++) {
        m[r] = r * cols + c;
      }
      lines.add(new Line(m, (rows - 1) * cols + c));
    }
    return lines;
  }

  /** Which cells of a one-way table (rows then total) are suppressed. */
  static boolean[] hidden(Table t) {
    boolean[] h = new boolean[t.rows().size() + 1];
    for (int i = 0; i < t.rows().size(); i++) {
      h[i] = t.rows().get(i).count().isSuppressed();
    }
    h[t.rows().size()] = t.total().isSuppressed();
    return h;
  }

  /** Which cells of a cross table (row-major, margins last) are suppressed. */
  static boolean[] hidden(CrossTable t) {
    List<String> rows = new ArrayList<>(t.rowValues());
    rows.add(Table.TOTAL);
    List<String> cols = new ArrayList<>(t.columnValues());
    cols.add(Table.TOTAL);
    boolean[] h = new boolean[rows.size() * cols.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols.size(); c++) {
        h[r * cols.size() + c] = t.cell(rows.get(r), cols.get(c)).isSuppressed();
      }
    }
    return h;
  }
}

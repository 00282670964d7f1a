package io.github.policeconduct.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The attack of issue 18, item 5, on a set of tables released together ({@link HomeOfficeReturn}): the
 * {@link Attacker}, written apart from the suppressor, reads every table of the set at once, with every row and
 * column of each and the knowledge that a count shown in two tables is the same count, and tries to pin each
 * withheld count to one value, from the CSV alone and (for N of 3 or more) with the labels. A cell recovered even
 * when every non-zero count of the set is withheld is beyond the reach of suppression and is not a failure. Public
 * (in the statistics test-jar) so that other modules' tests can attack the sets they release.
 */
public final class ReleaseAttack {
  private ReleaseAttack() {}

  /**
   * What the reader recovers from the published set: one line per failure (empty when nothing is recovered).
   *
   * @param raw the return before suppression
   * @param published the same return suppressed
   * @return the failures
   */
  public static List<String> failures(HomeOfficeReturn raw, HomeOfficeReturn published) {
    Attacker.Target t = union(raw, published);
    List<String> failures = new ArrayList<>();
    if (t.suppressedCount() == 0) {
      return failures;
    }
    for (Attacker.Knowledge k : Attacker.Knowledge.values()) {
      if (k == Attacker.Knowledge.LABELS && t.n < 3) {
        continue;
      }
      List<Integer> recovered = t.recovered(k);
      if (!recovered.isEmpty()) {
        List<Integer> worst = t.withEveryNonZeroSuppressed(false).recovered(k, recovered);
        recovered.removeAll(worst);
      }
      if (!recovered.isEmpty()) {
        failures.add(k + ": cells " + recovered + " of " + t.what);
      }
    }
    return failures;
  }

  /** How many counts the published set withholds. */
  public static int withheld(HomeOfficeReturn published) {
    int n = 0;
    for (HomeOfficeReturn.ReturnTable t : published.tables()) {
      for (boolean h : t.table().hiddenCells()) {
        n += h ? 1 : 0;
      }
    }
    return n;
  }

  /** The set as one table for the attacker: every cell of every table, their lines, and linked cells equal. */
  static Attacker.Target union(HomeOfficeReturn raw, HomeOfficeReturn published) {
    List<HomeOfficeReturn.ReturnTable> rt = raw.tables();
    List<HomeOfficeReturn.ReturnTable> pt = published.tables();
    int[] offset = new int[rt.size()];
    int size = 0;
    for (int i = 0; i < rt.size(); i++) {
      offset[i] = size;
      size += rt.get(i).table().rawCells().length;
    }
    long[] truth = new long[size];
    boolean[] hidden = new boolean[size];
    boolean[] primary = new boolean[size];
    List<Attacker.Line> lines = new ArrayList<>();
    StringBuilder what = new StringBuilder("return " + raw.year());
    for (int i = 0; i < rt.size(); i++) {
      CrossTable r = rt.get(i).table();
      CrossTable p = pt.get(i).table();
      Attacker.Target one = Attacker.of(r, p);
      System.arraycopy(one.truth, 0, truth, offset[i], one.truth.length);
      System.arraycopy(one.hidden, 0, hidden, offset[i], one.hidden.length);
      System.arraycopy(one.primary, 0, primary, offset[i], one.primary.length);
      for (Attacker.Line l : one.lines) {
        int[] m = new int[l.members.length];
        for (int j = 0; j < m.length; j++) {
          m[j] = l.members[j] + offset[i];
        }
        lines.add(new Attacker.Line(m, l.total + offset[i], l.cover));
      }
      what.append(" | ").append(rt.get(i).id()).append(": ").append(SuppressionTest.shown(p));
    }
    for (int[][] group : raw.links()) {
      int first = offset[group[0][0]] + group[0][1];
      for (int j = 1; j < group.length; j++) {
        lines.add(new Attacker.Line(new int[] {first}, offset[group[j][0]] + group[j][1], false));
      }
    }
    int n = published.suppressionThreshold().getAsInt();
    return new Attacker.Target(what.toString(), truth, hidden, primary, lines, n, size - 1);
  }
}

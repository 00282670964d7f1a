package io.github.policeconduct.statistics;

import java.util.Locale;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Pins exactly which cells are suppressed, in which order and why, for 600 seeded columns and cross-tables
 * full of small counts (many needing suppression across rows and columns). The properties in
 * {@link StatisticsProperties} prove no suppressed count can be recovered; this catalogue pins the choices
 * the documented method makes (the smallest non-zero cell of a line, the smallest cell that makes an exposed
 * cell undetermined, ties to the first), which a publisher's table and its FOI answer rely on staying the
 * same from one release to the next. Rerun with {@code -Dgolden.update=true} and review the diff when a
 * change is intended.
 */
class SuppressionCatalogueTest {

  private static String describe(List<SuppressedCell> cells) {
    return cells.stream().map(c -> "      " + c.kind() + " " + c).collect(Collectors.joining("\n"));
  }

  @Test
  void suppressionOfSeededColumnsAndGrids() throws IOException {
    Random random = new Random(20261123L);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      int size = 1 + random.nextInt(7);
      int n = 2 + random.nextInt(5);
      Map<String, Long> m = new LinkedHashMap<>();
      long total = 0;
      for (int k = 0; k < size; k++) {
        long v = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(9);
        m.put(k == size - 1 ? Table.NOT_KNOWN : String.format(Locale.ROOT, "%d/%02d", 2000 + k, (k + 1) % 100), v);
        total += v;
      }
      Table raw = new Table(Dimension.YEAR, Unit.CASES, Selection.all(), m, total);
      Table t = raw.suppressBelow(n);
      b.append("column ").append(i).append(" N=").append(n).append(": ").append(SuppressionTest.shown(raw))
          .append("\n   -> ").append(SuppressionTest.shown(t)).append("  percent ")
          .append(t.rows().stream().map(r -> r.percent().isPresent() ? r.percent().getAsInt() + "%" : "-")
              .collect(Collectors.joining(" ")))
          .append('\n').append(describe(t.suppressed())).append('\n');
    }
    for (int i = 0; i < 400; i++) {
      int rows = 1 + random.nextInt(6);
      int cols = 1 + random.nextInt(6);
      int small = 1 + random.nextInt(3);
      int n = 2 + random.nextInt(5);
      long[][] body = new long[rows][cols];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          int kind = random.nextInt(6);
          body[r][c] = kind == 0 ? 0 : kind <= small ? 1 + random.nextInt(n + 1) : 5 + random.nextInt(60);
        }
      }
      CrossTable raw = SuppressionTest.grid(body);
      CrossTable t = raw.suppressBelow(n);
      b.append("grid ").append(i).append(" N=").append(n).append(": ").append(SuppressionTest.shown(raw))
          .append("\n   -> ").append(SuppressionTest.shown(t)).append('\n').append(describe(t.suppressed()))
          .append('\n');
    }
    io.github.policeconduct.rules.Golden.check("suppression.txt", b.toString());
  }
}

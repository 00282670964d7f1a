package io.github.policeconduct.benchmarks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import io.github.policeconduct.testkit.Stage;

/**
 * Writes generated cases as JSON Lines in the case format ({@link CaseJson#write}):
 * <ul>
 *   <li>{@code WriteCases N FILE}: the seeded pool of N cases ({@link CasePool#of}), every regime, forum and
 *       finding, for {@code evaluate} and start-up;
 *   <li>{@code WriteCases --concluded N FILE}: N concluded cases straight from the testkit
 *       ({@code Cases.at(Stage.CONCLUDED)}, seed {@link CasePool#SEED}), any role or regime, for {@code report}.
 * </ul>
 * {@code FILE} may be {@code -} for standard output.
 */
public final class WriteCases {
  private WriteCases() {}

  public static void main(String[] args) throws IOException {
    boolean concluded = args.length == 3 && args[0].equals("--concluded");
    if (args.length != 2 && !concluded) {
      System.err.println("usage: WriteCases [--concluded] N FILE");
      System.exit(2);
    }
    int n = Integer.parseInt(args[concluded ? 1 : 0]);
    String file = args[concluded ? 2 : 1];
    try (OutputStream out = new BufferedOutputStream(file.equals("-") ? System.out : Files.newOutputStream(Path.of(file)),
        1 << 16)) {
      if (concluded) {
        Iterator<ConductCase> cases = Samples.stream(Cases.at(Stage.CONCLUDED), CasePool.SEED).iterator();
        for (int i = 0; i < n; i++) {
          line(cases.next(), out);
        }
      } else {
        write(CasePool.of(n, CasePool.SEED), out);
      }
    }
  }

  static byte[] jsonLines(CasePool pool) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(pool, out);
    return out.toByteArray();
  }

  static void write(CasePool pool, OutputStream out) throws IOException {
    for (CasePool.Entry e : pool.entries()) {
      line(e.conductCase(), out);
    }
  }

  private static void line(ConductCase c, OutputStream out) throws IOException {
    out.write(CaseJson.standard().write(c).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }
}

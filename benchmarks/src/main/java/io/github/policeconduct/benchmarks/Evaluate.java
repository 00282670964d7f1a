package io.github.policeconduct.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code Evaluate FILE}: the {@code conduct evaluate FILE --json} path (read JSON Lines, decide, write decisions)
 * as a plain main, for timing start-up for one case while the examples module has no command-line tool.
 */
public final class Evaluate {
  private Evaluate() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Evaluate FILE.jsonl");
      System.exit(2);
    }
    try (InputStream in = Files.newInputStream(Path.of(args[0]));
        OutputStream out = new BufferedOutputStream(System.out)) {
      DecisionJson.evaluate(in, out);
    }
  }
}

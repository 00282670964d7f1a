package io.github.policeconduct.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.policeconduct.core.ConductCase;

/**
 * Writes generated cases as JSON Lines in the case format: {@code WriteCases N FILE} writes the first N cases of
 * the seeded pool of that size (for the start-up measurement and for trying the pipeline by hand).
 */
public final class WriteCases {
  private WriteCases() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WriteCases N FILE");
      System.exit(2);
    }
    CasePool pool = CasePool.of(Integer.parseInt(args[0]), CasePool.SEED);
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      write(pool, out);
    }
  }

  static byte[] jsonLines(CasePool pool) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(pool, out);
    return out.toByteArray();
  }

  static void write(CasePool pool, OutputStream out) throws IOException {
    ObjectWriter w = DecisionJson.mapper().writerFor(ConductCase.class);
    for (CasePool.Entry e : pool.entries()) {
      out.write(w.writeValueAsBytes(e.conductCase()));
      out.write('\n');
    }
  }
}

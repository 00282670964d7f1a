package io.github.policeconduct.examples.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * An input of {@code count} lines, line {@code i} made by {@code line} only when it is read, so that a test can feed a
 * command 100,000 cases without holding them.
 */
final class GeneratedLines extends InputStream {
  private final int count;
  private final IntFunction<String> line;
  private int next;
  private byte[] current = new byte[0];
  private int pos;

  GeneratedLines(int count, IntFunction<String> line) {
    this.count = count;
    this.line = line;
  }

  @Override
  public int read() {
    if (pos == current.length) {
      if (next == count) {
        return -1;
      }
      current = (line.apply(next++) + "\n").getBytes(StandardCharsets.UTF_8);
      pos = 0;
    }
    return current[pos++];
  }
}

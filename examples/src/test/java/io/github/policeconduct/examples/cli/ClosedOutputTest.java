package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When whoever reads standard output goes away ({@code conduct evaluate --json big.jsonl | head -1}), the tool stops
 * reading and deciding at once, says nothing, and exits with status 141, as a program stopped by SIGPIPE does.
 * Before, it decided the whole input into a closed pipe and exited 0.
 */
class ClosedOutputTest {
  private static final byte[] CASE = ("{\"id\":\"C\",\"force\":\"F\",\"subject\":{\"role\":\"police_officer\","
      + "\"rank\":\"constable\"},\"allegations\":[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],"
      + "\"came_to_attention\":\"2023-01-20\"}]}\n").getBytes(StandardCharsets.UTF_8);

  /** {@code cases} copies of one case, made as they are read; counts what was read. */
  private static final class Cases extends InputStream {
    final long size;
    long read;

    Cases(long cases) {
      this.size = cases * CASE.length;
    }

    @Override
    public int read() {
      return read < size ? CASE[(int) (read++ % CASE.length)] : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      for (int i = 0; i < n; i++) {
        b[off + i] = CASE[(int) (read++ % CASE.length)];
      }
      return n;
    }
  }

  /** A pipe whose reader goes away after {@code limit} bytes, as {@code head} does. */
  private static final class Pipe extends OutputStream {
    final int limit;
    int written;

    Pipe(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException("Broken pipe");
      }
      written += len;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--json", "--text"})
  void stopsPromptlyAndQuietlyWhenTheOutputIsClosed(String mode) {
    Cases in = new Cases(200_000); // about 36 MB
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = mode.equals("--json") ? new String[] {"evaluate", "--json", "-"} : new String[] {"evaluate", "-"};
    int status = ConductCommand.run(in, new Pipe(1000), err, args);
    assertEquals(ConductCommand.OUTPUT_CLOSED, status);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    // Stopped soon after the pipe closed: what the reader had read ahead (a few batches), not the whole input.
    assertTrue(in.read < in.size / 10, "read " + in.read + " of " + in.size + " bytes");
  }
}

package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The memory bound of the tool's reading pipeline: input bytes in flight stay within the budget however far
 * ahead the reader could run, a case that runs out of memory is that case's problem, and a case larger than
 * the budget is still read.
 */
class ParallelCasesTest {
  /** A JSON line of exactly {@code size} bytes (with its newline): a case the reader splits off, valid or not. */
  private static String line(int index, int size) {
    String head = "{\"id\":\"C" + index + "\",\"pad\":\"";
    String tail = "\"}\n";
    return head + "x".repeat(size - head.length() - tail.length()) + tail;
  }

  private static byte[] lines(int count, int size) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(line(i, size));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Counts the bytes taken from the input by the reader. */
  private static final class Counted extends FilterInputStream {
    final AtomicLong count = new AtomicLong();

    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }

  /** The reading thread, once it is started. */
  private static Thread reader() {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("conduct-reader") && t.isAlive()) {
        return t;
      }
    }
    return null;
  }

  @Test
  void bytesInFlightStayWithinTheBudgetHoweverFarAheadTheReaderCouldRun() throws IOException {
    int size = 2048;
    int count = 2000; // 4 MB: without a byte budget, 16 batches of 128 cases (all of it) would be read ahead
    int budget = 64 * 1024;
    byte[] input = lines(count, size);
    Counted in = new Counted(new ByteArrayInputStream(input));
    long[] handedOn = {0};
    long[] worst = {0};
    new ParallelCases<>(in, () -> true, "in.jsonl", r -> r.index(), budget).run(new ParallelCases.Consumer<Long>() {
      @Override
      public void accept(Long index) {
        assertEquals(handedOn[0] / size + 1, index, "input order");
        if (index == 1) {
          // Let the reader run as far ahead as it is allowed: until it waits (for the budget, or for room in the
          // queue) or has read everything. A bound on work, not on time: the loop ends when the reader stops.
          while (true) {
            Thread r = reader();
            if (r == null || in.count.get() == input.length
                || r.getState() == Thread.State.WAITING || r.getState() == Thread.State.TIMED_WAITING) {
              break;
            }
            Thread.onSpinWait();
          }
        }
        worst[0] = Math.max(worst[0], in.count.get() - handedOn[0]);
        handedOn[0] += size;
      }

      @Override
      public void waiting() {}

      @Override
      public void outOfMemory(long index, long line) {
        throw new AssertionError("no case runs out of memory here: " + index);
      }
    });
    assertEquals((long) count * size, handedOn[0], "every case handed on");
    // The budget, plus what the case reader buffers ahead of the case it hands out (64 KiB) and one case.
    long allowed = budget + 64 * 1024 + size;
    assertTrue(worst[0] <= allowed, "bytes read and not yet handed on: " + worst[0] + " > " + allowed);
  }

  @Test
  void aCaseThatRunsOutOfMemoryIsThatCasesProblemAndTheRestAreRead() throws IOException {
    byte[] input = lines(10, 200);
    List<String> seen = new ArrayList<>();
    new ParallelCases<>(new ByteArrayInputStream(input), () -> true, "in.jsonl", r -> {
      if (r.index() == 3) {
        throw new OutOfMemoryError("Java heap space");
      }
      return r.index();
    }).run(new ParallelCases.Consumer<Long>() {
      @Override
      public void accept(Long index) {
        seen.add("case " + index);
      }

      @Override
      public void waiting() {}

      @Override
      public void outOfMemory(long index, long line) {
        seen.add("no memory for case " + index + " at line " + line);
      }
    });
    assertEquals(List.of("case 1", "case 2", "no memory for case 3 at line 3", "case 4", "case 5", "case 6",
        "case 7", "case 8", "case 9", "case 10"), seen);
  }

  @Test
  void aCaseLargerThanTheWholeBudgetIsStillReadAlone() throws IOException {
    byte[] input = lines(50, 4096);
    List<Long> seen = new ArrayList<>();
    new ParallelCases<>(new ByteArrayInputStream(input), () -> true, "in.jsonl", r -> r.index(), 100)
        .run(new ParallelCases.Consumer<Long>() {
          @Override
          public void accept(Long index) {
            seen.add(index);
          }

          @Override
          public void waiting() {}

          @Override
          public void outOfMemory(long index, long line) {
            throw new AssertionError(index);
          }
        });
    assertEquals(50, seen.size());
    for (int i = 0; i < 50; i++) {
      assertEquals(i + 1, seen.get(i));
    }
  }

  @Test
  void theBudgetIsASixteenthOfTheHeapBetweenOneAnd64MiB() {
    assertEquals(1 << 20, ParallelCases.budget(8L << 20, 1 << 20));
    assertEquals(4 << 20, ParallelCases.budget(64L << 20, 1 << 20));
    assertEquals(64 << 20, ParallelCases.budget(8L << 30, 1 << 20));
    assertEquals(64 << 20, ParallelCases.budget(Long.MAX_VALUE, 1 << 20));
  }
}

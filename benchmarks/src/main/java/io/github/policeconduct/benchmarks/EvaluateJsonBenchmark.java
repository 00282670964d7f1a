package io.github.policeconduct.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.github.policeconduct.examples.cli.ConductCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code conduct evaluate --json -} end to end, in process, through the real command-line tool
 * ({@link ConductCommand#run(java.io.InputStream, OutputStream, OutputStream, String...)}, what {@code main}
 * calls): {@value #CASES} generated cases as JSON Lines on standard input (held in memory, so disk is not
 * measured) read, parsed, decided and written as JSON Lines decisions to a discarding standard output, on as
 * many threads as the command uses. Score is ns per case; cases/s = 1e9 / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class EvaluateJsonBenchmark {
  static final int CASES = 100_000;

  private byte[] jsonLines;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    jsonLines = WriteCases.jsonLines(CasePool.of(CASES, CasePool.SEED));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CountingStream out = new CountingStream();
    int status = ConductCommand.run(new ByteArrayInputStream(jsonLines), out, err, "evaluate", "--json", "-");
    if (status != 0 || out.lines != CASES) {
      throw new IllegalStateException("exit " + status + ", " + out.lines + " decisions for " + CASES + " cases: "
          + err.toString(StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public int evaluateJsonLines() {
    return ConductCommand.run(new ByteArrayInputStream(jsonLines), OutputStream.nullOutputStream(),
        OutputStream.nullOutputStream(), "evaluate", "--json", "-");
  }

  /** Counts the lines written, discarding them. */
  private static final class CountingStream extends OutputStream {
    long lines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }
}

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
 * {@code conduct validate --format json -} end to end, in process, through the real command-line tool (issue 18:
 * 1,000,000 cases in under a minute on 2 cores, that is under 60,000 ns per case): {@value #CASES} generated cases
 * as JSON Lines on standard input (held in memory, so disk is not measured) read, parsed, decided, checked and
 * their problems written to a discarding standard output. Score is ns per case; a million cases take
 * score / 1000 seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class ValidateBenchmark {
  static final int CASES = 100_000;

  private byte[] jsonLines;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    jsonLines = WriteCases.jsonLines(CasePool.of(CASES, CasePool.SEED));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ConductCommand.run(new ByteArrayInputStream(jsonLines), OutputStream.nullOutputStream(), err,
        "validate", "--as-at", "2026-11-30", "--format", "json", "-");
    if (status > 1) {
      throw new IllegalStateException("exit " + status + ": " + err.toString(StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public int validateJsonLines() {
    return ConductCommand.run(new ByteArrayInputStream(jsonLines), OutputStream.nullOutputStream(),
        OutputStream.nullOutputStream(), "validate", "--as-at", "2026-11-30", "--format", "json", "-");
  }
}

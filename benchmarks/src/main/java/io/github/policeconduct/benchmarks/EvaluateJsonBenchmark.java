package io.github.policeconduct.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

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
 * {@code conduct evaluate --json} end to end, in process: {@value #CASES} generated cases as JSON Lines (held in
 * memory, so disk is not measured) read with Jackson, decided, and written as JSON Lines decisions to a
 * discarding stream. Score is ns per case; cases/s = 1e9 / score.
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
    long n = DecisionJson.evaluate(new ByteArrayInputStream(jsonLines), OutputStream.nullOutputStream());
    if (n != CASES) {
      throw new IllegalStateException("read " + n + " cases, expected " + CASES);
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public long evaluateJsonLines() throws IOException {
    return DecisionJson.evaluate(new ByteArrayInputStream(jsonLines), OutputStream.nullOutputStream());
  }
}

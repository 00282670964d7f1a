package io.github.policeconduct.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.DecisionJson;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing decisions as JSON, alone: the {@link CasePool#standard() standard pool}'s {@value #N} cases decided once
 * in set-up, then each decision written per operation. Score is ns per decision.
 *
 * <ul>
 *   <li>{@code utf8Lines}: what {@code conduct evaluate --json} does on each worker thread, through
 *       {@link DecisionJson.Lines} (one long-lived generator over a reusable buffer, keys, codes and recurring
 *       strings encoded once), the lines written out in blocks of 64 KiB to a discarding stream;
 *   <li>{@code ownGenerator}: {@link DecisionJson#write(Decision, JsonGenerator)} into one long-lived UTF-8
 *       generator of the caller's own over a discarding stream (keys and codes encoded once, no cache of
 *       recurring strings);
 *   <li>{@code strings}: {@link DecisionJson#line(Decision)}, a generator and a {@code String} per decision.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class DecisionJsonBenchmark {
  static final int N = CasePool.SIZE;

  private Decision[] decisions;
  private final DecisionJson.Lines lines = DecisionJson.lines();
  private final OutputStream sink = OutputStream.nullOutputStream();
  private JsonGenerator generator;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ConductCase[] cases = CasePool.standard().cases();
    decisions = new Decision[cases.length];
    for (int i = 0; i < cases.length; i++) {
      decisions[i] = ConductRules.decide(cases[i]);
    }
    generator = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build().createGenerator(sink);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    generator.close();
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public int utf8Lines() throws IOException {
    int n = 0;
    for (Decision d : decisions) {
      lines.append(d);
      if (lines.size() >= 1 << 16) {
        n += lines.size();
        lines.writeTo(sink);
      }
    }
    n += lines.size();
    lines.writeTo(sink);
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long ownGenerator() throws IOException {
    for (Decision d : decisions) {
      DecisionJson.write(d, generator);
    }
    generator.flush();
    return generator.getOutputBuffered();
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public int strings() {
    int n = 0;
    for (Decision d : decisions) {
      n += DecisionJson.line(d).length();
    }
    return n;
  }
}

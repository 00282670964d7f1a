package io.github.policeconduct.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.OutcomeQuery;
import io.github.policeconduct.rules.Step;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * "Which outcomes are lawfully available for this case?" four ways, each over the same seeded pool of
 * {@value CasePool#SIZE} cases per invocation; scores are per case (ns/op).
 *
 * <ol>
 *   <li>{@code decide}: {@link ConductRules#decide(ConductCase)}, the full explained decision (regime,
 *       jurisdiction, routing, sanctions, consequences, guidance, every step cited; each step's sentence and
 *       facts are rendered when first read); {@code decideAndReadExplanation} also reads every step in full;
 *   <li>{@code availableOutcomes}: {@link ConductRules#availableOutcomes(OutcomeQuery)}, the bare query, on
 *       queries prebuilt from the pool;
 *   <li>{@code dmn}: the KIE DMN engine evaluating the same rules as a COLLECT decision table
 *       ({@code outcomes.dmn}), inputs prebuilt as maps, a fresh context per case;
 *   <li>{@code handWrittenSwitch}: the same rules as nested switches (the floor).
 * </ol>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class OutcomeBenchmarks {
  private ConductCase[] cases;
  private OutcomeQuery[] queries;
  private Map<String, Object>[] dmnInputs;
  private DmnOutcomes dmn;

  @Setup(Level.Trial)
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void setUp() {
    CasePool pool = CasePool.standard();
    cases = pool.cases();
    queries = pool.queries();
    dmnInputs = new Map[queries.length];
    for (int i = 0; i < queries.length; i++) {
      dmnInputs[i] = DmnOutcomes.inputs(queries[i]);
    }
    dmn = DmnOutcomes.load();
    Agreement.check(pool, dmn);
  }

  @Benchmark
  @OperationsPerInvocation(CasePool.SIZE)
  public void decide(Blackhole bh) {
    for (ConductCase c : cases) {
      bh.consume(ConductRules.decide(c));
    }
  }

  /**
   * {@code decide}, then every step of the explanation read in full (its sentence and facts, which the rules
   * render when first read): what a caller pays who shows or stores the whole explanation of every decision.
   */
  @Benchmark
  @OperationsPerInvocation(CasePool.SIZE)
  public void decideAndReadExplanation(Blackhole bh) {
    for (ConductCase c : cases) {
      Decision d = ConductRules.decide(c);
      for (Step s : d.explanation().steps()) {
        bh.consume(s.because());
        bh.consume(s.facts());
        bh.consume(s.citation().toString());
      }
      bh.consume(d);
    }
  }

  @Benchmark
  @OperationsPerInvocation(CasePool.SIZE)
  public void availableOutcomes(Blackhole bh) {
    for (OutcomeQuery q : queries) {
      bh.consume(ConductRules.availableOutcomes(q));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CasePool.SIZE)
  public void dmn(Blackhole bh) {
    for (Map<String, Object> in : dmnInputs) {
      bh.consume(dmn.evaluate(in));
    }
  }

  @Benchmark
  @OperationsPerInvocation(CasePool.SIZE)
  public void handWrittenSwitch(Blackhole bh) {
    for (OutcomeQuery q : queries) {
      bh.consume(OutcomeSwitch.available(q));
    }
  }
}

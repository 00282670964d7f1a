package io.github.policeconduct.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.OutcomeQuery;

/**
 * A benchmark of a wrong answer is void: before anything is timed, every contender must give exactly the
 * library's answer ({@link ConductRules#availableOutcomes(OutcomeQuery)}) on every case of the pool, and the
 * full decision on each case must agree with the bare query built from the same facts.
 */
final class Agreement {
  private Agreement() {}

  /** The disagreements, at most {@code limit} of them; empty when all contenders agree on the whole pool. */
  static List<String> disagreements(CasePool pool, DmnOutcomes dmn, int limit) {
    List<String> out = new ArrayList<>();
    for (CasePool.Entry e : pool.entries()) {
      OutcomeQuery q = e.query();
      Set<Outcome> expected = ConductRules.availableOutcomes(q);
      Set<Outcome> decided = ConductRules.decide(e.conductCase()).availableOutcomes();
      Set<Outcome> switched = OutcomeSwitch.available(q);
      Set<Outcome> dmned = dmn.outcomes(DmnOutcomes.inputs(q));
      if (!expected.equals(decided)) {
        out.add("decide " + e.conductCase().id() + ": " + decided + ", query " + q + ": " + expected);
      }
      if (!expected.equals(switched)) {
        out.add("switch " + q + ": " + switched + ", library: " + expected);
      }
      if (!expected.equals(dmned)) {
        out.add("dmn " + q + ": " + dmned + ", library: " + expected);
      }
      if (out.size() >= limit) {
        break;
      }
    }
    return out;
  }

  /** Throws, naming the first disagreements, unless all contenders agree on the whole pool. */
  static void check(CasePool pool, DmnOutcomes dmn) {
    List<String> bad = disagreements(pool, dmn, 10);
    if (!bad.isEmpty()) {
      throw new IllegalStateException("contenders disagree with the library; the benchmark would be void:\n  "
          + String.join("\n  ", bad));
    }
  }
}

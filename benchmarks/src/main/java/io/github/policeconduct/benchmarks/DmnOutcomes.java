package io.github.policeconduct.benchmarks;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.rules.OutcomeQuery;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * The KIE DMN engine (plain Java, no Quarkus) evaluating {@code outcomes.dmn}: the same outcome rules as one
 * COLLECT decision table. Load once (about a second), then {@link #evaluate(Map)} per case.
 */
final class DmnOutcomes {
  static final String NAMESPACE = "https://kiegroup.org/dmn/police-conduct";
  static final String DECISION = "availableOutcomes";

  private final DMNRuntime runtime;
  private final DMNModel model;

  private DmnOutcomes(DMNRuntime runtime, DMNModel model) {
    this.runtime = runtime;
    this.model = model;
  }

  static DmnOutcomes load() {
    DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
        .fromClasspathResource("/outcomes.dmn", DmnOutcomes.class)
        .getOrElseThrow(e -> new IllegalStateException("cannot load outcomes.dmn", e));
    DMNModel model = runtime.getModel(NAMESPACE, "Outcomes");
    if (model == null) {
      throw new IllegalStateException("outcomes.dmn: no model 'Outcomes' in " + NAMESPACE + "; models: " + runtime.getModels());
    }
    if (model.hasErrors()) {
      throw new IllegalStateException("outcomes.dmn has errors: " + model.getMessages());
    }
    return new DmnOutcomes(runtime, model);
  }

  /** The decision table's inputs for a query, built once per pool entry. */
  static Map<String, Object> inputs(OutcomeQuery q) {
    return Map.of(
        "regime", q.regime().code(),
        "forum", q.forum().code(),
        "finding", q.finding().code(),
        "role", q.role().code(),
        "hasLowerRank", q.rank().flatMap(Rank::oneRankLower).isPresent(),
        "finalWrittenWarningInForce", q.finalWrittenWarningInForce(),
        "unconnectedIncidents", q.unconnectedIncidents(),
        "reducedInRankBefore", q.reducedInRankBefore(),
        "formerOfficer", q.formerOfficer());
  }

  /** Evaluates the table: a fresh context, the nine inputs, the decision's result (a list of outcome codes). */
  Object evaluate(Map<String, Object> inputs) {
    DMNContext ctx = runtime.newContext();
    for (Map.Entry<String, Object> e : inputs.entrySet()) {
      ctx.set(e.getKey(), e.getValue());
    }
    DMNResult result = runtime.evaluateAll(model, ctx);
    DMNDecisionResult d = result.getDecisionResultByName(DECISION);
    return d.getResult();
  }

  /** Evaluates and reads the result as outcomes, failing on any engine error. */
  Set<Outcome> outcomes(Map<String, Object> inputs) {
    DMNContext ctx = runtime.newContext();
    inputs.forEach(ctx::set);
    DMNResult result = runtime.evaluateAll(model, ctx);
    if (result.hasErrors()) {
      throw new IllegalStateException("DMN evaluation failed for " + inputs + ": " + result.getMessages());
    }
    Object value = result.getDecisionResultByName(DECISION).getResult();
    EnumSet<Outcome> out = EnumSet.noneOf(Outcome.class);
    if (value == null) {
      return out; // COLLECT with no rule matched
    }
    for (Object o : (List<?>) value) {
      out.add(Outcome.parse((String) o));
    }
    return out;
  }
}

package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.OutcomeCheck;
import io.github.policeconduct.fixtures.Scenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario of {@code shared/scenarios} (copied into the rules module's test resources, read here from its
 * test-jar) must hold: the case is read with {@link CaseJson}, decided, and the decision meets each expectation.
 */
class ScenarioTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyScenarioHolds() {
    List<String> names = Scenarios.names();
    assertTrue(names.size() >= 10, "expected the 10 shared scenarios, found " + names);
    return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> check(n)));
  }

  private static void check(String name) throws IOException {
    JsonNode scenario = JSON.readTree(Scenarios.json(name));
    ConductCase c = CaseJson.standard().read(scenario.get("case").toString(), name);
    Decision d = ConductRules.decide(c);
    List<String> bad = new ArrayList<>();
    JsonNode expect = scenario.get("expect");
    expect.fields().forEachRemaining(e -> {
      String k = e.getKey();
      JsonNode v = e.getValue();
      switch (k) {
        case "regime":
          eq(bad, k, v.isNull() ? null : v.asText(), d.regime().map(r -> r.code()).orElse(null));
          break;
        case "in_scope":
          eq(bad, k, v.asBoolean(), d.inScope());
          break;
        case "former_officer_condition":
          eq(bad, k, v.isNull() ? null : v.asText(), d.formerOfficerCondition().map(Enum::name).orElse(null));
          break;
        case "forum":
          eq(bad, k, v.isNull() ? null : v.asText(), d.forum().map(f -> f.code()).orElse(null));
          break;
        case "warning_expires":
          eq(bad, k, v.isNull() ? null : v.asText(), d.warningExpires().map(Object::toString).orElse(null));
          break;
        case "available_outcomes":
          eq(bad, k, codes(v), d.availableOutcomes().stream().map(Outcome::code).collect(Collectors.toCollection(TreeSet::new)));
          break;
        case "available_outcomes_include":
          codes(v).forEach(o -> { if (!d.allows(Outcome.parse(o))) bad.add("available_outcomes lacks " + o); });
          break;
        case "available_outcomes_exclude":
          codes(v).forEach(o -> { if (d.allows(Outcome.parse(o))) bad.add("available_outcomes should not have " + o); });
          break;
        case "outcome_lawful":
          eq(bad, k, v.asBoolean(), d.outcome().map(OutcomeCheck::lawful).orElse(null));
          break;
        case "resignation_restricted":
          eq(bad, k, v.asBoolean(), d.resignation().restricted());
          break;
        case "consequence_kinds_include":
          codes(v).forEach(o -> { if (d.consequences().stream().noneMatch(x -> x.kind().code().equals(o))) bad.add("consequences lack " + o); });
          break;
        case "consequence_kinds_exclude":
          codes(v).forEach(o -> { if (d.consequences().stream().anyMatch(x -> x.kind().code().equals(o))) bad.add("consequences should not have " + o); });
          break;
        case "guidance_kinds_include":
          codes(v).forEach(o -> { if (d.guidance().stream().noneMatch(x -> x.kind().code().equals(o))) bad.add("guidance lacks " + o); });
          break;
        case "error_codes_nonempty":
          eq(bad, k, v.asBoolean(), !d.problems().isEmpty());
          break;
        case "guidance_kinds_exclude":
          codes(v).forEach(o -> { if (d.guidance().stream().anyMatch(x -> x.kind().code().equals(o))) bad.add("guidance should not have " + o); });
          break;
        case "error_codes_include":
          codes(v).forEach(o -> { if (d.problems().stream().noneMatch(x -> x.code().equals(o))) bad.add("errors lack " + o); });
          break;
        case "error_codes_exclude":
          codes(v).forEach(o -> { if (d.problems().stream().anyMatch(x -> x.code().equals(o))) bad.add("errors should not have " + o); });
          break;
        case "conducted_by_contains":
          if (!d.conductedBy().map(x -> x.toLowerCase(java.util.Locale.ROOT).contains(v.asText().toLowerCase(java.util.Locale.ROOT)))
              .orElse(false)) {
            bad.add("conducted_by " + d.conductedBy() + " does not contain " + v.asText());
          }
          break;
        case "consequence_due_by":
          v.fields().forEachRemaining(kd -> {
            if (d.consequences().stream().noneMatch(x -> x.kind().code().equals(kd.getKey())
                && x.dueBy().map(Object::toString).filter(kd.getValue().asText()::equals).isPresent())) {
              bad.add("no " + kd.getKey() + " due by " + kd.getValue().asText() + " in " + d.consequences());
            }
          });
          break;
        default:
          bad.add("unknown expectation " + k);
      }
    });
    assertFalse(d.explanation().steps().isEmpty(), "explanation is empty");
    if (!bad.isEmpty()) {
      fail(name + ": " + String.join("; ", bad) + "\n" + d);
    }
  }

  private static Set<String> codes(JsonNode v) {
    Set<String> out = new TreeSet<>();
    v.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static void eq(List<String> bad, String k, Object want, Object got) {
    if (want == null ? got != null : !want.equals(got)) {
      bad.add(k + ": want " + want + ", got " + got);
    }
  }
}

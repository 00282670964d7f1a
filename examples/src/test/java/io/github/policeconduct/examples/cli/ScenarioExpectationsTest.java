package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code --json} output of {@code conduct evaluate} on every scenario meets the scenario's
 * {@code expect} block: the checks of {@code shared/tools/check-scenarios}, on the JSON the tool writes.
 */
class ScenarioExpectationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyScenarioHoldsOnTheJsonOutput() throws Exception {
    List<String> files = Golden.scenarioFiles();
    assertTrue(files.size() >= 10, "expected the 10 shared scenarios, found " + files);
    Cli.Result r = Cli.run(Golden.scenarioCases(), "evaluate", "--json", "-");
    assertEquals(0, r.status(), r::toString);
    Map<String, JsonNode> byCase = new HashMap<>();
    for (String line : r.out().split("\n")) {
      JsonNode d = JSON.readTree(line);
      byCase.put(d.get("case").asText(), d);
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f, () -> {
      JsonNode scenario = JSON.readTree(io.github.policeconduct.fixtures.Scenarios.json(f));
      JsonNode d = byCase.get(scenario.get("case").get("id").asText());
      assertNotNull(d, "no decision for " + f);
      List<String> bad = check(d, scenario.get("expect"));
      assertTrue(bad.isEmpty(), f + ": " + String.join("; ", bad) + "\n" + d);
    }));
  }

  static List<String> check(JsonNode d, JsonNode expect) {
    List<String> bad = new ArrayList<>();
    expect.fields().forEachRemaining(e -> {
      String k = e.getKey();
      JsonNode v = e.getValue();
      switch (k) {
        case "regime", "in_scope", "former_officer_condition", "forum", "warning_expires" ->
            eq(bad, k, v, d.get(k));
        case "available_outcomes" -> {
          if (!texts(v).equals(texts(d.get(k)))) {
            bad.add(k + ": want " + texts(v) + ", got " + d.get(k));
          }
        }
        case "available_outcomes_include" -> texts(v).forEach(o -> {
          if (!texts(d.get("available_outcomes")).contains(o)) {
            bad.add("available_outcomes lacks " + o);
          }
        });
        case "available_outcomes_exclude" -> texts(v).forEach(o -> {
          if (texts(d.get("available_outcomes")).contains(o)) {
            bad.add("available_outcomes should not have " + o);
          }
        });
        case "outcome_lawful" -> eq(bad, "outcome.lawful", v, d.path("outcome").get("lawful"));
        case "resignation_restricted" -> eq(bad, "resignation.restricted", v, d.path("resignation").get("restricted"));
        case "consequence_kinds_include" -> texts(v).forEach(o -> {
          if (!kinds(d.get("consequences")).contains(o)) {
            bad.add("consequences lack " + o);
          }
        });
        case "consequence_kinds_exclude" -> texts(v).forEach(o -> {
          if (kinds(d.get("consequences")).contains(o)) {
            bad.add("consequences should not have " + o);
          }
        });
        case "guidance_kinds_include" -> texts(v).forEach(o -> {
          if (!kinds(d.get("guidance")).contains(o)) {
            bad.add("guidance lacks " + o);
          }
        });
        case "error_codes_nonempty" -> {
          if (v.asBoolean() != !d.get("errors").isEmpty()) {
            bad.add("errors non-empty: want " + v + ", got " + d.get("errors"));
          }
        }
        case "guidance_kinds_exclude" -> texts(v).forEach(o -> {
          if (kinds(d.get("guidance")).contains(o)) {
            bad.add("guidance should not have " + o);
          }
        });
        case "error_codes_include" -> texts(v).forEach(o -> {
          if (!codes(d.get("errors")).contains(o)) {
            bad.add("errors lack " + o);
          }
        });
        case "error_codes_exclude" -> texts(v).forEach(o -> {
          if (codes(d.get("errors")).contains(o)) {
            bad.add("errors should not have " + o);
          }
        });
        case "conducted_by_contains" -> {
          String by = d.path("conducted_by").asText("").toLowerCase(java.util.Locale.ROOT);
          if (!by.contains(v.asText().toLowerCase(java.util.Locale.ROOT))) {
            bad.add("conducted_by " + d.get("conducted_by") + " does not contain " + v.asText());
          }
        }
        case "consequence_due_by" -> v.fields().forEachRemaining(kd -> {
          boolean found = false;
          for (JsonNode c : d.path("consequences")) {
            found |= c.path("kind").asText().equals(kd.getKey()) && c.path("due_by").asText().equals(kd.getValue().asText());
          }
          if (!found) {
            bad.add("no " + kd.getKey() + " due by " + kd.getValue().asText() + " in " + d.get("consequences"));
          }
        });
        default -> bad.add("unknown expectation " + k);
      }
    });
    if (d.get("explanation") == null || d.get("explanation").isEmpty()) {
      bad.add("explanation is empty");
    }
    return bad;
  }

  private static void eq(List<String> bad, String k, JsonNode want, JsonNode got) {
    if (got == null || !want.equals(got)) {
      bad.add(k + ": want " + want + ", got " + got);
    }
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new TreeSet<>();
    if (array != null) {
      array.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  private static Set<String> codes(JsonNode array) {
    Set<String> out = new TreeSet<>();
    if (array != null) {
      array.forEach(x -> out.add(x.path("code").asText()));
    }
    return out;
  }

  private static Set<String> kinds(JsonNode array) {
    Set<String> out = new TreeSet<>();
    if (array != null) {
      array.forEach(x -> out.add(x.path("kind").asText()));
    }
    return out;
  }
}

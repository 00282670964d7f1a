package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.rules.ConductRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own timetable scenarios ({@code timetable-scenarios/} in these test resources, listed in its
 * {@code index.txt}): cases with dated events, each read with {@link CaseJson}, decided as at its {@code as_at} and
 * written in the published decision format; the line meets every expectation. The due dates in them were counted
 * by hand from the provisions' words and the bank holidays, not by the library.
 *
 * <p>Expectation keys: {@code state}; {@code timetable} (the steps in order, each expected field equal to the
 * step's); {@code next} (the step ids in order); {@code guidance_kinds_include}; {@code explanation_rules_include};
 * {@code conducted_by_contains}; {@code outcome_lawful}.
 */
class TimetableScenarioTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String resource(String name) throws IOException {
    try (InputStream in = TimetableScenarioTest.class.getResourceAsStream("/timetable-scenarios/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyTimetableScenarioHolds() throws IOException {
    List<String> names = resource("index.txt").lines().filter(l -> !l.isBlank()).toList();
    assertTrue(names.size() >= 7, names::toString);
    return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> check(n)));
  }

  private static void check(String name) throws IOException {
    JsonNode scenario = JSON.readTree(resource(name));
    ConductCase c = CaseJson.standard().read(scenario.get("case").toString(), name);
    JsonNode d = JSON.readTree(DecisionJson.line(ConductRules.decide(c, LocalDate.parse(scenario.get("as_at").asText()))));
    List<String> bad = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = scenario.get("expect").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "state":
        case "outcome_lawful":
          JsonNode actual = e.getKey().equals("state") ? d.get("state") : d.path("outcome").path("lawful");
          if (!v.equals(actual)) {
            bad.add(e.getKey() + ": expected " + v + ", was " + actual);
          }
          break;
        case "timetable":
          if (v.size() != d.get("timetable").size()) {
            bad.add("timetable: expected " + v.size() + " steps, was " + d.get("timetable"));
            break;
          }
          for (int i = 0; i < v.size(); i++) {
            JsonNode step = d.get("timetable").get(i);
            int n = i;
            v.get(i).fields().forEachRemaining(f -> {
              if (!f.getValue().equals(step.get(f.getKey()))) {
                bad.add("timetable[" + n + "]." + f.getKey() + ": expected " + f.getValue() + ", was " + step);
              }
            });
          }
          break;
        case "next":
          List<String> next = new ArrayList<>();
          d.get("next").forEach(s -> next.add(s.get("step").asText()));
          List<String> expected = new ArrayList<>();
          v.forEach(s -> expected.add(s.asText()));
          if (!expected.equals(next)) {
            bad.add("next: expected " + expected + ", was " + next);
          }
          break;
        case "guidance_kinds_include":
        case "explanation_rules_include":
          boolean guidance = e.getKey().startsWith("guidance");
          List<String> have = new ArrayList<>();
          d.get(guidance ? "guidance" : "explanation").forEach(g -> have.add(g.get(guidance ? "kind" : "rule").asText()));
          v.forEach(k -> {
            if (!have.contains(k.asText())) {
              bad.add(e.getKey() + ": " + k.asText() + " not among " + have);
            }
          });
          break;
        case "conducted_by_contains":
          if (!d.path("conducted_by").asText().contains(v.asText())) {
            bad.add("conducted_by: " + d.get("conducted_by"));
          }
          break;
        default:
          bad.add("unknown expectation " + e.getKey());
      }
    }
    assertTrue(bad.isEmpty(), () -> name + ":\n  " + String.join("\n  ", bad) + "\n" + d);
  }
}

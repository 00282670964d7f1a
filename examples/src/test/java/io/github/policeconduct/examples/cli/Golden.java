package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.fixtures.Scenarios;

/**
 * Golden files in {@code src/test/resources/golden}, checked by the rules module's helper (shared through its
 * test-jar), and the shared scenarios, read from the class path.
 */
final class Golden {
  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    io.github.policeconduct.rules.Golden.check(name, actual);
  }

  /** The scenario files' names, sorted. */
  static List<String> scenarioFiles() {
    return Scenarios.names();
  }

  /** The scenarios' cases as JSON Lines, in file-name order. */
  static String scenarioCases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (String name : scenarioFiles()) {
      JsonNode scenario = json.readTree(Scenarios.json(name));
      lines.add(json.writeValueAsString(scenario.get("case")));
    }
    return String.join("\n", lines) + "\n";
  }
}

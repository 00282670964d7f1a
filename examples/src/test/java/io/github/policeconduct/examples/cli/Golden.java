package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Golden files in {@code src/test/resources/golden}. Run the tests with {@code -Dgolden.update=true} to
 * rewrite them after an intended change, then review the diff.
 */
final class Golden {
  private static final Path DIR = Paths.get("src/test/resources/golden");
  private static final Path SCENARIOS = Paths.get("../rules/src/test/resources/scenarios");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertEquals(expected, actual, "output differs from " + file + " (rerun with -Dgolden.update=true if intended)");
  }

  /** The scenario files, sorted by name. */
  static List<Path> scenarioFiles() throws IOException {
    try (Stream<Path> s = Files.list(SCENARIOS)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  /** The scenarios' cases as JSON Lines, in file-name order. */
  static String scenarioCases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Path p : scenarioFiles()) {
      JsonNode scenario = json.readTree(p.toFile());
      lines.add(json.writeValueAsString(scenario.get("case")));
    }
    return String.join("\n", lines) + "\n";
  }
}

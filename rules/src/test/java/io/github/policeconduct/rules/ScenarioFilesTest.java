package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.policeconduct.fixtures.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The scenario copies in the test resources (shared with other modules' tests through the test-jar, and
 * decided by the json module's {@code ScenarioTest}) are all listed and match {@code ../shared/scenarios}.
 */
class ScenarioFilesTest {
  @Test
  void theIndexListsEveryScenarioFile() throws IOException {
    Path dir = Paths.get("src/test/resources/scenarios");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertTrue(files.size() >= 10, "expected the 10 shared scenarios, found " + files);
    assertEquals(files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toList()), Scenarios.names(),
        "scenarios/index.txt (read by other modules' tests through the test-jar) must list every scenario file");
  }

  @Test
  void theScenarioCopiesMatchTheSharedFolderWhenItIsPresent() throws IOException {
    Path shared = Paths.get("../../shared/scenarios");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared),
        "skipped: ../shared/scenarios is not beside this clone, so the copies cannot be compared with it");
    try (Stream<Path> s = Files.list(shared)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".json")).collect(Collectors.toList())) {
        Path copy = Paths.get("src/test/resources/scenarios").resolve(p.getFileName());
        assertTrue(Files.exists(copy), "scenario " + p.getFileName() + " is not copied into the test resources");
        assertEquals(Files.readString(p), Files.readString(copy), "scenario copy out of date: " + p.getFileName());
      }
    }
  }
}

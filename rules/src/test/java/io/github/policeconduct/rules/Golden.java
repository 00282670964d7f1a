package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Reviewed golden files under {@code src/test/resources/golden}: the test fails when the output differs, and
 * {@code -Dgolden.update=true} rewrites the file for a reviewer to check in the diff.
 */
public final class Golden {
  private Golden() {}

  /** Compares {@code actual} with the golden file {@code name} (or rewrites it when asked to). */
  public static void check(String name, String actual) throws IOException {
    Path file = Paths.get("src/test/resources/golden", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        "output differs from " + file + " (rerun with -Dgolden.update=true and review the diff)");
  }
}

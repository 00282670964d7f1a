package io.github.policeconduct.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The scenarios of {@code ../shared/scenarios}, copied into this module's test resources and shared with other
 * modules' tests through the rules test-jar: read from the class path, never from another module's folder.
 */
public final class Scenarios {
  private Scenarios() {}

  /** The scenario files' names, in order, as listed by {@code scenarios/index.txt}. */
  public static List<String> names() {
    return read("index.txt").lines().filter(l -> !l.isBlank()).toList();
  }

  /** The text of one scenario file. */
  public static String json(String name) {
    return read(name);
  }

  private static String read(String name) {
    try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no scenario resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

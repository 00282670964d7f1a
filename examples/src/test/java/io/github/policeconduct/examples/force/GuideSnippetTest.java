package io.github.policeconduct.examples.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The guide quotes the example word for word: the lines between {@code // guide:begin} and
 * {@code // guide:end} of {@link ForceCaseSystemProperties} (and the seeded-stream lines between the
 * {@code stream} markers) appear, dedented, in {@code testkit/README.md}, and the ten lines in
 * {@code docs/force-property-test.md} and the root {@code README.md}. Change the example and this test says where to paste it.
 */
class GuideSnippetTest {
  private static final Path EXAMPLE =
      Paths.get("src/test/java/io/github/policeconduct/examples/force/ForceCaseSystemProperties.java");

  static String region(String marker) throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
    int begin = lines.indexOf("  // " + marker + ":begin");
    int end = lines.indexOf("  // " + marker + ":end");
    assertTrue(begin >= 0 && end > begin, "markers " + marker + " in " + EXAMPLE);
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(begin + 1, end)) {
      out.add(line.startsWith("  ") ? line.substring(2) : line);
    }
    return String.join("\n", out) + "\n";
  }

  private static String read(String path) throws IOException {
    return Files.readString(Paths.get(path), StandardCharsets.UTF_8);
  }

  @Test
  void theGuideQuotesTheTenLinesExactly() throws IOException {
    String snippet = region("guide");
    assertEquals(10, snippet.split("\n").length, snippet);
    assertTrue(read("../testkit/README.md").contains("```java\n" + snippet + "```\n"),
        "testkit/README.md must quote, in a java block:\n" + snippet);
    assertTrue(read("../docs/force-property-test.md").contains("```java\n" + snippet + "```\n"),
        "docs/force-property-test.md must quote, in a java block:\n" + snippet);
    assertTrue(read("../README.md").contains("```java\n" + snippet + "```\n"),
        "README.md must quote, in a java block:\n" + snippet);
  }

  @Test
  void theGuideQuotesTheSeededStreamVariantExactly() throws IOException {
    String snippet = region("stream");
    assertTrue(read("../testkit/README.md").contains("```java\n" + snippet + "```\n"),
        "testkit/README.md must quote, in a java block:\n" + snippet);
  }
}

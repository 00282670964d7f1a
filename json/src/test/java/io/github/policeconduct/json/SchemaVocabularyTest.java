package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policeconduct.core.Role;
import org.junit.jupiter.api.Test;

/**
 * The case schema's vocabularies say exactly what the reader accepts: each {@code $defs} vocabulary is
 * {@code anyOf} the canonical codes (what the library writes) and one pattern generated from the enum's own lookup
 * table. When an enum gains a code or an alias, this test fails and writes the definitions the schema should have
 * to {@code json/target/schema-vocabulary.json}.
 */
class SchemaVocabularyTest {
  private static JsonNode defs() throws IOException {
    return Fixtures.PLAIN.readTree(Fixtures.resource("case.schema.json")).get("$defs");
  }

  @Test
  void eachVocabularyIsTheEnumsCodesAndThePatternOfItsSpellings() throws IOException {
    JsonNode defs = defs();
    ObjectNode expected = Fixtures.PLAIN.createObjectNode();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Class<? extends Enum<?>>> e : SchemaVocabulary.DEFS.entrySet()) {
      ObjectNode def = expected.putObject(e.getKey());
      def.putArray("enum").addAll(SchemaVocabulary.codes(e.getValue()).stream()
          .map(Fixtures.PLAIN.getNodeFactory()::textNode).toList());
      def.put("pattern", SchemaVocabulary.pattern(e.getValue()));
      JsonNode actual = defs.path(e.getKey()).path("anyOf");
      if (!def.get("enum").equals(actual.path(0).path("enum"))
          || !def.get("pattern").equals(actual.path(1).path("pattern"))) {
        wrong.add(e.getKey());
      }
    }
    // The rank a police officer must have: "officer" or "Police Officer" is a police officer too.
    String officer = SchemaVocabulary.pattern(Role.class, Role.POLICE_OFFICER);
    expected.put("police_officer", officer);
    if (!officer.equals(defs.path("subject").path("if").path("properties").path("role").path("pattern").asText())) {
      wrong.add("subject.if (role police_officer)");
    }
    if (!wrong.isEmpty()) {
      Path out = Path.of("target", "schema-vocabulary.json");
      Files.createDirectories(out.getParent());
      Files.writeString(out, Fixtures.PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(expected),
          StandardCharsets.UTF_8);
      fail("case.schema.json disagrees with the enums on " + wrong + "; the definitions it should have are in "
          + out.toAbsolutePath());
    }
  }

  /** Each spelling, and the ways a person may write it, is accepted by parse exactly when the pattern matches. */
  @Test
  void thePatternMatchesWhatParseAccepts() throws Exception {
    int checked = 0;
    for (Map.Entry<String, Class<? extends Enum<?>>> e : SchemaVocabulary.DEFS.entrySet()) {
      Pattern pattern = Pattern.compile(SchemaVocabulary.pattern(e.getValue()));
      Method parse = e.getValue().getMethod("parse", String.class);
      for (String spelling : SchemaVocabulary.spellings(e.getValue())) {
        for (String text : ways(spelling)) {
          boolean accepted = parses(parse, text);
          assertEquals(accepted, pattern.matcher(text).matches(), () -> e.getKey() + ": '" + text + "' parses: " + accepted);
          checked++;
        }
        for (String text : nearMisses(spelling)) {
          assertEquals(parses(parse, text), pattern.matcher(text).matches(), () -> e.getKey() + ": '" + text + "'");
          checked++;
        }
      }
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  private static List<String> ways(String spelling) {
    String spaced = spelling.replace('_', ' ');
    List<String> ways = new ArrayList<>(List.of(spelling, spelling.toUpperCase(Locale.ROOT), spaced,
        titleCase(spaced), spelling.replace('_', '-'), "  " + spaced + " ", "\"" + spelling + "\"", spelling + ".",
        spelling.replace("_", " - "), spelling.replace("k", "\u212A"), spelling.replace("_", "__")));
    if (spelling.contains("and")) {
      ways.add(spaced.replace(" and ", " & "));
      ways.add(spelling.replace("_and_", "&"));
    }
    if (spelling.endsWith("i")) {
      ways.add(spelling.substring(0, spelling.length() - 1) + "\u0130");
    }
    return ways;
  }

  private static List<String> nearMisses(String spelling) {
    List<String> misses = new ArrayList<>(List.of(spelling + "x", "x" + spelling, spelling.substring(1),
        spelling.substring(0, spelling.length() - 1), spelling.replace("_", ""), spelling + " & ",
        spelling + " and", spelling.replace('_', '\u00e9'), spelling + "\u0130x", "\u0130" + spelling));
    if (spelling.contains("and")) {
      misses.add(spelling.replace("_and_", "&&"));
      misses.add(spelling.replace("_and_", "_and_and_"));
      misses.add(spelling.replace("and", "AND&"));
    }
    return misses;
  }

  private static String titleCase(String spaced) {
    StringBuilder b = new StringBuilder();
    for (String w : spaced.split(" ")) {
      b.append(w.isEmpty() ? "" : Character.toUpperCase(w.charAt(0)) + w.substring(1)).append(' ');
    }
    return b.toString().trim();
  }

  private static boolean parses(Method parse, String text) throws IllegalAccessException {
    try {
      parse.invoke(null, text);
      return true;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException) {
        return false;
      }
      throw new AssertionError(e.getCause());
    }
  }
}

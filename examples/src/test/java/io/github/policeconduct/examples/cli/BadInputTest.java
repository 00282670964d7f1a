package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of malformed case of {@code shared/tools/check-bad-input}, each between two good cases: the bad
 * case is reported on standard error naming the field and value, both good cases are still decided in
 * order, the exit status is 1, and nothing looks like a stack trace.
 */
class BadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "{\"id\": \"G1\", \"subject\": {\"role\": \"police_officer\", \"rank\": \"sergeant\"},"
      + " \"allegations\": [{\"id\": \"A1\", \"standards\": [\"honesty_and_integrity\"], \"came_to_attention\": \"2021-03-01\"}]}";

  static Stream<Arguments> badCases() {
    return Stream.of(
        Arguments.of("not JSON at all", "this is not json {", List.of("not valid json", "line 2")),
        Arguments.of("unknown key", bad(c -> allegation(c).set("standard", JSON.createArrayNode().add("x"))),
            List.of("allegations[0].standard", "unknown key")),
        Arguments.of("empty standards", bad(c -> allegation(c).set("standards", JSON.createArrayNode())),
            List.of("standards must not be empty")),
        Arguments.of("unknown standard", bad(c -> ((ArrayNode) allegation(c).get("standards")).set(0, "honesty")),
            List.of("allegations[0].standards[0]", "'honesty'")),
        Arguments.of("impossible date", bad(c -> allegation(c).put("came_to_attention", "2021-02-30")),
            List.of("allegations[0].came_to_attention", "2021-02-30")),
        Arguments.of("missing role", bad(c -> subject(c).remove("role")), List.of("subject", "role")),
        Arguments.of("unknown rank", bad(c -> subject(c).put("rank", "general")), List.of("subject.rank", "general")),
        Arguments.of("officer without rank", bad(c -> subject(c).remove("rank")), List.of("rank is required")),
        Arguments.of("leaving before joining", bad(c -> {
          subject(c).put("joined", "2020-01-01");
          subject(c).putObject("left").put("date", "2019-01-01").put("reason", "resigned");
        }), List.of("left.date", "2019-01-01")),
        Arguments.of("conduct after attention", bad(c -> allegation(c).put("conduct_date", "2021-06-01")),
            List.of("conduct_date", "2021-06-01")),
        Arguments.of("finding for an unknown allegation", bad(c -> {
          ObjectNode p = c.putObject("proceedings").put("forum", "misconduct_meeting").put("date", "2021-06-01");
          p.putArray("findings").addObject().put("allegation", "A9").put("finding", "misconduct");
        }), List.of("findings", "A9")),
        Arguments.of("wrong JSON type", bad(c -> subject(c).put("student_officer", "yes")),
            List.of("subject.student_officer", "yes")),
        Arguments.of("a JSON value that is not an object", "[1, 2]", List.of("case object")),
        Arguments.of("unknown forum", bad(c -> c.putObject("proceedings").put("forum", "tribunal")),
            List.of("proceedings.forum", "tribunal")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCases")
  void aBadCaseIsReportedAndTheGoodCasesAroundItAreStillDecided(String kind, String bad, List<String> words) {
    String input = GOOD + "\n" + bad + "\n" + GOOD.replace("G1", "G2") + "\n";
    Cli.Result r = Cli.run(input, "evaluate", "--json", "-");
    assertEquals(1, r.status(), r::toString);
    String err = r.err();
    assertEquals(1, err.split("\n").length, "one line per problem: " + err);
    assertTrue(err.startsWith("- line 2"), "names the source and line: " + err);
    for (String w : words) {
      assertTrue(err.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)), "stderr should name " + w + ": " + err);
    }
    assertNoStackTrace(r);
    assertEquals(List.of("G1", "G2"), decidedIds(r.out()));
  }

  @Test
  void everyProblemInAFileIsReportedInOrderAndTheExitStatusIsOne() {
    String input = "nonsense\n" + GOOD + "\n{\"id\": \"B2\"}\n\n" + GOOD.replace("G1", "G2") + "\n{\"id\": 1,\n";
    Cli.Result r = Cli.run(input, "evaluate", "-");
    assertEquals(1, r.status(), r::toString);
    String[] lines = r.err().split("\n");
    assertEquals(3, lines.length, r.err());
    assertTrue(lines[0].startsWith("- line 1"), lines[0]);
    assertTrue(lines[1].startsWith("- line 3"), lines[1]);
    assertTrue(lines[2].startsWith("- line 6"), lines[2]);
    assertNoStackTrace(r);
    assertTrue(r.out().startsWith("Case G1 "), r.out());
    assertTrue(r.out().contains("\n\nCase G2 "), r.out());
  }

  @Test
  void badElementsOfAnArrayAreReportedByIndex() {
    String input = "[\n" + GOOD + ",\n{\"id\": \"B1\", \"subject\": {\"role\": \"pcso\", \"grade\": 3}},\n"
        + GOOD.replace("G1", "G2") + "\n]\n";
    Cli.Result r = Cli.run(input, "evaluate", "--json", "-");
    assertEquals(1, r.status(), r::toString);
    assertTrue(r.err().startsWith("- line 3, subject.grade: unknown key 'grade'"), r.err());
    assertEquals(List.of("G1", "G2"), decidedIds(r.out()));
  }

  /** One bad byte is one bad case (issue 16, item 2): its line is named, the others decided, from a file and from standard input. */
  @Test
  void aByteThatIsNotUtf8IsTheProblemOfItsLineOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write((GOOD + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.write("{\"id\": \"B\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write("\", \"subject\": {}}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.write((GOOD.replace("G1", "G2") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.nio.file.Path file = dir.resolve("cases.jsonl");
    java.nio.file.Files.write(file, bytes.toByteArray());
    for (boolean json : new boolean[] {false, true}) {
      String[] fromFile = json ? new String[] {"evaluate", "--json", file.toString()} : new String[] {"evaluate", file.toString()};
      String[] fromStdin = json ? new String[] {"evaluate", "--json", "-"} : new String[] {"evaluate", "-"};
      for (Cli.Result r : List.of(Cli.run(new java.io.ByteArrayInputStream(bytes.toByteArray()), fromStdin),
          Cli.run(new java.io.ByteArrayInputStream(new byte[0]), fromFile))) {
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.err().lines().anyMatch(l -> l.contains(" line 2") && l.contains("not valid UTF-8")), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.out().contains("G1") && r.out().contains("G2"), r::toString);
        assertNoStackTrace(r);
      }
    }
  }

  @Test
  void anEmptyInputDecidesNothingAndSucceedsSayingSo() {
    Cli.Result r = Cli.run("\n\n", "evaluate", "--json", "-");
    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.out());
    assertEquals("-: 0 cases", r.err().strip());
  }

  private static void assertNoStackTrace(Cli.Result r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread") || r.err().contains("Exception:"),
        r::toString);
    assertFalse(r.out().contains("\tat "), r::toString);
  }

  private static List<String> decidedIds(String out) {
    List<String> ids = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      try {
        ids.add(JSON.readTree(line).get("case").asText());
      } catch (Exception e) {
        throw new AssertionError("stdout line is not JSON: " + line, e);
      }
    }
    return ids;
  }

  private static String bad(Consumer<ObjectNode> change) {
    try {
      ObjectNode c = (ObjectNode) JSON.readTree(GOOD);
      c.put("id", "B1");
      change.accept(c);
      return JSON.writeValueAsString(c);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode allegation(JsonNode c) {
    return (ObjectNode) c.get("allegations").get(0);
  }

  private static ObjectNode subject(JsonNode c) {
    return (ObjectNode) c.get("subject");
  }
}

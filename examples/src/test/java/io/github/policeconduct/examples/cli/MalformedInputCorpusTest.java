package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus (issue 16): every kind of bad case found by attacking the reader, the 12 of
 * {@code shared/tools/check-bad-input} among them, each put between two good cases and run four ways (from a file
 * and from standard input, through the in-process writer path and the command line's byte path). Each must keep
 * the promise of {@code docs/contract.md}: exit status 1; one problem on standard error, one line, naming the source
 * and line 2 and the field and value (and never free text); no stack trace; no partial line of JSON; and both good
 * cases decided, in order.
 */
class MalformedInputCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "{\"id\": \"G1\", \"subject\": {\"role\": \"police_officer\", \"rank\": \"sergeant\"},"
      + " \"allegations\": [{\"id\": \"A1\", \"standards\": [\"honesty_and_integrity\"], \"came_to_attention\": \"2021-03-01\"}]}";
  private static final String HEARD = "\"proceedings\": {\"forum\": \"misconduct_meeting\", \"date\": \"%s\", \"findings\":"
      + " [{\"allegation\": \"A1\", \"finding\": \"misconduct\"}], \"outcome\": \"written_warning\"}";

  @TempDir
  Path dir;

  /** A bad case: its bytes, the words its problem must hold, and text it must never show. */
  record Kind(String name, byte[] bad, List<String> words, List<String> never) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Kind kind(String name, String bad, String... words) {
    return new Kind(name, bad.getBytes(StandardCharsets.UTF_8), List.of(words), List.of());
  }

  private static Kind secret(String name, String bad, String secret, String... words) {
    return new Kind(name, bad.getBytes(StandardCharsets.UTF_8), List.of(words), List.of(secret));
  }

  private static Kind bytes(String name, byte[] bad, String... words) {
    return new Kind(name, bad, List.of(words), List.of());
  }

  /** The good case with {@code from} replaced by {@code to}, as case B1. */
  private static String bad(String from, String to) {
    String b = GOOD.replace("\"G1\"", "\"B1\"");
    assertTrue(b.contains(from), from);
    return b.replace(from, to);
  }

  private static String withAllegationKey(String keyAndValue) {
    return bad("\"id\": \"A1\",", "\"id\": \"A1\", " + keyAndValue + ",");
  }

  private static String withCaseKey(String keyAndValue) {
    return bad("{\"id\": \"B1\",", "{\"id\": \"B1\", " + keyAndValue + ",");
  }

  private static byte[] concat(String a, int[] middle, String b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a.getBytes(StandardCharsets.UTF_8));
    for (int x : middle) {
      out.write(x);
    }
    out.writeBytes(b.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Stream<Kind> corpus() {
    List<Kind> k = new ArrayList<>();
    // The 12 kinds of shared/tools/check-bad-input (and two more of the same family).
    k.add(kind("not JSON at all", "this is not json {", "not valid json"));
    k.add(kind("unknown key", withAllegationKey("\"standard\": [\"x\"]"), "allegations[0].standard", "unknown key"));
    k.add(kind("empty standards", bad("[\"honesty_and_integrity\"]", "[]"), "standards must not be empty"));
    k.add(kind("unknown standard", bad("\"honesty_and_integrity\"", "\"honesty\""), "allegations[0].standards[0]",
        "'honesty'", "did you mean honesty_and_integrity?"));
    k.add(kind("impossible date", bad("2021-03-01", "2021-02-30"), "allegations[0].came_to_attention", "2021-02-30"));
    k.add(kind("missing role", bad("\"role\": \"police_officer\", ", ""), "subject", "role"));
    k.add(kind("unknown rank", bad("\"sergeant\"", "\"general\""), "subject.rank", "general"));
    k.add(kind("officer without rank", bad(", \"rank\": \"sergeant\"", ""), "rank is required"));
    k.add(kind("left before joined", bad("\"rank\": \"sergeant\"", "\"rank\": \"sergeant\", \"joined\": \"2020-01-01\", "
        + "\"left\": {\"date\": \"2019-01-01\", \"reason\": \"resigned\"}"), "left.date", "2019-01-01"));
    k.add(kind("conduct after attention", withAllegationKey("\"conduct_date\": \"2021-06-01\""), "conduct_date", "2021-06-01"));
    k.add(kind("finding for an unknown allegation", withCaseKey(String.format(HEARD, "2021-06-01").replace("\"A1\"", "\"A9\"")),
        "findings", "A9"));
    k.add(kind("wrong JSON type", bad("\"rank\": \"sergeant\"", "\"rank\": \"sergeant\", \"student_officer\": \"yes\""),
        "subject.student_officer", "yes"));
    k.add(kind("a JSON value that is not an object", "[1, 2]", "case object"));
    k.add(kind("unknown forum", withCaseKey("\"proceedings\": {\"forum\": \"tribunal\"}"), "proceedings.forum", "tribunal"));
    // Bytes (item 2).
    k.add(bytes("a byte that is not UTF-8", concat("{\"id\": \"B", new int[] {0xFF}, "\"}"), "not valid UTF-8"));
    k.add(bytes("a truncated UTF-8 sequence", concat("{\"id\": \"B", new int[] {0xE2, 0x82}, "\"}"), "not valid UTF-8"));
    k.add(bytes("an overlong UTF-8 encoding", concat("{\"id\": \"B", new int[] {0xC0, 0xAF}, "\"}"), "not valid UTF-8"));
    k.add(bytes("a raw NUL byte in a string", concat("{\"id\": \"B", new int[] {0}, "\"}"), "not valid JSON", "code 0"));
    // Size and depth (items 1 and 3).
    k.add(kind("nesting 40 deep where a string belongs", withAllegationKey("\"summary\": " + "[".repeat(40) + "]".repeat(40)),
        "allegations[0].summary", "expected a string"));
    k.add(kind("nesting 40 deep under an unknown key", withCaseKey("\"x\": " + "[".repeat(40) + "]".repeat(40)),
        "x[0][0]", "nested too deeply", "32"));
    k.add(kind("a line nested 40 deep", "[".repeat(40) + "]".repeat(40), "line 2"));
    k.add(kind("a string over 10,000 characters", bad("\"B1\"", "\"" + "B".repeat(10_001) + "\""), "id", "limit"));
    k.add(kind("a case over 1 MiB", withAllegationKey("\"summary\": \"" + "y".repeat(1_100_000) + "\""), "limit",
        "bytes"));
    k.add(kind("a number of 30 digits", withCaseKey("\"record\": {\"warnings\": [{\"type\": \"written_warning\", "
        + "\"notified\": \"2020-01-01\", \"months\": 123456789012345678901234567890}]}"), "record.warnings[0].months"));
    // Text that must not forge a line or leak (item 7).
    k.add(kind("a line feed in a value", bad("\"sergeant\"", "\"serg\\neant\""), "subject.rank", "serg\\neant"));
    k.add(kind("an escape code in a value", bad("\"sergeant\"", "\"\\u001b[31msergeant\""), "subject.rank", "\\u001b"));
    k.add(kind("a line separator in a value", bad("\"sergeant\"", "\"serg\\u2028eant\""), "subject.rank", "\\u2028"));
    k.add(secret("an unquoted name", withAllegationKey("\"summary\": Jane_Doe_struck_him"), "Jane",
        "allegations[0].summary", "not shown"));
    k.add(secret("a summary of the wrong type", withAllegationKey("\"summary\": [\"Jane Doe\"]"), "Jane",
        "allegations[0].summary", "expected a string"));
    k.add(secret("a summary too long", withAllegationKey("\"summary\": \"" + "Jane Doe ".repeat(1200) + "\""), "Jane",
        "allegations[0].summary", "limit"));
    // Odd data (item 8).
    k.add(kind("a lone surrogate in an id", bad("\"B1\"", "\"B1\\ud800\""), "id", "lone surrogate", "\\ud800"));
    k.add(kind("a warning of 2^31-1 months", withCaseKey("\"record\": {\"warnings\": [{\"type\": \"final_written_warning\", "
        + "\"notified\": \"2020-01-01\", \"months\": 2147483647}]}"), "record.warnings[0].months", "2147483647", "600"));
    k.add(kind("a final written warning of 0 months", withCaseKey(String.format(HEARD, "2021-06-01")
        .replace("\"outcome\": \"written_warning\"", "\"outcome\": \"final_written_warning\", \"final_written_warning_months\": 0")),
        "final_written_warning_months", "0"));
    k.add(kind("a year of five digits", bad("\"2021-03-01\"", "\"+10000-03-01\""), "came_to_attention", "+10000-03-01"));
    k.add(kind("a date written day first", bad("\"2021-03-01\"", "\"01/03/2021\""), "came_to_attention", "01/03/2021"));
    // Dates against each other (item 13).
    k.add(kind("proceedings before attention", withCaseKey(String.format(HEARD, "2021-02-28")), "proceedings.date",
        "2021-02-28", "allegations[0].came_to_attention"));
    k.add(kind("proceedings before the assessment", bad("\"came_to_attention\": \"2021-03-01\"",
        "\"came_to_attention\": \"2021-03-01\", \"severity\": {\"level\": \"misconduct\", \"assessed\": \"2021-05-01\"}")
        .replace("{\"id\": \"B1\",", "{\"id\": \"B1\", " + String.format(HEARD, "2021-04-30") + ","),
        "proceedings.date", "2021-04-30", "allegations[0].severity.assessed"));
    k.add(kind("a warning notified after the proceedings", withCaseKey(String.format(HEARD, "2021-06-01")
        + ", \"record\": {\"warnings\": [{\"type\": \"written_warning\", \"notified\": \"2021-06-02\"}]}"),
        "record.warnings[0].notified", "2021-06-02", "proceedings.date"));
    // The shape of the document.
    k.add(kind("an empty object", "{}", "missing required keys"));
    k.add(kind("null", "null", "null"));
    k.add(kind("a string", "\"case\"", "case object"));
    k.add(kind("half a case", GOOD.substring(0, GOOD.length() / 2), "not valid json"));
    k.add(kind("text after the case", bad("}]}", "}]} x"), "not valid json"));
    k.add(kind("a trailing comma", bad("}]}", "},]}"), "not valid json"));
    k.add(kind("a key given twice", bad("{\"id\": \"B1\",", "{\"id\": \"B1\", \"id\": \"B2\","), "id", "duplicate"));
    k.add(kind("an unknown top-level key", withCaseKey("\"colour\": \"blue\""), "colour", "unknown key"));
    k.add(kind("a blank id", bad("\"B1\"", "\"  \""), "id", "blank"));
    k.add(kind("a number for an id", bad("\"B1\"", "12"), "id", "expected a string"));
    k.add(kind("no allegations", bad("\"allegations\": [{\"id\": \"A1\", \"standards\": [\"honesty_and_integrity\"], "
        + "\"came_to_attention\": \"2021-03-01\"}]", "\"allegations\": []"), "allegations", "must not be empty"));
    k.add(kind("a missing came_to_attention", bad(", \"came_to_attention\": \"2021-03-01\"", ""), "came_to_attention"));
    k.add(kind("duplicate allegation ids", bad("\"came_to_attention\": \"2021-03-01\"}]",
        "\"came_to_attention\": \"2021-03-01\"}, {\"id\": \"A1\", \"standards\": [\"confidentiality\"], "
            + "\"came_to_attention\": \"2021-03-01\"}]"), "allegations[1].id", "A1"));
    k.add(kind("two findings on one allegation", withCaseKey(String.format(HEARD, "2021-06-01").replace(
        "[{\"allegation\": \"A1\", \"finding\": \"misconduct\"}]",
        "[{\"allegation\": \"A1\", \"finding\": \"misconduct\"}, {\"allegation\": \"A1\", \"finding\": \"misconduct\"}]")),
        "findings[1].allegation", "A1"));
    k.add(kind("an unknown finding", withCaseKey(String.format(HEARD, "2021-06-01").replace("\"finding\": \"misconduct\"",
        "\"finding\": \"guilty\"")), "finding", "guilty"));
    k.add(kind("an unknown outcome", withCaseKey(String.format(HEARD, "2021-06-01").replace("\"written_warning\"",
        "\"sacked\"")), "proceedings.outcome", "sacked"));
    k.add(kind("an unknown severity level", withAllegationKey("\"severity\": {\"level\": \"serious\"}"), "severity.level",
        "serious"));
    // Events (issue 17).
    k.add(kind("an unknown event type", withCaseKey("\"events\": [{\"type\": \"hearing_held\", \"date\": \"2021-05-03\"}]"),
        "events[0].type", "hearing_held"));
    k.add(kind("an event before the case began", withCaseKey("\"events\": [{\"type\": \"suspended\", "
        + "\"date\": \"2021-02-03\"}]"), "events[0].date", "2021-02-03", "suspended"));
    k.add(kind("an event of an allegation the case does not have", withCaseKey("\"events\": [{\"type\": "
        + "\"suspended\", \"date\": \"2021-05-03\", \"allegation\": \"A7\"}]"), "events[0].allegation", "A7"));
    k.add(kind("a near miss of a role", bad("\"police_officer\"", "\"polce_officer\""), "subject.role",
        "did you mean police_officer?"));
    return k.stream();
  }

  @Test
  void theCorpusHoldsAtLeast40Kinds() {
    assertTrue(corpus().count() >= 40, "kinds: " + corpus().count());
    assertEquals(corpus().count(), corpus().map(Kind::name).distinct().count(), "each kind once");
  }

  static Stream<Arguments> runs() {
    return corpus().flatMap(k -> Stream.of("file/writer", "file/bytes", "stdin/writer", "stdin/bytes")
        .map(how -> Arguments.of(k, how)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("runs")
  void aBadCaseIsOneProblemOnOneLineAndTheGoodCasesAroundItAreDecided(Kind kind, String how) throws IOException {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    in.writeBytes(kind.bad());
    in.writeBytes(("\n" + GOOD.replace("\"G1\"", "\"G2\"") + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] input = in.toByteArray();
    String source = "-";
    String[] args = {"evaluate", "--json", "-"};
    byte[] stdin = input;
    if (how.startsWith("file")) {
      Path file = dir.resolve("cases.jsonl");
      Files.write(file, input);
      source = file.toString();
      args = new String[] {"evaluate", "--json", source};
      stdin = new byte[0];
    }
    int status;
    String out;
    String err;
    if (how.endsWith("bytes")) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      status = ConductCommand.run(new ByteArrayInputStream(stdin), o, e, args);
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    } else {
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      status = ConductCommand.run(new ByteArrayInputStream(stdin), new PrintWriter(o), new PrintWriter(e), args);
      out = o.toString();
      err = e.toString();
    }
    String shown = "exit " + status + "\nstderr: " + err + "\nstdout: " + abbreviate(out);
    assertEquals(1, status, shown);
    List<String> problems = err.lines().toList();
    assertEquals(1, problems.size(), "one problem, on one line: " + shown);
    String problem = problems.get(0);
    assertTrue(problem.startsWith(source + " line 2"), "names the source and the line: " + shown);
    for (String w : kind.words()) {
      assertTrue(problem.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)), "names " + w + ": " + problem);
    }
    for (String s : kind.never()) {
      assertFalse(problem.contains(s), "never shows " + s + ": " + problem);
    }
    assertFalse(problem.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
        || Character.isSurrogate((char) c) && !problem.codePoints().anyMatch(Character::isSupplementaryCodePoint)),
        "no control character: " + problem);
    assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + shown);
    List<String> decided = new ArrayList<>();
    for (String line : out.split("\r?\n")) {
      if (!line.isEmpty()) {
        JsonNode d = JSON.readTree(line); // a whole line of JSON, never a partial one
        decided.add(d.get("case").asText());
      }
    }
    assertEquals(List.of("G1", "G2"), decided, shown);
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}

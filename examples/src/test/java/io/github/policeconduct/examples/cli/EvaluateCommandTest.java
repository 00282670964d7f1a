package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The keys of CONTRACT.md, in the documented order. */
  private static final List<String> KEYS = List.of("case", "regime", "in_scope", "former_officer_condition", "forum",
      "available_outcomes", "outcome", "warning_expires", "resignation", "consequences", "guidance", "explanation",
      "errors");

  @Test
  void scenarioCasesAsTextMatchTheGoldenFile() throws Exception {
    Cli.Result r = Cli.run(Golden.scenarioCases(), "evaluate", "-");
    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.err());
    Golden.assertMatches("evaluate-scenarios.txt", r.out());
  }

  @Test
  void scenarioCasesAsJsonMatchTheGoldenFile() throws Exception {
    Cli.Result r = Cli.run(Golden.scenarioCases(), "evaluate", "--json", "-");
    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.err());
    Golden.assertMatches("evaluate-scenarios.jsonl", r.out());
  }

  @Test
  void jsonHasTheDocumentedKeysInTheDocumentedOrder() throws Exception {
    Cli.Result r = Cli.run(Golden.scenarioCases(), "evaluate", "--json", "-");
    for (String line : r.out().split("\n")) {
      JsonNode d = JSON.readTree(line);
      List<String> keys = new ArrayList<>();
      d.fieldNames().forEachRemaining(k -> { if (KEYS.contains(k)) keys.add(k); });
      assertEquals(KEYS, keys, line);
      List<String> outcomes = new ArrayList<>();
      d.get("available_outcomes").forEach(o -> outcomes.add(o.asText()));
      assertEquals(outcomes.stream().sorted().toList(), outcomes, "available_outcomes sorted by code");
      assertTrue(d.get("outcome").isNull() || d.get("outcome").has("decided") && d.get("outcome").has("lawful"));
      assertTrue(d.get("resignation").has("restricted"));
      d.get("consequences").forEach(c -> assertTrue(c.has("kind") && c.has("due_by"), c::toString));
      d.get("guidance").forEach(g -> assertTrue(g.has("kind"), g::toString));
      assertFalse(d.get("explanation").isEmpty(), "explanation is never empty");
      d.get("explanation").forEach(s -> assertTrue(s.has("rule") && s.has("citation") && s.has("because"), s::toString));
      d.get("errors").forEach(e -> assertTrue(e.has("code") && e.has("message") && e.has("citation"), e::toString));
    }
  }

  @Test
  void readsAFileByNameAndCasesAsAnArrayOrOnePrettyPrintedObject(@TempDir Path dir) throws Exception {
    String jsonl = Golden.scenarioCases();
    List<JsonNode> cases = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      cases.add(JSON.readTree(line));
    }
    String expected = Cli.run(jsonl, "evaluate", "--json", "-").out();

    Path lines = dir.resolve("cases.jsonl");
    Files.writeString(lines, jsonl);
    assertEquals(expected, Cli.run("", "evaluate", "--json", lines.toString()).out());

    Path array = dir.resolve("cases.json");
    Files.writeString(array, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(cases));
    Cli.Result fromArray = Cli.run("", "evaluate", "--json", array.toString());
    assertEquals(0, fromArray.status(), fromArray::toString);
    assertEquals(expected, fromArray.out());

    Path one = dir.resolve("one.json");
    Files.writeString(one, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(cases.get(0)));
    Cli.Result fromOne = Cli.run("", "evaluate", "--json", one.toString());
    assertEquals(0, fromOne.status(), fromOne::toString);
    assertEquals(expected.substring(0, expected.indexOf('\n') + 1), fromOne.out());
  }

  @Test
  void anAsAtDateBeforeAnythingCameToAttentionIsAllowedButSaid() throws Exception {
    String kent2016 = Golden.scenarioCases().split("\n")[3];
    String id = JSON.readTree(kent2016).get("id").asText();
    String earliest = java.util.stream.StreamSupport.stream(JSON.readTree(kent2016).get("allegations").spliterator(), false)
        .map(a -> a.get("came_to_attention").asText()).sorted().findFirst().orElseThrow();
    String note = "- line 1, case " + id + ": note: decided as at 2000-01-01, before anything in the case came to"
        + " attention (the earliest on " + earliest + "); every fact dated after 2000-01-01 is left out\n";
    Cli.Result r = Cli.run(kent2016, "evaluate", "--json", "--as-at", "2000-01-01", "-");
    assertEquals(0, r.status(), r::toString);
    assertEquals(note, r.err());
    assertEquals("2000-01-01", JSON.readTree(r.out()).get("as_at").asText());
    // the same from the command line's byte path
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = ConductCommand.run(new java.io.ByteArrayInputStream(kent2016.getBytes(StandardCharsets.UTF_8)), out, err,
        "evaluate", "--json", "--as-at", "2000-01-01", "-");
    assertEquals(0, status);
    assertEquals(note, err.toString(StandardCharsets.UTF_8));
    // as at the day itself, or later, nothing is said
    assertEquals("", Cli.run(kent2016, "evaluate", "--json", "--as-at", earliest, "-").err());
  }

  @Test
  void theReadmesTimetableExampleIsWhatTheToolPrints() throws Exception {
    Cli.Result r = Cli.run("", "evaluate", "cases/timetable.jsonl");
    assertEquals(0, r.status(), r::toString);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String out = r.out();
    String block = out.substring(out.indexOf("Case TT-2023-002"));
    block = block.substring(block.indexOf("  Timetable:"), block.indexOf("Why:"));
    assertTrue(readme.contains(block), "README, Track a case through time, should show:\n" + block);
  }

  @Test
  void asAtDecidesAsAtThatDay() throws Exception {
    String kent2016 = Golden.scenarioCases().split("\n")[3];
    JsonNode d = JSON.readTree(Cli.run(kent2016, "evaluate", "--json", "--as-at", "2016-12-01", "-").out());
    assertEquals("2016-12-01", d.get("as_at").asText());
    JsonNode byDefault = JSON.readTree(Cli.run(kent2016, "evaluate", "--json", "-").out());
    assertEquals("2016-10-31", byDefault.get("as_at").asText(), "default: the latest date the case records");
  }

  @Test
  void aFileThatCannotBeOpenedIsAUsageErrorSaidInOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // The documented status of a usage error (2), the same as report gives; before, evaluate exited 1.
    Cli.Result r = Cli.run("", "evaluate", "--json", "no-such-file.jsonl");
    assertEquals(2, r.status());
    assertEquals("no-such-file.jsonl: no such file\n", r.err());
    assertEquals("", r.out());
    Cli.Result directory = Cli.run("", "evaluate", dir.toString());
    assertEquals(2, directory.status());
    assertEquals(dir + ": is a directory, not a case file\n", directory.err());
    Cli.Result badName = Cli.run("", "evaluate", "nul\u0000name");
    assertEquals(2, badName.status());
    assertTrue(badName.err().startsWith("nul\\u0000name: not a file name"), badName.err());
  }

  @Test
  void whyAFileCannotBeReadIsSaid() {
    // Root reads any file, so the reasons are checked where they are worded: each names the file and says why.
    assertEquals("cases.json: cannot be read: permission denied",
        InputFiles.cannotOpen("cases.json", new java.nio.file.AccessDeniedException("/x/cases.json")).getMessage());
    assertEquals("cases.json: no such file",
        InputFiles.cannotOpen("cases.json", new java.nio.file.NoSuchFileException("/x/cases.json")).getMessage());
    assertEquals("cases.json: cannot be read: Input/output error",
        InputFiles.cannotOpen("cases.json", new java.nio.file.FileSystemException("/x", null, "Input/output error"))
            .getMessage());
    assertEquals("cases.json: cannot be read: Stale file handle",
        InputFiles.cannotOpen("cases.json", new java.io.IOException("Stale file handle")).getMessage());
  }

  @Test
  void streamsOneCaseAtATimeAndFlushesEachLineWhole() {
    String line = "{\"id\":\"S%d\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"sergeant\"},"
        + "\"allegations\":[{\"id\":\"A1\",\"standards\":[\"use_of_force\"],\"came_to_attention\":\"2021-03-01\"}]}\n";
    int total = 5_000;
    long[] consumed = {0};
    InputStream in = new InputStream() {
      private final Iterator<byte[]> lines = java.util.stream.IntStream.range(0, total)
          .mapToObj(i -> String.format(Locale.ROOT, line, i).getBytes(StandardCharsets.UTF_8)).iterator();
      private byte[] current = new byte[0];
      private int pos;

      @Override
      public int read() {
        if (pos == current.length) {
          if (!lines.hasNext()) {
            return -1;
          }
          current = lines.next();
          pos = 0;
        }
        consumed[0]++;
        return current[pos++] & 0xff;
      }
    };
    long[] consumedAtFirstFlush = {-1};
    int[] flushes = {0};
    StringWriter buffer = new StringWriter();
    Writer out = new Writer() {
      @Override
      public void write(char[] c, int off, int len) {
        buffer.write(c, off, len);
      }

      @Override
      public void flush() {
        if (consumedAtFirstFlush[0] < 0 && buffer.getBuffer().length() > 0) {
          consumedAtFirstFlush[0] = consumed[0];
        }
        if (buffer.getBuffer().length() > 0) {
          assertEquals('\n', buffer.getBuffer().charAt(buffer.getBuffer().length() - 1), "flushed a partial line");
          flushes[0]++;
        }
      }

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    int status = ConductCommand.run(in, new PrintWriter(out), new PrintWriter(err), "evaluate", "--json", "-");
    assertEquals(0, status, err::toString);
    assertEquals(total, buffer.toString().split("\n").length);
    assertTrue(consumedAtFirstFlush[0] > 0 && consumedAtFirstFlush[0] < consumed[0] / 10,
        "the first decision should be written long before the input is read: " + consumedAtFirstFlush[0] + " of "
            + consumed[0]);
    assertTrue(flushes[0] >= total, "each line flushed");
  }

  @Test
  void anEmptyInputIsNoErrorButIsSaid() {
    for (String stdin : new String[] {"", "\n\n", "[]"}) {
      Cli.Result r = Cli.run(stdin, "evaluate", "-");
      assertEquals(0, r.status(), r::toString);
      assertEquals("", r.out());
      assertEquals("-: 0 cases", r.err().strip(), r::toString);
      Cli.Result json = Cli.run(stdin, "evaluate", "--json", "-");
      assertEquals("-: 0 cases", json.err().strip(), json::toString);
    }
  }
}

package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.GOOD;
import static io.github.policeconduct.json.Fixtures.good;
import static io.github.policeconduct.json.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Standard;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseJsonTest {
  private static final CaseJson JSON = CaseJson.standard();

  private static CaseFormatException bad(String json) {
    return assertThrows(CaseFormatException.class, () -> JSON.read(json, "cases.json"));
  }

  private static List<CaseJson.Result> all(String text) {
    List<CaseJson.Result> out = new ArrayList<>();
    try (CaseJson.Cursor cursor = JSON.open(new StringReader(text), "cases.jsonl")) {
      cursor.forEachRemaining(out::add);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static void assertCase(CaseJson.Result r, long index, long line, String id) {
    assertAll(() -> assertEquals(index, r.index(), "index"), () -> assertEquals(line, r.line(), "line"),
        () -> assertTrue(r.isValid(), () -> "expected case " + id + ", got " + r),
        () -> assertEquals(id, r.conductCase().map(ConductCase::id).orElse(null)));
  }

  private static CaseFormatException assertProblem(CaseJson.Result r, long index, long line) {
    assertEquals(index, r.index(), "index");
    assertEquals(line, r.line(), "line");
    assertFalse(r.isValid(), () -> "expected a problem, got " + r);
    return r.error().orElseThrow();
  }

  /** The must-pass inputs of shared/tools/check-bad-input, with the exact path and value reported. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("unknown key", variant("allegations.0.standard", "[\"x\"]"),
            "allegations[0].standard", "standard", "unknown key 'standard' (known keys: id, summary, standards,"),
        Arguments.of("empty standards", variant("allegations.0.standards", "[]"),
            "allegations[0].standards", "[]", "standards must not be empty"),
        Arguments.of("unknown standard", variant("allegations.0.standards", "[\"honesty\"]"),
            "allegations[0].standards[0]", "honesty", "unknown standard 'honesty'; expected one of honesty_and_integrity"),
        Arguments.of("impossible date", variant("allegations.0.came_to_attention", "\"2021-02-30\""),
            "allegations[0].came_to_attention", "2021-02-30", "'2021-02-30' is no such date"),
        Arguments.of("missing role", variant("subject.role", null),
            "subject.role", "", "missing required key 'role'"),
        Arguments.of("unknown rank", variant("subject.rank", "\"general\""),
            "subject.rank", "general", "unknown rank 'general'"),
        Arguments.of("officer without rank", variant("subject.rank", null),
            "subject.rank", "absent", "rank is required for a police_officer subject"),
        Arguments.of("left before joined", variant(variant("subject.joined", "\"2020-01-01\""), "subject.left",
            "{\"date\": \"2019-01-01\", \"reason\": \"resigned\"}"),
            "subject.left.date", "2019-01-01", "left.date (2019-01-01) is before joined (2020-01-01)"),
        Arguments.of("conduct after attention", variant("allegations.0.conduct_date", "\"2021-06-01\""),
            "allegations[0].conduct_date", "2021-06-01", "conduct_date (2021-06-01) is after came_to_attention (2021-03-01)"),
        Arguments.of("finding for unknown allegation", variant("proceedings", "{\"forum\": \"misconduct_meeting\", "
            + "\"date\": \"2021-06-01\", \"findings\": [{\"allegation\": \"A9\", \"finding\": \"misconduct\"}]}"),
            "proceedings.findings[0].allegation", "A9", "A9 is not an allegation of case G1"),
        Arguments.of("student_officer as a string", variant("subject.student_officer", "\"yes\""),
            "subject.student_officer", "yes", "expected true or false, got the string \"yes\""),
        // More of the same kinds.
        Arguments.of("boolean as the string true", variant("subject.student_officer", "\"true\""),
            "subject.student_officer", "true", "expected true or false, got the string \"true\""),
        Arguments.of("boolean as a number", variant("subject.student_officer", "1"),
            "subject.student_officer", "1", "expected true or false, got the number 1"),
        Arguments.of("number for a string", variant("id", "5"), "id", "5", "expected a string, got the number 5"),
        Arguments.of("object for a string", variant("allegations.0.id", "{}"), "allegations[0].id", "",
            "expected a string, got an object"),
        Arguments.of("number for a code", variant("subject.rank", "3"), "subject.rank", "3",
            "expected a string naming a rank, got the number 3"),
        Arguments.of("string for a list", variant("allegations.0.standards", "\"conduct\""),
            "allegations[0].standards", "conduct", "expected a list, got the string \"conduct\""),
        Arguments.of("null in a list", variant("allegations.0.standards", "[\"conduct\", null]"),
            "allegations[0].standards[1]", "null", "null is not allowed here"),
        Arguments.of("date not ISO", variant("allegations.0.came_to_attention", "\"01/03/2021\""),
            "allegations[0].came_to_attention", "01/03/2021", "not a date in the form YYYY-MM-DD"),
        Arguments.of("date with a time", variant("allegations.0.came_to_attention", "\"2021-03-01T10:00:00Z\""),
            "allegations[0].came_to_attention", "2021-03-01T10:00:00Z", "not a date in the form YYYY-MM-DD"),
        Arguments.of("date as a number", variant("allegations.0.came_to_attention", "18687"),
            "allegations[0].came_to_attention", "18687", "expected a date string in the form YYYY-MM-DD"),
        Arguments.of("number as a string", variant("record", "{\"warnings\": [{\"type\": \"written_warning\", "
            + "\"notified\": \"2020-01-01\", \"months\": \"24\"}]}"),
            "record.warnings[0].months", "24", "expected a whole number, got the string \"24\""),
        Arguments.of("fraction for a whole number", variant("record", "{\"warnings\": [{\"type\": \"written_warning\", "
            + "\"notified\": \"2020-01-01\", \"months\": 24.5}]}"),
            "record.warnings[0].months", "24.5", "expected a whole number, got the number 24.5"),
        Arguments.of("number out of range", variant("record", "{\"warnings\": [{\"type\": \"written_warning\", "
            + "\"notified\": \"2020-01-01\", \"months\": 99999999999}]}"),
            "record.warnings[0].months", "99999999999", "the number 99999999999 is out of range"),
        Arguments.of("missing came_to_attention", variant("allegations.0.came_to_attention", null),
            "allegations[0].came_to_attention", "", "missing required key 'came_to_attention'"),
        Arguments.of("two keys missing", variant(variant("allegations.0.came_to_attention", null), "allegations.0.id", null),
            "allegations[0]", "", "missing required keys 'id', 'came_to_attention'"),
        Arguments.of("missing allegations", variant("allegations", null), "allegations", "[]",
            "allegations must not be empty"),
        Arguments.of("id null is missing", variant("id", "null"), "id", "", "missing required key 'id'"),
        Arguments.of("internal field name is not a key", variant("allegations.0._id", "\"x\""),
            "allegations[0]._id", "_id", "unknown key '_id'"),
        Arguments.of("duplicate allegation ids", variant("allegations.1",
            "{\"id\": \"A1\", \"standards\": [\"conduct\"], \"came_to_attention\": \"2021-03-01\"}"),
            "allegations[1].id", "A1", "A1 appears more than once"),
        Arguments.of("duplicate findings", variant("proceedings", "{\"forum\": \"misconduct_meeting\", \"findings\": ["
            + "{\"allegation\": \"A1\", \"finding\": \"misconduct\"}, {\"allegation\": \"A1\", \"finding\": \"misconduct\"}]}"),
            "proceedings.findings[1].allegation", "A1", "A1 is named by more than one finding"),
        Arguments.of("blank id", variant("id", "\" \""), "id", "' '", "id must not be blank"),
        Arguments.of("not a case", "[1, 2]", "", "", "expected a case object, got a list"),
        Arguments.of("null", "null", "", "null", "expected a case object, got null"),
        Arguments.of("empty", "  ", "", "", "the input ended before a JSON value"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedInputIsReportedWithPathValueAndReason(String name, String json, String path, String value,
      String reason) {
    CaseFormatException e = bad(json);
    assertAll(
        () -> assertEquals(path.isEmpty() ? Optional.empty() : Optional.of(path), e.path(), "path"),
        () -> assertEquals(value.isEmpty() ? Optional.empty() : Optional.of(value), e.value(), "value"),
        () -> assertTrue(e.reason().contains(reason), () -> "reason: " + e.reason()),
        () -> assertEquals("cases.json", e.source()),
        () -> assertEquals(OptionalLong.of(1), e.line()),
        () -> assertTrue(e.getMessage().startsWith("cases.json line 1" + (path.isEmpty() ? ": " : ", " + path + ": ")),
            () -> "message: " + e.getMessage()));
  }

  /**
   * The inputs of shared/tools/check-bad-input, as it writes them: a JSON Lines file with the bad case
   * between two good ones. The good ones must be read and the message must contain the words it looks for.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("checkBadInput")
  void checkBadInputCases(String name, String badCase, List<String> words) {
    List<CaseJson.Result> results = all(good("G1") + "\n" + badCase + "\n" + good("G2") + "\n");
    assertEquals(3, results.size());
    assertCase(results.get(0), 1, 1, "G1");
    String message = assertProblem(results.get(1), 2, 2).getMessage();
    assertTrue(message.startsWith("cases.jsonl line 2"), message);
    for (String word : words) {
      assertTrue(message.toLowerCase(java.util.Locale.ROOT).contains(word.toLowerCase(java.util.Locale.ROOT)),
          () -> "'" + word + "' not in: " + message);
    }
    assertCase(results.get(2), 3, 3, "G2");
  }

  static Stream<Arguments> checkBadInput() {
    String b1 = "allegations.0.";
    return Stream.of(
        Arguments.of("not json", "this is not json {", List.of("json", "line 1")),
        Arguments.of("unknown key", variant(good("B1"), b1 + "standard", "[\"x\"]"), List.of("standard")),
        Arguments.of("empty standards", variant(good("B1"), b1 + "standards", "[]"), List.of("standards")),
        Arguments.of("unknown standard", variant(good("B1"), b1 + "standards", "[\"honesty\"]"), List.of("honesty")),
        Arguments.of("impossible date", variant(good("B1"), b1 + "came_to_attention", "\"2021-02-30\""),
            List.of("2021-02-30")),
        Arguments.of("missing role", variant(good("B1"), "subject.role", null), List.of("role")),
        Arguments.of("unknown rank", variant(good("B1"), "subject.rank", "\"general\""), List.of("general")),
        Arguments.of("officer without rank", variant(good("B1"), "subject.rank", null), List.of("rank")),
        Arguments.of("left before joined", variant(variant(good("B1"), "subject.joined", "\"2020-01-01\""),
            "subject.left", "{\"date\": \"2019-01-01\", \"reason\": \"resigned\"}"), List.of("left")),
        Arguments.of("conduct after attention", variant(good("B1"), b1 + "conduct_date", "\"2021-06-01\""),
            List.of("conduct_date")),
        Arguments.of("finding for unknown allegation", variant(good("B1"), "proceedings", "{\"forum\": "
            + "\"misconduct_meeting\", \"date\": \"2021-06-01\", \"findings\": [{\"allegation\": \"A9\", "
            + "\"finding\": \"misconduct\"}]}"), List.of("A9")),
        Arguments.of("wrong type", variant(good("B1"), "subject.student_officer", "\"yes\""),
            List.of("student_officer")));
  }

  @Test
  void notJsonNamesJsonLineAndColumn() {
    CaseFormatException e = bad("this is not json {");
    assertTrue(e.getMessage().startsWith(
        "cases.json line 1: not valid JSON at line 1, column 1 of the case: a word that is not a JSON value (4 characters,"
            + " not shown; a string is written in double quotes)"), e.getMessage());
    assertEquals(Optional.empty(), e.path());
  }

  @Test
  void duplicateKeyIsAnError() {
    CaseFormatException e = bad(GOOD.replace("\"role\": \"police_officer\"",
        "\"role\": \"police_officer\", \"role\": \"pcso\""));
    assertEquals(Optional.of("subject.role"), e.path());
    assertEquals("duplicate key 'role'", e.reason());
  }

  @Test
  void contentAfterTheCaseIsAnError() {
    assertTrue(bad(GOOD + " {}").reason().startsWith("unexpected content after the case at column"));
    assertTrue(bad(GOOD + " x").reason().startsWith("not valid JSON"));
  }

  @Test
  void messagesNameTheLineOfAMultiLineCase() {
    String pretty = "{\n  \"id\": \"G1\",\n  \"subject\": {\n    \"role\": \"police_officer\",\n"
        + "    \"rank\": \"general\"\n  },\n  \"allegations\": []\n}";
    CaseFormatException e = bad(pretty);
    assertEquals(OptionalLong.of(5), e.line());
    assertTrue(e.getMessage().startsWith("cases.json line 5, subject.rank: unknown rank 'general'"), e.getMessage());
  }

  @Test
  void defaultSourceIsInput() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> JSON.read("{"));
    assertEquals("input", e.source());
  }

  @Test
  void aliasesAndAnyCaseAreAcceptedAndWrittenCanonically() {
    String json = "{\"id\": \"C1\", \"subject\": {\"role\": \"Police Officer\", \"rank\": \"Chief Inspector\"},"
        + " \"allegations\": ["
        + "{\"id\": \"A1\", \"standards\": [\"fitness_for_work\", \"Discreditable Conduct\"], \"came_to_attention\": \"2021-03-01\"},"
        + "{\"id\": \"A2\", \"standards\": [\"conduct\"], \"came_to_attention\": \"2021-03-01\"}],"
        + " \"proceedings\": {\"forum\": \"special_case_hearing\", \"findings\": [{\"allegation\": \"A1\", "
        + "\"finding\": \"GROSS_MISCONDUCT\"}], \"outcome\": \"FINAL_WRITTEN_WARNING\"}}";
    ConductCase c = JSON.read(json);
    assertEquals(List.of(Standard.FITNESS_FOR_DUTY, Standard.DISCREDITABLE_CONDUCT),
        List.copyOf(c.allegations().get(0).standards()));
    assertEquals(List.of(Standard.DISCREDITABLE_CONDUCT), List.copyOf(c.allegations().get(1).standards()));
    assertEquals(Optional.of(Rank.CHIEF_INSPECTOR), c.subject().rank());
    assertEquals(Forum.ACCELERATED_MISCONDUCT_HEARING, c.proceedings().orElseThrow().forum());
    assertEquals(Optional.of(Outcome.FINAL_WRITTEN_WARNING), c.proceedings().orElseThrow().outcome());
    String out = JSON.write(c);
    assertTrue(out.contains("\"standards\":[\"fitness_for_duty\",\"discreditable_conduct\"]"), out);
    assertTrue(out.contains("\"forum\":\"accelerated_misconduct_hearing\""), out);
    assertTrue(out.contains("\"outcome\":\"final_written_warning\""), out);
    assertTrue(out.contains("\"role\":\"police_officer\",\"rank\":\"chief_inspector\""), out);
    assertTrue(out.contains("\"finding\":\"gross_misconduct\""), out);
  }

  @Test
  void keysAreCaseSensitive() {
    assertEquals(Optional.of("ID"), bad(GOOD.replace("\"id\": \"G1\"", "\"ID\": \"G1\"")).path());
  }

  @Test
  void nullOptionalsReadAsAbsent() {
    String withNulls = "{\"id\": \"G1\", \"force\": null, \"record\": null, \"condition_c_determination\": null,"
        + " \"subject\": {\"id\": null, \"role\": \"police_officer\", \"rank\": \"sergeant\", \"student_officer\": null,"
        + " \"joined\": null, \"left\": null},"
        + " \"allegations\": [{\"id\": \"A1\", \"summary\": null, \"standards\": [\"honesty_and_integrity\"],"
        + " \"categories\": null, \"conduct_date\": null, \"came_to_attention\": \"2021-03-01\","
        + " \"connected_to_earlier_allegation\": null, \"severity\": null}],"
        + " \"proceedings\": {\"forum\": \"misconduct_meeting\", \"date\": null, \"findings\": null,"
        + " \"unconnected_incidents\": null, \"outcome\": null, \"final_written_warning_months\": null}}";
    ConductCase c = JSON.read(withNulls);
    ConductCase without = JSON.read(GOOD.replaceAll("}$", ", \"proceedings\": {\"forum\": \"misconduct_meeting\"}}"));
    assertEquals(without, c);
    assertEquals(Optional.empty(), c.force());
    assertEquals(Optional.empty(), c.allegations().get(0).severity());
    assertEquals(Optional.empty(), c.proceedings().orElseThrow().finalWrittenWarningMonths());
    assertFalse(JSON.write(c).contains("null"));
  }

  @Nested
  class Writing {
    @Test
    void compactIsOneLineInDeclaredOrderWithoutAbsentOptionals() {
      assertEquals("{\"id\":\"G1\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"sergeant\","
          + "\"student_officer\":false},\"record\":{\"warnings\":[],\"reduced_in_rank\":false},"
          + "\"allegations\":[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],\"categories\":[],"
          + "\"came_to_attention\":\"2021-03-01\",\"connected_to_earlier_allegation\":false}],"
          + "\"condition_c_determination\":false}", JSON.write(JSON.read(GOOD)));
    }

    @Test
    void contractExampleRoundTrips() {
      String original = Fixtures.contractExample();
      ConductCase c = JSON.read(original, "contract-example.json");
      String once = JSON.write(c);
      assertFalse(once.contains("\n"));
      assertFalse(once.contains("final_written_warning_months"), "a null optional is not written");
      assertTrue(once.startsWith("{\"id\":\"SP-2025-0142\",\"force\":\"Staffordshire Police\",\"subject\":{\"id\":"
          + "\"P-4471\",\"role\":\"police_officer\",\"rank\":\"constable\",\"student_officer\":false,"
          + "\"joined\":\"2016-04-01\",\"left\":{\"date\":\"2025-08-05\",\"reason\":\"resigned\"}},"
          + "\"record\":{\"warnings\":[{\"type\":\"final_written_warning\",\"notified\":\"2024-01-10\",\"months\":24}]"), once);
      assertEquals(c, JSON.read(once));
      assertEquals(once, JSON.write(JSON.read(once)));
      String pretty = JSON.writePretty(c);
      assertEquals(c, JSON.read(pretty));
      assertEquals(pretty, JSON.writePretty(JSON.read(pretty)));
      assertTrue(pretty.startsWith("{\n  \"id\": \"SP-2025-0142\",\n  \"force\": \"Staffordshire Police\",\n"), pretty);
    }

    @Test
    void scenarioCasesRoundTrip() {
      Map<String, String> scenarios = Fixtures.scenarioCases();
      assertTrue(scenarios.size() >= 10, "expected the 10 shared scenarios, found " + scenarios.keySet());
      scenarios.forEach((name, text) -> {
        ConductCase c = JSON.read(text, name);
        String once = JSON.write(c);
        assertAll(name,
            () -> assertEquals(c, JSON.read(once)),
            () -> assertEquals(once, JSON.write(JSON.read(once))),
            () -> assertEquals(c, JSON.read(JSON.writePretty(c))));
      });
    }

    @Test
    void scenarioFilesAreAlreadyCanonicalWhenPretty() {
      // The scenario cases use canonical codes and order; writing them adds only the defaults.
      String s07 = Fixtures.scenarioCases().entrySet().stream().filter(e -> e.getKey().startsWith("s07"))
          .map(Map.Entry::getValue).findFirst().orElseThrow();
      ConductCase c = JSON.read(s07);
      assertTrue(JSON.writePretty(c).contains("\"findings\": [\n      {\n        \"allegation\": \"A1\",\n"),
          JSON.writePretty(c));
    }
  }

  @Nested
  class Streaming {
    @Test
    void jsonLinesWithABadLineInTheMiddle() {
      List<CaseJson.Result> results = all(good("G1") + "\n" + "this is not json {\n" + "\n  \n" + good("G2") + "\r\n"
          + variant("subject.rank", "\"general\"") + "\n" + good("G3"));
      assertEquals(5, results.size());
      assertCase(results.get(0), 1, 1, "G1");
      CaseFormatException notJson = assertProblem(results.get(1), 2, 2);
      assertEquals("cases.jsonl", notJson.source());
      assertEquals(OptionalLong.of(2), notJson.line());
      assertTrue(notJson.getMessage().startsWith("cases.jsonl line 2: not valid JSON at line 1, column 1 of the case"),
          notJson.getMessage());
      assertCase(results.get(2), 3, 5, "G2");
      CaseFormatException rank = assertProblem(results.get(3), 4, 6);
      assertEquals(Optional.of("subject.rank"), rank.path());
      assertTrue(rank.getMessage().startsWith("cases.jsonl line 6, subject.rank: unknown rank 'general'"));
      assertCase(results.get(4), 5, 7, "G3");
    }

    @Test
    void jsonLinesWhoseFirstLineIsBad() {
      List<CaseJson.Result> results = all("\n\nthis is not json {\n" + good("G2") + "\n");
      assertEquals(2, results.size());
      assertEquals(OptionalLong.of(3), assertProblem(results.get(0), 1, 3).line());
      assertCase(results.get(1), 2, 4, "G2");
    }

    @Test
    void jsonLinesHoldOneCasePerLine() {
      List<CaseJson.Result> results = all(good("G1") + " " + good("G2") + "\n" + good("G3") + "\n");
      assertTrue(assertProblem(results.get(0), 1, 1).reason().startsWith("unexpected content after the case"));
      assertCase(results.get(1), 2, 2, "G3");
    }

    @Test
    void arrayWithBadElementsInTheMiddle() {
      String text = "\n[\n  " + good("G1") + ",\n  " + variant("subject.rank", "\"general\"") + ",\n  5,\n  null,\n"
          + "  {\"id\": \"X\", \"bad\": {\"nested\": [1, {\"deeper\": []}]}},\n  " + good("G2") + "\n]\n";
      List<CaseJson.Result> results = all(text);
      assertEquals(6, results.size());
      assertCase(results.get(0), 1, 3, "G1");
      CaseFormatException rank = assertProblem(results.get(1), 2, 4);
      assertEquals(Optional.of("subject.rank"), rank.path());
      assertEquals(OptionalLong.of(4), rank.line());
      assertEquals("expected a case object, got the number 5", assertProblem(results.get(2), 3, 5).reason());
      assertEquals("expected a case object, got null", assertProblem(results.get(3), 4, 6).reason());
      assertEquals(Optional.of("bad"), assertProblem(results.get(4), 5, 7).path());
      assertCase(results.get(5), 6, 8, "G2");
    }

    @Test
    void arraySyntaxErrorEndsTheStreamAfterReportingIt() {
      List<CaseJson.Result> results = all("[" + good("G1") + ", " + good("G2") + " " + good("G3") + ", " + good("G4") + "]");
      assertEquals(3, results.size());
      assertCase(results.get(0), 1, 1, "G1");
      assertCase(results.get(1), 2, 1, "G2");
      assertTrue(assertProblem(results.get(2), 3, 1).reason().startsWith("not valid JSON"));
    }

    @Test
    void contentAfterTheArrayIsReported() {
      List<CaseJson.Result> results = all("[" + good("G1") + "]\n[]");
      assertEquals(2, results.size());
      assertTrue(assertProblem(results.get(1), 2, 2).reason().startsWith("unexpected content after the array"));
    }

    @Test
    void unterminatedArray() {
      List<CaseJson.Result> results = all("[" + good("G1") + ",");
      assertEquals(2, results.size());
      assertTrue(assertProblem(results.get(1), 2, 1).reason().startsWith("not valid JSON"));
    }

    @Test
    void onePrettyPrintedObject() {
      String pretty = JSON.writePretty(JSON.read(Fixtures.contractExample()));
      List<CaseJson.Result> results = all("\n" + pretty + "\n");
      assertEquals(1, results.size());
      assertCase(results.get(0), 1, 2, "SP-2025-0142");
    }

    @Test
    void onePrettyPrintedObjectWithAProblemNamesItsLine() {
      String pretty = "{\n  \"id\": \"G1\",\n  \"subject\": {\"role\": \"police_officer\", \"rank\": \"sergeant\"},\n"
          + "  \"allegations\": [\n    {\"id\": \"A1\", \"standards\": [\"honesty\"], \"came_to_attention\": \"2021-03-01\"}\n  ]\n}\n";
      List<CaseJson.Result> results = all(pretty);
      assertEquals(1, results.size());
      CaseFormatException e = assertProblem(results.get(0), 1, 1);
      assertEquals(OptionalLong.of(5), e.line());
      assertEquals(Optional.of("allegations[0].standards[0]"), e.path());
    }

    @Test
    void contentAfterThePrettyPrintedObjectIsReported() {
      List<CaseJson.Result> results = all("{\n" + GOOD.substring(1) + "\n{}\n");
      assertEquals(2, results.size());
      assertCase(results.get(0), 1, 1, "G1");
      assertTrue(assertProblem(results.get(1), 2, 3).reason().startsWith("unexpected content after the case"));
    }

    @Test
    void emptyInputHasNoCases() {
      assertEquals(List.of(), all(""));
      assertEquals(List.of(), all(" \n\n\t\n"));
      assertEquals(List.of(), all("[]"));
    }

    @Test
    void byteOrderMarkIsSkipped() {
      assertCase(all("\uFEFF" + GOOD + "\n").get(0), 1, 1, "G1");
    }

    @Test
    void invalidUtf8SpoilsOnlyItsLine() throws IOException {
      byte[] bytes = (good("G1") + "\n" + good("G2") + "\n" + good("G3") + "\n").getBytes(StandardCharsets.UTF_8);
      bytes[good("G1").length() + 1 + "{\"id\": \"G".length()] = (byte) 0xFF;
      List<CaseJson.Result> results = new ArrayList<>();
      try (CaseJson.Cursor cursor = JSON.open(new ByteArrayInputStream(bytes), "bytes.jsonl")) {
        cursor.forEachRemaining(results::add);
      }
      assertEquals(3, results.size());
      assertCase(results.get(0), 1, 1, "G1");
      CaseFormatException e = assertProblem(results.get(1), 2, 2);
      assertTrue(e.reason().startsWith("not valid UTF-8 text"), e.reason());
      assertCase(results.get(2), 3, 3, "G3");
    }

    @Test
    void nonAsciiTextSurvivesTheReaderPath() {
      String json = variant("allegations.0.summary", "\"Schlüssel — “quoted” 🚓\"");
      assertEquals(Optional.of("Schlüssel — “quoted” 🚓"),
          all(json).get(0).conductCase().orElseThrow().allegations().get(0).summary());
    }

    @Test
    void aLoneSurrogateFromAReaderIsReportedNotReplaced() {
      String json = variant("allegations.0.summary", "\"x\"").replace("\"x\"", "\"a\uD800b\"");
      List<CaseJson.Result> results = all(GOOD + "\n" + json + "\n" + good("G2"));
      assertEquals(3, results.size());
      CaseFormatException e = assertProblem(results.get(1), 2, 2);
      assertEquals(Optional.of("allegations[0].summary"), e.path());
      assertTrue(e.reason().startsWith("not valid UTF-8 text"), e.reason());
      assertCase(results.get(2), 3, 3, "G2");
    }

    @Test
    void readsLazily() throws IOException {
      CountingInput input = new CountingInput(1_000_000);
      try (CaseJson.Cursor cursor = JSON.open(input, "endless.jsonl")) {
        assertCase(cursor.next(), 1, 1, "C0");
        assertCase(cursor.next(), 2, 2, "C1");
        assertTrue(input.produced < 200_000, "read " + input.produced + " bytes for two cases");
      }
      assertTrue(input.closed, "closing the cursor closes the input");
    }

    @Test
    void manyLinesStreamInOrder() throws IOException {
      int n = 50_000;
      CountingInput input = new CountingInput(n);
      long count = 0;
      try (CaseJson.Cursor cursor = JSON.open(input, "many.jsonl")) {
        while (cursor.hasNext()) {
          CaseJson.Result r = cursor.next();
          assertEquals("C" + count, r.get().id());
          count++;
          assertEquals(count, r.line());
        }
      }
      assertEquals(n, count);
    }

    @Test
    void cursorBehavesAsAnIterator() throws IOException {
      try (CaseJson.Cursor cursor = JSON.open(new StringReader(GOOD), "one.json")) {
        assertTrue(cursor.hasNext());
        assertTrue(cursor.hasNext());
        assertEquals("G1", cursor.next().get().id());
        assertFalse(cursor.hasNext());
        assertThrows(NoSuchElementException.class, cursor::next);
      }
    }

    @Test
    void resultGetThrowsTheProblem() {
      CaseJson.Result r = all("{\"id\": 1}\n").get(0);
      assertEquals(Optional.empty(), r.conductCase());
      CaseFormatException e = assertThrows(CaseFormatException.class, r::get);
      assertEquals(r.error().orElseThrow(), e);
    }
  }

  @Nested
  class Limits {
    @Test
    void nestingDeeperThanTheLimit() {
      CaseJson shallow = CaseJson.withLimits(CaseJson.Limits.defaults().withMaxDepth(3));
      CaseFormatException e = assertThrows(CaseFormatException.class, () -> shallow.read(GOOD));
      assertEquals("nested too deeply: more than the limit of 3 levels", e.reason());
      assertEquals(Optional.of("allegations[0].standards"), e.path());
    }

    @Test
    void absurdNestingIsAnErrorNotAStackOverflow() {
      String deep = "[".repeat(200_000);
      assertFalse(all(deep).get(0).isValid());
      assertFalse(all("{\"id\": " + deep + "\n" + GOOD).get(0).isValid());
      assertTrue(all("{\"id\": " + deep + "\n" + GOOD).get(1).isValid());
      assertThrows(CaseFormatException.class, () -> JSON.read("{\"force\": " + deep));
    }

    @Test
    void aMillionCharacterString() {
      String huge = "x".repeat(1_000_000);
      CaseFormatException e = bad(variant("allegations.0.summary", "\"" + huge + "\""));
      assertEquals("a string is longer than the limit of 10000 characters", e.reason());
      assertEquals(Optional.of("allegations[0].summary"), e.path());
      List<CaseJson.Result> results = all(good("G1") + "\n{\"id\": \"" + huge + "\"}\n" + good("G2") + "\n");
      assertEquals(3, results.size());
      assertEquals("a string is longer than the limit of 10000 characters", assertProblem(results.get(1), 2, 2).reason());
      assertCase(results.get(2), 3, 3, "G2");
    }

    @Test
    void aHugeLineIsRejectedAndTheNextLineStillRead() {
      String huge = "{\"id\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
      List<CaseJson.Result> results = all(good("G1") + "\n" + huge + "\n" + good("G2"));
      assertEquals(3, results.size());
      assertEquals("the line is longer than the limit of 1048576 bytes for one case",
          assertProblem(results.get(1), 2, 2).reason());
      assertCase(results.get(2), 3, 3, "G2");
    }

    @Test
    void aHugeArrayElementIsRejected() {
      StringBuilder many = new StringBuilder("{\"id\": \"BIG\", \"subject\": {\"role\": \"pcso\"}, \"allegations\": [");
      for (int i = 0; many.length() < 2 * 1024 * 1024; i++) {
        many.append(i == 0 ? "" : ",").append("{\"id\": \"A").append(i)
            .append("\", \"standards\": [\"conduct\"], \"came_to_attention\": \"2021-03-01\"}");
      }
      many.append("]}");
      List<CaseJson.Result> results = all("[" + good("G1") + ",\n" + many + ",\n" + good("G2") + "]");
      assertCase(results.get(0), 1, 1, "G1");
      assertEquals("the case is larger than the limit of 1048576 bytes", assertProblem(results.get(1), 2, 2).reason());
      assertThrows(CaseFormatException.class, () -> JSON.read(many.toString()));
    }

    @Test
    void aLongNumber() {
      CaseFormatException e = bad(variant("record", "{\"warnings\": [{\"type\": \"written_warning\", "
          + "\"notified\": \"2020-01-01\", \"months\": " + "9".repeat(500) + "}]}"));
      assertEquals("a number is longer than the limit of 20 characters", e.reason());
    }

    @Test
    void limitsAreValidatedAndCompared() {
      CaseJson.Limits d = CaseJson.Limits.defaults();
      assertEquals(32, d.maxDepth());
      assertEquals(10_000, d.maxStringLength());
      assertEquals(1024 * 1024, d.maxCaseBytes());
      assertEquals(20, d.maxNumberLength());
      assertEquals(d, d.withMaxDepth(7).withMaxDepth(32));
      assertEquals(d.hashCode(), d.withMaxCaseBytes(5).withMaxCaseBytes(1024 * 1024).hashCode());
      assertFalse(d.equals(d.withMaxNumberLength(21)));
      assertEquals(7, d.withMaxStringLength(7).maxStringLength());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withMaxDepth(0));
      assertEquals("maxDepth must be positive (maxDepth: 0)", e.getMessage());
      assertEquals(CaseJson.standard(), CaseJson.withLimits(d));
      assertEquals(d.withMaxDepth(5), CaseJson.withLimits(d.withMaxDepth(5)).limits());
    }

    @Test
    void smallerStringLimitApplies() {
      CaseJson tight = CaseJson.withLimits(CaseJson.Limits.defaults().withMaxStringLength(5));
      assertEquals("a string is longer than the limit of 5 characters",
          assertThrows(CaseFormatException.class, () -> tight.read(variant("id", "\"ABCDEFG\""))).reason());
      assertEquals("the case is larger than the limit of 10 bytes", assertThrows(CaseFormatException.class,
          () -> CaseJson.withLimits(CaseJson.Limits.defaults().withMaxCaseBytes(10)).read(GOOD)).reason());
    }
  }

  @Test
  void newObjectMapperIsStrictAndCanonical() throws IOException {
    ObjectMapper mapper = JSON.newObjectMapper();
    ConductCase c = mapper.readValue(Fixtures.contractExample(), ConductCase.class);
    assertEquals(JSON.read(Fixtures.contractExample()), c);
    assertEquals(JSON.write(c), mapper.writeValueAsString(c));
    assertThrows(UnrecognizedPropertyException.class,
        () -> mapper.readValue(variant("allegations.0.standard", "[]"), ConductCase.class));
    assertTrue(mapper != JSON.newObjectMapper());
    assertEquals(LocalDate.of(2025, 6, 3), c.allegations().get(0).cameToAttention());
  }

  /** Endless-ish JSON Lines produced on demand, counting the bytes handed out. */
  private static final class CountingInput extends InputStream {
    private final int lines;
    private int next;
    private byte[] current = new byte[0];
    private int pos;
    long produced;
    boolean closed;

    CountingInput(int lines) {
      this.lines = lines;
    }

    @Override
    public int read() {
      if (pos >= current.length) {
        if (next >= lines) {
          return -1;
        }
        current = (good("C" + next++) + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      produced++;
      return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
        if (c == '\n') {
          return n;
        }
      }
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /**
   * Found by {@link CaseJsonFuzzProperties}: bytes that Jackson's parser lets through, and values that
   * problems quoted whole.
   */
  @Nested
  class HostileInput {
    private List<CaseJson.Result> bytes(byte[] input) {
      List<CaseJson.Result> out = new ArrayList<>();
      try (CaseJson.Cursor cursor = JSON.open(new ByteArrayInputStream(input), "bytes.jsonl")) {
        cursor.forEachRemaining(out::add);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      return out;
    }

    /** {@code text} as UTF-8, with the first {@code @} replaced by the given bytes. */
    private byte[] withBytes(String text, int... replacement) {
      byte[] t = text.getBytes(StandardCharsets.UTF_8);
      int at = text.indexOf('@');
      byte[] out = new byte[t.length - 1 + replacement.length];
      System.arraycopy(t, 0, out, 0, at);
      for (int i = 0; i < replacement.length; i++) {
        out[at + i] = (byte) replacement[i];
      }
      System.arraycopy(t, at + 1, out, at + replacement.length, t.length - at - 1);
      return out;
    }

    /** Jackson reads {@code "\xFFid"} as {@code "id"} once the document has used {@code id}. */
    @Test
    void aByteFfBeforeAKeyIsNotUtf8NotTheKey() {
      String line = GOOD.replace("[{\"id\"", "[{\"@id\"");
      List<CaseJson.Result> lines = bytes(withBytes(good("G1") + "\n" + line + "\n" + good("G3") + "\n", 0xFF));
      assertEquals(3, lines.size());
      assertCase(lines.get(0), 1, 1, "G1");
      CaseFormatException e = assertProblem(lines.get(1), 2, 2);
      assertEquals("not valid UTF-8 text at column " + (line.indexOf('@') + 1) + ": byte 0xFF cannot appear there",
          e.reason());
      assertCase(lines.get(2), 3, 3, "G3");

      List<CaseJson.Result> array = bytes(withBytes("[" + good("G1") + ",\n" + line + ",\n" + good("G3") + "]", 0xFF));
      assertCase(array.get(0), 1, 1, "G1");
      CaseFormatException inArray = assertProblem(array.get(1), 2, 2);
      assertTrue(inArray.reason().startsWith("not valid UTF-8 text at column " + (line.indexOf('@') + 1)),
          inArray.reason());
      // In an array (unlike JSON Lines) bad bytes end the reading, and that is said, never silent.
      assertEquals(3, array.size(), "bytes that are not UTF-8 end an array");
      assertTrue(assertProblem(array.get(2), 3, 2).reason().startsWith("reading stopped: the array could not be read past"),
          array.get(2).toString());
    }

    /** Jackson reads the overlong {@code C0 80} as U+0000. */
    @Test
    void anOverlongEncodingIsNotUtf8() {
      String line = variant("allegations.0.summary", "\"a@b\"");
      List<CaseJson.Result> lines = bytes(withBytes(line + "\n" + good("G2") + "\n", 0xC0, 0x80));
      assertTrue(lines.get(0).error().orElseThrow().reason().startsWith("not valid UTF-8 text"),
          lines.get(0).toString());
      assertCase(lines.get(1), 2, 2, "G2");
      List<CaseJson.Result> one = bytes(withBytes(JSON.writePretty(JSON.read(line)), 0xC0, 0x80));
      assertEquals(1, one.size());
      assertTrue(one.get(0).error().orElseThrow().reason().startsWith("not valid UTF-8 text"), one.get(0).toString());
    }

    @Test
    void aSequenceCutShortByTheEndOfTheInputIsNotUtf8() {
      List<CaseJson.Result> results = bytes(withBytes("[" + GOOD + "]@", 0xE2, 0x82));
      assertCase(results.get(0), 1, 1, "G1");
      assertFalse(results.get(1).isValid());
    }

    @Test
    void aLongCodeIsQuotedAbbreviated() {
      String free = "Officer said something to a member of the public that was recorded on body-worn video and ".repeat(50);
      CaseFormatException e = bad(variant("subject.rank", "\"" + free + "\""));
      assertEquals(Optional.of("subject.rank"), e.path());
      assertTrue(e.getMessage().length() < 500, e.getMessage());
      assertTrue(e.reason().startsWith("unknown rank '" + free.substring(0, 80) + "… (" + free.length()
          + " characters)'; expected one of constable, "), e.reason());
      assertEquals(Optional.of(free.substring(0, 80) + "… (" + free.length() + " characters)"), e.value());
      IllegalArgumentException direct = assertThrows(IllegalArgumentException.class, () -> Standard.parse(free));
      assertTrue(direct.getMessage().length() < 500, direct.getMessage());
    }

    @Test
    void aLongIdIsQuotedAbbreviatedEverywhere() {
      String id = "A".repeat(5_000);
      CaseFormatException e = bad(variant(variant("allegations.0.id", "\"" + id + "\""), "proceedings",
          "{\"forum\": \"misconduct_meeting\", \"findings\": [{\"allegation\": \"" + id + "B\", "
          + "\"finding\": \"misconduct\"}]}"));
      assertEquals(Optional.of("proceedings.findings[0].allegation"), e.path());
      assertTrue(e.getMessage().length() < 500, e.getMessage());
      assertTrue(e.reason().contains("… (5001 characters) is not an allegation of case G1 (allegations: ["
          + "A".repeat(80) + "… (5000 characters)])"), e.reason());
    }

    @Test
    void aLongUnknownKeyIsQuotedAbbreviatedInThePathToo() {
      String key = "k".repeat(5_000);
      CaseFormatException e = bad(variant("subject." + key, "1"));
      assertTrue(e.getMessage().length() < 600, e.getMessage());
      assertEquals(Optional.of("subject." + "k".repeat(80) + "… (5000 characters)"), e.path());
    }

    @Test
    void aCaseTooLargeToReadNamesLineOne() {
      CaseFormatException e = bad(variant("allegations.0.summary", "\"" + "x".repeat(2 * 1024 * 1024) + "\""));
      assertEquals(OptionalLong.of(1), e.line());
      assertEquals("cases.json line 1: the case is larger than the limit of 1048576 bytes", e.getMessage());
    }
  }
}

package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.GOOD;
import static io.github.policeconduct.json.Fixtures.good;
import static io.github.policeconduct.json.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.policeconduct.core.InvalidFactException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per kind of problem the reader knows by the type of what was thrown (never by Jackson's message): the
 * type that must be the problem's cause, the path and the reason reported. Each row is read both as one case
 * ({@link CaseJson#read(String, String)}) and as the middle line of JSON Lines, where the same problem must be
 * reported against line 2, and the good cases around it read.
 */
class ProblemKindsTest {
  private static final CaseJson JSON = CaseJson.standard();
  private static final CaseJson.Limits DEFAULTS = CaseJson.Limits.defaults();
  private static final CaseJson SHALLOW = CaseJson.withLimits(DEFAULTS.withMaxDepth(3));
  private static final CaseJson SHORT_STRINGS = CaseJson.withLimits(DEFAULTS.withMaxStringLength(24));
  private static final CaseJson SHORT_NUMBERS = CaseJson.withLimits(DEFAULTS.withMaxNumberLength(4));

  static Stream<Arguments> kinds() {
    String warning = "{\"warnings\": [{\"type\": \"written_warning\", \"notified\": \"2020-01-01\", \"months\": %s}]}";
    return Stream.of(
        row("syntax", JSON, "{\"id\": \"G1\", \"subject\": {\"role\": x}}", JsonParseException.class,
            "subject.role", "not valid JSON at line 1, column "),
        row("input ends inside the case", JSON, "{\"id\": \"G1\", \"subject\": {", JsonEOFException.class,
            "subject", "not valid JSON at line 1, column "),
        row("duplicate key", JSON, GOOD.replace("\"rank\": \"sergeant\"", "\"rank\": \"sergeant\", \"rank\": \"inspector\""),
            Problems.DuplicateKey.class, "subject.rank", "duplicate key 'rank'"),
        row("nesting limit", SHALLOW, GOOD, Problems.Exceeded.class, "allegations[0].standards",
            "nested too deeply: more than the limit of 3 levels"),
        row("string limit", SHORT_STRINGS, variant("allegations.0.summary", "\"" + "x".repeat(25) + "\""),
            Problems.Exceeded.class, "allegations[0].summary", "a string is longer than the limit of 24 characters"),
        row("key limit", SHORT_STRINGS, variant("subject." + "k".repeat(25), "1"), Problems.Exceeded.class,
            "subject", "a key is longer than the limit of 24 characters"),
        row("number limit", SHORT_NUMBERS, variant("record", String.format(warning, "12345")),
            Problems.Exceeded.class, "record.warnings[0].months", "a number is longer than the limit of 4 characters"),
        row("unknown key", JSON, variant("subject.grade", "1"), UnrecognizedPropertyException.class,
            "subject.grade", "unknown key 'grade' (known keys: id, role, rank, student_officer, joined, left, age_band, ethnicity, gender)"),
        row("code not in the vocabulary", JSON, variant("subject.rank", "\"general\""), InvalidFormatException.class,
            "subject.rank", "unknown rank 'general'; expected one of constable, sergeant"),
        row("no such date", JSON, variant("allegations.0.came_to_attention", "\"2021-02-29\""),
            InvalidFormatException.class, "allegations[0].came_to_attention", "'2021-02-29' is no such date"),
        row("not a date", JSON, variant("allegations.0.came_to_attention", "\"1 March 2021\""),
            InvalidFormatException.class, "allegations[0].came_to_attention",
            "'1 March 2021' is not a date in the form YYYY-MM-DD"),
        row("no coercion", JSON, variant("subject.student_officer", "\"false\""), MismatchedInputException.class,
            "subject.student_officer", "expected true or false, got the string \"false\""),
        row("wrong JSON type", JSON, variant("subject", "[]"), MismatchedInputException.class,
            "subject", "expected an object, got a list"),
        row("null in a list", JSON, variant("allegations.0.categories", "[null]"), InvalidNullException.class,
            "allegations[0].categories[0]", "null is not allowed here"),
        row("number out of range", JSON, variant("record", String.format(warning, "3000000000")),
            InputCoercionException.class, "record.warnings[0].months", "the number 3000000000 is out of range"),
        row("invariant", JSON, variant("record", String.format(warning, "0")), InvalidFactException.class,
            "record.warnings[0].months", "months must be from 1 to 600"),
        row("missing key", JSON, variant("allegations.0.id", null), Problems.MissingKeys.class,
            "allegations[0].id", "missing required key 'id'"),
        row("missing keys", JSON, variant(variant("subject", "{\"left\": {}}"), "id", null), Problems.MissingKeys.class,
            "subject.left", "missing required keys 'date', 'reason'"));
  }

  private static Arguments row(String name, CaseJson json, String text, Class<? extends Throwable> type, String path,
      String reason) {
    return Arguments.of(name, json, text, type, path, reason);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void eachKindIsKnownByItsTypeAndReportedWithPathAndReason(String name, CaseJson json, String text,
      Class<? extends Throwable> type, String path, String reason) throws IOException {
    CaseFormatException one = assertThrows(CaseFormatException.class, () -> json.read(text, "case.json"));
    assertReported(one, type, path, reason);

    List<CaseJson.Result> lines = new ArrayList<>();
    byte[] bytes = (good("G1") + "\n" + text + "\n" + good("G2") + "\n").getBytes(StandardCharsets.UTF_8);
    try (CaseJson.Cursor cursor = json.open(new ByteArrayInputStream(bytes), "cases.jsonl")) {
      cursor.forEachRemaining(lines::add);
    }
    if (json == SHALLOW) {
      return; // the good cases themselves are too deep
    }
    assertEquals(3, lines.size(), () -> "results: " + lines);
    assertEquals("G1", lines.get(0).get().id());
    CaseFormatException line = lines.get(1).error().orElseThrow();
    assertReported(line, type, path, reason);
    assertTrue(line.getMessage().startsWith("cases.jsonl line 2"), line.getMessage());
    assertEquals("G2", lines.get(2).get().id());
  }

  private static void assertReported(CaseFormatException e, Class<? extends Throwable> type, String path,
      String reason) {
    assertAll(
        () -> assertTrue(causes(e).stream().anyMatch(type::isInstance),
            () -> "expected " + type.getSimpleName() + " among the causes of " + e + ": " + causes(e)),
        () -> assertEquals(Optional.of(path), e.path(), "path"),
        () -> assertTrue(e.reason().startsWith(reason), () -> "reason: " + e.reason()));
  }

  private static List<Throwable> causes(Throwable t) {
    List<Throwable> out = new ArrayList<>();
    for (Throwable c = t.getCause(); c != null && !out.contains(c); c = c.getCause()) {
      out.add(c);
    }
    return out;
  }
}

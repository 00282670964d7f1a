package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Consequence;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.Guidance;
import io.github.policeconduct.rules.Problem;
import io.github.policeconduct.rules.Step;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * The decision format as users read it: the keys in the documented order, every value as Jackson writes it, the
 * bytes the UTF-8 encoding of the text (whatever the text holds), and whole lines only.
 */
class DecisionJsonTest {
  private static final JsonFactory JACKSON = new JsonFactory();

  @Test
  void decisionLinesAreTheFieldsInTheDocumentedOrderAsJacksonWritesThem() {
    DecisionJson.Lines lines = DecisionJson.lines();
    ByteArrayOutputStream expectedLines = new ByteArrayOutputStream();
    List<ConductCase> cases = new java.util.ArrayList<>(Samples.list(Cases.any(), 20261123L, 3_000));
    cases.add(withTimetable()); // generated cases record no events: one that does, with a step met and one open
    for (ConductCase c : cases) {
      Decision d = ConductRules.decide(c);
      String expected = reference(d);
      assertEquals(expected, DecisionJson.line(d), c.id());
      byte[] utf8 = expected.getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(utf8, DecisionJson.utf8(d), c.id());
      lines.append(d);
      expectedLines.writeBytes(utf8);
      expectedLines.write('\n');
    }
    assertArrayEquals(expectedLines.toByteArray(), lines.toByteArray(), "the same lines, through one generator");
  }

  @Test
  void aDecisionWritesIntoAGeneratorOfOnesOwn() throws IOException {
    Decision d = ConductRules.decide(Samples.list(Cases.any(), 7L, 1).get(0));
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JACKSON.createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartArray();
      DecisionJson.write(d, g);
      DecisionJson.write(d, g);
      g.writeEndArray();
    }
    JsonNode array = new ObjectMapper().readTree(out.toString());
    JsonNode one = new ObjectMapper().readTree(DecisionJson.line(d));
    assertEquals(2, array.size());
    assertEquals(one, array.get(0));
    assertEquals(one, array.get(1));
    assertEquals(List.of("case", "as_at", "regime", "in_scope", "former_officer_condition", "forum", "conducted_by",
        "available_outcomes", "outcome", "warning_expires", "resignation", "consequences", "guidance", "explanation",
        "errors", "timetable", "next", "state"), names(one));
  }

  @Test
  void anyTextIsWrittenAsTheUtf8OfItsCharacters() throws IOException {
    Random random = new Random(7);
    char[] alphabet = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u0001', '\u001f',
        '\u007f', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u2028', '\u20ac', '\uffff', '\ud83d', '\ude00', '\ud800',
        '\udc00', 'u', 'D'};
    DecisionJson.Lines lines = DecisionJson.lines("\r\n");
    ByteArrayOutputStream expectedLines = new ByteArrayOutputStream();
    for (int i = 0; i < 3_000; i++) {
      // mostly short; some long enough to cross the generator's buffers
      int n = random.nextInt(10) == 0 ? random.nextInt(20_000) : random.nextInt(40);
      StringBuilder b = new StringBuilder("C");
      for (int j = 0; j < n; j++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      Decision d = ConductRules.decide(caseWith(text));
      assertEquals(text, d.caseId());
      String expected = reference(d);
      assertEquals(expected, DecisionJson.line(d), text);
      ByteArrayOutputStream encoded = new ByteArrayOutputStream();
      try (OutputStreamWriter w = new OutputStreamWriter(encoded, StandardCharsets.UTF_8)) {
        w.write(expected); // an unpaired surrogate becomes '?', as before
      }
      assertArrayEquals(encoded.toByteArray(), DecisionJson.utf8(d), text);
      lines.append(d);
      expectedLines.writeBytes(encoded.toByteArray());
      expectedLines.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    assertArrayEquals(expectedLines.toByteArray(), lines.toByteArray());
  }

  @Test
  void aDecisionThatFailsHalfWayLeavesNothingOfItsLine() throws IOException {
    Decision good = ConductRules.decide(caseWith("GOOD"));
    boolean[] fail = {false};
    // generators like DecisionJson's, that fail at the last key of a decision when told to
    JsonFactory failing = new JsonFactory(DecisionJson.FACTORY, null) {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonGenerator createGenerator(OutputStream out) throws IOException {
        return new JsonGeneratorDelegate(super.createGenerator(out)) {
          @Override
          public void writeFieldName(SerializableString name) throws IOException {
            if (fail[0] && name.getValue().equals("errors")) {
              throw new IllegalStateException("failed half-way");
            }
            super.writeFieldName(name);
          }
        };
      }
    };
    DecisionJson.Lines lines = new DecisionJson.Lines("\n", 16, failing);
    lines.append(good);
    fail[0] = true;
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> lines.append(good));
    assertEquals("failed half-way", e.getMessage());
    fail[0] = false;
    lines.append(good);
    byte[] line = (DecisionJson.line(good) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.writeTo(out);
    assertArrayEquals(concat(line, line), out.toByteArray(), "the lines before and after, whole, and nothing between");
    assertEquals(0, lines.size(), "written out and emptied");
  }

  @Test
  void writingOutKeepsTheBufferForTheNextLines() throws IOException {
    Decision d = ConductRules.decide(caseWith("K1"));
    DecisionJson.Lines lines = DecisionJson.lines();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 5; i++) {
      lines.append(d).append(d);
      lines.writeTo(out);
    }
    lines.writeTo(out); // nothing held: nothing written
    String line = DecisionJson.line(d) + "\n";
    assertEquals(line.repeat(10), out.toString(StandardCharsets.UTF_8));
    lines.append(d);
    lines.reset();
    assertEquals(0, lines.toByteArray().length);
  }

  private static List<String> names(JsonNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** A small case of a serving constable, with the given id (any text). */
  private static ConductCase caseWith(String id) {
    return ConductCase.builder()
        .id(id)
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2018, 9, 3)).build())
        .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT)
            .conductDate(LocalDate.of(2025, 3, 15)).cameToAttention(LocalDate.of(2025, 5, 20)).build())
        .build();
  }

  /** The decision written with Jackson's generator, one call per value, from the format's documentation. */
  private static String reference(Decision d) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JACKSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("case", d.caseId());
      g.writeStringField("as_at", d.asAt().toString());
      string(g, "regime", d.regime().map(r -> r.code()));
      g.writeBooleanField("in_scope", d.inScope());
      string(g, "former_officer_condition", d.formerOfficerCondition().map(Enum::name));
      string(g, "forum", d.forum().map(f -> f.code()));
      string(g, "conducted_by", d.conductedBy());
      g.writeArrayFieldStart("available_outcomes");
      for (String code : d.availableOutcomes().stream().map(Outcome::code).sorted().toArray(String[]::new)) {
        g.writeString(code);
      }
      g.writeEndArray();
      if (d.outcome().isPresent()) {
        g.writeObjectFieldStart("outcome");
        g.writeStringField("decided", d.outcome().get().decided().code());
        g.writeBooleanField("lawful", d.outcome().get().lawful());
        g.writeEndObject();
      } else {
        g.writeNullField("outcome");
      }
      string(g, "warning_expires", d.warningExpires().map(LocalDate::toString));
      g.writeObjectFieldStart("resignation");
      g.writeBooleanField("restricted", d.resignation().restricted());
      string(g, "on", d.resignation().on().map(LocalDate::toString));
      g.writeEndObject();
      g.writeArrayFieldStart("consequences");
      for (Consequence c : d.consequences()) {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().code());
        string(g, "due_by", c.dueBy().map(LocalDate::toString));
        g.writeStringField("description", c.description());
        g.writeStringField("citation", c.citation().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("guidance");
      for (Guidance x : d.guidance()) {
        g.writeStartObject();
        g.writeStringField("kind", x.kind().code());
        g.writeStringField("message", x.message());
        g.writeStringField("citation", x.citation().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("explanation");
      for (Step s : d.explanation().steps()) {
        g.writeStartObject();
        g.writeStringField("rule", s.ruleId());
        g.writeStringField("citation", s.citation().toString());
        g.writeStringField("because", s.because());
        g.writeBooleanField("applied", s.applied());
        g.writeObjectFieldStart("facts");
        for (Map.Entry<String, String> f : s.facts().entrySet()) {
          g.writeStringField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("errors");
      for (Problem p : d.problems()) {
        g.writeStartObject();
        g.writeStringField("code", p.code());
        g.writeStringField("message", p.message());
        g.writeStringField("citation", p.citation().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      for (String key : List.of("timetable", "next")) {
        g.writeArrayFieldStart(key);
        for (io.github.policeconduct.rules.TimetableStep t : key.equals("timetable") ? d.timetable() : d.next()) {
          g.writeStartObject();
          g.writeStringField("step", t.step());
          g.writeStringField("citation", t.citation().toString());
          g.writeStringField("from", t.from().code());
          g.writeStringField("from_date", t.fromDate().toString());
          string(g, "earliest", t.earliest().map(LocalDate::toString));
          g.writeStringField("due", t.due().toString());
          g.writeStringField("status", t.status().code());
          string(g, "met_on", t.metOn().map(LocalDate::toString));
          g.writeStringField("description", t.description());
          string(g, "extension", t.extension());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeStringField("state", d.state().code());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A 2020 case whose events start two steps of the timetable, one met and one open. */
  static ConductCase withTimetable() {
    LocalDate seen = LocalDate.of(2023, 1, 10);
    return ConductCase.builder().id("TIMETABLE-1")
        .subject(io.github.policeconduct.core.Subject.builder(io.github.policeconduct.core.Role.POLICE_OFFICER)
            .rank(io.github.policeconduct.core.Rank.CONSTABLE).build())
        .addAllegations(io.github.policeconduct.core.Allegation.builder("A1",
            io.github.policeconduct.core.Standard.CONFIDENTIALITY).cameToAttention(seen).build())
        .addEvents(io.github.policeconduct.core.CaseEvent.of(io.github.policeconduct.core.EventType.DOCUMENTS_SUPPLIED,
            LocalDate.of(2023, 3, 30)), io.github.policeconduct.core.CaseEvent.of(
            io.github.policeconduct.core.EventType.OFFICER_RESPONSE_GIVEN, LocalDate.of(2023, 4, 20)))
        .build();
  }

  private static void string(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    } else {
      g.writeNullField(key);
    }
  }
}

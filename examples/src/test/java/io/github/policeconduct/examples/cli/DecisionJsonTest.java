package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
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
 * {@link DecisionJson} writes JSON without Jackson's generator, so it is checked against it: the decision line
 * against the Jackson-written line of the same fields in the same order, and the string escaping on random text
 * (quotes, backslashes, control characters, non-ASCII, surrogate pairs, unpaired surrogates), both as characters
 * and as the UTF-8 bytes an {@code OutputStreamWriter} would write for them.
 */
class DecisionJsonTest {
  private static final JsonFactory JACKSON = new JsonFactory();

  @Test
  void decisionLinesAreWhatJacksonWrote() {
    for (ConductCase c : Samples.list(Cases.any(), 20261123L, 3_000)) {
      Decision d = ConductRules.decide(c);
      String expected = jackson(d);
      assertEquals(expected, DecisionJson.line(d), c.id());
      JsonLine bytes = new JsonLine(true);
      DecisionJson.write(bytes, d);
      JsonLine.Bytes out = new JsonLine.Bytes(16);
      bytes.appendUtf8(out);
      assertEquals(expected, utf8(out), c.id());
    }
  }

  @Test
  void stringsAreEscapedAndEncodedAsJacksonAndOutputStreamWriterDo() throws IOException {
    Random random = new Random(7);
    char[] alphabet = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u0001', '\u001f',
        '\u007f', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u2028', '\u20ac', '\uffff', '\ud83d', '\ude00', '\ud800',
        '\udc00'};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int j = 0; j < n; j++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      StringWriter expected = new StringWriter();
      try (JsonGenerator g = JACKSON.createGenerator(expected)) {
        g.writeStartObject();
        g.writeStringField(s, s);
        g.writeEndObject();
      }
      JsonLine chars = new JsonLine();
      chars.startObject().field(s, s).endObject();
      assertEquals(expected.toString(), chars.toString(), s);
      JsonLine recurring = new JsonLine(true);
      recurring.startObject().recurringName(s).recurring(s).endObject();
      JsonLine.Bytes out = new JsonLine.Bytes(4);
      recurring.appendUtf8(out);
      ByteArrayOutputStream encoded = new ByteArrayOutputStream();
      try (OutputStreamWriter w = new OutputStreamWriter(encoded, StandardCharsets.UTF_8)) {
        w.write(expected.toString());
      }
      assertEquals(encoded.toString(StandardCharsets.UTF_8), utf8(out), s);
      JsonLine.Bytes fromChars = new JsonLine.Bytes(4);
      chars.appendUtf8(fromChars);
      assertEquals(encoded.toString(StandardCharsets.UTF_8), utf8(fromChars), s);
    }
  }

  private static String utf8(JsonLine.Bytes out) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try {
      out.writeTo(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /** The Jackson generator calls of the writer this replaced, for reference. */
  private static String jackson(Decision d) {
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
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void string(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    } else {
      g.writeNullField(key);
    }
  }
}

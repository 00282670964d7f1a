package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.rules.Consequence;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.Guidance;
import io.github.policeconduct.rules.Problem;
import io.github.policeconduct.rules.Step;

/**
 * Writes a {@link Decision} in the JSON decision format of {@code CONTRACT.md}: one object on one line,
 * with the documented keys in the documented order ({@code case, regime, in_scope,
 * former_officer_condition, forum, available_outcomes, outcome, warning_expires, resignation,
 * consequences, guidance, explanation, errors}) and a few extra keys for people reading the line
 * ({@code as_at}, {@code conducted_by}, {@code resignation.on}, consequence {@code description} and
 * {@code citation}, guidance {@code message} and {@code citation}, explanation {@code applied} and
 * {@code facts}). Available outcomes are sorted by code.
 *
 * <p>Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class DecisionJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DecisionJson() {}

  /**
   * The decision as one line of JSON, without a line terminator.
   *
   * @param d the decision
   * @return a complete JSON object on one line
   * @since 0.1.0
   */
  public static String line(Decision d) {
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, d);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Decision d) throws IOException {
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
    date(g, "warning_expires", d.warningExpires());
    g.writeObjectFieldStart("resignation");
    g.writeBooleanField("restricted", d.resignation().restricted());
    date(g, "on", d.resignation().on());
    g.writeEndObject();
    g.writeArrayFieldStart("consequences");
    for (Consequence c : d.consequences()) {
      g.writeStartObject();
      g.writeStringField("kind", c.kind().code());
      date(g, "due_by", c.dueBy());
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
  }

  private static void string(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    } else {
      g.writeNullField(key);
    }
  }

  private static void date(JsonGenerator g, String key, Optional<LocalDate> value) throws IOException {
    string(g, key, value.map(LocalDate::toString));
  }
}

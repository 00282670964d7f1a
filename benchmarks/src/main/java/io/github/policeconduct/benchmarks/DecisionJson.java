package io.github.policeconduct.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.ImmutableConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Consequence;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.Guidance;
import io.github.policeconduct.rules.Problem;
import io.github.policeconduct.rules.Step;

/**
 * {@code conduct evaluate --json} as a function, for the end-to-end measurement: JSON Lines cases in, read
 * with Jackson into the core types (their Jackson annotations), decided with {@link ConductRules#decide},
 * one decision per line out in the format of {@code CONTRACT.md} ("A decision"), written with Jackson's
 * streaming generator. The examples module's {@code conduct} command did not exist on {@code main} when this
 * was written, so this stands in for it.
 */
public final class DecisionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setDefaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT);
  private static final ObjectReader CASE_READER = MAPPER.readerFor(ImmutableConductCase.class);

  private DecisionJson() {}

  /** The mapper used for the case format (reading and, for the generator of test data, writing). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Reads every case of a JSON Lines stream, decides it and writes its decision as a line; returns the count. */
  public static long evaluate(InputStream in, OutputStream out) throws IOException {
    long n = 0;
    try (MappingIterator<ConductCase> cases = CASE_READER.readValues(in);
        JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      while (cases.hasNextValue()) {
        write(g, ConductRules.decide(cases.nextValue()));
        g.writeRaw('\n');
        n++;
      }
    }
    return n;
  }

  /** Writes one decision object. */
  public static void write(JsonGenerator g, Decision d) throws IOException {
    g.writeStartObject();
    g.writeStringField("case", d.caseId());
    g.writeStringField("as_at", d.asAt().toString());
    g.writeStringField("regime", d.regime().map(r -> r.code()).orElse(null));
    g.writeBooleanField("in_scope", d.inScope());
    g.writeStringField("former_officer_condition", d.formerOfficerCondition().map(Enum::name).orElse(null));
    g.writeStringField("forum", d.forum().map(f -> f.code()).orElse(null));
    g.writeArrayFieldStart("available_outcomes");
    for (Outcome o : d.availableOutcomes()) {
      g.writeString(o.code());
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
    g.writeStringField("warning_expires", d.warningExpires().map(LocalDate::toString).orElse(null));
    g.writeObjectFieldStart("resignation");
    g.writeBooleanField("restricted", d.resignation().restricted());
    g.writeEndObject();
    g.writeArrayFieldStart("consequences");
    for (Consequence c : d.consequences()) {
      g.writeStartObject();
      g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("due_by", c.dueBy().map(LocalDate::toString).orElse(null));
      g.writeStringField("description", c.description());
      g.writeStringField("citation", c.citation().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("guidance");
    for (Guidance x : d.guidance()) {
      g.writeStartObject();
      g.writeStringField("kind", x.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("message", x.message());
      g.writeStringField("citation", x.citation().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("explanation");
    for (Step s : d.explanation().steps()) {
      g.writeStartObject();
      g.writeStringField("rule", s.rule().toString());
      g.writeStringField("citation", s.citation().toString());
      g.writeBooleanField("applied", s.applied());
      g.writeStringField("because", s.because());
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
}

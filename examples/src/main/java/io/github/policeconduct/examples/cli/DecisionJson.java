package io.github.policeconduct.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

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
  /** The outcomes in the order of their codes, for writing a set of them sorted without sorting each time. */
  private static final Outcome[] BY_CODE = Set.of(Outcome.values()).stream()
      .sorted(java.util.Comparator.comparing(Outcome::code)).toArray(Outcome[]::new);

  // The keys, written ahead of time.
  private static final JsonLine.Name APPLIED = new JsonLine.Name("applied");
  private static final JsonLine.Name AS_AT = new JsonLine.Name("as_at");
  private static final JsonLine.Name AVAILABLE_OUTCOMES = new JsonLine.Name("available_outcomes");
  private static final JsonLine.Name BECAUSE = new JsonLine.Name("because");
  private static final JsonLine.Name CASE = new JsonLine.Name("case");
  private static final JsonLine.Name CITATION = new JsonLine.Name("citation");
  private static final JsonLine.Name CODE = new JsonLine.Name("code");
  private static final JsonLine.Name CONDUCTED_BY = new JsonLine.Name("conducted_by");
  private static final JsonLine.Name CONSEQUENCES = new JsonLine.Name("consequences");
  private static final JsonLine.Name DECIDED = new JsonLine.Name("decided");
  private static final JsonLine.Name DESCRIPTION = new JsonLine.Name("description");
  private static final JsonLine.Name DUE_BY = new JsonLine.Name("due_by");
  private static final JsonLine.Name ERRORS = new JsonLine.Name("errors");
  private static final JsonLine.Name EXPLANATION = new JsonLine.Name("explanation");
  private static final JsonLine.Name FACTS = new JsonLine.Name("facts");
  private static final JsonLine.Name FORMER_OFFICER_CONDITION = new JsonLine.Name("former_officer_condition");
  private static final JsonLine.Name FORUM = new JsonLine.Name("forum");
  private static final JsonLine.Name GUIDANCE = new JsonLine.Name("guidance");
  private static final JsonLine.Name IN_SCOPE = new JsonLine.Name("in_scope");
  private static final JsonLine.Name KIND = new JsonLine.Name("kind");
  private static final JsonLine.Name LAWFUL = new JsonLine.Name("lawful");
  private static final JsonLine.Name MESSAGE = new JsonLine.Name("message");
  private static final JsonLine.Name ON = new JsonLine.Name("on");
  private static final JsonLine.Name OUTCOME = new JsonLine.Name("outcome");
  private static final JsonLine.Name REGIME = new JsonLine.Name("regime");
  private static final JsonLine.Name RESIGNATION = new JsonLine.Name("resignation");
  private static final JsonLine.Name RESTRICTED = new JsonLine.Name("restricted");
  private static final JsonLine.Name RULE = new JsonLine.Name("rule");
  private static final JsonLine.Name WARNING_EXPIRES = new JsonLine.Name("warning_expires");

  private DecisionJson() {}

  /**
   * The decision as one line of JSON, without a line terminator.
   *
   * @param d the decision
   * @return a complete JSON object on one line
   * @since 0.1.0
   */
  public static String line(Decision d) {
    JsonLine line = new JsonLine();
    write(line, d);
    return line.toString();
  }

  /**
   * Writes the decision into {@code g} (after {@link JsonLine#reset()}, a whole line). The same text as
   * Jackson's generator gave for these calls; the calls mirror the format's order of keys.
   */
  static void write(JsonLine g, Decision d) {
    g.startObject();
    g.field(CASE, d.caseId());
    g.field(AS_AT, d.asAt().toString());
    recurring(g, REGIME, d.regime().map(r -> r.code()));
    g.field(IN_SCOPE, d.inScope());
    recurring(g, FORMER_OFFICER_CONDITION, d.formerOfficerCondition().map(Enum::name));
    recurring(g, FORUM, d.forum().map(f -> f.code()));
    recurring(g, CONDUCTED_BY, d.conductedBy());
    g.name(AVAILABLE_OUTCOMES).startArray();
    Set<Outcome> available = d.availableOutcomes();
    for (Outcome o : BY_CODE) {
      if (available.contains(o)) {
        g.recurring(o.code());
      }
    }
    g.endArray();
    if (d.outcome().isPresent()) {
      g.name(OUTCOME).startObject();
      g.name(DECIDED).recurring(d.outcome().get().decided().code());
      g.field(LAWFUL, d.outcome().get().lawful());
      g.endObject();
    } else {
      g.name(OUTCOME).nullValue();
    }
    date(g, WARNING_EXPIRES, d.warningExpires());
    g.name(RESIGNATION).startObject();
    g.field(RESTRICTED, d.resignation().restricted());
    date(g, ON, d.resignation().on());
    g.endObject();
    g.name(CONSEQUENCES).startArray();
    for (Consequence c : d.consequences()) {
      g.startObject();
      g.name(KIND).recurring(c.kind().code());
      date(g, DUE_BY, c.dueBy());
      g.field(DESCRIPTION, c.description());
      g.name(CITATION).recurring(c.citation().toString());
      g.endObject();
    }
    g.endArray();
    g.name(GUIDANCE).startArray();
    for (Guidance x : d.guidance()) {
      g.startObject();
      g.name(KIND).recurring(x.kind().code());
      g.field(MESSAGE, x.message());
      g.name(CITATION).recurring(x.citation().toString());
      g.endObject();
    }
    g.endArray();
    g.name(EXPLANATION).startArray();
    for (Step s : d.explanation().steps()) {
      g.startObject();
      g.name(RULE).recurring(s.ruleId());
      g.name(CITATION).recurring(s.citation().toString());
      g.field(BECAUSE, s.because());
      g.field(APPLIED, s.applied());
      g.name(FACTS).startObject();
      s.facts().forEach(g::recurringNameField);
      g.endObject();
      g.endObject();
    }
    g.endArray();
    g.name(ERRORS).startArray();
    for (Problem p : d.problems()) {
      g.startObject();
      g.name(CODE).recurring(p.code());
      g.field(MESSAGE, p.message());
      g.name(CITATION).recurring(p.citation().toString());
      g.endObject();
    }
    g.endArray();
    g.endObject();
  }

  private static void string(JsonLine g, JsonLine.Name key, Optional<String> value) {
    if (value.isPresent()) {
      g.field(key, value.get());
    } else {
      g.name(key).nullValue();
    }
  }

  /** A value that is one of a few strings held by the library (a code, a constant sentence). */
  private static void recurring(JsonLine g, JsonLine.Name key, Optional<String> value) {
    if (value.isPresent()) {
      g.name(key).recurring(value.get());
    } else {
      g.name(key).nullValue();
    }
  }

  private static void date(JsonLine g, JsonLine.Name key, Optional<LocalDate> value) {
    string(g, key, value.map(LocalDate::toString));
  }
}

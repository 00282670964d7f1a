package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.ActionTaken;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Regime;

/** The checks of {@link ConductRules#qualityOf}: a case's decision, and the facts the returns count. */
final class Quality {
  private Quality() {}

  static List<QualityIssue> of(ConductCase recorded, LocalDate asAt) {
    Decision d = ConductRules.decide(recorded, asAt);
    ConductCase c = KnownAt.view(recorded, asAt);
    List<QualityIssue> out = new ArrayList<>(4);
    if (c.caseType().isEmpty()) {
      out.add(issue(QualityKind.CASE_TYPE_NOT_KNOWN, "case_type", "No case type is recorded (police_complaint, "
          + "conduct_matter or recordable_conduct_matter): the return cannot place the case in a case-type table."));
    }
    Optional<Proceedings> p = c.proceedings();
    boolean finalised = c.events().stream().anyMatch(e -> e.type() == EventType.CASE_FINALISED);
    for (int i = 0; i < c.allegations().size(); i++) {
      Allegation a = c.allegations().get(i);
      String at = "allegations[" + i + "]";
      String which = "Allegation " + a.id();
      if (a.caseToAnswer().isEmpty()) {
        out.add(issue(QualityKind.CASE_TO_ANSWER_NOT_KNOWN, at + ".case_to_answer",
            which + " has no decision on case to answer recorded."));
      }
      Optional<ActionTaken> action = a.actionTaken().filter(x -> x != ActionTaken.NOT_KNOWN);
      if (action.isEmpty()) {
        out.add(issue(QualityKind.ACTION_TAKEN_NOT_KNOWN, at + ".action_taken",
            which + " has no action taken recorded" + (a.actionTaken().isPresent() ? " (it says not_known)." : ".")));
      }
      boolean referred = action.filter(x -> x == ActionTaken.REFERRED_TO_MISCONDUCT_PROCEEDINGS).isPresent();
      if (referred && a.caseToAnswer().filter(yes -> !yes).isPresent()) {
        out.add(issue(QualityKind.ACTION_CONTRADICTS_CASE_TO_ANSWER, at + ".action_taken",
            which + " is recorded as having no case to answer, yet referred to misconduct proceedings."));
      }
      if (referred && p.isEmpty() && finalised) {
        out.add(issue(QualityKind.PROCEEDINGS_TYPE_NOT_KNOWN, "proceedings.forum",
            which + " was referred to misconduct proceedings, but the case records no proceedings."));
      }
      if (referred && p.isPresent() && p.get().date().isPresent()
          && p.get().findings().stream().noneMatch(f -> f.allegation().equals(a.id()))) {
        out.add(issue(QualityKind.FINDING_NOT_KNOWN, "proceedings.findings",
            which + " was referred to the proceedings of " + p.get().date().get() + ", which record no finding on it."));
      }
    }
    for (Problem problem : d.problems()) {
      out.add(new QualityIssue(QualityKind.UNLAWFUL, "proceedings", problem.message() + " [" + problem.code() + "]",
          Optional.of(problem.citation())));
    }
    for (Guidance g : d.guidance()) {
      if (g.kind() == GuidanceKind.EVENT_OUT_OF_ORDER) {
        out.add(new QualityIssue(QualityKind.EVENT_OUT_OF_ORDER, "events", g.message(), Optional.of(g.citation())));
      }
    }
    timeliness(c, d, asAt).ifPresent(out::add);
    return List.copyOf(out);
  }

  /**
   * A case of the 2020 Regulations not finalised by {@code asAt} when its earliest allegation came to attention
   * more than the row's period before: the period "beginning with the day on which the allegation first came to
   * the attention of the appropriate authority" (R2020 reg 19), so it ends the day before the anniversary.
   */
  private static Optional<QualityIssue> timeliness(ConductCase c, Decision d, LocalDate asAt) {
    Rule rule = Rule.TIMELINESS_REPORT_2020;
    if (c.events().stream().anyMatch(e -> e.type() == EventType.CASE_FINALISED)) {
      return Optional.empty();
    }
    Optional<Proceedings> concluded = c.proceedings().filter(p -> p.outcome().isPresent());
    if (concluded.isPresent()) {
      return Optional.of(issue(QualityKind.FINALISED_DATE_NOT_KNOWN, "events", "The proceedings"
          + concluded.get().date().map(x -> " of " + x).orElse("") + " gave an outcome, but no case_finalised event "
          + "is recorded: the return cannot place the case in the year it was finalised."));
    }
    if (d.regime().filter(r -> r == Regime.CONDUCT_REGULATIONS_2020).isEmpty()) {
      return Optional.empty();
    }
    LocalDate attention = c.allegations().stream().map(Allegation::cameToAttention).min(LocalDate::compareTo)
        .orElseThrow();
    if (!rule.isInForceOn(attention)) {
      return Optional.empty();
    }
    LocalDate lastDay = attention.plus(rule.period().orElseThrow()).minusDays(1);
    if (!asAt.isAfter(lastDay)) {
      return Optional.empty();
    }
    return Optional.of(new QualityIssue(QualityKind.OPEN_MORE_THAN_12_MONTHS, "events",
        Sentences.text(rule.id(), rule, "came_to_attention", attention, "last_day", lastDay, "as_at", asAt),
        Optional.of(rule.citation(d.regime(), attention))));
  }

  private static QualityIssue issue(QualityKind kind, String field, String message) {
    return new QualityIssue(kind, field, message, Optional.empty());
  }
}

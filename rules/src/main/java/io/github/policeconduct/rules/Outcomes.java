package io.github.policeconduct.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.WarningType;

/**
 * Capability 4 for a case: the outcome query its facts pose, the outcomes open (from the outcome table, {@link
 * Sanctions}), and whether the outcome given was lawful.
 */
final class Outcomes {
  private Outcomes() {}

  /**
   * What capability 4 decided for the case.
   *
   * @param finding the finding the outcomes rest on: the most serious recorded, or before findings the assessment
   * @param available the outcomes lawfully open
   * @param outcome the outcome given and whether it was lawful
   */
  record Result(Optional<Finding> finding, Set<Outcome> available, Optional<OutcomeCheck> outcome) {}

  static Result of(CaseFacts f, Regime regime, boolean former, Optional<Forum> forum, Trace t) {
    Optional<Finding> finding = f.finding();
    Optional<OutcomeQuery> q = Optional.empty();
    if (forum.isPresent()) {
      if (finding.isEmpty() && f.severity().isPresent()) {
        SeverityAssessment sev = f.severity().get();
        finding = Optional.of(asFinding(sev));
        t.applied(Rule.SANCTIONS_NO_FINDING, "", f.assessed(), "severity", sev.level().code());
      }
      if (finding.isPresent()) {
        boolean unconnected = f.c().proceedings().map(p -> p.unconnectedIncidents()).orElse(false);
        q = Optional.of(OutcomeQuery.builder(regime, forum.get(), finding.get(), f.subject().role())
            .rank(f.subject().rank())
            .finalWrittenWarningInForce(f.liveWarning().isPresent())
            .unconnectedIncidents(unconnected)
            .reducedInRankBefore(f.c().record().reducedInRank())
            .formerOfficer(former)
            .build());
      }
    }
    Set<Outcome> available = q.isPresent() ? Sanctions.available(q.get(), t, f.when()) : EnumSet.noneOf(Outcome.class);
    if (f.givenOutcome().isEmpty()) {
      return new Result(finding, available, Optional.empty());
    }
    Outcome o = f.givenOutcome().get();
    boolean lawful = available.contains(o);
    if (lawful) {
      t.applied(Rule.SANCTIONS_OUTCOME_LAWFUL, "lawful", f.when(), "outcome", o.code());
    } else {
      List<Problem> why = q.isPresent() ? Sanctions.whyNot(q.get(), o, t)
          : List.of(new Problem("outcome_without_findings", Sentences.text("problem.outcome_without_findings", Rule.SANCTIONS_OUTCOME_LAWFUL, "outcome", o.code()),
              t.cite(Rule.SANCTIONS_OUTCOME_LAWFUL)));
      t.addProblems(why);
      t.applied(Rule.SANCTIONS_OUTCOME_LAWFUL, "unlawful", f.when(), "outcome", o.code(), "problem", why.get(0).code());
    }
    noFurtherActionAfterFinding(f, regime, former, forum, finding, o, t);
    Optional<Integer> months = f.c().proceedings().get().finalWrittenWarningMonths();
    if (o == Outcome.FINAL_WRITTEN_WARNING && months.isPresent()) {
      finalWrittenWarningPeriod(regime, months.get(), t);
    }
    return new Result(finding, available, Optional.of(new OutcomeCheck(o, lawful)));
  }

  static Finding asFinding(SeverityAssessment s) {
    switch (s.level()) {
      case GROSS_MISCONDUCT:
        return Finding.GROSS_MISCONDUCT;
      case MISCONDUCT:
        return Finding.MISCONDUCT;
      default:
        return Finding.NOT_MISCONDUCT;
    }
  }

  /** From 28 May 2025 a finding at a meeting or hearing must be followed by disciplinary action (SI 2025/558). */
  private static void noFurtherActionAfterFinding(CaseFacts f, Regime regime, boolean former, Optional<Forum> forum,
      Optional<Finding> finding, Outcome o, Trace t) {
    Rule rule = Rule.SANCTIONS_NO_FURTHER_ACTION_2025;
    boolean proved = finding.filter(x -> x != Finding.NOT_MISCONDUCT).isPresent();
    if (o != Outcome.NO_FURTHER_ACTION || former || !proved || regime != Regime.CONDUCT_REGULATIONS_2020
        || forum.filter(x -> x == Forum.MISCONDUCT_MEETING || x == Forum.MISCONDUCT_HEARING).isEmpty()
        || !rule.isInForceOn(f.attention())) {
      return;
    }
    t.problem("no_further_action_after_finding", rule, "came_to_attention", f.attention(), "finding", finding.get().code());
    t.applied(rule, "", f.attention(), "came_to_attention", f.attention(), "finding", finding.get().code(), "outcome", o.code());
  }

  /**
   * A recorded period for the final written warning given: an error only where the law cannot produce it, a caution
   * where it differs from the usual period but may be lawful.
   */
  private static void finalWrittenWarningPeriod(Regime regime, int m, Trace t) {
    int usual = Warnings.defaultMonths(WarningType.FINAL_WRITTEN_WARNING, regime);
    Rule rule = Warnings.periodRule(regime);
    if (regime == Regime.CONDUCT_REGULATIONS_2020) {
      if (m < usual) {
        t.problem("final_written_warning_period", rule, "months", m, "usual", usual, "longest", Warnings.longestFinalWrittenWarningMonths());
      } else if (m > Warnings.longestFinalWrittenWarningMonths()) {
        t.guidance(GuidanceKind.WARNING_PERIOD_TO_CHECK, rule, "final_written_warning_longer", "months", m,
            "longest", Warnings.longestFinalWrittenWarningMonths());
      }
      return;
    }
    if (m != usual) {
      t.guidance(GuidanceKind.WARNING_PERIOD_TO_CHECK, rule, "final_written_warning_unusual", "months", m, "usual", usual,
          "regime", regime);
    }
  }
}

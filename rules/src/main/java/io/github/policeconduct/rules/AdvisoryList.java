package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Optional;

import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Subject;

/** Capability 5, the Police Advisory List: the rows {@link Rule#CONSEQUENCE_ADVISORY_LIST} and those after it. */
final class AdvisoryList {
  private AdvisoryList() {}

  /** A person serving with the police who resigned or retired: the report, and removal when proceedings end. */
  static void leaving(CaseFacts f, boolean inScope, Optional<OutcomeCheck> outcome, Trace t) {
    Rule rule = Rule.CONSEQUENCE_ADVISORY_LIST;
    Subject s = f.subject();
    LocalDate left = s.left().get().date();
    String reason = s.left().get().reason().code();
    LocalDate attention = f.attention();
    if (!rule.isInForceOn(left)) {
      if (!attention.isAfter(left)) {
        t.notApplicable(rule, "before_the_list", left, "left", left);
      }
      return;
    }
    boolean concludedBeforeLeaving = f.proceedingsDate().map(d -> !d.isAfter(left)).orElse(false) && f.givenOutcome().isPresent();
    Optional<SeverityAssessment> sev = f.severity();
    boolean noProceedingsDecidedBeforeLeaving = sev.map(x -> !x.level().isMisconductOrWorse()
        && x.assessed().map(d -> !d.isAfter(left)).orElse(false)).orElse(false);
    boolean whileOutstanding = !attention.isAfter(left) && !concludedBeforeLeaving && !noProceedingsDecidedBeforeLeaving;
    boolean afterLeaving = attention.isAfter(left) && inScope;
    if (!whileOutstanding && !afterLeaving) {
      t.notApplicable(rule, "nothing_outstanding", left, "left", left, "came_to_attention", attention);
      return;
    }
    TimeLimit limit = rule.timeLimit().orElseThrow();
    String when = whileOutstanding ? "while_outstanding" : "after_leaving";
    Optional<LocalDate> due = ConsequenceRules.due(whileOutstanding ? left : attention, rule, t);
    t.consequence(ConsequenceKind.ADVISORY_LIST_REPORT, due, rule, "advisory_list_report/" + when, "left", left, "reason", reason,
        "came_to_attention", attention, "working_days", limit.workingDays(), "period_start", limit.start().code());
    t.applied(rule, when, whileOutstanding ? left : attention, "left", left, "reason", reason, "came_to_attention", attention);
    Optional<Outcome> given = f.givenOutcome();
    boolean assessedBelow = sev.map(x -> !x.level().isMisconductOrWorse()).orElse(false);
    boolean staff = s.role().isCivilianPoliceEmployee(); // force procedures, not the Conduct Regulations, decide their case
    if (staff ? given.isPresent() : given.isPresent() || assessedBelow || !inScope) {
      boolean barred = given.filter(o -> o == Outcome.WOULD_HAVE_BEEN_DISMISSED).isPresent()
          && (staff || outcome.map(OutcomeCheck::lawful).orElse(false));
      String removal = barred ? "barred" : !inScope ? "no_proceedings" : "ended_without_finding";
      Rule removed = Rule.CONSEQUENCE_ADVISORY_REMOVAL;
      t.consequence(ConsequenceKind.ADVISORY_LIST_REMOVAL, Optional.empty(), removed, "advisory_list_removal/" + removal);
      t.applied(removed, removal, f.when(), "outcome", given.map(Outcome::code));
    }
  }

  /**
   * A community support or policing support volunteer: reported for the Advisory List when the designation is
   * withdrawn (recorded as {@code dismissed}) or they stop volunteering (any other departure) after an allegation
   * came to attention. For stopping, the period runs from the day the authority learns of it; the case records only
   * the leaving date, which is used and said.
   */
  static void volunteer(CaseFacts f, Trace t) {
    Subject s = f.subject();
    boolean withdrawn = s.left().get().reason() == Departure.DISMISSED;
    Rule rule = withdrawn ? Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_WITHDRAWN : Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_STOPPED;
    LocalDate left = s.left().get().date();
    LocalDate attention = f.attention();
    if (!rule.isInForceOn(left) || attention.isAfter(left)) {
      t.notApplicable(rule, rule.isInForceOn(left) ? "nothing_outstanding" : "before_the_list", left, "left", left,
          "came_to_attention", attention);
      return;
    }
    String how = withdrawn ? "withdrawn" : "stopped";
    TimeLimit limit = rule.timeLimit().orElseThrow();
    Optional<LocalDate> due = ConsequenceRules.due(left, rule, t);
    t.consequence(ConsequenceKind.ADVISORY_LIST_REPORT, due, rule, "advisory_list_report/volunteer_" + how, "left", left,
        "came_to_attention", attention, "role", s.role().code(), "working_days", limit.workingDays(),
        "period_start", limit.start().code());
    t.applied(rule, how, left, "left", left, "reason", s.left().get().reason().code(), "came_to_attention", attention,
        "role", s.role().code());
  }
}

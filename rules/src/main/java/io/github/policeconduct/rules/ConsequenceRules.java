package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Optional;

import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.core.WarningType;

/**
 * Capability 5: what follows from a decision, with the time limits read from the rule rows: how long a warning
 * imposed is in force, the Barred and Advisory List reports, the reasons for not dismissing, and appeal windows.
 */
final class ConsequenceRules {
  private ConsequenceRules() {}

  /**
   * What decided the consequences.
   *
   * @param regime the governing Regulations
   * @param inScope whether the case is within them
   * @param former whether the subject is a former officer
   * @param forum the forum
   * @param finding the finding the outcomes rest on
   * @param outcome the outcome given and whether lawful
   */
  record Basis(Regime regime, boolean inScope, boolean former, Optional<Forum> forum, Optional<Finding> finding,
      Optional<OutcomeCheck> outcome) {}

  /** The consequences of a case within the Regulations; returns the day a warning imposed stops being in force. */
  static Optional<LocalDate> of(CaseFacts f, Basis b, Trace t) {
    Optional<LocalDate> expires = Optional.empty();
    Optional<LocalDate> date = f.proceedingsDate();
    if (b.outcome().isPresent() && b.outcome().get().lawful() && date.isPresent()) {
      Outcome o = b.outcome().get().decided();
      expires = warningExpiry(f, b.regime(), o, date.get(), t);
      if (o.isDismissal()) {
        barredList(f, o, date.get(), t);
      }
      reasonsForNotDismissing(b, o, date.get(), t);
    }
    leaving(f, b.inScope(), b.outcome(), t);
    appeal(f, b, date, t);
    return expires;
  }

  /** The consequences of a case outside the Regulations: the lists, which reach staff and volunteers too. */
  static void outsideRegulations(CaseFacts f, Trace t) {
    Subject s = f.subject();
    if (s.role().isCivilianPoliceEmployee() && f.givenOutcome().filter(Outcome::isDismissal).isPresent()
        && f.proceedingsDate().isPresent()) {
      Outcome o = f.givenOutcome().get();
      LocalDate date = f.proceedingsDate().get();
      boolean leftBefore = !CaseFacts.servingOn(s.left(), date, true);
      if (o == Outcome.WOULD_HAVE_BEEN_DISMISSED && !leftBefore && Rule.CONSEQUENCE_BARRED_LIST.isInForceOn(date)) {
        t.problem("would_have_been_dismissed_only_for_former_employees", Rule.CONSEQUENCE_BARRED_LIST, "role", s.role().code());
      } else {
        barredList(f, o, date, t);
      }
    }
    leaving(f, false, Optional.empty(), t);
  }

  private static Optional<LocalDate> warningExpiry(CaseFacts f, Regime regime, Outcome o, LocalDate notified, Trace t) {
    if (o == Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING) {
      if (f.liveWarning().isEmpty()) {
        return Optional.empty();
      }
      LocalDate was = Warnings.expiry(f.liveWarning().get());
      LocalDate expires = was.plusMonths(Warnings.extensionMonths());
      t.applied(Rule.CONSEQUENCE_WARNING_EXTENSION_2012, "", notified, "expired", was, "months", Warnings.extensionMonths(),
          "expires", expires);
      return Optional.of(expires);
    }
    if (o != Outcome.WRITTEN_WARNING && o != Outcome.FINAL_WRITTEN_WARNING) {
      return Optional.empty();
    }
    WarningType type = o == Outcome.WRITTEN_WARNING ? WarningType.WRITTEN_WARNING : WarningType.FINAL_WRITTEN_WARNING;
    Warning.Builder w = Warning.builder().type(type).notified(notified).regime(regime);
    if (type == WarningType.FINAL_WRITTEN_WARNING && regime == Regime.CONDUCT_REGULATIONS_2020) {
      f.c().proceedings().get().finalWrittenWarningMonths().ifPresent(w::months);
    }
    Warning imposed = w.build();
    LocalDate expires = Warnings.expiry(imposed); // the function ConductRules.warningExpiry answers with
    int months = imposed.months().orElseGet(() -> Warnings.defaultMonths(type, regime));
    t.applied(Warnings.periodRule(regime), type.code(), notified, "notified", notified, "months", months, "expires", expires);
    return Optional.of(expires);
  }

  /**
   * The Barred List report after a dismissal or "would have been dismissed" finding. The period runs from "the date
   * of the relevant dismissal" or "of the relevant finding" (SI 2017/1135 reg 3(1)): for a dismissal, the day the
   * subject ceased to serve when the case records it, else the day of the proceedings; a dismissal with notice takes
   * effect when the notice ends, so without a recorded leaving date its report date cannot be counted.
   */
  private static void barredList(CaseFacts f, Outcome decided, LocalDate date, Trace t) {
    Rule rule = Rule.CONSEQUENCE_BARRED_LIST;
    boolean whbd = decided == Outcome.WOULD_HAVE_BEEN_DISMISSED;
    Optional<LocalDate> from = whbd ? Optional.of(date) : dismissalDate(f.subject(), decided, date);
    String event = whbd ? (f.subject().role().isConstable() ? "finding_former_officer" : "finding_former_employee")
        : decided == Outcome.DISMISSAL_WITH_NOTICE ? "dismissal_with_notice" : "dismissal";
    LocalDate counted = from.orElse(date);
    if (!rule.isInForceOn(counted)) {
      t.notApplicable(rule, "before_the_list", counted, "date", counted, "event", event);
      return;
    }
    TimeLimit limit = rule.timeLimit().orElseThrow();
    if (from.isEmpty()) {
      t.consequence(ConsequenceKind.BARRED_LIST_REPORT, Optional.empty(), rule, "barred_list_report/undated", "event", event,
          "date", date, "working_days", limit.workingDays(), "period_start", limit.start().code());
      t.applied(rule, "undated", date, "date", date, "outcome", decided.code(), "left", "not recorded", "event", event);
      return;
    }
    Optional<LocalDate> due = due(counted, rule, t);
    t.consequence(ConsequenceKind.BARRED_LIST_REPORT, due, rule, "barred_list_report", "event", event, "date", counted,
        "working_days", limit.workingDays(), "period_start", limit.start().code());
    t.applied(rule, "", counted, "date", counted, "outcome", decided.code(), "event", event, "due", due,
        "working_days", limit.workingDays(), "period_start", limit.start().code());
  }

  /**
   * The date of a dismissal: the recorded leaving date where the subject left by dismissal on or after the
   * proceedings; otherwise the proceedings date for a dismissal without notice, and nothing for one with notice.
   */
  private static Optional<LocalDate> dismissalDate(Subject s, Outcome decided, LocalDate proceedings) {
    Optional<LocalDate> left = s.left().filter(l -> l.reason() == Departure.DISMISSED).map(l -> l.date())
        .filter(d -> !d.isBefore(proceedings));
    if (left.isPresent()) {
      return left;
    }
    return decided == Outcome.DISMISSAL_WITH_NOTICE ? Optional.empty() : Optional.of(proceedings);
  }

  /** The last day of {@code rule}'s time limit counted from {@code from}, as its provision words it. */
  static Optional<LocalDate> due(LocalDate from, Rule rule, Trace t) {
    try {
      return Optional.of(rule.timeLimit().orElseThrow().lastDayFrom(from));
    } catch (IllegalArgumentException outsideCalendar) {
      t.notApplicable(rule, "outside_calendar", from, "from", from, "reason", outsideCalendar.getMessage());
      return Optional.empty();
    }
  }

  /** From 7 May 2024: gross misconduct found at a hearing, and the action is not dismissal without notice. */
  private static void reasonsForNotDismissing(Basis b, Outcome o, LocalDate date, Trace t) {
    if (b.regime() != Regime.CONDUCT_REGULATIONS_2020 || b.former() || b.finding().filter(x -> x == Finding.GROSS_MISCONDUCT).isEmpty()
        || o == Outcome.DISMISSAL_WITHOUT_NOTICE || b.forum().isEmpty()) {
      return;
    }
    Forum forum = b.forum().get();
    Rule rule = forum == Forum.MISCONDUCT_HEARING ? Rule.CONSEQUENCE_REASONS_HEARING
        : forum == Forum.ACCELERATED_MISCONDUCT_HEARING ? Rule.CONSEQUENCE_REASONS_ACCELERATED : null;
    if (rule == null) {
      return;
    }
    if (!rule.isInForceOn(date)) {
      t.notApplicable(rule, "", date, "date", date, "forum", forum, "regime", b.regime());
      return;
    }
    // The accelerated hearing's report is the one the timetable counts (R2020 reg 63(1), by its row).
    Rule timed = rule == Rule.CONSEQUENCE_REASONS_ACCELERATED ? Rule.TIMETABLE_ACCELERATED_REPORT_2020 : rule;
    if (timed.timeLimit().isPresent()) {
      TimeLimit limit = timed.timeLimit().get();
      Optional<LocalDate> due = due(date, timed, t);
      Object[] facts = {"date", date, "finding", Finding.GROSS_MISCONDUCT.code(), "outcome", o.code(),
          "working_days", limit.workingDays(), "period_start", limit.start().code()};
      t.consequence(ConsequenceKind.OUTCOME_REPORT_REASONS, due, rule, rule.id(), facts);
      t.applied(rule, "", date, facts);
    } else {
      Object[] facts = {"date", date, "finding", Finding.GROSS_MISCONDUCT.code(), "outcome", o.code()};
      t.consequence(ConsequenceKind.OUTCOME_REPORT_REASONS, Optional.empty(), rule, rule.id(), facts);
      t.applied(rule, "", date, facts);
    }
  }

  /** The Advisory List report and removal when the subject has left. */
  private static void leaving(CaseFacts f, boolean inScope, Optional<OutcomeCheck> outcome, Trace t) {
    Subject s = f.subject();
    if (s.left().isEmpty()) {
      return;
    }
    if (s.role().isPoliceVolunteer()) {
      AdvisoryList.volunteer(f, t);
    } else if (f.leftByResigningOrRetiring()) {
      AdvisoryList.leaving(f, inScope, outcome, t);
    }
  }

  /**
   * The appeal window: from the day the outcome report was given to the officer when the case records it (an
   * {@code outcome_report_given} event on or after the proceedings), else from the day of the proceedings, as the
   * sentence says.
   */
  private static void appeal(CaseFacts f, Basis b, Optional<LocalDate> held, Trace t) {
    if (held.isEmpty() || b.outcome().isEmpty() || b.forum().isEmpty() || b.finding().filter(x -> x != Finding.NOT_MISCONDUCT).isEmpty()) {
      return;
    }
    Optional<LocalDate> reported = f.c().events().stream()
        .filter(e -> e.type() == EventType.OUTCOME_REPORT_GIVEN && !e.date().isBefore(held.get()))
        .map(e -> e.date()).min(LocalDate::compareTo);
    Optional<LocalDate> date = reported.isPresent() ? reported : held;
    String variant = reported.isPresent() ? "/report_given" : "";
    Forum forum = b.forum().get();
    Rule rule;
    if (forum == Forum.MISCONDUCT_MEETING) {
      rule = Rule.CONSEQUENCE_APPEAL_MEETING;
    } else if (forum == Forum.MISCONDUCT_HEARING || forum == Forum.ACCELERATED_MISCONDUCT_HEARING) {
      rule = Rule.CONSEQUENCE_APPEAL_TRIBUNAL;
    } else {
      return;
    }
    TimeLimit limit = rule.timeLimit().orElseThrow();
    Optional<LocalDate> due = due(date.get(), rule, t);
    String who = b.former() ? "former_officer" : "officer";
    t.consequence(ConsequenceKind.APPEAL_WINDOW, due, rule, rule.id() + variant, "who", who, "working_days",
        limit.workingDays(), "period_start", limit.start().code(), "date", date.get());
    t.applied(rule, variant.isEmpty() ? "" : variant.substring(1), date.get(), "date", date.get(), "forum", forum,
        "regime", b.regime(), "due", due, "working_days", limit.workingDays(), "period_start", limit.start().code());
  }
}

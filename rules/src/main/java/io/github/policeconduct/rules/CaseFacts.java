package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;

/**
 * The facts of one case that several rules read, computed once before any rule runs, as at a date. Immutable; the
 * capabilities are pure functions of these facts (and of what earlier capabilities decided).
 *
 * @param c the case
 * @param asAt the day the question is asked
 * @param severity the governing severity assessment: the most serious level assessed, ties to the latest date
 * @param assessed the date of that assessment, or else the latest date an allegation came to attention
 * @param liveWarning the final written warning in force at that assessment
 * @param attention the earliest date an allegation came to attention
 * @param former whether the subject had ceased to serve before the proceedings (or, with none, by {@code asAt})
 * @param proceedingsDate the date of the proceedings, if recorded
 * @param when the date proceedings were held, else {@code asAt}: the date panel rules are read on
 * @param givenForum the forum the proceedings name
 * @param givenOutcome the outcome the proceedings record
 * @param finding the most serious finding recorded
 */
record CaseFacts(ConductCase c, LocalDate asAt, Optional<SeverityAssessment> severity, LocalDate assessed,
    Optional<Warning> liveWarning, LocalDate attention, boolean former, Optional<LocalDate> proceedingsDate, LocalDate when,
    Optional<Forum> givenForum, Optional<Outcome> givenOutcome, Optional<Finding> finding) {

  static CaseFacts of(ConductCase c, LocalDate asAt) {
    Optional<SeverityAssessment> severity = severity(c);
    LocalDate assessed = severity.flatMap(SeverityAssessment::assessed).orElseGet(() -> latestAttention(c));
    Optional<Proceedings> p = c.proceedings();
    Optional<LocalDate> held = p.flatMap(Proceedings::date);
    return new CaseFacts(c, asAt, severity, assessed, Warnings.finalWrittenWarningInForce(c, assessed), earliestAttention(c),
        isFormer(c, asAt), held, held.orElse(asAt), p.map(Proceedings::forum), p.flatMap(Proceedings::outcome),
        p.flatMap(Proceedings::mostSeriousFinding));
  }

  Subject subject() {
    return c.subject();
  }

  Optional<ServiceEnd> left() {
    return c.subject().left();
  }

  boolean leftByResigningOrRetiring() {
    return left().map(l -> l.reason() == Departure.RESIGNED || l.reason() == Departure.RETIRED).orElse(false);
  }

  boolean mentions(Category category) {
    for (Allegation a : c.allegations()) {
      if (a.categories().contains(category)) {
        return true;
      }
    }
    return false;
  }

  /** The governing severity assessment: the most serious level assessed; ties go to the latest date. */
  static Optional<SeverityAssessment> severity(ConductCase c) {
    SeverityAssessment best = null;
    for (Allegation a : c.allegations()) {
      Optional<SeverityAssessment> assessed = a.severity();
      if (assessed.isPresent()) {
        SeverityAssessment s = assessed.get();
        if (best == null || moreSevereOrLater(s, best)) {
          best = s;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean moreSevereOrLater(SeverityAssessment s, SeverityAssessment than) {
    int byLevel = s.level().compareTo(than.level());
    if (byLevel != 0) {
      return byLevel > 0;
    }
    return s.assessed().orElse(LocalDate.MIN).isAfter(than.assessed().orElse(LocalDate.MIN));
  }

  private static LocalDate latestAttention(ConductCase c) {
    LocalDate latest = LocalDate.MIN;
    for (Allegation a : c.allegations()) {
      if (a.cameToAttention().isAfter(latest)) {
        latest = a.cameToAttention();
      }
    }
    return latest;
  }

  private static LocalDate earliestAttention(ConductCase c) {
    LocalDate earliest = LocalDate.MAX;
    for (Allegation a : c.allegations()) {
      if (a.cameToAttention().isBefore(earliest)) {
        earliest = a.cameToAttention();
      }
    }
    return earliest;
  }

  /**
   * Whether the subject had ceased to serve at the proceedings (or, with none, by the as-at date): a former officer
   * then. One rule for the day of leaving, everywhere: see {@link #servingOn}.
   */
  static boolean isFormer(ConductCase c, LocalDate asAt) {
    Optional<LocalDate> hearing = c.proceedings().flatMap(Proceedings::date);
    return !servingOn(c.subject().left(), hearing.orElse(asAt), hearing.isPresent());
  }

  /**
   * Whether a subject who left as {@code left} says was serving on {@code day}: the day of leaving is the first on
   * which they no longer serve, so they serve on every day before it and are a former officer on it and after. One
   * exception: a dismissal dated the day of the {@code proceedings} is their outcome, not a departure before them,
   * so the subject served at those proceedings. An officer who resigns or retires on the day of the hearing is a
   * former officer at it. No provision settles the day itself: README, Legal assumptions.
   *
   * @param proceedings whether {@code day} is the day of the proceedings (not an as-at date)
   */
  static boolean servingOn(Optional<ServiceEnd> left, LocalDate day, boolean proceedings) {
    if (left.isEmpty() || day.isBefore(left.get().date())) {
      return true;
    }
    return proceedings && day.equals(left.get().date()) && left.get().reason() == Departure.DISMISSED;
  }
}

package io.github.policeconduct.rules;

import static io.github.policeconduct.rules.Trace.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.core.WarningType;

/** The rules, applied. Pure functions of a case and a date; every method records its reasoning in a trace. */
final class Engine {
  static final LocalDate R2008_START = Regime.CONDUCT_REGULATIONS_2008.inForceFrom();
  static final LocalDate R2012_START = Regime.CONDUCT_REGULATIONS_2012.inForceFrom();
  static final LocalDate R2020_START = Regime.CONDUCT_REGULATIONS_2020.inForceFrom();
  static final LocalDate FORMER_OFFICERS_FROM = LocalDate.of(2017, 12, 15);
  static final LocalDate RESTRICTION_FROM = LocalDate.of(2015, 1, 12);
  static final LocalDate RESTRICTION_UNTIL = LocalDate.of(2017, 12, 14);
  static final LocalDate LQC_FROM = LocalDate.of(2016, 1, 1);
  static final LocalDate CHIEF_OFFICER_CHAIR_FROM = LocalDate.of(2024, 5, 7);
  static final LocalDate A2025_FROM = LocalDate.of(2025, 5, 28);

  private static final io.github.policeconduct.core.Citation R2012_REG_2_2 = Law.r2012("reg 2(2)");

  private Engine() {}

  // ---------------------------------------------------------------- 1. regime

  static Ruling<Regime> regime(Allegation a) {
    Trace t = new Trace();
    Optional<Regime> r = regime(a, t);
    return r.<Ruling<Regime>>map(x -> new Ruling.Decided<>(x, t.explanation()))
        .orElseGet(() -> new Ruling.NoRuleApplies<>(t.explanation()));
  }

  static Optional<Regime> regime(Allegation a, Trace t) {
    LocalDate d = a.cameToAttention();
    String id = a.id();
    if (d.isBefore(R2008_START)) {
      t.applied(Rule.REGIME_NOT_MODELLED, () -> "Allegation " + id + " came to attention on " + Dates.iso(d)
          + ", before the 2008 Regulations came into force on 1 December 2008; earlier regulations are not modelled.",
          facts("allegation", id, "came_to_attention", d));
      return Optional.empty();
    }
    if (d.isBefore(R2012_START)) {
      t.applied(Rule.REGIME_2008, () -> "Allegation " + id + " came to attention on " + Dates.iso(d)
          + ", before 22 November 2012, so the 2008 Regulations govern it.", facts("allegation", id, "came_to_attention", d));
      return Optional.of(Regime.CONDUCT_REGULATIONS_2008);
    }
    if (d.isBefore(R2020_START)) {
      if (a.connectedToEarlierAllegation()) {
        t.applied(Rule.REGIME_CONNECTED, R2012_REG_2_2, () -> "Allegation " + id
            + " is connected with an earlier allegation still dealt with under the 2008 Regulations, so those Regulations govern it.",
            facts("allegation", id, "came_to_attention", d, "connected_to_earlier_allegation", true));
        return Optional.of(Regime.CONDUCT_REGULATIONS_2008);
      }
      t.applied(Rule.REGIME_2012, () -> "Allegation " + id + " came to attention on " + Dates.iso(d)
          + ", from 22 November 2012 and before 1 February 2020, so the 2012 Regulations govern it.",
          facts("allegation", id, "came_to_attention", d));
      return Optional.of(Regime.CONDUCT_REGULATIONS_2012);
    }
    if (a.connectedToEarlierAllegation()) {
      t.applied(Rule.REGIME_CONNECTED, () -> "Allegation " + id + " came to attention on " + Dates.iso(d)
          + " but is connected with an earlier allegation still dealt with under the 2012 Regulations, so those Regulations govern it.",
          facts("allegation", id, "came_to_attention", d, "connected_to_earlier_allegation", true));
      return Optional.of(Regime.CONDUCT_REGULATIONS_2012);
    }
    t.applied(Rule.REGIME_2020, () -> "Allegation " + id + " came to attention on " + Dates.iso(d)
        + ", on or after 1 February 2020, so the 2020 Regulations govern it.", facts("allegation", id, "came_to_attention", d));
    return Optional.of(Regime.CONDUCT_REGULATIONS_2020);
  }

  /** The case's regime: one for all its allegations, or a typed conflict / no rule. */
  static Ruling<Regime> regime(ConductCase c) {
    Trace t = new Trace();
    // The regimes found, in the order first found (a list: at most three, and cheaper than a LinkedHashSet).
    List<Regime> found = new ArrayList<>(2);
    boolean unmodelled = false;
    for (Allegation a : c.allegations()) {
      Optional<Regime> r = regime(a, t);
      if (r.isPresent()) {
        if (!found.contains(r.get())) {
          found.add(r.get());
        }
      } else {
        unmodelled = true;
      }
    }
    if (found.size() > 1 || (unmodelled && !found.isEmpty())) {
      String regimes = found + (unmodelled ? " and earlier regulations" : ""); // a rare step: its text now
      t.applied(Rule.REGIME_CONFLICT, () -> "The allegations of case " + c.id() + " fall under different regulations ("
          + regimes + "); decide them as separate cases.",
          facts("case", c.id()));
      return new Ruling.Conflict<>(List.copyOf(found), t.explanation());
    }
    if (found.isEmpty()) {
      return new Ruling.NoRuleApplies<>(t.explanation());
    }
    return new Ruling.Decided<>(found.get(0), t.explanation());
  }

  // ---------------------------------------------------------------- facts shared by several rules

  /** The severity assessment that governs routing: the most serious level assessed; ties go to the latest date. */
  static Optional<SeverityAssessment> severity(ConductCase c) {
    // A loop, not a stream: decide() asks this several times per case. Ties keep the first, as Stream.max does.
    SeverityAssessment best = null;
    for (Allegation a : c.allegations()) {
      Optional<SeverityAssessment> assessed = a.severity(); // each call wraps the field in a new Optional
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

  /** The date of the assessment, falling back to the date the allegation came to attention when not given. */
  static LocalDate assessmentDate(ConductCase c) {
    Optional<LocalDate> d = severity(c).flatMap(SeverityAssessment::assessed);
    return d.orElseGet(() -> c.allegations().stream().map(Allegation::cameToAttention).max(Comparator.naturalOrder()).get());
  }

  static LocalDate earliestAttention(ConductCase c) {
    LocalDate earliest = LocalDate.MAX;
    for (Allegation a : c.allegations()) {
      if (a.cameToAttention().isBefore(earliest)) {
        earliest = a.cameToAttention();
      }
    }
    return earliest;
  }

  /**
   * The default period, in months, of a warning given under {@code regime}: the period comes from the Regulations
   * that imposed the warning, never from the date it was notified.
   */
  static int defaultMonths(WarningType type, Regime regime) {
    boolean r2020 = regime == Regime.CONDUCT_REGULATIONS_2020;
    if (type == WarningType.WRITTEN_WARNING) {
      return r2020 ? 18 : 12;
    }
    return r2020 ? 24 : 18;
  }

  /**
   * The Regulations under which a warning on the record was given: as recorded, or else those in force on the day
   * it was notified (a presumption: a warning notified after 1 February 2020 may have been given under the 2012
   * Regulations for an older allegation, which the record should then say).
   */
  static Regime regimeOf(Warning w) {
    if (w.regime().isPresent()) {
      return w.regime().get();
    }
    LocalDate d = w.notified();
    return d.isBefore(R2012_START) ? Regime.CONDUCT_REGULATIONS_2008
        : d.isBefore(R2020_START) ? Regime.CONDUCT_REGULATIONS_2012 : Regime.CONDUCT_REGULATIONS_2020;
  }

  static LocalDate expiry(Warning w) {
    return w.notified().plusMonths(w.months().orElse(defaultMonths(w.type(), regimeOf(w))));
  }

  /** The final written warning in force on {@code date}, if any: notified on or before it, not yet expired. */
  static Optional<Warning> finalWrittenWarningInForce(ConductCase c, LocalDate date) {
    // A loop, not a stream: asked several times per decision. Ties keep the first, as Stream.max does.
    Warning best = null;
    LocalDate bestExpiry = null;
    for (Warning w : c.record().warnings()) {
      if (w.type() != WarningType.FINAL_WRITTEN_WARNING || w.notified().isAfter(date)) {
        continue;
      }
      LocalDate expires = expiry(w);
      if (expires.isAfter(date) && (best == null || expires.compareTo(bestExpiry) > 0)) {
        best = w;
        bestExpiry = expires;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the subject had ceased to serve before the proceedings (or, with none, by the as-at date). */
  static boolean isFormer(ConductCase c, LocalDate asAt) {
    if (c.subject().left().isEmpty()) {
      return false;
    }
    LocalDate left = c.subject().left().get().date();
    Optional<LocalDate> hearing = c.proceedings().flatMap(Proceedings::date);
    if (hearing.isPresent()) {
      return left.isBefore(hearing.get());
    }
    return !left.isAfter(asAt);
  }

  /** The last day of {@code rule}'s time limit counted from {@code from}, as its provision words it. */
  static Optional<LocalDate> due(LocalDate from, Trace t, Rule rule) {
    try {
      return Optional.of(rule.timeLimit().get().lastDayFrom(from));
    } catch (IllegalArgumentException outsideCalendar) {
      t.notApplicable(rule, () -> "The due date cannot be counted: " + outsideCalendar.getMessage(), facts("from", from));
      return Optional.empty();
    }
  }

  static boolean mentions(ConductCase c, Category category) {
    for (Allegation a : c.allegations()) {
      if (a.categories().contains(category)) {
        return true;
      }
    }
    return false;
  }

  static String role(Subject s) {
    return s.role().code().replace('_', ' ') + s.rank().map(r -> " (" + r.code().replace('_', ' ') + ")").orElse("") + (s.studentOfficer() ? ", student officer" : "");
  }

  static boolean proved(Finding f) {
    return f != Finding.NOT_MISCONDUCT;
  }

  static Optional<Finding> asFinding(Severity s) {
    switch (s) {
      case GROSS_MISCONDUCT:
        return Optional.of(Finding.GROSS_MISCONDUCT);
      case MISCONDUCT:
        return Optional.of(Finding.MISCONDUCT);
      default:
        return Optional.of(Finding.NOT_MISCONDUCT);
    }
  }

  static boolean leftByResigningOrRetiring(Subject s) {
    return s.left().map(l -> l.reason() == Departure.RESIGNED || l.reason() == Departure.RETIRED).orElse(false);
  }
}

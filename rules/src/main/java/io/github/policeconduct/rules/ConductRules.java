package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Warning;

/**
 * The rules of the Police (Conduct) Regulations 2008, 2012 and 2020 as amended, as pure functions: every
 * answer is a function of its arguments alone (no clock, no hidden state), comes with its
 * {@link Explanation}, and cites the provisions it rests on.
 *
 * <p>{@link #decide(ConductCase, LocalDate)} answers everything at once; the other entry points answer
 * one question each, for a system that asks only, say, "which outcomes are open here?".
 *
 * <p>Thread-safe: all methods are static and stateless.
 *
 * @since 0.1.0
 */
public final class ConductRules {
  private ConductRules() {}

  /**
   * Decides a case as at the latest date it records (proceedings, leaving, assessment, attention or an event).
   *
   * @since 0.1.0
   */
  public static Decision decide(ConductCase conductCase) {
    return decide(conductCase, latestDate(conductCase));
  }

  /**
   * Decides a case as at {@code asAt}: the day on which questions without a date of their own (may a
   * serving subject resign now?) are asked.
   *
   * @since 0.1.0
   */
  public static Decision decide(ConductCase conductCase, LocalDate asAt) {
    Objects.requireNonNull(conductCase, "conductCase");
    Objects.requireNonNull(asAt, "asAt");
    return Decider.decide(conductCase, asAt);
  }

  /**
   * The latest date a case records: the day a decision is taken "as at" by default.
   *
   * @since 0.1.0
   */
  public static LocalDate latestDate(ConductCase c) {
    // Plain loops: this runs on every decide(), and a stream of streams here cost a third of its allocation.
    LocalDate latest = LocalDate.MIN;
    // Each optional read once: the generated accessors wrap their field in a new Optional on every call.
    for (Allegation a : c.allegations()) {
      latest = later(latest, a.cameToAttention());
      Optional<SeverityAssessment> sev = a.severity();
      if (sev.isPresent()) {
        Optional<LocalDate> assessed = sev.get().assessed();
        if (assessed.isPresent()) {
          latest = later(latest, assessed.get());
        }
      }
    }
    Optional<ServiceEnd> left = c.subject().left();
    if (left.isPresent()) {
      latest = later(latest, left.get().date());
    }
    Optional<Proceedings> p = c.proceedings();
    if (p.isPresent()) {
      Optional<LocalDate> date = p.get().date();
      if (date.isPresent()) {
        latest = later(latest, date.get());
      }
    }
    for (CaseEvent e : c.events()) {
      latest = later(latest, e.date());
    }
    return latest;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  /**
   * Capability 1: which regulations govern an allegation, by the date it came to the appropriate
   * authority's attention and whether it is connected to an earlier allegation.
   *
   * @return the regime, or {@link Ruling.NoRuleApplies} for an allegation before 1 December 2008
   * @since 0.1.0
   */
  public static Ruling<Regime> regime(Allegation allegation) {
    return Regimes.of(Objects.requireNonNull(allegation, "allegation"), latestOf(allegation));
  }

  /**
   * Capability 1 for a whole case: the one regime governing all its allegations.
   *
   * @return the regime, {@link Ruling.NoRuleApplies}, or {@link Ruling.Conflict} when the allegations fall
   *     under different regulations
   * @since 0.1.0
   */
  public static Ruling<Regime> regime(ConductCase conductCase) {
    return Regimes.of(Objects.requireNonNull(conductCase, "conductCase"), latestDate(conductCase));
  }

  /**
   * Capability 2: whether the case is within the Conduct Regulations, and for a former officer under which
   * condition.
   *
   * @since 0.1.0
   */
  public static Ruling<Jurisdiction> jurisdiction(ConductCase conductCase, LocalDate asAt) {
    return Decider.jurisdiction(Objects.requireNonNull(conductCase, "conductCase"), Objects.requireNonNull(asAt, "asAt"));
  }

  /**
   * Capability 3: the forum the facts require, or the forum the proceedings name.
   *
   * @return the forum, or {@link Ruling.NoRuleApplies} when no forum follows (not yet assessed, no
   *     misconduct, out of scope)
   * @since 0.1.0
   */
  public static Ruling<Forum> forum(ConductCase conductCase, LocalDate asAt) {
    return Decider.forum(Objects.requireNonNull(conductCase, "conductCase"), Objects.requireNonNull(asAt, "asAt"));
  }

  /**
   * Capability 4, the bare query: the outcomes open for the given facts, without an explanation. As fast
   * as a hand-written table; use {@link #explainOutcomes(OutcomeQuery)} for the reasons.
   *
   * @since 0.1.0
   */
  public static Set<Outcome> availableOutcomes(OutcomeQuery query) {
    return Sets.immutableEnumSet(Sanctions.available(Objects.requireNonNull(query, "query"), Trace.SILENT, null));
  }

  /**
   * Capability 4 with its explanation.
   *
   * @since 0.1.0
   */
  public static Ruling<Set<Outcome>> explainOutcomes(OutcomeQuery query) {
    Trace t = Sanctions.traceFor(Objects.requireNonNull(query, "query"));
    Set<Outcome> open = Sets.immutableEnumSet(Sanctions.available(query, t, null));
    return new Ruling.Decided<>(open, t.explanation());
  }

  /**
   * Capability 4 for a case: the outcomes lawfully open on its findings (or, before findings, on its
   * severity assessment); empty when none follow.
   *
   * @since 0.1.0
   */
  public static Set<Outcome> availableOutcomes(ConductCase conductCase) {
    return decide(conductCase).availableOutcomes();
  }

  /**
   * Capability 4: every reason, with its citation, why {@code outcome} is not open for {@code query}; empty
   * when it is open.
   *
   * @since 0.1.0
   */
  public static List<Problem> whyNot(OutcomeQuery query, Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (availableOutcomes(query).contains(outcome)) {
      return ImmutableList.of();
    }
    return ImmutableList.copyOf(Sanctions.whyNot(query, outcome, Sanctions.traceFor(query)));
  }

  /**
   * Capability 5: the day a warning stops being in force, from the day it was notified and its period (or, when
   * the warning gives none, the usual period of the Regulations it was given under, read from the rulebook's
   * warning-period rows: as the warning records them, or else those whose allegations were coming to attention on
   * the day it was notified). A decision that imposes a warning computes its expiry with this same function.
   *
   * @since 0.1.0
   */
  public static LocalDate warningExpiry(Warning warning) {
    return Warnings.expiry(Objects.requireNonNull(warning, "warning"));
  }

  /**
   * Capability 5: whether a final written warning on the subject's record was in force on {@code date}.
   *
   * @since 0.1.0
   */
  public static Optional<Warning> finalWrittenWarningInForce(ConductCase conductCase, LocalDate date) {
    return Warnings.finalWrittenWarningInForce(Objects.requireNonNull(conductCase, "conductCase"), Objects.requireNonNull(date, "date"));
  }

  /**
   * Capability 6: whether the subject, resigning or retiring on {@code date}, needed the appropriate
   * authority's consent because an allegation was outstanding (12 January 2015 to 14 December 2017).
   *
   * @since 0.1.0
   */
  public static Ruling<Boolean> resignationRestricted(ConductCase conductCase, LocalDate date) {
    return Decider.resignationRestricted(Objects.requireNonNull(conductCase, "conductCase"), Objects.requireNonNull(date, "date"));
  }

  /**
   * The version of this library, e.g. {@code 0.2.0}: what a receipt records as having answered.
   *
   * @return the version the build gave it ({@code unknown} when run from classes without it)
   * @since 0.2.0
   */
  public static String libraryVersion() {
    return Provenance.VERSION;
  }

  /**
   * A digest of the rulebook, {@code sha256:} and 64 hexadecimal digits, over every rule (its id, capability,
   * in-force window, citations, time limit or period, summary) and the sentences its explanations are written from:
   * two builds whose digests are equal decide every case alike. A receipt records it, so that a force can tell
   * after an upgrade whether the rules changed.
   *
   * @return the digest
   * @since 0.2.0
   */
  public static String rulebookDigest() {
    return Provenance.DIGEST;
  }

  /**
   * The problems a case has for a statistical return, as at {@code asAt}: what the Home Office tables would count
   * as "Not known" (no case type, no decision on case to answer, no action taken, proceedings or a finding missing
   * for an allegation referred to proceedings), a recorded action that contradicts the decision on case to answer,
   * the lawfulness problems of its decision, its events out of order, and a case of the 2020 Regulations not
   * finalised 12 months after its allegation came to attention (R2020 reg 19). Empty when the case is clean.
   * Facts dated after {@code asAt} have not happened yet.
   *
   * @param conductCase the case
   * @param asAt the day to check it as at
   * @return the problems, in the order above
   * @since 0.2.0
   */
  public static List<QualityIssue> qualityOf(ConductCase conductCase, LocalDate asAt) {
    return Quality.of(conductCase, asAt);
  }

  /**
   * The case lifecycle (capability 7): states, lawful transitions, and where a case stands.
   *
   * @since 0.1.0
   */
  public static Lifecycle lifecycle() {
    return Lifecycle.INSTANCE;
  }

  /**
   * The rules that apply on {@code date}, in catalogue order, grouped by capability by the caller.
   *
   * @since 0.1.0
   */
  public static List<Rule> rulesInForce(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Stream.of(Rule.values()).filter(r -> r.isInForceOn(date)).collect(ImmutableList.toImmutableList());
  }

  /** The latest date an allegation records: the day its regime is asked about. */
  private static LocalDate latestOf(Allegation a) {
    LocalDate d = a.cameToAttention();
    Optional<LocalDate> assessed = a.severity().flatMap(SeverityAssessment::assessed);
    return assessed.isPresent() && assessed.get().isAfter(d) ? assessed.get() : d;
  }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;

/**
 * Everything the rules decide about one case, as at a date, with the explanation. Mirrors the JSON
 * decision format of the {@code conduct} tool.
 *
 * <p>Only the rules make a {@code Decision} ({@link ConductRules#decide}); it has no public constructor, so a
 * fact the rules come to decide later is a new accessor, not a breaking change. Until 0.2.0 it was a record;
 * its accessors keep their names. Two decisions are equal when all their parts are equal.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Decision {
  private final String caseId;
  private final LocalDate asAt;
  private final Optional<Regime> regime;
  private final boolean inScope;
  private final Optional<FormerOfficerCondition> formerOfficerCondition;
  private final Optional<Forum> forum;
  private final Optional<String> conductedBy;
  private final Set<Outcome> availableOutcomes;
  private final Optional<OutcomeCheck> outcome;
  private final Optional<LocalDate> warningExpires;
  private final Resignation resignation;
  private final List<Consequence> consequences;
  private final List<Guidance> guidance;
  private final Explanation explanation;
  private final List<Problem> problems;
  private final List<TimetableStep> timetable;
  private final Lifecycle.State state;

  /** Checks and copies the parts; the rules' {@code Decider} is its only caller. */
  Decision(String caseId,
      LocalDate asAt,
      Optional<Regime> regime,
      boolean inScope,
      Optional<FormerOfficerCondition> formerOfficerCondition,
      Optional<Forum> forum,
      Optional<String> conductedBy,
      Set<Outcome> availableOutcomes,
      Optional<OutcomeCheck> outcome,
      Optional<LocalDate> warningExpires,
      Resignation resignation,
      List<Consequence> consequences,
      List<Guidance> guidance,
      Explanation explanation,
      List<Problem> problems,
      List<TimetableStep> timetable,
      Lifecycle.State state) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.asAt = Objects.requireNonNull(asAt, "asAt");
    this.regime = Objects.requireNonNull(regime, "regime");
    this.inScope = inScope;
    this.formerOfficerCondition = Objects.requireNonNull(formerOfficerCondition, "formerOfficerCondition");
    this.forum = Objects.requireNonNull(forum, "forum");
    this.conductedBy = Objects.requireNonNull(conductedBy, "conductedBy");
    this.availableOutcomes = Sets.immutableEnumSet(availableOutcomes);
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.warningExpires = Objects.requireNonNull(warningExpires, "warningExpires");
    this.resignation = Objects.requireNonNull(resignation, "resignation");
    this.consequences = ImmutableList.copyOf(consequences);
    this.guidance = ImmutableList.copyOf(guidance);
    this.explanation = Objects.requireNonNull(explanation, "explanation");
    this.problems = ImmutableList.copyOf(problems);
    this.timetable = ImmutableList.copyOf(timetable);
    this.state = Objects.requireNonNull(state, "state");
  }

  /**
   * The case's id.
   *
   * @since 0.1.0
   */
  public String caseId() {
    return caseId;
  }

  /**
   * The day the question was asked.
   *
   * @since 0.1.0
   */
  public LocalDate asAt() {
    return asAt;
  }

  /**
   * The governing regulations; empty when no regulations of this library apply or the allegations'
   * regulations conflict.
   *
   * @since 0.1.0
   */
  public Optional<Regime> regime() {
    return regime;
  }

  /**
   * Whether the case is within the Conduct Regulations.
   *
   * @since 0.1.0
   */
  public boolean inScope() {
    return inScope;
  }

  /**
   * For a former officer in scope, the condition met.
   *
   * @since 0.1.0
   */
  public Optional<FormerOfficerCondition> formerOfficerCondition() {
    return formerOfficerCondition;
  }

  /**
   * The forum the facts require or, when proceedings name one, that forum.
   *
   * @since 0.1.0
   */
  public Optional<Forum> forum() {
    return forum;
  }

  /**
   * Who conducts or chairs that forum, in plain English.
   *
   * @since 0.1.0
   */
  public Optional<String> conductedBy() {
    return conductedBy;
  }

  /**
   * The outcomes lawfully open on the findings (or, before findings, on the severity assessment), in the
   * order of {@link Outcome}'s constants.
   *
   * @since 0.1.0
   */
  public Set<Outcome> availableOutcomes() {
    return availableOutcomes;
  }

  /**
   * The outcome given and whether it was lawful.
   *
   * @since 0.1.0
   */
  public Optional<OutcomeCheck> outcome() {
    return outcome;
  }

  /**
   * The day a warning imposed by the outcome stops being in force.
   *
   * @since 0.1.0
   */
  public Optional<LocalDate> warningExpires() {
    return warningExpires;
  }

  /**
   * Whether resignation or retirement needed consent.
   *
   * @since 0.1.0
   */
  public Resignation resignation() {
    return resignation;
  }

  /**
   * What follows (Barred and Advisory List reports, appeal windows), with due dates.
   *
   * @since 0.1.0
   */
  public List<Consequence> consequences() {
    return consequences;
  }

  /**
   * Advisory guidance; never part of the decision.
   *
   * @since 0.1.0
   */
  public List<Guidance> guidance() {
    return guidance;
  }

  /**
   * Every rule considered, in order; never empty.
   *
   * @since 0.1.0
   */
  public Explanation explanation() {
    return explanation;
  }

  /**
   * Lawfulness problems with the case as described, each with its citation.
   *
   * @since 0.1.0
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The timetable: every time limit the case's recorded events start (the officer's response, the witness lists,
   * the documents to the chair, a pre-hearing, the chair's report, the accelerated hearing's window, the appeal from
   * a misconduct meeting: only limits whose text was read), in the order their periods start, each with its status
   * as at {@link #asAt()}. Empty when the case records no events: a case without them is a snapshot.
   *
   * @since 0.2.0
   */
  public List<TimetableStep> timetable() {
    return timetable;
  }

  /**
   * Where the case stands as at {@link #asAt()}: the lifecycle state its severity assessment, recorded events and
   * proceedings (those dated on or before that day) bring it to ({@link Lifecycle#stateOf}). An event the lifecycle
   * forbids where it falls is a caution in {@link #guidance()} ({@link GuidanceKind#EVENT_OUT_OF_ORDER}).
   *
   * @since 0.2.0
   */
  public Lifecycle.State state() {
    return state;
  }

  /**
   * The steps of the {@linkplain #timetable() timetable} still calling for something (open, overdue, or a window
   * still open), soonest due first: what is due next.
   *
   * @since 0.2.0
   */
  public List<TimetableStep> next() {
    return Timetables.next(timetable);
  }

  /**
   * Whether the case as described is lawful: no problems were found.
   *
   * @since 0.1.0
   */
  public boolean isLawful() {
    return problems.isEmpty();
  }

  /**
   * Whether {@code candidate} is among the outcomes lawfully available.
   *
   * @since 0.1.0
   */
  public boolean allows(Outcome candidate) {
    return availableOutcomes.contains(candidate);
  }

  /**
   * Whether {@code o} is a {@code Decision} with equal parts.
   *
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Decision)) {
      return false;
    }
    Decision d = (Decision) o;
    return caseId.equals(d.caseId) && asAt.equals(d.asAt) && regime.equals(d.regime) &&
        inScope == d.inScope && formerOfficerCondition.equals(d.formerOfficerCondition) &&
        forum.equals(d.forum) && conductedBy.equals(d.conductedBy) &&
        availableOutcomes.equals(d.availableOutcomes) && outcome.equals(d.outcome) &&
        warningExpires.equals(d.warningExpires) && resignation.equals(d.resignation) &&
        consequences.equals(d.consequences) && guidance.equals(d.guidance) &&
        explanation.equals(d.explanation) && problems.equals(d.problems) && timetable.equals(d.timetable)
        && state == d.state;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    int h = caseId.hashCode();
    h = 31 * h + asAt.hashCode();
    h = 31 * h + regime.hashCode();
    h = 31 * h + Boolean.hashCode(inScope);
    h = 31 * h + formerOfficerCondition.hashCode();
    h = 31 * h + forum.hashCode();
    h = 31 * h + conductedBy.hashCode();
    h = 31 * h + availableOutcomes.hashCode();
    h = 31 * h + outcome.hashCode();
    h = 31 * h + warningExpires.hashCode();
    h = 31 * h + resignation.hashCode();
    h = 31 * h + consequences.hashCode();
    h = 31 * h + guidance.hashCode();
    h = 31 * h + explanation.hashCode();
    h = 31 * h + problems.hashCode();
    h = 31 * h + timetable.hashCode();
    h = 31 * h + state.hashCode();
    return h;
  }

  /**
   * A plain-English account: the decision first, then the numbered explanation with citations.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return io.github.policeconduct.rules.render.DecisionText.render(this);
  }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.ConductCase;

/**
 * The states a conduct case passes through under the 2020 Regulations (with the 2008 and 2012 names where
 * they differ) and the lawful transitions between them, so that a case system can refuse an impossible
 * next step; drawn as a Mermaid or Graphviz DOT diagram by {@link io.github.policeconduct.rules.render.Diagrams}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Lifecycle {
  static final Lifecycle INSTANCE = new Lifecycle();

  /**
   * A state of a case.
   *
   * @since 0.1.0
   */
  public enum State {
    /** An allegation has come to the appropriate authority's attention. */
    ALLEGATION_RECEIVED("Allegation received"),
    /** The severity assessment (assessment of conduct) has been made. */
    SEVERITY_ASSESSED("Severity assessed"),
    /** The allegation is being investigated. */
    INVESTIGATION("Investigation"),
    /** The appropriate authority has decided there is a case to answer. */
    CASE_TO_ANSWER("Case to answer"),
    /** A misconduct meeting (serving officers, misconduct only). */
    MISCONDUCT_MEETING("Misconduct meeting"),
    /** A misconduct hearing. */
    MISCONDUCT_HEARING("Misconduct hearing"),
    /** An accelerated misconduct hearing (a special case hearing before 2020). */
    ACCELERATED_HEARING("Accelerated hearing"),
    /** The reflective practice review process (2020 only; serving officers). */
    REFLECTIVE_PRACTICE_REVIEW("Reflective practice review"),
    /** Findings made and the outcome decided. */
    OUTCOME_DECIDED("Outcome decided"),
    /** An appeal (to a more senior officer from a meeting, to a Police Appeals Tribunal from a hearing). */
    APPEAL("Appeal"),
    /** No further steps. */
    CLOSED("Closed");

    private final String label;

    State(String label) {
      this.label = label;
    }

    /**
     * A label for people, e.g. "Case to answer".
     *
     * @since 0.1.0
     */
    public String label() {
      return label;
    }

    /**
     * The code of the state in the published formats: its name in lower case, e.g. {@code case_to_answer}.
     *
     * @since 0.2.0
     */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A lawful step from one state to another, with the condition under which it is taken.
   *
   * @param from the state left
   * @param to the state entered
   * @param when the condition, in a few words
   * @param servingOnly true when a former officer cannot take this step
   * @param citation the provision
   * @since 0.1.0
   */
  public record Transition(State from, State to, String when, boolean servingOnly, Citation citation) {
    /**
     * Checks the components.
     *
     * @since 0.1.0
     */
    public Transition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /** Each transition with the rule whose row it cites. */
  private final ImmutableMap<Transition, Rule> rules = ImmutableMap.ofEntries(
      t(State.ALLEGATION_RECEIVED, State.SEVERITY_ASSESSED, "assessed", false, Rule.ROUTING_NO_CASE),
      t(State.SEVERITY_ASSESSED, State.CLOSED, "no misconduct", false, Rule.ROUTING_NO_CASE),
      t(State.SEVERITY_ASSESSED, State.REFLECTIVE_PRACTICE_REVIEW, "practice requiring improvement", true, Rule.ROUTING_FORUM_NOT_IN_REGIME),
      t(State.SEVERITY_ASSESSED, State.INVESTIGATION, "misconduct or gross misconduct", false, Rule.ROUTING_NO_CASE),
      t(State.INVESTIGATION, State.CASE_TO_ANSWER, "case to answer", false, Rule.ROUTING_MEETING_2020),
      t(State.INVESTIGATION, State.CLOSED, "no case to answer", false, Rule.ROUTING_MEETING_2020),
      t(State.INVESTIGATION, State.ACCELERATED_HEARING, "special conditions certified", false, Rule.ROUTING_ACCELERATED_2020),
      t(State.SEVERITY_ASSESSED, State.ACCELERATED_HEARING, "special conditions certified", false, Rule.ROUTING_ACCELERATED_2020),
      t(State.CASE_TO_ANSWER, State.MISCONDUCT_MEETING, "misconduct", true, Rule.ROUTING_MEETING_2020),
      t(State.CASE_TO_ANSWER, State.MISCONDUCT_HEARING, "gross misconduct, or a final written warning in force", false,
          Rule.ROUTING_MEETING_2020),
      t(State.MISCONDUCT_MEETING, State.OUTCOME_DECIDED, "findings and outcome", true, Rule.SANCTIONS_OUTCOME_LAWFUL),
      t(State.MISCONDUCT_HEARING, State.OUTCOME_DECIDED, "findings and outcome", false, Rule.SANCTIONS_OUTCOME_LAWFUL),
      t(State.ACCELERATED_HEARING, State.OUTCOME_DECIDED, "gross misconduct found", false, Rule.SANCTIONS_ACCELERATED_2020),
      t(State.ACCELERATED_HEARING, State.CASE_TO_ANSWER, "gross misconduct not found: returned", false, Rule.ROUTING_ACCELERATED_RETURNED),
      t(State.REFLECTIVE_PRACTICE_REVIEW, State.CLOSED, "review report", true, Rule.ROUTING_FORUM_NOT_IN_REGIME),
      t(State.OUTCOME_DECIDED, State.APPEAL, "appeal lodged in time", false, Rule.CONSEQUENCE_APPEAL_MEETING),
      t(State.OUTCOME_DECIDED, State.CLOSED, "no appeal", false, Rule.SANCTIONS_OUTCOME_LAWFUL),
      t(State.APPEAL, State.CLOSED, "appeal decided", false, Rule.CONSEQUENCE_APPEAL_TRIBUNAL));

  private final ImmutableList<Transition> transitions = rules.keySet().asList();

  private Lifecycle() {}

  /** A transition citing the provision of {@code rule}'s row (the 2020 Regulations' own, for this lifecycle). */
  private static Map.Entry<Transition, Rule> t(State from, State to, String when, boolean servingOnly, Rule rule) {
    return Map.entry(new Transition(from, to, when, servingOnly,
        rule.citation(Optional.of(Regime.CONDUCT_REGULATIONS_2020), LocalDate.MAX)), rule);
  }

  /**
   * The rule a transition rests on: the row whose provision it cites.
   *
   * @param transition one of {@link #transitions()}
   * @return the rule
   * @throws IllegalArgumentException if the transition is not one of this lifecycle's
   * @since 0.2.0
   */
  public Rule rule(Transition transition) {
    Rule r = rules.get(Objects.requireNonNull(transition, "transition"));
    if (r == null) {
      throw new IllegalArgumentException("transition: " + transition + " is not a transition of the lifecycle");
    }
    return r;
  }

  /**
   * Every lawful transition.
   *
   * @since 0.1.0
   */
  public List<Transition> transitions() {
    return transitions;
  }

  /**
   * The transition from {@code from} to {@code to}, if that step is lawful for a serving officer (or, when
   * {@code formerOfficer}, for a former officer).
   *
   * @since 0.1.0
   */
  public Optional<Transition> transition(State from, State to, boolean formerOfficer) {
    return transitions.stream()
        .filter(x -> x.from() == from && x.to() == to && !(formerOfficer && x.servingOnly()))
        .findFirst();
  }

  /**
   * Where a case stands, from the facts and the events it records: its severity assessment, then its events and its
   * proceedings in date order (an outcome report, an appeal, a decided appeal each move it on). Every recorded fact
   * counts; {@link Decision#state()} gives the state as at the decision's date.
   *
   * @since 0.1.0
   */
  public State stateOf(ConductCase c) {
    return Lifecycles.walk(c, null);
  }
}

package io.github.policeconduct.examples.force;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.OutcomeCheck;
import io.github.policeconduct.rules.Problem;

/**
 * A tiny stand-in for a force's own case system, for the property test in the testkit guide: a panel's
 * outcome is entered against a case that has reached its proceedings, and the system either records it or
 * refuses it. The real thing would have screens, a database and an audit trail; what matters here is the
 * one promise a force makes, "our case system never records an outcome the rules call unlawful", and the
 * property test that checks it ({@code ForceCaseSystemTest} in this module's tests).
 *
 * <p>{@link #validating()} asks {@link ConductRules#decide(ConductCase)} before recording and records an
 * outcome only when the rules judge it lawful; an outcome in a case the Conduct Regulations do not reach (a
 * PCSO, a former officer outside conditions A to C) is refused too, since the rules cannot call it lawful.
 * {@link #withDismissalShortcut()} is deliberately broken, as a real system might be after a hurried
 * change: it records any dismissal without asking, so that the property test can show it catches the bug.
 *
 * <pre>{@code
 * ForceCaseSystem system = ForceCaseSystem.validating();
 * Optional<ConductCase> recorded = system.record(caseAtHearing, Outcome.FINAL_WRITTEN_WARNING);
 * if (recorded.isEmpty()) {
 *   system.whyNot(caseAtHearing, Outcome.FINAL_WRITTEN_WARNING).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Unlike the library's values it holds state, as a case system does: the cases recorded,
 * by case id (recording a case again replaces it).
 *
 * @since 0.1.0
 */
public final class ForceCaseSystem {
  private final boolean dismissalShortcut;
  private final ConcurrentMap<String, ConductCase> records = new ConcurrentHashMap<>();

  private ForceCaseSystem(boolean dismissalShortcut) {
    this.dismissalShortcut = dismissalShortcut;
  }

  /**
   * A case system that records an outcome only when the rules judge it lawful.
   *
   * @return a new, empty case system
   * @since 0.1.0
   */
  public static ForceCaseSystem validating() {
    return new ForceCaseSystem(false);
  }

  /**
   * A deliberately broken case system: it validates every outcome as {@link #validating()} does, except
   * dismissal with or without notice, which it records without asking the rules (as if "dismissals are
   * signed off by the chief officer, so they skip the check"). It records dismissals the law does not allow:
   * at a misconduct meeting, for a former officer, for misconduct without a live final written warning. The
   * property test must catch it.
   *
   * @return a new, empty case system with the bug
   * @since 0.1.0
   */
  public static ForceCaseSystem withDismissalShortcut() {
    return new ForceCaseSystem(true);
  }

  /**
   * Records {@code outcome} as the outcome of {@code conductCase}'s proceedings, if this system accepts it.
   *
   * @param conductCase a case with proceedings (forum and findings); an outcome already given is replaced
   * @param outcome the outcome the panel decided
   * @return the case as recorded, with the outcome; empty when the system refused it
   * @throws IllegalArgumentException when the case has no proceedings to record an outcome against
   * @since 0.1.0
   */
  public Optional<ConductCase> record(ConductCase conductCase, Outcome outcome) {
    ConductCase concluded = withOutcome(conductCase, outcome);
    boolean accepted = (dismissalShortcut && isDismissal(outcome)) || lawful(ConductRules.decide(concluded));
    if (!accepted) {
      return Optional.empty();
    }
    records.put(concluded.id(), concluded);
    return Optional.of(concluded);
  }

  /**
   * Why {@code outcome} would be refused for {@code conductCase}: the rules' problems with the case as it
   * would be recorded, each with its citation; empty when it would be recorded. (The shortcut of
   * {@link #withDismissalShortcut()} is not consulted: this is what the rules say.)
   *
   * @param conductCase a case with proceedings
   * @param outcome the outcome the panel decided
   * @return the problems, in the order the rules found them
   * @throws IllegalArgumentException when the case has no proceedings
   * @since 0.1.0
   */
  public List<Problem> whyNot(ConductCase conductCase, Outcome outcome) {
    Decision d = ConductRules.decide(withOutcome(conductCase, outcome));
    return lawful(d) ? ImmutableList.of() : d.problems();
  }

  /**
   * The case recorded under {@code caseId}, if any.
   *
   * @param caseId a case id
   * @return the case as last recorded
   * @since 0.1.0
   */
  public Optional<ConductCase> recorded(String caseId) {
    return Optional.ofNullable(records.get(Objects.requireNonNull(caseId, "caseId")));
  }

  private static boolean lawful(Decision d) {
    return d.outcome().map(OutcomeCheck::lawful).orElse(false);
  }

  private static boolean isDismissal(Outcome o) {
    return o == Outcome.DISMISSAL_WITH_NOTICE || o == Outcome.DISMISSAL_WITHOUT_NOTICE;
  }

  private static ConductCase withOutcome(ConductCase c, Outcome outcome) {
    Objects.requireNonNull(c, "conductCase");
    Objects.requireNonNull(outcome, "outcome");
    Proceedings p = c.proceedings().orElseThrow(() -> new IllegalArgumentException(
        "case " + c.id() + " has no proceedings to record an outcome against"));
    return c.withProceedings(p.withOutcome(outcome));
  }

  @Override
  public String toString() {
    return "ForceCaseSystem{" + (dismissalShortcut ? "with dismissal shortcut, " : "validating, ")
        + records.size() + " recorded}";
  }
}

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
 * <p>Immutable and thread-safe.
 *
 * @param caseId the case's id
 * @param asAt the day the question was asked
 * @param regime the governing regulations; empty when no regulations of this library apply or the
 *     allegations' regulations conflict
 * @param inScope whether the case is within the Conduct Regulations
 * @param formerOfficerCondition for a former officer in scope, the condition met
 * @param forum the forum the facts require or, when proceedings name one, that forum
 * @param conductedBy who conducts or chairs that forum, in plain English
 * @param availableOutcomes the outcomes lawfully open on the findings (or, before findings, on the
 *     severity assessment), in the order of {@link Outcome}'s constants
 * @param outcome the outcome given and whether it was lawful
 * @param warningExpires the day a warning imposed by the outcome stops being in force
 * @param resignation whether resignation or retirement needed consent
 * @param consequences what follows (Barred and Advisory List reports, appeal windows), with due dates
 * @param guidance advisory guidance; never part of the decision
 * @param explanation every rule considered, in order; never empty
 * @param problems lawfulness problems with the case as described, each with its citation
 * @since 0.1.0
 */
public record Decision(
    String caseId,
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
    List<Problem> problems) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if any component is null
   * @since 0.1.0
   */
  public Decision {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(formerOfficerCondition, "formerOfficerCondition");
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(conductedBy, "conductedBy");
    availableOutcomes = Sets.immutableEnumSet(availableOutcomes);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(warningExpires, "warningExpires");
    Objects.requireNonNull(resignation, "resignation");
    consequences = ImmutableList.copyOf(consequences);
    guidance = ImmutableList.copyOf(guidance);
    Objects.requireNonNull(explanation, "explanation");
    problems = ImmutableList.copyOf(problems);
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
   * A plain-English account: the decision first, then the numbered explanation with citations.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return io.github.policeconduct.rules.render.DecisionText.render(this);
  }
}

package io.github.policeconduct.rules;

import java.util.Objects;
import java.util.Optional;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;

/**
 * The facts that decide which outcomes are open, for a system that asks only "which outcomes are open
 * here?" without building a whole case ({@link ConductRules#availableOutcomes(OutcomeQuery)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param regime the governing regulations
 * @param forum the forum
 * @param finding the most serious finding (or, before findings, the severity assessed, read as a finding)
 * @param role the subject's role
 * @param rank the subject's rank, if any
 * @param finalWrittenWarningInForce whether a final written warning was in force on the date of the
 *     severity assessment (2020) or assessment of conduct (2008, 2012)
 * @param unconnectedIncidents whether the misconduct relates to more than one incident not closely
 *     factually connected
 * @param reducedInRankBefore whether the officer had already been reduced in rank at the assessment
 * @param formerOfficer whether the subject had left the police before the proceedings
 * @since 0.1.0
 */
public record OutcomeQuery(Regime regime, Forum forum, Finding finding, Role role, Optional<Rank> rank,
    boolean finalWrittenWarningInForce, boolean unconnectedIncidents, boolean reducedInRankBefore, boolean formerOfficer) {

  /**
   * Checks the components.
   *
   * @since 0.1.0
   */
  public OutcomeQuery {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(forum, "forum");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(rank, "rank");
  }

  /**
   * A query for a serving officer of {@code rank} with a clean record and a single incident.
   *
   * @since 0.1.0
   */
  public static OutcomeQuery of(Regime regime, Forum forum, Finding finding, Rank rank) {
    return new OutcomeQuery(regime, forum, finding, Role.POLICE_OFFICER, Optional.of(rank), false, false, false, false);
  }
}

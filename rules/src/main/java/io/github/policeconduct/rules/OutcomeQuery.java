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
 * <p>Build one with {@link #of(Regime, Forum, Finding, Rank)} for a serving officer with a clean record, or
 * with {@link #builder(Regime, Forum, Finding, Role)} and named setters for the other facts:
 *
 * <pre>{@code
 * OutcomeQuery q = OutcomeQuery.builder(Regime.CONDUCT_REGULATIONS_2020, Forum.MISCONDUCT_HEARING,
 *         Finding.GROSS_MISCONDUCT, Role.POLICE_OFFICER)
 *     .rank(Rank.SERGEANT)
 *     .finalWrittenWarningInForce(true)
 *     .build();
 * }</pre>
 *
 * <p>Two queries are equal when all their facts are equal. Until 0.2.0 this was a record with a public
 * constructor; a fact added later is a new builder setter with a default, not a breaking change.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OutcomeQuery {
  private final Regime regime;
  private final Forum forum;
  private final Finding finding;
  private final Role role;
  private final Optional<Rank> rank;
  private final boolean finalWrittenWarningInForce;
  private final boolean unconnectedIncidents;
  private final boolean reducedInRankBefore;
  private final boolean formerOfficer;

  private OutcomeQuery(Builder b) {
    this.regime = b.regime;
    this.forum = b.forum;
    this.finding = b.finding;
    this.role = b.role;
    this.rank = b.rank;
    this.finalWrittenWarningInForce = b.finalWrittenWarningInForce;
    this.unconnectedIncidents = b.unconnectedIncidents;
    this.reducedInRankBefore = b.reducedInRankBefore;
    this.formerOfficer = b.formerOfficer;
  }

  /**
   * A query for a serving officer of {@code rank} with a clean record and a single incident.
   *
   * @throws NullPointerException if any argument is null
   * @since 0.1.0
   */
  public static OutcomeQuery of(Regime regime, Forum forum, Finding finding, Rank rank) {
    return builder(regime, forum, finding, Role.POLICE_OFFICER).rank(rank).build();
  }

  /**
   * A builder for a query in {@code regime} and {@code forum} on {@code finding}, about a subject in
   * {@code role}. The other facts default to: no rank, no final written warning in force, a single incident
   * (or closely connected incidents), never reduced in rank before, serving.
   *
   * @throws NullPointerException if any argument is null
   * @since 0.2.0
   */
  public static Builder builder(Regime regime, Forum forum, Finding finding, Role role) {
    return new Builder(regime, forum, finding, role);
  }

  /**
   * The governing regulations.
   *
   * @since 0.1.0
   */
  public Regime regime() {
    return regime;
  }

  /**
   * The forum.
   *
   * @since 0.1.0
   */
  public Forum forum() {
    return forum;
  }

  /**
   * The most serious finding (or, before findings, the severity assessed, read as a finding).
   *
   * @since 0.1.0
   */
  public Finding finding() {
    return finding;
  }

  /**
   * The subject's role.
   *
   * @since 0.1.0
   */
  public Role role() {
    return role;
  }

  /**
   * The subject's rank, if any.
   *
   * @since 0.1.0
   */
  public Optional<Rank> rank() {
    return rank;
  }

  /**
   * Whether a final written warning was in force on the date of the severity assessment (2020) or
   * assessment of conduct (2008, 2012).
   *
   * @since 0.1.0
   */
  public boolean finalWrittenWarningInForce() {
    return finalWrittenWarningInForce;
  }

  /**
   * Whether the misconduct relates to more than one incident not closely factually connected.
   *
   * @since 0.1.0
   */
  public boolean unconnectedIncidents() {
    return unconnectedIncidents;
  }

  /**
   * Whether the officer had already been reduced in rank at the assessment.
   *
   * @since 0.1.0
   */
  public boolean reducedInRankBefore() {
    return reducedInRankBefore;
  }

  /**
   * Whether the subject had left the police before the proceedings.
   *
   * @since 0.1.0
   */
  public boolean formerOfficer() {
    return formerOfficer;
  }

  /**
   * Whether {@code o} is an {@code OutcomeQuery} with the same facts.
   *
   * @since 0.1.0
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof OutcomeQuery)) {
      return false;
    }
    OutcomeQuery q = (OutcomeQuery) o;
    return regime == q.regime && forum == q.forum && finding == q.finding && role == q.role && rank.equals(q.rank)
        && finalWrittenWarningInForce == q.finalWrittenWarningInForce && unconnectedIncidents == q.unconnectedIncidents
        && reducedInRankBefore == q.reducedInRankBefore && formerOfficer == q.formerOfficer;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @since 0.1.0
   */
  @Override
  public int hashCode() {
    int h = regime.hashCode();
    h = 31 * h + forum.hashCode();
    h = 31 * h + finding.hashCode();
    h = 31 * h + role.hashCode();
    h = 31 * h + rank.hashCode();
    h = 31 * h + Boolean.hashCode(finalWrittenWarningInForce);
    h = 31 * h + Boolean.hashCode(unconnectedIncidents);
    h = 31 * h + Boolean.hashCode(reducedInRankBefore);
    return 31 * h + Boolean.hashCode(formerOfficer);
  }

  /**
   * The facts, named, in the form the record of 0.1.0 printed them:
   * {@code OutcomeQuery[regime=..., forum=..., ..., formerOfficer=false]}.
   *
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "OutcomeQuery[regime=" + regime + ", forum=" + forum + ", finding=" + finding + ", role=" + role
        + ", rank=" + rank + ", finalWrittenWarningInForce=" + finalWrittenWarningInForce
        + ", unconnectedIncidents=" + unconnectedIncidents + ", reducedInRankBefore=" + reducedInRankBefore
        + ", formerOfficer=" + formerOfficer + "]";
  }

  /**
   * Builds an {@link OutcomeQuery}: the regime, forum, finding and role are given to
   * {@link OutcomeQuery#builder(Regime, Forum, Finding, Role)}; every other fact has a default and a named
   * setter. A setter called twice keeps the last value. Not thread-safe: use one builder in one thread.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final Regime regime;
    private final Forum forum;
    private final Finding finding;
    private final Role role;
    private Optional<Rank> rank = Optional.empty();
    private boolean finalWrittenWarningInForce;
    private boolean unconnectedIncidents;
    private boolean reducedInRankBefore;
    private boolean formerOfficer;

    private Builder(Regime regime, Forum forum, Finding finding, Role role) {
      this.regime = Objects.requireNonNull(regime, "regime");
      this.forum = Objects.requireNonNull(forum, "forum");
      this.finding = Objects.requireNonNull(finding, "finding");
      this.role = Objects.requireNonNull(role, "role");
    }

    /**
     * The subject's rank.
     *
     * @throws NullPointerException if {@code rank} is null
     * @since 0.2.0
     */
    public Builder rank(Rank rank) {
      this.rank = Optional.of(rank);
      return this;
    }

    /**
     * The subject's rank, if any (empty: none).
     *
     * @throws NullPointerException if {@code rank} is null
     * @since 0.2.0
     */
    public Builder rank(Optional<Rank> rank) {
      this.rank = Objects.requireNonNull(rank, "rank");
      return this;
    }

    /**
     * Whether a final written warning was in force on the date of the severity assessment (2020) or
     * assessment of conduct (2008, 2012). Defaults to false.
     *
     * @since 0.2.0
     */
    public Builder finalWrittenWarningInForce(boolean inForce) {
      this.finalWrittenWarningInForce = inForce;
      return this;
    }

    /**
     * Whether the misconduct relates to more than one incident not closely factually connected. Defaults to
     * false.
     *
     * @since 0.2.0
     */
    public Builder unconnectedIncidents(boolean unconnected) {
      this.unconnectedIncidents = unconnected;
      return this;
    }

    /**
     * Whether the officer had already been reduced in rank at the assessment. Defaults to false.
     *
     * @since 0.2.0
     */
    public Builder reducedInRankBefore(boolean reduced) {
      this.reducedInRankBefore = reduced;
      return this;
    }

    /**
     * Whether the subject had left the police before the proceedings. Defaults to false.
     *
     * @since 0.2.0
     */
    public Builder formerOfficer(boolean former) {
      this.formerOfficer = former;
      return this;
    }

    /**
     * The query.
     *
     * @since 0.2.0
     */
    public OutcomeQuery build() {
      return new OutcomeQuery(this);
    }
  }
}

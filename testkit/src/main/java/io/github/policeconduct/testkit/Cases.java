package io.github.policeconduct.testkit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import org.quicktheories.core.Gen;

/**
 * Generators of whole, valid {@link ConductCase}s at every {@link Stage}, with knobs.
 *
 * <pre>{@code
 * Gen<ConductCase> cases = Cases.builder()
 *     .regime(Regime.CONDUCT_REGULATIONS_2020)
 *     .role(Role.POLICE_OFFICER)
 *     .former(true)
 *     .forum(Forum.MISCONDUCT_HEARING)
 *     .finding(Finding.GROSS_MISCONDUCT)
 *     .stage(Stage.CONCLUDED)
 *     .build();
 * qt().withExamples(500).forAll(cases).check(c -> ...);
 * }</pre>
 *
 * <p>Whatever is not fixed varies. A generated case has one to four allegations ({@code A1}, {@code A2},
 * ...), each naming one to three standards; the first came to attention on a day in the regime's window
 * (or, with no regime fixed, from 2008-12-01 to {@link #HORIZON}, often near the days the regimes changed
 * over), the others up to 90 days later but inside the same window. Its dates are consistent:
 * <ul>
 *   <li>joined &le; conduct &le; came to attention &le; assessed &le; proceedings date, for every
 *       allegation (the proceedings come after every assessment);</li>
 *   <li>warnings were notified before the earliest assessment (before the earliest attention when not
 *       assessed) and, for a former subject, no later than the day they left;</li>
 *   <li>a former subject left on a day placed by {@link Leaving}, did the conduct while serving (no later
 *       than the day they left), and left before the proceedings; {@code condition_c_determination} is
 *       set (sometimes) only when they left more than 12 months before.</li>
 * </ul>
 * Police officers always have a rank, constables most often; special constables sometimes; PCSOs and
 * police staff never. Allegations are not connected to earlier allegations unless asked, so the regime
 * follows from the came-to-attention date. At {@link Stage#WITH_PROCEEDINGS} every allegation has a
 * finding; at {@link Stage#CONCLUDED} the proceedings also carry an outcome, any outcome: the generator
 * does not decide lawfulness, so pick from the rules' available outcomes in a property, or filter.
 *
 * <p>Cases shrink toward one allegation naming one standard, a serving constable, no optional facts, the
 * earliest dates of the window, and the first constant of each vocabulary.
 *
 * <p>This class is stateless; the generators it builds are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Cases {
  /**
   * The latest day an allegation of a generated case comes to attention: 31 October 2026. Later dates
   * of a case (assessments, proceedings, leaving after attention) may fall after it.
   *
   * @since 0.1.0
   */
  public static final LocalDate HORIZON = LocalDate.of(2026, 10, 31);

  /**
   * The largest number of allegations in a generated case.
   *
   * @since 0.1.0
   */
  public static final int MAX_ALLEGATIONS = 4;

  private static final Gen<ConductCase> ANY = builder().build();

  private Cases() {}

  /**
   * A builder for a case generator with knobs. Nothing is fixed until set.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Valid cases with nothing fixed: any regime, role, service status and stage.
   *
   * @return a generator of conduct cases
   * @since 0.1.0
   */
  public static Gen<ConductCase> any() {
    return ANY;
  }

  /**
   * Valid cases at {@code stage}, with everything else varying; the same as
   * {@code builder().stage(stage).build()}.
   *
   * @param stage the stage
   * @return a generator of conduct cases at that stage
   * @since 0.1.0
   */
  public static Gen<ConductCase> at(Stage stage) {
    return builder().stage(stage).build();
  }

  /**
   * The last day on which an allegation coming to attention is governed by {@code regime} (unless it is
   * connected to an earlier allegation): the day before the next regime came into force or, for the
   * latest regime, {@link #HORIZON}. The window starts on {@link Regime#inForceFrom()}.
   *
   * @param regime the regime
   * @return the last day of its came-to-attention window, e.g. 2012-11-21 for the 2008 Regulations
   * @since 0.1.0
   */
  public static LocalDate lastAttentionDay(Regime regime) {
    Objects.requireNonNull(regime, "regime");
    LocalDate next = null;
    for (Regime r : Regime.values()) {
      if (r.inForceFrom().isAfter(regime.inForceFrom()) && (next == null || r.inForceFrom().isBefore(next))) {
        next = r.inForceFrom();
      }
    }
    return next == null ? HORIZON : next.minusDays(1);
  }

  /**
   * Builds a case generator. Each knob may be set once (a second call fails with an
   * {@link IllegalStateException}, as the core builders do); {@link #build()} checks that the knobs agree.
   * A builder is not thread-safe; the generator it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Regime regime;
    private Role role;
    private Boolean former;
    private Leaving leaving;
    private Boolean connected;
    private Forum forum;
    private Finding finding;
    private Stage stage;

    private Builder() {}

    /**
     * Every allegation comes to attention inside {@code regime}'s window, from
     * {@link Regime#inForceFrom()} to {@link Cases#lastAttentionDay(Regime)}.
     *
     * @param regime the regime
     * @return this builder
     * @throws IllegalStateException if the regime was already set
     * @since 0.1.0
     */
    public Builder regime(Regime regime) {
      this.regime = once("regime", this.regime, regime);
      return this;
    }

    /**
     * The subject has {@code role}.
     *
     * @param role the role
     * @return this builder
     * @throws IllegalStateException if the role was already set
     * @since 0.1.0
     */
    public Builder role(Role role) {
      this.role = once("role", this.role, role);
      return this;
    }

    /**
     * Whether the subject is a former member (left service, with a leaving date placed by any
     * {@link Leaving}) or still serving (no leaving date). Unset, one case in four is former.
     *
     * @param former true for a former subject, false for a serving one
     * @return this builder
     * @throws IllegalStateException if already set
     * @since 0.1.0
     */
    public Builder former(boolean former) {
      this.former = once("former", this.former, former);
      return this;
    }

    /**
     * The subject is former and left at {@code leaving} relative to the allegations (implies
     * {@code former(true)}).
     *
     * @param leaving when the subject left
     * @return this builder
     * @throws IllegalStateException if already set
     * @since 0.1.0
     */
    public Builder leaving(Leaving leaving) {
      this.leaving = once("leaving", this.leaving, leaving);
      return this;
    }

    /**
     * Whether every allegation is connected to an earlier allegation still being dealt with under the
     * previous regulations. Unset, none is.
     *
     * @param connected the flag for every allegation
     * @return this builder
     * @throws IllegalStateException if already set
     * @since 0.1.0
     */
    public Builder connectedToEarlierAllegation(boolean connected) {
      this.connected = once("connectedToEarlierAllegation", this.connected, connected);
      return this;
    }

    /**
     * The proceedings are in {@code forum}. Unless a stage is set, cases are then with proceedings or
     * concluded.
     *
     * @param forum the forum
     * @return this builder
     * @throws IllegalStateException if already set
     * @since 0.1.0
     */
    public Builder forum(Forum forum) {
      this.forum = once("forum", this.forum, forum);
      return this;
    }

    /**
     * The most serious finding is {@code finding}: allegation {@code A1} has it and every other allegation
     * has it or a less serious one ({@code proceedings().mostSeriousFinding()} is {@code finding}). Unless
     * a stage is set, cases are then with proceedings or concluded.
     *
     * @param finding the most serious finding
     * @return this builder
     * @throws IllegalStateException if already set
     * @since 0.1.0
     */
    public Builder finding(Finding finding) {
      this.finding = once("finding", this.finding, finding);
      return this;
    }

    /**
     * The case is at {@code stage}.
     *
     * @param stage the stage
     * @return this builder
     * @throws IllegalStateException if already set
     * @since 0.1.0
     */
    public Builder stage(Stage stage) {
      this.stage = once("stage", this.stage, stage);
      return this;
    }

    /**
     * The generator.
     *
     * @return an immutable, thread-safe generator of valid cases respecting every knob set
     * @throws IllegalStateException if the knobs contradict each other: a forum or finding with a stage
     *     before {@link Stage#WITH_PROCEEDINGS}, or {@code leaving} with {@code former(false)}
     * @since 0.1.0
     */
    public Gen<ConductCase> build() {
      if (stage != null && !stage.hasProceedings() && (forum != null || finding != null)) {
        throw new IllegalStateException("stage " + stage + " has no proceedings, so it cannot have "
            + (forum != null ? "forum " + forum : "finding " + finding)
            + ": use Stage.WITH_PROCEEDINGS or Stage.CONCLUDED, or leave the stage unset");
      }
      if (Boolean.FALSE.equals(former) && leaving != null) {
        throw new IllegalStateException("former(false) contradicts leaving(" + leaving
            + "): a serving subject has not left");
      }
      return new CaseGen(Optional.ofNullable(regime), Optional.ofNullable(role),
          Optional.ofNullable(leaving != null ? Boolean.TRUE : former), Optional.ofNullable(leaving),
          Boolean.TRUE.equals(connected), Optional.ofNullable(forum), Optional.ofNullable(finding),
          Optional.ofNullable(stage));
    }

    private static <T> T once(String knob, T current, T value) {
      Objects.requireNonNull(value, knob);
      if (current != null) {
        throw new IllegalStateException(knob + " is already set (" + knob + ": " + current + ", again: " + value
            + "): set each knob once");
      }
      return value;
    }
  }
}

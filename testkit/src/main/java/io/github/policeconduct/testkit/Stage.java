package io.github.policeconduct.testkit;

/**
 * How far a generated case has progressed. Each stage adds to the one before.
 *
 * @since 0.1.0
 */
public enum Stage {
  /**
   * Allegations only: no severity assessment and no proceedings.
   *
   * @since 0.1.0
   */
  ALLEGATION_ONLY,
  /**
   * Every allegation has a severity assessment, with its date; no proceedings.
   *
   * @since 0.1.0
   */
  ASSESSED,
  /**
   * Assessed, and proceedings held: a forum, a date and a finding on every allegation, but no outcome.
   *
   * @since 0.1.0
   */
  WITH_PROCEEDINGS,
  /**
   * With proceedings and an outcome (any outcome: the generator does not decide lawfulness).
   *
   * @since 0.1.0
   */
  CONCLUDED;

  /**
   * Whether cases at this stage carry severity assessments.
   *
   * @return true for {@link #ASSESSED} and later stages
   * @since 0.1.0
   */
  public boolean isAssessed() {
    return this != ALLEGATION_ONLY;
  }

  /**
   * Whether cases at this stage carry proceedings.
   *
   * @return true for {@link #WITH_PROCEEDINGS} and {@link #CONCLUDED}
   * @since 0.1.0
   */
  public boolean hasProceedings() {
    return this == WITH_PROCEEDINGS || this == CONCLUDED;
  }
}

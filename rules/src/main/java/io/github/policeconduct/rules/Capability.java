package io.github.policeconduct.rules;

/**
 * The questions the rules answer, used to group the rule catalogue.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Capability {
  /** Which regulations govern an allegation. */
  REGIME("Which regulations govern"),
  /** Whether the subject and allegation are within the Conduct Regulations at all. */
  JURISDICTION("Jurisdiction"),
  /** Which forum deals with the case and who conducts it. */
  ROUTING("Routing"),
  /** Which outcomes are lawfully available, and whether the outcome given was lawful. */
  SANCTIONS("Sanctions"),
  /** Warning periods, Barred and Advisory List reports, appeal windows. */
  CONSEQUENCES("Consequences"),
  /**
   * The time limits the dated events of a case start: what is due, by when, and whether it is met or overdue.
   *
   * @since 0.2.0
   */
  TIMETABLE("Timetable"),
  /** Whether a resignation or retirement needed consent. */
  RESIGNATION("Resignation and retirement"),
  /** Advisory guidance on outcomes; never a decision. */
  GUIDANCE("Guidance (advisory)");

  private final String title;

  Capability(String title) {
    this.title = title;
  }

  /**
   * A heading for people, e.g. "Routing".
   *
   * @since 0.1.0
   */
  public String title() {
    return title;
  }
}

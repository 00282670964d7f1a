package io.github.policeconduct.rules;

import java.util.Locale;

/**
 * Kinds of consequence that follow from a decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ConsequenceKind {
  /** A report to the College of Policing for the Police Barred List ({@link Rule#CONSEQUENCE_BARRED_LIST}). */
  BARRED_LIST_REPORT,
  /** A report for the Police Advisory List ({@link Rule#CONSEQUENCE_ADVISORY_LIST}). */
  ADVISORY_LIST_REPORT,
  /** Removal from the Police Advisory List ({@link Rule#CONSEQUENCE_ADVISORY_REMOVAL}). */
  ADVISORY_LIST_REMOVAL,
  /** The period within which the officer may appeal. */
  APPEAL_WINDOW,
  /**
   * Reasons the outcome must give: where gross misconduct is found and the disciplinary action is not dismissal
   * without notice ({@link Rule#CONSEQUENCE_REASONS_HEARING}, {@link Rule#CONSEQUENCE_REASONS_ACCELERATED}).
   *
   * @since 0.2.0
   */
  OUTCOME_REPORT_REASONS;

  /** The code, computed once: it is written for every consequence or guidance of every decision. */
  private final String code = name().toLowerCase(Locale.ROOT);

  /**
   * The lower snake_case code used in the JSON decision format.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }
}

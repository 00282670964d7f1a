package io.github.policeconduct.rules;

import java.util.Locale;

/**
 * Kinds of advisory guidance. Guidance never changes a decision: it tells the decision-maker what the
 * guidance or a presumption points to.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum GuidanceKind {
  /** The presumption of dismissal where gross misconduct is found (from 28 May 2025). */
  PRESUMPTION_OF_DISMISSAL,
  /** The College of Policing outcomes guidance points to dismissal for conduct of this kind. */
  DISMISSAL_LIKELY_UNDER_OUTCOMES_GUIDANCE,
  /** A conviction for an indictable-only offence always amounts to gross misconduct (from 28 May 2025). */
  INDICTABLE_ONLY_CONVICTION_IS_GROSS_MISCONDUCT,
  /** The outcome may need the appropriate authority's views on operational impact (reduction in rank). */
  REDUCTION_IN_RANK_NEEDS_VIEWS,
  /** Before findings: what happens next. */
  NEXT_STEP,
  /**
   * A recorded warning period that differs from the default but that the law may produce (a longer final written
   * warning, or time on a career break that does not count): check it, it does not make the outcome unlawful.
   *
   * @since 0.2.0
   */
  WARNING_PERIOD_TO_CHECK,
  /**
   * A recorded event out of the order the procedure takes (an officer's response before the documents it answers, an
   * appeal before the outcome report it appeals): a caution about the record, naming the event and its date; it
   * does not make the outcome unlawful, and the rest of the case is decided as recorded.
   *
   * @since 0.2.0
   */
  EVENT_OUT_OF_ORDER,
  /**
   * A rule applied by a date its text gives, where an amending instrument's transitional provision (not read) may
   * keep the earlier rule for the case: the hearing's panel under the 2024 amendments when notice of the referral was
   * given before they came into force. Check the case; the decision is unchanged.
   *
   * @since 0.2.0
   */
  TRANSITIONAL_PROVISION_TO_CHECK;

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

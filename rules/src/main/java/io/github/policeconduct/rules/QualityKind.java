package io.github.policeconduct.rules;

import java.util.Locale;

/**
 * The kinds of problem {@link ConductRules#qualityOf} finds in a case before it goes into a statistical return:
 * what the Home Office "Police misconduct" tables would count as "Not known", what the law says cannot stand, what
 * the record has out of order, and cases open long enough to call for a timeliness report. Each has a stable
 * lower snake_case {@link #code()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum QualityKind {
  /** No {@code case_type}: the case would fall outside the case-type tables (or under "Not known"). */
  CASE_TYPE_NOT_KNOWN,
  /** An allegation with no {@code case_to_answer}. */
  CASE_TO_ANSWER_NOT_KNOWN,
  /** An allegation with no {@code action_taken}, or {@code not_known}. */
  ACTION_TAKEN_NOT_KNOWN,
  /** An allegation referred to misconduct proceedings in a finalised case that records none: the proceedings type is not known. */
  PROCEEDINGS_TYPE_NOT_KNOWN,
  /** Proceedings held with no finding for an allegation referred to them: the finding level is not known. */
  FINDING_NOT_KNOWN,
  /** An allegation recorded as having no case to answer, yet referred to misconduct proceedings. */
  ACTION_CONTRADICTS_CASE_TO_ANSWER,
  /** A lawfulness problem of the case's decision (an outcome not open at that forum, "would have been dismissed" for a serving officer...). */
  UNLAWFUL,
  /** A recorded event out of the order the procedure takes (the decision's {@link GuidanceKind#EVENT_OUT_OF_ORDER} cautions). */
  EVENT_OUT_OF_ORDER,
  /** Proceedings that gave an outcome, with no {@code case_finalised} event: the year finalised is not known. */
  FINALISED_DATE_NOT_KNOWN,
  /** A case of the 2020 Regulations, with no outcome yet, not finalised 12 months after its allegation came to attention (R2020 reg 19, by its row). */
  OPEN_MORE_THAN_12_MONTHS;

  /**
   * The code, e.g. {@code case_type_not_known}.
   *
   * @since 0.2.0
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return code();
  }
}

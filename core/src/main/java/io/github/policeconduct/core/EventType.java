package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * The kinds of dated procedural event a case records ({@code events[].type} in the JSON case format): the
 * notices, documents, responses, hearings, reports, appeals and suspensions from which the law counts its time
 * limits. The codes are part of the published format.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum EventType {
  /** Written notice of the investigation given to the officer (R2020 reg 17, R2012 reg 15, R2008 reg 14). */
  WRITTEN_NOTICE_GIVEN,
  /** The investigator's report submitted to the appropriate authority. */
  INVESTIGATION_REPORT_SUBMITTED,
  /** The appropriate authority decided whether there is a case to answer and whether to refer the case. */
  REFERRAL_DECIDED,
  /** Notice of the referral to misconduct proceedings given to the officer. */
  REFERRAL_NOTICE_GIVEN,
  /** The documents supplied to the officer on referral (R2020 reg 30(1)). */
  DOCUMENTS_SUPPLIED,
  /** The officer's written response given (R2020 reg 31(2)). */
  OFFICER_RESPONSE_GIVEN,
  /** The lists of proposed witnesses exchanged (R2020 reg 31(4)). */
  WITNESS_LISTS_EXCHANGED,
  /**
   * The documents supplied to the person conducting or chairing the proceedings (R2020 reg 32(6)).
   *
   * @since 0.2.0
   */
  DOCUMENTS_SUPPLIED_TO_CHAIR,
  /** A misconduct pre-hearing held. */
  PRE_HEARING_HELD,
  /** Notice of the date, time and place of the proceedings given to the officer. */
  PROCEEDINGS_NOTICE_GIVEN,
  /** Public notice of a misconduct hearing given. */
  HEARING_PUBLICLY_NOTIFIED,
  /** The special conditions certified, referring the case to an accelerated misconduct hearing. */
  SPECIAL_CONDITIONS_CERTIFIED,
  /** Written notice of the referral to an accelerated misconduct hearing given (R2020 reg 51(1)). */
  ACCELERATED_HEARING_NOTICE_GIVEN,
  /**
   * The misconduct meeting or hearing, or the accelerated hearing, completed (its last day): the chair's report is
   * counted from it. Without it the report is counted from the proceedings' date.
   *
   * @since 0.2.0
   */
  PROCEEDINGS_CONCLUDED,
  /**
   * The report of the person conducting or chairing the proceedings submitted to the appropriate authority (R2020
   * regs 43(1), 63(1)).
   *
   * @since 0.2.0
   */
  OUTCOME_REPORT_SUBMITTED,
  /** The outcome report given to the officer (R2020 reg 43). */
  OUTCOME_REPORT_GIVEN,
  /** The outcome published. */
  OUTCOME_PUBLISHED,
  /** An appeal against a meeting's finding or outcome lodged. */
  APPEAL_LODGED,
  /** That appeal decided. */
  APPEAL_DECIDED,
  /** An appeal to a Police Appeals Tribunal lodged. */
  POLICE_APPEALS_TRIBUNAL_APPEAL_LODGED,
  /**
   * A Police Appeals Tribunal allowed the appeal (in whole or in part).
   *
   * @since 0.2.0
   */
  POLICE_APPEALS_TRIBUNAL_APPEAL_ALLOWED,
  /**
   * A Police Appeals Tribunal dismissed the appeal.
   *
   * @since 0.2.0
   */
  POLICE_APPEALS_TRIBUNAL_APPEAL_DISMISSED,
  /**
   * The appeal to a Police Appeals Tribunal was withdrawn.
   *
   * @since 0.2.0
   */
  POLICE_APPEALS_TRIBUNAL_APPEAL_WITHDRAWN,
  /** The officer suspended. */
  SUSPENDED,
  /** A suspension reviewed. */
  SUSPENSION_REVIEWED,
  /** A suspension ended. */
  SUSPENSION_ENDED,
  /** The officer gave notice of intention to resign or retire. */
  NOTICE_TO_RESIGN_GIVEN,
  /** A dismissal took effect. */
  DISMISSAL_EFFECTIVE,
  /**
   * The case finalised: the day the Home Office statistics count it in (cases finalised in a financial year).
   *
   * @since 0.2.0
   */
  CASE_FINALISED;

  private static final Map<String, EventType> INDEX = Codes.index(EventType.class,
      v -> ImmutableList.of(v.name()));

  /** The canonical code, computed once. */
  private final String code = Codes.code(this);

  /**
   * The canonical lower snake_case code used in the JSON case format.
   *
   * @since 0.2.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a value from its code, ignoring case, spacing and punctuation.
   *
   * @param text the code, e.g. {@code "documents_supplied"}
   * @return the value
   * @throws IllegalArgumentException naming the text and the accepted codes (and the one most likely meant)
   * @since 0.2.0
   */
  public static EventType parse(String text) {
    return Codes.parse(INDEX, "event type", text, EventType::code, EventType.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

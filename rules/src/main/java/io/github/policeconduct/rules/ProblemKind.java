package io.github.policeconduct.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of lawfulness problem a decision can report, by the stable code that {@link Problem#code()} and the
 * JSON decision format ({@code errors[].code}) carry; each is listed, with its meaning, in {@code docs/contract.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum ProblemKind {
  /** The allegations of one case fall under different Regulations. */
  REGIMES_CONFLICT,
  /** An outcome was given where no misconduct proceedings could be held (out of scope, or no Regulations modelled). */
  OUTSIDE_JURISDICTION,
  /** Practice requiring improvement was assessed under Regulations that do not have it (2008, 2012). */
  SEVERITY_NOT_IN_REGIME,
  /** The reflective practice review process was named under Regulations that do not have it. */
  FORUM_NOT_IN_REGIME,
  /** A former officer was dealt with at a misconduct meeting or by reflective practice review. */
  FORUM_NOT_AVAILABLE_TO_FORMER_OFFICER,
  /** An accelerated (special case) hearing for conduct assessed as less than gross misconduct. */
  ACCELERATED_HEARING_NEEDS_GROSS_MISCONDUCT,
  /** A misconduct meeting where the facts require a misconduct hearing. */
  HEARING_REQUIRED,
  /** An outcome given with neither findings nor a severity assessment to rest on. */
  OUTCOME_WITHOUT_FINDINGS,
  /** The outcome given is not among those the law leaves open here. */
  OUTCOME_NOT_AVAILABLE,
  /** The outcome given does not exist under the case's Regulations. */
  OUTCOME_NOT_IN_REGIME,
  /** The forum cannot make the finding recorded (a meeting finding gross misconduct, a review finding misconduct). */
  IMPOSSIBLE_FINDING_FOR_FORUM,
  /** A former officer under the 2008 Regulations, whom the former-officer provisions do not reach. */
  FORMER_OFFICER_NOT_REACHED,
  /** A former officer given an outcome other than "would have been dismissed" or no further action. */
  FORMER_OFFICER_OUTCOME,
  /** "Would have been dismissed" without a finding of gross misconduct. */
  WOULD_HAVE_BEEN_DISMISSED_NEEDS_GROSS_MISCONDUCT,
  /** "Would have been dismissed" for an officer who was still serving at the proceedings. */
  WOULD_HAVE_BEEN_DISMISSED_ONLY_FOR_FORMER_OFFICERS,
  /** "Would have been dismissed" for a member of police staff who was still serving at the proceedings. */
  WOULD_HAVE_BEEN_DISMISSED_ONLY_FOR_FORMER_EMPLOYEES,
  /** A final written warning extended where none was in force at the assessment of conduct. */
  NO_FINAL_WRITTEN_WARNING_TO_EXTEND,
  /** Reduction in rank or dismissal for misconduct without the condition that opens it. */
  DISMISSAL_NEEDS_CONDITION,
  /** A written or final written warning given while a final written warning was in force at the assessment. */
  FINAL_WRITTEN_WARNING_IN_FORCE,
  /** Reduction in rank for someone with no lower rank to go to. */
  NO_LOWER_RANK,
  /** Reduction in rank for an officer already reduced in rank at the severity assessment. */
  ALREADY_REDUCED_IN_RANK,
  /** No further action after a finding at a meeting or hearing, for an allegation from 28 May 2025. */
  NO_FURTHER_ACTION_AFTER_FINDING,
  /** A final written warning period the law cannot produce. */
  FINAL_WRITTEN_WARNING_PERIOD,
  /** An indictable-only conviction assessed as less than gross misconduct (from 28 May 2025). */
  INDICTABLE_ONLY_CONVICTION_IS_GROSS_MISCONDUCT;

  /**
   * The stable code, e.g. {@code outcome_not_available}.
   *
   * @since 0.2.0
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with {@code code}, if there is one.
   *
   * @since 0.2.0
   */
  public static Optional<ProblemKind> ofCode(String code) {
    for (ProblemKind k : values()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * What was done with an allegation after the decision on case to answer ({@code action_taken} in the JSON case
 * format), as the Home Office "Police misconduct" statistics count it per allegation. The codes are part of the
 * published format; {@link #NOT_KNOWN} is what a force's system says when it did not record it (an allegation
 * with no {@code action_taken} counts the same).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum ActionTaken {
  /** Referred to misconduct proceedings (a meeting, a hearing or an accelerated hearing). */
  REFERRED_TO_MISCONDUCT_PROCEEDINGS,
  /** Referred to the reflective practice review process. */
  REFERRED_TO_REFLECTIVE_PRACTICE_REVIEW,
  /** No action required. */
  NO_ACTION_REQUIRED,
  /** Some other action. */
  OTHER,
  /** Recorded as not known. */
  NOT_KNOWN;

  private static final Map<String, ActionTaken> INDEX = Codes.index(ActionTaken.class,
      v -> ImmutableList.of(v.name()));

  private final String code = Codes.code(this);

  /**
   * The code, e.g. {@code no_action_required}.
   *
   * @since 0.2.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a value from its code, ignoring case, spacing and punctuation.
   *
   * @param text the code, e.g. {@code "referred_to_misconduct_proceedings"}
   * @return the value
   * @throws IllegalArgumentException naming the text and the accepted codes (and the one most likely meant)
   * @since 0.2.0
   */
  public static ActionTaken parse(String text) {
    return Codes.parse(INDEX, "action taken", text, ActionTaken::code, ActionTaken.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

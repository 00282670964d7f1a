package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * The subject's age band at the time of the conduct, in ten-year bands.
 *
 * <p>A protected characteristic: recorded only when a force opts in ({@code subject.age_band} in the JSON case
 * format), never identifying (a band or a group, never a date of birth or a name), read by no rule of law, and in no
 * output unless asked for (a report {@code --by age-band} with {@code --protected-characteristics}). The codes are part
 * of the published format.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum AgeBand {
  /** Under 25. */
  AGED_UNDER_25,
  /** 25 to 34. */
  AGED_25_TO_34,
  /** 35 to 44. */
  AGED_35_TO_44,
  /** 45 to 54. */
  AGED_45_TO_54,
  /** 55 and over. */
  AGED_55_AND_OVER,
  /** Not stated. */
  NOT_STATED;

  private static final Map<String, AgeBand> INDEX = Codes.index(AgeBand.class, v -> ImmutableList.of(v.name()));

  private final String code = Codes.code(this);

  /**
   * The code, e.g. {@code aged_25_to_34}.
   *
   * @since 0.2.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a value from its code, ignoring case, spacing and punctuation.
   *
   * @param text the code, e.g. {@code "aged_25_to_34"}
   * @return the value
   * @throws IllegalArgumentException naming the text and the accepted codes (and the one most likely meant)
   * @since 0.2.0
   */
  public static AgeBand parse(String text) {
    return Codes.parse(INDEX, "age band", text, AgeBand::code, AgeBand.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * The subject's ethnic group, in the five broad groups of the census, as self-declared.
 *
 * <p>A protected characteristic: recorded only when a force opts in ({@code subject.ethnicity} in the JSON case
 * format), never identifying (a band or a group, never a date of birth or a name), read by no rule of law, and in no
 * output unless asked for (a report {@code --by ethnicity} with {@code --protected-characteristics}). The codes are part
 * of the published format.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum Ethnicity {
  /** Asian or Asian British. */
  ASIAN,
  /** Black, Black British, Caribbean or African. */
  BLACK,
  /** Mixed or multiple ethnic groups. */
  MIXED,
  /** White. */
  WHITE,
  /** Other ethnic group. */
  OTHER,
  /** Not stated. */
  NOT_STATED;

  private static final Map<String, Ethnicity> INDEX = Codes.index(Ethnicity.class, v -> ImmutableList.of(v.name()));

  private final String code = Codes.code(this);

  /**
   * The code, e.g. {@code white}.
   *
   * @since 0.2.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a value from its code, ignoring case, spacing and punctuation.
   *
   * @param text the code, e.g. {@code "white"}
   * @return the value
   * @throws IllegalArgumentException naming the text and the accepted codes (and the one most likely meant)
   * @since 0.2.0
   */
  public static Ethnicity parse(String text) {
    return Codes.parse(INDEX, "ethnicity", text, Ethnicity::code, Ethnicity.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

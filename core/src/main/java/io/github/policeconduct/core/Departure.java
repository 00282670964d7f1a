package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * How a subject's service ended.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Departure {
  /** Resigned. */
  RESIGNED,
  /** Retired. */
  RETIRED,
  /** Dismissed (under the conduct or performance regulations or otherwise). */
  DISMISSED,
  /** Discharged, e.g. a student officer under regulation 13 of the Police Regulations 2003. */
  DISCHARGED,
  /** Any other way, e.g. death or end of a fixed-term appointment. */
  OTHER;

  private static final Map<String, Departure> INDEX = Codes.index(Departure.class,
      v -> ImmutableList.<String>builder().add(v.name()).add(v.aliases).build());

  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Departure(String... aliases) {
    this.code = Codes.code(this);
    this.aliases = aliases;
  }

  /**
   * The canonical lower snake_case code used in the JSON case format.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a value from its code or an accepted alias, ignoring case, spacing and punctuation.
   *
   * @param text the code, e.g. {@code "resigned"}
   * @return the value
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Departure parse(String text) {
    return Codes.parse(INDEX, "departure reason", text, Departure::code, Departure.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

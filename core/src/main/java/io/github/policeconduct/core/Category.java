package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * Categories of alleged conduct used by forces, the IOPC and the College of Policing outcomes guidance. An allegation may carry several.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Category {
  /** Sexual misconduct. */
  SEXUAL_MISCONDUCT,
  /** Abuse of position for a sexual purpose. */
  ABUSE_OF_POSITION_FOR_SEXUAL_PURPOSE("abuse_of_position_for_a_sexual_purpose"),
  /** Domestic abuse. */
  DOMESTIC_ABUSE,
  /** Violence against women and girls. */
  VIOLENCE_AGAINST_WOMEN_AND_GIRLS("vawg"),
  /** Dishonesty. */
  DISHONESTY,
  /** Discrimination. */
  DISCRIMINATION,
  /** Violence. */
  VIOLENCE,
  /** Drugs. */
  DRUGS,
  /** Misuse of information. */
  MISUSE_OF_INFORMATION,
  /** A criminal conviction. */
  CRIMINAL_CONVICTION("conviction"),
  /** A criminal caution. */
  CRIMINAL_CAUTION("caution"),
  /** A conviction for an offence triable only on indictment. */
  INDICTABLE_ONLY_CONVICTION,
  /** Anything else. */
  OTHER;

  private static final Map<String, Category> INDEX = Codes.index(Category.class,
      v -> ImmutableList.<String>builder().add(v.name()).add(v.aliases).build());

  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Category(String... aliases) {
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
   * @param text the code, e.g. {@code "sexual_misconduct"}
   * @return the value
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Category parse(String text) {
    return Codes.parse(INDEX, "category", text, Category::code, Category.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * The level of an allegation's severity assessment: what the conduct would amount to if proved
 * (Police (Conduct) Regulations 2020, reg 14; "assessment of conduct", 2012 Regulations, reg 12).
 * Ordered from least to most serious. {@link #PRACTICE_REQUIRING_IMPROVEMENT} exists only under the
 * 2020 Regulations.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Neither misconduct nor gross misconduct, nor practice requiring improvement. */
  NO_MISCONDUCT("none", "no_case"),
  /** Practice requiring improvement (2020 Regulations only). */
  PRACTICE_REQUIRING_IMPROVEMENT("pri"),
  /** Misconduct. */
  MISCONDUCT(),
  /** Gross misconduct. */
  GROSS_MISCONDUCT("gm");

  private static final Map<String, Severity> INDEX = Codes.index(Severity.class,
      v -> ImmutableList.<String>builder().add(v.name()).add(v.aliases).build());

  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Severity(String... aliases) {
    this.code = Codes.code(this);
    this.aliases = aliases;
  }

  /**
   * Whether this level is misconduct or gross misconduct, the levels that can lead to disciplinary
   * proceedings.
   *
   * @since 0.1.0
   */
  public boolean isMisconductOrWorse() {
    return compareTo(MISCONDUCT) >= 0;
  }

  /**
   * The canonical lower snake_case code, e.g. {@code gross_misconduct}.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a level from its code or alias, ignoring case.
   *
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Severity parse(String text) {
    return Codes.parse(INDEX, "severity level", text, Severity::code, Severity.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

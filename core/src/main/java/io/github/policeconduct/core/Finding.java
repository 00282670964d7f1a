package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * What a meeting or hearing found proved on an allegation. Ordered from least to most serious.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Finding {
  /** Neither misconduct nor gross misconduct proved. */
  NOT_MISCONDUCT("no_misconduct", "not_proven", "not_proved"),
  /** Misconduct proved. */
  MISCONDUCT("misconduct_proven", "misconduct_proved"),
  /** Gross misconduct proved. */
  GROSS_MISCONDUCT("gm", "gross_misconduct_proven", "gross_misconduct_proved");

  private static final Map<String, Finding> INDEX = Codes.index(Finding.class,
      v -> ImmutableList.<String>builder().add(v.name()).add(v.aliases).build());

  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Finding(String... aliases) {
    this.code = Codes.code(this);
    this.aliases = aliases;
  }

  /**
   * Whether misconduct or gross misconduct was proved.
   *
   * @since 0.1.0
   */
  public boolean isProved() {
    return this != NOT_MISCONDUCT;
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
   * Reads a finding from its code or alias, ignoring case.
   *
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Finding parse(String text) {
    return Codes.parse(INDEX, "finding", text, Finding::code, Finding.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

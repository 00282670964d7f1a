package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * The warnings a disciplinary record can hold.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum WarningType {
  /** A written warning. */
  WRITTEN_WARNING("ww"),
  /** A final written warning. */
  FINAL_WRITTEN_WARNING("fww");

  private static final Map<String, WarningType> INDEX = Codes.index(WarningType.class,
      v -> ImmutableList.<String>builder().add(v.name()).add(v.aliases).build());

  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  WarningType(String... aliases) {
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
   * @param text the code, e.g. {@code "written_warning"}
   * @return the value
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static WarningType parse(String text) {
    return Codes.parse(INDEX, "warning type", text, WarningType::code, WarningType.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

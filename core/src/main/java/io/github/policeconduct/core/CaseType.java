package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * How a case came to be dealt with, as the Home Office "Police misconduct" statistics divide their tables
 * ({@code case_type} in the JSON case format): a police complaint (made by a member of the public and investigated
 * subject to special procedures), a conduct matter (raised within the police) or a recordable conduct matter. The
 * codes are part of the published format.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum CaseType {
  /** A complaint by a member of the public, investigated subject to special procedures (tables "PC"). */
  POLICE_COMPLAINT,
  /** A conduct matter, raised within the police (tables "CM"). */
  CONDUCT_MATTER,
  /** A recordable conduct matter (tables "RC"). */
  RECORDABLE_CONDUCT_MATTER;

  private static final Map<String, CaseType> INDEX = Codes.index(CaseType.class, v -> ImmutableList.of(v.name()));

  private final String code = Codes.code(this);

  /**
   * The code, e.g. {@code police_complaint}.
   *
   * @since 0.2.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a value from its code, ignoring case, spacing and punctuation.
   *
   * @param text the code, e.g. {@code "conduct_matter"}
   * @return the value
   * @throws IllegalArgumentException naming the text and the accepted codes (and the one most likely meant)
   * @since 0.2.0
   */
  public static CaseType parse(String text) {
    return Codes.parse(INDEX, "case type", text, CaseType::code, CaseType.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

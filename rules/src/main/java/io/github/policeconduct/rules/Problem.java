package io.github.policeconduct.rules;

import java.util.Objects;

import io.github.policeconduct.core.Citation;

/**
 * A lawfulness problem with a case as described: an outcome the law did not allow, a forum the facts do
 * not permit, a warning period out of range. The case is still decided; the problem says what is wrong
 * and which provision says so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code a stable lower snake_case code, e.g. {@code outcome_not_available}
 * @param message a plain-English sentence naming the facts
 * @param citation the provision broken
 * @since 0.1.0
 */
public record Problem(String code, String message, Citation citation) {
  /**
   * Checks the components.
   *
   * @since 0.1.0
   */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(citation, "citation");
  }

  /**
   * The kind of problem, by its code.
   *
   * @throws IllegalStateException if the code is not one of {@link ProblemKind}'s (a problem built by a caller)
   * @since 0.2.0
   */
  public ProblemKind kind() {
    return ProblemKind.ofCode(code).orElseThrow(() -> new IllegalStateException("no problem kind has the code " + code));
  }

  @Override
  public String toString() {
    return code + ": " + message + " [" + citation + "]";
  }
}

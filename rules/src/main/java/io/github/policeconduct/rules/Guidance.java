package io.github.policeconduct.rules;

import java.util.Objects;

import io.github.policeconduct.core.Citation;

/**
 * Advisory guidance: never a decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of guidance
 * @param message a plain-English sentence
 * @param citation the guidance or provision it rests on
 * @since 0.1.0
 */
public record Guidance(GuidanceKind kind, String message, Citation citation) {
  /**
   * Checks the components.
   *
   * @since 0.1.0
   */
  public Guidance {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(citation, "citation");
  }

  @Override
  public String toString() {
    return message + " [" + citation + "]";
  }
}

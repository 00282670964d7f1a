package io.github.policeconduct.rules;

import java.util.Objects;
import java.util.Optional;

import io.github.policeconduct.core.Citation;

/**
 * One problem {@link ConductRules#qualityOf} finds in a case before it goes into a statistical return.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of problem
 * @param field the JSON path of the field it concerns in the case format, e.g. {@code allegations[1].action_taken}
 * @param message a plain-English sentence naming the facts
 * @param citation the provision, where the problem rests on one
 * @since 0.2.0
 */
public record QualityIssue(QualityKind kind, String field, String message, Optional<Citation> citation) {
  /**
   * Checks the components.
   *
   * @since 0.2.0
   */
  public QualityIssue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(citation, "citation");
  }
}

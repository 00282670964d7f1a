package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import io.github.policeconduct.core.Citation;

/**
 * Something that follows from a decision, with the day by which it is due where the law sets one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what follows
 * @param dueBy the last day on which it is due (for an appeal window, the last day to give notice)
 * @param description a plain-English sentence
 * @param citation the provision it rests on
 * @since 0.1.0
 */
public record Consequence(ConsequenceKind kind, Optional<LocalDate> dueBy, String description, Citation citation) {
  /**
   * Checks the components.
   *
   * @since 0.1.0
   */
  public Consequence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
  }

  @Override
  public String toString() {
    return description + dueBy.map(d -> " (due by " + d + ")").orElse("") + " [" + citation + "]";
  }
}

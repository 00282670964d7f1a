package io.github.policeconduct.rules;

import java.util.Objects;

import io.github.policeconduct.core.Outcome;

/**
 * The outcome given in a case, and whether the law allowed it. When it did not, the decision's
 * {@link Decision#problems()} say why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decided the outcome given
 * @param lawful whether it was lawfully available
 * @since 0.1.0
 */
public record OutcomeCheck(Outcome decided, boolean lawful) {
  /**
   * Checks the components.
   *
   * @since 0.1.0
   */
  public OutcomeCheck {
    Objects.requireNonNull(decided, "decided");
  }
}

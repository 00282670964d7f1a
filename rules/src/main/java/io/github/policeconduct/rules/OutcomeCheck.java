package io.github.policeconduct.rules;

import java.util.Objects;

import io.github.policeconduct.core.Outcome;

/**
 * The outcome given in a case, and whether it stands: lawful only when it was open on the findings at that forum
 * and the decision found no error in the case (a meeting held where a hearing was required, a warning period the
 * law cannot give, ...). So {@code lawful} is false exactly when the decision's {@link Decision#problems()} are not
 * empty, and they say why; cautions that do not make anything unlawful are guidance, never problems.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decided the outcome given
 * @param lawful whether it was lawfully available and nothing in the case was an error
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

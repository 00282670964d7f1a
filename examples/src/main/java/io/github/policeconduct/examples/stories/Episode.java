package io.github.policeconduct.examples.stories;

import java.util.Objects;
import java.util.function.Function;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;

/**
 * One case of a {@link Story}: a heading, the case, and a two-line plain-English summary of what the law
 * decided and why, written from the decision (so it cannot drift from what the rules say).
 *
 * <p>Immutable and thread-safe when {@code summary} is.
 *
 * @param heading a short heading, e.g. "2014: resigned during the investigation"
 * @param conductCase the case
 * @param summary two lines (joined by a newline) from the decision
 * @since 0.1.0
 */
public record Episode(String heading, ConductCase conductCase, Function<Decision, String> summary) {
  /**
   * Checks the components.
   *
   * @since 0.1.0
   */
  public Episode {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(conductCase, "conductCase");
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * The case decided as at the latest date it records.
   *
   * @since 0.1.0
   */
  public Decision decide() {
    return ConductRules.decide(conductCase);
  }

  /**
   * The plain-English summary of {@code decision}.
   *
   * @since 0.1.0
   */
  public String summarise(Decision decision) {
    return summary.apply(decision);
  }
}

package io.github.policeconduct.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a case is within the Conduct Regulations, and for a former officer under which condition.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inScope true when the regulations apply
 * @param formerOfficerCondition the condition met, for a former officer in scope
 * @since 0.1.0
 */
public record Jurisdiction(boolean inScope, Optional<FormerOfficerCondition> formerOfficerCondition) {
  /**
   * Checks the components.
   *
   * @since 0.1.0
   */
  public Jurisdiction {
    Objects.requireNonNull(formerOfficerCondition, "formerOfficerCondition");
  }
}

package io.github.policeconduct.rules;

import java.util.Map;
import java.util.Objects;

import com.google.common.collect.ImmutableMap;
import io.github.policeconduct.core.Citation;

/**
 * One step of an {@link Explanation}: the rule considered, its citation, the facts it read, whether it
 * applied, and a plain-English sentence saying why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule considered
 * @param citation the provision it rests on (usually {@code rule.citation()})
 * @param facts the facts read, by name, in the order read
 * @param applied true when the rule applied; false when it was considered and did not apply
 * @param because a plain-English sentence
 * @since 0.1.0
 */
public record Step(Rule rule, Citation citation, Map<String, String> facts, boolean applied, String because) {
  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if any component is null
   * @since 0.1.0
   */
  public Step {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(citation, "citation");
    facts = facts instanceof FactMap ? facts : ImmutableMap.copyOf(facts); // FactMap: immutable already
    Objects.requireNonNull(because, "because");
  }

  /**
   * The rule's stable id, e.g. {@code sanctions.hearing.gross}.
   *
   * @since 0.1.0
   */
  public String ruleId() {
    return rule.id();
  }

  @Override
  public String toString() {
    return (applied ? "" : "(not applicable) ") + because + " [" + citation + "]";
  }
}

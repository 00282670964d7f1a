package io.github.policeconduct.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

/**
 * Why the rules answered as they did: the ordered steps applied, and the rules considered that did not
 * apply ("the right answer for the right reasons"). Never empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Explanation {
  private final ImmutableList<Step> steps;

  private Explanation(ImmutableList<Step> steps) {
    Preconditions.checkArgument(!steps.isEmpty(), "an explanation must have at least one step");
    this.steps = steps;
  }

  /**
   * An explanation made of the given steps, in order.
   *
   * @throws IllegalArgumentException if {@code steps} is empty
   * @since 0.1.0
   */
  public static Explanation of(List<Step> steps) {
    return new Explanation(ImmutableList.copyOf(steps));
  }

  /**
   * Every step, applied or not, in the order considered.
   *
   * @since 0.1.0
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * The steps that applied.
   *
   * @since 0.1.0
   */
  public List<Step> applied() {
    return steps.stream().filter(Step::applied).collect(ImmutableList.toImmutableList());
  }

  /**
   * The rules considered that did not apply.
   *
   * @since 0.1.0
   */
  public List<Step> notApplicable() {
    return steps.stream().filter(s -> !s.applied()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether a step with the given rule applied.
   *
   * @since 0.1.0
   */
  public boolean applied(Rule rule) {
    return steps.stream().anyMatch(s -> s.applied() && s.rule() == rule);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanation && ((Explanation) o).steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(steps);
  }

  /** Numbered steps, one a line, each with its citation. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (Step s : steps) {
      b.append(++n).append(". ").append(s).append('\n');
    }
    return b.toString();
  }

  String citations() {
    return steps.stream().map(s -> s.citation().toString()).distinct().collect(Collectors.joining("; "));
  }
}

package io.github.policeconduct.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

/**
 * The answer to one question put to the rules: a value decided by a rule, a typed "no rule applies", or a
 * typed "rules conflict". Each carries its {@link Explanation}. Never null, never a silent default.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of value decided
 * @since 0.1.0
 */
public sealed interface Ruling<T> permits Ruling.Decided, Ruling.NoRuleApplies, Ruling.Conflict {

  /**
   * Why the answer is what it is.
   *
   * @since 0.1.0
   */
  Explanation explanation();

  /**
   * The value decided, or empty when no rule applies or rules conflict.
   *
   * @since 0.1.0
   */
  Optional<T> value();

  /**
   * The value decided.
   *
   * @throws IllegalStateException naming the reason when no rule applies or rules conflict
   * @since 0.1.0
   */
  default T orElseThrow() {
    return value().orElseThrow(() -> new IllegalStateException("no decided value: " + explanation()));
  }

  /**
   * A rule decided the answer.
   *
   * @param decided the value decided
   * @param explanation why
   * @param <T> the type of value
   * @since 0.1.0
   */
  record Decided<T>(T decided, Explanation explanation) implements Ruling<T> {
    /**
     * Checks the components.
     *
     * @since 0.1.0
     */
    public Decided {
      Objects.requireNonNull(decided, "decided");
      Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public Optional<T> value() {
      return Optional.of(decided);
    }
  }

  /**
   * No rule of the library applies to the question (for example an allegation older than the 2008
   * Regulations); the explanation says which rules were considered and why none applied.
   *
   * @param explanation why no rule applies
   * @param <T> the type of value that was asked for
   * @since 0.1.0
   */
  record NoRuleApplies<T>(Explanation explanation) implements Ruling<T> {
    /**
     * Checks the components.
     *
     * @since 0.1.0
     */
    public NoRuleApplies {
      Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }

  /**
   * Two or more rules give different answers (for example allegations of one case governed by different
   * regulations); the candidates are listed with the explanation.
   *
   * @param candidates the competing answers the library can name, at least one (an answer under earlier,
   *     unmodelled regulations is not listed)
   * @param explanation the rules that gave them
   * @param <T> the type of value that was asked for
   * @since 0.1.0
   */
  record Conflict<T>(List<T> candidates, Explanation explanation) implements Ruling<T> {
    /**
     * Checks and copies the components.
     *
     * @since 0.1.0
     */
    public Conflict {
      candidates = ImmutableList.copyOf(candidates);
      Preconditions.checkArgument(!candidates.isEmpty(), "a conflict needs at least one candidate");
      Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public Optional<T> value() {
      return Optional.empty();
    }
  }
}

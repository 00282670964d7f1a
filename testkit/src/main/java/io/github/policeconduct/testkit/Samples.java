package io.github.policeconduct.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.quicktheories.core.Gen;

/**
 * Seeded, reproducible sources of generated values, usable from any test framework: a JUnit 5
 * {@code @MethodSource}, a parameterised test, another property engine, or a plain loop.
 *
 * <pre>{@code
 * static Stream<ConductCase> concludedCases() {
 *   return Samples.stream(Cases.at(Stage.CONCLUDED), 20261123L).limit(200);
 * }
 * }</pre>
 *
 * <p>The same generator and seed give the same values in the same order, in every run and on every
 * machine (for one version of this library). Values are drawn uniformly within each generator's range:
 * these sources do not shrink; run the generator under QuickTheories' {@code qt()} for shrinking.
 *
 * <p>This class is stateless and thread-safe; each stream it returns has its own source of randomness.
 *
 * @since 0.1.0
 */
public final class Samples {
  private Samples() {}

  /**
   * An infinite, ordered, sequential stream of values from {@code gen}, reproducible from {@code seed}.
   * Bound it with {@link Stream#limit(long)}.
   *
   * @param gen the generator
   * @param seed the seed; the same seed gives the same values in the same order
   * @param <T> the type of value
   * @return an infinite stream of generated values, none of them null unless {@code gen} yields null
   * @throws NullPointerException if {@code gen} is null
   * @since 0.1.0
   */
  public static <T> Stream<T> stream(Gen<T> gen, long seed) {
    Objects.requireNonNull(gen, "gen");
    SeededSource source = new SeededSource(seed);
    Spliterator<T> values = new Spliterators.AbstractSpliterator<T>(
        Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.IMMUTABLE) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        source.startValue();
        action.accept(gen.generate(source));
        return true;
      }
    };
    return StreamSupport.stream(values, false);
  }

  /**
   * The first {@code count} values of {@link #stream(Gen, long) stream(gen, seed)}, as an unmodifiable
   * list.
   *
   * @param gen the generator
   * @param seed the seed; the same seed gives the same list
   * @param count how many values, at least 0
   * @param <T> the type of value
   * @return an unmodifiable list of {@code count} generated values
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws NullPointerException if {@code gen} is null, or if it yields null
   * @since 0.1.0
   */
  public static <T> List<T> list(Gen<T> gen, long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative (count: " + count + ")");
    }
    return stream(gen, seed).limit(count).collect(Collectors.toUnmodifiableList());
  }
}

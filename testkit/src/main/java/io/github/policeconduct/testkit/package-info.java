/**
 * Generators of valid police-conduct values for property tests: {@link
 * io.github.policeconduct.testkit.Generators} for every core type, {@link io.github.policeconduct.testkit.Cases}
 * for whole cases at every {@link io.github.policeconduct.testkit.Stage} with knobs (regime, role, former
 * subject and when they left, forum, finding), and {@link io.github.policeconduct.testkit.Samples} for
 * seeded, reproducible {@link java.util.stream.Stream}s of the same values for any test framework.
 *
 * <p>Generators are QuickTheories {@code Gen}s: compose them with {@code map}, {@code zip} and
 * {@code flatMap}, run them with {@code qt().forAll(...)}, and QuickTheories shrinks a failing case and
 * reports the seed that reproduces it. Everything here is immutable and thread-safe, and nothing accepts
 * or returns null.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.policeconduct.testkit;

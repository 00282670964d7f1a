package io.github.policeconduct.statistics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalLong;

/**
 * One published count: a number, or a suppressed count shown as {@code <N}. A suppressed count carries no
 * number at all, so a table prepared for publication cannot leak it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Count {
  private final long value;
  private final int threshold;

  private Count(long value, int threshold) {
    this.value = value;
    this.threshold = threshold;
  }

  /**
   * A count shown as it is.
   *
   * @param value zero or more
   * @return the count
   * @throws IllegalArgumentException when negative
   * @since 0.1.0
   */
  public static Count of(long value) {
    checkArgument(value >= 0, "count must not be negative (value: %s)", value);
    return new Count(value, 0);
  }

  /**
   * A count suppressed under threshold {@code n}, shown as {@code <n}.
   *
   * @param n the suppression threshold, at least 2
   * @return the suppressed count
   * @throws IllegalArgumentException when {@code n} is below 2
   * @since 0.1.0
   */
  public static Count suppressedBelow(int n) {
    checkArgument(n >= 2, "suppression threshold must be at least 2 (value: %s)", n);
    return new Count(-1, n);
  }

  /**
   * Whether the count is suppressed.
   *
   * @return true when shown as {@code <N}
   * @since 0.1.0
   */
  public boolean isSuppressed() {
    return value < 0;
  }

  /**
   * The number, unless suppressed.
   *
   * @return the number, or empty when suppressed
   * @since 0.1.0
   */
  public OptionalLong value() {
    return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Count && ((Count) o).value == value && ((Count) o).threshold == threshold;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value) * 31 + threshold;
  }

  /** The count as published: the number, or {@code <N} when suppressed. */
  @Override
  public String toString() {
    return value < 0 ? "<" + threshold : Long.toString(value);
  }
}

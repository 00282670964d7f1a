package io.github.policeconduct.core;

import java.time.LocalDate;

import org.immutables.value.Value;

/**
 * When and how a subject's service ended ({@code subject.left} in the JSON case format).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceEnd {
  ServiceEnd() {}

  /**
   * The last day of service.
   *
   * @since 0.1.0
   */
  public abstract LocalDate date();

  /**
   * How service ended.
   *
   * @since 0.1.0
   */
  public abstract Departure reason();

  /**
   * Service ended on {@code date} by {@code reason}.
   *
   * @since 0.1.0
   */
  public static ServiceEnd of(LocalDate date, Departure reason) {
    return ImmutableServiceEnd.builder().date(date).reason(reason).build();
  }
}

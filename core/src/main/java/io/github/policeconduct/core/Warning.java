package io.github.policeconduct.core;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

/**
 * A written or final written warning on a subject's record: its type, the day it was notified to the
 * officer (periods run from then), and its period in months where known. When the period is absent the
 * rules use the default period of the regime under which the warning was given.
 *
 * <p>Invariant: a period, when given, is at least one month.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Warning {
  Warning() {}

  /**
   * The type of warning.
   *
   * @since 0.1.0
   */
  public abstract WarningType type();

  /**
   * The day the warning was notified to the officer.
   *
   * @since 0.1.0
   */
  public abstract LocalDate notified();

  /**
   * The warning's period in months, where known.
   *
   * @since 0.1.0
   */
  public abstract Optional<Integer> months();

  /**
   * The Regulations under which the warning was given, where recorded. The default period of a warning
   * comes from these Regulations, not from the date it was notified: a final written warning given under the
   * 2012 Regulations after 1 February 2020 (for an allegation that came to attention before then) lasts
   * 18 months, not 2 years. Where it is not recorded, the rules presume the Regulations in force on the day it
   * was notified, and say so.
   *
   * @since 0.2.0
   */
  public abstract Optional<Regime> regime();

  /**
   * A warning of {@code type} notified on {@code notified} for {@code months} months.
   *
   * @since 0.1.0
   */
  public static Warning of(WarningType type, LocalDate notified, int months) {
    return ImmutableWarning.builder().type(type).notified(notified).months(months).build();
  }

  /**
   * A builder, for a warning whose period is not known or whose Regulations are recorded.
   *
   * @since 0.2.0
   */
  public static ImmutableWarning.Builder builder() {
    return ImmutableWarning.builder();
  }

  @Value.Check
  void check() {
    if (months().isPresent() && months().get() < 1) {
      throw InvalidFactException.of("months", months().get(), "must be at least 1");
    }
  }
}

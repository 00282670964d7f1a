package io.github.policeconduct.core;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

/**
 * The appropriate authority's assessment of what an allegation would amount to if proved, and when it
 * was made ({@code severity} in the JSON case format). The date matters: whether a final written warning
 * was in force is tested on it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SeverityAssessment {
  SeverityAssessment() {}

  /**
   * The level assessed.
   *
   * @since 0.1.0
   */
  public abstract Severity level();

  /**
   * The day of the assessment, where known.
   *
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> assessed();

  /**
   * An assessment at {@code level} made on {@code assessed}.
   *
   * @since 0.1.0
   */
  public static SeverityAssessment of(Severity level, LocalDate assessed) {
    return ImmutableSeverityAssessment.builder().level(level).assessed(assessed).build();
  }

  /**
   * An assessment at {@code level} on an unknown day.
   *
   * @since 0.1.0
   */
  public static SeverityAssessment of(Severity level) {
    return ImmutableSeverityAssessment.builder().level(level).build();
  }
}

package io.github.policeconduct.core;

import java.util.List;

import org.immutables.value.Value;

/**
 * The parts of a subject's disciplinary record that the outcome rules read: warnings, and whether the
 * subject has already been reduced in rank.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DisciplinaryRecord {
  private static final DisciplinaryRecord EMPTY = ImmutableDisciplinaryRecord.builder().build();

  DisciplinaryRecord() {}

  /**
   * Written and final written warnings, in the order given.
   *
   * @since 0.1.0
   */
  public abstract List<Warning> warnings();

  /**
   * Whether the subject was reduced in rank before (under the 2004 or 2020 Regulations). Defaults to false.
   *
   * @since 0.1.0
   */
  @Value.Default
  public boolean reducedInRank() {
    return false;
  }

  /**
   * A record with no warnings and no earlier reduction in rank.
   *
   * @since 0.1.0
   */
  public static DisciplinaryRecord empty() {
    return EMPTY;
  }

  /**
   * A builder.
   *
   * @since 0.1.0
   */
  public static ImmutableDisciplinaryRecord.Builder builder() {
    return ImmutableDisciplinaryRecord.builder();
  }
}

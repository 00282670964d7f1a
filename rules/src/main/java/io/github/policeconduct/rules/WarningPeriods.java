package io.github.policeconduct.rules;

import java.util.Optional;

import com.google.common.base.Preconditions;
import io.github.policeconduct.core.WarningType;

/**
 * The periods, in months, for which warnings given under one set of Regulations are in force: a parameter of the
 * rule row that sets them ({@link Rule#warningPeriods()}), never copied.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class WarningPeriods {
  private final int writtenWarning;
  private final int finalWrittenWarning;
  private final int longest;

  private WarningPeriods(int writtenWarning, int finalWrittenWarning, int longest) {
    this.writtenWarning = writtenWarning;
    this.finalWrittenWarning = finalWrittenWarning;
    this.longest = longest;
  }

  /** The usual periods of a written and a final written warning, and the longest a final written warning may be set to (or extended to). */
  static WarningPeriods of(int writtenWarning, int finalWrittenWarning, int longest) {
    Preconditions.checkArgument(writtenWarning > 0 && finalWrittenWarning > 0 && longest > 0, "periods must be positive");
    return new WarningPeriods(writtenWarning, finalWrittenWarning, longest);
  }

  /** An extension of a final written warning by {@code months}: the only period the row sets. */
  static WarningPeriods extension(int months) {
    return new WarningPeriods(0, 0, months);
  }

  /**
   * The usual period of a warning of {@code type}, in months; empty for a row that sets only an extension.
   *
   * @since 0.2.0
   */
  public Optional<Integer> months(WarningType type) {
    int m = type == WarningType.WRITTEN_WARNING ? writtenWarning : finalWrittenWarning;
    return m == 0 ? Optional.empty() : Optional.of(m);
  }

  /**
   * For the 2020 Regulations, the longest period a final written warning may be given for (60 months); for the
   * 2008 and 2012 Regulations, the months an extension adds (18).
   *
   * @since 0.2.0
   */
  public int longestOrExtensionMonths() {
    return longest;
  }

  @Override
  public String toString() {
    return "written " + writtenWarning + ", final " + finalWrittenWarning + ", longest/extension " + longest + " months";
  }
}

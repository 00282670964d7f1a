package io.github.policeconduct.rules;

import java.time.LocalDate;

import com.google.common.base.Preconditions;
import io.github.policeconduct.rules.calendar.PeriodStart;

/**
 * A window of working days a step must fall in, in the words of the provision that sets it: "not less than 10 and
 * not more than 15 working days after the date on which notice is given" (R2020 reg 52(1)). The days are counted
 * after the date: the first working day after it is day 1. Read from the rule that holds it
 * ({@link Rule#window()}), never copied.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class WorkingDayWindow {
  private final TimeLimit earliest;
  private final TimeLimit latest;

  private WorkingDayWindow(int least, int most) {
    Preconditions.checkArgument(least >= 1 && least <= most, "the window must run from 1 <= least (%s) <= most (%s)",
        least, most);
    this.earliest = TimeLimit.of(least, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER);
    this.latest = TimeLimit.of(most, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER);
  }

  /**
   * A window of not less than {@code least} and not more than {@code most} working days after a date.
   *
   * @param least the fewest working days after the date
   * @param most the most working days after the date
   * @return the window
   * @throws IllegalArgumentException unless {@code 1 <= least <= most}
   * @since 0.2.0
   */
  public static WorkingDayWindow of(int least, int most) {
    return new WorkingDayWindow(least, most);
  }

  /**
   * The fewest working days after the date.
   *
   * @since 0.2.0
   */
  public int least() {
    return earliest.workingDays();
  }

  /**
   * The most working days after the date.
   *
   * @since 0.2.0
   */
  public int most() {
    return latest.workingDays();
  }

  /**
   * The first day of the window that runs from {@code date}: its {@link #least()}th working day after it.
   *
   * @since 0.2.0
   */
  public LocalDate earliestFrom(LocalDate date) {
    return earliest.lastDayFrom(date);
  }

  /**
   * The last day of the window that runs from {@code date}: its {@link #most()}th working day after it.
   *
   * @since 0.2.0
   */
  public LocalDate latestFrom(LocalDate date) {
    return latest.lastDayFrom(date);
  }

  /**
   * The window in words, e.g. "not less than 10 and not more than 15 working days after".
   *
   * @since 0.2.0
   */
  public String words() {
    return "not less than " + least() + " and not more than " + most() + " working days after";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingDayWindow w && w.least() == least() && w.most() == most();
  }

  @Override
  public int hashCode() {
    return 31 * least() + most();
  }

  @Override
  public String toString() {
    return words();
  }
}

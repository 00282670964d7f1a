package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Objects;

import com.google.common.base.Preconditions;
import io.github.policeconduct.rules.calendar.PeriodStart;
import io.github.policeconduct.rules.calendar.WorkingDays;

/**
 * A time limit of a rule: a number of working days and where the period begins, in the words of the provision
 * that sets it ("before the end of 5 working days beginning with the date of the relevant dismissal"). Read from
 * the rule that holds it ({@link Rule#timeLimit()}), never copied.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class TimeLimit {
  private final int workingDays;
  private final PeriodStart start;

  private TimeLimit(int workingDays, PeriodStart start) {
    Preconditions.checkArgument(workingDays >= 1, "workingDays (%s) must be at least 1", workingDays);
    this.workingDays = workingDays;
    this.start = Objects.requireNonNull(start, "start");
  }

  /**
   * A period of {@code workingDays} working days beginning as {@code start} says.
   *
   * @param workingDays how many working days; at least 1
   * @param start where the period begins
   * @return the time limit
   * @throws IllegalArgumentException if {@code workingDays} is less than 1
   * @since 0.2.0
   */
  public static TimeLimit of(int workingDays, PeriodStart start) {
    return new TimeLimit(workingDays, start);
  }

  /**
   * How many working days the period has.
   *
   * @since 0.2.0
   */
  public int workingDays() {
    return workingDays;
  }

  /**
   * Where the period begins.
   *
   * @since 0.2.0
   */
  public PeriodStart start() {
    return start;
  }

  /**
   * The last day of the period that runs from {@code date}, in the working-day calendar of England and Wales.
   *
   * @param date the date the provision counts from
   * @return the last day on which the step is in time
   * @throws IllegalArgumentException if the period falls outside the calendar's coverage; the message names it
   * @since 0.2.0
   */
  public LocalDate lastDayFrom(LocalDate date) {
    return WorkingDays.englandAndWales().lastDayOfPeriod(start, date, workingDays);
  }

  /**
   * The period in words, e.g. "5 working days beginning with" or "7 working days beginning with the first working
   * day after", to be followed by the event.
   *
   * @since 0.2.0
   */
  public String words() {
    return workingDays + " working days beginning with" + (start == PeriodStart.WITH_THE_DATE ? "" : " the first working day after");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeLimit && ((TimeLimit) o).workingDays == workingDays && ((TimeLimit) o).start == start;
  }

  @Override
  public int hashCode() {
    return workingDays * 31 + start.hashCode();
  }

  @Override
  public String toString() {
    return words() + " ...";
  }
}

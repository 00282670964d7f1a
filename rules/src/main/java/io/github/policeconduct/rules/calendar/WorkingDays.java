package io.github.policeconduct.rules.calendar;

import java.util.Locale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import com.google.common.base.Preconditions;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;

/**
 * The working-day calendar of England and Wales: every day is a working day except Saturdays, Sundays
 * and bank holidays. Deadlines in the police misconduct regime are counted in working days (for
 * example, a report to the Barred List within 5 working days of a dismissal, or notice of appeal
 * against the outcome of a misconduct meeting within 7 working days), and this class counts them.
 *
 * <p>The bank holidays are those of England and Wales under the Banking and Financial Dealings Act
 * 1971, s.1 and Schedule 1 para 1 (Easter Monday, the last Mondays in May and August, 26 December and
 * the 27 December substitute), the days appointed each year by royal proclamation under s.1(3) (New
 * Year's Day, the first Monday in May, weekend substitute days), the common-law holidays of Good Friday
 * and Christmas Day, and the days appointed or moved by royal proclamation under s.1(2) and (3) for
 * particular years: the Royal Wedding, 29 April 2011; the spring bank holiday moved to 4 June 2012 and
 * the Diamond Jubilee, 5 June 2012; the early May bank holiday moved to Friday 8 May 2020 for VE Day; the
 * spring bank holiday moved to 2 June 2022 and the Platinum Jubilee, 3 June 2022; the State Funeral of
 * Queen Elizabeth II, 19 September 2022; and the Coronation, 8 May 2023. They are read from a list shipped with the library, in which years after 2026 are
 * projections under the standing rules; see {@link #coverage()}.
 *
 * <p>Every method refuses a date outside {@link #coverage()} with an {@link IllegalArgumentException}
 * that names the date, rather than give an answer that may be wrong. No method accepts {@code null}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkingDays {
  /** The bank-holiday list, next to this class. */
  static final String RESOURCE = "england-and-wales-bank-holidays.txt";

  /**
   * The fewest days any year of the list may have: the eight standing holidays (or their substitutes).
   * A year with fewer is taken to be incomplete.
   */
  static final int MIN_HOLIDAYS_PER_YEAR = 8;

  /** Loaded on first use; thread-safe. */
  private static final Supplier<WorkingDays> ENGLAND_AND_WALES = Suppliers.memoize(WorkingDays::load);

  private final ImmutableSortedSet<LocalDate> bankHolidays;
  private final Range<LocalDate> coverage;

  /** The epoch day of the first covered day. */
  private final long firstDay;
  /** {@code workingUpTo[i]}: how many working days there are from the first covered day to day {@code i}, inclusive. */
  private final int[] workingUpTo;
  /** {@code nthWorkingDay[k]}: the offset from the first covered day of the k-th working day (k from 1). */
  private final int[] nthWorkingDay;

  private WorkingDays(ImmutableSortedSet<LocalDate> bankHolidays, Range<LocalDate> coverage) {
    this.bankHolidays = bankHolidays;
    this.coverage = coverage;
    // Precomputed once (a few thousand days), so that counting a deadline is two array reads, not a walk
    // day by day with a bank-holiday lookup each: every decision counts several deadlines.
    this.firstDay = coverage.lowerEndpoint().toEpochDay();
    int days = (int) (coverage.upperEndpoint().toEpochDay() - firstDay + 1);
    this.workingUpTo = new int[days];
    int[] nth = new int[days + 1];
    int count = 0;
    for (int i = 0; i < days; i++) {
      LocalDate day = LocalDate.ofEpochDay(firstDay + i);
      if (!isWeekend(day) && !bankHolidays.contains(day)) {
        nth[++count] = i;
      }
      workingUpTo[i] = count;
    }
    this.nthWorkingDay = java.util.Arrays.copyOf(nth, count + 1);
  }

  /**
   * The working-day calendar of England and Wales, with the bank holidays from 1 January 2008 to
   * 31 December 2030 (those after 2026 projected under the standing rules of the Banking and Financial
   * Dealings Act 1971, Schedule 1, and the annual royal proclamations).
   *
   * @return the shared instance
   * @throws IllegalStateException if the bank-holiday list shipped with the library cannot be read or
   *     is malformed (a packaging error)
   * @since 0.1.0
   */
  public static WorkingDays englandAndWales() {
    return ENGLAND_AND_WALES.get();
  }

  /**
   * Whether {@code date} is a working day in England and Wales: not a Saturday, not a Sunday and not a
   * bank holiday (Banking and Financial Dealings Act 1971, s.1 and Schedule 1, and royal proclamations
   * under s.1(3)).
   *
   * @param date the day to test
   * @return {@code true} if {@code date} is a working day
   * @throws IllegalArgumentException if {@code date} is outside {@link #coverage()}; the message names it
   * @throws NullPointerException if {@code date} is {@code null}
   * @since 0.1.0
   */
  public boolean isWorkingDay(LocalDate date) {
    checkCovered(date);
    return !isWeekend(date) && !bankHolidays.contains(date);
  }

  /**
   * Whether {@code date} is a bank holiday in England and Wales (Banking and Financial Dealings Act 1971,
   * s.1 and Schedule 1, and royal proclamations under s.1(3)), counting Good Friday and Christmas Day.
   * Where a holiday falls on a weekend only its substitute day is a bank holiday: 26 December 2020, a
   * Saturday, is not one; Monday 28 December 2020 is.
   *
   * @param date the day to test
   * @return {@code true} if {@code date} is a bank holiday
   * @throws IllegalArgumentException if {@code date} is outside {@link #coverage()}; the message names it
   * @throws NullPointerException if {@code date} is {@code null}
   * @since 0.1.0
   */
  public boolean isBankHoliday(LocalDate date) {
    checkCovered(date);
    return bankHolidays.contains(date);
  }

  /**
   * The {@code n}-th working day after {@code start}: the day on which a period of {@code n} working
   * days beginning the day after {@code start} ends. {@code start} itself never counts, whether or not
   * it is a working day; {@code n == 0} returns {@code start} unchanged. For example, 5 working days
   * after Thursday 21 August 2025 is Friday 29 August 2025, because Monday 25 August 2025 is the summer
   * bank holiday.
   *
   * @param start the day from which to count, itself not counted
   * @param n how many working days to count; not negative
   * @return the {@code n}-th working day after {@code start}, or {@code start} if {@code n} is 0
   * @throws IllegalArgumentException if {@code n} is negative, if {@code start} is outside
   *     {@link #coverage()}, or if the answer would fall after the end of the coverage; the message
   *     names the date
   * @throws NullPointerException if {@code start} is {@code null}
   * @since 0.1.0
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    checkCovered(start);
    Preconditions.checkArgument(
        n >= 0, "cannot count %s working days after %s: the number must not be negative", n, start);
    if (n == 0) {
      return start;
    }
    // The n-th working day after start is the (working days up to start + n)-th working day of the calendar.
    long target = (long) workingUpTo[(int) (start.toEpochDay() - firstDay)] + n;
    if (target >= nthWorkingDay.length) {
      LocalDate end = coverage.upperEndpoint();
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s working days after %s falls after %s, the last day for which England and Wales"
                  + " bank holidays are known (coverage %s)",
              n, start, end, coverage));
    }
    return LocalDate.ofEpochDay(firstDay + nthWorkingDay[(int) target]);
  }

  /**
   * The last day of a period of {@code n} working days <b>beginning with</b> {@code date}, as in "before the end
   * of 5 working days beginning with the date of the relevant dismissal" (SI 2017/1135, reg 3(1)): {@code date}
   * is day 1 when it is a working day; when it is not, day 1 is the first working day after it. A dismissal on
   * Wednesday 2 October 2024 is reported by the end of Tuesday 8 October 2024.
   *
   * @param date the date the period begins with
   * @param n how many working days the period has; at least 1
   * @return the last working day of the period
   * @throws IllegalArgumentException if {@code n} is less than 1, if {@code date} is outside {@link #coverage()},
   *     or if the period would end after it; the message names the date
   * @throws NullPointerException if {@code date} is {@code null}
   * @since 0.2.0
   */
  public LocalDate periodBeginningWith(LocalDate date, int n) {
    return lastDayOfPeriod(PeriodStart.WITH_THE_DATE, date, n);
  }

  /**
   * The last day of a period of {@code n} working days <b>beginning with the first working day after</b>
   * {@code date}, as in "before the end of 7 working days beginning with the first working day after the report
   * is given to the officer" (Police (Conduct) Regulations 2020, reg 45(3)): {@code date} never counts. A report
   * given on Wednesday 2 October 2024 starts a period of 7 working days (3, 4, 7, 8, 9, 10 and 11 October) that
   * ends on Friday 11 October 2024. Equal to {@link #plusWorkingDays} for {@code n >= 1}.
   *
   * @param date the date after which the period begins
   * @param n how many working days the period has; at least 1
   * @return the last working day of the period
   * @throws IllegalArgumentException if {@code n} is less than 1, if {@code date} is outside {@link #coverage()},
   *     or if the period would end after it; the message names the date
   * @throws NullPointerException if {@code date} is {@code null}
   * @since 0.2.0
   */
  public LocalDate periodBeginningAfter(LocalDate date, int n) {
    return lastDayOfPeriod(PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER, date, n);
  }

  /**
   * The last day of a period of {@code n} working days that begins as {@code start} says, from {@code date}.
   *
   * @param start how the provision words the beginning of the period
   * @param date the date the provision counts from
   * @param n how many working days the period has; at least 1
   * @return the last working day of the period
   * @throws IllegalArgumentException if {@code n} is less than 1, if {@code date} is outside {@link #coverage()},
   *     or if the period would end after it; the message names the date
   * @throws NullPointerException if {@code start} or {@code date} is {@code null}
   * @since 0.2.0
   */
  public LocalDate lastDayOfPeriod(PeriodStart start, LocalDate date, int n) {
    Preconditions.checkNotNull(start, "start");
    checkCovered(date);
    Preconditions.checkArgument(
        n >= 1, "a period of %s working days from %s: a period has at least 1 working day", n, date);
    // Working days strictly before the period's first candidate day: up to the day before the date for
    // "beginning with", up to the date itself for "beginning with the first working day after".
    int index = (int) (date.toEpochDay() - firstDay);
    long before = start == PeriodStart.WITH_THE_DATE
        ? (index == 0 ? 0 : workingUpTo[index - 1])
        : workingUpTo[index];
    long target = before + n;
    if (target >= nthWorkingDay.length) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "a period of %s working days from %s ends after %s, the last day for which England and Wales"
                  + " bank holidays are known (coverage %s)",
              n, date, coverage.upperEndpoint(), coverage));
    }
    return LocalDate.ofEpochDay(firstDay + nthWorkingDay[(int) target]);
  }

  /**
   * The days for which bank holidays are known, from 1 January of the first year of the list to
   * 31 December of the last, both included: at least 1 January 2008 to 31 December 2030. Years after
   * 2026 are projections under the standing rules (Banking and Financial Dealings Act 1971, Schedule 1,
   * and the annual royal proclamations), which a later proclamation may change.
   *
   * @return a closed range of dates
   * @since 0.1.0
   */
  public Range<LocalDate> coverage() {
    return coverage;
  }

  /**
   * Every bank holiday in {@link #coverage()}, in date order: only the days actually kept, so a
   * substitute day appears instead of a holiday that falls on a weekend, and no day is a Saturday or
   * Sunday.
   *
   * @return an immutable sorted set of dates
   * @since 0.1.0
   */
  public ImmutableSortedSet<LocalDate> bankHolidays() {
    return bankHolidays;
  }

  /** A short description: the jurisdiction, the coverage and how many bank holidays it holds. */
  @Override
  public String toString() {
    return "WorkingDays[England and Wales, "
        + coverage.lowerEndpoint()
        + ".."
        + coverage.upperEndpoint()
        + ", "
        + bankHolidays.size()
        + " bank holidays]";
  }

  private void checkCovered(LocalDate date) {
    Preconditions.checkNotNull(date, "date");
    if (!coverage.contains(date)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s is outside the years for which England and Wales bank holidays are known (coverage %s)",
              date, coverage));
    }
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /**
   * A calendar from the lines of a bank-holiday list: one ISO date per line, in strictly ascending
   * order, none a Saturday or Sunday, each year from the first to the last with at least
   * {@value #MIN_HOLIDAYS_PER_YEAR} dates; text from {@code #} to the end of a line is a comment, and
   * blank lines are ignored.
   *
   * @param source names the list in error messages
   * @throws IllegalArgumentException naming the source and line if the list breaks any of these rules
   */
  static WorkingDays fromLines(String source, List<String> lines) {
    ImmutableSortedSet.Builder<LocalDate> dates = ImmutableSortedSet.naturalOrder();
    LocalDate previous = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String text = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (text.isEmpty()) {
        continue;
      }
      String where = source + ":" + (i + 1);
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": not an ISO date (yyyy-MM-dd): \"" + text + "\"", e);
      }
      if (isWeekend(date)) {
        throw new IllegalArgumentException(
            where + ": " + date + " is a " + date.getDayOfWeek()
                + "; list the weekday substitute day instead");
      }
      if (previous != null && !date.isAfter(previous)) {
        throw new IllegalArgumentException(
            where + ": " + date + " does not come after " + previous
                + "; dates must be listed once each, in ascending order");
      }
      dates.add(date);
      previous = date;
    }
    ImmutableSortedSet<LocalDate> holidays = dates.build();
    Preconditions.checkArgument(!holidays.isEmpty(), "%s: lists no bank holidays", source);
    int first = holidays.first().getYear();
    int last = holidays.last().getYear();
    for (int year = first; year <= last; year++) {
      int count =
          holidays.subSet(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).size();
      if (count < MIN_HOLIDAYS_PER_YEAR) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "%s: year %d lists %d bank holidays, fewer than the %d standing ones: is it incomplete?",
                source, year, count, MIN_HOLIDAYS_PER_YEAR));
      }
    }
    return new WorkingDays(
        holidays, Range.closed(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)));
  }

  /** Reads the shipped list; thrown errors are not cached, so every call reports them. */
  private static WorkingDays load() {
    try (InputStream in = WorkingDays.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "bank-holiday list " + RESOURCE + " not found next to " + WorkingDays.class.getName());
      }
      List<String> lines;
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        lines = reader.lines().collect(Collectors.toList());
      }
      return fromLines(RESOURCE, lines);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException("cannot read bank-holiday list " + RESOURCE, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("malformed bank-holiday list: " + e.getMessage(), e);
    }
  }
}

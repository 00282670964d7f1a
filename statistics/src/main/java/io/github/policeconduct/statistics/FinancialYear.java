package io.github.policeconduct.statistics;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year, 1 April to 31 March, written as the Home Office writes it: {@code 2014/15} runs from
 * 1 April 2014 to 31 March 2015.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FinancialYear implements Comparable<FinancialYear> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * The financial year that starts on 1 April of {@code startYear}.
   *
   * @param startYear e.g. 2014 for 2014/15
   * @return the financial year
   * @throws IllegalArgumentException when the year is outside 0..9999, the years a case's dates can have
   * @since 0.1.0
   */
  public static FinancialYear startingIn(int startYear) {
    checkArgument(startYear >= 0 && startYear <= 9999, "financial year start must be 0..9999 (year: %s)", startYear);
    return new FinancialYear(startYear);
  }

  /** The financial year containing {@code date}, when it starts in 0..9999 (every date but January to March of year 0). */
  static Optional<FinancialYear> of(LocalDate date) {
    int start = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
    return start >= 0 && start <= 9999 ? Optional.of(new FinancialYear(start)) : Optional.empty();
  }

  /**
   * The financial year containing {@code date}.
   *
   * @param date any day
   * @return the financial year, e.g. 2014/15 for 31 March 2015
   * @since 0.1.0
   */
  public static FinancialYear containing(LocalDate date) {
    return startingIn(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Reads {@code 2014/15} (also {@code 2014-15} and {@code 2014/2015}).
   *
   * @param text the financial year as written
   * @return the financial year
   * @throws IllegalArgumentException when the text is not a financial year or its two years do not follow on
   * @since 0.1.0
   */
  public static FinancialYear parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    checkArgument(m.matches(), "financial year must look like 2014/15 (value: '%s')", text);
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    int expected = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
    checkArgument(end == expected, "financial year must span consecutive years, e.g. 2014/15 (value: '%s')", text);
    return startingIn(start);
  }

  /**
   * The first day, 1 April.
   *
   * @return the first day
   * @since 0.1.0
   */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /**
   * The last day, 31 March of the following year.
   *
   * @return the last day
   * @since 0.1.0
   */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * Whether {@code date} falls in this financial year.
   *
   * @param date any day
   * @return true from 1 April to 31 March inclusive
   * @since 0.1.0
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FinancialYear && ((FinancialYear) o).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  /** The year as the Home Office writes it, e.g. {@code 2014/15}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%04d/%02d", startYear, (startYear + 1) % 100);
  }
}

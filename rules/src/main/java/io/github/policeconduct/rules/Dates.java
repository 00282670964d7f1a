package io.github.policeconduct.rules;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * ISO dates as text for explanations, which write the same few dates of a case several times each (in the
 * sentence and in the facts of many steps). The text of each day from 1950 to 2099 is built once and kept.
 */
final class Dates {
  private static final long FIRST = LocalDate.of(1950, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2099, 12, 31).toEpochDay();
  /**
   * Filled lazily. Racy by design and still safe: a {@code String} is immutable with final fields, so a thread
   * sees either null (and builds an equal string itself) or a complete string.
   */
  private static final String[] TEXT = new String[(int) (LAST - FIRST + 1)];

  private Dates() {}

  /** The same text as {@code d.toString()}. */
  static String iso(LocalDate d) {
    long day = d.toEpochDay();
    if (day < FIRST || day > LAST) {
      return d.toString();
    }
    int i = (int) (day - FIRST);
    String s = TEXT[i];
    if (s == null) {
      s = format(d);
      TEXT[i] = s;
    }
    return s;
  }

  /** The text of one day, built from its digits (package-private so tests check it without the cache). */
  static String format(LocalDate d) {
    int y = d.getYear();
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    byte[] b = {
        (byte) ('0' + y / 1000), (byte) ('0' + y / 100 % 10), (byte) ('0' + y / 10 % 10), (byte) ('0' + y % 10), '-',
        (byte) ('0' + m / 10), (byte) ('0' + m % 10), '-', (byte) ('0' + day / 10), (byte) ('0' + day % 10)};
    return new String(b, StandardCharsets.US_ASCII);
  }
}

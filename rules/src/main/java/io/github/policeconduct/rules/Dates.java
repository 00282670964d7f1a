package io.github.policeconduct.rules;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** ISO dates as text, without {@link LocalDate#toString()}'s builder: explanations write several per step. */
final class Dates {
  private Dates() {}

  /** The same text as {@code d.toString()}. */
  static String iso(LocalDate d) {
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      return d.toString(); // signs and long years: rare, leave them to the JDK
    }
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    byte[] b = {
        (byte) ('0' + y / 1000), (byte) ('0' + y / 100 % 10), (byte) ('0' + y / 10 % 10), (byte) ('0' + y % 10), '-',
        (byte) ('0' + m / 10), (byte) ('0' + m % 10), '-', (byte) ('0' + day / 10), (byte) ('0' + day % 10)};
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}

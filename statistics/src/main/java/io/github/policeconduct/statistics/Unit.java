package io.github.policeconduct.statistics;

import java.util.Locale;

/**
 * What a table counts. The same case adds 1 to the cases count, one per allegation to the allegations
 * count, and its subject once to the individuals count however many cases they have.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Unit {
  /** One per case (a complaint, conduct matter or recordable conduct matter). */
  CASES,
  /** One per allegation in a case. */
  ALLEGATIONS,
  /**
   * One per distinct subject: by {@code subject.id} when given (across every case read), else one per case.
   */
  INDIVIDUALS;

  /**
   * The lower snake_case code used in output and on the command line, e.g. {@code allegations}.
   *
   * @return the code
   * @since 0.1.0
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a unit from its code, ignoring case and surrounding space; the singular is accepted too.
   *
   * @param text e.g. {@code "allegations"}
   * @return the unit
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Unit parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Unit u : values()) {
      if (u.code().equals(t) || u.code().equals(t + "s")) {
        return u;
      }
    }
    throw new IllegalArgumentException("unit: unknown value '" + text + "' (accepted: cases, allegations, individuals)");
  }

  @Override
  public String toString() {
    return code();
  }
}

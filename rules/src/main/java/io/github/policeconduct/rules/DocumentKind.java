package io.github.policeconduct.rules;

import java.util.Locale;

/**
 * The documents the library writes from a case and its decision ({@link Documents}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public enum DocumentKind {
  /**
   * The outcome of a misconduct hearing or an accelerated misconduct hearing under the 2020 Regulations, as a force
   * publishes it: the finding per allegation, the Standards found breached, the disciplinary action (or, for a former
   * officer, that they would have been dismissed), the date of publication and the earliest take-down date.
   */
  OUTCOME_NOTICE("Outcome notice"),
  /** A report to the College of Policing for the Police Barred List. */
  BARRED_LIST_REPORT("Barred List report"),
  /** A report to the College of Policing for the Police Advisory List. */
  ADVISORY_LIST_REPORT("Advisory List report");

  private final String title;
  private final String code = name().toLowerCase(Locale.ROOT);

  DocumentKind(String title) {
    this.title = title;
  }

  /**
   * The lower snake_case code, e.g. {@code barred_list_report}: used in the JSON document format and in file names.
   *
   * @since 0.2.0
   */
  public String code() {
    return code;
  }

  /**
   * The title, e.g. "Barred List report".
   *
   * @since 0.2.0
   */
  public String title() {
    return title;
  }

  /**
   * The kind with {@code code} (or its constant's name, or the code with hyphens: {@code barred-list-report}), in
   * any letter case.
   *
   * @param code the code
   * @return the kind
   * @throws IllegalArgumentException naming the value, when no kind has that code
   * @since 0.2.0
   */
  public static DocumentKind parse(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (DocumentKind k : values()) {
      if (k.code.equals(c)) {
        return k;
      }
    }
    throw new IllegalArgumentException("document kind: no kind '" + code + "' (outcome_notice, barred_list_report, advisory_list_report)");
  }
}

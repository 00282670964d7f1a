package io.github.policeconduct.core;

import java.time.LocalDate;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * The sets of Police (Conduct) Regulations in force since 2008, each with its statutory instrument
 * number and commencement date. Which regime governs an allegation is decided by the rules module from
 * the date the allegation came to the appropriate authority's attention.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Regime {
  /** The Police (Conduct) Regulations 2008, SI 2008/2864, in force from 1 December 2008. */
  CONDUCT_REGULATIONS_2008("Police (Conduct) Regulations 2008", "SI 2008/2864", LocalDate.of(2008, 12, 1),
      "https://www.legislation.gov.uk/uksi/2008/2864", "2008", "r2008"),
  /** The Police (Conduct) Regulations 2012, SI 2012/2632, in force from 22 November 2012. */
  CONDUCT_REGULATIONS_2012("Police (Conduct) Regulations 2012", "SI 2012/2632", LocalDate.of(2012, 11, 22),
      "https://www.legislation.gov.uk/uksi/2012/2632", "2012", "r2012"),
  /** The Police (Conduct) Regulations 2020, SI 2020/4, in force from 1 February 2020. */
  CONDUCT_REGULATIONS_2020("Police (Conduct) Regulations 2020", "SI 2020/4", LocalDate.of(2020, 2, 1),
      "https://www.legislation.gov.uk/uksi/2020/4", "2020", "r2020");

  private static final Map<String, Regime> INDEX = Codes.index(Regime.class,
      v -> ImmutableList.<String>builder().add(v.name(), v.title).add(v.aliases).build());

  private final String title;
  private final String statutoryInstrument;
  private final LocalDate inForceFrom;
  private final String url;
  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Regime(String title, String statutoryInstrument, LocalDate inForceFrom, String url, String... aliases) {
    this.code = Codes.code(this);
    this.title = title;
    this.statutoryInstrument = statutoryInstrument;
    this.inForceFrom = inForceFrom;
    this.url = url;
    this.aliases = aliases;
  }

  /**
   * The instrument's title, e.g. "Police (Conduct) Regulations 2020".
   *
   * @since 0.1.0
   */
  public String title() {
    return title;
  }

  /**
   * The statutory instrument number, e.g. "SI 2020/4".
   *
   * @since 0.1.0
   */
  public String statutoryInstrument() {
    return statutoryInstrument;
  }

  /**
   * The day the instrument came into force.
   *
   * @since 0.1.0
   */
  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  /**
   * The instrument's page on legislation.gov.uk.
   *
   * @since 0.1.0
   */
  public String url() {
    return url;
  }

  /**
   * A citation of a provision of this instrument.
   *
   * @param pinpoint e.g. {@code "reg 42(9)(b)"} or {@code "Sch 1 para 1"}
   * @since 0.1.0
   */
  public Citation cite(String pinpoint) {
    return Citation.of(title, pinpoint, url);
  }

  /**
   * The canonical lower snake_case code, e.g. {@code conduct_regulations_2020}.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a regime from its code, title or year, ignoring case.
   *
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Regime parse(String text) {
    return Codes.parse(INDEX, "regime", text, Regime::code, Regime.class);
  }

  @Override
  public String toString() {
    return title;
  }
}

package io.github.policeconduct.core;

import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * The ten Standards of Professional Behaviour, in the order the regulations list them. The same ten
 * headings appear in the Police (Conduct) Regulations 2008 (the Schedule), 2012 (Schedule 2) and 2020
 * (Schedule 2).
 *
 * <p>{@link #parse(String)} is lenient: it accepts the lower snake_case code, the heading as written in
 * the regulations, and the labels some forces use from the College of Policing Code of Ethics
 * ("Fitness for work", "Conduct"), in any case.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Standard {
  /** Honesty and Integrity. */
  HONESTY_AND_INTEGRITY("Honesty and Integrity"),
  /** Authority, Respect and Courtesy. */
  AUTHORITY_RESPECT_AND_COURTESY("Authority, Respect and Courtesy"),
  /** Equality and Diversity. */
  EQUALITY_AND_DIVERSITY("Equality and Diversity"),
  /** Use of Force. */
  USE_OF_FORCE("Use of Force"),
  /** Orders and Instructions. */
  ORDERS_AND_INSTRUCTIONS("Orders and Instructions"),
  /** Duties and Responsibilities. */
  DUTIES_AND_RESPONSIBILITIES("Duties and Responsibilities"),
  /** Confidentiality. */
  CONFIDENTIALITY("Confidentiality"),
  /** Fitness for Duty; the Code of Ethics calls it "Fitness for work". */
  FITNESS_FOR_DUTY("Fitness for Duty", "fitness_for_work"),
  /** Discreditable Conduct; the Code of Ethics calls it "Conduct". */
  DISCREDITABLE_CONDUCT("Discreditable Conduct", "conduct"),
  /** Challenging and Reporting Improper Conduct. */
  CHALLENGING_AND_REPORTING_IMPROPER_CONDUCT("Challenging and Reporting Improper Conduct");

  private static final Map<String, Standard> INDEX = Codes.index(Standard.class, Standard::spellings);

  private final String heading;
  private final ImmutableList<String> aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Standard(String heading, String... aliases) {
    this.code = Codes.code(this);
    this.heading = heading;
    this.aliases = ImmutableList.copyOf(aliases);
  }

  /**
   * The heading as written in the regulations, e.g. "Authority, Respect and Courtesy".
   *
   * @since 0.1.0
   */
  public String heading() {
    return heading;
  }

  /**
   * Other names accepted on input (the Code of Ethics labels), as lower snake_case codes.
   *
   * @since 0.1.0
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * The canonical lower snake_case code used in the JSON case format, e.g. {@code use_of_force}.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a standard from its code, heading or alias, ignoring case, spacing and punctuation.
   *
   * @param text e.g. {@code "discreditable_conduct"}, {@code "Discreditable Conduct"} or {@code "conduct"}
   * @return the standard
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Standard parse(String text) {
    return Codes.parse(INDEX, "standard", text, Standard::code, Standard.class);
  }

  private Iterable<String> spellings() {
    return ImmutableList.<String>builder().add(name(), heading).addAll(aliases).build();
  }

  @Override
  public String toString() {
    return heading;
  }
}

package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * Every outcome of misconduct proceedings under every regime: the disciplinary actions, the
 * non-disciplinary routes, and the finding that a former officer would have been dismissed. Which of
 * them is lawful for a case is a question for the rules module.
 *
 * <p>{@link #severity()} orders outcomes from least to most severe for comparisons such as "a more
 * serious finding never opens fewer severe outcomes"; the two non-disciplinary outcomes share the lowest
 * step, and the three dismissals share the highest.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Outcome {
  /** No further action (a finding recorded without disciplinary action). */
  NO_FURTHER_ACTION(0, false, "nfa"),
  /** Management advice (2008 and 2012 Regulations only). */
  MANAGEMENT_ADVICE(1, true),
  /** Referral to the reflective practice review process (2020 Regulations only). */
  REFLECTIVE_PRACTICE_REVIEW(0, false, "reflective_practice_review_process", "rprp"),
  /** A written warning. */
  WRITTEN_WARNING(2, true, "ww"),
  /** A final written warning. */
  FINAL_WRITTEN_WARNING(3, true, "fww"),
  /** Extension of a final written warning already in force (2008 and 2012 Regulations only). */
  EXTENSION_OF_FINAL_WRITTEN_WARNING(4, true, "fww_extension", "extended_final_written_warning"),
  /** Reduction in rank (2020 Regulations only). */
  REDUCTION_IN_RANK(5, true),
  /** Dismissal with notice (2008 and 2012 Regulations only). */
  DISMISSAL_WITH_NOTICE(6, true),
  /** Dismissal without notice. */
  DISMISSAL_WITHOUT_NOTICE(6, true, "dismissal", "dismissed"),
  /** A finding that a former officer would have been dismissed had they not ceased to serve. */
  WOULD_HAVE_BEEN_DISMISSED(6, true);

  private static final Map<String, Outcome> INDEX = Codes.index(Outcome.class,
      v -> ImmutableList.<String>builder().add(v.name()).add(v.aliases).build());

  private final int severity;
  private final boolean disciplinary;
  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Outcome(int severity, boolean disciplinary, String... aliases) {
    this.code = Codes.code(this);
    this.severity = severity;
    this.disciplinary = disciplinary;
    this.aliases = aliases;
  }

  /**
   * The severity step of this outcome, from 0 (no further action, reflective practice) to 6 (any form
   * of dismissal).
   *
   * @since 0.1.0
   */
  public int severity() {
    return severity;
  }

  /**
   * Whether this outcome is disciplinary action (as opposed to no further action or reflective practice).
   *
   * @since 0.1.0
   */
  public boolean isDisciplinaryAction() {
    return disciplinary;
  }

  /**
   * Whether this outcome is a dismissal, or the finding that a former officer would have been dismissed;
   * each of these leads to a Barred List report from 15 December 2017.
   *
   * @since 0.1.0
   */
  public boolean isDismissal() {
    return severity == 6;
  }

  /**
   * The canonical lower snake_case code, e.g. {@code would_have_been_dismissed}.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads an outcome from its code or alias, ignoring case.
   *
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Outcome parse(String text) {
    return Codes.parse(INDEX, "outcome", text, Outcome::code, Outcome.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

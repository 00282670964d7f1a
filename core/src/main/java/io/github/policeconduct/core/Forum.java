package io.github.policeconduct.core;

import java.util.Map;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * Where an allegation is dealt with. The accelerated misconduct hearing of the 2020 Regulations was
 * called a special case hearing under the 2008 and 2012 Regulations; both names read as
 * {@link #ACCELERATED_MISCONDUCT_HEARING}, and {@link #nameUnder(Regime)} gives the name a regime uses.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Forum {
  /** A misconduct meeting. */
  MISCONDUCT_MEETING("meeting"),
  /** A misconduct hearing. */
  MISCONDUCT_HEARING("hearing"),
  /** An accelerated misconduct hearing (2020), formerly a special case hearing (2008, 2012). */
  ACCELERATED_MISCONDUCT_HEARING("special_case_hearing", "amh", "accelerated_hearing"),
  /** The reflective practice review process (2020 Regulations, Part 6); not disciplinary. */
  REFLECTIVE_PRACTICE_REVIEW("reflective_practice_review_process", "rprp");

  private static final Map<String, Forum> INDEX = Codes.index(Forum.class,
      v -> ImmutableList.<String>builder().add(v.name()).add(v.aliases).build());

  private final String[] aliases;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Forum(String... aliases) {
    this.code = Codes.code(this);
    this.aliases = aliases;
  }

  /**
   * Whether this forum is a misconduct meeting, misconduct hearing or accelerated hearing (as opposed to
   * the non-disciplinary reflective practice review process).
   *
   * @since 0.1.0
   */
  public boolean isMisconductProceedings() {
    return this != REFLECTIVE_PRACTICE_REVIEW;
  }

  /**
   * The name of this forum under a regime, e.g. "special case hearing" under the 2012 Regulations.
   *
   * @since 0.1.0
   */
  public String nameUnder(Regime regime) {
    switch (this) {
      case MISCONDUCT_MEETING:
        return "misconduct meeting";
      case MISCONDUCT_HEARING:
        return "misconduct hearing";
      case ACCELERATED_MISCONDUCT_HEARING:
        return regime == Regime.CONDUCT_REGULATIONS_2020 ? "accelerated misconduct hearing" : "special case hearing";
      default:
        return "reflective practice review process";
    }
  }

  /**
   * The canonical lower snake_case code, e.g. {@code misconduct_hearing}.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a forum from its code or alias ({@code special_case_hearing} is accepted), ignoring case.
   *
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Forum parse(String text) {
    return Codes.parse(INDEX, "forum", text, Forum::code, Forum.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

package io.github.policeconduct.core;

import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.internal.Codes;

/**
 * Police ranks, from constable upwards. Ranks above chief superintendent come in two ladders: the
 * Metropolitan Police and City of London Police (commander, deputy assistant commissioner, assistant
 * commissioner, deputy commissioner, commissioner) and the other forces (assistant chief constable,
 * deputy chief constable, chief constable). {@link #tier()} puts equivalent ranks on the same step, and
 * {@link #oneRankLower()} stays on the rank's own ladder, so "reduction by one rank" is computable.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Rank {
  /** Constable, the lowest rank. */
  CONSTABLE(1, null),
  /** Sergeant. */
  SERGEANT(2, "CONSTABLE"),
  /** Inspector. */
  INSPECTOR(3, "SERGEANT"),
  /** Chief inspector. */
  CHIEF_INSPECTOR(4, "INSPECTOR"),
  /** Superintendent. */
  SUPERINTENDENT(5, "CHIEF_INSPECTOR"),
  /** Chief superintendent, the most senior rank below the senior officers. */
  CHIEF_SUPERINTENDENT(6, "SUPERINTENDENT"),
  /** Commander (Metropolitan and City of London Police). */
  COMMANDER(7, "CHIEF_SUPERINTENDENT"),
  /** Assistant chief constable. */
  ASSISTANT_CHIEF_CONSTABLE(7, "CHIEF_SUPERINTENDENT"),
  /** Deputy assistant commissioner (Metropolitan Police). */
  DEPUTY_ASSISTANT_COMMISSIONER(8, "COMMANDER"),
  /** Deputy chief constable. */
  DEPUTY_CHIEF_CONSTABLE(8, "ASSISTANT_CHIEF_CONSTABLE"),
  /** Assistant commissioner (Metropolitan and City of London Police). */
  ASSISTANT_COMMISSIONER(9, "DEPUTY_ASSISTANT_COMMISSIONER"),
  /** Chief constable. */
  CHIEF_CONSTABLE(9, "DEPUTY_CHIEF_CONSTABLE"),
  /** Deputy commissioner (Metropolitan Police). */
  DEPUTY_COMMISSIONER(10, "ASSISTANT_COMMISSIONER"),
  /** Commissioner (Metropolitan and City of London Police). */
  COMMISSIONER(11, "DEPUTY_COMMISSIONER");

  private static final Map<String, Rank> INDEX = Codes.index(Rank.class,
      r -> ImmutableList.of(r.name()));

  private final int tier;
  private final String lower;

  /** The canonical code, computed once: {@link #code()} is read on every decision. */
  private final String code;

  Rank(int tier, String lower) {
    this.code = Codes.code(this);
    this.tier = tier;
    this.lower = lower;
  }

  /**
   * The step of this rank on the ladder, from 1 (constable) to 11 (commissioner); equivalent ranks of
   * the two senior ladders share a step.
   *
   * @since 0.1.0
   */
  public int tier() {
    return tier;
  }

  /**
   * Whether this rank is above chief superintendent (a "senior officer" in the Conduct Regulations).
   *
   * @since 0.1.0
   */
  public boolean isSeniorOfficer() {
    return tier > CHIEF_SUPERINTENDENT.tier;
  }

  /**
   * Whether this rank is on a higher step than {@code other}.
   *
   * @since 0.1.0
   */
  public boolean isSeniorTo(Rank other) {
    return tier > other.tier;
  }

  /**
   * The rank immediately below on this rank's own ladder; empty for a constable, who cannot be reduced
   * in rank.
   *
   * @since 0.1.0
   */
  public Optional<Rank> oneRankLower() {
    return lower == null ? Optional.empty() : Optional.of(valueOf(lower));
  }

  /**
   * The canonical lower snake_case code, e.g. {@code chief_inspector}.
   *
   * @since 0.1.0
   */
  public String code() {
    return code;
  }

  /**
   * Reads a rank from its code, ignoring case, spacing and punctuation ("Chief Inspector" works).
   *
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Rank parse(String text) {
    return Codes.parse(INDEX, "rank", text, Rank::code, Rank.class);
  }

  @Override
  public String toString() {
    return code();
  }
}

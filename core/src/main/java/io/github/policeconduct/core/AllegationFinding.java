package io.github.policeconduct.core;

import org.immutables.value.Value;

/**
 * What proceedings found on one allegation ({@code proceedings.findings[]} in the JSON case format).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AllegationFinding {
  AllegationFinding() {}

  /**
   * The id of the allegation in the same case.
   *
   * @since 0.1.0
   */
  public abstract String allegation();

  /**
   * What was found.
   *
   * @since 0.1.0
   */
  public abstract Finding finding();

  /**
   * The finding {@code finding} on allegation {@code allegation}.
   *
   * @since 0.1.0
   */
  public static AllegationFinding of(String allegation, Finding finding) {
    return ImmutableAllegationFinding.builder().allegation(allegation).finding(finding).build();
  }
}

package io.github.policeconduct.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * What proceedings found on one allegation ({@code proceedings.findings[]} in the JSON case format).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllegationFinding.class)
@JsonDeserialize(as = ImmutableAllegationFinding.class)
@JsonPropertyOrder({"allegation", "finding"})
public abstract class AllegationFinding {
  AllegationFinding() {}

  /**
   * The id of the allegation in the same case.
   *
   * @since 0.1.0
   */
  @JsonProperty("allegation")
  public abstract String allegation();

  /**
   * What was found.
   *
   * @since 0.1.0
   */
  @JsonProperty("finding")
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

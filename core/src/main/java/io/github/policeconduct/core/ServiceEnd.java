package io.github.policeconduct.core;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * When and how a subject's service ended ({@code subject.left} in the JSON case format).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceEnd.class)
@JsonDeserialize(as = ImmutableServiceEnd.class)
@JsonPropertyOrder({"date", "reason"})
public abstract class ServiceEnd {
  ServiceEnd() {}

  /**
   * The last day of service.
   *
   * @since 0.1.0
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * How service ended.
   *
   * @since 0.1.0
   */
  @JsonProperty("reason")
  public abstract Departure reason();

  /**
   * Service ended on {@code date} by {@code reason}.
   *
   * @since 0.1.0
   */
  public static ServiceEnd of(LocalDate date, Departure reason) {
    return ImmutableServiceEnd.builder().date(date).reason(reason).build();
  }
}

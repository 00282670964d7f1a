package io.github.policeconduct.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

/**
 * An allegation that a subject's conduct breached one or more Standards of Professional Behaviour.
 *
 * <p>The date the allegation came to the appropriate authority's attention decides which regulations
 * govern it, unless it is connected to an earlier allegation still being dealt with under the earlier
 * regulations.
 *
 * <p>Invariants: a non-blank id; at least one standard; the conduct did not happen after the allegation
 * came to attention.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Allegation {
  Allegation() {}

  /**
   * The allegation's id, unique within its case (e.g. "A1").
   *
   * @since 0.1.0
   */
  public abstract String id();

  /**
   * A short description of the conduct, with no personal details.
   *
   * @since 0.1.0
   */
  public abstract Optional<String> summary();

  /**
   * The standards alleged to have been breached, in the order given; never empty.
   *
   * @since 0.1.0
   */
  public abstract Set<Standard> standards();

  /**
   * Categories of the conduct (sexual misconduct, dishonesty, criminal conviction, ...); may be empty.
   *
   * @since 0.1.0
   */
  public abstract Set<Category> categories();

  /**
   * The day of the conduct, where known.
   *
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> conductDate();

  /**
   * The day the allegation came to the appropriate authority's attention.
   *
   * @since 0.1.0
   */
  public abstract LocalDate cameToAttention();

  /**
   * Whether the allegation relates to, or is connected with, an earlier allegation that came to
   * attention under the previous regulations and is still being dealt with. Defaults to false.
   *
   * @since 0.1.0
   */
  @Value.Default
  public boolean connectedToEarlierAllegation() {
    return false;
  }

  /**
   * The severity assessment, once made.
   *
   * @since 0.1.0
   */
  public abstract Optional<SeverityAssessment> severity();

  /**
   * A builder.
   *
   * @since 0.1.0
   */
  public static ImmutableAllegation.Builder builder() {
    return ImmutableAllegation.builder();
  }

  /**
   * A builder for allegation {@code id} naming the given standards.
   *
   * @since 0.1.0
   */
  public static ImmutableAllegation.Builder of(String id, Standard first, Standard... rest) {
    return ImmutableAllegation.builder().id(id).addStandards(first).addStandards(rest);
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw InvalidFactException.of("id", "'" + id() + "'", "must not be blank");
    }
    if (standards().isEmpty()) {
      throw InvalidFactException.of("standards", "[]", "must not be empty in allegation " + id()
          + ": name at least one Standard of Professional Behaviour");
    }
    if (conductDate().isPresent() && conductDate().get().isAfter(cameToAttention())) {
      throw InvalidFactException.of("conduct_date", conductDate().get(), "(" + conductDate().get() + ") is after came_to_attention ("
          + cameToAttention() + ") in allegation " + id() + ": conduct cannot come to attention before it happens");
    }
  }

  @Override
  public String toString() {
    return "Allegation{id=" + id() + ", standards=" + standards() + ", came_to_attention=" + cameToAttention()
        + severity().map(s -> ", severity=" + s.level()).orElse("") + "}";
  }
}

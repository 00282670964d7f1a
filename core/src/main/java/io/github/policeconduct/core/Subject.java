package io.github.policeconduct.core;

import java.time.LocalDate;
import java.util.Optional;

import org.immutables.value.Value;

/**
 * The person an allegation is about, identified only by a pseudonymous reference: the library holds no
 * names, dates of birth or other direct identifiers.
 *
 * <p>Invariants: a police officer has a rank; service cannot end before it began; the pseudonymous id,
 * when given, is not blank.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Subject {
  Subject() {}

  /**
   * A pseudonymous reference for the person (never a name), used to count individuals.
   *
   * @since 0.1.0
   */
  public abstract Optional<String> id();

  /**
   * The subject's role.
   *
   * @since 0.1.0
   */
  public abstract Role role();

  /**
   * The subject's rank; required for a police officer.
   *
   * @since 0.1.0
   */
  public abstract Optional<Rank> rank();

  /**
   * Whether the subject is a student officer (probationer). Defaults to false.
   *
   * @since 0.1.0
   */
  @Value.Default
  public boolean studentOfficer() {
    return false;
  }

  /**
   * The day the subject joined (for an officer, was attested).
   *
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> joined();

  /**
   * When and how service ended; empty while the subject still serves.
   *
   * @since 0.1.0
   */
  public abstract Optional<ServiceEnd> left();

  /**
   * Whether the subject had left service on {@code date} (service ended before that day).
   *
   * @since 0.1.0
   */
  public boolean hasLeftBy(LocalDate date) {
    return left().isPresent() && left().get().date().isBefore(date);
  }

  /**
   * A builder.
   *
   * @since 0.1.0
   */
  public static ImmutableSubject.Builder builder() {
    return ImmutableSubject.builder();
  }

  /**
   * A builder for a police officer of the given rank.
   *
   * @since 0.1.0
   */
  public static ImmutableSubject.Builder officer(Rank rank) {
    return ImmutableSubject.builder().role(Role.POLICE_OFFICER).rank(rank);
  }

  @Value.Check
  void check() {
    if (role() == Role.POLICE_OFFICER && rank().isEmpty()) {
      throw InvalidFactException.of("rank", "absent", "is required for a police_officer subject");
    }
    if (id().isPresent() && id().get().isBlank()) {
      throw InvalidFactException.of("id", "'" + id().get() + "'", "must not be blank");
    }
    if (joined().isPresent() && left().isPresent() && left().get().date().isBefore(joined().get())) {
      throw InvalidFactException.of("left.date", left().get().date(), "(" + left().get().date() + ") is before joined ("
          + joined().get() + "): service cannot end before it began");
    }
  }

  @Override
  public String toString() {
    return "Subject{" + id().map(i -> "id=" + i + ", ").orElse("") + "role=" + role()
        + rank().map(r -> ", rank=" + r).orElse("") + "}";
  }
}

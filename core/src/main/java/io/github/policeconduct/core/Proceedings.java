package io.github.policeconduct.core;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

/**
 * Misconduct proceedings (or the reflective practice review process) in a case: the forum, its date, the
 * finding on each allegation, whether the misconduct found rests on more than one unconnected incident,
 * and the outcome given.
 *
 * <p>Invariants: at most one finding per allegation; a final written warning period, when given, is at
 * least one month. Whether the findings reference allegations of the case is checked by
 * {@link ConductCase}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Proceedings {
  Proceedings() {}

  /**
   * The forum.
   *
   * @since 0.1.0
   */
  public abstract Forum forum();

  /**
   * The day the meeting or hearing concluded (the outcome is taken to be notified that day).
   *
   * @since 0.1.0
   */
  public abstract Optional<LocalDate> date();

  /**
   * The finding on each allegation decided, in the order given.
   *
   * @since 0.1.0
   */
  public abstract List<AllegationFinding> findings();

  /**
   * Whether the misconduct found relates to more than one incident and the incidents are not closely
   * factually connected (Police (Conduct) Regulations 2020, reg 42). Defaults to false.
   *
   * @since 0.1.0
   */
  @Value.Default
  public boolean unconnectedIncidents() {
    return false;
  }

  /**
   * The outcome given, once decided.
   *
   * @since 0.1.0
   */
  public abstract Optional<Outcome> outcome();

  /**
   * The period of a final written warning given, in months, where the decision-maker set one.
   *
   * @since 0.1.0
   */
  public abstract Optional<Integer> finalWrittenWarningMonths();

  /**
   * The most serious finding made, if any finding was made.
   *
   * @since 0.1.0
   */
  public Optional<Finding> mostSeriousFinding() {
    return findings().stream().map(AllegationFinding::finding).max(Enum::compareTo);
  }

  /**
   * A builder.
   *
   * @since 0.1.0
   */
  public static ImmutableProceedings.Builder builder() {
    return ImmutableProceedings.builder();
  }

  /**
   * A builder for proceedings in {@code forum} on {@code date}.
   *
   * @since 0.1.0
   */
  public static ImmutableProceedings.Builder at(Forum forum, LocalDate date) {
    return ImmutableProceedings.builder().forum(forum).date(date);
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < findings().size(); i++) {
      String named = findings().get(i).allegation();
      if (!seen.add(named)) {
        throw InvalidFactException.of("findings[" + i + "].allegation", named, named
            + " is named by more than one finding: at most one finding per allegation");
      }
    }
    if (finalWrittenWarningMonths().isPresent() && finalWrittenWarningMonths().get() < 1) {
      throw InvalidFactException.of("final_written_warning_months", finalWrittenWarningMonths().get(), "must be at least 1");
    }
  }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a resignation or retirement on a date needed the appropriate authority's consent because an
 * allegation was outstanding (the 12 January 2015 to 14 December 2017 restriction).
 *
 * <p>Immutable and thread-safe.
 *
 * @param restricted true when consent was needed
 * @param on the day asked about: the day the subject resigned or retired, or the "as at" day for a subject
 *     still serving; empty when there was nothing to ask (e.g. the subject was dismissed)
 * @since 0.1.0
 */
public record Resignation(boolean restricted, Optional<LocalDate> on) {
  /**
   * Checks the components.
   *
   * @since 0.1.0
   */
  public Resignation {
    Objects.requireNonNull(on, "on");
  }
}

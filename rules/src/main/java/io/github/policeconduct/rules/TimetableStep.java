package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.EventType;

/**
 * One time limit of a case's timetable: the step, the rule and provision that set it, the event and day it runs
 * from, the last day it may be done (the due date), who may extend it, and where it stands as at the decision's
 * date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rulebook row that holds the time limit (its id is the step's id)
 * @param citation the provision, for the case's Regulations as at the day the period starts
 * @param from the event the period runs from
 * @param fromDate the day of that event
 * @param earliest for a window (a hearing "not less than 10 and not more than 15 working days after" its notice),
 *     its first day; else empty
 * @param due the last day on which the step is in time, counted as the provision words it (for a window, its last day)
 * @param status where the step stands as at the decision's date
 * @param metOn the day of the event that met it, when one is recorded (it may be after {@code due}: late)
 * @param description the step in words, with its dates
 * @param extension who may extend the period and on what ground, when the provision says
 * @since 0.2.0
 */
public record TimetableStep(Rule rule, Citation citation, EventType from, LocalDate fromDate,
    Optional<LocalDate> earliest, LocalDate due,
    Status status, Optional<LocalDate> metOn, String description, Optional<String> extension) {
  /**
   * Where a step stands as at a date.
   *
   * @since 0.2.0
   */
  public enum Status {
    /** Done: the event that meets it is recorded (see {@link TimetableStep#metOn()}, which may be after the due date). */
    MET,
    /** Not done yet, and the due date has not passed (for a window, its first day has not come). */
    OPEN,
    /** Not done, and the due date has passed. */
    OVERDUE,
    /** A window that is open: for an optional step (an appeal), or for one that must fall in it (a hearing date). */
    WINDOW_OPEN,
    /** A window for an optional step that closed without it being taken. */
    LAPSED;

    /**
     * The lower snake_case code used in the JSON decision format.
     *
     * @since 0.2.0
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the step still calls for something: open, overdue, or a window still open.
     *
     * @since 0.2.0
     */
    public boolean isPending() {
      return this == OPEN || this == OVERDUE || this == WINDOW_OPEN;
    }
  }

  /**
   * Checks the components.
   *
   * @since 0.2.0
   */
  public TimetableStep {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(fromDate, "fromDate");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(metOn, "metOn");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(extension, "extension");
  }

  /**
   * The step's id: the id of its rulebook row, e.g. {@code timetable.officer_response.2020}.
   *
   * @since 0.2.0
   */
  public String step() {
    return rule.id();
  }
}

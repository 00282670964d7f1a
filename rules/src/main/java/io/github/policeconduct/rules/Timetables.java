package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Regime;

/**
 * The timetable of a case: every time limit its recorded events start, each read from its rulebook row, with its
 * status as at the decision's date. Only limits whose text was read are computed (README, Legal assumptions).
 */
final class Timetables {
  private Timetables() {}

  /**
   * A time limit the timetable computes: its row, the event that starts it, the one that meets it, whether it may
   * simply lapse (a window the officer or chair may use or not), and the forums it concerns (empty: any; a limit of
   * one forum is counted only once the case records that forum's proceedings, or none yet when {@code beforeForum}).
   */
  private record Limit(Rule rule, EventType starts, EventType meets, boolean optional, String sentence,
      Set<Forum> forums, boolean beforeForum) {
    /**
     * Whether {@code type} shows the step done: its own event or, for the chair's report, the outcome report given
     * to the officer, which is a copy of it (R2020 reg 43(2)) and so shows it submitted by then.
     */
    boolean metBy(EventType type) {
      return type == meets || (meets == EventType.OUTCOME_REPORT_SUBMITTED && type == EventType.OUTCOME_REPORT_GIVEN);
    }

    boolean applies(Regime regime, ConductCase c) {
      Optional<Forum> forum = c.proceedings().map(Proceedings::forum);
      if (rule == Rule.CONSEQUENCE_APPEAL_MEETING) {
        return forum.filter(f -> f == Forum.MISCONDUCT_MEETING).isPresent();
      }
      if (regime != Regime.CONDUCT_REGULATIONS_2020) {
        return false;
      }
      return forums.isEmpty() || forum.map(forums::contains).orElse(beforeForum);
    }
  }

  private static final Set<Forum> MEETING_OR_HEARING = EnumSet.of(Forum.MISCONDUCT_MEETING, Forum.MISCONDUCT_HEARING);

  private static final List<Limit> LIMITS = List.of(
      new Limit(Rule.TIMETABLE_OFFICER_RESPONSE_2020, EventType.DOCUMENTS_SUPPLIED, EventType.OFFICER_RESPONSE_GIVEN,
          false, Rule.TIMETABLE_OFFICER_RESPONSE_2020.id(), Set.of(), true),
      new Limit(Rule.TIMETABLE_WITNESS_LISTS_2020, EventType.OFFICER_RESPONSE_GIVEN, EventType.WITNESS_LISTS_EXCHANGED,
          false, Rule.TIMETABLE_WITNESS_LISTS_2020.id(), Set.of(), true),
      new Limit(Rule.TIMETABLE_DOCUMENTS_TO_CHAIR_2020, EventType.OFFICER_RESPONSE_GIVEN,
          EventType.DOCUMENTS_SUPPLIED_TO_CHAIR, false, Rule.TIMETABLE_DOCUMENTS_TO_CHAIR_2020.id(), MEETING_OR_HEARING,
          true),
      new Limit(Rule.TIMETABLE_PRE_HEARING_2020, EventType.DOCUMENTS_SUPPLIED_TO_CHAIR, EventType.PRE_HEARING_HELD, true,
          Rule.TIMETABLE_PRE_HEARING_2020.id(), EnumSet.of(Forum.MISCONDUCT_HEARING), true),
      new Limit(Rule.TIMETABLE_CHAIR_REPORT_2020, EventType.PROCEEDINGS_CONCLUDED, EventType.OUTCOME_REPORT_SUBMITTED,
          false, Rule.TIMETABLE_CHAIR_REPORT_2020.id(), MEETING_OR_HEARING, false),
      new Limit(Rule.TIMETABLE_ACCELERATED_REPORT_2020, EventType.PROCEEDINGS_CONCLUDED,
          EventType.OUTCOME_REPORT_SUBMITTED, false, Rule.TIMETABLE_ACCELERATED_REPORT_2020.id(),
          EnumSet.of(Forum.ACCELERATED_MISCONDUCT_HEARING), false),
      new Limit(Rule.CONSEQUENCE_APPEAL_MEETING, EventType.OUTCOME_REPORT_GIVEN, EventType.APPEAL_LODGED, true,
          Rule.CONSEQUENCE_APPEAL_MEETING.id() + "/timetable", Set.of(), true));

  /**
   * The events that start periods: those recorded and, when a case that records events (one tracked through time,
   * not a snapshot) records proceedings with a date but no {@code proceedings_concluded}, their completion taken as
   * that date (and the step says so).
   */
  private static List<CaseEvent> starts(ConductCase c) {
    Optional<LocalDate> held = c.proceedings().flatMap(Proceedings::date);
    if (held.isEmpty() || c.events().isEmpty()
        || c.events().stream().anyMatch(e -> e.type() == EventType.PROCEEDINGS_CONCLUDED)) {
      return c.events();
    }
    List<CaseEvent> all = new ArrayList<>(c.events());
    all.add(CaseEvent.of(EventType.PROCEEDINGS_CONCLUDED, held.get()));
    return all;
  }

  /** The steps of {@code c} (as known at {@code asAt}) under {@code regime}, in the order their periods start. */
  static List<TimetableStep> of(ConductCase c, Optional<Regime> regime, LocalDate asAt) {
    if (regime.isEmpty() || c.events().isEmpty()) {
      return List.of();
    }
    boolean concludedRecorded = c.events().stream().anyMatch(e -> e.type() == EventType.PROCEEDINGS_CONCLUDED);
    List<TimetableStep> steps = new ArrayList<>();
    for (CaseEvent start : starts(c)) {
      hearingWindow(c, regime.get(), start, asAt).ifPresent(steps::add);
      for (Limit limit : LIMITS) {
        if (start.type() != limit.starts() || !limit.rule().isInForceOn(start.date())
            || !limit.applies(regime.get(), c)) {
          continue;
        }
        TimeLimit t = limit.rule().timeLimit().orElseThrow();
        LocalDate due;
        try {
          due = t.lastDayFrom(start.date());
        } catch (IllegalArgumentException outsideCalendar) {
          continue; // beyond the working-day calendar's years: no due date can be counted
        }
        Optional<LocalDate> met = c.events().stream()
            .filter(e -> limit.metBy(e.type()) && !e.date().isBefore(start.date())
                && e.allegation().equals(start.allegation()))
            .map(CaseEvent::date).min(Comparator.naturalOrder());
        TimetableStep.Status status = met.isPresent() ? TimetableStep.Status.MET
            : limit.optional() ? (asAt.isAfter(due) ? TimetableStep.Status.LAPSED : TimetableStep.Status.WINDOW_OPEN)
            : asAt.isAfter(due) ? TimetableStep.Status.OVERDUE : TimetableStep.Status.OPEN;
        String key = start.type() == EventType.PROCEEDINGS_CONCLUDED && !concludedRecorded
            ? limit.sentence() + "/proceedings_date" : limit.sentence();
        String text = Sentences.text(key, limit.rule(), "due", due, "period", t.words(), "from", start.date());
        Optional<String> extension = Sentences.keys().contains(limit.rule().id() + "/extension")
            ? Optional.of(Sentences.text(limit.rule().id() + "/extension", limit.rule())) : Optional.empty();
        steps.add(new TimetableStep(limit.rule(), limit.rule().citation(regime, start.date()), start.type(),
            start.date(), Optional.empty(), due, status, met, text, extension));
      }
    }
    steps.sort(Comparator.comparing(TimetableStep::fromDate)); // stable: the recorded order within a day
    return List.copyOf(steps);
  }

  /**
   * The accelerated hearing's window (R2020 reg 52(1), by its row): from the notice of referral, met by the
   * accelerated hearing's date when the case records one on or after the notice.
   */
  private static Optional<TimetableStep> hearingWindow(ConductCase c, Regime regime, CaseEvent start, LocalDate asAt) {
    Rule rule = Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020;
    if (start.type() != EventType.ACCELERATED_HEARING_NOTICE_GIVEN || regime != Regime.CONDUCT_REGULATIONS_2020
        || !rule.isInForceOn(start.date())) {
      return Optional.empty();
    }
    WorkingDayWindow w = rule.window().orElseThrow();
    LocalDate earliest;
    LocalDate latest;
    try {
      earliest = w.earliestFrom(start.date());
      latest = w.latestFrom(start.date());
    } catch (IllegalArgumentException outsideCalendar) {
      return Optional.empty();
    }
    Optional<LocalDate> held = c.proceedings().filter(p -> p.forum() == Forum.ACCELERATED_MISCONDUCT_HEARING)
        .flatMap(Proceedings::date).filter(d -> !d.isBefore(start.date()));
    TimetableStep.Status status = held.isPresent() ? TimetableStep.Status.MET
        : asAt.isAfter(latest) ? TimetableStep.Status.OVERDUE
        : asAt.isBefore(earliest) ? TimetableStep.Status.OPEN : TimetableStep.Status.WINDOW_OPEN;
    String text = Sentences.text(rule.id(), rule, "earliest", earliest, "latest", latest, "period", w.words(),
        "from", start.date());
    return Optional.of(new TimetableStep(rule, rule.citation(Optional.of(regime), start.date()), start.type(),
        start.date(), Optional.of(earliest), latest, status, held, text, Optional.empty()));
  }

  /**
   * Cautions for events recorded out of the order the procedure takes: each limit's meeting event (a response, the
   * witness lists, an appeal) dated before the event that starts it, or with no such event at all, cites the limit's
   * row. The rest of the case is decided as recorded.
   */
  static void order(ConductCase c, Optional<Regime> regime, Trace t) {
    if (regime.isEmpty()) {
      return;
    }
    for (CaseEvent e : c.events()) {
      for (Limit limit : LIMITS) {
        if (e.type() != limit.meets() || !limit.applies(regime.get(), c) || !limit.rule().isInForceOn(e.date())
            || Lifecycles.beforeProceedings(c, e)) { // the lifecycle's caution says it
          continue;
        }
        Optional<LocalDate> started = starts(c).stream()
            .filter(x -> x.type() == limit.starts() && !x.date().isAfter(e.date())).map(CaseEvent::date)
            .max(Comparator.naturalOrder());
        if (started.isEmpty()) {
          t.guidance(GuidanceKind.EVENT_OUT_OF_ORDER, limit.rule(), "event_before_its_start", "event", e.type().code(),
              "date", e.date(), "after", limit.starts().code());
        }
      }
    }
  }

  /** The steps still calling for something, soonest due first. */
  static List<TimetableStep> next(List<TimetableStep> timetable) {
    return timetable.stream().filter(s -> s.status().isPending())
        .sorted(Comparator.comparing(TimetableStep::due).thenComparing(TimetableStep::step)).toList();
  }
}

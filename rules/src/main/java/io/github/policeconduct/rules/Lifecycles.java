package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;

/**
 * The lifecycle as a state machine of the case's recorded events: the events, and the proceedings as the event they
 * are, taken in date order move the case through {@link Lifecycle.State}s; an event the lifecycle forbids at that
 * point (the proceedings' completion, the chair's report, an outcome report, publication or dismissal before any
 * proceedings; an appeal before them; an appeal
 * decided that was never lodged; a second suspension while one runs, one after the proceedings concluded, a review or
 * end of a suspension that is not running) is a caution naming the event, its date and the rule, and the walk goes
 * on: the rest of the case is decided as recorded.
 *
 * <p>Lenient where a record is merely incomplete: a step not recorded (no written notice before the referral, say)
 * is not an error, and an event of an earlier phase after a later one (a case returned from an accelerated hearing)
 * does not move the case back.
 */
final class Lifecycles {
  private Lifecycles() {}

  /** One item of the walk: an event, or (with {@code event} empty) the proceedings on their date. */
  private record Item(LocalDate date, int phase, Optional<CaseEvent> event) {}

  /** Events that follow the proceedings: taken after proceedings of the same day. */
  private static boolean afterOutcome(EventType type) {
    switch (type) {
      case PROCEEDINGS_CONCLUDED:
      case OUTCOME_REPORT_SUBMITTED:
      case OUTCOME_REPORT_GIVEN:
      case OUTCOME_PUBLISHED:
      case APPEAL_LODGED:
      case APPEAL_DECIDED:
      case POLICE_APPEALS_TRIBUNAL_APPEAL_LODGED:
      case POLICE_APPEALS_TRIBUNAL_APPEAL_ALLOWED:
      case POLICE_APPEALS_TRIBUNAL_APPEAL_DISMISSED:
      case POLICE_APPEALS_TRIBUNAL_APPEAL_WITHDRAWN:
      case DISMISSAL_EFFECTIVE:
      case CASE_FINALISED:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether the lifecycle cautions about {@code e} as an event recorded before any proceedings (so that another
   * check need not say it again).
   */
  static boolean beforeProceedings(ConductCase c, CaseEvent e) {
    if (!afterOutcome(e.type()) || e.type() == EventType.APPEAL_DECIDED) {
      return false;
    }
    Optional<Proceedings> p = c.proceedings();
    return p.isEmpty() || p.get().date().map(d -> d.isAfter(e.date())).orElse(p.get().outcome().isEmpty());
  }

  /**
   * Where {@code c} stands after its recorded events (all of them: the caller leaves out those after an as-at date),
   * recording in {@code t} (when not null) a caution for each event the lifecycle forbids where it falls.
   */
  static Lifecycle.State walk(ConductCase c, Trace t) {
    Lifecycle.State s = initial(c);
    Optional<Proceedings> p = c.proceedings();
    List<Item> items = new ArrayList<>(c.events().size() + 1);
    for (CaseEvent e : c.events()) {
      items.add(new Item(e.date(), afterOutcome(e.type()) ? 2 : 0, Optional.of(e)));
    }
    // Proceedings without a date are taken as held before every event when they record an outcome, and never
    // otherwise: a missing date is not evidence of an order.
    Optional<LocalDate> held = p.isEmpty() ? Optional.empty()
        : p.get().date().or(() -> p.get().outcome().isPresent() ? Optional.of(LocalDate.MIN) : Optional.empty());
    held.ifPresent(d -> items.add(new Item(d, 1, Optional.empty())));
    items.sort(Comparator.comparing(Item::date).thenComparingInt(Item::phase)); // stable: recorded order within
    boolean proceedingsHeld = false;
    boolean concluded = false;
    Optional<LocalDate> suspendedSince = Optional.empty();
    boolean appealLodged = false;
    boolean tribunalLodged = false;
    for (Item item : items) {
      if (item.event().isEmpty()) {
        proceedingsHeld = true;
        concluded = p.get().outcome().isPresent();
        s = later(s, concluded ? Lifecycle.State.OUTCOME_DECIDED : forumState(p.get().forum()));
        continue;
      }
      CaseEvent e = item.event().get();
      switch (e.type()) {
        case WRITTEN_NOTICE_GIVEN:
        case INVESTIGATION_REPORT_SUBMITTED:
          s = later(s, Lifecycle.State.INVESTIGATION);
          break;
        case REFERRAL_DECIDED:
        case REFERRAL_NOTICE_GIVEN:
        case DOCUMENTS_SUPPLIED:
        case OFFICER_RESPONSE_GIVEN:
        case WITNESS_LISTS_EXCHANGED:
        case PRE_HEARING_HELD:
        case PROCEEDINGS_NOTICE_GIVEN:
        case HEARING_PUBLICLY_NOTIFIED:
          s = later(s, Lifecycle.State.CASE_TO_ANSWER);
          break;
        case SPECIAL_CONDITIONS_CERTIFIED:
        case ACCELERATED_HEARING_NOTICE_GIVEN:
          s = later(s, Lifecycle.State.ACCELERATED_HEARING);
          break;
        case PROCEEDINGS_CONCLUDED:
          if (p.isPresent() && !proceedingsHeld) { // concluded before the recorded proceedings began
            caution(t, Rule.SANCTIONS_OUTCOME_LAWFUL, "event_before_proceedings", e);
          }
          proceedingsHeld = true; // with no proceedings recorded, the record says they were held
          break;
        case OUTCOME_REPORT_SUBMITTED:
        case OUTCOME_REPORT_GIVEN:
        case OUTCOME_PUBLISHED:
        case DISMISSAL_EFFECTIVE:
          if (!proceedingsHeld) {
            caution(t, Rule.SANCTIONS_OUTCOME_LAWFUL, "event_before_proceedings", e);
          }
          break;
        case APPEAL_LODGED:
        case POLICE_APPEALS_TRIBUNAL_APPEAL_LODGED:
          Rule appeal = e.type() == EventType.APPEAL_LODGED ? Rule.CONSEQUENCE_APPEAL_MEETING
              : Rule.CONSEQUENCE_APPEAL_TRIBUNAL;
          if (!proceedingsHeld) {
            caution(t, appeal, "appeal_before_proceedings", e);
          } else {
            s = later(s, Lifecycle.State.APPEAL);
          }
          if (e.type() == EventType.APPEAL_LODGED) {
            appealLodged = true;
          } else {
            tribunalLodged = true;
          }
          break;
        case APPEAL_DECIDED:
          if (!appealLodged) {
            caution(t, Rule.CONSEQUENCE_APPEAL_MEETING, "appeal_decided_not_lodged", e);
          } else if (proceedingsHeld) {
            s = Lifecycle.State.CLOSED;
          }
          break;
        case POLICE_APPEALS_TRIBUNAL_APPEAL_ALLOWED:
        case POLICE_APPEALS_TRIBUNAL_APPEAL_DISMISSED:
        case POLICE_APPEALS_TRIBUNAL_APPEAL_WITHDRAWN:
          if (!tribunalLodged) {
            caution(t, Rule.CONSEQUENCE_APPEAL_TRIBUNAL, "appeal_decided_not_lodged", e);
          } else if (proceedingsHeld) {
            s = Lifecycle.State.CLOSED;
          }
          break;
        case CASE_FINALISED:
          s = Lifecycle.State.CLOSED;
          break;
        case SUSPENDED:
          if (suspendedSince.isPresent()) {
            caution(t, Rule.TIMETABLE_SUSPENSION, "second_suspension", e, "since", suspendedSince.get());
          } else if (concluded) {
            caution(t, Rule.TIMETABLE_SUSPENSION, "suspension_after_proceedings", e);
          }
          suspendedSince = suspendedSince.or(() -> Optional.of(e.date()));
          break;
        case SUSPENSION_REVIEWED:
        case SUSPENSION_ENDED:
          if (suspendedSince.isEmpty()) {
            caution(t, Rule.TIMETABLE_SUSPENSION, "no_suspension_running", e);
          }
          if (e.type() == EventType.SUSPENSION_ENDED) {
            suspendedSince = Optional.empty();
          }
          break;
        default: // notice to resign: any time
          break;
      }
    }
    return s;
  }

  private static void caution(Trace t, Rule rule, String variant, CaseEvent e, Object... more) {
    if (t == null) {
      return;
    }
    Object[] facts = new Object[4 + more.length];
    facts[0] = "event";
    facts[1] = e.type().code();
    facts[2] = "date";
    facts[3] = e.date();
    System.arraycopy(more, 0, facts, 4, more.length);
    t.guidance(GuidanceKind.EVENT_OUT_OF_ORDER, rule, variant, facts);
  }

  /** The state before any event: from the severity assessment. */
  private static Lifecycle.State initial(ConductCase c) {
    Optional<Severity> level = CaseFacts.severity(c).map(SeverityAssessment::level);
    if (level.isEmpty()) {
      return Lifecycle.State.ALLEGATION_RECEIVED;
    }
    return level.get() == Severity.NO_MISCONDUCT ? Lifecycle.State.CLOSED : Lifecycle.State.SEVERITY_ASSESSED;
  }

  private static Lifecycle.State forumState(Forum forum) {
    switch (forum) {
      case MISCONDUCT_MEETING:
        return Lifecycle.State.MISCONDUCT_MEETING;
      case MISCONDUCT_HEARING:
        return Lifecycle.State.MISCONDUCT_HEARING;
      case ACCELERATED_MISCONDUCT_HEARING:
        return Lifecycle.State.ACCELERATED_HEARING;
      default:
        return Lifecycle.State.REFLECTIVE_PRACTICE_REVIEW;
    }
  }

  /**
   * The later of two states in the order of the procedure. A closed case that the record takes further (proceedings
   * after an assessment of no misconduct, a rehearing after an appeal) stands where the record takes it.
   */
  private static Lifecycle.State later(Lifecycle.State now, Lifecycle.State next) {
    int from = now == Lifecycle.State.CLOSED ? rank(Lifecycle.State.SEVERITY_ASSESSED) : rank(now);
    return rank(next) > from ? next : now;
  }

  private static int rank(Lifecycle.State s) {
    switch (s) {
      case ALLEGATION_RECEIVED:
        return 0;
      case SEVERITY_ASSESSED:
        return 1;
      case INVESTIGATION:
        return 2;
      case CASE_TO_ANSWER:
        return 3;
      case MISCONDUCT_MEETING:
      case MISCONDUCT_HEARING:
      case ACCELERATED_HEARING:
      case REFLECTIVE_PRACTICE_REVIEW:
        return 4;
      case OUTCOME_DECIDED:
        return 5;
      case APPEAL:
        return 6;
      default:
        return 7;
    }
  }
}

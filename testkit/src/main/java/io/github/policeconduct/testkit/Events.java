package io.github.policeconduct.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Proceedings;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of event histories (issue 17): valid cases given dated procedural events in a lawful order (a
 * suspension, reviewed and ended; the documents supplied after every allegation came to attention, the officer's
 * response after them, the witness lists and the documents to the chair after that, a pre-hearing; notice of an
 * accelerated hearing before it; the proceedings' completion, the chair's report, the outcome report given to the
 * officer, an appeal after it), each step sometimes left out, so that property tests see histories that stop
 * anywhere, with steps met in time, met late and never met; and histories with one event the lifecycle forbids.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Events {
  private Events() {}

  /**
   * {@code cases}, each given an event history in a lawful order (possibly empty).
   *
   * @param cases valid cases
   * @return the same cases with events
   * @since 0.2.0
   */
  public static Gen<ConductCase> historiesOf(Gen<ConductCase> cases) {
    Gen<List<Integer>> gaps = SourceDSL.lists().of(Generate.range(0, 30)).ofSize(GAPS);
    Gen<List<Boolean>> present = SourceDSL.lists().of(Generate.booleans()).ofSize(GAPS);
    return cases.zip(gaps, present, Events::withHistory).describedAs(Describe::conductCase);
  }

  /**
   * {@code cases}, each given a history with one pair out of the order the procedure takes: the officer's response
   * dated before the documents it answers (so every case has at least one such pair). A valid case, whose decision
   * should caution about the order and otherwise decide the case as recorded; for tests of how a case system
   * reports records kept out of order.
   *
   * @param cases valid cases
   * @return the same cases with a response recorded before its documents
   * @since 0.2.0
   */
  public static Gen<ConductCase> outOfOrder(Gen<ConductCase> cases) {
    Gen<Integer> gaps = Generate.range(1, 30);
    return cases.zip(gaps, (c, gap) -> {
      LocalDate start = c.allegations().stream().map(Allegation::cameToAttention).max(LocalDate::compareTo).orElseThrow();
      return c.withEvents(List.of(CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, start),
          CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, start.plusDays(gap))));
    }).describedAs(Describe::conductCase);
  }

  /**
   * {@code cases}, each given a lawful history (as {@link #historiesOf}) and then one event the lifecycle forbids
   * where it falls, chosen among: the officer's response dated before the documents it answers; an outcome report
   * given before the proceedings were held; an appeal lodged before them; an appeal decided that was never lodged; a
   * second suspension while the first still runs. Valid cases: a decision cautions about the event, names it and its
   * date, and decides the rest as recorded.
   *
   * @param cases valid cases
   * @return the same cases with one forbidden event in their histories
   * @since 0.2.0
   */
  public static Gen<ConductCase> perturbed(Gen<ConductCase> cases) {
    Gen<List<Integer>> gaps = SourceDSL.lists().of(Generate.range(0, 30)).ofSize(GAPS);
    Gen<List<Boolean>> present = SourceDSL.lists().of(Generate.booleans()).ofSize(GAPS);
    return cases.zip(gaps, present, Generate.range(0, 4), (c, g, p, kind) -> perturb(withHistory(c, g, p), kind, g))
        .describedAs(Describe::conductCase);
  }

  private static ConductCase perturb(ConductCase c, int kind, List<Integer> gaps) {
    LocalDate start = c.allegations().stream().map(Allegation::cameToAttention).max(LocalDate::compareTo).orElseThrow();
    Optional<LocalDate> held = c.proceedings().flatMap(Proceedings::date);
    List<CaseEvent> events = new ArrayList<>(c.events());
    LocalDate before = held.filter(h -> h.isAfter(start)).map(h -> h.minusDays(1)).orElse(start);
    boolean afterStart = held.filter(h -> h.isAfter(start)).isPresent(); // room for an event before the proceedings
    switch ((kind == 1 || kind == 2) && !afterStart ? 0 : kind) {
      case 1:
        events.add(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, before));
        break;
      case 2:
        events.add(CaseEvent.of(EventType.APPEAL_LODGED, before));
        break;
      case 3:
        events.removeIf(e -> e.type() == EventType.APPEAL_LODGED);
        events.add(CaseEvent.of(EventType.APPEAL_DECIDED, start.plusDays(gaps.get(0))));
        break;
      case 4:
        events.removeIf(e -> e.type() == EventType.SUSPENDED || e.type() == EventType.SUSPENSION_REVIEWED
            || e.type() == EventType.SUSPENSION_ENDED);
        events.add(CaseEvent.of(EventType.SUSPENDED, start));
        events.add(CaseEvent.of(EventType.SUSPENDED, start.plusDays(gaps.get(1))));
        break;
      default:
        events.removeIf(e -> e.type() == EventType.DOCUMENTS_SUPPLIED || e.type() == EventType.OFFICER_RESPONSE_GIVEN);
        events.add(CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, start));
        events.add(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, start.plusDays(1 + gaps.get(2))));
        break;
    }
    return c.withEvents(events);
  }

  private static final int GAPS = 10;

  private static ConductCase withHistory(ConductCase c, List<Integer> gaps, List<Boolean> present) {
    LocalDate start = c.allegations().stream().map(Allegation::cameToAttention).max(LocalDate::compareTo).orElseThrow();
    List<CaseEvent> events = new ArrayList<>();
    Optional<Proceedings> proceedings = c.proceedings();
    Optional<LocalDate> held = proceedings.flatMap(Proceedings::date);
    Optional<Forum> forum = proceedings.map(Proceedings::forum);
    boolean accelerated = forum.filter(f -> f == Forum.ACCELERATED_MISCONDUCT_HEARING).isPresent();
    if (present.get(8) && !start.isAfter(Cases.HORIZON)) { // a suspension, sometimes reviewed and ended
      LocalDate from = start.plusDays(gaps.get(8) / 3);
      events.add(CaseEvent.of(EventType.SUSPENDED, from));
      if (present.get(9)) {
        events.add(CaseEvent.of(EventType.SUSPENSION_REVIEWED, from.plusDays(28)));
        events.add(CaseEvent.of(EventType.SUSPENSION_ENDED, from.plusDays(28 + gaps.get(9))));
      }
    }
    LocalDate at = start.plusDays(gaps.get(0));
    if (accelerated) {
      LocalDate notice = held.map(h -> h.minusDays(14 + gaps.get(0) / 3)).filter(d -> !d.isBefore(start)).orElse(at);
      if (present.get(0) && !notice.isAfter(Cases.HORIZON)) {
        events.add(CaseEvent.of(EventType.ACCELERATED_HEARING_NOTICE_GIVEN, notice));
      }
    } else if (present.get(0) && !at.isAfter(Cases.HORIZON)) {
      events.add(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, at));
      at = at.plusDays(gaps.get(1));
      if (present.get(1) && !at.isAfter(Cases.HORIZON)) {
        events.add(CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, at));
        LocalDate lists = at.plusDays(gaps.get(2) / 5);
        if (present.get(2) && !lists.isAfter(Cases.HORIZON)) {
          events.add(CaseEvent.of(EventType.WITNESS_LISTS_EXCHANGED, lists));
        }
        at = at.plusDays(gaps.get(5) / 2);
        if (present.get(5) && !at.isAfter(Cases.HORIZON)) {
          events.add(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED_TO_CHAIR, at));
          at = at.plusDays(gaps.get(6));
          if (present.get(6) && !at.isAfter(Cases.HORIZON)
              && forum.filter(f -> f != Forum.MISCONDUCT_HEARING).isEmpty()) {
            events.add(CaseEvent.of(EventType.PRE_HEARING_HELD, at));
          }
        }
      }
    }
    if (held.isPresent() && present.get(3)) {
      LocalDate concluded = held.get().plusDays(gaps.get(7) % 3);
      if (present.get(7)) {
        events.add(CaseEvent.of(EventType.PROCEEDINGS_CONCLUDED, concluded));
      }
      events.add(CaseEvent.of(EventType.OUTCOME_REPORT_SUBMITTED, concluded.plusDays(gaps.get(3) / 4)));
      LocalDate report = concluded.plusDays(gaps.get(3) / 3);
      events.add(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, report));
      if (present.get(4)) {
        events.add(CaseEvent.of(EventType.APPEAL_LODGED, report.plusDays(gaps.get(4) / 2)));
      }
    }
    return c.withEvents(events);
  }
}

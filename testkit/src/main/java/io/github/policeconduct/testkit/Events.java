package io.github.policeconduct.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Proceedings;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of event histories (issue 17): valid cases given dated procedural events in a lawful order (the
 * documents supplied after every allegation came to attention, the officer's response after them, the witness
 * lists after that; the outcome report on or after the proceedings, an appeal after it), each step sometimes left
 * out, so that property tests see histories that stop anywhere, with steps met in time, met late and never met.
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
    Gen<List<Integer>> gaps = SourceDSL.lists().of(Generate.range(0, 30)).ofSize(5);
    Gen<List<Boolean>> present = SourceDSL.lists().of(Generate.booleans()).ofSize(5);
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

  private static ConductCase withHistory(ConductCase c, List<Integer> gaps, List<Boolean> present) {
    LocalDate start = c.allegations().stream().map(Allegation::cameToAttention).max(LocalDate::compareTo).orElseThrow();
    List<CaseEvent> events = new ArrayList<>();
    LocalDate at = start.plusDays(gaps.get(0));
    if (present.get(0) && !at.isAfter(Cases.HORIZON)) {
      events.add(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, at));
      at = at.plusDays(gaps.get(1));
      if (present.get(1) && !at.isAfter(Cases.HORIZON)) {
        events.add(CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, at));
        at = at.plusDays(gaps.get(2) / 5);
        if (present.get(2) && !at.isAfter(Cases.HORIZON)) {
          events.add(CaseEvent.of(EventType.WITNESS_LISTS_EXCHANGED, at));
        }
      }
    }
    Optional<LocalDate> held = c.proceedings().flatMap(Proceedings::date);
    if (held.isPresent() && present.get(3)) {
      LocalDate report = held.get().plusDays(gaps.get(3) / 3);
      events.add(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, report));
      if (present.get(4)) {
        events.add(CaseEvent.of(EventType.APPEAL_LODGED, report.plusDays(gaps.get(4) / 2)));
      }
    }
    return c.withEvents(events);
  }
}

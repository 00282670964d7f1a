package io.github.policeconduct.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.ActionTaken;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.CaseType;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Proceedings;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of the facts the Home Office returns count (issue 18), on valid cases: a case type (sometimes not
 * recorded), per allegation a decision on case to answer and an action taken consistent with the case (an
 * allegation of a case with misconduct proceedings referred to them, else no case to answer or reflective
 * practice; sometimes not recorded), a Police Appeals Tribunal appeal and result after a hearing, a suspension, and
 * the day the case was finalised (after its proceedings; sometimes not recorded), so that property tests and
 * disclosure checks see returns with every "Not known" row in use.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class Returns {
  private Returns() {}

  private static final int DRAWS = 8;

  /**
   * {@code cases}, each given the facts of a return.
   *
   * @param cases valid cases
   * @return the same cases with case type, case to answer, action taken, tribunal and finalised events
   * @since 0.2.0
   */
  public static Gen<ConductCase> of(Gen<ConductCase> cases) {
    Gen<List<Integer>> draws = SourceDSL.lists().of(Generate.range(0, 99)).ofSize(DRAWS);
    return cases.zip(draws, Returns::withReturn).describedAs(Describe::conductCase);
  }

  private static ConductCase withReturn(ConductCase c, List<Integer> d) {
    ConductCase b = c;
    CaseType[] types = CaseType.values();
    if (d.get(0) >= 10) { // one case in ten has no case type recorded
      b = b.withCaseType(types[d.get(0) % types.length]);
    }
    Optional<Proceedings> p = c.proceedings();
    boolean proceedings = p.filter(x -> x.forum() != Forum.REFLECTIVE_PRACTICE_REVIEW).isPresent();
    List<Allegation> allegations = new ArrayList<>();
    int i = 0;
    for (Allegation a : c.allegations()) {
      int draw = (d.get(1) + 37 * i++) % 100;
      Allegation ab = a;
      if (draw >= 8) { // some not known
        ab = ab.withCaseToAnswer(proceedings || draw % 3 != 0);
      }
      if (draw >= 15) {
        ActionTaken action = proceedings ? ActionTaken.REFERRED_TO_MISCONDUCT_PROCEEDINGS
            : draw % 4 == 0 ? ActionTaken.REFERRED_TO_REFLECTIVE_PRACTICE_REVIEW
            : draw % 4 == 1 ? ActionTaken.OTHER : ActionTaken.NO_ACTION_REQUIRED;
        ab = ab.withActionTaken(action);
      } else if (draw >= 12) {
        ab = ab.withActionTaken(ActionTaken.NOT_KNOWN);
      }
      allegations.add(ab);
    }
    b = b.withAllegations(allegations);
    LocalDate start = c.allegations().stream().map(Allegation::cameToAttention).max(LocalDate::compareTo).orElseThrow();
    LocalDate last = p.flatMap(Proceedings::date).filter(x -> x.isAfter(start)).orElse(start);
    List<CaseEvent> events = new ArrayList<>(c.events());
    if (d.get(2) < 20) {
      events.add(CaseEvent.of(EventType.SUSPENDED, start.plusDays(d.get(2))));
    }
    if (p.filter(x -> x.forum() == Forum.MISCONDUCT_HEARING).isPresent() && d.get(3) < 30) {
      LocalDate lodged = last.plusDays(5 + d.get(3) % 10);
      events.add(CaseEvent.of(EventType.POLICE_APPEALS_TRIBUNAL_APPEAL_LODGED, lodged));
      EventType[] results = {EventType.POLICE_APPEALS_TRIBUNAL_APPEAL_ALLOWED,
          EventType.POLICE_APPEALS_TRIBUNAL_APPEAL_DISMISSED, EventType.POLICE_APPEALS_TRIBUNAL_APPEAL_WITHDRAWN};
      if (d.get(4) < 75) {
        LocalDate decided = lodged.plusDays(30 + d.get(4));
        events.add(CaseEvent.of(results[d.get(4) % 3], decided));
        last = decided;
      } else {
        last = lodged;
      }
    }
    if (d.get(5) >= 10) { // one case in ten not finalised
      events.add(CaseEvent.of(EventType.CASE_FINALISED, last.plusDays(d.get(5))));
    }
    return b.withEvents(events);
  }
}

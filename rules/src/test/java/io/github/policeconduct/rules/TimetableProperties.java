package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;

import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Events;
import io.github.policeconduct.testkit.Stage;
import org.junit.jupiter.api.Test;

/**
 * Laws of the timetable over generated event histories (issue 17): it is a function of the case and the date;
 * recording one more event never turns a met step into an overdue one; every step cites a provision in force on the
 * day its period starts; and a status says what its dates say.
 */
class TimetableProperties {
  private static org.quicktheories.core.Gen<ConductCase> histories() {
    return Events.historiesOf(Cases.at(Stage.CONCLUDED));
  }

  @Test
  void aTimetableIsAFunctionOfTheCaseAndTheDate() {
    qt().withFixedSeed(20261130L).withExamples(400).forAll(histories()).checkAssert(c -> {
      Decision once = ConductRules.decide(c);
      assertEquals(once.timetable(), ConductRules.decide(c).timetable());
      assertEquals(once.timetable(), ConductRules.decide(c, once.asAt()).timetable());
    });
  }

  @Test
  void oneMoreEventNeverTurnsAMetStepIntoAnOverdueOne() {
    qt().withFixedSeed(20261130L).withExamples(400).forAll(histories()).checkAssert(c -> {
      if (c.events().isEmpty()) {
        return;
      }
      Decision all = ConductRules.decide(c);
      List<CaseEvent> fewer = new ArrayList<>(c.events());
      fewer.remove(fewer.size() - 1);
      Decision before = ConductRules.decide(c.withEvents(fewer), all.asAt());
      for (TimetableStep s : before.timetable()) {
        if (s.status() == TimetableStep.Status.MET) {
          assertTrue(all.timetable().stream().anyMatch(x -> x.rule() == s.rule() && x.fromDate().equals(s.fromDate())
              && x.status() == TimetableStep.Status.MET), () -> s + "\n" + all.timetable());
        }
      }
    });
  }

  @Test
  void everyStepCitesAProvisionInForceWhenItsPeriodStartsAndItsStatusSaysWhatItsDatesSay() {
    qt().withFixedSeed(20261130L).withExamples(400).forAll(histories()).checkAssert(c -> {
      Decision d = ConductRules.decide(c);
      for (TimetableStep s : d.timetable()) {
        assertTrue(s.rule().isInForceOn(s.fromDate()), s::toString);
        assertEquals(s.rule().citation(d.regime(), s.fromDate()), s.citation());
        assertTrue(s.due().isAfter(s.fromDate()), s::toString);
        assertEquals(s.metOn().isPresent(), s.status() == TimetableStep.Status.MET, s::toString);
        if (s.status() == TimetableStep.Status.OVERDUE || s.status() == TimetableStep.Status.LAPSED) {
          assertTrue(d.asAt().isAfter(s.due()), s::toString);
        }
        if (s.status() == TimetableStep.Status.OPEN || s.status() == TimetableStep.Status.WINDOW_OPEN) {
          assertFalse(d.asAt().isAfter(s.due()), s::toString);
        }
      }
      assertEquals(d.timetable().stream().filter(s -> s.status().isPending()).count(), d.next().size());
    });
  }

  @Test
  void theHistoriesReachEveryStepAndStatus() {
    java.util.Set<String> seen = new java.util.TreeSet<>();
    qt().withFixedSeed(20261130L).withExamples(400).forAll(histories()).checkAssert(c -> {
      java.time.LocalDate latest = ConductRules.latestDate(c);
      List<java.time.LocalDate> days = new ArrayList<>(List.of(latest, latest.plusDays(30)));
      c.events().stream().findFirst().ifPresent(e -> days.add(e.date()));
      for (java.time.LocalDate asAt : days) {
        for (TimetableStep s : ConductRules.decide(c, asAt).timetable()) {
          seen.add(s.step());
          seen.add(s.status().code());
        }
      }
    });
    // the laws above are not vacuous: the generated histories start each limit and end in each status
    assertEquals(new java.util.TreeSet<>(List.of("consequences.appeal.meeting", "lapsed", "met", "open", "overdue",
        "timetable.accelerated_hearing_date.2020", "timetable.accelerated_report.2020", "timetable.chair_report.2020",
        "timetable.documents_to_chair.2020", "timetable.officer_response.2020", "timetable.pre_hearing.2020",
        "timetable.witness_lists.2020", "window_open")), seen);
  }

  @Test
  void anEventTheLifecycleForbidsIsACautionNamingItAndTheRestOfTheCaseIsDecided() {
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    qt().withFixedSeed(20261201L).withExamples(400).forAll(Events.perturbed(Cases.at(Stage.CONCLUDED)))
        .checkAssert(c -> {
          Decision d = ConductRules.decide(c);
          Decision lawful = ConductRules.decide(c.withEvents(List.of()), d.asAt());
          assertEquals(lawful.problems(), d.problems());
          assertEquals(lawful.outcome(), d.outcome());
          assertEquals(lawful.availableOutcomes(), d.availableOutcomes());
          if (d.inScope()) {
            List<Guidance> cautions = d.guidance().stream().filter(g -> g.kind() == GuidanceKind.EVENT_OUT_OF_ORDER)
                .toList();
            // every perturbation is forbidden under the 2020 Regulations (the response before its documents only there)
            if (d.regime().filter(r -> r == io.github.policeconduct.core.Regime.CONDUCT_REGULATIONS_2020).isPresent()) {
              assertFalse(cautions.isEmpty(), d::toString);
            }
            for (Guidance g : cautions) { // each names an event of the case and its date
              assertTrue(c.events().stream().anyMatch(e -> g.message().contains(e.type().code() + " on " + e.date())),
                  g::message);
              kinds.add(g.message().replaceAll(".*?(before any proceedings|while the suspension|no appeal lodged"
                  + "|the other way round|no suspension running).*", "$1"));
            }
          }
        });
    assertEquals(new java.util.TreeSet<>(List.of("before any proceedings", "no appeal lodged", "the other way round",
        "while the suspension")), kinds);
  }

  @Test
  void anEventOutOfOrderIsACautionAndNeverChangesWhetherTheOutcomeStands() {
    qt().withFixedSeed(20261130L).withExamples(300).forAll(Events.outOfOrder(Cases.at(Stage.CONCLUDED)))
        .checkAssert(c -> {
          Decision d = ConductRules.decide(c);
          Decision without = ConductRules.decide(c.withEvents(List.of()), d.asAt());
          if (d.regime().filter(r -> r == io.github.policeconduct.core.Regime.CONDUCT_REGULATIONS_2020).isPresent()
              && d.inScope()) { // the response limit is a row of the 2020 Regulations
            assertTrue(d.guidance().stream().anyMatch(g -> g.kind() == GuidanceKind.EVENT_OUT_OF_ORDER), d::toString);
          }
          assertEquals(without.problems(), d.problems());
          assertEquals(without.outcome(), d.outcome());
        });
  }
}

package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Generators;
import io.github.policeconduct.testkit.Samples;
import io.github.policeconduct.testkit.Stage;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The laws of the domain, stated over generated cases and queries: what must hold for every case the
 * rules decide, whatever the facts. QuickTheories reports the seed and the shrunk case on failure.
 */
class DomainLawsProperties {
  private static final int EXAMPLES = 1000;
  private static final Set<Outcome> FORMER_OUTCOMES = EnumSet.of(Outcome.WOULD_HAVE_BEEN_DISMISSED, Outcome.NO_FURTHER_ACTION);

  private static QuickTheory laws() {
    return qt().withExamples(EXAMPLES);
  }

  /** Every fact that decides the bare outcome query, varied independently. */
  private static Gen<OutcomeQuery> queries() {
    Gen<Optional<Rank>> ranks = Generators.ranks().map(Optional::of);
    return Generators.regimes().zip(Generators.forums(), Generators.findings(), Generators.roles()
        .map(r -> r == Role.PCSO || r == Role.POLICE_STAFF ? Role.POLICE_OFFICER : r), ranks,
        (regime, forum, finding, role, rank) -> new Object[] {regime, forum, finding, role, rank})
        .zip(booleans().all(), booleans().all(), booleans().all(), booleans().all(), (a, fww, unconnected, reduced, former) ->
            OutcomeQuery.builder((io.github.policeconduct.core.Regime) a[0], (Forum) a[1], (Finding) a[2], (Role) a[3])
                .rank(role((Role) a[3], (Optional<Rank>) a[4])).finalWrittenWarningInForce(fww)
                .unconnectedIncidents(unconnected).reducedInRankBefore(reduced).formerOfficer(former).build());
  }

  private static Optional<Rank> role(Role role, Optional<Rank> rank) {
    return role == Role.POLICE_OFFICER ? rank : Optional.empty();
  }

  private static OutcomeQuery with(OutcomeQuery q, Finding finding, boolean fww) {
    return OutcomeQuery.builder(q.regime(), q.forum(), finding, q.role()).rank(q.rank())
        .finalWrittenWarningInForce(fww).unconnectedIncidents(q.unconnectedIncidents())
        .reducedInRankBefore(q.reducedInRankBefore()).formerOfficer(q.formerOfficer()).build();
  }

  /** Reduction in rank and every form of dismissal. */
  private static Set<Outcome> severe(Set<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o.severity() >= Outcome.REDUCTION_IN_RANK.severity())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class)));
  }

  @Test
  void decisionsAreDeterministic() {
    laws().forAll(Cases.any()).checkAssert(c -> assertEquals(ConductRules.decide(c), ConductRules.decide(c)));
  }

  @Test
  void formerOfficersGetOnlyWouldHaveBeenDismissedOrNoFurtherAction() {
    laws().forAll(Cases.builder().former(true).build()).checkAssert(c -> {
      Decision d = ConductRules.decide(c);
      assertTrue(FORMER_OUTCOMES.containsAll(d.availableOutcomes()), () -> d.availableOutcomes() + "\n" + d);
    });
    laws().forAll(queries()).checkAssert(q -> {
      if (q.formerOfficer()) {
        assertTrue(FORMER_OUTCOMES.containsAll(ConductRules.availableOutcomes(q)), q::toString);
      }
    });
  }

  @Test
  void grossMisconductNeverOpensFewerSevereOutcomesThanMisconductInTheSameForumAndRegime() {
    laws().forAll(queries()).checkAssert(q -> {
      OutcomeQuery misconduct = with(q, Finding.MISCONDUCT, q.finalWrittenWarningInForce());
      OutcomeQuery gross = with(q, Finding.GROSS_MISCONDUCT, q.finalWrittenWarningInForce());
      if (OutcomeTable.row(q.regime(), q.forum(), Finding.GROSS_MISCONDUCT).impossible().isPresent()) {
        return; // a meeting cannot find gross misconduct
      }
      Set<Outcome> m = ConductRules.availableOutcomes(misconduct);
      Set<Outcome> g = ConductRules.availableOutcomes(gross);
      assertTrue(severe(g).containsAll(severe(m)), () -> q + ": misconduct " + m + ", gross misconduct " + g);
      int maxM = m.stream().mapToInt(Outcome::severity).max().orElse(0);
      int maxG = g.stream().mapToInt(Outcome::severity).max().orElse(0);
      assertTrue(maxG >= maxM, () -> q + ": misconduct " + m + ", gross misconduct " + g);
    });
  }

  @Test
  void aLiveFinalWrittenWarningNeverOpensFewerSevereOutcomes() {
    laws().forAll(queries()).checkAssert(q -> {
      Set<Outcome> without = ConductRules.availableOutcomes(with(q, q.finding(), false));
      Set<Outcome> withWarning = ConductRules.availableOutcomes(with(q, q.finding(), true));
      assertTrue(severe(withWarning).containsAll(severe(without)), () -> q + ": without " + without + ", with " + withWarning);
    });
  }

  @Test
  void anOutcomeIsLawfulExactlyWhenTheCaseHasNoErrorAndOneOutsideTheAvailableOnesNeverIs() {
    laws().forAll(Cases.at(Stage.CONCLUDED), Generators.outcomes()).checkAssert((c, other) -> {
      Decision d = ConductRules.decide(c);
      if (!d.inScope() || d.regime().isEmpty()) {
        return;
      }
      for (Outcome o : EnumSet.allOf(Outcome.class)) {
        ConductCase given = withOutcome(c, o);
        Decision judged = ConductRules.decide(given);
        assertEquals(d.availableOutcomes(), judged.availableOutcomes(), "the outcome given does not change what is open");
        boolean lawful = judged.outcome().get().lawful();
        if (!d.availableOutcomes().contains(o)) {
          assertFalse(lawful, () -> o + " is not in " + d.availableOutcomes() + "\n" + judged);
        }
        // One meaning of lawful (issue 16, item 13): the outcome stands exactly when the case has no error, and an
        // outcome that does not stand is explained by a problem with a citation.
        assertEquals(judged.problems().isEmpty(), lawful, () -> o + "\n" + judged);
        assertEquals(judged.isLawful(), lawful, () -> o + "\n" + judged);
      }
    });
  }

  private static ConductCase withOutcome(ConductCase c, Outcome o) {
    return c.withProceedings(c.proceedings().get().withOutcome(o));
  }

  @Test
  void everyDecisionExplainsItselfWithACitationOfItsGoverningRegime() {
    laws().forAll(Cases.any()).checkAssert(c -> {
      Decision d = ConductRules.decide(c);
      assertFalse(d.explanation().steps().isEmpty());
      d.regime().ifPresent(r -> assertTrue(d.explanation().steps().stream().map(Step::citation)
          .anyMatch(x -> x.instrument().equals(r.title())), () -> "no citation of " + r + "\n" + d));
    });
  }

  /**
   * Facts dated after the day asked about have not happened (issue 16, item 5): the day before the proceedings,
   * there is no outcome, no warning expiring and no appeal window; and the answer is the one for the case without
   * its proceedings.
   */
  @Test
  void theDayBeforeTheProceedingsTheyHaveNotHappened() {
    laws().forAll(Cases.at(Stage.CONCLUDED)).checkAssert(c -> {
      java.time.LocalDate held = c.proceedings().flatMap(p -> p.date()).orElseThrow();
      java.time.LocalDate before = held.minusDays(1);
      Decision d = ConductRules.decide(c, before);
      assertTrue(d.outcome().isEmpty(), () -> "as at " + before + ":\n" + d);
      assertTrue(d.warningExpires().isEmpty(), () -> "as at " + before + ":\n" + d);
      assertTrue(d.consequences().stream().noneMatch(x -> x.kind().code().equals("appeal_window")),
          () -> "as at " + before + ":\n" + d);
      // The decision says so in one step, first; otherwise it is the decision of the case without them.
      Decision without = ConductRules.decide(c.withProceedings(Optional.empty()), before);
      List<Step> steps = d.explanation().steps();
      assertEquals(Rule.AS_AT_NOT_YET_HAPPENED.id(), steps.get(0).ruleId(), () -> d.toString());
      assertTrue(steps.get(0).because().contains("the proceedings of " + held), () -> steps.get(0).because());
      java.util.function.Predicate<Step> rules = x -> !x.ruleId().equals(Rule.AS_AT_NOT_YET_HAPPENED.id());
      assertEquals(without.explanation().steps().stream().filter(rules).toList(),
          steps.stream().filter(rules).toList());
      assertEquals(List.of(without.regime(), without.forum(), without.availableOutcomes(), without.outcome(),
          without.consequences(), without.guidance(), without.problems(), without.timetable(), without.state()),
          List.of(d.regime(), d.forum(), d.availableOutcomes(), d.outcome(), d.consequences(), d.guidance(),
              d.problems(), d.timetable(), d.state()));
    });
  }

  @Test
  void decisionsAreTheSameFrom8ThreadsAsSequentially() throws Exception {
    List<ConductCase> cases = Samples.list(Cases.any(), 20261123L, 2000);
    List<Decision> sequential = cases.stream().map(ConductRules::decide).collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Decision>> futures = cases.stream().map(c -> pool.submit(() -> ConductRules.decide(c)))
          .collect(Collectors.toList());
      for (int i = 0; i < cases.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get(), "case " + cases.get(i).id());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

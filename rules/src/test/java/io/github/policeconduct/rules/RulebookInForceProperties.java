package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * No decision applies law that was not in force, or cites law of another instrument: over generated cases of every
 * regime and stage, decided as at their own latest date and later, every applied step's rule is in force on the date
 * that governs it ({@link Step#on()}) and belongs to the case's Regulations, and every citation of a step, problem or
 * consequence names an instrument in force on the day the question is asked. The commencement dates below are this
 * test's own statement of the law (an oracle), not the library's.
 */
class RulebookInForceProperties {
  private static final int EXAMPLES = 20_000;

  /** Each instrument the rules may cite, with the day the provisions cited came into force. */
  private static final Map<String, LocalDate> IN_FORCE = Map.ofEntries(
      Map.entry("Police (Conduct) Regulations 2004", LocalDate.of(2004, 4, 1)),
      Map.entry("Police (Conduct) Regulations 2008", LocalDate.of(2008, 12, 1)),
      Map.entry("Police (Conduct) Regulations 2012", LocalDate.of(2012, 11, 22)),
      Map.entry("Police (Conduct) Regulations 2020", LocalDate.of(2020, 2, 1)),
      Map.entry("Police (Conduct) (Amendment) Regulations 2014", LocalDate.of(2015, 1, 12)),
      Map.entry("Police (Conduct) (Amendment) Regulations 2015", LocalDate.of(2016, 1, 1)),
      Map.entry("Police (Conduct, Complaints and Misconduct and Appeal Tribunal) (Amendment) Regulations 2017",
          LocalDate.of(2017, 12, 15)),
      Map.entry("Police (Conduct) (Amendment) Regulations 2024", LocalDate.of(2024, 5, 7)),
      Map.entry("Police (Conduct, Performance and Complaints and Misconduct) (Amendment) Regulations 2025",
          LocalDate.of(2025, 5, 28)),
      // Part 4A of the Police Act 1996 (ss.88A-88L), the only part cited, with the Lists Regulations made under it.
      Map.entry("Police Act 1996", LocalDate.of(2017, 12, 15)),
      Map.entry("Police Appeals Tribunals Rules 2008", LocalDate.of(2008, 12, 1)),
      Map.entry("Police Appeals Tribunals Rules 2012", LocalDate.of(2012, 11, 22)),
      Map.entry("Police Appeals Tribunals Rules 2020", LocalDate.of(2020, 2, 1)),
      // Not legislation: a judgment says what the Regulations always meant; guidance is advisory and dated by its rule.
      Map.entry("R (Chief Constable of Thames Valley Police) v A Legally Qualified Chair [2024] EWHC 1454 (Admin)", LocalDate.MIN),
      Map.entry("College of Policing, Guidance on outcomes in police misconduct proceedings", LocalDate.MIN));

  private static final Set<String> CONDUCT_REGULATIONS = Set.of("Police (Conduct) Regulations 2008",
      "Police (Conduct) Regulations 2012", "Police (Conduct) Regulations 2020");

  @Test
  void noDecisionAppliesOrCitesLawThatWasNotInForce() {
    qt().withExamples(EXAMPLES).forAll(Cases.any()).checkAssert(c -> {
      LocalDate latest = ConductRules.latestDate(c);
      check(c, ConductRules.decide(c, latest));
      check(c, ConductRules.decide(c, latest.plusYears(3)));
    });
  }

  @Test
  void everyRegimeAndTheChangesBetweenThemAreReached() {
    Set<Regime> seen = EnumSet.noneOf(Regime.class);
    int[] countsAfter2020 = new int[1];
    qt().withExamples(2_000).forAll(Cases.any()).checkAssert(c -> {
      Decision d = ConductRules.decide(c);
      d.regime().ifPresent(seen::add);
      if (d.regime().filter(r -> r == Regime.CONDUCT_REGULATIONS_2012).isPresent() && !d.asAt().isBefore(LocalDate.of(2020, 2, 1))) {
        countsAfter2020[0]++;
      }
    });
    assertTrue(seen.containsAll(EnumSet.allOf(Regime.class)), "regimes reached: " + seen);
    assertTrue(countsAfter2020[0] > 0, "no 2012-regime case was asked about after 1 February 2020");
  }

  private static void check(ConductCase c, Decision d) {
    List<String> wrong = new ArrayList<>();
    Optional<Regime> regime = d.regime();
    for (Step s : d.explanation().steps()) {
      if (!s.applied()) {
        continue;
      }
      if (s.on().isPresent() && !s.rule().isInForceOn(s.on().get())) {
        wrong.add(s.ruleId() + " applied on " + s.on().get() + ", outside its window " + s.rule().inForceFrom() + ".."
            + s.rule().inForceUntil());
      }
      if (regime.isPresent() && !s.rule().regimes().contains(regime.get())) {
        wrong.add(s.ruleId() + " does not belong to the " + regime.get().title());
      }
      citation(s.ruleId(), s.citation(), s.rule().capability(), d, wrong);
    }
    d.problems().forEach(p -> citation("problem " + p.code(), p.citation(), Capability.SANCTIONS, d, wrong));
    d.consequences().forEach(x -> citation("consequence " + x.kind(), x.citation(), Capability.CONSEQUENCES, d, wrong));
    if (!wrong.isEmpty()) {
      fail(c.id() + " as at " + d.asAt() + ": " + wrong + "\n" + d);
    }
  }

  private static void citation(String what, Citation citation, Capability capability, Decision d, List<String> wrong) {
    LocalDate from = IN_FORCE.get(citation.instrument());
    if (from == null) {
      wrong.add(what + " cites an instrument this test does not know: " + citation);
      return;
    }
    if (d.asAt().isBefore(from)) {
      wrong.add(what + " cites " + citation + " as at " + d.asAt() + ", before it came into force on " + from);
    }
    boolean ownRegulations = d.regime().map(r -> r.title().equals(citation.instrument())).orElse(true);
    if (CONDUCT_REGULATIONS.contains(citation.instrument()) && !ownRegulations && capability != Capability.REGIME) {
      wrong.add(what + " cites " + citation + " in a case governed by the " + d.regime().get().title());
    }
  }
}

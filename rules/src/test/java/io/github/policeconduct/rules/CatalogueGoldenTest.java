package io.github.policeconduct.rules;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.rules.render.Diagrams;
import org.junit.jupiter.api.Test;

/**
 * Pins, in reviewed golden files, what the rules module publishes besides single decisions: the whole
 * outcome table with every condition (available outcomes, the rules that decided them, and why each other
 * outcome is closed), the lifecycle and outcome diagrams, the rules in force on each date the law changed,
 * over the seeded catalogue of
 * {@link DecisionCatalogueTest}. Rerun with
 * {@code -Dgolden.update=true} and review the diff when a change is intended.
 */
class CatalogueGoldenTest {
  private static final Rank[] RANKS = {Rank.CONSTABLE, Rank.SERGEANT};

  static void golden(String name, String actual) throws IOException {
    Golden.check(name, actual);
  }

  @Test
  void theOutcomeTableWithEveryCondition() throws IOException {
    StringBuilder b = new StringBuilder();
    for (Regime regime : Regime.values()) {
      for (Forum forum : Forum.values()) {
        for (Finding finding : Finding.values()) {
          for (Role role : Role.values()) {
            List<Optional<Rank>> ranks = role == Role.POLICE_OFFICER
                ? List.of(Optional.of(RANKS[0]), Optional.of(RANKS[1])) : List.of(Optional.empty());
            for (Optional<Rank> rank : ranks) {
              boolean staff = !role.isConstable();
              for (int flags = 0; flags < (staff ? 1 : 16); flags++) {
                OutcomeQuery q = OutcomeQuery.builder(regime, forum, finding, role).rank(rank)
                    .finalWrittenWarningInForce((flags & 1) != 0).unconnectedIncidents((flags & 2) != 0)
                    .reducedInRankBefore((flags & 4) != 0).formerOfficer((flags & 8) != 0).build();
                Ruling<java.util.Set<Outcome>> r = ConductRules.explainOutcomes(q);
                b.append(regime.code()).append(' ').append(forum.code()).append(' ').append(finding.code()).append(' ')
                    .append(role.code()).append(rank.map(x -> " " + x.code()).orElse(""))
                    .append(" fww=").append(q.finalWrittenWarningInForce() ? 1 : 0)
                    .append(" unconnected=").append(q.unconnectedIncidents() ? 1 : 0)
                    .append(" reduced=").append(q.reducedInRankBefore() ? 1 : 0)
                    .append(" former=").append(q.formerOfficer() ? 1 : 0)
                    .append(" -> ").append(r.value().map(Object::toString).orElse(r.getClass().getSimpleName()))
                    .append(" by ").append(r.explanation().applied().stream().map(Step::ruleId).collect(Collectors.joining(",")))
                    .append("\n    closed for a reason of its own:");
                for (Outcome o : Outcome.values()) {
                  String why = ConductRules.whyNot(q, o).stream().map(Problem::code).collect(Collectors.joining("+"));
                  if (!ConductRules.availableOutcomes(q).contains(o) && !why.equals("outcome_not_available") && !why.equals("outcome_not_in_regime")) {
                    b.append(' ').append(o.code()).append('=').append(why);
                  }
                }
                b.append('\n');
              }
            }
          }
        }
      }
    }
    golden("outcome-table.txt", b.toString());
  }

  @Test
  void diagramsAndTheRulesInForceOnEachDateTheLawChanged() throws IOException {
    StringBuilder b = new StringBuilder();
    Lifecycle life = ConductRules.lifecycle();
    b.append(Diagrams.lifecycleMermaid()).append('\n').append(Diagrams.lifecycleDot()).append('\n');
    b.append(Diagrams.outcomesMermaid()).append('\n').append(Diagrams.outcomesDot()).append('\n');
    for (Lifecycle.State from : Lifecycle.State.values()) {
      for (Lifecycle.State to : Lifecycle.State.values()) {
        for (boolean former : new boolean[] {false, true}) {
          life.transition(from, to, former).ifPresent(t -> b.append(from).append(" -> ").append(to)
              .append(former ? " (former)" : "").append(": ").append(t.when()).append(" [").append(t.citation())
              .append("]\n"));
        }
      }
    }
    for (String day : new String[] {"2008-11-30", "2008-12-01", "2012-11-22", "2015-01-12", "2016-01-01", "2017-12-15",
        "2020-02-01", "2024-05-07", "2025-05-28"}) {
      b.append("\nin force on ").append(day).append(":\n");
      for (Rule r : ConductRules.rulesInForce(LocalDate.parse(day))) {
        b.append("  ").append(r.id()).append(" (").append(r.capability()).append(", ")
            .append(r.inForceFrom().map(Object::toString).orElse("always")).append(" to ")
            .append(r.inForceUntil().map(Object::toString).orElse("now")).append(", in force ")
            .append(r.isInForceOn(LocalDate.parse(day))).append(") [").append(r.citation()).append("] ")
            .append(r.summary()).append('\n');
      }
    }
    golden("diagrams-and-rules.txt", b.toString());
  }
}

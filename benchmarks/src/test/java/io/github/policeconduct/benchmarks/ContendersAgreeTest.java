package io.github.policeconduct.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.OutcomeQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Before anything is timed: the contenders answer exactly as the library does. */
class ContendersAgreeTest {
  private static DmnOutcomes dmn;
  private static final CasePool POOL = CasePool.standard();

  @BeforeAll
  static void loadDmn() {
    dmn = DmnOutcomes.load();
  }

  @Test
  void everyContenderGivesTheLibrarysAnswerOnTheWholePool() {
    List<String> bad = Agreement.disagreements(POOL, dmn, 20);
    assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
  }

  /** Not just the pool: every combination of the nine inputs (every rank, every role). */
  @Test
  void switchAndDmnAgreeWithTheLibraryOnTheWholeInputSpace() {
    int n = 0;
    for (Regime regime : Regime.values()) {
      for (Forum forum : Forum.values()) {
        for (Finding finding : Finding.values()) {
          for (Role role : Role.values()) {
            for (Optional<Rank> rank : ranks()) {
              for (int bits = 0; bits < 16; bits++) {
                OutcomeQuery q = new OutcomeQuery(regime, forum, finding, role, rank, (bits & 1) != 0, (bits & 2) != 0,
                    (bits & 4) != 0, (bits & 8) != 0);
                Set<Outcome> expected = ConductRules.availableOutcomes(q);
                assertEquals(expected, OutcomeSwitch.available(q), () -> "switch, " + q);
                assertEquals(expected, dmn.outcomes(DmnOutcomes.inputs(q)), () -> "dmn, " + q);
                n++;
              }
            }
          }
        }
      }
    }
    assertEquals(3 * 4 * 3 * 4 * (Rank.values().length + 1) * 16, n);
  }

  private static List<Optional<Rank>> ranks() {
    List<Optional<Rank>> out = EnumSet.allOf(Rank.class).stream().map(Optional::of).collect(Collectors.toList());
    out.add(Optional.empty());
    return out;
  }

  @Test
  void thePoolCoversEveryRegimeForumFindingAndCondition() {
    Set<String> seen = POOL.entries().stream().map(CasePool.Entry::query)
        .map(q -> q.regime() + "/" + q.forum() + "/" + q.finding() + "/" + q.role() + "/" + q.rank() + "/"
            + q.finalWrittenWarningInForce() + q.unconnectedIncidents() + q.reducedInRankBefore() + q.formerOfficer())
        .collect(Collectors.toSet());
    assertEquals(3 * 4 * 3 * 3 * 16, seen.size());
    assertEquals(CasePool.SIZE, POOL.entries().size());
    // Most cases reach the sanctions rules with something open; some land on impossible combinations.
    long withOutcomes = POOL.entries().stream().filter(e -> !ConductRules.availableOutcomes(e.query()).isEmpty()).count();
    assertTrue(withOutcomes > CasePool.SIZE / 2, "cases with outcomes open: " + withOutcomes);
  }

  @Test
  void thePoolIsTheSameEveryTime() {
    assertEquals(POOL.entries(), CasePool.standard().entries());
  }

  @Test
  void casesSurviveTheJsonCaseFormatAndEvaluateAsJsonLines() throws IOException {
    CasePool small = CasePool.of(500, CasePool.SEED);
    byte[] lines = WriteCases.jsonLines(small);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(500, DecisionJson.evaluate(new ByteArrayInputStream(lines), out));
    String[] decisions = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(500, decisions.length);
    for (int i = 0; i < 500; i++) {
      ConductCase c = small.entries().get(i).conductCase();
      JsonNode d = DecisionJson.mapper().readTree(decisions[i]);
      assertEquals(c.id(), d.get("case").asText());
      Set<String> open = ConductRules.decide(c).availableOutcomes().stream().map(Outcome::code).collect(Collectors.toSet());
      Set<String> written = new java.util.HashSet<>();
      d.get("available_outcomes").forEach(x -> written.add(x.asText()));
      assertEquals(open, written, c.id());
      assertTrue(d.get("explanation").size() > 0);
    }
  }

  @Test
  void aCaseReadBackFromJsonEqualsTheCaseWritten() throws IOException {
    for (CasePool.Entry e : CasePool.of(200, CasePool.SEED).entries()) {
      byte[] json = DecisionJson.mapper().writerFor(ConductCase.class).writeValueAsBytes(e.conductCase());
      assertEquals(e.conductCase(), DecisionJson.mapper().readValue(json, ConductCase.class));
    }
  }
}

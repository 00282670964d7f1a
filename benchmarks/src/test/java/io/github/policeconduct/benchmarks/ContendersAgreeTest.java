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
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.examples.cli.ConductCommand;
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
                OutcomeQuery q = OutcomeQuery.builder(regime, forum, finding, role).rank(rank)
                    .finalWrittenWarningInForce((bits & 1) != 0).unconnectedIncidents((bits & 2) != 0)
                    .reducedInRankBefore((bits & 4) != 0).formerOfficer((bits & 8) != 0).build();
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
    assertEquals(Regime.values().length * Forum.values().length * Finding.values().length * Role.values().length
        * (Rank.values().length + 1) * 16, n);
  }

  private static List<Optional<Rank>> ranks() {
    List<Optional<Rank>> out = EnumSet.allOf(Rank.class).stream().map(Optional::of).collect(Collectors.toList());
    out.add(Optional.empty());
    return out;
  }

  @Test
  void thePoolCoversEveryRegimeForumFindingAndCondition() {
    assertEquals(CasePool.SIZE, POOL.entries().size());
    Set<String> combinations = POOL.entries().stream().map(CasePool.Entry::query)
        .map(q -> q.regime() + "/" + q.forum() + "/" + q.finding()).collect(Collectors.toSet());
    assertEquals(3 * 4 * 3, combinations.size(), "every regime x forum x finding");
    // Each condition both ways, for officers and special constables (the whole cross-product of conditions is
    // checked on the bare queries by switchAndDmnAgreeWithTheLibraryOnTheWholeInputSpace).
    for (Role role : List.of(Role.POLICE_OFFICER, Role.SPECIAL_CONSTABLE)) {
      List<OutcomeQuery> qs = POOL.entries().stream().map(CasePool.Entry::query).filter(q -> q.role() == role)
          .collect(Collectors.toList());
      assertTrue(qs.size() > CasePool.SIZE / 10, role + ": " + qs.size());
      for (boolean v : new boolean[] {false, true}) {
        assertTrue(qs.stream().anyMatch(q -> q.finalWrittenWarningInForce() == v), role + " fww " + v);
        assertTrue(qs.stream().anyMatch(q -> q.unconnectedIncidents() == v), role + " unconnected " + v);
        assertTrue(qs.stream().anyMatch(q -> q.reducedInRankBefore() == v), role + " reduced " + v);
        assertTrue(qs.stream().anyMatch(q -> q.formerOfficer() == v), role + " former " + v);
      }
    }
    // Most cases reach the sanctions rules with something open; some land on impossible combinations.
    long withOutcomes = POOL.entries().stream().filter(e -> !ConductRules.availableOutcomes(e.query()).isEmpty()).count();
    assertTrue(withOutcomes > CasePool.SIZE / 2, "cases with outcomes open: " + withOutcomes);
  }

  @Test
  void thePoolIsTheSameEveryTime() {
    assertEquals(POOL.entries(), CasePool.standard().entries());
  }

  @Test
  void casesSurviveTheJsonCaseFormatAndTheRealCommandDecidesThemInOrder() throws IOException {
    CasePool small = CasePool.of(500, CasePool.SEED);
    byte[] lines = WriteCases.jsonLines(small);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, ConductCommand.run(new ByteArrayInputStream(lines), out, err, "evaluate", "--json", "-"),
        () -> err.toString(StandardCharsets.UTF_8));
    String[] decisions = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(500, decisions.length);
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < 500; i++) {
      ConductCase c = small.entries().get(i).conductCase();
      JsonNode d = json.readTree(decisions[i]);
      assertEquals(c.id(), d.get("case").asText());
      Set<String> open = ConductRules.decide(c).availableOutcomes().stream().map(Outcome::code).collect(Collectors.toSet());
      Set<String> written = new java.util.HashSet<>();
      d.get("available_outcomes").forEach(x -> written.add(x.asText()));
      assertEquals(open, written, c.id());
      assertTrue(d.get("explanation").size() > 0);
    }
  }

  @Test
  void aCaseReadBackFromJsonEqualsTheCaseWritten() {
    for (CasePool.Entry e : CasePool.of(200, CasePool.SEED).entries()) {
      String json = CaseJson.standard().write(e.conductCase());
      assertEquals(e.conductCase(), CaseJson.standard().read(json));
    }
  }
}

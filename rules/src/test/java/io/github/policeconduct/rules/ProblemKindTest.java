package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import org.junit.jupiter.api.Test;

/** Every problem the rules report has a kind; every kind has its sentence and is documented in the contract. */
class ProblemKindTest {
  @Test
  void everyProblemReportedHasAKindAndTheCatalogueAndTableReachMostKinds() {
    Set<ProblemKind> seen = EnumSet.noneOf(ProblemKind.class);
    for (ConductCase c : DecisionCatalogueTest.catalogue()) {
      ConductRules.decide(c).problems().forEach(p -> seen.add(p.kind()));
    }
    for (OutcomeQuery q : OutcomeTableTest.wholeInputSpace()) {
      for (Outcome o : Outcome.values()) {
        ConductRules.whyNot(q, o).forEach(p -> seen.add(p.kind()));
      }
    }
    assertTrue(seen.size() >= ProblemKind.values().length - 5, "kinds reached: " + seen);
  }

  @Test
  void everyKindHasASentenceAndIsDocumentedInTheContract() throws IOException {
    String contract = Files.readString(Path.of("../docs/contract.md"), StandardCharsets.UTF_8);
    for (ProblemKind k : ProblemKind.values()) {
      String key = "problem." + k.code();
      assertTrue(Sentences.keys().stream().anyMatch(s -> s.equals(key) || s.startsWith(key + "/")), "no sentence for " + k);
      assertTrue(contract.contains("`" + k.code() + "`"), "docs/contract.md does not document " + k.code());
      assertEquals(k, ProblemKind.ofCode(k.code()).get());
    }
  }
}

package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * Receipts (issue 19, item 4): a decision with the library version, the rulebook digest, the as-at date and the
 * SHA-256 of the case in canonical JSON; verified again, an unchanged rulebook gives "same" for every case, and a
 * receipt whose decision or case was changed says exactly what.
 */
class ReceiptsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aReceiptCarriesItsProvenanceAndVerifiesAsTheSame() throws Exception {
    for (ConductCase c : Samples.list(Cases.any(), 20261130L, 300)) {
      Decision d = ConductRules.decide(c);
      String line = Receipts.line(c, d);
      assertFalse(line.contains("\n"));
      JsonNode r = JSON.readTree(line);
      assertEquals(List.of("receipt", "case", "decision"), names(r));
      assertEquals(ConductRules.rulebookDigest(), r.get("receipt").get("rulebook_digest").asText());
      assertTrue(r.get("receipt").get("rulebook_digest").asText().matches("sha256:[0-9a-f]{64}"));
      assertEquals(d.asAt().toString(), r.get("receipt").get("as_at").asText());
      assertEquals(Receipts.sha256(CaseJson.standard().write(c)), r.get("receipt").get("case_sha256").asText());
      assertEquals(DecisionJson.line(d), r.get("decision").toString());
      Receipts.Verification v = Receipts.verify(line, "receipts.jsonl");
      assertTrue(v.same(), () -> c.id() + ": " + v.changes());
      assertFalse(v.rulebookChanged());
      assertEquals(c.id(), v.caseId());
    }
    assertFalse(ConductRules.libraryVersion().isBlank());
  }

  private static List<String> names(JsonNode o) {
    List<String> k = new java.util.ArrayList<>();
    o.fieldNames().forEachRemaining(k::add);
    return k;
  }

  @Test
  void aChangedAnswerIsSaidFieldByFieldAndAChangedCaseIsCaught() throws Exception {
    ConductCase c = Samples.list(Cases.at(io.github.policeconduct.testkit.Stage.CONCLUDED), 7L, 1).get(0);
    Decision d = ConductRules.decide(c);
    ObjectNode r = (ObjectNode) JSON.readTree(Receipts.line(c, d));
    // as if an older rulebook had answered otherwise: other outcomes open and another digest
    ((ObjectNode) r.get("decision")).putArray("available_outcomes").add("management_advice");
    ((ObjectNode) r.get("receipt")).put("rulebook_digest", "sha256:" + "0".repeat(64));
    Receipts.Verification v = Receipts.verify(JSON.writeValueAsString(r), "old.jsonl");
    assertFalse(v.same());
    assertTrue(v.rulebookChanged());
    assertEquals(1, v.changes().size(), v.changes()::toString);
    assertTrue(v.changes().get(0).startsWith("available_outcomes: [\"management_advice\"] -> "), v.changes().get(0));
    // the case edited after the receipt was written: the hash no longer matches
    ObjectNode edited = (ObjectNode) JSON.readTree(Receipts.line(c, d));
    ((ObjectNode) edited.get("case")).put("id", c.id() + "-EDITED");
    Receipts.Verification e = Receipts.verify(JSON.writeValueAsString(edited), "edited.jsonl");
    assertFalse(e.same());
    assertTrue(e.changes().get(0).startsWith("case_sha256: the case is not the one the receipt was written for"),
        e.changes()::toString);
  }

  @Test
  void aLineThatIsNotAReceiptIsAProblemNamingItsSource() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> Receipts.verify("{\"id\":\"X\"}", "r.jsonl"));
    assertTrue(e.getMessage().contains("not a receipt"), e.getMessage());
    assertThrows(CaseFormatException.class, () -> Receipts.verify("{not json", "r.jsonl"));
    assertEquals(LocalDate.class, LocalDate.parse("2024-01-01").getClass());
  }
}

package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.benchmarks.OutcomeSwitch;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The benchmarks' contenders, checked against the outcome table in the normal build (the benchmarks module, with
 * the KIE DMN engine and JMH, is built only in the "benchmarks" profile): the DMN decision table {@code outcomes.dmn},
 * read as XML and evaluated here (its input entries are plain unary tests: "-", lists of strings, booleans), and the
 * hand-written switch {@link OutcomeSwitch}, both kept here as test fixtures (the rules test-jar) that the benchmarks module runs, must both give {@link
 * ConductRules#availableOutcomes(OutcomeQuery)} on the whole input space.
 */
class BenchmarkContendersTest {

  /** One DMN rule: its input entries by input name, and its output. */
  record DmnRule(String id, Map<String, String> tests, Outcome outcome) {}

  static List<DmnRule> readDmn() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    Document doc;
    try (InputStream in = BenchmarkContendersTest.class.getResourceAsStream("/outcomes.dmn")) {
      doc = b.parse(in);
    }
    Element table = (Element) doc.getElementsByTagNameNS("*", "decisionTable").item(0);
    assertNotNull(table, "no decisionTable in outcomes.dmn");
    assertEquals("COLLECT", table.getAttribute("hitPolicy"), "hit policy");
    List<String> inputs = new ArrayList<>();
    NodeList ins = table.getElementsByTagNameNS("*", "input");
    for (int i = 0; i < ins.getLength(); i++) {
      inputs.add(((Element) ins.item(i)).getElementsByTagNameNS("*", "text").item(0).getTextContent().trim());
    }
    List<DmnRule> rules = new ArrayList<>();
    NodeList rs = table.getElementsByTagNameNS("*", "rule");
    for (int i = 0; i < rs.getLength(); i++) {
      Element r = (Element) rs.item(i);
      NodeList entries = r.getElementsByTagNameNS("*", "inputEntry");
      assertEquals(inputs.size(), entries.getLength(), r.getAttribute("id"));
      Map<String, String> tests = new TreeMap<>();
      for (int j = 0; j < entries.getLength(); j++) {
        tests.put(inputs.get(j), entries.item(j).getTextContent().trim());
      }
      String out = r.getElementsByTagNameNS("*", "outputEntry").item(0).getTextContent().trim();
      assertTrue(out.startsWith("\"") && out.endsWith("\""), out);
      rules.add(new DmnRule(r.getAttribute("id"), tests, Outcome.parse(out.substring(1, out.length() - 1))));
    }
    return rules;
  }

  /** The DMN's inputs for a query, as {@code DmnOutcomes.inputs} builds them for the engine. */
  static Map<String, Object> inputs(OutcomeQuery q) {
    return Map.of("regime", q.regime().code(), "forum", q.forum().code(), "finding", q.finding().code(),
        "role", q.role().code(), "hasLowerRank", q.rank().flatMap(Rank::oneRankLower).isPresent(),
        "finalWrittenWarningInForce", q.finalWrittenWarningInForce(), "unconnectedIncidents", q.unconnectedIncidents(),
        "reducedInRankBefore", q.reducedInRankBefore(), "formerOfficer", q.formerOfficer());
  }

  /** A FEEL unary test of the kinds the table uses: "-", a comma-separated list of strings, true or false. */
  static boolean passes(String test, Object value) {
    if (test.equals("-")) {
      return true;
    }
    if (test.equals("true") || test.equals("false")) {
      return Boolean.valueOf(test).equals(value);
    }
    for (String s : test.split(",")) {
      String t = s.trim();
      if (!(t.startsWith("\"") && t.endsWith("\"") && t.length() >= 2)) {
        throw new IllegalArgumentException("unary test this check cannot read (extend it): " + test);
      }
      if (t.substring(1, t.length() - 1).equals(value)) {
        return true;
      }
    }
    return false;
  }

  static Set<Outcome> evaluate(List<DmnRule> rules, OutcomeQuery q) {
    Map<String, Object> in = inputs(q);
    EnumSet<Outcome> out = EnumSet.noneOf(Outcome.class);
    for (DmnRule r : rules) {
      if (r.tests().entrySet().stream().allMatch(e -> passes(e.getValue(), in.get(e.getKey())))) {
        out.add(r.outcome());
      }
    }
    return out;
  }

  @Test
  void theDmnTableGivesTheLibrarysAnswerOnTheWholeInputSpace() throws Exception {
    List<DmnRule> rules = readDmn();
    assertTrue(rules.size() > 20, "rules read: " + rules.size());
    List<String> bad = new ArrayList<>();
    for (OutcomeQuery q : OutcomeTableTest.wholeInputSpace()) {
      Set<Outcome> expected = ConductRules.availableOutcomes(q);
      Set<Outcome> dmn = evaluate(rules, q);
      if (!expected.equals(dmn)) {
        bad.add(q + ": table " + expected + ", dmn " + dmn);
      }
    }
    assertEquals(List.of(), bad.subList(0, Math.min(20, bad.size())), bad.size() + " disagreements with outcomes.dmn");
  }

  @Test
  void everyDmnRuleOpensItsOutcomeSomewhereAndOnlyWhereTheTableDoes() throws Exception {
    for (DmnRule r : readDmn()) {
      int hits = 0;
      for (OutcomeQuery q : OutcomeTableTest.wholeInputSpace()) {
        if (evaluate(List.of(r), q).contains(r.outcome())) {
          hits++;
          assertTrue(ConductRules.availableOutcomes(q).contains(r.outcome()), r.id() + " opens " + r.outcome() + " for " + q);
        }
      }
      assertTrue(hits > 0, r.id() + " never matches");
    }
  }

  @Test
  void theHandWrittenSwitchGivesTheLibrarysAnswerOnTheWholeInputSpace() {
    int n = 0;
    for (OutcomeQuery q : OutcomeTableTest.wholeInputSpace()) {
      assertEquals(ConductRules.availableOutcomes(q), OutcomeSwitch.available(q), q::toString);
      n++;
    }
    assertTrue(n > 10_000, "queries: " + n);
  }

}

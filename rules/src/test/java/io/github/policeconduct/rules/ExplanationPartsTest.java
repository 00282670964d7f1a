package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;
import org.junit.jupiter.api.Test;

/**
 * The parts every explanation is made of, which users read, compare and store: the text of dates, the facts
 * of a step (a map equal to any other map with the same entries), steps, explanations and the citations of
 * the three sets of regulations.
 */
class ExplanationPartsTest {
  private static final Citation CITE = Law.r2020("reg 42(1)");

  @Test
  void everyDayIsWrittenExactlyAsIsoDates() {
    for (LocalDate d = LocalDate.of(1949, 12, 25); d.isBefore(LocalDate.of(2100, 1, 8)); d = d.plusDays(1)) {
      assertEquals(d.toString(), Dates.iso(d));
    }
    for (LocalDate d : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1000, 6, 30), LocalDate.of(9999, 12, 31),
        LocalDate.of(10000, 1, 1), LocalDate.of(-5, 3, 1))) {
      assertEquals(d.toString(), Dates.iso(d));
    }
  }

  @Test
  void theDateTextIsBuiltCorrectlyForEveryDayWithoutTheCache() {
    // Called directly, so a wrong digit is caught even when the cache already holds every day's text.
    for (LocalDate d = LocalDate.of(1950, 1, 1); !d.isAfter(LocalDate.of(2099, 12, 31)); d = d.plusDays(1)) {
      assertEquals(d.toString(), Dates.format(d));
    }
  }

  @Test
  void factsAreAMapLikeAnyOtherWithTheSameEntriesInTheOrderRead() {
    Random random = new Random(20261123L);
    for (int n = 0; n < 2000; n++) {
      int size = random.nextInt(6);
      Map<String, String> expected = new LinkedHashMap<>();
      List<Object> read = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        String key = "k" + random.nextInt(12);
        if (expected.containsKey(key)) {
          continue;
        }
        String value = random.nextBoolean() ? "v" + random.nextInt(100) : "";
        expected.put(key, value);
        read.add(key);
        read.add(value);
      }
      Map<String, String> facts = Trace.render(read.toArray());
      assertTrue(facts instanceof FactMap);
      assertEquals(expected, facts);
      assertEquals(facts, expected);
      assertEquals(expected.hashCode(), facts.hashCode(), expected.toString());
      assertEquals(expected.toString(), facts.toString());
      assertEquals(expected.size(), facts.size());
      assertEquals(expected.isEmpty(), facts.isEmpty());
      assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(facts.entrySet()));
      assertEquals(expected.size(), facts.entrySet().size());
      List<String> seen = new ArrayList<>();
      facts.forEach((k, v) -> seen.add(k + "=" + v));
      List<String> want = new ArrayList<>();
      expected.forEach((k, v) -> want.add(k + "=" + v));
      assertEquals(want, seen);
      for (int k = 0; k < 13; k++) {
        assertEquals(expected.get("k" + k), facts.get("k" + k));
        assertEquals(expected.containsKey("k" + k), facts.containsKey("k" + k));
      }
      Iterator<Map.Entry<String, String>> it = facts.entrySet().iterator();
      for (int i = 0; i < expected.size(); i++) {
        it.next();
      }
      assertFalse(it.hasNext());
      assertThrows(NoSuchElementException.class, it::next);
      assertThrows(UnsupportedOperationException.class, () -> facts.put("k0", "x"));
    }
    assertNull(Trace.render(new Object[] {"a", "1"}).get(new Object()));
  }

  @Test
  void factValuesAreWrittenAsTextAndALaterDuplicateNameWins() {
    LocalDate d = LocalDate.of(2020, 2, 1);
    assertEquals(ImmutableMap.of("date", "2020-02-01", "maybe", "2020-02-01", "number", "7", "none", "unknown",
        "outcome", "final_written_warning", "flag", "true", "text", "as is"),
        Trace.render(Trace.facts("date", d, "maybe", Optional.of(d), "number", Optional.of(7), "none", Optional.empty(),
            "outcome", Optional.of(Outcome.FINAL_WRITTEN_WARNING).map(Outcome::code).orElse("?"), "flag", true,
            "text", "as is")));
    assertEquals("7", Trace.text(Optional.of(7)));
    assertEquals("unknown", Trace.text(Optional.empty()));
    assertEquals("2020-02-01", Trace.text(Optional.of(d)));
    assertEquals("2020-02-01", Trace.text(d));
    Map<String, String> dup = Trace.render(Trace.facts("a", 1, "b", 2, "a", 3));
    assertEquals(ImmutableMap.of("a", "3", "b", "2"), dup);
    assertEquals(List.of("a", "b"), new ArrayList<>(dup.keySet()));
  }

  @Test
  void aTraceKeepsItsStepsAndTheSilentTraceKeepsNothing() {
    LocalDate d = LocalDate.of(2021, 3, 1);
    Trace t = new Trace(Optional.of(Regime.CONDUCT_REGULATIONS_2012), d);
    assertTrue(t.recording());
    t.applied(Rule.ROUTING_NO_CASE, "assessed", d, "severity", "no_misconduct", "assessed", d);
    t.notApplicable(Rule.JURISDICTION_BEFORE_ATTESTATION, "", d, "joined", d);
    assertEquals(Rule.JURISDICTION_BEFORE_ATTESTATION.citation(), t.lastCitation());
    Explanation e = t.explanation();
    assertEquals(2, e.steps().size());
    assertEquals("The conduct was assessed on 2021-03-01 as neither misconduct nor gross misconduct, so there are no "
        + "misconduct proceedings.", e.steps().get(0).because());
    assertEquals(Law.r2012("reg 12"), e.steps().get(0).citation(), "the citation of the case's own Regulations");
    assertEquals(Map.of("severity", "no_misconduct", "assessed", "2021-03-01"), e.steps().get(0).facts());
    assertEquals(Optional.of(d), e.steps().get(0).on());
    assertEquals("The conduct happened after the subject joined on 2021-03-01.", e.steps().get(1).because());
    assertFalse(Trace.SILENT.recording());
    Trace.SILENT.applied(Rule.ROUTING_NO_CASE, "", d, Trace.facts());
    Trace.SILENT.notApplicable(Rule.ROUTING_NO_CASE, "", d, Trace.facts());
    assertThrows(IllegalArgumentException.class, Trace.SILENT::explanation, "the silent trace keeps no step");
  }

  @Test
  void stepsAreEqualByRuleCitationFactsAppliedAndSentenceHoweverTheyWereBuilt() {
    Rule rule = Rule.values()[0];
    Rule other = Rule.values()[1];
    Step eager = new Step(rule, CITE, Map.of("a", "1"), true, "because");
    new EqualsTester()
        .addEqualityGroup(eager, new Step(rule, CITE, ImmutableMap.of("a", "1"), true, "because"))
        .addEqualityGroup(new Step(other, CITE, Map.of("a", "1"), true, "because"))
        .addEqualityGroup(new Step(rule, Law.r2012("reg 35"), Map.of("a", "1"), true, "because"))
        .addEqualityGroup(new Step(rule, CITE, Map.of("a", "2"), true, "because"))
        .addEqualityGroup(new Step(rule, CITE, Map.of("a", "1"), false, "because"))
        .addEqualityGroup(new Step(rule, CITE, Map.of("a", "1"), true, "since"))
        .testEquals();
    assertTrue(eager.hashCode() != new Step(other, CITE, Map.of("a", "1"), true, "because").hashCode());
    assertEquals("because [" + CITE + "]", eager.toString());
    assertEquals("(not applicable) because [" + CITE + "]",
        new Step(rule, CITE, Map.of(), false, "because").toString());
    assertEquals(rule.id(), eager.ruleId());
    assertEquals(rule.id(), rule.toString());
    Map<String, String> mutable = new LinkedHashMap<>(Map.of("a", "1"));
    Step copied = new Step(rule, CITE, mutable, true, "because");
    mutable.put("b", "2");
    assertEquals(Map.of("a", "1"), copied.facts());
    Step fromTrace = new Step(Rule.JURISDICTION_BEFORE_ATTESTATION, CITE, Trace.facts("joined", LocalDate.of(2020, 2, 1)), false,
        "", null);
    assertSame(fromTrace.facts(), fromTrace.facts());
    assertSame(fromTrace.because(), fromTrace.because());
    assertEquals("The conduct happened after the subject joined on 2020-02-01.", fromTrace.because());
    assertEquals(Optional.empty(), fromTrace.on());
  }

  @Test
  void explanationsAreNumberedCitedAndEqualByTheirSteps() {
    Rule first = Rule.values()[0];
    Rule second = Rule.values()[1];
    Step a = new Step(first, CITE, Map.of(), true, "A applies.");
    Step b = new Step(second, Law.r2008("reg 35"), Map.of(), false, "B does not.");
    Step c = new Step(second, CITE, Map.of(), true, "C applies.");
    Explanation e = Explanation.of(List.of(a, b, c));
    new EqualsTester()
        .addEqualityGroup(e, Explanation.of(List.of(a, b, c)))
        .addEqualityGroup(Explanation.of(List.of(a, c, b)))
        .addEqualityGroup(Explanation.of(List.of(a)))
        .testEquals();
    assertTrue(e.hashCode() != Explanation.of(List.of(a)).hashCode());
    assertEquals(List.of(a, c), e.applied());
    assertEquals(List.of(b), e.notApplicable());
    assertTrue(e.applied(first));
    assertTrue(e.applied(second));
    assertFalse(Explanation.of(List.of(a, b)).applied(second));
    assertFalse(Explanation.of(List.of(b)).applied(first));
    assertEquals("1. A applies. [" + CITE + "]\n2. (not applicable) B does not. [" + Law.r2008("reg 35") + "]\n"
        + "3. C applies. [" + CITE + "]\n", e.toString());
    assertEquals(CITE + "; " + Law.r2008("reg 35"), e.citations());
    assertEquals("an explanation must have at least one step",
        assertThrows(IllegalArgumentException.class, () -> Explanation.of(List.of())).getMessage());
  }

  @Test
  void eachSetOfRegulationsCitesItself() {
    assertEquals(Regime.CONDUCT_REGULATIONS_2008.cite("reg 35"), Law.r2008("reg 35"));
    assertEquals(Regime.CONDUCT_REGULATIONS_2012.cite("reg 35"), Law.r2012("reg 35"));
    assertEquals(Regime.CONDUCT_REGULATIONS_2020.cite("reg 42"), Law.r2020("reg 42"));
    assertEquals(Citation.of(Law.PAT2020, "r 4", Law.PAT2020_URL), Law.cite(Law.PAT2020, "r 4", Law.PAT2020_URL));
    assertTrue(Law.r2008("reg 35").toString().contains("2008"));
  }
}

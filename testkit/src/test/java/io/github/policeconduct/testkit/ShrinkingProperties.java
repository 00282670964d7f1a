package io.github.policeconduct.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/** Failing properties over generated cases shrink to small cases, and QuickTheories reports the seed. */
class ShrinkingProperties {

  /** A reporter that keeps the smallest falsifying value instead of throwing. */
  private static final class Smallest implements Reporter {
    Object value;

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause, List<Object> others,
        AsString<Object> toString) {
      value = smallest;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> others,
        AsString<Object> toString) {
      value = smallest;
    }

    @Override
    public void valuesExhausted(int examplesUsed) {}
  }

  private static ConductCase smallestFalsifying(Gen<ConductCase> gen, Predicate<ConductCase> property) {
    Smallest smallest = new Smallest();
    qt().withExamples(500).withReporter(smallest).forAll(gen).check(property);
    assertNotNull(smallest.value, "the property should have been falsified");
    return (ConductCase) smallest.value;
  }

  @Test
  void aPropertyFailingForTwoOrMoreAllegationsShrinksToExactlyTwo() {
    ConductCase c = smallestFalsifying(Cases.any(), k -> k.allegations().size() < 2);
    assertEquals(2, c.allegations().size(), Describe.conductCase(c));
    for (Allegation a : c.allegations()) {
      assertEquals(1, a.standards().size(), "one standard each: " + Describe.conductCase(c));
      assertTrue(a.categories().isEmpty(), Describe.conductCase(c));
    }
    assertEquals(Role.POLICE_OFFICER, c.subject().role(), Describe.conductCase(c));
    assertEquals(Rank.CONSTABLE, c.subject().rank().orElseThrow(), Describe.conductCase(c));
  }

  @Test
  void aPropertyFailingForAnyCaseShrinksToTheSmallestCase() {
    ConductCase c = smallestFalsifying(Cases.any(), k -> false);
    assertEquals(1, c.allegations().size(), Describe.conductCase(c));
    Allegation a = c.allegations().get(0);
    assertEquals(1, a.standards().size());
    assertEquals(Regime.CONDUCT_REGULATIONS_2008.inForceFrom(), a.cameToAttention(), "earliest date");
    assertTrue(c.subject().left().isEmpty(), "serving");
    assertTrue(c.record().warnings().isEmpty(), "no warnings");
    assertEquals(Stage.ALLEGATION_ONLY, CaseChecks.stageOf(c));
  }

  @Test
  void datesShrinkTowardTheFailureBoundary() {
    LocalDate boundary = LocalDate.of(2016, 6, 1);
    ConductCase c = smallestFalsifying(Cases.builder().regime(Regime.CONDUCT_REGULATIONS_2012).build(),
        k -> k.allegations().stream().allMatch(a -> a.cameToAttention().isBefore(boundary)));
    LocalDate latest = CaseChecks.latestAttention(c);
    assertTrue(!latest.isBefore(boundary) && latest.isBefore(boundary.plusDays(60)),
        "shrunk to within 60 days of " + boundary + ": " + Describe.conductCase(c));
  }

  @Test
  void aFailureReportsTheSeedAndTheWholeCase() {
    long seed = 8_675_309L;
    AssertionError e = assertThrows(AssertionError.class,
        () -> qt().withFixedSeed(seed).withExamples(100).forAll(Cases.any()).check(k -> k.allegations().size() < 2));
    assertTrue(e.getMessage().contains(Long.toString(seed)), e.getMessage());
    assertTrue(e.getMessage().contains("came to attention"), "described in full: " + e.getMessage());
  }
}

package io.github.policeconduct.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.policeconduct.core.ConductCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SamplesTest {
  @Test
  void theSameSeedGivesTheSameCases() {
    List<ConductCase> first = Samples.list(Cases.any(), 42L, 100);
    List<ConductCase> again = Samples.stream(Cases.any(), 42L).limit(100).collect(Collectors.toList());
    assertEquals(100, first.size());
    assertEquals(first, again);
    assertEquals(first.subList(0, 10), Samples.list(Cases.any(), 42L, 10), "a prefix does not depend on the count");
  }

  @Test
  void differentSeedsGiveDifferentCases() {
    assertNotEquals(Samples.list(Cases.any(), 42L, 100), Samples.list(Cases.any(), 43L, 100));
  }

  @Test
  void valuesWithinOneStreamDiffer() {
    List<ConductCase> cases = Samples.list(Cases.any(), 1L, 100);
    assertTrue(cases.stream().distinct().count() > 90, "values vary along the stream");
  }

  @Test
  void listsAreUnmodifiableAndCountsAreChecked() {
    List<ConductCase> cases = Samples.list(Cases.any(), 1L, 3);
    assertThrows(UnsupportedOperationException.class, () -> cases.add(cases.get(0)));
    assertEquals(List.of(), Samples.list(Cases.any(), 1L, 0));
    assertThrows(IllegalArgumentException.class, () -> Samples.list(Cases.any(), 1L, -1));
    assertThrows(NullPointerException.class, () -> Samples.stream(null, 1L));
  }

  @Test
  void drivesComposedGeneratorsWithFlatMapAndAssumptions() {
    Gen<Integer> even = Generate.range(0, 1000).assuming(i -> i % 2 == 0);
    Gen<List<Integer>> dependent = Generate.range(1, 5).flatMap(n -> Generate.range(0, n).map(i -> List.of(n, i)));
    assertTrue(Samples.list(even, 9L, 200).stream().allMatch(i -> i % 2 == 0));
    assertTrue(Samples.list(dependent, 9L, 200).stream().allMatch(p -> p.get(1) <= p.get(0)));
    assertEquals(Samples.list(dependent, 9L, 50), Samples.list(dependent, 9L, 50));
  }

  @Test
  void anImpossibleAssumptionFailsInsteadOfLooping() {
    Gen<Integer> never = Generate.range(0, 10).assuming(i -> i > 10);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Samples.stream(never, 1L).findFirst());
    assertTrue(e.getMessage().contains("assum"), e.getMessage());
  }

  @Test
  void drawsStayInsideEachConstraint() {
    assertTrue(Samples.list(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE), 1L, 100).size() == 100);
    assertTrue(Samples.list(Generate.range(-3, 3), 1L, 1000).stream().allMatch(i -> i >= -3 && i <= 3));
    assertEquals(7, Samples.list(Generate.range(-3, 3), 1L, 1000).stream().distinct().count());
  }

  static Stream<ConductCase> concludedCases() {
    return Samples.stream(Cases.at(Stage.CONCLUDED), 20261123L).limit(50);
  }

  @ParameterizedTest
  @MethodSource("concludedCases")
  void feedsJUnitMethodSources(ConductCase c) {
    CaseChecks.isConsistent(c);
    assertTrue(c.proceedings().orElseThrow().outcome().isPresent());
  }
}

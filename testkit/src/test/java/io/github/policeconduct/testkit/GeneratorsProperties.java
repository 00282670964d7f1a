package io.github.policeconduct.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.WarningType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Properties of the generators of core types: valid values, in range, covering their vocabulary. */
class GeneratorsProperties {
  private static QuickTheory qt500() {
    return qt().withExamples(500);
  }

  /** Every constant of the vocabulary appears among the first 2000 values. */
  private static <E extends Enum<E>> void covers(Gen<E> gen, Class<E> type) {
    Set<E> seen = new HashSet<>(Samples.list(gen, 1L, 2000));
    assertEquals(Set.of(type.getEnumConstants()), seen, type.getSimpleName());
  }

  @Test
  void enumGeneratorsCoverTheirVocabulary() {
    covers(Generators.standards(), Standard.class);
    covers(Generators.roles(), Role.class);
    covers(Generators.ranks(), Rank.class);
    covers(Generators.departures(), Departure.class);
    covers(Generators.categories(), Category.class);
    covers(Generators.severities(), Severity.class);
    covers(Generators.warningTypes(), WarningType.class);
    covers(Generators.forums(), Forum.class);
    covers(Generators.findings(), Finding.class);
    covers(Generators.outcomes(), Outcome.class);
    covers(Generators.regimes(), Regime.class);
  }

  @Test
  void standardSetsAreNonEmptyAndSmall() {
    qt500().forAll(Generators.standardSets()).checkAssert(s -> assertTrue(s.size() >= 1 && s.size() <= 3, s.toString()));
    qt500().forAll(Generators.categorySets()).checkAssert(s -> assertTrue(s.size() <= 2, s.toString()));
    assertTrue(Samples.list(Generators.categorySets(), 1L, 100).stream().anyMatch(Set::isEmpty));
  }

  @Test
  void datesStayInTheirRange() {
    LocalDate first = LocalDate.of(2019, 12, 30);
    LocalDate last = LocalDate.of(2020, 1, 3);
    qt500().forAll(Generators.dates(first, last))
        .checkAssert(d -> assertTrue(!d.isBefore(first) && !d.isAfter(last), d.toString()));
    assertEquals(5, new HashSet<>(Samples.list(Generators.dates(first, last), 1L, 200)).size(), "every day");
    assertEquals(List.of(first), Samples.list(Generators.dates(first, first), 1L, 1));
    assertThrows(IllegalArgumentException.class, () -> Generators.dates(last, first));
  }

  @ParameterizedTest
  @EnumSource(Regime.class)
  void attentionDatesStayInTheRegimeWindow(Regime regime) {
    LocalDate last = Cases.lastAttentionDay(regime);
    qt500().forAll(Generators.attentionDates(regime))
        .checkAssert(d -> assertTrue(!d.isBefore(regime.inForceFrom()) && !d.isAfter(last), d + " for " + regime));
    List<LocalDate> sample = Samples.list(Generators.attentionDates(regime), 3L, 1000);
    assertTrue(sample.contains(regime.inForceFrom()) && sample.contains(last), "both ends of the window are drawn");
  }

  @Test
  void serviceEndsStayInTheirRange() {
    LocalDate first = LocalDate.of(2015, 1, 1);
    LocalDate last = LocalDate.of(2016, 1, 1);
    qt500().forAll(Generators.serviceEnds(first, last)).checkAssert(e -> {
      assertTrue(!e.date().isBefore(first) && !e.date().isAfter(last), e.toString());
      assertNotNull(e.reason());
    });
  }

  @Test
  void subjectsAreConsistent() {
    qt500().forAll(Generators.subjects()).checkAssert(CaseChecks::subjectIsConsistent);
    assertTrue(Samples.list(Generators.subjects(), 1L, 500).stream().anyMatch(s -> s.studentOfficer()), "students");
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void subjectsOfARoleHaveThatRole(Role role) {
    qt500().forAll(Generators.subjects(role)).checkAssert(s -> {
      assertEquals(role, s.role());
      CaseChecks.subjectIsConsistent(s);
      s.left().ifPresent(l -> assertFalse(l.date().isAfter(Cases.HORIZON), s.toString()));
    });
  }

  @Test
  void severityAssessmentsAreInRange() {
    qt500().forAll(Generators.severityAssessments()).checkAssert(s -> s.assessed()
        .ifPresent(d -> assertTrue(!d.isBefore(Generators.EARLIEST) && !d.isAfter(Cases.HORIZON), s.toString())));
    Set<Boolean> dated = Samples.list(Generators.severityAssessments(), 1L, 100).stream()
        .map(s -> s.assessed().isPresent()).collect(Collectors.toSet());
    assertEquals(Set.of(true, false), dated, "with and without a date");
  }

  @Test
  void allegationsHaveConsistentDates() {
    qt500().forAll(Generators.allegations()).checkAssert(a -> {
      assertEquals("A1", a.id());
      assertFalse(a.standards().isEmpty());
      a.conductDate().ifPresent(d -> assertFalse(d.isAfter(a.cameToAttention()), a.toString()));
      a.severity().flatMap(s -> s.assessed()).ifPresent(d -> assertFalse(d.isBefore(a.cameToAttention()), a.toString()));
      assertFalse(a.connectedToEarlierAllegation());
    });
  }

  @Test
  void warningsAndRecordsAreValid() {
    qt500().forAll(Generators.warnings()).checkAssert(w -> {
      w.months().ifPresent(m -> assertTrue(m >= 1 && m <= 36, w.toString()));
      assertTrue(!w.notified().isBefore(Generators.EARLIEST) && !w.notified().isAfter(Cases.HORIZON));
    });
    qt500().forAll(Generators.records()).checkAssert(r -> assertTrue(r.warnings().size() <= 2, r.toString()));
    assertTrue(Samples.list(Generators.records(), 1L, 200).stream().anyMatch(r -> r.reducedInRank()));
  }

  @Test
  void proceedingsHaveOneFindingPerAllegation() {
    qt500().forAll(Generators.proceedings()).checkAssert(p -> {
      List<String> ids = p.findings().stream().map(AllegationFinding::allegation).collect(Collectors.toList());
      assertEquals(ids.size(), new HashSet<>(ids).size(), "one finding per allegation: " + ids);
      assertTrue(ids.size() >= 1 && ids.size() <= 4);
      p.finalWrittenWarningMonths().ifPresent(m -> assertTrue(Arrays.asList(Outcome.FINAL_WRITTEN_WARNING,
          Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING).contains(p.outcome().orElseThrow()), p.toString()));
    });
  }

  @Test
  void casesAreTheCaseGenerator() {
    qt500().forAll(Generators.cases()).checkAssert(CaseChecks::isConsistent);
  }
}

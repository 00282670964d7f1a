package io.github.policeconduct.testkit;

import static io.github.policeconduct.testkit.CaseChecks.earliestAttention;
import static io.github.policeconduct.testkit.CaseChecks.latestAttention;
import static io.github.policeconduct.testkit.CaseChecks.stageOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.QuickTheory;

/** Properties of the case generators: every case is valid and consistent, and every knob is respected. */
class CasesProperties {
  private static final int EXAMPLES = 500;

  private static QuickTheory qt500() {
    return qt().withExamples(EXAMPLES);
  }

  @Test
  void everyCaseIsConsistent() {
    qt500().forAll(Cases.any()).checkAssert(CaseChecks::isConsistent);
  }

  @ParameterizedTest
  @EnumSource(Regime.class)
  void regimeKnobPutsEveryAttentionDateInsideTheWindow(Regime regime) {
    LocalDate last = Cases.lastAttentionDay(regime);
    qt500().forAll(Cases.builder().regime(regime).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      for (Allegation a : c.allegations()) {
        assertFalse(a.cameToAttention().isBefore(regime.inForceFrom()), a + " before " + regime.inForceFrom());
        assertFalse(a.cameToAttention().isAfter(last), a + " after " + last);
        assertFalse(a.connectedToEarlierAllegation(), "connected unless asked: " + a);
      }
    });
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void stageKnobGivesThatStage(Stage stage) {
    qt500().forAll(Cases.at(stage)).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      assertEquals(stage, stageOf(c), c.toString());
      for (Allegation a : c.allegations()) {
        assertEquals(stage.isAssessed(), a.severity().isPresent(), a.toString());
      }
      assertEquals(stage.hasProceedings(), c.proceedings().isPresent());
      assertEquals(stage == Stage.CONCLUDED, c.proceedings().flatMap(p -> p.outcome()).isPresent());
    });
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void roleKnobGivesThatRole(Role role) {
    qt500().forAll(Cases.builder().role(role).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      assertEquals(role, c.subject().role());
    });
  }

  @Test
  void formerKnobSetsTheLeavingDate() {
    qt500().forAll(Cases.builder().former(true).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      assertTrue(c.subject().left().isPresent(), "former subject has left: " + c);
    });
    qt500().forAll(Cases.builder().former(false).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      assertTrue(c.subject().left().isEmpty(), "serving subject has not left: " + c);
      assertFalse(c.conditionCDetermination());
    });
  }

  @Test
  void leftAfterAttentionIsConditionA() {
    qt500().forAll(Cases.builder().leaving(Leaving.AFTER_ATTENTION).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      LocalDate left = c.subject().left().orElseThrow().date();
      assertTrue(left.isAfter(latestAttention(c)), "left " + left + " after every attention: " + c);
      assertFalse(c.conditionCDetermination());
    });
  }

  @Test
  void leftWithin12MonthsBeforeIsConditionB() {
    qt500().forAll(Cases.builder().leaving(Leaving.WITHIN_12_MONTHS_BEFORE).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      LocalDate left = c.subject().left().orElseThrow().date();
      for (LocalDate attention : CaseChecks.attention(c)) {
        assertTrue(left.isBefore(attention), "left " + left + " before " + attention);
        assertFalse(left.isBefore(attention.minusMonths(12)), "left " + left + " within 12 months of " + attention);
      }
      assertFalse(c.conditionCDetermination());
    });
  }

  @Test
  void leftMoreThan12MonthsBeforeIsConditionC() {
    qt500().forAll(Cases.builder().leaving(Leaving.MORE_THAN_12_MONTHS_BEFORE).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      LocalDate left = c.subject().left().orElseThrow().date();
      assertTrue(left.isBefore(earliestAttention(c).minusMonths(12)), "left " + left + ": " + c);
    });
    List<ConductCase> sample = Samples.list(Cases.builder().leaving(Leaving.MORE_THAN_12_MONTHS_BEFORE).build(), 7L, 200);
    assertEquals(Set.of(true, false), sample.stream().map(ConductCase::conditionCDetermination).collect(Collectors.toSet()),
        "condition C cases come with and without the determination");
  }

  @Test
  void formerWithoutATimingCoversConditionsAThroughC() {
    List<ConductCase> sample = Samples.list(Cases.builder().former(true).build(), 11L, 300);
    Set<String> conditions = sample.stream().map(c -> {
      LocalDate left = c.subject().left().orElseThrow().date();
      return left.isAfter(latestAttention(c)) ? "A" : left.isBefore(earliestAttention(c).minusMonths(12)) ? "C" : "B";
    }).collect(Collectors.toSet());
    assertEquals(Set.of("A", "B", "C"), conditions);
  }

  @ParameterizedTest
  @EnumSource(Forum.class)
  void forumKnobGivesProceedingsInThatForum(Forum forum) {
    qt500().forAll(Cases.builder().forum(forum).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      assertEquals(forum, c.proceedings().orElseThrow(() -> new AssertionError("no proceedings: " + c)).forum());
    });
  }

  @ParameterizedTest
  @EnumSource(Finding.class)
  void findingKnobIsTheMostSeriousFinding(Finding finding) {
    qt500().forAll(Cases.builder().finding(finding).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      List<AllegationFinding> findings = c.proceedings().orElseThrow().findings();
      assertEquals(finding, findings.get(0).finding(), "A1 has the finding: " + c);
      assertEquals(finding, c.proceedings().get().mostSeriousFinding().orElseThrow(), c.toString());
    });
  }

  @Test
  void connectedKnobConnectsEveryAllegation() {
    qt500().forAll(Cases.builder().connectedToEarlierAllegation(true).build()).checkAssert(c -> {
      CaseChecks.isConsistent(c);
      assertTrue(c.allegations().stream().allMatch(Allegation::connectedToEarlierAllegation), c.toString());
    });
  }

  @Test
  void knobsCombine() {
    Regime regime = Regime.CONDUCT_REGULATIONS_2020;
    qt500().forAll(Cases.builder().regime(regime).role(Role.POLICE_OFFICER).former(true)
        .forum(Forum.MISCONDUCT_HEARING).finding(Finding.GROSS_MISCONDUCT).stage(Stage.CONCLUDED).build())
        .checkAssert(c -> {
          CaseChecks.isConsistent(c);
          assertTrue(c.allegations().stream().noneMatch(a -> a.cameToAttention().isBefore(regime.inForceFrom())));
          assertEquals(Role.POLICE_OFFICER, c.subject().role());
          assertTrue(c.subject().left().isPresent());
          assertEquals(Forum.MISCONDUCT_HEARING, c.proceedings().orElseThrow().forum());
          assertEquals(Finding.GROSS_MISCONDUCT, c.proceedings().get().mostSeriousFinding().orElseThrow());
          assertTrue(c.proceedings().get().outcome().isPresent());
        });
  }

  @Test
  void whatIsNotFixedVaries() {
    List<ConductCase> sample = Samples.list(Cases.any(), 2026L, 2000);
    assertEquals(EnumSet.allOf(Stage.class), sample.stream().map(CaseChecks::stageOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Stage.class))));
    assertEquals(EnumSet.allOf(Role.class), sample.stream().map(c -> c.subject().role())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    assertEquals(Set.of(1, 2, 3, 4), sample.stream().map(c -> c.allegations().size()).collect(Collectors.toSet()));
    assertEquals(Set.of(true, false), sample.stream().map(c -> c.subject().left().isPresent()).collect(Collectors.toSet()));
    assertEquals(EnumSet.allOf(Regime.class), sample.stream().map(c -> regimeByDate(c.allegations().get(0).cameToAttention()))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Regime.class))));
    assertEquals(EnumSet.allOf(Forum.class), sample.stream().flatMap(c -> c.proceedings().stream()).map(p -> p.forum())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Forum.class))));
    assertTrue(sample.stream().noneMatch(c -> c.allegations().stream().anyMatch(Allegation::connectedToEarlierAllegation)),
        "no allegation connected unless asked");
    assertTrue(sample.stream().anyMatch(c -> c.allegations().get(0).cameToAttention()
        .equals(Regime.CONDUCT_REGULATIONS_2020.inForceFrom().minusDays(1))
        || c.allegations().get(0).cameToAttention().equals(Regime.CONDUCT_REGULATIONS_2020.inForceFrom())),
        "dates near a change of regime are common");
  }

  @Test
  void officersAreMostlyConstables() {
    List<ConductCase> sample = Samples.list(Cases.builder().role(Role.POLICE_OFFICER).build(), 5L, 1000);
    long constables = sample.stream().filter(c -> c.subject().rank().orElseThrow() == io.github.policeconduct.core.Rank.CONSTABLE).count();
    assertTrue(constables > 500 && constables < 900, "constables: " + constables + " of 1000");
    assertTrue(sample.stream().map(c -> c.subject().rank().orElseThrow()).distinct().count() > 10, "any rank");
  }

  private static Regime regimeByDate(LocalDate date) {
    Regime found = null;
    for (Regime r : Regime.values()) {
      if (!date.isBefore(r.inForceFrom())) {
        found = r;
      }
    }
    return found;
  }
}

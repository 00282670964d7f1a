package io.github.policeconduct.examples.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.OutcomeCheck;
import io.github.policeconduct.rules.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The example system behaves as documented, and the properties of {@link ForceCaseSystemProperties} can
 * fail: run against {@link ForceCaseSystem#withDismissalShortcut()}, both the QuickTheories property and
 * the seeded stream find a dismissal the law did not allow.
 */
class ForceCaseSystemCatchesBugsTest {
  /** A constable found to have committed misconduct at a misconduct meeting in 2024. */
  static final ConductCase MEETING = ConductCase.builder()
      .id("EX-MEETING")
      .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build())
      .addAllegations(Allegation.builder("A1", Standard.AUTHORITY_RESPECT_AND_COURTESY)
          .cameToAttention(LocalDate.of(2024, 2, 12))
          .severity(SeverityAssessment.of(Severity.MISCONDUCT, LocalDate.of(2024, 2, 20)))
          .build())
      .proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2024, 6, 5))
          .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).build())
      .build();

  @Test
  void theValidatingSystemRecordsALawfulOutcomeAndRefusesAnUnlawfulOne() {
    ForceCaseSystem system = ForceCaseSystem.validating();
    Optional<ConductCase> warned = system.record(MEETING, Outcome.WRITTEN_WARNING);
    assertEquals(Optional.of(Outcome.WRITTEN_WARNING), warned.flatMap(c -> c.proceedings().get().outcome()));
    assertEquals(warned, system.recorded("EX-MEETING"));
    assertTrue(system.whyNot(MEETING, Outcome.WRITTEN_WARNING).isEmpty());

    assertEquals(Optional.empty(), system.record(MEETING, Outcome.DISMISSAL_WITHOUT_NOTICE));
    List<Problem> why = system.whyNot(MEETING, Outcome.DISMISSAL_WITHOUT_NOTICE);
    assertFalse(why.isEmpty());
    assertEquals(warned, system.recorded("EX-MEETING"), "a refused outcome leaves the record as it was");
  }

  @Test
  void theBrokenSystemRecordsADismissalAtAMeeting() {
    ForceCaseSystem broken = ForceCaseSystem.withDismissalShortcut();
    Optional<ConductCase> dismissed = broken.record(MEETING, Outcome.DISMISSAL_WITHOUT_NOTICE);
    assertTrue(dismissed.isPresent());
    assertEquals(Optional.of(false), ConductRules.decide(dismissed.get()).outcome().map(OutcomeCheck::lawful));
    assertEquals(Optional.empty(), broken.record(MEETING, Outcome.REDUCTION_IN_RANK), "other outcomes are still checked");
  }

  @Test
  void aCaseWithoutProceedingsHasNoOutcomeToRecord() {
    ConductCase open = MEETING.withProceedings(Optional.empty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ForceCaseSystem.validating().record(open, Outcome.WRITTEN_WARNING));
    assertEquals("case EX-MEETING has no proceedings to record an outcome against", e.getMessage());
  }

  /**
   * The QuickTheories property fails for the broken system, and says so with the seed that reproduces it.
   * (A dismissal is one outcome in five and unlawful in most generated cases, so 500 examples cannot all
   * miss it: the chance is below 1 in 10^30.)
   */
  @Test
  void theQuickTheoriesPropertyCatchesTheDismissalShortcut() {
    ForceCaseSystemProperties properties = new ForceCaseSystemProperties();
    properties.system = ForceCaseSystem.withDismissalShortcut();
    AssertionError e = assertThrows(AssertionError.class, properties::neverRecordsAnOutcomeTheRulesCallUnlawful);
    assertTrue(e.getMessage().contains("recorded an outcome the rules call unlawful"), e.getMessage());
    assertTrue(e.getMessage().contains("dismissal"), e.getMessage());
    assertTrue(e.getMessage().contains("Seed was"), e.getMessage());
  }

  /** The seeded-stream variant fails for the broken system on some of its 300 samples. */
  @Test
  void theSeededStreamCatchesTheDismissalShortcut() {
    ForceCaseSystemProperties properties = new ForceCaseSystemProperties();
    properties.system = ForceCaseSystem.withDismissalShortcut();
    long failures = ForceCaseSystemProperties.casesAndOutcomes().map(Arguments::get).filter(args -> {
      try {
        properties.neverRecordsAnOutcomeTheRulesCallUnlawful((ConductCase) args[0], (Outcome) args[1]);
        return false;
      } catch (AssertionError expected) {
        return true;
      }
    }).count();
    assertTrue(failures > 0, "the seeded samples never caught the shortcut");
    // ...and the validating system passes on every one of them.
    ForceCaseSystemProperties good = new ForceCaseSystemProperties();
    ForceCaseSystemProperties.casesAndOutcomes().map(Arguments::get)
        .forEach(args -> good.neverRecordsAnOutcomeTheRulesCallUnlawful((ConductCase) args[0], (Outcome) args[1]));
  }
}

package io.github.policeconduct.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every invariant of the builders fails with a message that names the field and shows the value. */
class ConductCaseTest {
  private static final LocalDate ATTENTION = LocalDate.of(2021, 3, 1);

  private static Allegation allegation(String id) {
    return Allegation.builder(id, Standard.HONESTY_AND_INTEGRITY).cameToAttention(ATTENTION).build();
  }

  private static ConductCase.Builder aCase() {
    return ConductCase.builder().id("C1").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).build());
  }

  /** A builder used wrongly (a value missing or set twice): the generated builder's IllegalStateException. */
  private static void assertIncomplete(Executable build, String... words) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build);
    for (String word : words) {
      assertTrue(e.getMessage().contains(word), () -> "'" + word + "' not in: " + e.getMessage());
    }
  }

  private static void assertInvalid(Executable build, String... words) {
    InvalidFactException e = assertThrows(InvalidFactException.class, build);
    assertTrue(e instanceof IllegalArgumentException);
    assertTrue(e.getMessage().contains(e.field()) && e.getMessage().contains(e.value()), e::getMessage);
    for (String word : words) {
      assertTrue(e.getMessage().contains(word), () -> "'" + word + "' not in: " + e.getMessage());
    }
  }

  @Test
  void aValidCase() {
    ConductCase c = aCase().addAllegations(allegation("A1"), allegation("A2"))
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2021, 6, 1))
            .addFindings(AllegationFinding.of("A2", Finding.MISCONDUCT)).build())
        .build();
    assertEquals(Optional.of(allegation("A2")), c.allegation("A2"));
    assertEquals(Optional.empty(), c.allegation("A9"));
    assertEquals(DisciplinaryRecord.empty(), c.record());
    assertEquals(Optional.of(Finding.MISCONDUCT), c.proceedings().orElseThrow().mostSeriousFinding());
  }

  @Test
  void emptyStandards() {
    assertInvalid(() -> Allegation.builder().id("A1").cameToAttention(ATTENTION).build(),
        "standards must not be empty", "A1", "(standards: [])");
  }

  @Test
  void conductAfterAttention() {
    assertInvalid(() -> Allegation.builder("A1", Standard.USE_OF_FORCE).cameToAttention(ATTENTION)
        .conductDate(LocalDate.of(2021, 6, 1)).build(),
        "conduct_date (2021-06-01) is after came_to_attention (2021-03-01)", "allegation A1");
  }

  @Test
  void conductOnTheDayOfAttentionIsFine() {
    assertEquals(Optional.of(ATTENTION), Allegation.builder("A1", Standard.USE_OF_FORCE).cameToAttention(ATTENTION)
        .conductDate(ATTENTION).build().conductDate());
  }

  @Test
  void leftBeforeJoined() {
    assertInvalid(() -> Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2020, 1, 1))
        .left(ServiceEnd.of(LocalDate.of(2019, 1, 1), Departure.RESIGNED)).build(),
        "left.date (2019-01-01) is before joined (2020-01-01)");
  }

  @Test
  void officerWithoutRank() {
    assertInvalid(() -> Subject.builder().role(Role.POLICE_OFFICER).build(),
        "rank is required for a police_officer", "(rank: absent)");
  }

  @Test
  void staffNeedNoRank() {
    assertEquals(Optional.empty(), Subject.builder().role(Role.PCSO).build().rank());
  }

  @Test
  void blankIds() {
    assertInvalid(() -> ConductCase.builder().id(" ").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).build())
        .addAllegations(allegation("A1")).build(), "id must not be blank", "' '");
    assertInvalid(() -> Allegation.builder("", Standard.CONFIDENTIALITY).cameToAttention(ATTENTION).build(),
        "id must not be blank", "''");
    assertInvalid(() -> Subject.builder().role(Role.PCSO).id("").build(), "id must not be blank");
  }

  @Test
  void noAllegations() {
    assertInvalid(() -> aCase().build(), "allegations must not be empty", "C1");
  }

  @Test
  void duplicateAllegationIds() {
    assertInvalid(() -> aCase().addAllegations(allegation("A1"), allegation("A2"), allegation("A1")).build(),
        "allegations[2].id A1 appears more than once", "C1");
  }

  @Test
  void findingForAnUnknownAllegation() {
    assertInvalid(() -> aCase().addAllegations(allegation("A1"))
        .proceedings(Proceedings.builder().forum(Forum.MISCONDUCT_HEARING)
            .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT), AllegationFinding.of("A9", Finding.MISCONDUCT))
            .build())
        .build(), "proceedings.findings[1].allegation A9 is not an allegation of case C1", "[A1]");
  }

  @Test
  void duplicateFindings() {
    assertInvalid(() -> Proceedings.builder().forum(Forum.MISCONDUCT_HEARING)
        .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT), AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT))
        .build(), "findings[1].allegation A1 is named by more than one finding");
  }

  /** Dates against each other (issue 16, item 13): each impossible order names both fields and both dates. */
  @Test
  void proceedingsComeAfterAttentionAndAssessmentAndAfterTheWarningsOnRecord() {
    Proceedings early = Proceedings.builder(Forum.MISCONDUCT_MEETING, ATTENTION.minusDays(1)).build();
    assertInvalid(() -> aCase().addAllegations(allegation("A1")).proceedings(early).build(),
        "proceedings.date", "allegations[0].came_to_attention (2021-03-01)", "(proceedings.date: 2021-02-28)");
    Allegation assessed = Allegation.builder("A2", Standard.CONFIDENTIALITY).cameToAttention(ATTENTION)
        .severity(SeverityAssessment.of(Severity.MISCONDUCT, ATTENTION.plusDays(30))).build();
    Proceedings beforeAssessment = Proceedings.builder(Forum.MISCONDUCT_MEETING, ATTENTION.plusDays(29)).build();
    assertInvalid(() -> aCase().addAllegations(allegation("A1"), assessed).proceedings(beforeAssessment).build(),
        "proceedings.date", "allegations[1].severity.assessed (2021-03-31)", "(proceedings.date: 2021-03-30)");
    Proceedings held = Proceedings.builder(Forum.MISCONDUCT_MEETING, ATTENTION.plusDays(60)).build();
    DisciplinaryRecord later = DisciplinaryRecord.builder()
        .addWarnings(Warning.of(WarningType.WRITTEN_WARNING, ATTENTION.plusDays(61), 12)).build();
    assertInvalid(() -> aCase().addAllegations(allegation("A1")).proceedings(held).record(later).build(),
        "record.warnings[0].notified", "proceedings.date (2021-04-30)", "(record.warnings[0].notified: 2021-05-01)");
    // the same day is not an impossible order
    DisciplinaryRecord sameDay = DisciplinaryRecord.builder()
        .addWarnings(Warning.of(WarningType.WRITTEN_WARNING, ATTENTION.plusDays(60), 12)).build();
    aCase().addAllegations(allegation("A1"), assessed).proceedings(held).record(sameDay).build();
    aCase().addAllegations(allegation("A1")).proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, ATTENTION).build())
        .build();
  }

  @Test
  void periodsAreAtLeastOneMonth() {
    assertInvalid(() -> Warning.of(WarningType.WRITTEN_WARNING, ATTENTION, 0), "months must be from 1 to 600", "(months: 0)");
    // Before, 2^31-1 months was accepted and kept the warning in force for ever.
    assertInvalid(() -> Warning.of(WarningType.FINAL_WRITTEN_WARNING, ATTENTION, Integer.MAX_VALUE),
        "months must be from 1 to 600", "(months: 2147483647)");
    assertEquals(600, Warning.of(WarningType.FINAL_WRITTEN_WARNING, ATTENTION, 600).months().orElseThrow());
    assertInvalid(() -> Proceedings.builder().forum(Forum.MISCONDUCT_HEARING).finalWrittenWarningMonths(-3).build(),
        "final_written_warning_months must be from 1 to 600", "(final_written_warning_months: -3)");
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertIncomplete(() -> Allegation.builder().id("A1").addStandards(Standard.CONFIDENTIALITY).build(), "cameToAttention");
  }

  @Test
  void buildersAreStrict() {
    assertIncomplete(() -> aCase().id("C2"), "strict", "id");
  }
}

package io.github.policeconduct.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The grammar of the value types: {@code of(...)} gives a value, {@code builder(...)} a builder, the builders'
 * conveniences set the same values as the long forms, and {@code with*} copies.
 */
class BuildersTest {
  private static final LocalDate ATTENTION = LocalDate.of(2025, 5, 20);

  @Test
  void subjectLeftWithADateAndADepartureIsTheServiceEndOfBoth() {
    Subject shortForm = Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2018, 9, 3))
        .left(LocalDate.of(2025, 8, 4), Departure.RESIGNED).build();
    Subject longForm = Subject.builder().role(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2018, 9, 3))
        .left(ServiceEnd.of(LocalDate.of(2025, 8, 4), Departure.RESIGNED)).build();
    assertEquals(longForm, shortForm);
    assertEquals(Optional.of(ServiceEnd.of(LocalDate.of(2025, 8, 4), Departure.RESIGNED)), shortForm.left());
    // strict: how service ended is set once, whichever form sets it
    assertThrows(IllegalStateException.class, () -> Subject.builder(Role.PCSO)
        .left(LocalDate.of(2025, 8, 4), Departure.RETIRED).left(ServiceEnd.of(LocalDate.of(2025, 8, 5), Departure.RETIRED)));
  }

  @Test
  void allegationAssessedIsTheSeverityAssessmentOfLevelAndDate() {
    Allegation a = Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT, Standard.HONESTY_AND_INTEGRITY)
        .cameToAttention(ATTENTION).assessed(Severity.GROSS_MISCONDUCT, LocalDate.of(2025, 5, 28)).build();
    assertEquals(Optional.of(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, LocalDate.of(2025, 5, 28))), a.severity());
    assertEquals(java.util.Set.of(Standard.DISCREDITABLE_CONDUCT, Standard.HONESTY_AND_INTEGRITY), a.standards());
    assertEquals(a, Allegation.builder().id("A1").addStandards(Standard.DISCREDITABLE_CONDUCT, Standard.HONESTY_AND_INTEGRITY)
        .cameToAttention(ATTENTION).severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, LocalDate.of(2025, 5, 28)))
        .build());
    assertThrows(IllegalStateException.class, () -> Allegation.builder("A1", Standard.CONFIDENTIALITY)
        .assessed(Severity.MISCONDUCT, ATTENTION).assessed(Severity.GROSS_MISCONDUCT, ATTENTION));
  }

  @Test
  void proceedingsFoundAddsAFindingPerAllegationInOrder() {
    Proceedings p = Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2025, 8, 21))
        .found("A1", Finding.GROSS_MISCONDUCT).found("A2", Finding.NOT_MISCONDUCT).build();
    assertEquals(List.of(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT), AllegationFinding.of("A2", Finding.NOT_MISCONDUCT)),
        p.findings());
    assertEquals(Optional.of(LocalDate.of(2025, 8, 21)), p.date());
    assertThrows(InvalidFactException.class, () -> Proceedings.builder(Forum.MISCONDUCT_HEARING, ATTENTION)
        .found("A1", Finding.MISCONDUCT).found("A1", Finding.GROSS_MISCONDUCT).build());
  }

  @Test
  void everyValueTypeHasABuilderAndItsOfIsTheSameValue() {
    assertEquals(ServiceEnd.of(ATTENTION, Departure.RETIRED), ServiceEnd.builder().date(ATTENTION).reason(Departure.RETIRED).build());
    assertEquals(SeverityAssessment.of(Severity.MISCONDUCT), SeverityAssessment.builder().level(Severity.MISCONDUCT).build());
    assertEquals(AllegationFinding.of("A1", Finding.MISCONDUCT),
        AllegationFinding.builder().allegation("A1").finding(Finding.MISCONDUCT).build());
    assertEquals(Citation.of("Police Act 1996", "s.88A"), Citation.builder().instrument("Police Act 1996").pinpoint("s.88A").build());
    assertEquals(Warning.of(WarningType.WRITTEN_WARNING, ATTENTION, 18),
        Warning.builder().type(WarningType.WRITTEN_WARNING).notified(ATTENTION).months(18).build());
    assertEquals(DisciplinaryRecord.empty(), DisciplinaryRecord.builder().build());
  }

  @Test
  void withCopiesAValueWithOneAttributeChangedAndKeepsTheInvariants() {
    Allegation a = Allegation.builder("A1", Standard.CONFIDENTIALITY).cameToAttention(ATTENTION).build();
    ConductCase c = ConductCase.builder().id("C1").subject(Subject.builder(Role.PCSO).build()).addAllegations(a).build();
    ConductCase heard = c.withProceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, ATTENTION)
        .found("A1", Finding.MISCONDUCT).build());
    assertTrue(c.proceedings().isEmpty(), "the original is unchanged");
    assertEquals(Optional.of(Finding.MISCONDUCT), heard.proceedings().get().mostSeriousFinding());
    assertNotEquals(c, heard);
    assertEquals(c, heard.withProceedings(Optional.empty()));
    assertThrows(InvalidFactException.class, () -> c.withProceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, ATTENTION)
        .found("A9", Finding.MISCONDUCT).build()));
  }
}

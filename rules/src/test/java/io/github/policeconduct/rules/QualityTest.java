package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import io.github.policeconduct.core.ActionTaken;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.CaseType;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import org.junit.jupiter.api.Test;

/** {@link ConductRules#qualityOf}: the problems a case has for a return, at the boundaries that matter. */
class QualityTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static ConductCase open(String attention) {
    return ConductCase.builder().id("Q1").caseType(CaseType.CONDUCT_MATTER)
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build())
        .addAllegations(Allegation.builder("A1", Standard.CONFIDENTIALITY).cameToAttention(d(attention))
            .assessed(Severity.MISCONDUCT, d(attention)).caseToAnswer(true)
            .actionTaken(ActionTaken.REFERRED_TO_MISCONDUCT_PROCEEDINGS).build())
        .build();
  }

  private static List<QualityKind> kinds(ConductCase c, String asAt) {
    return ConductRules.qualityOf(c, d(asAt)).stream().map(QualityIssue::kind).toList();
  }

  @Test
  void aCaseIsATimelinessOutlierFromTheDayAfterTheTwelveMonthsBeginningWithItsAttention() {
    // R2020 reg 19: "the period of 12 months beginning with the day on which the allegation first came to the
    // attention": from 10 January 2024 it ends on 9 January 2025.
    ConductCase c = open("2024-01-10");
    assertEquals(List.of(), kinds(c, "2025-01-09"), "the last day of the 12 months");
    assertEquals(List.of(QualityKind.OPEN_MORE_THAN_12_MONTHS), kinds(c, "2025-01-10"));
    QualityIssue i = ConductRules.qualityOf(c, d("2025-01-10")).get(0);
    assertTrue(i.message().contains("ended on 2025-01-09"), i.message());
    assertEquals("Police (Conduct) Regulations 2020, reg 19(1)", i.citation().orElseThrow().toString());
    // finalised: not open (but an allegation referred to proceedings it does not record has no proceedings type);
    // an earlier regime's case: reg 19 of the 2020 Regulations does not reach it
    assertEquals(List.of(QualityKind.PROCEEDINGS_TYPE_NOT_KNOWN),
        kinds(c.withEvents(List.of(CaseEvent.of(EventType.CASE_FINALISED, d("2024-12-01")))), "2025-06-01"));
    assertEquals(List.of(), kinds(open("2019-06-03"), "2021-06-01"));
  }

  @Test
  void factsDatedAfterTheDayCheckedHaveNotHappenedYet() {
    ConductCase c = open("2024-01-10").withEvents(List.of(CaseEvent.of(EventType.CASE_FINALISED, d("2025-03-01"))));
    assertEquals(List.of(QualityKind.OPEN_MORE_THAN_12_MONTHS), kinds(c, "2025-02-01"), "not finalised yet then");
    assertEquals(List.of(QualityKind.PROCEEDINGS_TYPE_NOT_KNOWN), kinds(c, "2025-03-01"));
  }
}

package io.github.policeconduct.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FoiAnswerTest {

  @Test
  void answersWithSuppressedTablesACrossTabAndCaveats() {
    FoiRequest req = FoiRequest.of("How many allegations by standard and outcome in 2014/15?",
        Selection.financialYears(FinancialYear.parse("2014/15"), FinancialYear.parse("2014/15")), Unit.ALLEGATIONS,
        Dimension.STANDARD, Dimension.OUTCOME);
    FoiAnswer a = FoiAnswer.answer(req, Caseload.cases());
    assertEquals(2, a.tables().size());
    assertEquals("<5", a.tables().get(0).total().toString()); // 3 allegations in 2014/15
    assertTrue(a.crossTable().isPresent());
    assertTrue(a.caveats().stream().anyMatch(c -> c.contains("as recorded at the time of extraction")));
    assertTrue(a.caveats().stream().anyMatch(c -> c.contains("more than one Standard of Professional Behaviour")));
    assertTrue(a.caveats().stream().anyMatch(c -> c.contains("shown as <5")));
    assertTrue(a.caveats().stream().anyMatch(c -> c.contains("financial year 2014/15")));
    assertFalse(a.engagesSection40());
    assertTrue(a.section40().isEmpty());
  }

  @Test
  void requestsForPersonalInformationAreFlaggedUnderSection40() {
    FoiRequest req = FoiRequest.of("Please give the name, date of birth, rank and warrant number of each officer"
        + " dismissed, and their home address.", Selection.all(), Unit.INDIVIDUALS, Dimension.OUTCOME);
    FoiAnswer a = FoiAnswer.answer(req, Caseload.cases());
    assertEquals(List.of("names", "dates of birth", "addresses", "warrant, collar or shoulder numbers"),
        a.personalInformationRequested());
    String s40 = a.section40().orElseThrow();
    assertTrue(s40.contains("Freedom of Information Act 2000, s.40(2)"), s40);
    assertTrue(s40.contains("s.40(5B)(a)(i)"), s40);
    assertTrue(s40.contains("holds no names"), s40);
    assertTrue(a.text().contains(s40));
  }

  @Test
  void ordinaryWordsAreNotMistakenForPersonalInformation() {
    assertEquals(List.of(), FoiAnswer.personalInformationIn(
        "Number of officers by rank dismissed for dishonesty; please address this to the PSD."
            .replace("address this", "send this")));
    assertEquals(List.of("names"), FoiAnswer.personalInformationIn("Names of officers"));
  }

  @Test
  void atMostTwoDimensions() {
    assertThrows(IllegalArgumentException.class, () -> FoiRequest.of("x", Selection.all(), Unit.CASES,
        Dimension.RANK, Dimension.FORUM, Dimension.OUTCOME));
    assertThrows(IllegalArgumentException.class, () -> FoiRequest.of("x", Selection.all(), Unit.CASES,
        Dimension.RANK, Dimension.RANK));
  }

  @Test
  void financialYearsParseAndContain() {
    FinancialYear fy = FinancialYear.parse("2014/15");
    assertEquals("2014/15", fy.toString());
    assertEquals(fy, FinancialYear.containing(java.time.LocalDate.of(2015, 3, 31)));
    assertEquals("2015/16", FinancialYear.containing(java.time.LocalDate.of(2015, 4, 1)).toString());
    assertEquals(fy, FinancialYear.parse("2014-2015"));
    assertEquals("1999/00", FinancialYear.parse("1999/00").toString());
    assertThrows(IllegalArgumentException.class, () -> FinancialYear.parse("2014/16"));
  }
}

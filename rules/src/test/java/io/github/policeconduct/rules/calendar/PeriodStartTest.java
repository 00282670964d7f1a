package io.github.policeconduct.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two ways the regime words a period of working days, each tested against a provision that uses it, on the
 * day before, the day of and the day after the due date, across a weekend, Christmas and Easter, and from a day
 * that is not a working day.
 */
class PeriodStartTest {
  private static final WorkingDays CALENDAR = WorkingDays.englandAndWales();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * SI 2017/1135 reg 3(1): "the authority must do so before the end of 5 working days beginning with— (a) ... the
   * date of the relevant dismissal". The date of the dismissal is day 1: Wed 2, Thu 3, Fri 4, Mon 7, Tue 8 October.
   */
  @Test
  void barredListReg3BeginsWithTheDateOfTheDismissal() {
    LocalDate dismissed = d("2024-10-02");
    assertEquals(d("2024-10-08"), CALENDAR.periodBeginningWith(dismissed, 5));
    assertEquals(d("2024-10-08"), CALENDAR.lastDayOfPeriod(PeriodStart.WITH_THE_DATE, dismissed, 5));
  }

  /**
   * R2020 reg 45(3): "before the end of 7 working days beginning with the first working day after the report is
   * given to the officer". The day the report is given never counts: Thu 3 ... Fri 11 October.
   */
  @Test
  void meetingAppealReg45BeginsWithTheFirstWorkingDayAfterTheReport() {
    LocalDate reportGiven = d("2024-10-02");
    assertEquals(d("2024-10-11"), CALENDAR.periodBeginningAfter(reportGiven, 7));
    assertEquals(CALENDAR.plusWorkingDays(reportGiven, 7), CALENDAR.periodBeginningAfter(reportGiven, 7));
  }

  /** R2020 reg 31(1): "15 working days beginning with the first working day after the documents have been supplied". */
  @Test
  void officersResponseReg31CountsFifteenWorkingDaysAfterTheDocuments() {
    // PROCEDURE.md's worked example: an event on Wednesday 5 June 2024 gives Wednesday 26 June 2024.
    assertEquals(d("2024-06-26"), CALENDAR.periodBeginningAfter(d("2024-06-05"), 15));
    assertEquals(d("2024-06-11"), CALENDAR.periodBeginningWith(d("2024-06-05"), 5));
    assertEquals(d("2024-06-12"), CALENDAR.periodBeginningAfter(d("2024-06-05"), 5));
  }

  /** The same event: "beginning with" ends one working day earlier than "beginning with the first working day after". */
  @ParameterizedTest
  @CsvSource({
      // event (a working day), n, beginning with, beginning after
      "2025-08-21, 5, 2025-08-28, 2025-08-29", // Staffordshire: Thu 21; Mon 25 August is the summer bank holiday
      "2025-12-19, 5, 2025-12-29, 2025-12-30", // 25 and 26 December are bank holidays, 27 and 28 a weekend
      "2024-03-27, 5, 2024-04-04, 2024-04-05", // Good Friday 29 March and Easter Monday 1 April 2024
      "2024-05-03, 5, 2024-05-10, 2024-05-13", // PROCEDURE.md: Monday 6 May 2024 is the early May bank holiday
      "2024-10-04, 1, 2024-10-04, 2024-10-07", // a Friday: one working day
  })
  void onAWorkingDayTheTwoFormulationsDifferByOneWorkingDay(String event, int n, String with, String after) {
    assertTrue(CALENDAR.isWorkingDay(d(event)));
    assertEquals(d(with), CALENDAR.periodBeginningWith(d(event), n));
    assertEquals(d(after), CALENDAR.periodBeginningAfter(d(event), n));
  }

  /**
   * Our reading where the date a period "begins with" is not a working day (no words of the instrument address it):
   * no working day of the period can fall on it, so day 1 is the first working day after it, and the two
   * formulations give the same last day.
   */
  @ParameterizedTest
  @CsvSource({
      "2024-10-05, 5, 2024-10-11", // a Saturday: Mon 7 is day 1
      "2024-10-06, 5, 2024-10-11", // a Sunday
      "2025-12-25, 5, 2026-01-05", // Christmas Day: Mon 29 Dec is day 1; 1 January is a bank holiday
      "2024-03-29, 5, 2024-04-08", // Good Friday: Easter Monday is not a working day either; Tue 2 April is day 1
  })
  void fromADayThatIsNotAWorkingDayDayOneIsTheNextWorkingDay(String event, int n, String last) {
    assertFalse(CALENDAR.isWorkingDay(d(event)));
    assertEquals(d(last), CALENDAR.periodBeginningWith(d(event), n));
    assertEquals(d(last), CALENDAR.periodBeginningAfter(d(event), n));
  }

  @Test
  void theDayBeforeTheDayOfAndTheDayAfterTheDueDate() {
    LocalDate due = CALENDAR.periodBeginningWith(d("2024-10-02"), 5);
    assertEquals(d("2024-10-08"), due);
    assertTrue(CALENDAR.periodBeginningWith(d("2024-10-02"), 4).isBefore(due)); // day 4 is the day before
    assertEquals(d("2024-10-09"), CALENDAR.periodBeginningWith(d("2024-10-02"), 6)); // a day late
  }

  @Test
  void aPeriodHasAtLeastOneWorkingDayAndMustFitTheCalendar() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> CALENDAR.periodBeginningWith(d("2024-10-02"), 0));
    assertTrue(zero.getMessage().contains("2024-10-02"), zero.getMessage());
    IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
        () -> CALENDAR.periodBeginningAfter(d("2030-12-30"), 5));
    assertTrue(late.getMessage().contains("2030-12-30"), late.getMessage());
    assertThrows(NullPointerException.class, () -> CALENDAR.lastDayOfPeriod(null, d("2024-10-02"), 5));
    assertEquals(d("2008-01-02"), CALENDAR.periodBeginningWith(d("2008-01-01"), 1)); // the first covered day
  }

  /** For every covered start day and short period, "beginning with D" is "beginning after the day before D". */
  @Test
  void beginningWithADateIsBeginningAfterTheDayBefore() {
    for (LocalDate day = d("2008-01-02"); day.isBefore(d("2030-12-01")); day = day.plusDays(1)) {
      for (int n = 1; n <= 10; n += 3) {
        assertEquals(CALENDAR.periodBeginningAfter(day.minusDays(1), n), CALENDAR.periodBeginningWith(day, n), day + " " + n);
      }
    }
  }
}

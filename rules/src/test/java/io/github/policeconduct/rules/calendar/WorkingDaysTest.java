package io.github.policeconduct.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {
  private static final WorkingDays CALENDAR = WorkingDays.englandAndWales();
  private static final LocalDate FIRST = LocalDate.of(2008, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
  /** The last year whose bank holidays have been announced; later years are projections. */
  private static final int LAST_ANNOUNCED_YEAR = 2026;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theSharedInstanceIsLoadedOnce() {
    assertSame(CALENDAR, WorkingDays.englandAndWales());
  }

  @Test
  void coverageIsExactly2008To2030() {
    assertEquals(Range.closed(FIRST, LAST), CALENDAR.coverage());
  }

  @Nested
  class KnownDates {
    @Test
    void fiveWorkingDaysAfter21August2025SkipTheSummerBankHoliday() {
      assertFalse(CALENDAR.isWorkingDay(d("2025-08-25")));
      assertEquals(d("2025-08-29"), CALENDAR.plusWorkingDays(d("2025-08-21"), 5));
    }

    @Test
    void aBarredListReportAfterADismissalBeforeChristmas2025() {
      // 22, 23, 24 December; 25 and 26 are bank holidays; 27 and 28 a weekend; 29, 30 December.
      assertEquals(d("2025-12-30"), CALENDAR.plusWorkingDays(d("2025-12-19"), 5));
    }

    @Test
    void christmas2020BoxingDaySubstituteIsMonday28December() {
      assertTrue(CALENDAR.isBankHoliday(d("2020-12-28")));
      assertFalse(CALENDAR.isWorkingDay(d("2020-12-28")));
      assertFalse(CALENDAR.isBankHoliday(d("2020-12-26")), "the Saturday itself is not the bank holiday");
      assertEquals(d("2020-12-29"), CALENDAR.plusWorkingDays(d("2020-12-24"), 1));
    }

    @Test
    void christmasOnASundayMovesChristmasToTuesday27December() {
      assertTrue(CALENDAR.isBankHoliday(d("2022-12-26")));
      assertTrue(CALENDAR.isBankHoliday(d("2022-12-27")));
      assertEquals(d("2022-12-28"), CALENDAR.plusWorkingDays(d("2022-12-23"), 1));
    }

    @Test
    void newYearOnASaturdayIsKeptOnMonday3January() {
      assertFalse(CALENDAR.isWorkingDay(d("2022-01-03")));
      assertEquals(d("2022-01-04"), CALENDAR.plusWorkingDays(d("2021-12-31"), 1));
    }

    @Test
    void platinumJubilee2022MovedTheSpringBankHoliday() {
      assertFalse(CALENDAR.isWorkingDay(d("2022-06-02")));
      assertFalse(CALENDAR.isWorkingDay(d("2022-06-03")));
      assertTrue(CALENDAR.isWorkingDay(d("2022-05-30")), "the last Monday in May 2022 was a working day");
      assertEquals(d("2022-06-06"), CALENDAR.plusWorkingDays(d("2022-06-01"), 1));
    }

    @Test
    void diamondJubilee2012MovedTheSpringBankHoliday() {
      assertFalse(CALENDAR.isWorkingDay(d("2012-06-04")));
      assertFalse(CALENDAR.isWorkingDay(d("2012-06-05")));
      assertTrue(CALENDAR.isWorkingDay(d("2012-05-28")), "the last Monday in May 2012 was a working day");
      assertEquals(d("2012-06-06"), CALENDAR.plusWorkingDays(d("2012-06-01"), 1));
    }

    @Test
    void veDay2020MovedTheEarlyMayBankHolidayToFriday() {
      assertFalse(CALENDAR.isWorkingDay(d("2020-05-08")));
      assertTrue(CALENDAR.isWorkingDay(d("2020-05-04")), "the first Monday in May 2020 was a working day");
    }

    @Test
    void royalWedding2011JoinsEasterAndEarlyMayIntoALongBreak() {
      // Friday 29 April (Royal Wedding), the weekend, Monday 2 May (early May bank holiday).
      assertEquals(d("2011-05-03"), CALENDAR.plusWorkingDays(d("2011-04-28"), 1));
    }

    @Test
    void stateFuneral2022AndCoronation2023AreBankHolidays() {
      assertTrue(CALENDAR.isBankHoliday(d("2022-09-19")));
      assertTrue(CALENDAR.isBankHoliday(d("2023-05-08")));
      assertEquals(d("2022-09-20"), CALENDAR.plusWorkingDays(d("2022-09-16"), 1));
    }

    @ParameterizedTest(name = "Good Friday {0}")
    @ValueSource(strings = {"2008-03-21", "2016-03-25", "2020-04-10", "2024-03-29", "2025-04-18", "2030-04-19"})
    void goodFridayAndEasterMondayAreNotWorkingDays(String goodFriday) {
      LocalDate friday = d(goodFriday);
      assertEquals(DayOfWeek.FRIDAY, friday.getDayOfWeek());
      assertFalse(CALENDAR.isWorkingDay(friday));
      assertFalse(CALENDAR.isWorkingDay(friday.plusDays(3)), "Easter Monday");
      assertEquals(friday.plusDays(4), CALENDAR.plusWorkingDays(friday.minusDays(1), 1));
    }

    @Test
    void anOrdinaryWeekdayIsAWorkingDayAndNotABankHoliday() {
      assertTrue(CALENDAR.isWorkingDay(d("2025-08-21")));
      assertFalse(CALENDAR.isBankHoliday(d("2025-08-21")));
    }

    @Test
    void workingDaysInAYearCountWeekendsAndBankHolidaysOnce() {
      assertEquals(253, workingDaysIn(2025), "365 days - 104 weekend days - 8 bank holidays");
      assertEquals(250, workingDaysIn(2022), "365 days - 105 weekend days - 10 bank holidays");
    }

    private long workingDaysIn(int year) {
      LocalDate first = LocalDate.of(year, 1, 1);
      return first.datesUntil(first.plusYears(1)).filter(CALENDAR::isWorkingDay).count();
    }
  }

  @Nested
  class Weekends {
    @ParameterizedTest
    @ValueSource(strings = {"2025-08-23", "2025-08-24", "2008-01-05", "2030-12-29"})
    void saturdaysAndSundaysAreNotWorkingDays(String weekendDay) {
      assertFalse(CALENDAR.isWorkingDay(d(weekendDay)));
      assertFalse(CALENDAR.isBankHoliday(d(weekendDay)));
    }

    @Test
    void countingFromAWeekendStartsOnTheNextWorkingDay() {
      // Saturday 23 August 2025; Monday 25 August is a bank holiday.
      assertEquals(d("2025-08-26"), CALENDAR.plusWorkingDays(d("2025-08-23"), 1));
    }

    @Test
    void oneWorkingDayAfterFridayIsMonday() {
      assertEquals(d("2025-01-06"), CALENDAR.plusWorkingDays(d("2025-01-03"), 1));
    }
  }

  @Nested
  class ZeroDays {
    @ParameterizedTest
    @CsvSource({"2025-08-21", "2025-12-25", "2025-08-23", "2008-01-01", "2030-12-31"})
    void zeroWorkingDaysAfterAnyCoveredDayIsThatDay(String day) {
      assertEquals(d(day), CALENDAR.plusWorkingDays(d(day), 0));
    }
  }

  @Nested
  class OutsideCoverage {
    @ParameterizedTest
    @ValueSource(strings = {"2007-12-31", "2031-01-01", "1999-06-15", "2100-01-04"})
    void everyMethodRefusesADateOutsideCoverageAndNamesIt(String iso) {
      LocalDate date = d(iso);
      assertMessageNames(iso, assertThrows(IllegalArgumentException.class, () -> CALENDAR.isWorkingDay(date)));
      assertMessageNames(iso, assertThrows(IllegalArgumentException.class, () -> CALENDAR.isBankHoliday(date)));
      assertMessageNames(
          iso, assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusWorkingDays(date, 0)));
      assertMessageNames(
          iso, assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusWorkingDays(date, 3)));
    }

    @Test
    void theFirstAndLastCoveredDaysAreAnswered() {
      assertFalse(CALENDAR.isWorkingDay(FIRST), "New Year's Day 2008");
      assertEquals(d("2008-01-02"), CALENDAR.plusWorkingDays(FIRST, 1));
      assertTrue(CALENDAR.isWorkingDay(LAST));
      assertEquals(LAST, CALENDAR.plusWorkingDays(d("2030-12-27"), 2));
    }

    @Test
    void countingPastTheEndOfCoverageIsRefusedNamingTheStartAndTheEnd() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusWorkingDays(d("2030-12-27"), 3));
      assertMessageNames("2030-12-27", e);
      assertMessageNames("2030-12-31", e);
      assertMessageNames(
          "2030-12-31",
          assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusWorkingDays(LAST, 1)));
    }

    @Test
    void aHugeCountIsRefusedRatherThanLoopingForever() {
      assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusWorkingDays(FIRST, Integer.MAX_VALUE));
    }

    @Test
    void aNegativeCountIsRefused() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusWorkingDays(d("2025-08-21"), -1));
      assertMessageNames("2025-08-21", e);
      assertMessageNames("-1", e);
    }

    @Test
    void nullIsRefused() {
      assertThrows(NullPointerException.class, () -> CALENDAR.isWorkingDay(null));
      assertThrows(NullPointerException.class, () -> CALENDAR.isBankHoliday(null));
      assertThrows(NullPointerException.class, () -> CALENDAR.plusWorkingDays(null, 1));
    }
  }

  @Nested
  class Properties {
    private final int lastStartOffset = (int) ChronoUnit.DAYS.between(FIRST, d("2030-09-30"));

    @Test
    void theNthWorkingDayIsAWorkingDayWithExactlyNWorkingDaysSinceStart() {
      qt().withExamples(400)
          .forAll(integers().between(0, lastStartOffset), integers().between(0, 40))
          .checkAssert(
              (offset, n) -> {
                LocalDate start = FIRST.plusDays(offset);
                LocalDate end = CALENDAR.plusWorkingDays(start, n);
                long counted =
                    start.plusDays(1).datesUntil(end.plusDays(1)).filter(CALENDAR::isWorkingDay).count();
                assertEquals((long) n, counted, () -> start + " + " + n);
                if (n > 0) {
                  assertTrue(CALENDAR.isWorkingDay(end), () -> start + " + " + n + " = " + end);
                } else {
                  assertEquals(start, end);
                }
              });
    }

    @Test
    void countingInTwoStepsIsCountingOnce() {
      qt().withExamples(400)
          .forAll(integers().between(0, lastStartOffset), integers().between(0, 20), integers().between(0, 20))
          .checkAssert(
              (offset, a, b) -> {
                LocalDate start = FIRST.plusDays(offset);
                assertEquals(
                    CALENDAR.plusWorkingDays(start, a + b),
                    CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(start, a), b),
                    () -> start + " + " + a + " + " + b);
              });
    }
  }

  /** Cross-checks the shipped list, the source of truth, against the standing rules and the one-offs. */
  @Nested
  class TheListAgainstTheStandingRules {
    /**
     * Every departure from the standing rules in 2008 to 2030, by year: days the standing rules give
     * that were not bank holidays, and days that were bank holidays though the standing rules do not
     * give them. Each was made by royal proclamation under the Banking and Financial Dealings Act 1971.
     */
    private final Map<Integer, Departure> oneOffs =
        ImmutableMap.of(
            2011, new Departure(Set.of(), Set.of(d("2011-04-29"))), // Royal Wedding
            2012, new Departure(Set.of(d("2012-05-28")), Set.of(d("2012-06-04"), d("2012-06-05"))), // Diamond Jubilee
            2020, new Departure(Set.of(d("2020-05-04")), Set.of(d("2020-05-08"))), // VE Day
            2022,
                new Departure(
                    Set.of(d("2022-05-30")),
                    Set.of(d("2022-06-02"), d("2022-06-03"), d("2022-09-19"))), // Platinum Jubilee, State Funeral
            2023, new Departure(Set.of(), Set.of(d("2023-05-08")))); // Coronation

    @ParameterizedTest(name = "Easter Sunday {0}")
    @CsvSource({
      "1818-03-22", "1943-04-25", "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21",
      "2024-03-31", "2025-04-20", "2038-04-25", "2285-03-22"
    })
    void theEasterAlgorithmGivesKnownEasterSundays(String iso) {
      LocalDate easter = d(iso);
      assertEquals(easter, easterSunday(easter.getYear()));
    }

    @Test
    void theStandingRulesGiveTheKnownSubstituteDays() {
      assertEquals(
          Set.of(d("2010-12-27"), d("2010-12-28")), december(standingHolidays(2010)), "25 Dec a Saturday");
      assertEquals(
          Set.of(d("2011-12-26"), d("2011-12-27")), december(standingHolidays(2011)), "25 Dec a Sunday");
      assertEquals(
          Set.of(d("2020-12-25"), d("2020-12-28")), december(standingHolidays(2020)), "26 Dec a Saturday");
      assertTrue(standingHolidays(2017).contains(d("2017-01-02")), "1 Jan a Sunday");
    }

    @Test
    void everyYearHasTheStandingHolidaysAdjustedOnlyByTheListedOneOffs() {
      for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
        Set<LocalDate> expected = new TreeSet<>(standingHolidays(year));
        Departure departure = oneOffs.get(year);
        if (departure != null) {
          assertTrue(expected.containsAll(departure.removed()), "a moved day is a standing holiday in " + year);
          expected.removeAll(departure.removed());
          expected.addAll(departure.added());
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        Set<LocalDate> listed =
            CALENDAR.bankHolidays().subSet(jan1, true, LocalDate.of(year, 12, 31), true);
        assertEquals(expected, listed, "bank holidays of " + year);
      }
    }

    @Test
    void theListHoldsNothingOutsideItsCoverageAndNoWeekendDays() {
      assertEquals(FIRST, CALENDAR.bankHolidays().first());
      assertEquals(d("2030-12-26"), CALENDAR.bankHolidays().last());
      assertTrue(
          CALENDAR.bankHolidays().stream()
              .noneMatch(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY));
      assertEquals(23 * 8 + 5, CALENDAR.bankHolidays().size(), "8 a year, plus 5 net one-off days");
    }

    @Test
    void everyDateLineNamesItsHolidayAndYearsAfter2026AreMarkedAsProjections() throws IOException {
      List<String> dateLines =
          readResource().stream()
              .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
              .collect(Collectors.toList());
      assertEquals(CALENDAR.bankHolidays().size(), dateLines.size());
      for (String line : dateLines) {
        int hash = line.indexOf('#');
        assertTrue(hash > 0 && !line.substring(hash + 1).isBlank(), () -> "unnamed holiday: " + line);
        int year = LocalDate.parse(line.substring(0, hash).strip()).getYear();
        boolean markedProjected = line.substring(hash).contains("(projected");
        assertEquals(year > LAST_ANNOUNCED_YEAR, markedProjected, () -> "projection marking: " + line);
      }
    }

    private Set<LocalDate> december(Set<LocalDate> days) {
      return days.stream().filter(day -> day.getMonth() == Month.DECEMBER).collect(Collectors.toSet());
    }
  }

  /** The rules a bank-holiday list must keep, so that a bad edit fails loudly when the library loads. */
  @Nested
  class ListFormat {
    private final List<String> year2025 =
        List.of(
            "# 2025",
            "2025-01-01  # New Year's Day",
            "2025-04-18  # Good Friday",
            "2025-04-21  # Easter Monday",
            "",
            "2025-05-05  # Early May bank holiday",
            "2025-05-26  # Spring bank holiday",
            "2025-08-25  # Summer bank holiday",
            "2025-12-25  # Christmas Day",
            "2025-12-26  # Boxing Day");

    @Test
    void aListCoversTheWholeOfEachYearItNamesAndSkipsCommentsAndBlankLines() {
      WorkingDays calendar = WorkingDays.fromLines("test", year2025);
      assertEquals(Range.closed(d("2025-01-01"), d("2025-12-31")), calendar.coverage());
      assertEquals(8, calendar.bankHolidays().size());
      assertFalse(calendar.isWorkingDay(d("2025-08-25")));
      assertMessageNames(
          "2026-01-02",
          assertThrows(IllegalArgumentException.class, () -> calendar.isWorkingDay(d("2026-01-02"))));
    }

    @Test
    void aDateThatIsNotIsoIsRefusedNamingTheLine() {
      assertRefused("test:3", "12/04/2025", with(2, "12/04/2025  # Good Friday"));
    }

    @Test
    void aWeekendDateIsRefusedAskingForTheSubstitute() {
      assertRefused("test:2", "SATURDAY", with(1, "2025-01-04  # New Year's Day"));
    }

    @Test
    void aRepeatedDateIsRefused() {
      assertRefused("test:4", "2025-04-18", with(3, "2025-04-18  # Easter Monday"));
    }

    @Test
    void datesOutOfOrderAreRefused() {
      List<String> lines = new ArrayList<>(year2025);
      lines.add("2025-11-03  # out of order");
      assertRefused("test:11", "2025-11-03", lines);
    }

    @Test
    void anIncompleteYearIsRefused() {
      List<String> lines = new ArrayList<>(year2025);
      lines.add("2026-01-01  # New Year's Day");
      assertRefused("year 2026", "lists 1", lines);
    }

    @Test
    void aMissingYearIsRefused() {
      List<String> lines = new ArrayList<>(year2025);
      year2025.stream().map(line -> line.replace("2025-", "2031-")).forEach(lines::add);
      assertRefused("year 2026", "lists 0", lines);
    }

    @Test
    void anEmptyListIsRefused() {
      assertRefused("test", "no bank holidays", List.of("# nothing", ""));
    }

    private List<String> with(int index, String line) {
      List<String> lines = new ArrayList<>(year2025);
      lines.set(index, line);
      return lines;
    }

    private void assertRefused(String where, String what, List<String> lines) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> WorkingDays.fromLines("test", lines));
      assertMessageNames(where, e);
      assertMessageNames(what, e);
    }
  }

  private static void assertMessageNames(String text, IllegalArgumentException e) {
    assertNotNull(e.getMessage());
    assertTrue(e.getMessage().contains(text), () -> "message should name " + text + ": " + e.getMessage());
  }

  /** A year's departure from the standing rules. */
  private record Departure(Set<LocalDate> removed, Set<LocalDate> added) {}

  /**
   * The bank holidays the standing rules give for {@code year}: New Year's Day, Good Friday, Easter
   * Monday, the first and last Mondays in May, the last Monday in August, Christmas Day and Boxing Day,
   * each moved to the next weekday not already a holiday if it falls on a weekend.
   */
  static Set<LocalDate> standingHolidays(int year) {
    Set<LocalDate> days = new TreeSet<>();
    LocalDate easter = easterSunday(year);
    addObserved(days, LocalDate.of(year, 1, 1));
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    addObserved(days, LocalDate.of(year, 12, 25));
    addObserved(days, LocalDate.of(year, 12, 26));
    return ImmutableSet.copyOf(days);
  }

  private static void addObserved(Set<LocalDate> days, LocalDate day) {
    LocalDate observed = day;
    while (observed.getDayOfWeek() == DayOfWeek.SATURDAY
        || observed.getDayOfWeek() == DayOfWeek.SUNDAY
        || days.contains(observed)) {
      observed = observed.plusDays(1);
    }
    days.add(observed);
  }

  /** Easter Sunday in the Gregorian calendar: the anonymous (Meeus/Jones/Butcher) algorithm. */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  private static List<String> readResource() throws IOException {
    try (InputStream in = WorkingDays.class.getResourceAsStream(WorkingDays.RESOURCE)) {
      assertNotNull(in, WorkingDays.RESOURCE);
      List<String> lines = new ArrayList<>();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader.lines().forEach(lines::add);
      }
      return lines;
    }
  }
}

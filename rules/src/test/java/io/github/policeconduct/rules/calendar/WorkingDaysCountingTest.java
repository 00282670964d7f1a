package io.github.policeconduct.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Counting working days with a calendar built afresh from its list (not the shared instance, which is built
 * once per JVM), against the definition counted a day at a time: the n-th working day after a day is found by
 * stepping forward and skipping Saturdays, Sundays and bank holidays. Checked for every start day of the
 * shipped calendar with counts up to 12 (the longest deadline the rules count is 10), and at the end of a
 * small calendar, where a count that runs past the last covered day is refused.
 */
class WorkingDaysCountingTest {

  private static LocalDate byWalking(LocalDate start, int n, Set<LocalDate> holidays) {
    LocalDate d = start;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d)) {
        left--;
      }
    }
    return d;
  }

  private static List<String> shippedLines() throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        WorkingDays.class.getResourceAsStream(WorkingDays.RESOURCE), StandardCharsets.UTF_8))) {
      return r.lines().collect(Collectors.toList());
    }
  }

  @Test
  void aFreshCalendarCountsEveryDeadlineAsWalkingDayByDayWould() throws IOException {
    WorkingDays fresh = WorkingDays.fromLines("shipped", shippedLines());
    Set<LocalDate> holidays = fresh.bankHolidays();
    LocalDate last = fresh.coverage().upperEndpoint().minusDays(40);
    for (LocalDate d = fresh.coverage().lowerEndpoint(); !d.isAfter(last); d = d.plusDays(1)) {
      for (int n = 0; n <= 12; n++) {
        assertEquals(byWalking(d, n, holidays), fresh.plusWorkingDays(d, n), n + " working days after " + d);
      }
    }
    assertEquals(WorkingDays.englandAndWales().bankHolidays(), holidays);
    assertEquals(WorkingDays.englandAndWales().coverage(), fresh.coverage());
  }

  @Test
  void aSmallCalendarCountsUpToItsLastWorkingDayAndNoFurther() {
    List<String> lines = new ArrayList<>(List.of("# two years", "2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07",
        "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26", "", "2030-01-01 # new year", "2030-04-19", "2030-04-22",
        "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"));
    WorkingDays small = WorkingDays.fromLines("small", lines);
    Set<LocalDate> holidays = small.bankHolidays();
    assertEquals(16, holidays.size());
    // 2030-12-31 is a Tuesday, the last working day; 2030-12-27 (Friday) and 30 (Monday) are working days.
    LocalDate friday = LocalDate.of(2030, 12, 27);
    assertEquals(LocalDate.of(2030, 12, 31), small.plusWorkingDays(friday, 2));
    assertEquals("3 working days after 2030-12-27 falls after 2030-12-31, the last day for which England and Wales"
        + " bank holidays are known (coverage [2029-01-01..2030-12-31])",
        assertThrows(IllegalArgumentException.class, () -> small.plusWorkingDays(friday, 3)).getMessage());
    assertEquals(LocalDate.of(2029, 1, 2), small.plusWorkingDays(LocalDate.of(2029, 1, 1), 1));
    for (LocalDate d = LocalDate.of(2029, 1, 1); d.isBefore(LocalDate.of(2030, 12, 1)); d = d.plusDays(1)) {
      for (int n = 0; n <= 15; n++) {
        assertEquals(byWalking(d, n, holidays), small.plusWorkingDays(d, n), n + " working days after " + d);
      }
    }
    assertEquals("WorkingDays[England and Wales, 2029-01-01..2030-12-31, 16 bank holidays]", small.toString());
  }
}

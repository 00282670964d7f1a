package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import org.junit.jupiter.api.Test;

/**
 * R2012 reg 10A (12 January 2015 to 14 December 2017) forbade <em>giving notice</em> of intention to resign or
 * retire while a gross misconduct allegation was outstanding (issue 17): when the case records the notice, its day
 * is the one asked about, not the day the officer left.
 */
class ResignationNoticeTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static ConductCase resigned(String left, String notice) {
    ConductCase.Builder b = ConductCase.builder().id("R1")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(d("2010-01-04"))
            .left(d(left), Departure.RESIGNED).build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).cameToAttention(d("2017-09-01"))
            .assessed(Severity.GROSS_MISCONDUCT, d("2017-09-15")).build());
    if (notice != null) {
      b.addEvents(CaseEvent.of(EventType.NOTICE_TO_RESIGN_GIVEN, d(notice)));
    }
    return b.build();
  }

  @Test
  void noticeGivenInsideTheWindowWasRestrictedThoughTheOfficerLeftAfterIt() {
    // Notice on 1 December 2017, leaving on 5 January 2018: before, the leaving date (after the window) was tested
    // and no consent was said to be needed.
    assertFalse(ConductRules.decide(resigned("2018-01-05", null)).resignation().restricted());
    Decision d = ConductRules.decide(resigned("2018-01-05", "2017-12-01"));
    assertTrue(d.resignation().restricted(), d.toString());
    assertEquals(Optional.of(d("2017-12-01")), d.resignation().on());
    assertTrue(d.toString().contains("giving notice of intention to resign or retire on 2017-12-01"), d.toString());
  }

  @Test
  void noticeGivenAfterTheWindowWasNotRestricted() {
    Decision d = ConductRules.decide(resigned("2018-01-20", "2017-12-20"));
    assertFalse(d.resignation().restricted(), d.toString());
    assertEquals(Optional.of(d("2017-12-20")), d.resignation().on());
  }
}

package io.github.policeconduct.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;

/** Assertions that a generated case is consistent, as the testkit promises. */
final class CaseChecks {
  private CaseChecks() {}

  /** The stage a case is at, read from its facts. */
  static Stage stageOf(ConductCase c) {
    if (c.proceedings().isPresent()) {
      return c.proceedings().get().outcome().isPresent() ? Stage.CONCLUDED : Stage.WITH_PROCEEDINGS;
    }
    return c.allegations().get(0).severity().isPresent() ? Stage.ASSESSED : Stage.ALLEGATION_ONLY;
  }

  static List<LocalDate> attention(ConductCase c) {
    return c.allegations().stream().map(Allegation::cameToAttention).collect(Collectors.toList());
  }

  static LocalDate earliestAttention(ConductCase c) {
    return attention(c).stream().min(LocalDate::compareTo).orElseThrow();
  }

  static LocalDate latestAttention(ConductCase c) {
    return attention(c).stream().max(LocalDate::compareTo).orElseThrow();
  }

  static void subjectIsConsistent(Subject s) {
    if (s.role() == Role.POLICE_OFFICER) {
      assertTrue(s.rank().isPresent(), "an officer has a rank: " + s);
    }
    if (s.role() == Role.PCSO || s.role() == Role.POLICE_STAFF) {
      assertTrue(s.rank().isEmpty(), "PCSOs and staff have no rank: " + s);
    }
    if (s.studentOfficer()) {
      assertEquals(Role.POLICE_OFFICER, s.role(), "only officers are student officers");
      assertEquals(Rank.CONSTABLE, s.rank().orElseThrow(), "student officers are constables");
    }
    if (s.joined().isPresent() && s.left().isPresent()) {
      assertFalse(s.left().get().date().isBefore(s.joined().get()), "left before joined: " + s);
    }
  }

  /** Every promise about dates and structure that holds for every generated case. */
  static void isConsistent(ConductCase c) {
    Subject s = c.subject();
    subjectIsConsistent(s);
    assertTrue(c.id().matches("TK-\\d{4}"), "case id: " + c.id());
    assertTrue(c.allegations().size() >= 1 && c.allegations().size() <= Cases.MAX_ALLEGATIONS,
        "1 to 4 allegations: " + c.allegations().size());
    Stage stage = stageOf(c);
    LocalDate earliestAssessed = null;
    LocalDate latestAssessed = null;
    for (int i = 0; i < c.allegations().size(); i++) {
      Allegation a = c.allegations().get(i);
      assertEquals("A" + (i + 1), a.id());
      assertTrue(a.standards().size() >= 1 && a.standards().size() <= 3, "1 to 3 standards: " + a.standards());
      assertTrue(a.categories().size() <= 2, "at most 2 categories: " + a.categories());
      assertTrue(!a.cameToAttention().isBefore(Generators.EARLIEST) && !a.cameToAttention().isAfter(Cases.HORIZON),
          "came to attention in 2008-12-01.." + Cases.HORIZON + ": " + a.cameToAttention());
      assertFalse(a.cameToAttention().isAfter(earliestAttention(c).plusDays(90)),
          "attention within 90 days of the first: " + c);
      s.joined().ifPresent(j -> {
        assertFalse(j.isAfter(a.cameToAttention()), "joined after attention: " + c);
        a.conductDate().ifPresent(d -> assertFalse(j.isAfter(d), "joined after conduct: " + c));
      });
      a.conductDate().ifPresent(d -> {
        assertFalse(d.isAfter(a.cameToAttention()), "conduct after attention: " + c);
        s.left().ifPresent(l -> assertFalse(d.isAfter(l.date()), "conduct after leaving: " + c));
      });
      assertEquals(stage.isAssessed(), a.severity().isPresent(), "severity at stage " + stage + ": " + c);
      if (a.severity().isPresent()) {
        LocalDate assessed = a.severity().get().assessed().orElseThrow(() -> new AssertionError("assessed date"));
        assertFalse(assessed.isBefore(a.cameToAttention()), "assessed before attention: " + c);
        earliestAssessed = earliestAssessed == null || assessed.isBefore(earliestAssessed) ? assessed : earliestAssessed;
        latestAssessed = latestAssessed == null || assessed.isAfter(latestAssessed) ? assessed : latestAssessed;
      }
    }
    LocalDate warnedBefore = earliestAssessed != null ? earliestAssessed : earliestAttention(c);
    assertTrue(c.record().warnings().size() <= 2, "at most 2 warnings");
    for (Warning w : c.record().warnings()) {
      assertTrue(w.notified().isBefore(warnedBefore), "warning notified " + w.notified() + " not before "
          + warnedBefore + ": " + c);
      s.joined().ifPresent(j -> assertFalse(w.notified().isBefore(j), "warning before joining: " + c));
      s.left().ifPresent(l -> assertFalse(w.notified().isAfter(l.date()), "warning after leaving: " + c));
    }
    if (c.conditionCDetermination()) {
      LocalDate left = s.left().orElseThrow(() -> new AssertionError("condition C for a serving subject")).date();
      assertTrue(left.isBefore(earliestAttention(c).minusMonths(12)), "condition C but left " + left + ": " + c);
    }
    if (c.proceedings().isPresent()) {
      Proceedings p = c.proceedings().get();
      LocalDate date = p.date().orElseThrow(() -> new AssertionError("proceedings date"));
      assertFalse(date.isBefore(latestAssessed), "proceedings before an assessment: " + c);
      s.left().ifPresent(l -> assertTrue(date.isAfter(l.date()), "proceedings before leaving: " + c));
      Set<String> ids = new HashSet<>();
      for (AllegationFinding f : p.findings()) {
        assertTrue(ids.add(f.allegation()), "one finding per allegation");
      }
      assertEquals(c.allegations().stream().map(Allegation::id).collect(Collectors.toSet()), ids,
          "a finding on every allegation: " + c);
      if (p.finalWrittenWarningMonths().isPresent()) {
        assertTrue(p.outcome().orElseThrow() == Outcome.FINAL_WRITTEN_WARNING
            || p.outcome().orElseThrow() == Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING,
            "final written warning months without such an outcome: " + c);
      }
    }
  }
}

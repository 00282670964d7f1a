package io.github.policeconduct.testkit;

import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;

/** Full, readable descriptions of generated cases, for QuickTheories' report of a falsifying value. */
final class Describe {
  private Describe() {}

  static String conductCase(ConductCase c) {
    StringBuilder s = new StringBuilder("case ").append(c.id());
    c.force().ifPresent(f -> s.append(" (").append(f).append(')'));
    s.append("\n  subject: ").append(subject(c.subject()));
    for (Warning w : c.record().warnings()) {
      s.append("\n  warning: ").append(w.type()).append(" notified ").append(w.notified())
          .append(w.months().map(m -> " for " + m + " months").orElse(""));
    }
    if (c.record().reducedInRank()) {
      s.append("\n  reduced in rank before");
    }
    for (Allegation a : c.allegations()) {
      s.append("\n  ").append(allegation(a));
    }
    if (c.conditionCDetermination()) {
      s.append("\n  condition C determination made");
    }
    c.proceedings().ifPresent(p -> s.append("\n  ").append(proceedings(p)));
    for (io.github.policeconduct.core.CaseEvent e : c.events()) {
      s.append("\n  event: ").append(e.type()).append(" on ").append(e.date())
          .append(e.allegation().map(a -> " (" + a + ")").orElse(""));
    }
    return s.toString();
  }

  private static String subject(Subject s) {
    return s.role() + s.rank().map(r -> " " + r).orElse("") + (s.studentOfficer() ? " (student officer)" : "")
        + s.id().map(i -> " " + i).orElse("") + s.joined().map(j -> ", joined " + j).orElse("")
        + s.left().map(l -> ", left " + l.date() + " (" + l.reason() + ")").orElse(", serving");
  }

  private static String allegation(Allegation a) {
    return a.id() + ": " + a.standards() + (a.categories().isEmpty() ? "" : " " + a.categories())
        + a.conductDate().map(d -> ", conduct " + d).orElse("") + ", came to attention " + a.cameToAttention()
        + (a.connectedToEarlierAllegation() ? " (connected to an earlier allegation)" : "")
        + a.severity().map(s -> ", assessed " + s.level() + on(s.assessed().map(Object::toString))).orElse("");
  }

  private static String proceedings(Proceedings p) {
    StringBuilder s = new StringBuilder(p.forum().toString()).append(on(p.date().map(Object::toString)));
    for (AllegationFinding f : p.findings()) {
      s.append(", ").append(f.allegation()).append(' ').append(f.finding());
    }
    if (p.unconnectedIncidents()) {
      s.append(", unconnected incidents");
    }
    p.outcome().ifPresent(o -> s.append(" -> ").append(o));
    p.finalWrittenWarningMonths().ifPresent(m -> s.append(" (").append(m).append(" months)"));
    return s.toString();
  }

  private static String on(Optional<String> date) {
    return date.map(d -> " on " + d).orElse("");
  }
}

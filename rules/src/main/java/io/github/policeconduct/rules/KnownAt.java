package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Warning;

/**
 * A case as it stood on a day: a fact dated after that day has not happened yet. Proceedings held later, a
 * severity assessment made later, a departure later, a warning notified later and an event dated later are left
 * out; the rest of the
 * case is as recorded (an allegation that came to attention later is kept, since a case needs one, and its
 * Regulations are still those of its date). Facts without a date are kept.
 */
final class KnownAt {
  private KnownAt() {}

  static ConductCase view(ConductCase c, LocalDate asAt) {
    ConductCase v = c;
    if (c.proceedings().flatMap(p -> p.date()).filter(d -> d.isAfter(asAt)).isPresent()) {
      v = v.withProceedings(Optional.empty());
    }
    if (c.subject().left().filter(l -> l.date().isAfter(asAt)).isPresent()) {
      v = v.withSubject(c.subject().withLeft(Optional.empty()));
    }
    if (c.allegations().stream().anyMatch(a -> assessedAfter(a, asAt))) {
      v = v.withAllegations(c.allegations().stream()
          .map(a -> assessedAfter(a, asAt) ? a.withSeverity(Optional.empty()) : a).collect(Collectors.toList()));
    }
    List<Warning> warnings = c.record().warnings();
    if (warnings.stream().anyMatch(w -> w.notified().isAfter(asAt))) {
      v = v.withRecord(c.record().withWarnings(warnings.stream().filter(w -> !w.notified().isAfter(asAt))
          .collect(Collectors.toList())));
    }
    if (c.events().stream().anyMatch(e -> e.date().isAfter(asAt))) {
      v = v.withEvents(c.events().stream().filter(e -> !e.date().isAfter(asAt)).collect(Collectors.toList()));
    }
    return v;
  }

  /**
   * Records in {@code t} one step saying what {@link #view} leaves out of {@code c} as at {@code asAt}, when it leaves
   * anything out: the decision says which recorded facts have not happened yet.
   */
  static void note(ConductCase c, LocalDate asAt, Trace t) {
    List<String> out = new java.util.ArrayList<>(4);
    c.proceedings().flatMap(p -> p.date()).filter(d -> d.isAfter(asAt))
        .ifPresent(d -> out.add("the proceedings of " + d));
    c.subject().left().filter(l -> l.date().isAfter(asAt)).ifPresent(l -> out.add("leaving on " + l.date()));
    for (Allegation a : c.allegations()) {
      if (assessedAfter(a, asAt)) {
        out.add("the severity assessment of " + a.id() + " on " + a.severity().get().assessed().get());
      }
    }
    List<LocalDate> warnings = c.record().warnings().stream().map(Warning::notified).filter(d -> d.isAfter(asAt))
        .sorted().toList();
    if (!warnings.isEmpty()) {
      out.add(count(warnings.size(), "warning") + " notified from " + warnings.get(0));
    }
    List<LocalDate> events = c.events().stream().map(e -> e.date()).filter(d -> d.isAfter(asAt)).sorted().toList();
    if (!events.isEmpty()) {
      out.add(count(events.size(), "event") + " dated from " + events.get(0));
    }
    if (!out.isEmpty()) {
      t.applied(Rule.AS_AT_NOT_YET_HAPPENED, "", asAt, "as_at", asAt, "left_out", String.join("; ", out));
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static boolean assessedAfter(Allegation a, LocalDate asAt) {
    return a.severity().flatMap(s -> s.assessed()).filter(d -> d.isAfter(asAt)).isPresent();
  }
}

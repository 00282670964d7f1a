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

  private static boolean assessedAfter(Allegation a, LocalDate asAt) {
    return a.severity().flatMap(s -> s.assessed()).filter(d -> d.isAfter(asAt)).isPresent();
  }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Subject;

/** Capability 6: whether resigning or retiring needed the appropriate authority's consent ({@link Rule#RESIGNATION_RESTRICTED}). */
final class Resignations {
  private Resignations() {}

  static Resignation of(CaseFacts f, Trace t) {
    Subject s = f.subject();
    // The restriction (Rule.RESIGNATION_RESTRICTED) forbids giving notice of intention to resign or retire: the day it was
    // given is the day asked about, when the case records it; else the day the subject left, or the as-at date (and the
    // sentence says which).
    Optional<LocalDate> notice = f.c().events().stream().filter(e -> e.type() == EventType.NOTICE_TO_RESIGN_GIVEN)
        .map(e -> e.date()).min(LocalDate::compareTo);
    Optional<LocalDate> on;
    if (s.left().isPresent()) {
      on = f.leftByResigningOrRetiring() ? Optional.of(notice.orElse(s.left().get().date())) : Optional.empty();
    } else {
      on = Optional.of(notice.orElse(f.asAt()));
    }
    if (on.isEmpty() || !s.role().isConstable()) {
      return new Resignation(false, Optional.empty());
    }
    LocalDate d = on.get();
    Rule rule = Rule.RESIGNATION_RESTRICTED;
    if (!rule.isInForceOn(d)) {
      t.notApplicable(rule, "outside_window", d, "date", d);
      return new Resignation(false, on);
    }
    boolean outstanding = false;
    for (Allegation a : f.c().allegations()) {
      outstanding |= !a.cameToAttention().isAfter(d);
    }
    Optional<SeverityAssessment> sev = f.severity().filter(x -> x.assessed().map(a -> !a.isAfter(d)).orElse(true));
    String lifted = null;
    if (!outstanding) {
      lifted = "nothing_outstanding";
    } else if (sev.isPresent() && !sev.get().level().isMisconductOrWorse()) {
      lifted = "assessed_below_misconduct";
    } else if (sev.isPresent() && sev.get().level() == Severity.MISCONDUCT && f.liveWarning().isEmpty()) {
      lifted = "misconduct_without_warning";
    } else if (f.proceedingsDate().map(p -> !p.isAfter(d)).orElse(false) && f.givenOutcome().isPresent()) {
      lifted = "concluded";
    }
    if (lifted != null) {
      t.notApplicable(rule, lifted, d, "date", d);
      return new Resignation(false, on);
    }
    String variant = (notice.isPresent() ? "notice" : s.left().isPresent() ? "left" : "serving")
        + (sev.isPresent() ? "" : "_not_assessed");
    if (notice.isPresent()) {
      t.applied(rule, variant, d, "date", d, "severity", sev.map(x -> x.level().code()));
    } else if (s.left().isPresent()) {
      t.applied(rule, variant, d, "date", d, "severity", sev.map(x -> x.level().code()), "reason", s.left().get().reason().code());
    } else {
      t.applied(rule, variant, d, "date", d, "severity", sev.map(x -> x.level().code()));
    }
    return new Resignation(true, on);
  }
}

package io.github.policeconduct.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The random choices behind proceedings other than the forum and the findings, drawn whatever the stage.
 */
record ProceedingsDraw(int dateGap, boolean unconnectedIncidents, Outcome outcome, boolean outcomePresent,
    Optional<Integer> finalWrittenWarningMonths) {

  static Gen<ProceedingsDraw> gen() {
    return Generate.range(0, 365, 0).zip(Generators.oneIn(4), Generators.outcomes(), Generate.booleans(),
        Generators.optional(Generate.range(1, 36, 24), 50), ProceedingsDraw::new);
  }

  Proceedings toProceedings(Forum forum, Optional<LocalDate> date, List<AllegationFinding> findings,
      boolean withOutcome) {
    boolean finalWarning = outcome == Outcome.FINAL_WRITTEN_WARNING
        || outcome == Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING;
    return Proceedings.builder()
        .forum(forum)
        .date(date)
        .addAllFindings(findings)
        .unconnectedIncidents(unconnectedIncidents)
        .outcome(withOutcome ? Optional.of(outcome) : Optional.empty())
        .finalWrittenWarningMonths(withOutcome && finalWarning ? finalWrittenWarningMonths : Optional.empty())
        .build();
  }
}

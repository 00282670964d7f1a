package io.github.policeconduct.testkit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Standard;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The random choices behind one allegation of a case (and its finding), drawn in a fixed order whatever
 * the stage, so that shrinking one choice does not shift the others. Dates are offsets in days, so the
 * case can place them consistently.
 */
record AllegationDraw(Set<Standard> standards, Set<Category> categories, Optional<String> summary,
    int attentionOffset, Optional<Integer> conductGap, Severity severity, int assessedGap, Finding finding) {

  /** Latest came-to-attention date of a case's later allegations, in days after its first. */
  static final int MAX_ATTENTION_OFFSET = 90;

  static Gen<AllegationDraw> gen(Gen<Finding> findings) {
    Gen<Set<Standard>> standards = Generators.standardSets();
    Gen<Set<Category>> categories = Generators.categorySets();
    Gen<Optional<String>> summaries = Generators.summaries();
    Gen<Integer> attentionOffsets = Generate.range(0, MAX_ATTENTION_OFFSET, 0);
    Gen<Optional<Integer>> conductGaps = Generators.optional(Generate.range(0, 730, 0), 70);
    Gen<Severity> severities = Generators.severities();
    Gen<Integer> assessedGaps = Generate.range(0, 120, 0);
    return in -> new AllegationDraw(standards.generate(in), categories.generate(in), summaries.generate(in),
        attentionOffsets.generate(in), conductGaps.generate(in), severities.generate(in),
        assessedGaps.generate(in), findings.generate(in));
  }

  /** The day of the conduct, if given: up to two years before {@code latestConduct}. */
  Optional<LocalDate> conductDate(LocalDate latestConduct) {
    return conductGap.map(latestConduct::minusDays);
  }

  LocalDate assessedOn(LocalDate attention) {
    return attention.plusDays(assessedGap);
  }

  Allegation toAllegation(int number, LocalDate attention, Optional<LocalDate> conduct, boolean assessed,
      boolean connected) {
    return Allegation.builder()
        .id("A" + number)
        .summary(summary)
        .addAllStandards(standards)
        .addAllCategories(categories)
        .conductDate(conduct)
        .cameToAttention(attention)
        .connectedToEarlierAllegation(connected)
        .severity(assessed ? Optional.of(SeverityAssessment.of(severity, assessedOn(attention))) : Optional.empty())
        .build();
  }
}

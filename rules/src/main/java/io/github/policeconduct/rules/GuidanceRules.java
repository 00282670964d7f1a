package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;

/** Capability 8: advisory guidance, never part of the decision. */
final class GuidanceRules {
  private static final Set<Category> DISMISSAL_LIKELY = EnumSet.of(Category.VIOLENCE_AGAINST_WOMEN_AND_GIRLS,
      Category.DOMESTIC_ABUSE, Category.SEXUAL_MISCONDUCT, Category.ABUSE_OF_POSITION_FOR_SEXUAL_PURPOSE,
      Category.DISHONESTY, Category.DISCRIMINATION);

  private GuidanceRules() {}

  static void of(CaseFacts f, boolean former, Optional<Forum> forum, Optional<Finding> finding, Set<Outcome> available,
      Trace t) {
    LocalDate attention = f.attention();
    boolean gross = finding.filter(x -> x == Finding.GROSS_MISCONDUCT).isPresent();
    if (gross && !former && forum.filter(x -> x != Forum.MISCONDUCT_MEETING).isPresent()) {
      Rule presumption = Rule.GUIDANCE_PRESUMPTION_OF_DISMISSAL;
      if (presumption.isInForceOn(attention)) {
        t.guidance(GuidanceKind.PRESUMPTION_OF_DISMISSAL, presumption, "presumption_of_dismissal");
        t.applied(presumption, "", attention, "came_to_attention", attention);
      } else {
        t.notApplicable(presumption, "", attention, "came_to_attention", attention);
      }
      Set<Category> cats = EnumSet.noneOf(Category.class);
      for (Allegation a : f.c().allegations()) {
        cats.addAll(a.categories());
      }
      cats.retainAll(DISMISSAL_LIKELY);
      if (!cats.isEmpty() && Rule.GUIDANCE_OUTCOMES.isInForceOn(f.when())) {
        String categories = cats.toString();
        t.guidance(GuidanceKind.DISMISSAL_LIKELY_UNDER_OUTCOMES_GUIDANCE, Rule.GUIDANCE_OUTCOMES, "dismissal_likely",
            "categories", categories);
        t.applied(Rule.GUIDANCE_OUTCOMES, "", f.when(), "categories", categories);
      }
    }
    Rule indictable = Rule.GUIDANCE_INDICTABLE_ONLY;
    if (f.mentions(Category.INDICTABLE_ONLY_CONVICTION) && indictable.isInForceOn(attention)) {
      t.guidance(GuidanceKind.INDICTABLE_ONLY_CONVICTION_IS_GROSS_MISCONDUCT, indictable, "indictable_only_conviction");
      t.applied(indictable, "", attention, "assessed", attention);
      Optional<SeverityAssessment> sev = f.severity();
      if (sev.isPresent() && sev.get().level() != Severity.GROSS_MISCONDUCT) {
        t.problem("indictable_only_conviction_is_gross_misconduct", indictable, "severity", sev.get().level().code());
      }
    }
    if (available.contains(Outcome.REDUCTION_IN_RANK)) {
      t.guidance(GuidanceKind.REDUCTION_IN_RANK_NEEDS_VIEWS, Rule.GUIDANCE_REDUCTION_IN_RANK_VIEWS, "reduction_in_rank_views");
      t.applied(Rule.GUIDANCE_REDUCTION_IN_RANK_VIEWS, "", f.when(), "reduction_in_rank_open", true);
    }
  }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Subject;

/** Capability 2: whether the Conduct Regulations reach the case, and for a former officer under which condition. */
final class Jurisdictions {
  private Jurisdictions() {}

  /**
   * What capability 2 decided.
   *
   * @param inScope whether the case is within the Conduct Regulations
   * @param former whether the subject is a former officer
   * @param condition for a former officer in scope, the condition met
   * @param outside why no proceedings could be held (a code of a {@code phrase.} sentence), where the case is out of
   *     scope for a reason an outcome given would offend
   */
  record Result(boolean inScope, boolean former, Optional<FormerOfficerCondition> condition, Optional<String> outside) {}

  static Result of(CaseFacts f, Regime regime, Trace t) {
    Subject s = f.subject();
    LocalDate on = f.attention();
    if (!s.role().isConstable()) {
      t.applied(Rule.JURISDICTION_STAFF, "", on, "role", s.role().code());
      if (f.givenOutcome().isPresent()) {
        t.notApplicable(Rule.SANCTIONS_OUTCOME_LAWFUL, "staff", f.when(), "outcome", f.givenOutcome());
      }
      return new Result(false, false, Optional.empty(), Optional.empty());
    }
    t.applied(Rule.JURISDICTION_OFFICER, (s.rank().isPresent() ? "ranked" : "unranked") + (s.studentOfficer() ? "_student" : ""), on, "role", s.role().code(), "rank", s.rank(),
        "student_officer", s.studentOfficer(), "regime", regime);
    if (s.joined().isPresent()) {
      LocalDate joined = s.joined().get();
      List<String> before = new ArrayList<>();
      int dated = 0;
      for (Allegation a : f.c().allegations()) {
        if (a.conductDate().isPresent()) {
          dated++;
          if (a.conductDate().get().isBefore(joined)) {
            before.add(a.id());
          }
        }
      }
      if (!before.isEmpty()) {
        boolean all = before.size() == f.c().allegations().size();
        t.applied(Rule.JURISDICTION_BEFORE_ATTESTATION, all ? "all" : "some", on, "joined", joined, "allegations", before.toString());
        if (all) {
          return new Result(false, false, Optional.empty(), Optional.of("before_attestation"));
        }
      } else if (dated > 0) {
        t.notApplicable(Rule.JURISDICTION_BEFORE_ATTESTATION, "", on, "joined", joined);
      }
    }
    if (!f.former()) {
      return new Result(true, false, Optional.empty(), Optional.empty());
    }
    LocalDate left = f.left().get().date();
    if (!Rule.JURISDICTION_FORMER_LEFT_EARLIER.isInForceOn(left)) {
      Rule rule = Rule.JURISDICTION_FORMER_LEFT_EARLIER.isInForceOn(f.asAt()) ? Rule.JURISDICTION_FORMER_LEFT_EARLIER
          : Rule.JURISDICTION_FORMER_NOT_YET;
      t.applied(rule, "", f.asAt(), "left", left, "reason", f.left().get().reason().code());
      return outside("left_before_former_officer_provisions");
    }
    if (regime == Regime.CONDUCT_REGULATIONS_2008) {
      t.applied(Rule.JURISDICTION_FORMER_2008, "", f.asAt(), "left", left, "regime", regime);
      return outside("former_officer_under_2008_regulations");
    }
    Optional<SeverityAssessment> sev = f.severity();
    if (sev.isPresent() && sev.get().level() != Severity.GROSS_MISCONDUCT) {
      t.applied(Rule.JURISDICTION_FORMER_GROSS_ONLY, "not_gross", left, "left", left, "severity", sev.get().level().code());
      return outside("former_officer_not_gross_misconduct");
    }
    boolean whileServing = false;
    for (Allegation a : f.c().allegations()) {
      whileServing |= a.conductDate().isEmpty() || !a.conductDate().get().isAfter(left);
    }
    if (!whileServing) {
      t.applied(Rule.JURISDICTION_FORMER_GROSS_ONLY, "after_leaving", left, "left", left);
      return outside("conduct_after_leaving");
    }
    t.applied(Rule.JURISDICTION_FORMER_GROSS_ONLY, sev.isPresent() ? "" : "not_assessed", left, "left", left,
        "severity", sev.map(x -> x.level().code()));
    if (sev.isEmpty()) {
      t.guidance(GuidanceKind.NEXT_STEP, Rule.JURISDICTION_FORMER_GROSS_ONLY, "former_officer_not_assessed");
    }
    return condition(f, regime, left, t);
  }

  private static Result condition(CaseFacts f, Regime regime, LocalDate left, Trace t) {
    LocalDate attention = f.attention();
    boolean r2020 = regime == Regime.CONDUCT_REGULATIONS_2020;
    Rule ruleA = r2020 ? Rule.FORMER_CONDITION_A : Rule.FORMER_CONDITION_2012;
    Rule ruleB = r2020 ? Rule.FORMER_CONDITION_B : Rule.FORMER_CONDITION_2012;
    Rule ruleC = r2020 ? Rule.FORMER_CONDITION_C : Rule.FORMER_CONDITION_2012;
    if (!attention.isAfter(left)) {
      t.applied(ruleA, "a", left, "left", left, "came_to_attention", attention);
      return new Result(true, true, Optional.of(FormerOfficerCondition.A), Optional.empty());
    }
    t.notApplicable(ruleA, "a", left, "left", left, "came_to_attention", attention);
    if (!attention.isAfter(left.plus(ruleB.period().orElseThrow()))) {
      t.applied(ruleB, "b", left, "left", left, "came_to_attention", attention);
      return new Result(true, true, Optional.of(FormerOfficerCondition.B), Optional.empty());
    }
    t.notApplicable(ruleB, "b", left, "left", left, "came_to_attention", attention);
    if (f.c().conditionCDetermination()) {
      t.applied(ruleC, "c", left, "left", left, "came_to_attention", attention, "condition_c_determination", true);
      return new Result(true, true, Optional.of(FormerOfficerCondition.C), Optional.empty());
    }
    t.applied(ruleC, "none", left, "left", left, "came_to_attention", attention, "condition_c_determination", false);
    return new Result(false, true, Optional.empty(), Optional.of("no_former_officer_condition"));
  }

  private static Result outside(String why) {
    return new Result(false, true, Optional.empty(), Optional.of(why));
  }
}

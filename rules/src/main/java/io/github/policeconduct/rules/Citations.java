package io.github.policeconduct.rules;

import java.util.EnumMap;
import java.util.Map;

import io.github.policeconduct.core.Citation;

/** The citation of each rule (kept apart from {@link Rule} so that the enum's constants stay readable). */
final class Citations {
  private static final Map<Rule, Citation> CITATIONS = new EnumMap<>(Rule.class);

  static {
    CITATIONS.put(Rule.REGIME_NOT_MODELLED, Law.r2008("reg 2(2)"));
    CITATIONS.put(Rule.REGIME_2008, Law.r2012("reg 2(2)"));
    CITATIONS.put(Rule.REGIME_2012, Law.r2020("reg 3"));
    CITATIONS.put(Rule.REGIME_2020, Law.r2020("reg 3"));
    CITATIONS.put(Rule.REGIME_CONNECTED, Law.r2020("reg 3"));
    CITATIONS.put(Rule.REGIME_CONFLICT, Law.r2020("reg 3"));
    CITATIONS.put(Rule.JURISDICTION_STAFF, Law.r2020("reg 4(1)"));
    CITATIONS.put(Rule.JURISDICTION_OFFICER, Law.r2020("reg 4(1)"));
    CITATIONS.put(Rule.JURISDICTION_BEFORE_ATTESTATION, Law.cite(Law.THAMES_VALLEY_2024, "", "https://www.bailii.org/ew/cases/EWHC/Admin/2024/1454.html"));
    CITATIONS.put(Rule.JURISDICTION_FORMER_NOT_YET, Law.cite(Law.A2017, "Part 2", Law.A2017_URL));
    CITATIONS.put(Rule.JURISDICTION_FORMER_LEFT_EARLIER, Law.cite(Law.A2017, "Part 2", Law.A2017_URL));
    CITATIONS.put(Rule.JURISDICTION_FORMER_GROSS_ONLY, Law.r2020("reg 4(2)"));
    CITATIONS.put(Rule.FORMER_CONDITION_A, Law.r2020("reg 4(3)"));
    CITATIONS.put(Rule.FORMER_CONDITION_B, Law.r2020("reg 4(4)"));
    CITATIONS.put(Rule.FORMER_CONDITION_C, Law.r2020("reg 4(5)"));
    CITATIONS.put(Rule.FORMER_CONDITION_2012, Law.r2012("reg 5(2)-(5)"));
    CITATIONS.put(Rule.JURISDICTION_FORMER_2008, Law.cite(Law.A2017, "reg 2(1)", Law.A2017_URL));
    CITATIONS.put(Rule.ROUTING_NO_CASE, Law.r2020("reg 14"));
    CITATIONS.put(Rule.ROUTING_PRI, Law.r2020("reg 14 and Part 6"));
    CITATIONS.put(Rule.ROUTING_PRI_NOT_IN_REGIME, Law.r2012("reg 12"));
    CITATIONS.put(Rule.ROUTING_MEETING_2012, Law.r2012("reg 19"));
    CITATIONS.put(Rule.ROUTING_HEARING_2012, Law.r2012("reg 19"));
    CITATIONS.put(Rule.ROUTING_MEETING_2020, Law.r2020("reg 23"));
    CITATIONS.put(Rule.ROUTING_HEARING_2020, Law.r2020("reg 23"));
    CITATIONS.put(Rule.ROUTING_ACCELERATED_2012, Law.r2012("Part 5"));
    CITATIONS.put(Rule.ROUTING_ACCELERATED_2020, Law.r2020("reg 49(2)"));
    CITATIONS.put(Rule.ROUTING_FORMER_NO_MEETING, Law.r2020("Sch 1 para 1"));
    CITATIONS.put(Rule.ROUTING_FORUM_NOT_IN_REGIME, Law.r2020("Part 6"));
    CITATIONS.put(Rule.PANEL_HEARING_BEFORE_2016, Law.r2012("reg 25"));
    CITATIONS.put(Rule.PANEL_HEARING_LQC, Law.cite(Law.A2015, "reg 5", Law.A2015_URL));
    CITATIONS.put(Rule.PANEL_HEARING_CHIEF_OFFICER, Law.cite(Law.A2024, "reg 3", Law.A2024_URL));
    CITATIONS.put(Rule.PANEL_MEETING, Law.r2020("reg 28(1)"));
    CITATIONS.put(Rule.PANEL_ACCELERATED, Law.r2020("reg 55"));
    CITATIONS.put(Rule.SANCTIONS_MEETING_2012, Law.r2012("reg 35"));
    CITATIONS.put(Rule.SANCTIONS_HEARING_2012, Law.r2012("reg 35"));
    CITATIONS.put(Rule.SANCTIONS_ACCELERATED_2012, Law.r2012("reg 55"));
    CITATIONS.put(Rule.SANCTIONS_MEETING_2020, Law.r2020("reg 42(2)"));
    CITATIONS.put(Rule.SANCTIONS_HEARING_MISCONDUCT_2020, Law.r2020("reg 42(3)(a)"));
    CITATIONS.put(Rule.SANCTIONS_HEARING_GROSS_2020, Law.r2020("reg 42(3)(b)"));
    CITATIONS.put(Rule.SANCTIONS_ACCELERATED_2020, Law.r2020("reg 62(1)"));
    CITATIONS.put(Rule.SANCTIONS_NOT_MISCONDUCT, Law.r2020("reg 42(1)"));
    CITATIONS.put(Rule.SANCTIONS_MEETING_CANNOT_FIND_GROSS, Law.r2020("reg 2(1)"));
    CITATIONS.put(Rule.SANCTIONS_DISMISSAL_CONDITIONS_2012, Law.r2012("reg 35(5)"));
    CITATIONS.put(Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020, Law.r2020("reg 42(5)-(6)"));
    CITATIONS.put(Rule.SANCTIONS_LIVE_FWW_2012, Law.r2012("reg 35(6)-(8), reg 55(3)-(5)"));
    CITATIONS.put(Rule.SANCTIONS_LIVE_FWW_2020, Law.r2020("reg 42(8), reg 62(3)"));
    CITATIONS.put(Rule.SANCTIONS_REDUCTION_CONSTABLE, Law.r2020("reg 42(3), reg 62(1)"));
    CITATIONS.put(Rule.SANCTIONS_REDUCTION_PREVIOUS, Law.r2020("reg 62(7)"));
    CITATIONS.put(Rule.SANCTIONS_FORMER_OFFICER, Law.r2020("Sch 1 para 1"));
    CITATIONS.put(Rule.SANCTIONS_OUTCOME_LAWFUL, Law.r2020("reg 42"));
    CITATIONS.put(Rule.SANCTIONS_NO_FINDING, Law.r2020("reg 14"));
    CITATIONS.put(Rule.SANCTIONS_NO_FURTHER_ACTION_2025, Law.cite(Law.A2025, "reg 6(2)(d)-(e) (definitions of misconduct hearing and "
        + "meeting in the 2020 Regulations, reg 2(1)), reg 64(1)", Law.A2025_URL));
    CITATIONS.put(Rule.CONSEQUENCE_WARNING_2012, Law.r2012("reg 35"));
    CITATIONS.put(Rule.CONSEQUENCE_WARNING_2020, Law.r2020("reg 42(9), reg 62(4)"));
    CITATIONS.put(Rule.CONSEQUENCE_BARRED_LIST, Law.cite(Law.PA1996, "s.88A(1); " + Law.LISTS2017 + ", reg 3(1)", Law.PA1996_URL));
    CITATIONS.put(Rule.CONSEQUENCE_BARRED_LIST_NOT_YET, Law.cite(Law.PA1996, "Part 4A", Law.PA1996_URL));
    CITATIONS.put(Rule.CONSEQUENCE_ADVISORY_LIST, Law.cite(Law.PA1996, "s.88I(1)-(2); " + Law.LISTS2017 + ", reg 12(1)", Law.PA1996_URL));
    CITATIONS.put(Rule.CONSEQUENCE_ADVISORY_REMOVAL, Law.cite(Law.PA1996, "s.88L", Law.PA1996_URL));
    CITATIONS.put(Rule.CONSEQUENCE_APPEAL_MEETING, Law.r2020("reg 45"));
    CITATIONS.put(Rule.CONSEQUENCE_APPEAL_TRIBUNAL, Law.cite(Law.PAT2020, "r.9", Law.PAT2020_URL));
    CITATIONS.put(Rule.CONSEQUENCE_REASONS_HEARING, Law.r2020("reg 43(1)(e) (inserted by SI 2024/521, reg 5(2))"));
    CITATIONS.put(Rule.CONSEQUENCE_REASONS_ACCELERATED, Law.r2020("reg 63(1)"));
    CITATIONS.put(Rule.RESIGNATION_RESTRICTED, Law.cite(Law.A2014, "reg 2 (inserting reg 10A into the 2012 Regulations)", Law.A2014_URL));
    CITATIONS.put(Rule.RESIGNATION_FREE, Law.cite(Law.A2017, "Part 2", Law.A2017_URL));
    CITATIONS.put(Rule.GUIDANCE_PRESUMPTION_OF_DISMISSAL, Law.cite(Law.A2025, "regs 15 and 17", Law.A2025_URL));
    CITATIONS.put(Rule.GUIDANCE_OUTCOMES, Law.cite(Law.COLLEGE_2022, "", "https://www.college.police.uk/guidance/outcomes-police-misconduct-proceedings"));
    CITATIONS.put(Rule.GUIDANCE_INDICTABLE_ONLY, Law.cite(Law.A2025, "reg 6(2)(c)", Law.A2025_URL));
    for (Rule r : Rule.values()) {
      if (!CITATIONS.containsKey(r)) {
        throw new ExceptionInInitializerError("no citation for rule " + r.id());
      }
    }
  }

  private Citations() {}

  static Citation of(Rule rule) {
    return CITATIONS.get(rule);
  }
}

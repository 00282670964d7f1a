package io.github.policeconduct.rules;

import java.util.EnumMap;
import java.util.Map;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.Regime;

/**
 * Where a rule has a counterpart in the 2008 or 2012 Regulations under another number, the citation to
 * use when the case is governed by those Regulations. Rules without an entry cite their own provision.
 */
final class Pinpoints {
  private static final Map<Rule, String> OLD = new EnumMap<>(Rule.class);

  static {
    OLD.put(Rule.JURISDICTION_STAFF, "reg 5(1)");
    OLD.put(Rule.JURISDICTION_OFFICER, "reg 5(1)");
    OLD.put(Rule.JURISDICTION_FORMER_GROSS_ONLY, "reg 5(2)");
    OLD.put(Rule.ROUTING_NO_CASE, "reg 12");
    OLD.put(Rule.ROUTING_PRI_NOT_IN_REGIME, "reg 12");
    OLD.put(Rule.SANCTIONS_NO_FINDING, "reg 12");
    OLD.put(Rule.SANCTIONS_NOT_MISCONDUCT, "reg 35");
    OLD.put(Rule.SANCTIONS_OUTCOME_LAWFUL, "reg 35");
    OLD.put(Rule.SANCTIONS_MEETING_CANNOT_FIND_GROSS, "reg 3(1)");
    OLD.put(Rule.SANCTIONS_FORMER_OFFICER, "reg 5(2)");
  }

  /** Provisions inserted into the 2012 Regulations only (by SI 2017/1134): the 2008 Regulations have no counterpart. */
  private static final java.util.Set<Rule> ONLY_2012 =
      java.util.EnumSet.of(Rule.JURISDICTION_FORMER_GROSS_ONLY, Rule.SANCTIONS_FORMER_OFFICER);

  /** Every answer of {@link #compute}, by regime and rule ordinal: asked several times per decision. */
  private static final Citation[][] CACHE = new Citation[Regime.values().length][];

  static {
    for (Regime regime : Regime.values()) {
      Citation[] byRule = new Citation[Rule.values().length];
      for (Rule rule : Rule.values()) {
        byRule[rule.ordinal()] = compute(rule, regime);
      }
      CACHE[regime.ordinal()] = byRule;
    }
  }

  private Pinpoints() {}

  static Citation forRegime(Rule rule, Regime regime) {
    return CACHE[regime.ordinal()][rule.ordinal()];
  }

  private static Citation compute(Rule rule, Regime regime) {
    if (regime == Regime.CONDUCT_REGULATIONS_2020) {
      return rule.citation();
    }
    if (regime == Regime.CONDUCT_REGULATIONS_2008 && ONLY_2012.contains(rule)) {
      // The 2008 Regulations have no former-officer provisions: cite the instrument that says they are not reached.
      return Rule.JURISDICTION_FORMER_2008.citation();
    }
    String pinpoint = OLD.get(rule);
    if (pinpoint == null) {
      return rule.citation();
    }
    return regime.cite(pinpoint);
  }
}

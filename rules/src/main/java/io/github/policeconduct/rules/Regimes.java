package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Regime;

/**
 * Capability 1: which Regulations govern an allegation, and a case. Each allegation's Regulations are decided by the
 * rows {@link Rule#REGIME_2008}, {@link Rule#REGIME_2012} and {@link Rule#REGIME_2020}, whose in-force windows are
 * the dates of attention each governs.
 */
final class Regimes {
  private Regimes() {}

  static Ruling<Regime> of(Allegation a, LocalDate asAt) {
    Trace t = new Trace(Optional.empty(), asAt);
    Optional<Regime> r = of(a, asAt, t);
    return r.<Ruling<Regime>>map(x -> new Ruling.Decided<>(x, t.explanation()))
        .orElseGet(() -> new Ruling.NoRuleApplies<>(t.explanation()));
  }

  /** The Regulations of one allegation, its step recorded into {@code out} with the citation for the regime found. */
  static Optional<Regime> of(Allegation a, LocalDate asAt, Trace out) {
    LocalDate d = a.cameToAttention();
    Rule rule;
    Optional<Regime> regime;
    if (Rule.REGIME_NOT_MODELLED.isInForceOn(d)) {
      rule = Rule.REGIME_NOT_MODELLED;
      regime = Optional.empty();
    } else if (Rule.REGIME_2008.isInForceOn(d)) {
      rule = Rule.REGIME_2008;
      regime = Optional.of(Regime.CONDUCT_REGULATIONS_2008);
    } else if (a.connectedToEarlierAllegation()) {
      rule = Rule.REGIME_CONNECTED;
      regime = Optional.of(Rule.REGIME_2012.isInForceOn(d) ? Regime.CONDUCT_REGULATIONS_2008 : Regime.CONDUCT_REGULATIONS_2012);
    } else if (Rule.REGIME_2012.isInForceOn(d)) {
      rule = Rule.REGIME_2012;
      regime = Optional.of(Regime.CONDUCT_REGULATIONS_2012);
    } else {
      rule = Rule.REGIME_2020;
      regime = Optional.of(Regime.CONDUCT_REGULATIONS_2020);
    }
    if (rule == Rule.REGIME_CONNECTED) {
      out.appliedCiting(regime, rule, regime.get().code(), d, "allegation", a.id(), "came_to_attention", d,
          "connected_to_earlier_allegation", true);
    } else {
      out.appliedCiting(regime, rule, "", d, "allegation", a.id(), "came_to_attention", d);
    }
    return regime;
  }

  /** The case's regime: one for all its allegations, or a typed conflict / no rule. */
  static Ruling<Regime> of(ConductCase c, LocalDate asAt) {
    Trace t = new Trace(Optional.empty(), asAt);
    List<Regime> found = new ArrayList<>(2);
    Optional<Regime> regime = decide(c, asAt, t, found);
    if (regime.isPresent()) {
      return new Ruling.Decided<>(regime.get(), t.explanation());
    }
    return found.isEmpty() ? new Ruling.NoRuleApplies<>(t.explanation()) : new Ruling.Conflict<>(List.copyOf(found), t.explanation());
  }

  /** The case's one regime, its steps (and the problem of a conflict) recorded into {@code t}; empty if none or several. */
  static Optional<Regime> decide(ConductCase c, LocalDate asAt, Trace t) {
    return decide(c, asAt, t, new ArrayList<>(2));
  }

  private static Optional<Regime> decide(ConductCase c, LocalDate asAt, Trace t, List<Regime> found) {
    boolean unmodelled = false;
    LocalDate latest = LocalDate.MIN;
    for (Allegation a : c.allegations()) {
      Optional<Regime> r = of(a, asAt, t);
      latest = a.cameToAttention().isAfter(latest) ? a.cameToAttention() : latest;
      if (r.isPresent()) {
        if (!found.contains(r.get())) {
          found.add(r.get());
        }
      } else {
        unmodelled = true;
      }
    }
    if (found.size() > 1 || (unmodelled && !found.isEmpty())) {
      StringBuilder regimes = new StringBuilder();
      for (Regime r : found) {
        regimes.append(regimes.length() == 0 ? "" : ", ").append(r.title());
      }
      if (unmodelled) {
        regimes.append(" and earlier regulations");
      }
      t.applied(Rule.REGIME_CONFLICT, "", latest, "case", c.id(), "regimes", regimes.toString());
      t.problem("regimes_conflict", Rule.REGIME_CONFLICT);
      return Optional.empty();
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }
}

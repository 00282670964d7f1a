package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Optional;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.core.WarningType;

/**
 * Capability 5, warnings: how long a warning is in force, read from the warning-period rows of the rulebook. The
 * one place a warning's expiry is computed: {@link ConductRules#warningExpiry} and the expiry of a warning a
 * decision imposes both come here.
 */
final class Warnings {
  private Warnings() {}

  /** The rule whose row holds the periods of warnings given under {@code regime}. */
  static Rule periodRule(Regime regime) {
    return regime == Regime.CONDUCT_REGULATIONS_2020 ? Rule.CONSEQUENCE_WARNING_2020 : Rule.CONSEQUENCE_WARNING_2012;
  }

  /** The usual period, in months, of a warning of {@code type} given under {@code regime}. */
  static int defaultMonths(WarningType type, Regime regime) {
    return periodRule(regime).warningPeriods().orElseThrow().months(type).orElseThrow();
  }

  /** The months an extension of a final written warning adds (2008 and 2012 Regulations). */
  static int extensionMonths() {
    return Rule.CONSEQUENCE_WARNING_EXTENSION_2012.warningPeriods().orElseThrow().longestOrExtensionMonths();
  }

  /** The longest period a final written warning may be given for under the 2020 Regulations. */
  static int longestFinalWrittenWarningMonths() {
    return Rule.CONSEQUENCE_WARNING_2020.warningPeriods().orElseThrow().longestOrExtensionMonths();
  }

  /**
   * The Regulations under which a warning on the record was given: as recorded, or else those whose allegations
   * were coming to attention on the day it was notified (a presumption the record should correct where wrong).
   */
  static Regime regimeOf(Warning w) {
    if (w.regime().isPresent()) {
      return w.regime().get();
    }
    LocalDate d = w.notified();
    return Rule.REGIME_2020.isInForceOn(d) ? Regime.CONDUCT_REGULATIONS_2020
        : Rule.REGIME_2012.isInForceOn(d) ? Regime.CONDUCT_REGULATIONS_2012 : Regime.CONDUCT_REGULATIONS_2008;
  }

  /** The day a warning stops being in force: notified plus its recorded period, or the usual one of its Regulations. */
  static LocalDate expiry(Warning w) {
    return w.notified().plusMonths(w.months().orElseGet(() -> defaultMonths(w.type(), regimeOf(w))));
  }

  /** The final written warning in force on {@code date}, if any: notified on or before it, not yet expired. */
  static Optional<Warning> finalWrittenWarningInForce(ConductCase c, LocalDate date) {
    Warning best = null;
    LocalDate bestExpiry = null;
    for (Warning w : c.record().warnings()) {
      if (w.type() != WarningType.FINAL_WRITTEN_WARNING || w.notified().isAfter(date)) {
        continue;
      }
      LocalDate expires = expiry(w);
      if (expires.isAfter(date) && (best == null || expires.compareTo(bestExpiry) > 0)) {
        best = w;
        bestExpiry = expires;
      }
    }
    return Optional.ofNullable(best);
  }
}

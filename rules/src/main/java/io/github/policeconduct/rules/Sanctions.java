package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;

/** Capability 4: the outcomes lawfully available, and why an outcome given was not. */
final class Sanctions {
  private Sanctions() {}

  /** A trace for the bare query: the query's Regulations, asked as at today's law. */
  static Trace traceFor(OutcomeQuery q) {
    return new Trace(Optional.of(q.regime()), LocalDate.MAX);
  }

  /** The outcomes open for the query, explaining each condition applied into {@code trace}; {@code on} may be null. */
  static Set<Outcome> available(OutcomeQuery q, Trace trace, LocalDate on) {
    OutcomeTable.Row row = OutcomeTable.row(q.regime(), q.forum(), q.finding());
    boolean old = q.regime() != Regime.CONDUCT_REGULATIONS_2020;
    if (row.impossible().isPresent()) {
      if (trace.recording()) {
        trace.applied(row.rule(), "impossible", on, "regime", q.regime(), "forum", q.forum(), "finding", q.finding().code());
      }
      return EnumSet.noneOf(Outcome.class);
    }
    if (q.formerOfficer() && q.regime() == Regime.CONDUCT_REGULATIONS_2008) {
      if (trace.recording()) {
        trace.applied(Rule.JURISDICTION_FORMER_2008, "no_outcome", on, "regime", q.regime(), "former_officer", true);
      }
      return EnumSet.noneOf(Outcome.class);
    }
    if (q.formerOfficer()) {
      Set<Outcome> open = q.finding() == Finding.GROSS_MISCONDUCT
          ? EnumSet.of(Outcome.WOULD_HAVE_BEEN_DISMISSED) : EnumSet.of(Outcome.NO_FURTHER_ACTION);
      if (trace.recording()) {
        trace.applied(Rule.SANCTIONS_FORMER_OFFICER, q.finding() == Finding.GROSS_MISCONDUCT ? "gross" : "not_gross", on,
            "former_officer", true, "finding", q.finding().code());
      }
      return open;
    }
    EnumSet<Outcome> open = OutcomeTable.outcomesOf(q.regime(), q.forum(), q.finding());
    if (trace.recording()) {
      trace.applied(row.rule(), "", on, "regime", q.regime(), "forum", q.forum(), "finding", q.finding().code(), "open", list(open));
    }
    boolean disciplinaryRow = row.outcomes().contains(Outcome.FINAL_WRITTEN_WARNING)
        || row.outcomes().contains(Outcome.WRITTEN_WARNING);
    Rule liveRule = old ? Rule.SANCTIONS_LIVE_FWW_2012 : Rule.SANCTIONS_LIVE_FWW_2020;
    if (disciplinaryRow && q.finalWrittenWarningInForce()) {
      open.remove(Outcome.WRITTEN_WARNING);
      open.remove(Outcome.FINAL_WRITTEN_WARNING);
      if (old) {
        open.add(Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING);
      }
      if (trace.recording()) {
        trace.applied(liveRule, "", on, "final_written_warning_in_force", true);
      }
    } else if (disciplinaryRow && trace.recording()) {
      trace.notApplicable(liveRule, "", on, "final_written_warning_in_force", false);
    }
    if (!row.openedByCondition().isEmpty()) {
      Rule condRule = old ? Rule.SANCTIONS_DISMISSAL_CONDITIONS_2012 : Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020;
      boolean opened = q.finalWrittenWarningInForce() || (!old && q.unconnectedIncidents());
      if (opened) {
        open.addAll(OutcomeTable.openedByConditionOf(q.regime(), q.forum(), q.finding()));
        if (trace.recording()) {
          trace.applied(condRule, q.finalWrittenWarningInForce() ? "live_warning" : "unconnected_incidents", on,
              "final_written_warning_in_force", q.finalWrittenWarningInForce(), "unconnected_incidents", q.unconnectedIncidents(),
              "opened", list(row.openedByCondition()));
        }
      } else if (trace.recording()) {
        trace.notApplicable(condRule, "", on, "final_written_warning_in_force", false, "unconnected_incidents", q.unconnectedIncidents(),
            "opened", list(row.openedByCondition()));
      }
    }
    if (open.contains(Outcome.REDUCTION_IN_RANK)) {
      boolean noLowerRank = q.role() != Role.POLICE_OFFICER || q.rank().flatMap(Rank::oneRankLower).isEmpty();
      if (noLowerRank) {
        open.remove(Outcome.REDUCTION_IN_RANK);
        if (trace.recording()) {
          trace.applied(Rule.SANCTIONS_REDUCTION_CONSTABLE, "", on, "role", q.role().code(), "rank", q.rank(),
              "who", q.role() == Role.POLICE_OFFICER ? q.rank().map(Rank::code).orElse("officer without a rank") : q.role().code());
        }
      } else if (q.reducedInRankBefore()) {
        open.remove(Outcome.REDUCTION_IN_RANK);
        if (trace.recording()) {
          trace.applied(Rule.SANCTIONS_REDUCTION_PREVIOUS, "", on, "reduced_in_rank", true);
        }
      } else if (trace.recording()) {
        trace.notApplicable(Rule.SANCTIONS_REDUCTION_PREVIOUS, "", on, "reduced_in_rank", false, "rank", q.rank(),
            "lower_rank", q.rank().flatMap(Rank::oneRankLower));
      }
    }
    return open;
  }

  /** Every reason, with its citation, why {@code decided} is not among the outcomes open for {@code q}. */
  static List<Problem> whyNot(OutcomeQuery q, Outcome decided, Trace t) {
    List<Problem> out = new ArrayList<>();
    Set<Outcome> vocabulary = OutcomeTable.vocabulary(q.regime());
    OutcomeTable.Row row = OutcomeTable.row(q.regime(), q.forum(), q.finding());
    Object[] facts = {"outcome", decided.code(), "regime", q.regime(), "forum", q.forum(), "finding", q.finding().code()};
    if (q.formerOfficer() && q.regime() == Regime.CONDUCT_REGULATIONS_2008) {
      out.add(problem("former_officer_not_reached", Rule.JURISDICTION_FORMER_2008, t, facts));
      return out;
    }
    if (q.formerOfficer() && decided != Outcome.WOULD_HAVE_BEEN_DISMISSED && decided != Outcome.NO_FURTHER_ACTION) {
      out.add(problem("former_officer_outcome", Rule.SANCTIONS_FORMER_OFFICER, t, facts));
    }
    if (q.formerOfficer() && decided == Outcome.WOULD_HAVE_BEEN_DISMISSED && q.finding() != Finding.GROSS_MISCONDUCT) {
      out.add(problem("would_have_been_dismissed_needs_gross_misconduct", Rule.SANCTIONS_FORMER_OFFICER, t, facts));
    }
    if (!q.formerOfficer() && decided == Outcome.WOULD_HAVE_BEEN_DISMISSED && vocabulary.contains(decided)) {
      out.add(problem("would_have_been_dismissed_only_for_former_officers", Rule.SANCTIONS_FORMER_OFFICER, t, facts));
    }
    if (!vocabulary.contains(decided)) {
      out.add(problem("outcome_not_in_regime", row.rule(), t, facts));
    } else if (!q.formerOfficer() && row.impossible().isPresent()) {
      out.add(problem("impossible_finding_for_forum/" + row.rule().id(), row.rule(), t, facts));
    } else if (!q.formerOfficer() && decided != Outcome.WOULD_HAVE_BEEN_DISMISSED) {
      boolean inRow = row.outcomes().contains(decided);
      boolean byCondition = row.openedByCondition().contains(decided);
      boolean isExtension = decided == Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING;
      boolean old = q.regime() != Regime.CONDUCT_REGULATIONS_2020;
      if (isExtension && !q.finalWrittenWarningInForce()) {
        out.add(problem("no_final_written_warning_to_extend", Rule.SANCTIONS_LIVE_FWW_2012, t, facts));
      } else if (!inRow && !byCondition && !isExtension || isExtension && row.outcomes().isEmpty()) {
        out.add(problem("outcome_not_available", row.rule(), t, facts));
      } else if (byCondition && !(q.finalWrittenWarningInForce() || (!old && q.unconnectedIncidents()))) {
        out.add(problem(old ? "dismissal_needs_condition/2008_2012" : "dismissal_needs_condition/2020",
            old ? Rule.SANCTIONS_DISMISSAL_CONDITIONS_2012 : Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020, t, facts));
      }
      if ((decided == Outcome.WRITTEN_WARNING || decided == Outcome.FINAL_WRITTEN_WARNING) && q.finalWrittenWarningInForce()
          && (inRow || byCondition)) {
        out.add(problem("final_written_warning_in_force", old ? Rule.SANCTIONS_LIVE_FWW_2012 : Rule.SANCTIONS_LIVE_FWW_2020, t, facts));
      }
      if (decided == Outcome.REDUCTION_IN_RANK && (inRow || byCondition)) {
        if (q.role() != Role.POLICE_OFFICER || q.rank().flatMap(Rank::oneRankLower).isEmpty()) {
          out.add(problem("no_lower_rank", Rule.SANCTIONS_REDUCTION_CONSTABLE, t, "who", q.rank().map(Rank::code).orElse(q.role().code())));
        } else if (q.reducedInRankBefore()) {
          out.add(problem("already_reduced_in_rank", Rule.SANCTIONS_REDUCTION_PREVIOUS, t));
        }
      }
    }
    if (out.isEmpty()) {
      out.add(problem("outcome_not_available/generic", Rule.SANCTIONS_OUTCOME_LAWFUL, t, facts));
    }
    return out;
  }

  private static Problem problem(String codeAndVariant, Rule rule, Trace t, Object... facts) {
    int slash = codeAndVariant.indexOf('/');
    String code = slash < 0 ? codeAndVariant : codeAndVariant.substring(0, slash);
    return new Problem(code, Sentences.text("problem." + codeAndVariant, rule, facts), t.cite(rule));
  }

  /** {@link #list} of every set of outcomes, by the bit mask of their ordinals: built once. */
  private static final String[] LISTS = new String[1 << Outcome.values().length];

  static {
    Outcome[] all = Outcome.values();
    for (int mask = 0; mask < LISTS.length; mask++) {
      List<String> names = new ArrayList<>();
      for (Outcome o : all) {
        if ((mask & (1 << o.ordinal())) != 0) {
          names.add(o.code().replace('_', ' '));
        }
      }
      LISTS[mask] = names.isEmpty() ? "none" : String.join(", ", names);
    }
  }

  /** The outcomes' codes, spaced, in declaration order, joined by commas; "none" for none. */
  static String list(Set<Outcome> outcomes) {
    int mask = 0;
    for (Outcome o : outcomes) {
      mask |= 1 << o.ordinal();
    }
    return LISTS[mask];
  }
}

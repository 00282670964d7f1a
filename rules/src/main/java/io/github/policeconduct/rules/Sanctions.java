package io.github.policeconduct.rules;

import static io.github.policeconduct.rules.Trace.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;

/** Capability 4: the outcomes lawfully available, and why an outcome given was not. */
final class Sanctions {
  private Sanctions() {}

  /** The outcomes open for the query, explaining each condition applied into {@code trace}. */
  static Set<Outcome> available(OutcomeQuery q, Trace trace) {
    OutcomeTable.Row row = OutcomeTable.row(q.regime(), q.forum(), q.finding());
    boolean old = q.regime() != Regime.CONDUCT_REGULATIONS_2020;
    if (row.impossible().isPresent()) {
      if (trace.recording()) {
        trace.applied(row.rule(), cite(row.rule(), q.regime()), () -> "No outcome: " + row.impossible().get() + ".",
            facts("regime", q.regime().code(), "forum", q.forum().code(), "finding", q.finding().code()));
      }
      return EnumSet.noneOf(Outcome.class);
    }
    if (q.formerOfficer() && q.regime() == Regime.CONDUCT_REGULATIONS_2008) {
      if (trace.recording()) {
        trace.applied(Rule.JURISDICTION_FORMER_2008, "No outcome: the former-officer provisions do not reach allegations "
            + "governed by the 2008 Regulations, so no proceedings can be held against a former officer under them.",
            facts("regime", q.regime().code(), "former_officer", true));
      }
      return EnumSet.noneOf(Outcome.class);
    }
    if (q.formerOfficer()) {
      return formerOfficer(q, trace);
    }
    EnumSet<Outcome> open = OutcomeTable.outcomesOf(q.regime(), q.forum(), q.finding());
    if (trace.recording()) {
      String openText = list(open); // open changes below: its text now, not when the step is read
      trace.applied(row.rule(), cite(row.rule(), q.regime()),
          () -> "At a " + q.forum().nameUnder(q.regime()) + " that finds " + findingText(q.finding()) + " under the "
              + q.regime().title() + ", the outcomes open are " + openText + ".",
          facts("regime", q.regime().code(), "forum", q.forum().code(), "finding", q.finding().code()));
    }

    boolean disciplinaryRow = row.outcomes().contains(Outcome.FINAL_WRITTEN_WARNING)
        || row.outcomes().contains(Outcome.WRITTEN_WARNING);
    Rule liveRule = old ? Rule.SANCTIONS_LIVE_FWW_2012 : Rule.SANCTIONS_LIVE_FWW_2020;
    if (disciplinaryRow && q.finalWrittenWarningInForce()) {
      open.remove(Outcome.WRITTEN_WARNING);
      open.remove(Outcome.FINAL_WRITTEN_WARNING);
      if (old) {
        open.add(Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING);
        if (trace.recording()) {
          trace.applied(liveRule, "A final written warning was in force at the assessment of conduct, so no further written "
              + "or final written warning may be given; the existing warning may instead be extended once.",
              facts("final_written_warning_in_force", true));
        }
      } else if (trace.recording()) {
        trace.applied(liveRule, "A final written warning was in force at the severity assessment, so neither a written "
            + "warning nor a final written warning may be given.", facts("final_written_warning_in_force", true));
      }
    } else if (disciplinaryRow && trace.recording()) {
      trace.notApplicable(liveRule, "No final written warning was in force at the assessment.",
          facts("final_written_warning_in_force", false));
    }

    if (!row.openedByCondition().isEmpty()) {
      Rule condRule = old ? Rule.SANCTIONS_DISMISSAL_CONDITIONS_2012 : Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020;
      boolean opened = q.finalWrittenWarningInForce() || (!old && q.unconnectedIncidents());
      String openedText = list(row.openedByCondition());
      if (opened) {
        open.addAll(OutcomeTable.openedByConditionOf(q.regime(), q.forum(), q.finding()));
        if (trace.recording()) {
          trace.applied(condRule, () -> (q.finalWrittenWarningInForce()
              ? "A final written warning was in force at the assessment"
              : "The misconduct relates to more than one incident, not closely factually connected")
              + ", so " + openedText + " are open for misconduct.",
              facts("final_written_warning_in_force", q.finalWrittenWarningInForce(), "unconnected_incidents", q.unconnectedIncidents()));
        }
      } else if (trace.recording()) {
        trace.notApplicable(condRule, () -> "For misconduct (not gross misconduct), " + openedText
            + (old ? " need a final written warning in force at the assessment of conduct; there was none."
                : " need a final written warning in force at the severity assessment or unconnected incidents; there were neither."),
            facts("final_written_warning_in_force", false, "unconnected_incidents", q.unconnectedIncidents()));
      }
    }

    if (open.contains(Outcome.REDUCTION_IN_RANK)) {
      boolean noLowerRank = q.role() != Role.POLICE_OFFICER || q.rank().flatMap(Rank::oneRankLower).isEmpty();
      if (noLowerRank) {
        open.remove(Outcome.REDUCTION_IN_RANK);
        if (trace.recording()) {
          trace.applied(Rule.SANCTIONS_REDUCTION_CONSTABLE, () -> "Reduction in rank is not open: a "
              + (q.role() == Role.POLICE_OFFICER ? q.rank().map(Rank::code).orElse("officer without a rank") : q.role().code())
              + " has no lower rank to be reduced to.", facts("role", q.role().code(), "rank", q.rank()));
        }
      } else if (q.reducedInRankBefore()) {
        open.remove(Outcome.REDUCTION_IN_RANK);
        if (trace.recording()) {
          trace.applied(Rule.SANCTIONS_REDUCTION_PREVIOUS,
              "Reduction in rank is not open: the officer had already been reduced in rank at the severity assessment.",
              facts("reduced_in_rank", true));
        }
      } else if (trace.recording()) {
        trace.notApplicable(Rule.SANCTIONS_REDUCTION_PREVIOUS, () -> "The officer had not been reduced in rank before, so "
            + "reduction in rank (to " + q.rank().flatMap(Rank::oneRankLower).get().code() + ") stays open.",
            facts("reduced_in_rank", false, "rank", q.rank()));
      }
    }
    return open;
  }

  private static Set<Outcome> formerOfficer(OutcomeQuery q, Trace trace) {
    Set<Outcome> open = q.finding() == Finding.GROSS_MISCONDUCT
        ? EnumSet.of(Outcome.WOULD_HAVE_BEEN_DISMISSED) : EnumSet.of(Outcome.NO_FURTHER_ACTION);
    if (!trace.recording()) {
      return open;
    }
    trace.applied(Rule.SANCTIONS_FORMER_OFFICER, cite(Rule.SANCTIONS_FORMER_OFFICER, q.regime()),
        () -> q.finding() == Finding.GROSS_MISCONDUCT
            ? "The subject is a former officer and cannot be dismissed or warned: the only outcome for gross misconduct is a "
                + "finding that they would have been dismissed had they not ceased to serve."
            : "The subject is a former officer: where gross misconduct is not found the finding is recorded and no further "
                + "action is taken.",
        facts("former_officer", true, "finding", q.finding().code()));
    return open;
  }

  /** Every reason, with its citation, why {@code decided} is not among the outcomes open for {@code q}. */
  static List<Problem> whyNot(OutcomeQuery q, Outcome decided) {
    List<Problem> out = new ArrayList<>();
    Set<Outcome> vocabulary = OutcomeTable.vocabulary(q.regime());
    OutcomeTable.Row row = OutcomeTable.row(q.regime(), q.forum(), q.finding());
    if (q.formerOfficer() && q.regime() == Regime.CONDUCT_REGULATIONS_2008) {
      out.add(new Problem("former_officer_not_reached", "The former-officer provisions do not reach allegations governed by the "
          + "2008 Regulations: no outcome can be given against a former officer under them.",
          Rule.JURISDICTION_FORMER_2008.citation()));
      return out;
    }
    if (q.formerOfficer() && decided != Outcome.WOULD_HAVE_BEEN_DISMISSED && decided != Outcome.NO_FURTHER_ACTION) {
      out.add(new Problem("former_officer_outcome", "A former officer cannot be given " + decided.code()
          + ": the only outcomes are a finding that they would have been dismissed (gross misconduct) or no further action.",
          cite(Rule.SANCTIONS_FORMER_OFFICER, q.regime())));
    }
    if (q.formerOfficer() && decided == Outcome.WOULD_HAVE_BEEN_DISMISSED && q.finding() != Finding.GROSS_MISCONDUCT) {
      out.add(new Problem("would_have_been_dismissed_needs_gross_misconduct", "A finding that a former officer would have "
          + "been dismissed needs a finding of gross misconduct; the finding was " + q.finding().code() + ".",
          cite(Rule.SANCTIONS_FORMER_OFFICER, q.regime())));
    }
    if (!q.formerOfficer() && decided == Outcome.WOULD_HAVE_BEEN_DISMISSED) {
      out.add(new Problem("would_have_been_dismissed_only_for_former_officers", "A finding that the subject would have "
          + "been dismissed is only for a person who has ceased to serve; this subject was serving at the proceedings.",
          cite(Rule.SANCTIONS_FORMER_OFFICER, q.regime())));
    }
    if (!vocabulary.contains(decided)) {
      out.add(new Problem("outcome_not_in_regime", decided.code() + " is not an outcome under the " + q.regime().title() + ".",
          cite(row.rule(), q.regime())));
    } else if (!q.formerOfficer() && row.impossible().isPresent()) {
      out.add(new Problem("impossible_finding_for_forum", "No outcome can follow: " + row.impossible().get() + ".",
          cite(row.rule(), q.regime())));
    } else if (!q.formerOfficer() && decided != Outcome.WOULD_HAVE_BEEN_DISMISSED) {
      boolean inRow = row.outcomes().contains(decided);
      boolean byCondition = row.openedByCondition().contains(decided);
      boolean isExtension = decided == Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING;
      boolean old = q.regime() != Regime.CONDUCT_REGULATIONS_2020;
      if (isExtension && !q.finalWrittenWarningInForce()) {
        out.add(new Problem("no_final_written_warning_to_extend", "A final written warning can be extended only if one was in "
            + "force at the assessment of conduct; none was.", Rule.SANCTIONS_LIVE_FWW_2012.citation()));
      } else if (!inRow && !byCondition && !isExtension) {
        out.add(new Problem("outcome_not_available", decided.code() + " is not open at a " + q.forum().nameUnder(q.regime())
            + " that finds " + findingText(q.finding()) + ".", cite(row.rule(), q.regime())));
      } else if (isExtension && row.outcomes().isEmpty()) {
        out.add(new Problem("outcome_not_available", decided.code() + " is not open at a " + q.forum().nameUnder(q.regime())
            + " that finds " + findingText(q.finding()) + ".", cite(row.rule(), q.regime())));
      } else if (byCondition && !(q.finalWrittenWarningInForce() || (!old && q.unconnectedIncidents()))) {
        out.add(new Problem("dismissal_needs_condition", decided.code() + " is open for misconduct only "
            + (old ? "if a final written warning was in force at the assessment of conduct."
                : "if a final written warning was in force at the severity assessment or the misconduct relates to more than "
                    + "one unconnected incident."),
            (old ? Rule.SANCTIONS_DISMISSAL_CONDITIONS_2012 : Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020).citation()));
      }
      if ((decided == Outcome.WRITTEN_WARNING || decided == Outcome.FINAL_WRITTEN_WARNING) && q.finalWrittenWarningInForce()
          && (inRow || byCondition)) {
        out.add(new Problem("final_written_warning_in_force", "A final written warning was in force at the assessment, so "
            + decided.code() + " may not be given.",
            (old ? Rule.SANCTIONS_LIVE_FWW_2012 : Rule.SANCTIONS_LIVE_FWW_2020).citation()));
      }
      if (decided == Outcome.REDUCTION_IN_RANK && (inRow || byCondition)) {
        if (q.role() != Role.POLICE_OFFICER || q.rank().flatMap(Rank::oneRankLower).isEmpty()) {
          out.add(new Problem("no_lower_rank", "A " + q.rank().map(Rank::code).orElse(q.role().code())
              + " has no lower rank to be reduced to.", Rule.SANCTIONS_REDUCTION_CONSTABLE.citation()));
        } else if (q.reducedInRankBefore()) {
          out.add(new Problem("already_reduced_in_rank", "The officer had already been reduced in rank at the severity "
              + "assessment, so may not be reduced again.", Rule.SANCTIONS_REDUCTION_PREVIOUS.citation()));
        }
      }
    }
    if (out.isEmpty()) {
      out.add(new Problem("outcome_not_available", decided.code() + " is not among the outcomes lawfully open here.",
          Rule.SANCTIONS_OUTCOME_LAWFUL.citation()));
    }
    return out;
  }

  /** The rule's citation, moved to the given regime's own instrument where the rule has a counterpart there. */
  static io.github.policeconduct.core.Citation cite(Rule rule, Regime regime) {
    return Pinpoints.forRegime(rule, regime);
  }

  static String findingText(Finding f) {
    switch (f) {
      case GROSS_MISCONDUCT:
        return "gross misconduct";
      case MISCONDUCT:
        return "misconduct";
      default:
        return "neither misconduct nor gross misconduct";
    }
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

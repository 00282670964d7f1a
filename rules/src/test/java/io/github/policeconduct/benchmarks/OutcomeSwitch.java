package io.github.policeconduct.benchmarks;

import static io.github.policeconduct.core.Outcome.DISMISSAL_WITHOUT_NOTICE;
import static io.github.policeconduct.core.Outcome.DISMISSAL_WITH_NOTICE;
import static io.github.policeconduct.core.Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING;
import static io.github.policeconduct.core.Outcome.FINAL_WRITTEN_WARNING;
import static io.github.policeconduct.core.Outcome.MANAGEMENT_ADVICE;
import static io.github.policeconduct.core.Outcome.NO_FURTHER_ACTION;
import static io.github.policeconduct.core.Outcome.REDUCTION_IN_RANK;
import static io.github.policeconduct.core.Outcome.REFLECTIVE_PRACTICE_REVIEW;
import static io.github.policeconduct.core.Outcome.WOULD_HAVE_BEEN_DISMISSED;
import static io.github.policeconduct.core.Outcome.WRITTEN_WARNING;

import java.util.EnumSet;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.rules.OutcomeQuery;

/**
 * The floor: the decision rows of {@code OutcomeTable} (the outcome table with its conditions as columns)
 * written out by hand as nested switches, with no explanation, no table lookup and one allocation (the
 * result). Must give exactly the library's answer; {@code ContendersAgreeTest} and the benchmark's setup
 * check it on the whole pool, and {@code BenchmarkContendersTest} in the rules module (normal build, compiling this
 * file from source) on the whole input space.
 */
public final class OutcomeSwitch {
  private static final boolean[] HAS_LOWER_RANK = new boolean[Rank.values().length];

  static {
    for (Rank r : Rank.values()) {
      HAS_LOWER_RANK[r.ordinal()] = r.oneRankLower().isPresent();
    }
  }

  private OutcomeSwitch() {}

  /** The outcomes open for {@code q}, by hand. */
  public static EnumSet<Outcome> available(OutcomeQuery q) {
    boolean lowerRank = q.role() == Role.POLICE_OFFICER && q.rank().isPresent() && HAS_LOWER_RANK[q.rank().get().ordinal()];
    return available(q.regime(), q.forum(), q.finding(), lowerRank, q.finalWrittenWarningInForce(), q.unconnectedIncidents(),
        q.reducedInRankBefore(), q.formerOfficer());
  }

  /** {@code lowerRank}: a police officer with a rank below theirs to be reduced to. */
  static EnumSet<Outcome> available(Regime regime, Forum forum, Finding finding, boolean lowerRank, boolean fww,
      boolean unconnected, boolean reduced, boolean former) {
    EnumSet<Outcome> o = EnumSet.noneOf(Outcome.class);
    boolean r2020 = regime == Regime.CONDUCT_REGULATIONS_2020;
    // Combinations that cannot occur: no outcome, whoever the subject is.
    if (finding == Finding.GROSS_MISCONDUCT && forum == Forum.MISCONDUCT_MEETING) {
      return o;
    }
    if (forum == Forum.REFLECTIVE_PRACTICE_REVIEW && (!r2020 || finding != Finding.NOT_MISCONDUCT)) {
      return o;
    }
    if (former) {
      if (regime == Regime.CONDUCT_REGULATIONS_2008) {
        return o; // the former-officer provisions reach only allegations after 21 November 2012 (SI 2017/1134 reg 2(1))
      }
      o.add(finding == Finding.GROSS_MISCONDUCT ? WOULD_HAVE_BEEN_DISMISSED : NO_FURTHER_ACTION);
      return o;
    }
    boolean rank = lowerRank && !reduced;
    if (!r2020) {
      switch (forum) {
        case MISCONDUCT_MEETING:
        case MISCONDUCT_HEARING:
          switch (finding) {
            case NOT_MISCONDUCT:
              o.add(NO_FURTHER_ACTION);
              break;
            case MISCONDUCT:
              o.add(NO_FURTHER_ACTION);
              o.add(MANAGEMENT_ADVICE);
              warnings2012(o, fww);
              if (fww && forum == Forum.MISCONDUCT_HEARING) {
                o.add(DISMISSAL_WITH_NOTICE);
                o.add(DISMISSAL_WITHOUT_NOTICE);
              }
              break;
            default: // gross misconduct at a hearing
              o.add(MANAGEMENT_ADVICE);
              warnings2012(o, fww);
              o.add(DISMISSAL_WITH_NOTICE);
              o.add(DISMISSAL_WITHOUT_NOTICE);
          }
          break;
        default: // accelerated hearing
          if (finding == Finding.GROSS_MISCONDUCT) {
            o.add(fww ? EXTENSION_OF_FINAL_WRITTEN_WARNING : FINAL_WRITTEN_WARNING);
            o.add(DISMISSAL_WITHOUT_NOTICE);
          } else {
            o.add(NO_FURTHER_ACTION);
          }
      }
      return o;
    }
    switch (forum) {
      case MISCONDUCT_MEETING:
      case MISCONDUCT_HEARING:
        switch (finding) {
          case NOT_MISCONDUCT:
            o.add(NO_FURTHER_ACTION);
            o.add(REFLECTIVE_PRACTICE_REVIEW);
            break;
          case MISCONDUCT:
            if (!fww) {
              o.add(WRITTEN_WARNING);
              o.add(FINAL_WRITTEN_WARNING);
            }
            if (forum == Forum.MISCONDUCT_HEARING && (fww || unconnected)) {
              if (rank) {
                o.add(REDUCTION_IN_RANK);
              }
              o.add(DISMISSAL_WITHOUT_NOTICE);
            }
            break;
          default: // gross misconduct at a hearing
            gross2020(o, fww, rank);
        }
        break;
      case ACCELERATED_MISCONDUCT_HEARING:
        if (finding == Finding.GROSS_MISCONDUCT) {
          gross2020(o, fww, rank);
        } else {
          o.add(NO_FURTHER_ACTION);
        }
        break;
      default: // reflective practice review, no misconduct
        o.add(REFLECTIVE_PRACTICE_REVIEW);
    }
    return o;
  }

  private static void warnings2012(EnumSet<Outcome> o, boolean fww) {
    if (fww) {
      o.add(EXTENSION_OF_FINAL_WRITTEN_WARNING);
    } else {
      o.add(WRITTEN_WARNING);
      o.add(FINAL_WRITTEN_WARNING);
    }
  }

  private static void gross2020(EnumSet<Outcome> o, boolean fww, boolean rank) {
    if (!fww) {
      o.add(FINAL_WRITTEN_WARNING);
    }
    if (rank) {
      o.add(REDUCTION_IN_RANK);
    }
    o.add(DISMISSAL_WITHOUT_NOTICE);
  }
}

package io.github.policeconduct.rules;

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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.rules.OutcomeTable.Block;
import io.github.policeconduct.rules.OutcomeTable.Column;
import io.github.policeconduct.rules.OutcomeTable.DecisionRow;
import io.github.policeconduct.rules.OutcomeTable.Kind;
import io.github.policeconduct.rules.OutcomeTable.Test;
import io.github.policeconduct.core.Regime;

/**
 * The rows of the outcome table ({@link OutcomeTable}): for each regime, former officer or not, finding and forum,
 * what a row opens and which column blocks it, each resting on its {@link Rule}. Data, written once here; the table
 * indexes and reads them.
 */
final class OutcomeRows {
  private OutcomeRows() {}

  private static final Set<Regime> OLD = EnumSet.of(Regime.CONDUCT_REGULATIONS_2008, Regime.CONDUCT_REGULATIONS_2012);
  private static final Set<Regime> NEW = EnumSet.of(Regime.CONDUCT_REGULATIONS_2020);
  private static final Set<Regime> REACHING_FORMER = EnumSet.of(Regime.CONDUCT_REGULATIONS_2012, Regime.CONDUCT_REGULATIONS_2020);
  private static final Forum MEETING = Forum.MISCONDUCT_MEETING;
  private static final Forum HEARING = Forum.MISCONDUCT_HEARING;
  private static final Forum ACCELERATED = Forum.ACCELERATED_MISCONDUCT_HEARING;
  private static final Forum REVIEW = Forum.REFLECTIVE_PRACTICE_REVIEW;
  private static final Finding NOT = Finding.NOT_MISCONDUCT;
  private static final Finding MISCONDUCT = Finding.MISCONDUCT;
  private static final Finding GROSS = Finding.GROSS_MISCONDUCT;
  private static final String NO_FWW_TO_EXTEND = "no_final_written_warning_to_extend";
  private static final String NEEDS_CONDITION_2012 = "dismissal_needs_condition/2008_2012";
  private static final String NEEDS_CONDITION_2020 = "dismissal_needs_condition/2020";

  /**
   * The decision rows. Within one regime, forum and finding the first row is the one the forum's rule opens
   * unconditionally (its explanation step lists what the forum's rule opens); rows that cannot occur come before
   * the row for subjects not reached, so that the explanation names the combination first.
   */
  static final ImmutableList<DecisionRow> ROWS = ImmutableList.of(
      // Combinations that cannot occur, whoever the subject.
      cannotOccur(OLD, GROSS, MEETING, Rule.SANCTIONS_MEETING_CANNOT_FIND_GROSS,
          "a misconduct meeting deals only with misconduct and cannot find gross misconduct"),
      cannotOccur(NEW, GROSS, MEETING, Rule.SANCTIONS_MEETING_CANNOT_FIND_GROSS,
          "a misconduct meeting deals only with misconduct and cannot find gross misconduct"),
      cannotOccur(OLD, EnumSet.allOf(Finding.class), REVIEW, Rule.ROUTING_FORUM_NOT_IN_REGIME,
          "the reflective practice review process exists only under the 2020 Regulations"),
      cannotOccur(NEW, EnumSet.of(MISCONDUCT), REVIEW, Rule.ROUTING_PRI,
          "the reflective practice review process is not disciplinary and makes no finding of misconduct"),
      cannotOccur(NEW, EnumSet.of(GROSS), REVIEW, Rule.ROUTING_PRI,
          "the reflective practice review process is not disciplinary and makes no finding of gross misconduct"),
      // Former officers: not reached under the 2008 Regulations; otherwise no disciplinary action.
      new DecisionRow(EnumSet.of(Regime.CONDUCT_REGULATIONS_2008), Test.YES, EnumSet.allOf(Finding.class), EnumSet.allOf(Forum.class),
          Test.ANY, Test.ANY, Test.ANY, Test.ANY, EnumSet.noneOf(Outcome.class), Rule.JURISDICTION_FORMER_2008, "no_outcome",
          Kind.NOT_REACHED, Optional.empty(), List.of(new Block(Column.FORMER_OFFICER, Optional.empty(), "former_officer_not_reached"))),
      new Builder(REACHING_FORMER, Test.YES, EnumSet.of(GROSS), EnumSet.of(HEARING, ACCELERATED), Rule.SANCTIONS_FORMER_OFFICER)
          .variant("gross")
          .blocks(Column.FORMER_OFFICER, "would_have_been_dismissed_only_for_former_officers")
          .blocks(Column.FINDING, "would_have_been_dismissed_needs_gross_misconduct")
          .opens(WOULD_HAVE_BEEN_DISMISSED),
      new Builder(REACHING_FORMER, Test.YES, EnumSet.of(NOT, MISCONDUCT), EnumSet.of(MEETING, HEARING, ACCELERATED),
          Rule.SANCTIONS_FORMER_OFFICER).variant("not_gross").opens(NO_FURTHER_ACTION),
      new Builder(NEW, Test.YES, EnumSet.of(NOT), EnumSet.of(REVIEW), Rule.SANCTIONS_FORMER_OFFICER).variant("not_gross")
          .opens(NO_FURTHER_ACTION),
      // 2008 and 2012 Regulations, serving officers.
      serving(OLD, NOT, MEETING, Rule.SANCTIONS_NOT_MISCONDUCT).opens(NO_FURTHER_ACTION),
      serving(OLD, MISCONDUCT, MEETING, Rule.SANCTIONS_MEETING_2012).opens(NO_FURTHER_ACTION, MANAGEMENT_ADVICE),
      serving(OLD, MISCONDUCT, MEETING, Rule.SANCTIONS_MEETING_2012).unlessWarningInForce(Rule.SANCTIONS_LIVE_FWW_2012)
          .opens(WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
      serving(OLD, MISCONDUCT, MEETING, Rule.SANCTIONS_LIVE_FWW_2012).ifWarningInForce(NO_FWW_TO_EXTEND)
          .opens(EXTENSION_OF_FINAL_WRITTEN_WARNING),
      serving(OLD, NOT, HEARING, Rule.SANCTIONS_NOT_MISCONDUCT).opens(NO_FURTHER_ACTION),
      serving(OLD, MISCONDUCT, HEARING, Rule.SANCTIONS_HEARING_2012).opens(NO_FURTHER_ACTION, MANAGEMENT_ADVICE),
      serving(OLD, MISCONDUCT, HEARING, Rule.SANCTIONS_HEARING_2012).unlessWarningInForce(Rule.SANCTIONS_LIVE_FWW_2012)
          .opens(WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
      serving(OLD, MISCONDUCT, HEARING, Rule.SANCTIONS_LIVE_FWW_2012).ifWarningInForce(NO_FWW_TO_EXTEND)
          .opens(EXTENSION_OF_FINAL_WRITTEN_WARNING),
      serving(OLD, MISCONDUCT, HEARING, Rule.SANCTIONS_DISMISSAL_CONDITIONS_2012).variant("live_warning")
          .ifWarningInForce(NEEDS_CONDITION_2012).opens(DISMISSAL_WITH_NOTICE, DISMISSAL_WITHOUT_NOTICE),
      serving(OLD, GROSS, HEARING, Rule.SANCTIONS_HEARING_2012).opens(MANAGEMENT_ADVICE, DISMISSAL_WITH_NOTICE, DISMISSAL_WITHOUT_NOTICE),
      serving(OLD, GROSS, HEARING, Rule.SANCTIONS_HEARING_2012).unlessWarningInForce(Rule.SANCTIONS_LIVE_FWW_2012)
          .opens(WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
      serving(OLD, GROSS, HEARING, Rule.SANCTIONS_LIVE_FWW_2012).ifWarningInForce(NO_FWW_TO_EXTEND)
          .opens(EXTENSION_OF_FINAL_WRITTEN_WARNING),
      serving(OLD, NOT, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2012).opens(NO_FURTHER_ACTION),
      serving(OLD, MISCONDUCT, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2012).opens(NO_FURTHER_ACTION),
      serving(OLD, GROSS, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2012).opens(DISMISSAL_WITHOUT_NOTICE),
      serving(OLD, GROSS, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2012).unlessWarningInForce(Rule.SANCTIONS_LIVE_FWW_2012)
          .opens(FINAL_WRITTEN_WARNING),
      serving(OLD, GROSS, ACCELERATED, Rule.SANCTIONS_LIVE_FWW_2012).ifWarningInForce(NO_FWW_TO_EXTEND)
          .opens(EXTENSION_OF_FINAL_WRITTEN_WARNING),
      // 2020 Regulations, serving officers.
      serving(NEW, NOT, MEETING, Rule.SANCTIONS_NOT_MISCONDUCT).opens(NO_FURTHER_ACTION, REFLECTIVE_PRACTICE_REVIEW),
      serving(NEW, MISCONDUCT, MEETING, Rule.SANCTIONS_MEETING_2020).unlessWarningInForce(Rule.SANCTIONS_LIVE_FWW_2020)
          .opens(WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
      // With a final written warning in force a meeting can give nothing (the case should have gone to a hearing).
      serving(NEW, MISCONDUCT, MEETING, Rule.SANCTIONS_LIVE_FWW_2020).ifWarningInForce("").opens(),
      serving(NEW, NOT, HEARING, Rule.SANCTIONS_NOT_MISCONDUCT).opens(NO_FURTHER_ACTION, REFLECTIVE_PRACTICE_REVIEW),
      serving(NEW, MISCONDUCT, HEARING, Rule.SANCTIONS_HEARING_MISCONDUCT_2020).unlessWarningInForce(Rule.SANCTIONS_LIVE_FWW_2020)
          .opens(WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
      serving(NEW, MISCONDUCT, HEARING, Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020).variant("live_warning")
          .ifWarningInForce(NEEDS_CONDITION_2020).opens(DISMISSAL_WITHOUT_NOTICE),
      serving(NEW, MISCONDUCT, HEARING, Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020).variant("unconnected_incidents")
          .ifUnconnected(NEEDS_CONDITION_2020).opens(DISMISSAL_WITHOUT_NOTICE),
      serving(NEW, MISCONDUCT, HEARING, Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020).variant("live_warning")
          .ifWarningInForce(NEEDS_CONDITION_2020).withLowerRankNotReducedBefore().opens(REDUCTION_IN_RANK),
      serving(NEW, MISCONDUCT, HEARING, Rule.SANCTIONS_DISMISSAL_CONDITIONS_2020).variant("unconnected_incidents")
          .ifUnconnected(NEEDS_CONDITION_2020).withLowerRankNotReducedBefore().opens(REDUCTION_IN_RANK),
      serving(NEW, GROSS, HEARING, Rule.SANCTIONS_HEARING_GROSS_2020).unlessWarningInForce(Rule.SANCTIONS_LIVE_FWW_2020)
          .opens(FINAL_WRITTEN_WARNING),
      serving(NEW, GROSS, HEARING, Rule.SANCTIONS_HEARING_GROSS_2020).withLowerRankNotReducedBefore().opens(REDUCTION_IN_RANK),
      serving(NEW, GROSS, HEARING, Rule.SANCTIONS_HEARING_GROSS_2020).opens(DISMISSAL_WITHOUT_NOTICE),
      serving(NEW, NOT, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2020).opens(NO_FURTHER_ACTION),
      serving(NEW, MISCONDUCT, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2020).opens(NO_FURTHER_ACTION),
      serving(NEW, GROSS, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2020).unlessWarningInForce(Rule.SANCTIONS_LIVE_FWW_2020)
          .opens(FINAL_WRITTEN_WARNING),
      serving(NEW, GROSS, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2020).withLowerRankNotReducedBefore().opens(REDUCTION_IN_RANK),
      serving(NEW, GROSS, ACCELERATED, Rule.SANCTIONS_ACCELERATED_2020).opens(DISMISSAL_WITHOUT_NOTICE),
      serving(NEW, NOT, REVIEW, Rule.ROUTING_PRI).opens(REFLECTIVE_PRACTICE_REVIEW));


  private static DecisionRow cannotOccur(Set<Regime> regimes, Set<Finding> findings, Forum forum, Rule rule, String why) {
    return new DecisionRow(regimes, Test.ANY, findings, EnumSet.of(forum), Test.ANY, Test.ANY, Test.ANY, Test.ANY,
        EnumSet.noneOf(Outcome.class), rule, "impossible", Kind.CANNOT_OCCUR, Optional.of(why),
        List.of(new Block(Column.FORUM, Optional.empty(), "impossible_finding_for_forum/" + rule.id())));
  }

  private static DecisionRow cannotOccur(Set<Regime> regimes, Finding finding, Forum forum, Rule rule, String why) {
    return cannotOccur(regimes, EnumSet.of(finding), forum, rule, why);
  }

  /** A row for a serving officer: a former officer is blocked from it (no disciplinary action after leaving). */
  private static Builder serving(Set<Regime> regimes, Finding finding, Forum forum, Rule rule) {
    return new Builder(regimes, Test.NO, EnumSet.of(finding), EnumSet.of(forum), rule)
        .closedBy(Column.FORMER_OFFICER, Rule.SANCTIONS_FORMER_OFFICER, "former_officer_outcome");
  }

  /** Writes one row. */
  private static final class Builder {
    private final Set<Regime> regimes;
    private final Test former;
    private final Set<Finding> findings;
    private final Set<Forum> forums;
    private final Rule rule;
    private final Map<Column, Test> tests = new EnumMap<>(Column.class);
    private final List<Block> blocks = new ArrayList<>();
    private String variant = "";

    Builder(Set<Regime> regimes, Test former, Set<Finding> findings, Set<Forum> forums, Rule rule) {
      this.regimes = regimes;
      this.former = former;
      this.findings = findings;
      this.forums = forums;
      this.rule = rule;
    }

    Builder variant(String v) {
      variant = v;
      return this;
    }

    /** Column {@code c} gives {@code problem} when it blocks the row; the condition is the row's own rule's. */
    Builder blocks(Column c, String problem) {
      blocks.add(new Block(c, Optional.empty(), problem));
      return this;
    }

    /** Column {@code c} not matching is {@code closer} closing the row, with {@code problem}. */
    Builder closedBy(Column c, Rule closer, String problem) {
      blocks.add(new Block(c, Optional.of(closer), problem));
      return this;
    }

    Builder unlessWarningInForce(Rule liveWarningRule) {
      tests.put(Column.FINAL_WRITTEN_WARNING_IN_FORCE, Test.NO);
      return closedBy(Column.FINAL_WRITTEN_WARNING_IN_FORCE, liveWarningRule, "final_written_warning_in_force");
    }

    Builder ifWarningInForce(String problem) {
      tests.put(Column.FINAL_WRITTEN_WARNING_IN_FORCE, Test.YES);
      return blocks(Column.FINAL_WRITTEN_WARNING_IN_FORCE, problem);
    }

    Builder ifUnconnected(String problem) {
      tests.put(Column.UNCONNECTED_INCIDENTS, Test.YES);
      return blocks(Column.UNCONNECTED_INCIDENTS, problem);
    }

    Builder withLowerRankNotReducedBefore() {
      tests.put(Column.LOWER_RANK, Test.YES);
      tests.put(Column.REDUCED_IN_RANK, Test.NO);
      closedBy(Column.LOWER_RANK, Rule.SANCTIONS_REDUCTION_CONSTABLE, "no_lower_rank");
      return closedBy(Column.REDUCED_IN_RANK, Rule.SANCTIONS_REDUCTION_PREVIOUS, "already_reduced_in_rank");
    }

    DecisionRow opens(Outcome... outcomes) {
      EnumSet<Outcome> o = EnumSet.noneOf(Outcome.class);
      o.addAll(List.of(outcomes));
      return new DecisionRow(regimes, former, findings, forums, test(Column.FINAL_WRITTEN_WARNING_IN_FORCE),
          test(Column.UNCONNECTED_INCIDENTS), test(Column.LOWER_RANK), test(Column.REDUCED_IN_RANK), o, rule, variant,
          Kind.OPENS, Optional.empty(), blocks);
    }

    private Test test(Column c) {
      return tests.getOrDefault(c, Test.ANY);
    }
  }
}

package io.github.policeconduct.rules;

import static io.github.policeconduct.core.Outcome.DISMISSAL_WITHOUT_NOTICE;
import static io.github.policeconduct.core.Outcome.DISMISSAL_WITH_NOTICE;
import static io.github.policeconduct.core.Outcome.FINAL_WRITTEN_WARNING;
import static io.github.policeconduct.core.Outcome.MANAGEMENT_ADVICE;
import static io.github.policeconduct.core.Outcome.NO_FURTHER_ACTION;
import static io.github.policeconduct.core.Outcome.REDUCTION_IN_RANK;
import static io.github.policeconduct.core.Outcome.REFLECTIVE_PRACTICE_REVIEW;
import static io.github.policeconduct.core.Outcome.WRITTEN_WARNING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;

/**
 * The outcome table as data: for each regime, forum and finding, the outcomes open before any condition
 * is applied, the outcomes a condition can open (a final written warning in force, or unconnected
 * incidents), or the reason the combination cannot occur. The conditions that open or close outcomes
 * (live warnings, rank, earlier reduction, former officers) are applied by the rules on top of this table.
 *
 * <p>The table covers every regime × forum × finding exactly once; a test checks it for gaps and
 * overlaps.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OutcomeTable {

  /**
   * One row of the table.
   *
   * @param regimes the regimes the row applies to
   * @param forum the forum
   * @param finding the most serious finding
   * @param outcomes the outcomes open before conditions; empty for a combination that cannot occur
   * @param openedByCondition outcomes opened only by a condition (a final written warning in force at the
   *     assessment, or for the 2020 Regulations unconnected incidents)
   * @param impossible why the combination cannot occur, for rows that cannot
   * @param rule the rule the row rests on
   * @since 0.1.0
   */
  public record Row(Set<Regime> regimes, Forum forum, Finding finding, Set<Outcome> outcomes,
      Set<Outcome> openedByCondition, Optional<String> impossible, Rule rule) {
    /**
     * Checks and copies the components.
     *
     * @since 0.1.0
     */
    public Row {
      regimes = Sets.immutableEnumSet(regimes);
      Objects.requireNonNull(forum, "forum");
      Objects.requireNonNull(finding, "finding");
      outcomes = Sets.immutableEnumSet(outcomes);
      openedByCondition = Sets.immutableEnumSet(openedByCondition);
      Objects.requireNonNull(impossible, "impossible");
      Objects.requireNonNull(rule, "rule");
    }

    /**
     * Whether this row applies to the given regime, forum and finding.
     *
     * @since 0.1.0
     */
    public boolean matches(Regime regime, Forum forum, Finding finding) {
      return regimes.contains(regime) && this.forum == forum && this.finding == finding;
    }
  }

  private static final Set<Regime> OLD = EnumSet.of(Regime.CONDUCT_REGULATIONS_2008, Regime.CONDUCT_REGULATIONS_2012);
  private static final Set<Regime> NEW = EnumSet.of(Regime.CONDUCT_REGULATIONS_2020);
  private static final Set<Outcome> NONE = EnumSet.noneOf(Outcome.class);

  private static final ImmutableList<Row> ROWS = ImmutableList.of(
      // 2008 and 2012 Regulations
      row(OLD, Forum.MISCONDUCT_MEETING, Finding.NOT_MISCONDUCT, EnumSet.of(NO_FURTHER_ACTION), NONE, Rule.SANCTIONS_NOT_MISCONDUCT),
      row(OLD, Forum.MISCONDUCT_MEETING, Finding.MISCONDUCT,
          EnumSet.of(NO_FURTHER_ACTION, MANAGEMENT_ADVICE, WRITTEN_WARNING, FINAL_WRITTEN_WARNING), NONE, Rule.SANCTIONS_MEETING_2012),
      impossible(OLD, Forum.MISCONDUCT_MEETING, Finding.GROSS_MISCONDUCT,
          "a misconduct meeting deals only with misconduct and cannot find gross misconduct", Rule.SANCTIONS_MEETING_CANNOT_FIND_GROSS),
      row(OLD, Forum.MISCONDUCT_HEARING, Finding.NOT_MISCONDUCT, EnumSet.of(NO_FURTHER_ACTION), NONE, Rule.SANCTIONS_NOT_MISCONDUCT),
      row(OLD, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT,
          EnumSet.of(NO_FURTHER_ACTION, MANAGEMENT_ADVICE, WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
          EnumSet.of(DISMISSAL_WITH_NOTICE, DISMISSAL_WITHOUT_NOTICE), Rule.SANCTIONS_HEARING_2012),
      row(OLD, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT,
          EnumSet.of(MANAGEMENT_ADVICE, WRITTEN_WARNING, FINAL_WRITTEN_WARNING, DISMISSAL_WITH_NOTICE, DISMISSAL_WITHOUT_NOTICE),
          NONE, Rule.SANCTIONS_HEARING_2012),
      row(OLD, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.NOT_MISCONDUCT, EnumSet.of(NO_FURTHER_ACTION), NONE,
          Rule.SANCTIONS_ACCELERATED_2012),
      row(OLD, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.MISCONDUCT, EnumSet.of(NO_FURTHER_ACTION), NONE,
          Rule.SANCTIONS_ACCELERATED_2012),
      row(OLD, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT,
          EnumSet.of(FINAL_WRITTEN_WARNING, DISMISSAL_WITHOUT_NOTICE), NONE, Rule.SANCTIONS_ACCELERATED_2012),
      impossible(OLD, Forum.REFLECTIVE_PRACTICE_REVIEW, Finding.NOT_MISCONDUCT,
          "the reflective practice review process exists only under the 2020 Regulations", Rule.ROUTING_FORUM_NOT_IN_REGIME),
      impossible(OLD, Forum.REFLECTIVE_PRACTICE_REVIEW, Finding.MISCONDUCT,
          "the reflective practice review process exists only under the 2020 Regulations", Rule.ROUTING_FORUM_NOT_IN_REGIME),
      impossible(OLD, Forum.REFLECTIVE_PRACTICE_REVIEW, Finding.GROSS_MISCONDUCT,
          "the reflective practice review process exists only under the 2020 Regulations", Rule.ROUTING_FORUM_NOT_IN_REGIME),
      // 2020 Regulations
      row(NEW, Forum.MISCONDUCT_MEETING, Finding.NOT_MISCONDUCT, EnumSet.of(NO_FURTHER_ACTION, REFLECTIVE_PRACTICE_REVIEW), NONE,
          Rule.SANCTIONS_NOT_MISCONDUCT),
      row(NEW, Forum.MISCONDUCT_MEETING, Finding.MISCONDUCT, EnumSet.of(WRITTEN_WARNING, FINAL_WRITTEN_WARNING), NONE,
          Rule.SANCTIONS_MEETING_2020),
      impossible(NEW, Forum.MISCONDUCT_MEETING, Finding.GROSS_MISCONDUCT,
          "a misconduct meeting deals only with misconduct and cannot find gross misconduct", Rule.SANCTIONS_MEETING_CANNOT_FIND_GROSS),
      row(NEW, Forum.MISCONDUCT_HEARING, Finding.NOT_MISCONDUCT, EnumSet.of(NO_FURTHER_ACTION, REFLECTIVE_PRACTICE_REVIEW), NONE,
          Rule.SANCTIONS_NOT_MISCONDUCT),
      row(NEW, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT, EnumSet.of(WRITTEN_WARNING, FINAL_WRITTEN_WARNING),
          EnumSet.of(REDUCTION_IN_RANK, DISMISSAL_WITHOUT_NOTICE), Rule.SANCTIONS_HEARING_MISCONDUCT_2020),
      row(NEW, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT,
          EnumSet.of(FINAL_WRITTEN_WARNING, REDUCTION_IN_RANK, DISMISSAL_WITHOUT_NOTICE), NONE, Rule.SANCTIONS_HEARING_GROSS_2020),
      row(NEW, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.NOT_MISCONDUCT, EnumSet.of(NO_FURTHER_ACTION), NONE,
          Rule.SANCTIONS_ACCELERATED_2020),
      row(NEW, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.MISCONDUCT, EnumSet.of(NO_FURTHER_ACTION), NONE,
          Rule.SANCTIONS_ACCELERATED_2020),
      row(NEW, Forum.ACCELERATED_MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT,
          EnumSet.of(FINAL_WRITTEN_WARNING, REDUCTION_IN_RANK, DISMISSAL_WITHOUT_NOTICE), NONE, Rule.SANCTIONS_ACCELERATED_2020),
      row(NEW, Forum.REFLECTIVE_PRACTICE_REVIEW, Finding.NOT_MISCONDUCT, EnumSet.of(REFLECTIVE_PRACTICE_REVIEW), NONE,
          Rule.ROUTING_PRI),
      impossible(NEW, Forum.REFLECTIVE_PRACTICE_REVIEW, Finding.MISCONDUCT,
          "the reflective practice review process is not disciplinary and makes no finding of misconduct", Rule.ROUTING_PRI),
      impossible(NEW, Forum.REFLECTIVE_PRACTICE_REVIEW, Finding.GROSS_MISCONDUCT,
          "the reflective practice review process is not disciplinary and makes no finding of gross misconduct", Rule.ROUTING_PRI));

  /**
   * The rows indexed by regime, forum and finding ordinals, so a lookup is an array read instead of a scan of
   * {@link #ROWS} (the bare query is meant to be as fast as a hand-written table). Where rows overlapped, the
   * first would win, as in a scan; the table test forbids overlaps anyway. Null marks a gap.
   */
  private static final int FORUMS = Forum.values().length;
  private static final int FINDINGS = Finding.values().length;
  private static final Row[] INDEX = new Row[Regime.values().length * FORUMS * FINDINGS];
  /** Each indexed row's outcomes and conditional outcomes as plain EnumSets: cloning one is a copy of a long. */
  @SuppressWarnings("unchecked")
  private static final EnumSet<Outcome>[] OUTCOMES = new EnumSet[INDEX.length];
  @SuppressWarnings("unchecked")
  private static final EnumSet<Outcome>[] CONDITIONAL = new EnumSet[INDEX.length];

  static {
    for (Row r : ROWS) {
      for (Regime regime : r.regimes()) {
        int i = index(regime, r.forum(), r.finding());
        if (INDEX[i] == null) {
          INDEX[i] = r;
          OUTCOMES[i] = EnumSet.noneOf(Outcome.class);
          OUTCOMES[i].addAll(r.outcomes());
          CONDITIONAL[i] = EnumSet.noneOf(Outcome.class);
          CONDITIONAL[i].addAll(r.openedByCondition());
        }
      }
    }
  }

  private OutcomeTable() {}

  private static int index(Regime regime, Forum forum, Finding finding) {
    return (regime.ordinal() * FORUMS + forum.ordinal()) * FINDINGS + finding.ordinal();
  }

  private static Row row(Set<Regime> regimes, Forum forum, Finding finding, Set<Outcome> outcomes, Set<Outcome> conditional,
      Rule rule) {
    return new Row(regimes, forum, finding, outcomes, conditional, Optional.empty(), rule);
  }

  private static Row impossible(Set<Regime> regimes, Forum forum, Finding finding, String why, Rule rule) {
    return new Row(regimes, forum, finding, NONE, NONE, Optional.of(why), rule);
  }

  /**
   * Every row, grouped by regime, then forum, then finding.
   *
   * @since 0.1.0
   */
  public static List<Row> rows() {
    return ROWS;
  }

  /**
   * The row for a regime, forum and finding.
   *
   * @throws IllegalStateException if the table has no row for them (a gap: a defect, caught by tests)
   * @since 0.1.0
   */
  public static Row row(Regime regime, Forum forum, Finding finding) {
    Row r = INDEX[index(regime, forum, finding)];
    if (r != null) {
      return r;
    }
    throw new IllegalStateException("outcome table has no row for " + regime + ", " + forum + ", " + finding);
  }

  /** The outcomes of the row for a regime, forum and finding, as a new mutable set (for the rules' own use). */
  static EnumSet<Outcome> outcomesOf(Regime regime, Forum forum, Finding finding) {
    row(regime, forum, finding);
    return OUTCOMES[index(regime, forum, finding)].clone();
  }

  /** The conditional outcomes of the row for a regime, forum and finding, as a new mutable set. */
  static EnumSet<Outcome> openedByConditionOf(Regime regime, Forum forum, Finding finding) {
    row(regime, forum, finding);
    return CONDITIONAL[index(regime, forum, finding)].clone();
  }

  /**
   * The outcomes that exist at all under a regime.
   *
   * @since 0.1.0
   */
  public static Set<Outcome> vocabulary(Regime regime) {
    return VOCABULARY.get(Objects.requireNonNull(regime, "regime"));
  }

  /** Each regime's outcomes, computed once: {@code Sanctions.whyNot} asks on every decision. */
  private static final ImmutableMap<Regime, Set<Outcome>> VOCABULARY = vocabularies();

  private static ImmutableMap<Regime, Set<Outcome>> vocabularies() {
    EnumMap<Regime, Set<Outcome>> m = new EnumMap<>(Regime.class);
    for (Regime regime : Regime.values()) {
      // "Would have been dismissed" exists where the former-officer provisions reach: not under the 2008 Regulations.
      EnumSet<Outcome> all = regime == Regime.CONDUCT_REGULATIONS_2008 ? EnumSet.noneOf(Outcome.class)
          : EnumSet.of(Outcome.WOULD_HAVE_BEEN_DISMISSED);
      for (Row r : ROWS) {
        if (r.regimes().contains(regime)) {
          all.addAll(r.outcomes());
          all.addAll(r.openedByCondition());
        }
      }
      if (regime != Regime.CONDUCT_REGULATIONS_2020) {
        all.add(Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING);
      }
      m.put(regime, Sets.immutableEnumSet(all));
    }
    return Maps.immutableEnumMap(m);
  }
}

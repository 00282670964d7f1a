package io.github.policeconduct.rules;


import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;

/**
 * The outcome table as data, with its conditions as columns, read as a DMN decision table with hit policy
 * COLLECT: the outcomes open for a query are the union of the outcomes of every {@linkplain DecisionRow row} that
 * matches it. The columns ({@link Column}) are the regime, whether the subject is a former officer, the finding,
 * the forum, whether a final written warning was in force, whether the misconduct concerns unconnected incidents,
 * whether there is a lower rank to go to, and whether the officer was reduced in rank before; a row may say "any"
 * for any column. Each row names the {@link Rule} it rests on.
 *
 * <p>The same rows explain the answer and say why an outcome is not open: a row that would have opened it is
 * <em>blocked</em> by a column, and each row says what each of its columns means when it blocks (the problem, and
 * the rule that closes the row, if not the row's own). A few rows open nothing: they say that a combination cannot
 * occur ({@link Kind#CANNOT_OCCUR}) or that the subject is not reached at all ({@link Kind#NOT_REACHED}); the table
 * test checks that such rows never overlap a row that opens something, and that every combination of every
 * column's values is matched by some row.
 *
 * <p>{@link #rows()} and {@link #row(Regime, Forum, Finding)} give the table's older summary view: one row per
 * regime, forum and finding for a serving officer, derived from the decision rows.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OutcomeTable {

  /**
   * The columns of the table, in the order a row is read. The first four are the row's key: a row whose key does
   * not match a query says nothing about it. The others are conditions.
   *
   * @since 0.2.0
   */
  public enum Column {
    /** The governing Regulations. */
    REGIME,
    /** Whether the subject had ceased to serve before the proceedings. */
    FORMER_OFFICER,
    /** The most serious finding. */
    FINDING,
    /** The forum. */
    FORUM,
    /** Whether a final written warning was in force at the assessment. */
    FINAL_WRITTEN_WARNING_IN_FORCE,
    /** Whether the misconduct relates to more than one incident not closely factually connected. */
    UNCONNECTED_INCIDENTS,
    /** Whether the subject is a police officer with a rank below theirs to be reduced to. */
    LOWER_RANK,
    /** Whether the officer had already been reduced in rank at the assessment. */
    REDUCED_IN_RANK;

    /**
     * Whether this column is part of a row's key (regime, former officer, finding, forum) rather than a condition.
     *
     * @since 0.2.0
     */
    public boolean isKey() {
      return compareTo(FORUM) <= 0;
    }

    /**
     * Whether a row blocked by this column is not read further: true for the key, and for {@link #LOWER_RANK} (an
     * earlier reduction in rank matters only where there is a lower rank to go to).
     *
     * @since 0.2.0
     */
    public boolean stopsReading() {
      return isKey() || this == LOWER_RANK;
    }
  }

  /**
   * What a row asks of a yes-or-no column.
   *
   * @since 0.2.0
   */
  public enum Test {
    /** The row matches whatever the value ("-" in DMN). */
    ANY,
    /** The row matches only when the fact holds. */
    YES,
    /** The row matches only when the fact does not hold. */
    NO;

    /**
     * Whether a value passes this test.
     *
     * @since 0.2.0
     */
    public boolean accepts(boolean value) {
      return this == ANY || (this == YES) == value;
    }
  }

  /**
   * What a row does.
   *
   * @since 0.2.0
   */
  public enum Kind {
    /** The row opens its outcomes (possibly none) when it matches. */
    OPENS,
    /** The combination the row matches cannot occur: nothing is open, whoever the subject is. */
    CANNOT_OCCUR,
    /** The subject the row matches is not reached by the Regulations at all: nothing is open, whatever was decided. */
    NOT_REACHED
  }

  /**
   * What a column of a row means when the row is blocked by it.
   *
   * @param column the column
   * @param closedBy the rule that closes the row when the column does not match, where it is not the row's own rule
   *     (for example the rule that no warning may be given while a final written warning is in force); empty when
   *     the column is a condition of the row's own rule
   * @param problem the code (and, after a slash, the sentence variant) of the problem reported when the column
   *     blocks an outcome the row would have opened; empty when the column gives no reason of its own
   * @since 0.2.0
   */
  public record Block(Column column, Optional<Rule> closedBy, String problem) {
    /**
     * Checks the components.
     *
     * @since 0.2.0
     */
    public Block {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(closedBy, "closedBy");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /**
   * One row of the decision table.
   *
   * @param regimes the regimes the row matches
   * @param formerOfficer what the row asks of {@link Column#FORMER_OFFICER}
   * @param findings the findings the row matches
   * @param forums the forums the row matches
   * @param finalWrittenWarningInForce what the row asks of {@link Column#FINAL_WRITTEN_WARNING_IN_FORCE}
   * @param unconnectedIncidents what the row asks of {@link Column#UNCONNECTED_INCIDENTS}
   * @param lowerRank what the row asks of {@link Column#LOWER_RANK}
   * @param reducedInRank what the row asks of {@link Column#REDUCED_IN_RANK}
   * @param outcomes the outcomes the row opens when it matches
   * @param rule the rule the row rests on
   * @param variant the sentence variant of the row's explanation step ("" for the rule's plain sentence)
   * @param kind what the row does
   * @param cannotOccur why the combination cannot occur, for {@link Kind#CANNOT_OCCUR} rows
   * @param blocks what each column means when it blocks the row (columns not listed give no reason of their own); for
   *     a row that opens nothing because the combination cannot occur or the subject is not reached, one block: the
   *     column that makes it so, and the problem every outcome then has
   * @since 0.2.0
   */
  public record DecisionRow(Set<Regime> regimes, Test formerOfficer, Set<Finding> findings, Set<Forum> forums,
      Test finalWrittenWarningInForce, Test unconnectedIncidents, Test lowerRank, Test reducedInRank,
      Set<Outcome> outcomes, Rule rule, String variant, Kind kind, Optional<String> cannotOccur, List<Block> blocks) {
    /**
     * Checks and copies the components.
     *
     * @since 0.2.0
     */
    public DecisionRow {
      regimes = Sets.immutableEnumSet(regimes);
      Objects.requireNonNull(formerOfficer, "formerOfficer");
      findings = Sets.immutableEnumSet(findings);
      forums = Sets.immutableEnumSet(forums);
      Objects.requireNonNull(finalWrittenWarningInForce, "finalWrittenWarningInForce");
      Objects.requireNonNull(unconnectedIncidents, "unconnectedIncidents");
      Objects.requireNonNull(lowerRank, "lowerRank");
      Objects.requireNonNull(reducedInRank, "reducedInRank");
      outcomes = Sets.immutableEnumSet(outcomes);
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(variant, "variant");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(cannotOccur, "cannotOccur");
      blocks = ImmutableList.copyOf(blocks);
      if (kind != Kind.OPENS && !outcomes.isEmpty()) {
        throw new IllegalArgumentException("a " + kind + " row opens nothing, but this one opens " + outcomes);
      }
      if (cannotOccur.isPresent() != (kind == Kind.CANNOT_OCCUR)) {
        throw new IllegalArgumentException("cannotOccur must be given exactly for CANNOT_OCCUR rows: " + kind + ", " + cannotOccur);
      }
    }

    /**
     * Whether the row matches the query in every column.
     *
     * @since 0.2.0
     */
    public boolean matches(OutcomeQuery query) {
      return matches(Input.of(query));
    }

    /**
     * What the row means when {@code column} blocks it, if it says.
     *
     * @since 0.2.0
     */
    public Optional<Block> block(Column column) {
      for (Block b : blocks) {
        if (b.column() == column) {
          return Optional.of(b);
        }
      }
      return Optional.empty();
    }

    /**
     * The rules that close this row when one of its columns does not match.
     *
     * @since 0.2.0
     */
    public Set<Rule> closingRules() {
      EnumSet<Rule> out = EnumSet.noneOf(Rule.class);
      for (Block b : blocks) {
        b.closedBy().ifPresent(out::add);
      }
      return out;
    }

    /** Whether column {@code c} of this row matches {@code in}. */
    boolean holds(Column c, Input in) {
      switch (c) {
        case REGIME:
          return regimes.contains(in.regime());
        case FORMER_OFFICER:
          return formerOfficer.accepts(in.former());
        case FINDING:
          return findings.contains(in.finding());
        case FORUM:
          return forums.contains(in.forum());
        case FINAL_WRITTEN_WARNING_IN_FORCE:
          return finalWrittenWarningInForce.accepts(in.fww());
        case UNCONNECTED_INCIDENTS:
          return unconnectedIncidents.accepts(in.unconnected());
        case LOWER_RANK:
          return lowerRank.accepts(in.lowerRank());
        default:
          return reducedInRank.accepts(in.reduced());
      }
    }

    boolean matches(Input in) {
      for (Column c : COLUMNS) {
        if (!holds(c, in)) {
          return false;
        }
      }
      return true;
    }

    /** Whether the row's key (regime, former officer, finding, forum) matches {@code in}. */
    boolean keyMatches(Input in) {
      return holds(Column.REGIME, in) && holds(Column.FORMER_OFFICER, in) && holds(Column.FINDING, in) && holds(Column.FORUM, in);
    }

    /** Whether the condition in column {@code c} is one of the row's own rule (not a rule that closes the row). */
    boolean opening(Column c) {
      return block(c).map(b -> b.closedBy().isEmpty()).orElse(true);
    }
  }

  /**
   * One row of the older summary view: for a serving officer, the outcomes open at a regime, forum and finding
   * before any condition is applied, the outcomes a condition can open (a final written warning in force, or
   * unconnected incidents), or the reason the combination cannot occur. Derived from the {@linkplain #decisionRows()
   * decision rows}.
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

  /** The table's input for one query: every column's value. */
  record Input(Regime regime, boolean former, Finding finding, Forum forum, boolean fww, boolean unconnected,
      boolean lowerRank, boolean reduced) {
    static Input of(OutcomeQuery q) {
      return new Input(q.regime(), q.formerOfficer(), q.finding(), q.forum(), q.finalWrittenWarningInForce(),
          q.unconnectedIncidents(), hasLowerRank(q), q.reducedInRankBefore());
    }

    int index() {
      return OutcomeTable.index(regime, forum, finding) << 5 | bits(former, fww, unconnected, lowerRank, reduced);
    }

    /** Every input, in index order. */
    static List<Input> all() {
      List<Input> out = new ArrayList<>(SIZE);
      for (int i = 0; i < SIZE; i++) {
        out.add(of(i));
      }
      return out;
    }

    static Input of(int index) {
      int key = index >>> 5;
      int finding = key % FINDINGS;
      int forum = key / FINDINGS % FORUMS;
      int regime = key / FINDINGS / FORUMS;
      return new Input(Regime.values()[regime], (index & 16) != 0, Finding.values()[finding], Forum.values()[forum],
          (index & 8) != 0, (index & 4) != 0, (index & 2) != 0, (index & 1) != 0);
    }
  }

  private static final Column[] COLUMNS = Column.values();
  private static final int FORUMS = Forum.values().length;
  private static final int FINDINGS = Finding.values().length;
  /** The number of distinct inputs: every regime, forum and finding, times the five yes-or-no columns. */
  static final int SIZE = Regime.values().length * FORUMS * FINDINGS << 5;
  private static final boolean[] HAS_LOWER_RANK = new boolean[Rank.values().length];

  static {
    for (Rank r : Rank.values()) {
      HAS_LOWER_RANK[r.ordinal()] = r.oneRankLower().isPresent();
    }
  }

  /** For every input (by {@link Input#index()}), the outcomes the table opens: the union of its matching rows'. */
  @SuppressWarnings("unchecked")
  private static final EnumSet<Outcome>[] OPEN = new EnumSet[SIZE];

  static {
    for (int i = 0; i < SIZE; i++) {
      Input in = Input.of(i);
      EnumSet<Outcome> open = EnumSet.noneOf(Outcome.class);
      for (DecisionRow r : OutcomeRows.ROWS) {
        if (r.matches(in)) {
          open.addAll(r.outcomes());
        }
      }
      OPEN[i] = open;
    }
  }

  private static final ImmutableList<Row> ROWS = summary();
  private static final Row[] INDEX = new Row[Regime.values().length * FORUMS * FINDINGS];

  static {
    for (Row r : ROWS) {
      for (Regime regime : r.regimes()) {
        INDEX[index(regime, r.forum(), r.finding())] = r;
      }
    }
  }

  /** Each regime's outcomes, computed once: {@code Sanctions.whyNot} asks on every decision. */
  private static final ImmutableMap<Regime, Set<Outcome>> VOCABULARY = vocabularies();

  private OutcomeTable() {}

  private static int index(Regime regime, Forum forum, Finding finding) {
    return (regime.ordinal() * FORUMS + forum.ordinal()) * FINDINGS + finding.ordinal();
  }

  private static int bits(boolean former, boolean fww, boolean unconnected, boolean lowerRank, boolean reduced) {
    return (former ? 16 : 0) | (fww ? 8 : 0) | (unconnected ? 4 : 0) | (lowerRank ? 2 : 0) | (reduced ? 1 : 0);
  }

  /** Whether the query's subject is a police officer with a rank below theirs to be reduced to. */
  static boolean hasLowerRank(OutcomeQuery q) {
    return q.role() == Role.POLICE_OFFICER && q.rank().isPresent() && HAS_LOWER_RANK[q.rank().get().ordinal()];
  }

  /** The outcomes the table opens for {@code q}, as a new mutable set: an array read and a copy. */
  static EnumSet<Outcome> open(OutcomeQuery q) {
    int i = index(q.regime(), q.forum(), q.finding()) << 5
        | bits(q.formerOfficer(), q.finalWrittenWarningInForce(), q.unconnectedIncidents(), hasLowerRank(q), q.reducedInRankBefore());
    return OPEN[i].clone();
  }

  /**
   * Every decision row, in the order they are read.
   *
   * @since 0.2.0
   */
  public static List<DecisionRow> decisionRows() {
    return OutcomeRows.ROWS;
  }

  /**
   * The decision rows that match the query in every column: the outcomes open are the union of theirs.
   *
   * @since 0.2.0
   */
  public static List<DecisionRow> matching(OutcomeQuery query) {
    Input in = Input.of(Objects.requireNonNull(query, "query"));
    ImmutableList.Builder<DecisionRow> b = ImmutableList.builder();
    for (DecisionRow r : OutcomeRows.ROWS) {
      if (r.matches(in)) {
        b.add(r);
      }
    }
    return b.build();
  }

  /**
   * Every row of the summary view (for a serving officer), grouped by regime, then forum, then finding.
   *
   * @since 0.1.0
   */
  public static List<Row> rows() {
    return ROWS;
  }

  /**
   * The summary row for a regime, forum and finding.
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

  /**
   * The outcomes that exist at all under a regime: those some row of the regime opens.
   *
   * @since 0.1.0
   */
  public static Set<Outcome> vocabulary(Regime regime) {
    return VOCABULARY.get(Objects.requireNonNull(regime, "regime"));
  }

  private static ImmutableMap<Regime, Set<Outcome>> vocabularies() {
    EnumMap<Regime, Set<Outcome>> m = new EnumMap<>(Regime.class);
    for (Regime regime : Regime.values()) {
      EnumSet<Outcome> all = EnumSet.noneOf(Outcome.class);
      for (DecisionRow r : OutcomeRows.ROWS) {
        if (r.regimes().contains(regime)) {
          all.addAll(r.outcomes());
        }
      }
      m.put(regime, Sets.immutableEnumSet(all));
    }
    return Maps.immutableEnumMap(m);
  }

  /**
   * The summary view: for each regime, forum and finding, a serving officer's rows. The forum's own outcomes are
   * those of the rows resting on the rule of the first row; the outcomes opened by a condition those of rows resting
   * on a rule of their own that closes no other row (so not the extension of a live warning, which replaces the
   * warnings the live-warning rule closes). Regimes whose rows agree throughout are grouped, in order.
   */
  private static ImmutableList<Row> summary() {
    Map<Regime, List<Row>> byRegime = new EnumMap<>(Regime.class);
    for (Regime regime : Regime.values()) {
      List<Row> rows = new ArrayList<>();
      for (Forum forum : Forum.values()) {
        for (Finding finding : Finding.values()) {
          rows.add(summaryRow(regime, forum, finding));
        }
      }
      byRegime.put(regime, rows);
    }
    ImmutableList.Builder<Row> out = ImmutableList.builder();
    Regime[] regimes = Regime.values();
    for (int i = 0; i < regimes.length;) {
      EnumSet<Regime> group = EnumSet.of(regimes[i]);
      int j = i + 1;
      while (j < regimes.length && sameApartFromRegime(byRegime.get(regimes[j]), byRegime.get(regimes[i]))) {
        group.add(regimes[j++]);
      }
      for (Row r : byRegime.get(regimes[i])) {
        out.add(new Row(group, r.forum(), r.finding(), r.outcomes(), r.openedByCondition(), r.impossible(), r.rule()));
      }
      i = j;
    }
    return out.build();
  }

  private static boolean sameApartFromRegime(List<Row> a, List<Row> b) {
    for (int k = 0; k < a.size(); k++) {
      Row x = a.get(k);
      Row y = b.get(k);
      if (x.forum() != y.forum() || x.finding() != y.finding() || !x.outcomes().equals(y.outcomes())
          || !x.openedByCondition().equals(y.openedByCondition()) || !x.impossible().equals(y.impossible()) || x.rule() != y.rule()) {
        return false;
      }
    }
    return true;
  }

  private static Row summaryRow(Regime regime, Forum forum, Finding finding) {
    List<DecisionRow> here = new ArrayList<>();
    for (DecisionRow r : OutcomeRows.ROWS) {
      if (r.regimes().contains(regime) && r.formerOfficer().accepts(false) && r.findings().contains(finding)
          && r.forums().contains(forum)) {
        here.add(r);
      }
    }
    if (here.isEmpty()) {
      throw new IllegalStateException("outcome table has no row for " + regime + ", " + forum + ", " + finding);
    }
    DecisionRow first = here.get(0);
    Set<Regime> one = EnumSet.of(regime);
    if (first.kind() == Kind.CANNOT_OCCUR) {
      return new Row(one, forum, finding, Set.of(), Set.of(), first.cannotOccur(), first.rule());
    }
    EnumSet<Rule> closing = EnumSet.noneOf(Rule.class);
    here.forEach(r -> closing.addAll(r.closingRules()));
    EnumSet<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    EnumSet<Outcome> byCondition = EnumSet.noneOf(Outcome.class);
    for (DecisionRow r : here) {
      if (r.rule() == first.rule()) {
        outcomes.addAll(r.outcomes());
      } else if (!closing.contains(r.rule())) {
        byCondition.addAll(r.outcomes());
      }
    }
    return new Row(one, forum, finding, outcomes, byCondition, Optional.empty(), first.rule());
  }

}

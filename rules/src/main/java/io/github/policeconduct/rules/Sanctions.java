package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.rules.OutcomeTable.Block;
import io.github.policeconduct.rules.OutcomeTable.Column;
import io.github.policeconduct.rules.OutcomeTable.DecisionRow;
import io.github.policeconduct.rules.OutcomeTable.Input;
import io.github.policeconduct.rules.OutcomeTable.Kind;

/**
 * Capability 4: the outcomes lawfully available, and why an outcome given was not, read from the rows of the
 * {@link OutcomeTable}: what is open is the union of the matching rows' outcomes; the explanation is the rules of the
 * rows whose key matches, applied or not as their conditions hold; why an outcome is not open is the rows that would
 * have opened it and the columns that blocked them.
 */
final class Sanctions {
  private static final Column[] CONDITIONS = {Column.FINAL_WRITTEN_WARNING_IN_FORCE, Column.UNCONNECTED_INCIDENTS,
      Column.LOWER_RANK, Column.REDUCED_IN_RANK};

  private Sanctions() {}

  /** A trace for the bare query: the query's Regulations, asked as at today's law. */
  static Trace traceFor(OutcomeQuery q) {
    return new Trace(Optional.of(q.regime()), LocalDate.MAX);
  }

  /** The outcomes open for the query, explaining the rows read into {@code trace}; {@code on} may be null. */
  static Set<Outcome> available(OutcomeQuery q, Trace trace, LocalDate on) {
    EnumSet<Outcome> open = OutcomeTable.open(q);
    if (trace.recording()) {
      for (Captured step : explanation(q).steps()) {
        trace.step(step.rule(), step.variant(), step.applied(), on, step.facts());
      }
    }
    return open;
  }

  /** One step of a query's explanation, as {@link #explain} recorded it (its facts immutable values). */
  private record Captured(Rule rule, String variant, boolean applied, Object[] facts) {}

  /** A trace that keeps what {@link #explain} records, citing nothing: the steps are replayed into the real trace. */
  private static final class Capture extends Trace {
    final List<Captured> steps = new ArrayList<>(6);

    Capture() {
      super(Optional.empty(), LocalDate.MIN);
    }

    @Override
    void step(Rule rule, String variant, boolean applied, LocalDate on, Object[] facts) {
      steps.add(new Captured(rule, variant, applied, facts));
    }
  }

  private static final int ROLES = io.github.policeconduct.core.Role.values().length;
  private static final int RANKS = Rank.values().length + 1;
  /**
   * The explanation of each query, by its table input, role and rank (everything the steps' facts read), worked out
   * when first asked: the table is read once per kind of query, not once per decision. Racy but safe, as
   * {@link Dates}' cache: an entry is an immutable array of immutable steps, and two threads compute equal ones.
   */
  private static final Explained[] EXPLANATIONS = new Explained[OutcomeTable.SIZE * ROLES * RANKS];

  /** The steps of one kind of query; the final field publishes the array's contents safely to every thread. */
  private record Explained(Captured[] steps) {}

  /**
   * Whether answers are cached: always, except under mutation testing, where PIT swaps a mutant into a running JVM
   * and an answer cached before the swap would hide it ({@code -Dio.github.policeconduct.rules.noCache=true}). The
   * answers are the same either way; only the time differs.
   */
  private static final boolean CACHE = !Boolean.getBoolean("io.github.policeconduct.rules.noCache");

  private static Explained explanation(OutcomeQuery q) {
    int i = explanationIndex(q);
    Explained e = CACHE ? EXPLANATIONS[i] : null;
    if (e == null) {
      Capture c = new Capture();
      explain(q, c, null);
      e = new Explained(c.steps.toArray(new Captured[0]));
      EXPLANATIONS[i] = e;
    }
    return e;
  }

  /** One explanation step in the making: a rule, whether it applied, its sentence variant and its rows' outcomes. */
  private static final class Pending {
    boolean applied;
    String variant = "";
    final EnumSet<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
  }

  /**
   * The steps: a row that opens nothing because the combination cannot occur or the subject is not reached, alone;
   * otherwise, for each row whose key matches, in order, its own rule (applied when its own conditions hold), then,
   * if they hold, each rule that closes it (applied when its column closes the row). A rule is one step, at its first
   * appearance, applied if any of its rows applied it.
   */
  private static void explain(OutcomeQuery q, Trace t, LocalDate on) {
    Input in = Input.of(q);
    for (DecisionRow r : OutcomeTable.decisionRows()) {
      if (r.kind() != Kind.OPENS && r.matches(in)) {
        t.applied(r.rule(), r.variant(), on, facts(r, r.rule(), true, q, Set.of()));
        return;
      }
    }
    Map<Rule, Pending> steps = new LinkedHashMap<>();
    Map<Rule, DecisionRow> firstRow = new LinkedHashMap<>();
    for (DecisionRow r : OutcomeTable.decisionRows()) {
      if (r.kind() != Kind.OPENS || !r.keyMatches(in)) {
        continue;
      }
      boolean own = true;
      for (Column c : CONDITIONS) {
        own &= !r.opening(c) || r.holds(c, in);
      }
      Pending p = steps.computeIfAbsent(r.rule(), k -> new Pending());
      firstRow.putIfAbsent(r.rule(), r);
      p.outcomes.addAll(r.outcomes());
      if (own && !p.applied) {
        p.applied = true;
        p.variant = r.variant();
      }
      if (!own) {
        continue;
      }
      for (Column c : CONDITIONS) {
        Optional<Block> b = r.block(c).filter(x -> x.closedBy().isPresent());
        if (b.isEmpty() || r.opening(c)) {
          continue;
        }
        Rule closer = b.get().closedBy().get();
        boolean holds = r.holds(c, in);
        // A lower rank to go to is said in the step on an earlier reduction (its facts name the lower rank).
        if (holds && c == Column.LOWER_RANK) {
          continue;
        }
        Pending s = steps.computeIfAbsent(closer, k -> new Pending());
        firstRow.putIfAbsent(closer, r);
        s.applied |= !holds;
        if (!holds) {
          break;
        }
      }
    }
    for (Map.Entry<Rule, Pending> e : steps.entrySet()) {
      Pending p = e.getValue();
      Object[] facts = facts(firstRow.get(e.getKey()), e.getKey(), p.applied, q, p.outcomes);
      if (p.applied) {
        t.applied(e.getKey(), p.variant, on, facts);
      } else {
        t.notApplicable(e.getKey(), "", on, facts);
      }
    }
  }

  /** The facts a step of {@code rule} read, for the row it came from. */
  private static Object[] facts(DecisionRow row, Rule rule, boolean applied, OutcomeQuery q, Set<Outcome> outcomes) {
    switch (rule) {
      case JURISDICTION_FORMER_2008:
        return Trace.facts("regime", q.regime(), "former_officer", true);
      case SANCTIONS_FORMER_OFFICER:
        return Trace.facts("former_officer", true, "finding", q.finding().code());
      case SANCTIONS_LIVE_FWW_2012:
      case SANCTIONS_LIVE_FWW_2020:
        return Trace.facts("final_written_warning_in_force", q.finalWrittenWarningInForce());
      case SANCTIONS_DISMISSAL_CONDITIONS_2012:
      case SANCTIONS_DISMISSAL_CONDITIONS_2020:
        return Trace.facts("final_written_warning_in_force", q.finalWrittenWarningInForce(), "unconnected_incidents",
            q.unconnectedIncidents(), "opened", list(outcomes));
      case SANCTIONS_REDUCTION_CONSTABLE:
        return Trace.facts("role", q.role().code(), "rank", q.rank(),
            "who", q.role() == Role.POLICE_OFFICER ? q.rank().map(Rank::code).orElse("officer without a rank") : q.role().code());
      case SANCTIONS_REDUCTION_PREVIOUS:
        return applied ? Trace.facts("reduced_in_rank", true)
            : Trace.facts("reduced_in_rank", false, "rank", q.rank(), "lower_rank", q.rank().flatMap(Rank::oneRankLower));
      default:
        return row.kind() == Kind.CANNOT_OCCUR
            ? Trace.facts("regime", q.regime(), "forum", q.forum(), "finding", q.finding().code())
            : Trace.facts("regime", q.regime(), "forum", q.forum(), "finding", q.finding().code(), "open", list(outcomes));
    }
  }

  /**
   * Every reason, with its citation, why {@code decided} is not among the outcomes open for {@code q}: the rows of the
   * regime that would have opened it, read column by column, those that got furthest, and the column (or columns,
   * up to one that stops the reading) that blocked each. Around them: a subject the Regulations do not reach at all
   * has that one reason; an outcome the regime does not have is said so (after a former officer's being blocked from
   * it in any regime); a combination that cannot occur is said so to a serving officer; a serving officer's outcome
   * that no row here would open is "not available here"; and when nothing else is said, the general reason.
   */
  static List<Problem> whyNot(OutcomeQuery q, Outcome decided, Trace t) {
    if (!t.regime().equals(Optional.of(q.regime()))) {
      return reasons(q, decided, t); // cited for another regime than the query's: not the cached answer
    }
    int i = explanationIndex(q) * OUTCOMES + decided.ordinal();
    WhyNot e = CACHE ? WHY_NOT[i] : null;
    if (e == null) {
      e = new WhyNot(List.copyOf(reasons(q, decided, t)));
      WHY_NOT[i] = e;
    }
    return e.problems();
  }

  private static final int OUTCOMES = Outcome.values().length;
  /**
   * Why an outcome is not open, by kind of query and outcome, worked out when first asked. The problems cite the
   * query's own Regulations, and the rules they cite have no citation that changes with the date asked (checked
   * when the class loads), so one answer serves every date. Racy but safe: immutable values behind a final field.
   */
  private static final WhyNot[] WHY_NOT = new WhyNot[OutcomeTable.SIZE * ROLES * RANKS * OUTCOMES];

  private record WhyNot(List<Problem> problems) {}

  private static int explanationIndex(OutcomeQuery q) {
    return (Input.of(q).index() * ROLES + q.role().ordinal()) * RANKS + q.rank().map(r -> r.ordinal() + 1).orElse(0);
  }

  private static List<Problem> reasons(OutcomeQuery q, Outcome decided, Trace t) {
    Input in = Input.of(q);
    Object[] facts = {"outcome", decided.code(), "regime", q.regime(), "forum", q.forum(), "finding", q.finding().code()};
    Reasons out = new Reasons(q, t, facts);
    Optional<DecisionRow> cannotOccur = Optional.empty();
    Optional<Rule> keyRule = Optional.empty();
    for (DecisionRow r : OutcomeTable.decisionRows()) {
      if (r.kind() == Kind.NOT_REACHED && r.matches(in)) {
        out.add(r.blocks().get(0).problem(), r.rule());
        return out.list;
      }
      if (r.kind() == Kind.CANNOT_OCCUR && r.matches(in) && cannotOccur.isEmpty()) {
        cannotOccur = Optional.of(r);
      }
      if (keyRule.isEmpty() && r.kind() != Kind.NOT_REACHED && r.holds(Column.REGIME, in) && r.formerOfficer().accepts(false)
          && r.holds(Column.FINDING, in) && r.holds(Column.FORUM, in)) {
        keyRule = Optional.of(r.rule());
      }
    }
    Rule here = keyRule.orElseThrow(() -> new IllegalStateException("outcome table has no row for " + q));
    boolean inRegime = OutcomeTable.vocabulary(q.regime()).contains(decided);
    if (inRegime) {
      nearestMisses(in, decided, out);
    } else {
      // A rule that closes a row to former officers closes it in every regime.
      for (DecisionRow r : OutcomeTable.decisionRows()) {
        Optional<Block> b = r.block(Column.FORMER_OFFICER).filter(x -> x.closedBy().isPresent());
        if (r.outcomes().contains(decided) && !r.holds(Column.FORMER_OFFICER, in) && b.isPresent()) {
          out.add(b.get().problem(), b.get().closedBy().get());
        }
      }
      out.add("outcome_not_in_regime", here);
    }
    if (inRegime && !q.formerOfficer()) {
      if (cannotOccur.isPresent()) {
        DecisionRow r = cannotOccur.get();
        out.add(r.blocks().get(0).problem(), r.rule());
      } else if (out.list.isEmpty()) {
        out.add("outcome_not_available", here);
      }
    }
    if (out.list.isEmpty()) {
      out.add("outcome_not_available/generic", Rule.SANCTIONS_OUTCOME_LAWFUL);
    }
    return out.list;
  }

  /** The rows of the regime that would have opened {@code decided}, those read furthest, and their blocking columns. */
  private static void nearestMisses(Input in, Outcome decided, Reasons out) {
    List<DecisionRow> rows = new ArrayList<>();
    List<List<Column>> blocked = new ArrayList<>();
    int furthest = -1;
    for (DecisionRow r : OutcomeTable.decisionRows()) {
      if (r.kind() != Kind.OPENS || !r.outcomes().contains(decided) || !r.holds(Column.REGIME, in)) {
        continue;
      }
      List<Column> failing = new ArrayList<>(2);
      for (Column c : Column.values()) {
        if (!r.holds(c, in)) {
          failing.add(c);
          if (c.stopsReading()) {
            break;
          }
        }
      }
      if (failing.isEmpty()) {
        continue;
      }
      rows.add(r);
      blocked.add(failing);
      furthest = Math.max(furthest, failing.get(0).ordinal());
    }
    for (int i = 0; i < rows.size(); i++) {
      if (blocked.get(i).get(0).ordinal() != furthest) {
        continue;
      }
      DecisionRow r = rows.get(i);
      for (Column c : blocked.get(i)) {
        r.block(c).filter(b -> !b.problem().isEmpty()).ifPresent(b -> out.add(b.problem(), b.closedBy().orElse(r.rule())));
      }
    }
  }

  /** Problems in the order first found, each once. */
  private static final class Reasons {
    final List<Problem> list = new ArrayList<>(2);
    private final Set<String> seen = new HashSet<>();
    private final OutcomeQuery q;
    private final Trace t;
    private final Object[] facts;

    Reasons(OutcomeQuery q, Trace t, Object[] facts) {
      this.q = q;
      this.t = t;
      this.facts = facts;
    }

    void add(String codeAndVariant, Rule rule) {
      if (!seen.add(codeAndVariant + " " + rule.id())) {
        return;
      }
      switch (codeAndVariant) {
        case "no_lower_rank":
          list.add(problem(codeAndVariant, rule, t, "who", q.rank().map(Rank::code).orElse(q.role().code())));
          break;
        case "already_reduced_in_rank":
          list.add(problem(codeAndVariant, rule, t));
          break;
        default:
          list.add(problem(codeAndVariant, rule, t, facts));
      }
    }
  }

  private static Problem problem(String codeAndVariant, Rule rule, Trace t, Object... facts) {
    if (rule.citationChangesWithTheDate()) {
      throw new IllegalStateException(rule + " is cited by a reason why an outcome is not open, which is cached for every date, "
          + "but its citation changes with the date: whyNot's cache must key on the date");
    }
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

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.Regime;

/**
 * The steps, problems, consequences and guidance one capability records while it answers one question. Each step
 * cites its rule's provision for the case's Regulations as at the question's date, read from the rule's row: no
 * caller passes a citation. Not thread-safe; one per capability per question, never shared or kept.
 */
class Trace {
  /** A trace that records nothing, for the bare queries that need no explanation. */
  static final Trace SILENT = new Trace(Optional.empty(), LocalDate.MAX) {
    @Override
    void step(Rule rule, String variant, boolean applied, LocalDate on, Object[] facts) {}

    @Override
    boolean recording() {
      return false;
    }
  };

  private final Optional<Regime> regime;
  private final LocalDate asAt;
  /** What is recorded, shared by the traces {@link #forRegime} makes of this one. */
  private final Record record;

  /** The lists a trace records into; those of problems, consequences and guidance made on first use. */
  private static final class Record {
    final List<Step> steps = new ArrayList<>(16);
    List<Problem> problems;
    List<Consequence> consequences;
    List<Guidance> guidance;
  }

  /** A trace for a case governed by {@code regime} (if known), asked as at {@code asAt}. */
  Trace(Optional<Regime> regime, LocalDate asAt) {
    this(regime, asAt, new Record());
  }

  private Trace(Optional<Regime> regime, LocalDate asAt, Record record) {
    this.regime = regime;
    this.asAt = asAt;
    this.record = record;
  }

  /**
   * A trace that records into this one's lists, citing for a case governed by {@code regime}: the decision goes on
   * recording into the same explanation once the regime is known.
   */
  Trace forRegime(Optional<Regime> regime) {
    return new Trace(regime, asAt, record);
  }

  List<Problem> problems() {
    return record.problems == null ? List.of() : record.problems;
  }

  List<Consequence> consequences() {
    return record.consequences == null ? List.of() : record.consequences;
  }

  List<Guidance> guidance() {
    return record.guidance == null ? List.of() : record.guidance;
  }

  void addProblem(Problem p) {
    if (record.problems == null) {
      record.problems = new ArrayList<>(2);
    }
    record.problems.add(p);
  }

  void addProblems(List<Problem> ps) {
    for (Problem p : ps) {
      addProblem(p);
    }
  }

  Optional<Regime> regime() {
    return regime;
  }

  LocalDate asAt() {
    return asAt;
  }

  /** The citation of {@code rule} for this case and date. */
  Citation cite(Rule rule) {
    return rule.citation(regime, asAt);
  }

  /**
   * A step's facts as read: alternating names and values, rendered to text (see {@link #render}) when the step's
   * facts are first read. Values must be immutable (strings, dates, numbers, booleans, enums, optionals of them).
   */
  static Object[] facts(Object... namesAndValues) {
    return namesAndValues;
  }

  /**
   * Facts as an ordered map: values written with {@code String.valueOf} (dates in ISO form, an empty
   * {@code Optional} as "unknown"), a later duplicate of a name winning.
   */
  static Map<String, String> render(Object[] namesAndValues) {
    int n = namesAndValues.length / 2;
    String[] kv = new String[2 * n];
    for (int i = 0; i < 2 * n; i += 2) {
      String key = String.valueOf(namesAndValues[i]);
      for (int j = 0; j < i; j += 2) {
        if (kv[j].equals(key)) {
          return keepingLast(namesAndValues);
        }
      }
      kv[i] = key;
      kv[i + 1] = text(namesAndValues[i + 1]);
    }
    return new FactMap(kv);
  }

  /** A fact's value as text: dates in ISO form, codes for the vocabulary's enums, an empty {@code Optional} as "unknown". */
  static String text(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof LocalDate d) {
      return Dates.iso(d);
    }
    if (v instanceof Optional<?> o) {
      return o.isPresent() ? text(o.get()) : "unknown";
    }
    if (v instanceof Regime r) {
      return r.code();
    }
    if (v instanceof io.github.policeconduct.core.Forum f) {
      return f.code();
    }
    if (v instanceof io.github.policeconduct.core.Rank r) {
      return r.code();
    }
    return String.valueOf(v);
  }

  private static Map<String, String> keepingLast(Object... namesAndValues) {
    com.google.common.collect.ImmutableMap.Builder<String, String> b = com.google.common.collect.ImmutableMap.builder();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      b.put(String.valueOf(namesAndValues[i]), text(namesAndValues[i + 1]));
    }
    return b.buildKeepingLast();
  }

  /** Records that {@code rule} applied on {@code on} (the date its window is tested against), with its sentence {@code variant}. */
  void applied(Rule rule, String variant, LocalDate on, Object... facts) {
    step(rule, variant, true, on, facts);
  }

  /** Records that {@code rule} was considered on {@code on} and did not apply. */
  void notApplicable(Rule rule, String variant, LocalDate on, Object... facts) {
    step(rule, variant, false, on, facts);
  }

  void step(Rule rule, String variant, boolean applied, LocalDate on, Object[] facts) {
    record.steps.add(new Step(rule, cite(rule), facts, applied, variant, on));
  }

  /** Records that {@code rule} applied, citing its provision for {@code citedFor} rather than this trace's regime. */
  void appliedCiting(Optional<Regime> citedFor, Rule rule, String variant, LocalDate on, Object... facts) {
    if (recording()) {
      record.steps.add(new Step(rule, rule.citation(citedFor, asAt), facts, true, variant, on));
    }
  }

  /**
   * The sentence key of a step: the rule id, then {@code /not_applicable} for a rule considered that did not apply,
   * then the variant, if any.
   */
  static String key(Rule rule, boolean applied, String variant) {
    String base = applied ? rule.id() : rule.id() + "/not_applicable";
    return variant.isEmpty() ? base : base + "/" + variant;
  }

  /**
   * A problem whose message is the sentence {@code problem.CODE} (or {@code problem.CODE/VARIANT} when
   * {@code codeAndVariant} names one), citing {@code rule}.
   */
  void problem(String codeAndVariant, Rule rule, Object... facts) {
    int slash = codeAndVariant.indexOf('/');
    String code = slash < 0 ? codeAndVariant : codeAndVariant.substring(0, slash);
    addProblem(new Problem(code, Sentences.text("problem." + codeAndVariant, rule, facts), cite(rule)));
  }

  /** A consequence whose description is the sentence {@code consequence.VARIANT}, citing {@code rule}. */
  void consequence(ConsequenceKind kind, Optional<LocalDate> due, Rule rule, String variant, Object... facts) {
    if (record.consequences == null) {
      record.consequences = new ArrayList<>(2);
    }
    record.consequences.add(new Consequence(kind, due, Sentences.text("consequence." + variant, rule, facts), cite(rule)));
  }

  /** Guidance whose message is the sentence {@code advice.VARIANT}, citing {@code rule}. */
  void guidance(GuidanceKind kind, Rule rule, String variant, Object... facts) {
    if (record.guidance == null) {
      record.guidance = new ArrayList<>(2);
    }
    record.guidance.add(new Guidance(kind, Sentences.text("advice." + variant, rule, facts), cite(rule)));
  }

  /** The citation of the last step recorded. */
  Citation lastCitation() {
    return record.steps.get(record.steps.size() - 1).citation();
  }

  /** Whether steps are kept; when false callers may skip work only a step would need. */
  boolean recording() {
    return true;
  }

  List<Step> steps() {
    return record.steps;
  }

  Explanation explanation() {
    return Explanation.of(record.steps);
  }
}

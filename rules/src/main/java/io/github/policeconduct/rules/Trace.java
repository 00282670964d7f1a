package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.policeconduct.core.Citation;

/** Collects the steps of an explanation while the rules run. Not thread-safe; one per question. */
class Trace {
  /** A trace that records nothing, for the bare queries that need no explanation. */
  static final Trace SILENT = new Trace() {
    @Override
    void addStep(Rule rule, Citation citation, Object[] facts, boolean applied, Object because) {}

    @Override
    void add(Step step) {}

    @Override
    boolean recording() {
      return false;
    }
  };

  private final List<Step> steps = new ArrayList<>(24); // a decision records 10-20 steps

  /**
   * A step's facts as read: alternating names and values, rendered to text (see {@link #render}) when the step's
   * facts are first read. Values must be immutable (strings, dates, numbers, booleans, enums, optionals of them),
   * so that nothing done after the step is recorded can change its text; callers pass mutable collections as text.
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
          return keepingLast(namesAndValues); // never in the rules as written; kept for the old semantics
        }
      }
      kv[i] = key;
      kv[i + 1] = text(namesAndValues[i + 1]);
    }
    return new FactMap(kv);
  }

  /** A fact's value as text: dates in ISO form, an empty {@code Optional} as "unknown". */
  static String text(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof LocalDate d) {
      return Dates.iso(d);
    }
    if (v instanceof java.util.Optional<?> o) {
      return o.isPresent() ? (o.get() instanceof LocalDate d ? Dates.iso(d) : String.valueOf(o.get())) : "unknown";
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

  void applied(Rule rule, String because, Object[] facts) {
    add(rule, rule.citation(), facts, true, because);
  }

  void applied(Rule rule, Citation citation, String because, Object[] facts) {
    add(rule, citation, facts, true, because);
  }

  void notApplicable(Rule rule, String because, Object[] facts) {
    add(rule, rule.citation(), facts, false, because);
  }

  void notApplicable(Rule rule, Citation citation, String because, Object[] facts) {
    add(rule, citation, facts, false, because);
  }

  /** A step whose sentence is built only if it is read. */
  void applied(Rule rule, Supplier<String> because, Object[] facts) {
    add(rule, rule.citation(), facts, true, because);
  }

  void applied(Rule rule, Citation citation, Supplier<String> because, Object[] facts) {
    add(rule, citation, facts, true, because);
  }

  void notApplicable(Rule rule, Supplier<String> because, Object[] facts) {
    add(rule, rule.citation(), facts, false, because);
  }

  void notApplicable(Rule rule, Citation citation, Supplier<String> because, Object[] facts) {
    add(rule, citation, facts, false, because);
  }

  void add(Rule rule, Citation citation, Object[] facts, boolean applied, String because) {
    addStep(rule, citation, facts, applied, java.util.Objects.requireNonNull(because, "because"));
  }

  void add(Rule rule, Citation citation, Object[] facts, boolean applied, Supplier<String> because) {
    addStep(rule, citation, facts, applied, because);
  }

  /** Adds a step; {@code because} is its sentence or a supplier of it. */
  void addStep(Rule rule, Citation citation, Object[] facts, boolean applied, Object because) {
    steps.add(new Step(rule, citation, facts, applied, because));
  }

  /** Adds a step recorded by another trace, as it is. */
  void add(Step step) {
    steps.add(step);
  }

  /** The citation of the last step recorded. */
  Citation lastCitation() {
    return steps.get(steps.size() - 1).citation();
  }

  /**
   * Whether steps are kept. When false (the {@link #SILENT} trace of the bare queries), callers skip building
   * the step's text and facts, which would only be thrown away.
   */
  boolean recording() {
    return true;
  }

  Explanation explanation() {
    return Explanation.of(steps);
  }
}

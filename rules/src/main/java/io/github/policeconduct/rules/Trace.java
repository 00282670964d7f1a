package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.policeconduct.core.Citation;

/** Collects the steps of an explanation while the rules run. Not thread-safe; one per question. */
class Trace {
  /** A trace that records nothing, for the bare queries that need no explanation. */
  static final Trace SILENT = new Trace() {
    @Override
    void add(Rule rule, Citation citation, Map<String, String> facts, boolean applied, String because) {}

    @Override
    boolean recording() {
      return false;
    }
  };

  private final List<Step> steps = new ArrayList<>();

  /** Facts as an ordered map: alternating names and values; values are written with {@code String.valueOf}. */
  static Map<String, String> facts(Object... namesAndValues) {
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

  void applied(Rule rule, String because, Map<String, String> facts) {
    add(rule, rule.citation(), facts, true, because);
  }

  void applied(Rule rule, Citation citation, String because, Map<String, String> facts) {
    add(rule, citation, facts, true, because);
  }

  void notApplicable(Rule rule, String because, Map<String, String> facts) {
    add(rule, rule.citation(), facts, false, because);
  }

  void notApplicable(Rule rule, Citation citation, String because, Map<String, String> facts) {
    add(rule, citation, facts, false, because);
  }

  void add(Rule rule, Citation citation, Map<String, String> facts, boolean applied, String because) {
    steps.add(new Step(rule, citation, facts, applied, because));
  }

  /**
   * Whether steps are kept. When false (the {@link #SILENT} trace of the bare queries), callers skip building
   * the step's text and facts, which would only be thrown away.
   */
  boolean recording() {
    return true;
  }

  boolean isEmpty() {
    return steps.isEmpty();
  }

  Explanation explanation() {
    return Explanation.of(steps);
  }
}

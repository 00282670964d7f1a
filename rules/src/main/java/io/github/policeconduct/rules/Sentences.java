package io.github.policeconduct.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.google.common.collect.ImmutableMap;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Regime;

/**
 * Every sentence the rules write, in one place: {@code sentences.properties}, a template per key over named facts.
 * A step's key is its rule id, or the rule id, a slash and a variant ({@code routing.no_misconduct/not_assessed});
 * problems, consequences and guidance use {@code problem.}, {@code consequence.} and {@code advice.} keys; the words
 * shared by several sentences use {@code phrase.} keys, and who conducts a forum {@code conducted_by.} keys. A
 * template names facts in braces: {@code {left}} writes the fact as recorded; {@code {severity|words}} writes a code
 * as words; {@code {forum|forum}} writes a forum's name under the Regulations named by the fact {@code regime};
 * {@code {regime|title}} writes the Regulations' title; {@code {forum|a}} writes "a" or "an" before the forum's
 * name; {@code {event|phrase}} writes the sentence {@code phrase.VALUE}. {@code {@from}}, {@code {@until}} and
 * {@code {@after_until}} write a date of law ({@code {@months}} a period of months) from the row of the step's rule ({@code {@REGIME_2008.after_until}}
 * from another row), so no sentence keeps a copy of a commencement date. A template reads nothing else, so a
 * translation is a second file of the same keys.
 *
 * <p>Immutable and thread-safe after class initialisation.
 */
final class Sentences {
  private static final String FILE = "sentences.properties";
  /** Each template split into literal text (even indexes) and placeholders (odd indexes). */
  private static final ImmutableMap<String, String[]> TEMPLATES = load();

  private Sentences() {}

  private static ImmutableMap<String, String[]> load() {
    Properties p = new Properties();
    try (InputStream in = Sentences.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FILE);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String[]> out = new HashMap<>();
    for (String key : p.stringPropertyNames()) {
      out.put(key, parse(key, p.getProperty(key)));
    }
    return ImmutableMap.copyOf(out);
  }

  private static String[] parse(String key, String template) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (true) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        parts.add(template.substring(i));
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("unclosed placeholder in sentence " + key + ": " + template);
      }
      parts.add(template.substring(i, open));
      parts.add(template.substring(open + 1, close));
      i = close + 1;
    }
    return parts.toArray(new String[0]);
  }

  /** Every key that has a template. */
  static Set<String> keys() {
    return TEMPLATES.keySet();
  }

  /** Whether {@code key} has a template. */
  static boolean has(String key) {
    return TEMPLATES.containsKey(key);
  }

  /** The placeholders' fact names of {@code key}'s template, in order. */
  static List<String> factNames(String key) {
    String[] parts = template(key);
    List<String> out = new ArrayList<>();
    for (int i = 1; i < parts.length; i += 2) {
      int bar = parts[i].indexOf('|');
      out.add(bar < 0 ? parts[i] : parts[i].substring(0, bar));
    }
    return out;
  }

  private static String[] template(String key) {
    String[] parts = TEMPLATES.get(key);
    if (parts == null) {
      throw new IllegalStateException("no sentence for key " + key + " in " + FILE);
    }
    return parts;
  }

  /** The sentence of {@code key} over the named facts, its dates of law read from {@code rule}'s row. */
  static String render(String key, Map<String, String> facts, Rule rule) {
    String[] parts = template(key);
    StringBuilder b = new StringBuilder(96);
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 0) {
        b.append(parts[i]);
      } else if (parts[i].startsWith("@")) {
        b.append(dateOfLaw(key, parts[i].substring(1), rule));
      } else {
        b.append(fill(key, parts[i], facts));
      }
    }
    return b.toString();
  }

  /** The sentence of {@code key} over facts given as alternating names and values (see {@link Trace#render}). */
  static String text(String key, Rule rule, Object... namesAndValues) {
    return render(key, Trace.render(namesAndValues), rule);
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /**
   * A date of law, from a rule's row: {@code from} (the first day in force), {@code until} (the last), or
   * {@code after_until} (the day after the last); of the step's own rule, or of another named by its constant
   * ({@code REGIME_2008.after_until}). Written "1 December 2008".
   */
  private static String dateOfLaw(String key, String spec, Rule own) {
    int dot = spec.indexOf('.');
    Rule rule = dot < 0 ? own : Rule.valueOf(spec.substring(0, dot));
    String which = dot < 0 ? spec : spec.substring(dot + 1);
    java.time.LocalDate d;
    if (which.equals("months")) {
      return String.valueOf(rule.period().orElseThrow(() -> new IllegalStateException(key + ": " + rule + " has no period"))
          .toTotalMonths());
    }
    switch (which) {
      case "from":
        d = rule.inForceFrom().orElseThrow(() -> new IllegalStateException(key + ": " + rule + " has no start date"));
        break;
      case "until":
        d = rule.inForceUntil().orElseThrow(() -> new IllegalStateException(key + ": " + rule + " has no end date"));
        break;
      case "after_until":
        d = rule.inForceUntil().orElseThrow(() -> new IllegalStateException(key + ": " + rule + " has no end date")).plusDays(1);
        break;
      default:
        throw new IllegalStateException("sentence " + key + " names an unknown date of law " + spec);
    }
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private static String fill(String key, String placeholder, Map<String, String> facts) {
    int bar = placeholder.indexOf('|');
    String name = bar < 0 ? placeholder : placeholder.substring(0, bar);
    String value = facts.get(name);
    if (value == null) {
      throw new IllegalStateException("sentence " + key + " names the fact " + name + ", which the step did not record: " + facts);
    }
    if (bar < 0) {
      return value;
    }
    String filter = placeholder.substring(bar + 1);
    if (filter.startsWith("phrase.")) {
      return render(filter + value, facts, null);
    }
    switch (filter) {
      case "words":
        return value.replace('_', ' ');
      case "title":
        return Regime.parse(value).title();
      case "forum":
        return forumName(value, facts);
      case "a":
        return "aeiou".indexOf(forumName(value, facts).charAt(0)) >= 0 ? "an" : "a";
      case "phrase":
        return render("phrase." + value, facts, null);
      case "A": {
        String a = fill(key, name + "|a", facts);
        return Character.toUpperCase(a.charAt(0)) + a.substring(1);
      }
      default:
        throw new IllegalStateException("sentence " + key + " has an unknown filter " + filter);
    }
  }

  private static String forumName(String forum, Map<String, String> facts) {
    String regime = facts.get("regime");
    Regime r = regime == null ? Regime.CONDUCT_REGULATIONS_2020 : Regime.parse(regime);
    return Forum.parse(forum).nameUnder(r);
  }
}

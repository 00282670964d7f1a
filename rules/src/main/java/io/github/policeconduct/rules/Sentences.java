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
  /** Each template, parsed once into its parts. */
  private static final ImmutableMap<String, Part[]> TEMPLATES = load();

  private Sentences() {}

  /** One part of a template: literal text, a fact with an optional filter, or a date of law. */
  private record Part(String text, String fact, String filter, Rule rule, String which) {
    static Part literal(String text) {
      return new Part(text, null, null, null, null);
    }
  }

  /** Where a sentence reads its facts: a rendered map, or the names and values as a step recorded them. */
  private interface Facts {
    String get(String name);
  }

  private static ImmutableMap<String, Part[]> load() {
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
    Map<String, Part[]> out = new HashMap<>();
    for (String key : p.stringPropertyNames()) {
      out.put(key, parse(key, p.getProperty(key)));
    }
    return ImmutableMap.copyOf(out);
  }

  private static Part[] parse(String key, String template) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (true) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        parts.add(Part.literal(template.substring(i)));
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("unclosed placeholder in sentence " + key + ": " + template);
      }
      parts.add(Part.literal(template.substring(i, open)));
      String placeholder = template.substring(open + 1, close);
      if (placeholder.startsWith("@")) {
        String spec = placeholder.substring(1);
        int dot = spec.indexOf('.');
        Rule rule = dot < 0 ? null : Rule.valueOf(spec.substring(0, dot));
        String which = dot < 0 ? spec : spec.substring(dot + 1);
        if (!List.of("from", "until", "after_until", "months").contains(which)) {
          throw new IllegalStateException("sentence " + key + " names an unknown date of law " + spec);
        }
        parts.add(new Part(null, null, null, rule, which));
      } else {
        int bar = placeholder.indexOf('|');
        parts.add(new Part(null, bar < 0 ? placeholder : placeholder.substring(0, bar), bar < 0 ? null : placeholder.substring(bar + 1),
            null, null));
      }
      i = close + 1;
    }
    return parts.toArray(new Part[0]);
  }

  /** Every key that has a template. */
  static Set<String> keys() {
    return TEMPLATES.keySet();
  }

  /** Whether {@code key} has a template. */
  static boolean has(String key) {
    return TEMPLATES.containsKey(key);
  }

  /** The names of the facts and rows ({@code @RULE.which}) {@code key}'s template reads, in order. */
  static List<String> factNames(String key) {
    List<String> out = new ArrayList<>();
    for (Part part : template(key)) {
      if (part.fact() != null) {
        out.add(part.fact());
      } else if (part.which() != null) {
        out.add("@" + (part.rule() == null ? "" : part.rule().name() + ".") + part.which());
      }
    }
    return out;
  }

  private static Part[] template(String key) {
    Part[] parts = TEMPLATES.get(key);
    if (parts == null) {
      throw new IllegalStateException("no sentence for key " + key + " in " + FILE);
    }
    return parts;
  }

  /**
   * Each rule's step templates, by rule ordinal, then applied (0) or not (1), then variant: found without building
   * the key text, since every step of every explanation written out looks its template up.
   */
  private static final Map<String, Part[]>[][] STEPS = steps();

  @SuppressWarnings("unchecked")
  private static Map<String, Part[]>[][] steps() {
    Map<String, Part[]>[][] out = new Map[Rule.values().length][2];
    for (Rule r : Rule.values()) {
      for (int applied = 0; applied < 2; applied++) {
        String base = applied == 0 ? r.id() : r.id() + "/not_applicable";
        Map<String, Part[]> byVariant = new HashMap<>();
        for (Map.Entry<String, Part[]> e : TEMPLATES.entrySet()) {
          String k = e.getKey();
          if (k.equals(base)) {
            byVariant.put("", e.getValue());
          } else if (k.startsWith(base + "/") && (applied == 1 || !k.startsWith(r.id() + "/not_applicable"))) {
            byVariant.put(k.substring(base.length() + 1), e.getValue());
          }
        }
        out[r.ordinal()][applied] = byVariant;
      }
    }
    return out;
  }

  /** The sentence of a step of {@code rule} (applied or not, with {@code variant}) over the named facts. */
  static String step(Rule rule, boolean applied, String variant, Map<String, String> facts) {
    Part[] parts = STEPS[rule.ordinal()][applied ? 0 : 1].get(variant);
    if (parts == null) {
      parts = template(Trace.key(rule, applied, variant)); // throws, naming the key
    }
    StringBuilder b = new StringBuilder(192);
    append(b, "", parts, facts::get, rule);
    return b.toString();
  }

  /** The sentence of {@code key} over the named facts, its dates of law read from {@code rule}'s row. */
  static String render(String key, Map<String, String> facts, Rule rule) {
    StringBuilder b = new StringBuilder(192);
    append(b, key, facts::get, rule);
    return b.toString();
  }

  /** The sentence of {@code key} over facts given as alternating names and values (see {@link Trace#facts}). */
  static String text(String key, Rule rule, Object... namesAndValues) {
    StringBuilder b = new StringBuilder(192);
    append(b, key, name -> {
      for (int i = namesAndValues.length - 2; i >= 0; i -= 2) { // the last of a duplicated name wins, as in Trace.render
        if (name.equals(namesAndValues[i])) {
          return Trace.text(namesAndValues[i + 1]);
        }
      }
      return null;
    }, rule);
    return b.toString();
  }

  private static void append(StringBuilder b, String key, Facts facts, Rule rule) {
    append(b, key, template(key), facts, rule);
  }

  private static void append(StringBuilder b, String key, Part[] parts, Facts facts, Rule rule) {
    for (Part part : parts) {
      if (part.text() != null) {
        b.append(part.text());
      } else if (part.which() != null) {
        b.append(dateOfLaw(key, part.rule() != null ? part.rule() : rule, part.which()));
      } else {
        fill(b, key, part, facts);
      }
    }
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  /** Each row's dates of law as text, by rule ordinal: from, until, the day after until, months. Built when first read. */
  private static final String[][] LAW = new String[Rule.values().length][];

  private static String dateOfLaw(String key, Rule rule, String which) {
    if (rule == null) {
      throw new IllegalStateException("sentence " + key + " names a date of law but has no rule");
    }
    String[] texts = LAW[rule.ordinal()];
    if (texts == null) {
      texts = new String[] {rule.inForceFrom().map(Sentences::words).orElse(null),
          rule.inForceUntil().map(Sentences::words).orElse(null),
          rule.inForceUntil().map(d -> words(d.plusDays(1))).orElse(null),
          rule.period().map(p -> String.valueOf(p.toTotalMonths())).orElse(null)};
      LAW[rule.ordinal()] = texts; // racy but safe: equal arrays of immutable strings
    }
    String text = texts[which.equals("from") ? 0 : which.equals("until") ? 1 : which.equals("after_until") ? 2 : 3];
    if (text == null) {
      throw new IllegalStateException("sentence " + key + ": " + rule + " has no " + which);
    }
    return text;
  }

  private static String words(java.time.LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private static final Map<String, Regime> REGIMES = new HashMap<>();
  private static final Map<String, Forum> FORUMS = new HashMap<>();

  static {
    for (Regime r : Regime.values()) {
      REGIMES.put(r.code(), r);
    }
    for (Forum f : Forum.values()) {
      FORUMS.put(f.code(), f);
    }
  }

  private static void fill(StringBuilder b, String key, Part part, Facts facts) {
    String value = facts.get(part.fact());
    if (value == null) {
      throw new IllegalStateException("sentence " + key + " names the fact " + part.fact() + ", which the step did not record");
    }
    String filter = part.filter();
    if (filter == null) {
      b.append(value);
      return;
    }
    if (filter.startsWith("phrase")) {
      append(b, (filter.equals("phrase") ? "phrase." : filter) + value, facts, null);
      return;
    }
    switch (filter) {
      case "words":
        b.append(value.replace('_', ' '));
        return;
      case "title":
        b.append(regime(value).title());
        return;
      case "forum":
        b.append(forumName(value, facts));
        return;
      case "a":
      case "A": {
        boolean vowel = "aeiou".indexOf(forumName(value, facts).charAt(0)) >= 0;
        b.append(filter.equals("a") ? (vowel ? "an" : "a") : (vowel ? "An" : "A"));
        return;
      }
      default:
        throw new IllegalStateException("sentence " + key + " has an unknown filter " + filter);
    }
  }

  private static Regime regime(String code) {
    Regime r = REGIMES.get(code);
    return r != null ? r : Regime.parse(code);
  }

  private static String forumName(String forum, Facts facts) {
    String regime = facts.get("regime");
    Forum f = FORUMS.get(forum);
    return (f != null ? f : Forum.parse(forum)).nameUnder(regime == null ? Regime.CONDUCT_REGULATIONS_2020 : regime(regime));
  }
}

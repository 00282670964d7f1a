package io.github.policeconduct.json;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.WarningType;
import org.jspecify.annotations.Nullable;

/**
 * What the case schema's vocabularies must say, worked out from the core enums themselves: each enum's lookup
 * table (its private {@code INDEX}, every spelling its {@code parse} accepts, normalised) becomes one regular
 * expression that accepts exactly the texts {@code Codes.normalise} turns into one of those spellings: any letter
 * case, any run of characters other than letters and digits between words and around them, and "&amp;" for
 * "and". The expression uses only character classes, groups, alternation and anchors, so that Java, ECMA 262
 * (ajv) and Python's {@code re} read it alike; letter case is spelled out ({@code [gG]}) rather than left to an
 * {@code (?i)} flag, which ECMA 262 does not have.
 */
final class SchemaVocabulary {
  private SchemaVocabulary() {}

  /** The schema's vocabulary definitions ({@code $defs} names), each with the enum it reads into. */
  static final Map<String, Class<? extends Enum<?>>> DEFS = defs();

  private static Map<String, Class<? extends Enum<?>>> defs() {
    Map<String, Class<? extends Enum<?>>> m = new LinkedHashMap<>();
    m.put("role", Role.class);
    m.put("rank", Rank.class);
    m.put("departure", Departure.class);
    m.put("standard", Standard.class);
    m.put("category", Category.class);
    m.put("severity_level", Severity.class);
    m.put("warning_type", WarningType.class);
    m.put("regime", Regime.class);
    m.put("forum", Forum.class);
    m.put("finding", Finding.class);
    m.put("outcome", Outcome.class);
    m.put("event_type", io.github.policeconduct.core.EventType.class);
    m.put("case_type", io.github.policeconduct.core.CaseType.class);
    m.put("action_taken", io.github.policeconduct.core.ActionTaken.class);
    m.put("age_band", io.github.policeconduct.core.AgeBand.class);
    m.put("ethnicity", io.github.policeconduct.core.Ethnicity.class);
    m.put("gender", io.github.policeconduct.core.Gender.class);
    return m;
  }

  /** Characters other than ASCII letters and digits that lower-case (Locale.ROOT) to text holding one. */
  static final Map<Integer, String> FOLDING_TO_ASCII = folding();

  private static Map<Integer, String> folding() {
    Map<Integer, String> m = new TreeMap<>();
    for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!Character.isDefined(cp)) {
        continue;
      }
      String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
      if (lower.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        m.put(cp, lower);
      }
    }
    return m;
  }

  /** A separator: anything that does not become a letter, a digit or "and". */
  static String separator() {
    StringBuilder b = new StringBuilder("[^A-Za-z0-9&");
    FOLDING_TO_ASCII.keySet().forEach(cp -> b.append(escape(cp)));
    return b.append(']').toString();
  }

  private static String escape(int cp) {
    return cp > 0xFFFF ? new String(Character.toChars(cp)) : String.valueOf((char) cp);
  }

  /** The canonical codes of {@code type}, in declaration order. */
  static List<String> codes(Class<? extends Enum<?>> type) {
    List<String> codes = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      codes.add(e.name().toLowerCase(Locale.ROOT));
    }
    return codes;
  }

  /** Every spelling {@code parse} of {@code type} accepts, normalised, in its lookup table's order. */
  static List<String> spellings(Class<? extends Enum<?>> type) {
    return spellings(type, null);
  }

  /** Every spelling {@code parse} of {@code type} accepts for {@code constant} (for all, when null), normalised. */
  @SuppressWarnings("unchecked")
  static List<String> spellings(Class<? extends Enum<?>> type, @Nullable Enum<?> constant) {
    try {
      Field f = type.getDeclaredField("INDEX");
      f.setAccessible(true);
      List<String> spellings = new ArrayList<>();
      ((Map<String, ?>) f.get(null)).forEach((k, v) -> {
        if (constant == null || v == constant) {
          spellings.add(k);
        }
      });
      return spellings;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getSimpleName() + " no longer has the lookup table INDEX this test reads", e);
    }
  }

  private static boolean asciiAlnumOrAnd(int c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&';
  }

  /** The regular expression that accepts exactly what {@code parse} accepts for {@code type}. */
  static String pattern(Class<? extends Enum<?>> type) {
    return pattern(type, null);
  }

  /** The regular expression that accepts exactly what {@code parse} reads as {@code constant}. */
  static String pattern(Class<? extends Enum<?>> type, @Nullable Enum<?> constant) {
    String s = separator();
    List<String> alternatives = new ArrayList<>();
    for (String spelling : spellings(type, constant)) {
      alternatives.add(words(spelling, s));
    }
    return "^" + s + "*(?:" + String.join("|", alternatives) + ")" + s + "*$";
  }

  private static String words(String spelling, String s) {
    String[] words = spelling.split("_");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      boolean first = i == 0;
      boolean last = i == words.length - 1;
      if (words[i].equals("and")) {
        if (!last && words[i + 1].equals("and")) {
          throw new AssertionError("two \"and\"s in a row in " + spelling + ": extend the generator");
        }
        b.append("(?:").append(first ? "" : s + "+").append(word("and", false)).append(last ? "" : s + "+")
            .append('|').append(first ? "" : s + "*").append('&').append(last ? "" : s + "*").append(')');
      } else {
        if (!first && !words[i - 1].equals("and")) {
          b.append(s).append('+');
        }
        b.append(word(words[i], last));
      }
    }
    return b.toString();
  }

  /**
   * One word. A character that lower-cases to a letter and then something that is neither a letter nor a digit
   * ("\u0130", capital I with a dot, gives "i" and a combining dot) stands for that letter only at the very end
   * of the text, where what follows the letter is dropped.
   */
  private static String word(String word, boolean lastWord) {
    StringBuilder b = new StringBuilder();
    char[] chars = word.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      boolean end = i == chars.length - 1;
      if (c >= 'a' && c <= 'z') {
        b.append('[').append(c).append(Character.toUpperCase(c));
        for (Map.Entry<Integer, String> e : FOLDING_TO_ASCII.entrySet()) {
          String lower = e.getValue();
          if (lower.equals(String.valueOf(c))) {
            b.append(escape(e.getKey()));
          } else if (lower.length() > 1 && lower.charAt(0) == c) {
            if (lower.substring(1).chars().anyMatch(SchemaVocabulary::asciiAlnumOrAnd)) {
              throw new AssertionError("unexpected lower case of " + Integer.toHexString(e.getKey()) + ": extend the generator");
            }
            if (end && lastWord) {
              b.append(escape(e.getKey()));
            } else if (end) {
              throw new AssertionError("a word ending in '" + c + "' before another word: extend the generator for "
                  + Integer.toHexString(e.getKey()));
            }
          }
        }
        b.append(']');
      } else if (c >= '0' && c <= '9') {
        b.append(c);
      } else {
        throw new AssertionError("unexpected character '" + c + "' in spelling " + word);
      }
    }
    return b.toString();
  }
}

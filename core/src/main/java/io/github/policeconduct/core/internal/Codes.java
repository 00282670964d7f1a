package io.github.policeconduct.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.google.common.collect.ImmutableMap;

/**
 * Lenient matching of vocabulary codes: case-insensitive, spaces and hyphens treated as underscores,
 * "&amp;" read as "and", surrounding quotes and punctuation ignored; and the "did you mean" of an unknown one,
 * shared with the command-line tool. Not part of the public API.
 */
public final class Codes {
  private Codes() {}

  /** Normalises free text to the lower snake_case form used by every vocabulary code. */
  public static String normalise(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT).replace("&", " and ");
    StringBuilder out = new StringBuilder(s.length());
    boolean underscore = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
        underscore = false;
      } else if (!underscore && out.length() > 0) {
        out.append('_');
        underscore = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '_') {
      end--;
    }
    return out.substring(0, end);
  }

  /** Builds a lookup table from every spelling an enum accepts to its constant. */
  public static <E extends Enum<E>> Map<String, E> index(Class<E> type, Function<E, Iterable<String>> spellings) {
    ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (E e : type.getEnumConstants()) {
      for (String spelling : spellings.apply(e)) {
        String key = normalise(spelling);
        if (seen.add(key)) {
          b.put(key, e);
        }
      }
    }
    return b.build();
  }

  /** Looks a spelling up, or fails naming the vocabulary, the bad value and what is accepted. */
  public static <E extends Enum<E>> E parse(Map<String, E> index, String vocabulary, String text,
      Function<E, String> code, Class<E> type) {
    if (text == null) {
      throw new IllegalArgumentException(vocabulary + " must not be null");
    }
    return find(index, text).orElseThrow(() -> new IllegalArgumentException(
        "unknown " + vocabulary + " '" + shown(text) + "'; expected one of " + list(index, type, code)
            + closest(index, text, code).map(c -> "; did you mean " + c + "?").orElse("")));
  }

  /**
   * The code of the spelling {@code text} most likely meant, if one stands out: the one nearest in edits (at most
   * one edit in three characters, and at most three), or else the only spelling of which it is the first words
   * ({@code honesty} for {@code honesty_and_integrity}).
   */
  public static <E extends Enum<E>> Optional<String> closest(Map<String, E> index, String text,
      Function<E, String> code) {
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    index.forEach((spelling, e) -> codes.put(spelling, code.apply(e)));
    return closest(codes, text);
  }

  /**
   * As above, over spellings mapped to what each means (the command line's option values, say): the meaning of
   * the one spelling {@code text} most likely is, if one stands out.
   */
  public static Optional<String> closest(Map<String, String> spellings, String text) {
    String t = normalise(text);
    if (t.isEmpty() || t.length() > SHOWN) {
      return Optional.empty();
    }
    int allowed = Math.min(3, Math.max(1, t.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (Map.Entry<String, String> e : spellings.entrySet()) {
      int d = distance(t, normalise(e.getKey()), allowed);
      if (d < bestDistance) {
        best = e.getValue();
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !e.getValue().equals(best)) {
        tie = true;
      }
    }
    if (best != null && bestDistance <= allowed && !tie) {
      return Optional.of(best);
    }
    String prefixed = null;
    for (Map.Entry<String, String> e : spellings.entrySet()) {
      if (normalise(e.getKey()).startsWith(t + "_")) {
        if (prefixed != null && !prefixed.equals(e.getValue())) {
          return Optional.empty(); // the first words of more than one: no guess
        }
        prefixed = e.getValue();
      }
    }
    return Optional.ofNullable(prefixed);
  }

  /** The edit distance between {@code a} and {@code b}, or {@code limit + 1} when it is more than {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }

  /** The most of a bad value a message quotes. */
  public static final int SHOWN = 80;

  private static final Pattern ALREADY_SHOWN = Pattern.compile("(?s).{" + (SHOWN - 1) + "," + SHOWN
      + "}… \\([0-9]+ characters\\)");

  /**
   * {@code text} as a message may quote it: whole when short, else its first {@value #SHOWN} characters and
   * its length, so that a long value (free text in the wrong field, say) never ends up whole in a log. Text
   * already shortened so is returned as it is.
   */
  public static String shown(String text) {
    if (text.length() <= SHOWN || ALREADY_SHOWN.matcher(text).matches()) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return text.substring(0, end) + "… (" + text.length() + " characters)";
  }

  /** Looks a spelling up. */
  public static <E extends Enum<E>> Optional<E> find(Map<String, E> index, String text) {
    // Fast path for text already in canonical form (what every file written by this library holds): every
    // key is normalised, and normalising a normalised string gives it back, so a direct hit is the same answer.
    E exact = index.get(text);
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(index.get(normalise(text)));
  }

  /** Every code, each with the other short spellings it is accepted as ({@code community_support_volunteer (or csv)}). */
  private static <E extends Enum<E>> String list(Map<String, E> index, Class<E> type, Function<E, String> code) {
    StringBuilder b = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      String c = code.apply(e);
      b.append(c);
      java.util.List<String> others = new java.util.ArrayList<>();
      for (Map.Entry<String, E> spelling : index.entrySet()) {
        // aliases, not headings: a heading is read too, but listing every one would bury the codes
        if (spelling.getValue() == e && !spelling.getKey().equals(c) && spelling.getKey().length() <= 30
            && !spelling.getKey().equals(normalise(e.name()))) {
          others.add(spelling.getKey());
        }
      }
      if (!others.isEmpty()) {
        b.append(" (or ").append(String.join(", ", others)).append(')');
      }
    }
    return b.toString();
  }

  /** The lower snake_case code of an enum constant. */
  public static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

package io.github.policeconduct.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.google.common.collect.ImmutableMap;

/**
 * Lenient matching of vocabulary codes: case-insensitive, spaces and hyphens treated as underscores,
 * "&amp;" read as "and", surrounding quotes and punctuation ignored. Not part of the public API.
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
        "unknown " + vocabulary + " '" + shown(text) + "'; expected one of " + list(type, code)));
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

  private static <E extends Enum<E>> String list(Class<E> type, Function<E, String> code) {
    StringBuilder b = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(code.apply(e));
    }
    return b.toString();
  }

  /** The lower snake_case code of an enum constant. */
  public static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

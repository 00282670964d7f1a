package io.github.policeconduct.json;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A case that could not be read: malformed JSON, an unknown key, a value of the wrong type or outside
 * its vocabulary, an impossible date, or a fact that breaks an invariant of the core types. The message
 * names where (source, line, JSON path), the field, the value and why, e.g.
 * {@code cases.jsonl line 2, allegations[0].standards: standards must not be empty (value: [])}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String path;
  private final String value;
  private final String reason;

  /**
   * A problem at {@code path} (e.g. {@code allegations[0].standards}; empty for the whole document) on
   * {@code line} (1-based; 0 when unknown) of {@code source} (a file name, or {@code "-"} for standard
   * input), with the offending {@code value} as written (may be empty) and the {@code reason}. The value of a
   * free-text field ({@code summary}) is never kept or shown: {@link #value()} is then empty.
   *
   * @since 0.1.0
   */
  public CaseFormatException(String source, long line, String path, String value, String reason) {
    super(format(source, line, path, freeText(path) ? "" : value, reason));
    this.source = source;
    this.line = line;
    this.path = path;
    this.value = freeText(path) ? "" : value;
    this.reason = reason;
  }

  /**
   * Whether {@code path} is a field of free text ({@code allegations[0].summary}), whose value is never quoted in a
   * problem: it may name or describe people, and problems go to logs.
   */
  static boolean freeText(String path) {
    return path.equals("summary") || path.endsWith(".summary");
  }

  private static String format(String source, long line, String path, String value, String reason) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(" line ").append(line);
    }
    if (!path.isEmpty()) {
      b.append(", ").append(path);
    }
    b.append(": ").append(reason);
    if (!value.isEmpty() && !reason.contains(value)) {
      b.append(" (value: ").append(value).append(')');
    }
    return oneLine(b);
  }

  /**
   * The message on one line, safe to write to a log or a terminal: every control character (line breaks,
   * carriage returns, escape codes, NUL, C1 controls), the Unicode line and paragraph separators and any lone
   * surrogate (half of a pair, which no encoding can write) are written as
   * JSON-style escapes (backslash n, r or t, or backslash u and four hex digits), so that a bad value can never
   * start a line of its own or forge another problem.
   */
  static String oneLine(CharSequence message) {
    StringBuilder out = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < message.length()
          && Character.isLowSurrogate(message.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(message.charAt(i - 1));
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          || Character.isSurrogate(c) && !paired; // a lone surrogate would be written as '?'
      if (control && out == null) {
        out = new StringBuilder(message.length() + 16).append(message, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (!control) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out == null ? message.toString() : out.toString();
  }

  /**
   * Where the input came from: a file name, or {@code "-"} for standard input.
   *
   * @since 0.1.0
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line at which the problem was found (for JSON Lines, the case's line), if known.
   *
   * @since 0.1.0
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * The JSON path of the offending field, e.g. {@code subject.rank} or {@code allegations[0].standards};
   * empty when the problem concerns the whole document.
   *
   * @since 0.1.0
   */
  public Optional<String> path() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }

  /**
   * The offending value as written, where there is one.
   *
   * @since 0.1.0
   */
  public Optional<String> value() {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Why the input was rejected.
   *
   * @since 0.1.0
   */
  public String reason() {
    return reason;
  }
}

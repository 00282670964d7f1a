package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;

/**
 * One line of compact JSON built in a reusable character buffer: what Jackson's {@code JsonGenerator}
 * writes for the same calls, character for character (same escapes: {@code \"}, {@code \\}, {@code \b},
 * {@code \t}, {@code \n}, {@code \f}, {@code \r}, other control characters as {@code \}{@code u00XX} with
 * upper-case hex, everything else as is), without a generator, a {@code StringWriter} or a {@code String}
 * per line. {@code DecisionJsonTest} checks it against Jackson.
 *
 * <p>The caller writes a whole value, then hands the line on ({@link #writeTo(Writer)} or
 * {@link #appendUtf8(Bytes)}) and {@link #reset()}s; nothing is written anywhere until the line is complete,
 * so a failure half-way leaves no partial line. Not thread-safe: one per thread.
 */
final class JsonLine {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  /** Per 7-bit character: 0 as is, a letter for a short escape, -1 for a {@code \}{@code u00XX} escape. */
  private static final int[] ESCAPES = new int[128];

  static {
    for (int c = 0; c < 32; c++) {
      ESCAPES[c] = -1;
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  /** Whether the line is built as UTF-8 bytes ({@link #bytes}) rather than characters ({@link #buf}). */
  private final boolean utf8;
  private char[] buf = new char[8192];
  private byte[] bytes;
  private int len;
  /** Where a string's characters are copied before they are encoded as UTF-8. */
  private char[] scratch;
  /** Whether the next value or name in the current object or array needs a comma before it. */
  private boolean comma;

  /** A line built as characters, for a {@code Writer}. */
  JsonLine() {
    this(false);
  }

  /**
   * A line built as characters, or (when {@code utf8}) straight as UTF-8 bytes for a byte stream: one pass over
   * each string instead of two (escape, then encode), the bytes being those an {@code OutputStreamWriter} for
   * UTF-8 would write for the characters (an unpaired surrogate becomes {@code ?}).
   */
  JsonLine(boolean utf8) {
    this.utf8 = utf8;
    if (utf8) {
      buf = null;
      bytes = new byte[16384];
      scratch = new char[1024];
    }
  }

  void reset() {
    len = 0;
    comma = false;
    if (utf8 ? bytes.length > 4 << 20 : buf.length > 1 << 20) {
      // do not keep a buffer grown by one huge decision
      if (utf8) {
        bytes = new byte[16384];
        scratch = new char[1024];
      } else {
        buf = new char[8192];
      }
    }
  }

  int length() {
    return len;
  }

  @Override
  public String toString() {
    return utf8 ? new String(bytes, 0, len, java.nio.charset.StandardCharsets.UTF_8) : new String(buf, 0, len);
  }

  // ---- structure ------------------------------------------------------------------------------------

  JsonLine startObject() {
    separate();
    put('{');
    comma = false;
    return this;
  }

  JsonLine endObject() {
    put('}');
    comma = true;
    return this;
  }

  JsonLine startArray() {
    separate();
    put('[');
    comma = false;
    return this;
  }

  JsonLine endArray() {
    put(']');
    comma = true;
    return this;
  }

  /**
   * A field name written ahead of time: its quoted, escaped form with the colon, as characters and as UTF-8.
   * Thread-safe (immutable).
   */
  static final class Name {
    private final char[] chars;
    private final byte[] bytes;

    Name(String name) {
      JsonLine c = new JsonLine(false);
      c.quoted(name);
      c.put(':');
      this.chars = Arrays.copyOf(c.buf, c.len);
      JsonLine b = new JsonLine(true);
      b.quoted(name);
      b.put(':');
      this.bytes = Arrays.copyOf(b.bytes, b.len);
    }
  }

  /** A field name written ahead of time, and its colon; the value follows. */
  JsonLine name(Name name) {
    separate();
    if (utf8) {
      ensure(name.bytes.length);
      System.arraycopy(name.bytes, 0, bytes, len, name.bytes.length);
      len += name.bytes.length;
    } else {
      ensure(name.chars.length);
      System.arraycopy(name.chars, 0, buf, len, name.chars.length);
      len += name.chars.length;
    }
    comma = false;
    return this;
  }

  JsonLine field(Name name, String value) {
    return name(name).string(value);
  }

  JsonLine field(Name name, boolean value) {
    return name(name).bool(value);
  }

  /** Encoded forms of strings that recur from line to line (rule ids, citations, codes), by identity. */
  private final java.util.IdentityHashMap<String, byte[]> recurring = new java.util.IdentityHashMap<>();

  /**
   * A string value that recurs from line to line as the very same {@code String} (a rule's id, a cached
   * citation's text, a code): in a UTF-8 line its encoded form is kept and copied. The text is the same as
   * {@link #string(String)} gives.
   */
  JsonLine recurring(String value) {
    if (!utf8) {
      return string(value);
    }
    byte[] encoded = recurring.get(value);
    if (encoded == null) {
      int start = len;
      quotedUtf8(value);
      encoded = Arrays.copyOfRange(bytes, start, len);
      len = start;
      if (recurring.size() >= 4096) {
        recurring.clear(); // strings that only look recurring (built per case): keep the map small
      }
      recurring.put(value, encoded);
    }
    separate();
    ensure(encoded.length);
    System.arraycopy(encoded, 0, bytes, len, encoded.length);
    len += encoded.length;
    comma = true;
    return this;
  }

  /** Encoded forms of field names that recur as the very same {@code String}, with their colon. */
  private final java.util.IdentityHashMap<String, Name> recurringNames = new java.util.IdentityHashMap<>();

  /** A field name that recurs from line to line as the very same {@code String} (a fact's name), and its colon. */
  JsonLine recurringName(String name) {
    Name n = recurringNames.get(name);
    if (n == null) {
      n = new Name(name);
      if (recurringNames.size() >= 1024) {
        recurringNames.clear();
      }
      recurringNames.put(name, n);
    }
    return name(n);
  }

  /** A field whose name recurs (see {@link #recurringName(String)}) and whose value is any string. */
  JsonLine recurringNameField(String name, String value) {
    return recurringName(name).string(value);
  }

  /** A field name and its colon; the value follows. */
  JsonLine name(String name) {
    separate();
    quoted(name);
    put(':');
    comma = false;
    return this;
  }

  JsonLine string(String value) {
    separate();
    quoted(value);
    comma = true;
    return this;
  }

  JsonLine nullValue() {
    separate();
    put("null");
    comma = true;
    return this;
  }

  JsonLine bool(boolean value) {
    separate();
    put(value ? "true" : "false");
    comma = true;
    return this;
  }

  JsonLine field(String name, String value) {
    return name(name).string(value);
  }

  JsonLine field(String name, boolean value) {
    return name(name).bool(value);
  }

  private void separate() {
    if (comma) {
      put(',');
    }
  }

  // ---- text -----------------------------------------------------------------------------------------

  private void quoted(String s) {
    if (utf8) {
      quotedUtf8(s);
      return;
    }
    int n = s.length();
    ensure(n + 2);
    buf[len++] = '"';
    int start = len;
    s.getChars(0, n, buf, start);
    // Fast path: copy the string in bulk, then look for anything to escape (rare in practice).
    for (int i = 0; i < n; i++) {
      char c = buf[start + i];
      if (c < 128 && ESCAPES[c] != 0) {
        len = start + i;
        escapeFrom(s, i);
        buf[len++] = '"';
        return;
      }
    }
    len = start + n;
    buf[len++] = '"';
  }

  private void escapeFrom(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      int e = c < 128 ? ESCAPES[c] : 0;
      if (e == 0) {
        put(c);
      } else if (e > 0) {
        ensure(2);
        buf[len++] = '\\';
        buf[len++] = (char) e;
      } else {
        ensure(6);
        buf[len++] = '\\';
        buf[len++] = 'u';
        buf[len++] = '0';
        buf[len++] = '0';
        buf[len++] = HEX[c >> 4];
        buf[len++] = HEX[c & 0xF];
      }
    }
    ensure(1);
  }

  /** The string quoted, escaped and encoded as UTF-8 in one pass. */
  private void quotedUtf8(String s) {
    int n = s.length();
    ensure(6 * n + 2); // the longest escape, six bytes, for every character
    if (scratch.length < n) {
      scratch = new char[Math.max(n, 2 * scratch.length)];
    }
    char[] cs = scratch;
    s.getChars(0, n, cs, 0);
    byte[] b = bytes;
    int p = len;
    b[p++] = '"';
    int i = 0;
    while (i < n) {
      char c = cs[i++];
      if (c < 0x80) {
        int e = ESCAPES[c];
        if (e == 0) {
          b[p++] = (byte) c;
        } else if (e > 0) {
          b[p++] = '\\';
          b[p++] = (byte) e;
        } else {
          b[p++] = '\\';
          b[p++] = 'u';
          b[p++] = '0';
          b[p++] = '0';
          b[p++] = (byte) HEX[c >> 4];
          b[p++] = (byte) HEX[c & 0xF];
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(cs[i])) {
        int cp = Character.toCodePoint(c, cs[i++]);
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        b[p++] = '?';
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    b[p++] = '"';
    len = p;
  }

  private void put(char c) {
    ensure(1);
    if (utf8) {
      bytes[len++] = (byte) c; // only ASCII punctuation is put
    } else {
      buf[len++] = c;
    }
  }

  private void put(String s) {
    int n = s.length();
    ensure(n);
    if (utf8) {
      for (int i = 0; i < n; i++) {
        bytes[len++] = (byte) s.charAt(i); // only ASCII literals are put
      }
    } else {
      s.getChars(0, n, buf, len);
      len += n;
    }
  }

  private void ensure(int more) {
    if (utf8) {
      if (len + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, len + more));
      }
    } else if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  // ---- output ---------------------------------------------------------------------------------------

  /** The line as UTF-8 bytes, a copy (no line terminator). */
  byte[] toUtf8() {
    if (utf8) {
      return Arrays.copyOf(bytes, len);
    }
    return toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes the line's characters (no line terminator). */
  void writeTo(Writer out) throws IOException {
    if (utf8) {
      out.write(toString());
    } else {
      out.write(buf, 0, len);
    }
  }

  /**
   * Appends the line's characters to {@code out} as UTF-8, exactly as an {@code OutputStreamWriter} for UTF-8
   * would encode them (an unpaired surrogate becomes {@code ?}).
   */
  void appendUtf8(Bytes out) {
    if (utf8) {
      out.ensure(len);
      System.arraycopy(bytes, 0, out.buf, out.len, len);
      out.len += len;
      return;
    }
    out.ensure(len * 3);
    byte[] b = out.buf;
    int p = out.len;
    char[] cs = buf;
    int i = 0;
    int n = len;
    while (i < n) {
      char c = cs[i];
      if (c < 0x80) {
        b[p++] = (byte) c;
        i++;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
        i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
        int cp = Character.toCodePoint(c, cs[i + 1]); // four bytes for two chars: within the 3 per char ensured
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
        i += 2;
      } else if (Character.isSurrogate(c)) {
        b[p++] = '?';
        i++;
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
        i++;
      }
    }
    out.len = p;
  }

  /** A growable byte buffer for the output of many lines, written out in large blocks. */
  static final class Bytes {
    private byte[] buf;
    private int len;

    Bytes(int capacity) {
      buf = new byte[capacity];
    }

    int length() {
      return len;
    }

    void append(byte[] bytes) {
      ensure(bytes.length);
      System.arraycopy(bytes, 0, buf, len, bytes.length);
      len += bytes.length;
    }

    void ensure(int more) {
      if (len + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
      }
    }

    /** Writes everything held to {@code out} and empties the buffer (keeping its capacity). */
    void writeTo(OutputStream out) throws IOException {
      if (len > 0) {
        out.write(buf, 0, len);
        len = 0;
      }
      if (buf.length > 4 << 20) {
        buf = new byte[1 << 16]; // do not keep a buffer grown by one huge decision
      }
    }
  }
}

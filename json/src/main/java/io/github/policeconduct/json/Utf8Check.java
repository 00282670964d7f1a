package io.github.policeconduct.json;

import java.util.Locale;

/**
 * Finds bytes that are not well-formed UTF-8 (RFC 3629; Unicode Table 3-7): bytes that can never appear
 * (C0, C1, F5 to FF), a continuation byte without a lead, a lead without its continuations, an overlong
 * form, an encoded surrogate, or a code point above U+10FFFF.
 *
 * <p>Jackson's byte parser checks most of this itself, but not all: it reads an overlong {@code C0 80} as
 * U+0000, and a byte {@code FF} at the start of a short key that the document has already used as that key
 * without it (so {@code "\xFFid"} is read as {@code "id"}). The reader therefore checks every byte it hands
 * to Jackson. A scanner keeps its place across chunks. Not thread-safe.
 */
final class Utf8Check {
  /** Continuation bytes still expected. */
  private int need;
  /** The range allowed for the next continuation byte (narrower just after some lead bytes). */
  private int lower = 0x80;
  private int upper = 0xBF;

  /**
   * The index of the first byte of {@code b[off, off + len)} that makes the input so far ill-formed, or -1;
   * the scanner then stops meaning anything. A sequence may continue into the next chunk.
   */
  int scan(byte[] b, int off, int len) {
    int end = off + len;
    for (int i = off; i < end; i++) {
      int c = b[i] & 0xFF;
      if (need > 0) {
        if (c < lower || c > upper) {
          return i;
        }
        lower = 0x80;
        upper = 0xBF;
        need--;
        continue;
      }
      if (c < 0x80) {
        continue;
      }
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) {
          lower = 0xA0;
        } else if (c == 0xED) {
          upper = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) {
          lower = 0x90;
        } else if (c == 0xF4) {
          upper = 0x8F;
        }
      } else {
        return i;
      }
    }
    return -1;
  }

  /** Whether a sequence was begun and not finished. */
  boolean inSequence() {
    return need > 0;
  }

  /**
   * The index of the first byte of {@code b[off, off + len)} that is not well-formed UTF-8 (for a sequence
   * cut short by the end, the end), or -1 when all of it is.
   */
  static int firstInvalid(byte[] b, int off, int len) {
    Utf8Check check = new Utf8Check();
    int bad = check.scan(b, off, len);
    return bad >= 0 ? bad : check.inSequence() ? off + len : -1;
  }

  /** How to describe the bytes at {@code b[i]}: e.g. {@code byte 0xFF}, or {@code the end of the line}. */
  static String describe(byte[] b, int i, int end, String ending) {
    return i < end ? String.format(Locale.ROOT, "byte 0x%02X", b[i] & 0xFF) : ending;
  }
}

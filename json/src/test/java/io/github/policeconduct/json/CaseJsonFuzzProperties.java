package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.GOOD_LINE;
import static io.github.policeconduct.json.Fixtures.NL;
import static io.github.policeconduct.json.Fixtures.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.policeconduct.core.ConductCase;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Hostile input, fuzzed: valid case JSON (from {@link CaseJsonProperties#CASES}) mutated in each way issue 6
 * names (keys dropped, duplicated and swapped; values of the wrong JSON type; huge numbers; nesting 10,000
 * deep; strings up to 10 MB; invalid UTF-8 bytes; every prefix of a document) and read three ways: as a
 * string ({@link CaseJson#read(String, String)}), as bytes through the cursor on its own, and as the middle
 * line of JSON Lines between two good cases (and the middle element of an array).
 *
 * <p>Whatever the mutation, reading either gives a valid case (one that writes and reads back equal) or a
 * {@link CaseFormatException} that names a location (a line or a JSON path) and a reason, in a message of
 * bounded length (a long value is abbreviated, never quoted whole); never another exception, never an
 * {@link OutOfMemoryError}; and a bad line never
 * stops the next good line. Mutations that cannot give a valid case (duplicate keys, huge numbers, deep
 * nesting, over-long strings, invalid UTF-8 bytes, a proper prefix) must fail.
 *
 * <p>{@link CaseJsonProperties#onlyCaseFormatExceptionsEscape()} corrupts single characters; this class
 * corrupts structure and size. On failure QuickTheories prints the mutation (kind, where, and the start of
 * the document) and the seed: rerun with {@code -DQT_SEED=...}.
 */
class CaseJsonFuzzProperties {
  private static final CaseJson JSON = CaseJson.standard();
  /**
   * The most cut points tried per document in {@link #everyPrefixOfADocument()}: the work is bounded by this
   * count, never by wall-clock time (the build machine is shared, and a time limit fails for the wrong reason).
   */
  static final int MAX_CUTS = 240;
  /** The longest message a problem may have: long values are abbreviated to 80 characters. */
  static final int MAX_MESSAGE = 1_000;
  private static final String RAW = "@@RAW@@";
  private static final String DUP = "@@DUP@@";

  /** The ways a document is broken. */
  enum Kind {
    DROP_KEY(false), DUPLICATE_KEY(true), SWAP_VALUES(false), WRONG_TYPE(false), HUGE_NUMBER(true),
    DEEP_NESTING(true), LONG_STRING(false), INVALID_UTF8(true), TRUNCATED(true);

    /** Whether no document of this kind can be a valid case (long strings: only those past a limit). */
    final boolean mustFail;

    Kind(boolean mustFail) {
      this.mustFail = mustFail;
    }
  }

  /** A broken document, as UTF-8 bytes; its description is short, for QuickTheories' report. */
  static final class Mutant {
    final Kind kind;
    final String what;
    final byte[] bytes;
    /** The document as text (bytes that are not UTF-8 decoded as U+FFFD). */
    final String text;
    /** Whether no reading of it may give a case. */
    final boolean mustFail;

    Mutant(Kind kind, String what, byte[] bytes, boolean mustFail) {
      this.kind = kind;
      this.what = what;
      this.bytes = bytes;
      this.text = new String(bytes, StandardCharsets.UTF_8);
      this.mustFail = mustFail;
    }

    Mutant(Kind kind, String what, String text, boolean mustFail) {
      this.kind = kind;
      this.what = what;
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
      this.text = text;
      this.mustFail = mustFail;
    }

    Mutant(Kind kind, String what, String text) {
      this(kind, what, text, kind.mustFail);
    }

    @Override
    public String toString() {
      return kind + " " + what + " (" + bytes.length + " bytes): "
          + (text.length() <= 300 ? text : text.substring(0, 300) + "…");
    }
  }

  // ---- where a value can go ------------------------------------------------------------------------

  /** A place in a document that holds a value: a member of an object, an element of a list, or the root. */
  private static final class Slot {
    final JsonNode parent;
    final String key;
    final int index;
    final String path;

    Slot(JsonNode parent, String key, int index, String path) {
      this.parent = parent;
      this.key = key;
      this.index = index;
      this.path = path;
    }

    boolean isMember() {
      return parent instanceof ObjectNode;
    }

    JsonNode value() {
      return isMember() ? parent.get(key) : ((ArrayNode) parent).get(index);
    }

    void set(JsonNode value) {
      if (isMember()) {
        ((ObjectNode) parent).set(key, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  /** Every member and element of {@code node}, in document order. */
  private static List<Slot> slots(JsonNode node, String path, List<Slot> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        out.add(new Slot(node, e.getKey(), -1, p));
        slots(e.getValue(), p, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String p = path + "[" + i + "]";
        out.add(new Slot(node, null, i, p));
        slots(node.get(i), p, out);
      }
    }
    return out;
  }

  private static String compact(JsonNode node) {
    return Fixtures.json(node);
  }

  /** The document with the value at {@code slot} replaced by raw JSON text (which need not be valid). */
  private static String replaced(JsonNode root, Slot slot, String raw) {
    slot.set(TextNode.valueOf(RAW));
    return compact(root).replace("\"" + RAW + "\"", raw);
  }

  private static Slot pick(List<Slot> slots, int r) {
    return slots.get(Math.floorMod(r, slots.size()));
  }

  // ---- the mutations ---------------------------------------------------------------------------------

  /** JSON values of every type, for putting where they do not belong. */
  private static final List<String> WRONG_VALUES = List.of("\"x\"", "\"\"", "\"2024-02-30\"", "\"A1\"", "0", "-1",
      "24", "1.5", "true", "false", "null", "[]", "[\"x\"]", "[null]", "[1,2]", "{}", "{\"a\":1}", "{\"id\":\"A1\"}",
      "\"police_officer\"", "\"honesty_and_integrity\"");

  private static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "1e-400", "1E2147483647",
      "12345678901234567890", "-12345678901234567890", "99999999999999999999", "2147483648", "-2147483649",
      "9223372036854775808", "123456789012345678901234567890", "1.0e309", "0.0000000000000000000001",
      "184467440737095516160000");

  private static final int DEEP = 10_000;

  static final Gen<Mutant> DROP_KEY = in -> {
    JsonNode root = Fixtures.tree(CaseJsonProperties.CASES.generate(in));
    List<Slot> slots = slots(root, "", new ArrayList<>());
    Slot s = pick(slots, integers().all().generate(in));
    if (s.isMember()) {
      ((ObjectNode) s.parent).remove(s.key);
    } else {
      ((ArrayNode) s.parent).remove(s.index);
    }
    return new Mutant(Kind.DROP_KEY, "dropped " + s.path, compact(root));
  };

  static final Gen<Mutant> DUPLICATE_KEY = in -> {
    JsonNode root = Fixtures.tree(CaseJsonProperties.CASES.generate(in));
    List<Slot> members = new ArrayList<>();
    for (Slot s : slots(root, "", new ArrayList<>())) {
      if (s.isMember()) {
        members.add(s);
      }
    }
    Slot s = pick(members, integers().all().generate(in));
    int how = integers().between(0, 2).generate(in);
    String second = how == 0 ? compact(s.value())
        : how == 1 ? WRONG_VALUES.get(integers().between(0, WRONG_VALUES.size() - 1).generate(in)) : "null";
    ((ObjectNode) s.parent).put(DUP, RAW);
    String text = compact(root).replace("\"" + DUP + "\":\"" + RAW + "\"", quote(s.key) + ":" + second);
    return new Mutant(Kind.DUPLICATE_KEY, s.path + " twice, then " + second, text);
  };

  static final Gen<Mutant> SWAP_VALUES = in -> {
    JsonNode root = Fixtures.tree(CaseJsonProperties.CASES.generate(in));
    List<Slot> slots = slots(root, "", new ArrayList<>());
    Slot a = pick(slots, integers().all().generate(in));
    Slot b = pick(slots, integers().all().generate(in));
    if (a.path.startsWith(b.path) || b.path.startsWith(a.path)) {
      // One holds the other: swapping would make a cycle. Swap with a value of its own instead.
      String raw = compact(a.value());
      return new Mutant(Kind.SWAP_VALUES, a.path + " <-> " + b.path + " (nested: " + b.path + " := " + a.path
          + ")", replaced(root, b, raw));
    }
    JsonNode va = a.value().deepCopy();
    JsonNode vb = b.value().deepCopy();
    a.set(vb);
    b.set(va);
    return new Mutant(Kind.SWAP_VALUES, a.path + " <-> " + b.path, compact(root));
  };

  static final Gen<Mutant> WRONG_TYPE = in -> {
    JsonNode root = Fixtures.tree(CaseJsonProperties.CASES.generate(in));
    List<Slot> slots = slots(root, "", new ArrayList<>());
    String raw = WRONG_VALUES.get(integers().between(0, WRONG_VALUES.size() - 1).generate(in));
    int r = integers().between(-1, 10_000).generate(in);
    if (r < 0) {
      return new Mutant(Kind.WRONG_TYPE, "the whole document := " + raw, raw);
    }
    Slot s = pick(slots, r);
    return new Mutant(Kind.WRONG_TYPE, s.path + " := " + raw, replaced(root, s, raw));
  };

  static final Gen<Mutant> HUGE_NUMBER = in -> {
    JsonNode root = Fixtures.tree(CaseJsonProperties.CASES.generate(in));
    List<Slot> slots = slots(root, "", new ArrayList<>());
    List<Slot> numbers = new ArrayList<>();
    for (Slot s : slots) {
      if (s.value().isNumber()) {
        numbers.add(s);
      }
    }
    String raw = HUGE_NUMBERS.get(integers().between(0, HUGE_NUMBERS.size() - 1).generate(in));
    boolean numeric = !numbers.isEmpty() && integers().between(0, 1).generate(in) == 0;
    Slot s = pick(numeric ? numbers : slots, integers().all().generate(in));
    return new Mutant(Kind.HUGE_NUMBER, s.path + " := " + raw, replaced(root, s, raw));
  };

  static final Gen<Mutant> DEEP_NESTING = in -> {
    JsonNode root = Fixtures.tree(CaseJsonProperties.CASES.generate(in));
    List<Slot> slots = slots(root, "", new ArrayList<>());
    int shape = integers().between(0, 4).generate(in);
    int depth = shape == 4 ? 33 : DEEP;
    String raw;
    String name;
    switch (shape) {
      case 0:
        raw = "[".repeat(depth) + "]".repeat(depth);
        name = "lists";
        break;
      case 1:
        raw = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        name = "objects";
        break;
      case 2:
        raw = "[{\"a\":".repeat(depth / 2) + "1" + "}]".repeat(depth / 2);
        name = "lists of objects";
        break;
      case 3:
        raw = "[".repeat(depth);
        name = "unclosed lists";
        break;
      default:
        raw = "[".repeat(depth) + "]".repeat(depth);
        name = "lists, one level past the limit";
        break;
    }
    int r = integers().between(-1, 10_000).generate(in);
    if (r < 0) {
      return new Mutant(Kind.DEEP_NESTING, "the whole document := " + depth + " levels of " + name, raw);
    }
    Slot s = pick(slots, r);
    return new Mutant(Kind.DEEP_NESTING, s.path + " := " + depth + " levels of " + name, replaced(root, s, raw));
  };

  /**
   * Lengths of long strings: under the string limit (a long value that may be read, or quoted in a
   * problem), at it, just past it, past the case limit, and 10 MB (one in eight).
   */
  private static final int[] LONG = {5_000, 9_999, 10_000, 10_001, 20_000, 1024 * 1024 + 1, 10 * 1024 * 1024,
      9_000};
  private static final String[] FILL = {"x", "é", "€", "\uD83D\uDE00", "\\\"", "\\u0041", "A1 "};
  /** The characters each unit of {@link #FILL} becomes once read (an escape is one; an emoji is two). */
  private static final int[] READ_AS = {1, 1, 1, 2, 1, 1, 3};

  static final Gen<Mutant> LONG_STRING = in -> {
    JsonNode root = Fixtures.tree(CaseJsonProperties.CASES.generate(in));
    List<Slot> slots = slots(root, "", new ArrayList<>());
    int length = LONG[integers().between(0, LONG.length - 1).generate(in)];
    int f = integers().between(0, FILL.length - 1).generate(in);
    String fill = FILL[f];
    // Up to 20,000: that many characters once read. From 1 MiB: that many bytes of JSON text (past the
    // case limit), so that a 10 MB string is 10 MB, not 60.
    int units = length <= 20_000 ? Math.max(1, length / READ_AS[f])
        : length / fill.getBytes(StandardCharsets.UTF_8).length;
    boolean pastALimit = (long) units * READ_AS[f] > JSON.limits().maxStringLength() || length > 20_000;
    String content = fill.repeat(units);
    String raw = "\"" + content + "\"";
    Slot s = pick(slots, integers().all().generate(in));
    boolean asKey = s.isMember() && integers().between(0, 3).generate(in) == 0;
    String what = (asKey ? "key of " : "") + s.path + " := " + units + " × " + fill;
    if (asKey) {
      ((ObjectNode) s.parent).remove(s.key);
      ((ObjectNode) s.parent).put(DUP, RAW);
      return new Mutant(Kind.LONG_STRING, what,
          compact(root).replace("\"" + DUP + "\":\"" + RAW + "\"", raw + ":\"x\""), true);
    }
    return new Mutant(Kind.LONG_STRING, what, replaced(root, s, raw), pastALimit);
  };

  /** Byte sequences that are not UTF-8. */
  private static final int[][] NOT_UTF8 = {
      {0xFF}, {0xFE}, {0x80}, {0xBF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80},
      {0xED, 0xBF, 0xBF}, {0xF0, 0x80, 0x80, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80},
      {0xFC, 0x84, 0x80, 0x80, 0x80, 0x80}, {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC3, 0x28},
      {0xE2, 0x28, 0xA1}, {0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80}};

  static final Gen<Mutant> INVALID_UTF8 = in -> {
    byte[] good = JSON.write(CaseJsonProperties.CASES.generate(in)).getBytes(StandardCharsets.UTF_8);
    int[] bad = NOT_UTF8[integers().between(0, NOT_UTF8.length - 1).generate(in)];
    int at = Math.floorMod(integers().all().generate(in), good.length + 1);
    boolean overwrite = integers().between(0, 1).generate(in) == 0 && at + bad.length <= good.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(good, 0, at);
    for (int b : bad) {
      out.write(b);
    }
    int resume = overwrite ? at + bad.length : at;
    out.write(good, resume, good.length - resume);
    StringBuilder hex = new StringBuilder();
    for (int b : bad) {
      hex.append(String.format(Locale.ROOT, "%02X ", b));
    }
    byte[] bytes = out.toByteArray();
    // A lead byte written over a character can take that character's continuation bytes and be UTF-8 after
    // all (F0 9F 98 then B1 is U+1F631): then nothing need fail.
    return new Mutant(Kind.INVALID_UTF8, (overwrite ? "overwrote" : "inserted") + " bytes " + hex.toString().trim()
        + " at byte " + at, bytes, !isUtf8(bytes));
  };

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  // ---- what must hold --------------------------------------------------------------------------------

  /** A problem names where (line or JSON path) and why, in a message of bounded length. */
  static void assertNamesALocation(CaseFormatException e, String source, Object what) {
    assertEquals(source, e.source(), () -> "source of " + e.getMessage());
    assertTrue(e.line().isPresent() || e.path().isPresent(), () -> "no line or path in '" + e.getMessage()
        + "' for " + what);
    assertTrue(!e.reason().isBlank() && !e.getMessage().isBlank(), () -> "no reason for " + what);
    assertTrue(e.getMessage().length() <= MAX_MESSAGE, () -> "a message of " + e.getMessage().length()
        + " characters (long values must be abbreviated) for " + what + ": "
        + e.getMessage().substring(0, 300) + "…");
  }

  /** A case read from hostile input is a valid case: it writes and reads back equal. */
  private static void assertValid(ConductCase c) {
    assertEquals(c, JSON.read(JSON.write(c)));
  }

  /** Reads the string; returns whether it gave a case. */
  private static boolean readString(String text, Object what) {
    try {
      assertValid(JSON.read(text, "fuzz"));
      return true;
    } catch (CaseFormatException e) {
      assertNamesALocation(e, "fuzz", what);
      return false;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError("read(String) threw " + e + " for " + what, e);
    }
  }

  /** Everything a cursor over {@code bytes} yields (at most {@code max}: more means it does not end). */
  private static List<CaseJson.Result> stream(byte[] bytes, String source, int max, Object what) {
    List<CaseJson.Result> all = new ArrayList<>();
    try (CaseJson.Cursor cursor = JSON.open(new ByteArrayInputStream(bytes), source)) {
      while (cursor.hasNext()) {
        CaseJson.Result r = cursor.next();
        all.add(r);
        assertEquals(all.size(), r.index(), () -> "index of result " + all.size() + " for " + what);
        assertTrue(r.line() > 0, () -> "line of " + r + " for " + what);
        if (r.isValid()) {
          assertValid(r.get());
        } else {
          assertNamesALocation(r.error().get(), source, what);
        }
        assertTrue(all.size() <= max, () -> "the cursor does not end for " + what);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new AssertionError("the cursor threw " + e + " for " + what, e);
    }
    return all;
  }

  private static final byte[] COMMA = {','};

  /**
   * Every way of reading {@code m}. The work is bounded by the size of the mutant (the generators bound it),
   * not by a clock: a parser that looped forever would hang the fork, which Surefire reports.
   */
  static void check(Mutant m) {
    verify(m);
  }

  /** Every way of reading {@code m}. */
  static void verify(Mutant m) {
    {
      // 1. As a string.
      boolean read = readString(m.text, m);
      if (m.mustFail && m.kind != Kind.INVALID_UTF8) { // as text, the bytes became U+FFFD
        assertTrue(!read, () -> "read(String) gave a case from " + m);
      }
      // 2. As bytes, alone: cases or problems, and an end. (A case spread over lines is read and then what
      // follows it reported, so bad bytes after a whole case leave the case read: the problem is reported.)
      List<CaseJson.Result> alone = stream(m.bytes, "fuzz", 1000, m);
      if (m.text.isBlank() && isUtf8(m.bytes)) {
        assertEquals(List.of(), alone, () -> "blank input holds no cases: " + m);
      } else if (m.mustFail) {
        assertTrue(alone.stream().anyMatch(r -> !r.isValid()), () -> "no problem reported for " + m);
      }
      // 3. As the middle line of JSON Lines: the good lines around it are read whatever it holds.
      if (!contains(m.bytes, (byte) '\n')) {
        List<CaseJson.Result> lines = stream(concat(GOOD_LINE, NL, m.bytes, NL, GOOD_LINE, NL), "lines", 1000, m);
        boolean blank = m.text.isBlank();
        assertEquals(blank ? 2 : 3, lines.size(), () -> "results of the JSON Lines " + lines + " for " + m);
        assertEquals("G", lines.get(0).get().id());
        assertEquals("G", lines.get(lines.size() - 1).get().id(), () -> "the line after " + m);
        assertEquals(3, lines.get(lines.size() - 1).line());
        if (!blank) {
          assertEquals(2, lines.get(1).line());
          if (m.mustFail) {
            assertTrue(!lines.get(1).isValid(), () -> "the line between good ones gave a case "
                + lines.get(1).get() + " from " + m);
          }
        }
      }
      // 4. As the middle element of an array: the first case is read, then a case or problems, and an end.
      List<CaseJson.Result> array = stream(concat(new byte[] {'['}, GOOD_LINE, COMMA, m.bytes, COMMA, GOOD_LINE,
          new byte[] {']'}), "array", 1000, m);
      assertEquals("G", array.get(0).get().id(), () -> "the element before " + m);
    }
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }

  private static QuickTheory fuzz(int examples) {
    // Few shrink cycles: a failing example is re-read whole while shrinking, and these documents are large.
    return qt().withExamples(examples).withShrinkCycles(50);
  }

  // ---- the properties --------------------------------------------------------------------------------

  @Test
  void droppedKeys() {
    fuzz(300).forAll(DROP_KEY).checkAssert(CaseJsonFuzzProperties::check);
  }

  @Test
  void duplicatedKeys() {
    fuzz(300).forAll(DUPLICATE_KEY).checkAssert(CaseJsonFuzzProperties::check);
  }

  @Test
  void swappedValues() {
    fuzz(300).forAll(SWAP_VALUES).checkAssert(CaseJsonFuzzProperties::check);
  }

  @Test
  void valuesOfTheWrongType() {
    fuzz(300).forAll(WRONG_TYPE).checkAssert(CaseJsonFuzzProperties::check);
  }

  @Test
  void hugeNumbers() {
    fuzz(300).forAll(HUGE_NUMBER).checkAssert(CaseJsonFuzzProperties::check);
  }

  @Test
  void deepNesting() {
    fuzz(200).forAll(DEEP_NESTING).checkAssert(CaseJsonFuzzProperties::check);
  }

  @Test
  void longStrings() {
    fuzz(150).forAll(LONG_STRING).checkAssert(CaseJsonFuzzProperties::check);
  }

  @Test
  void invalidUtf8() {
    fuzz(400).forAll(INVALID_UTF8).checkAssert(CaseJsonFuzzProperties::check);
  }

  /**
   * Prefixes of a document, cut inside multi-byte characters and at up to {@value #MAX_CUTS} places spread
   * over its bytes and characters (every place, for a short document): some 2,800 truncated documents from
   * 6 cases. No proper prefix is a case.
   */
  @Test
  void everyPrefixOfADocument() {
    fuzz(6).forAll(CaseJsonProperties.CASES).checkAssert(c -> {
      String text = JSON.write(c);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (int n : cuts(bytes.length, bytes)) {
        verify(new Mutant(Kind.TRUNCATED, "the first " + n + " of " + bytes.length + " bytes",
            Arrays.copyOf(bytes, n), true));
      }
      for (int n : cuts(text.length(), null)) {
        String what = "the first " + n + " of " + text.length() + " characters";
        assertTrue(!readString(text.substring(0, n), what), () -> "read a case from " + what);
      }
    });
  }

  /**
   * Where to cut a document of {@code length} units: every place when there are at most {@link #MAX_CUTS},
   * otherwise {@code MAX_CUTS} places spread evenly from 0 to {@code length - 1}, plus (for bytes) every place
   * inside a multi-byte UTF-8 character, so that the hardest cuts are always tried.
   */
  static int[] cuts(int length, byte[] utf8) {
    java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
    if (length <= MAX_CUTS) {
      for (int n = 0; n < length; n++) {
        at.add(n);
      }
    } else {
      for (int k = 0; k < MAX_CUTS; k++) {
        at.add((int) ((long) k * (length - 1) / (MAX_CUTS - 1)));
      }
    }
    if (utf8 != null) {
      for (int n = 0; n < length; n++) {
        if ((utf8[n] & 0xC0) == 0x80) { // a continuation byte: cutting here splits a character
          at.add(n);
        }
      }
    }
    return at.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String quote(String s) {
    return compact(TextNode.valueOf(s));
  }
}

package io.github.policeconduct.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.rules.Consequence;
import io.github.policeconduct.rules.ConsequenceKind;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.FormerOfficerCondition;
import io.github.policeconduct.rules.Guidance;
import io.github.policeconduct.rules.GuidanceKind;
import io.github.policeconduct.rules.Problem;
import io.github.policeconduct.rules.Step;
import io.github.policeconduct.rules.TimetableStep;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Decision} in the published JSON decision format ({@code docs/contract.md}, "A decision"), with
 * Jackson's {@link JsonGenerator}: one object, compact, with the documented keys in the documented order
 * ({@code case, regime, in_scope, former_officer_condition, forum, available_outcomes, outcome, warning_expires,
 * resignation, consequences, guidance, explanation, errors, timetable, next, state}) and a few extra keys for people reading the line
 * ({@code as_at}, {@code conducted_by}, {@code resignation.on}, consequence {@code description} and
 * {@code citation}, guidance {@code message} and {@code citation}, explanation {@code applied} and
 * {@code facts}). Available outcomes are sorted by code; an absent value is {@code null}.
 *
 * <p>Three ways to write:
 *
 * <ul>
 *   <li>{@link #write(Decision, JsonGenerator)}: into a generator of your own (inside an array, a larger
 *       document, a pretty printer);
 *   <li>{@link #line(Decision)} and {@link #utf8(Decision)}: one decision as one line of text or of UTF-8 bytes
 *       (without a line terminator), a generator per call;
 *   <li>{@link #lines()}: a {@link Lines} buffer that renders many decisions as JSON Lines through one long-lived
 *       generator and hands them on in blocks: what {@code conduct evaluate --json} uses, one per thread.
 * </ul>
 *
 * <p>The bytes are always the UTF-8 encoding of {@link #line(Decision)}'s text: characters outside the Basic
 * Multilingual Plane are written as themselves (four bytes), not as {@code \}{@code u} escapes, and an unpaired
 * surrogate (which no valid UTF-8 input produces, but a JSON {@code \}{@code ud800} escape can) as {@code ?},
 * as Java's UTF-8 encoder writes it.
 *
 * <p>Thread-safe: the static methods keep no state; a {@link Lines} is for one thread at a time.
 *
 * @since 0.2.0 (0.1.0 in the {@code conduct} tool, as {@code io.github.policeconduct.examples.cli.DecisionJson})
 */
public final class DecisionJson {
  /**
   * The generators' factory: compact output, no root separator (lines are separated by {@link Lines}), the
   * target neither closed nor flushed by the generator, nothing closed for the caller when a generator is
   * dropped half-way, and surrogate pairs written as four UTF-8 bytes (as the character form encodes them).
   */
  static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .rootValueSeparator((String) null)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  // The keys, quoted and encoded once.
  private static final SerializableString APPLIED = new SerializedString("applied");
  private static final SerializableString AS_AT = new SerializedString("as_at");
  private static final SerializableString AVAILABLE_OUTCOMES = new SerializedString("available_outcomes");
  private static final SerializableString BECAUSE = new SerializedString("because");
  private static final SerializableString CASE = new SerializedString("case");
  private static final SerializableString CITATION = new SerializedString("citation");
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString CONDUCTED_BY = new SerializedString("conducted_by");
  private static final SerializableString CONSEQUENCES = new SerializedString("consequences");
  private static final SerializableString DECIDED = new SerializedString("decided");
  private static final SerializableString DESCRIPTION = new SerializedString("description");
  private static final SerializableString DUE_BY = new SerializedString("due_by");
  private static final SerializableString ERRORS = new SerializedString("errors");
  private static final SerializableString TIMETABLE = new SerializedString("timetable");
  private static final SerializableString NEXT = new SerializedString("next");
  private static final SerializableString STATE = new SerializedString("state");
  private static final SerializableString EXPLANATION = new SerializedString("explanation");
  private static final SerializableString FACTS = new SerializedString("facts");
  private static final SerializableString FORMER_OFFICER_CONDITION =
      new SerializedString("former_officer_condition");
  private static final SerializableString FORUM = new SerializedString("forum");
  private static final SerializableString GUIDANCE = new SerializedString("guidance");
  private static final SerializableString IN_SCOPE = new SerializedString("in_scope");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString LAWFUL = new SerializedString("lawful");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString ON = new SerializedString("on");
  private static final SerializableString OUTCOME = new SerializedString("outcome");
  private static final SerializableString REGIME = new SerializedString("regime");
  private static final SerializableString RESIGNATION = new SerializedString("resignation");
  private static final SerializableString RESTRICTED = new SerializedString("restricted");
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString WARNING_EXPIRES = new SerializedString("warning_expires");

  // The codes of closed vocabularies, quoted and encoded once.
  private static final Map<Regime, SerializableString> REGIMES = codes(Regime.class, Regime::code);
  private static final Map<Forum, SerializableString> FORUMS = codes(Forum.class, Forum::code);
  private static final Map<Outcome, SerializableString> OUTCOMES = codes(Outcome.class, Outcome::code);
  private static final Map<FormerOfficerCondition, SerializableString> CONDITIONS =
      codes(FormerOfficerCondition.class, Enum::name);
  private static final Map<ConsequenceKind, SerializableString> CONSEQUENCE_KINDS =
      codes(ConsequenceKind.class, ConsequenceKind::code);
  private static final Map<GuidanceKind, SerializableString> GUIDANCE_KINDS =
      codes(GuidanceKind.class, GuidanceKind::code);
  /** The outcomes in the order of their codes, for writing a set of them sorted without sorting each time. */
  private static final Outcome[] BY_CODE =
      Arrays.stream(Outcome.values()).sorted(Comparator.comparing(Outcome::code)).toArray(Outcome[]::new);

  private DecisionJson() {}

  private static <E extends Enum<E>> Map<E, SerializableString> codes(
      Class<E> type, java.util.function.Function<E, String> code) {
    EnumMap<E, SerializableString> m = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      m.put(e, new SerializedString(code.apply(e)));
    }
    return m;
  }

  /**
   * Writes the decision into {@code generator} as one JSON object (the generator's own settings apply: a
   * pretty printer indents it, a generator that escapes non-ASCII characters escapes them). Neither flushes nor
   * closes the generator.
   *
   * @param decision the decision
   * @param generator where to write it, positioned where a value may start
   * @throws IOException if the generator cannot write (its target fails, or the value is out of place)
   * @since 0.2.0
   */
  public static void write(Decision decision, JsonGenerator generator) throws IOException {
    write(decision, generator, null);
  }

  /**
   * The decision as one line of JSON, without a line terminator.
   *
   * @param decision the decision
   * @return a complete JSON object on one line
   * @since 0.2.0
   */
  public static String line(Decision decision) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(decision, g, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a decision to memory", e);
    }
    return out.toString();
  }

  /**
   * The decision as one line of JSON in UTF-8, without a line terminator: the UTF-8 encoding of
   * {@link #line(Decision)}.
   *
   * @param decision the decision
   * @return the bytes of a complete JSON object on one line
   * @since 0.2.0
   */
  public static byte[] utf8(Decision decision) {
    Lines lines = new Lines("", 4096, FACTORY);
    lines.append(decision);
    return lines.toByteArray();
  }

  /**
   * A buffer for JSON Lines of decisions, each line ended by {@code "\n"}.
   *
   * @return an empty buffer, for one thread at a time
   * @since 0.2.0
   */
  public static Lines lines() {
    return new Lines("\n", 16 * 1024, FACTORY);
  }

  /**
   * A buffer for JSON Lines of decisions, each line ended by {@code lineSeparator} (for example
   * {@code System.lineSeparator()}).
   *
   * @param lineSeparator what ends each line (any text; {@code ""} for none)
   * @return an empty buffer, for one thread at a time
   * @since 0.2.0
   */
  public static Lines lines(String lineSeparator) {
    return new Lines(lineSeparator, 16 * 1024, FACTORY);
  }

  /**
   * Decisions rendered as JSON Lines in UTF-8 into a reusable buffer, through one long-lived generator, and
   * handed on in blocks ({@link #writeTo(OutputStream)}) or as bytes ({@link #toByteArray()}).
   *
   * <p>Whole lines only: {@link #append(Decision)} adds a complete line and its terminator, or, when rendering
   * fails half-way, nothing (the exception is thrown and the lines before are kept). Codes, keys and the strings
   * that recur from decision to decision as the very same {@code String} (rule ids, citations) are encoded once.
   *
   * <p>Not thread-safe: one per thread (for example in a {@code ThreadLocal}); it keeps its buffer and
   * generator from line to line, so a thread that renders many decisions allocates little per line.
   *
   * @since 0.2.0
   */
  public static final class Lines {
    /** A buffer grown larger than this by one huge decision is let go at {@link #reset()}. */
    private static final int KEEP = 4 << 20;
    /** How many recurring strings are kept encoded at most, before the cache is emptied. */
    private static final int RECURRING = 4096;

    private final byte[] separator;
    private final int initialCapacity;
    private final JsonFactory factory;
    private Buffer buffer;
    private JsonGenerator generator;
    /** Encoded forms of strings that recur from line to line (rule ids, citations), by identity. */
    private final IdentityHashMap<String, SerializableString> recurring = new IdentityHashMap<>();
    /** Writes each step's facts. */
    private final Facts facts = new Facts(this);

    /** {@code factory}: {@link #FACTORY}, or in tests one like it whose generators fail. */
    Lines(String lineSeparator, int initialCapacity, JsonFactory factory) {
      this.separator = lineSeparator.getBytes(StandardCharsets.UTF_8);
      this.initialCapacity = initialCapacity;
      this.factory = factory;
      this.buffer = new Buffer(initialCapacity);
      this.generator = generator(buffer);
    }

    private JsonGenerator generator(Buffer buffer) {
      try {
        return factory.createGenerator(buffer);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a decision to memory", e);
      }
    }

    /**
     * Appends the decision as one line of JSON and the line terminator; when rendering fails, appends nothing
     * and throws what failed (a {@link RuntimeException} from the decision as is).
     *
     * @param decision the decision
     * @return this buffer
     * @throws UncheckedIOException if Jackson refuses to write the decision (never expected)
     * @since 0.2.0
     */
    public Lines append(Decision decision) {
      int start = buffer.size();
      try {
        write(decision, generator, this);
        generator.flush();
      } catch (IOException e) {
        discardFrom(start);
        throw new UncheckedIOException("cannot write decision " + decision.caseId() + " as JSON", e);
      } catch (RuntimeException | Error e) {
        discardFrom(start);
        throw e;
      }
      if (buffer.hasSurrogateEscape(start)) {
        // Jackson escapes an unpaired surrogate; the character form holds it as is, which UTF-8 writes as '?'
        buffer.truncate(start);
        buffer.write(line(decision).getBytes(StandardCharsets.UTF_8));
      }
      buffer.write(separator);
      return this;
    }

    /** The generator is half-way through a value: drop it and what it wrote, and start a new one. */
    private void discardFrom(int start) {
      try {
        generator.close(); // gives back its recycled buffers; writes nothing more (AUTO_CLOSE_CONTENT is off)
      } catch (IOException | RuntimeException ignored) {
        // it is being dropped anyway
      }
      buffer.truncate(start);
      generator = generator(buffer);
    }

    /**
     * The encoded form of a string that recurs as the very same {@code String}, or null for one that Jackson
     * cannot encode ahead of time (an unpaired surrogate), to be written as any string is.
     */
    @Nullable SerializableString recurring(String value) {
      SerializableString s = recurring.get(value);
      if (s == null) {
        if (recurring.size() >= RECURRING) {
          recurring.clear(); // strings that only look recurring (built per decision): keep the map small
        }
        SerializedString encoded = new SerializedString(value);
        try {
          encoded.asQuotedUTF8(); // encoded now, once
        } catch (IllegalArgumentException e) {
          return null;
        }
        s = encoded;
        recurring.put(value, s);
      }
      return s;
    }

    /**
     * How many bytes are held.
     *
     * @return the length of the lines held, terminators included
     * @since 0.2.0
     */
    public int size() {
      return buffer.size();
    }

    /**
     * A copy of the lines held.
     *
     * @return the bytes of the lines held, terminators included
     * @since 0.2.0
     */
    public byte[] toByteArray() {
      return Arrays.copyOf(buffer.bytes(), buffer.size());
    }

    /**
     * Writes the lines held to {@code out} in one call (when any are held), then {@link #reset()}s. Does not
     * flush {@code out}. When {@code out} fails, the lines are kept.
     *
     * @param out where the lines go
     * @throws IOException if {@code out} cannot write
     * @since 0.2.0
     */
    public void writeTo(OutputStream out) throws IOException {
      if (buffer.size() > 0) {
        out.write(buffer.bytes(), 0, buffer.size());
      }
      reset();
    }

    /**
     * Forgets the lines held, keeping the buffer (unless one huge decision grew it past a few megabytes).
     *
     * @since 0.2.0
     */
    public void reset() {
      if (buffer.capacity() > KEEP) {
        try {
          generator.close();
        } catch (IOException ignored) {
          // nothing is held: the last line was flushed
        }
        buffer = new Buffer(initialCapacity);
        generator = generator(buffer);
      } else {
        buffer.truncate(0);
      }
    }
  }

  /** A growable byte buffer that can be cut back to a length: the generator's target. Not thread-safe. */
  private static final class Buffer extends OutputStream {
    private byte[] bytes;
    private int size;

    Buffer(int capacity) {
      bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
      ensure(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
      }
    }

    int size() {
      return size;
    }

    int capacity() {
      return bytes.length;
    }

    byte[] bytes() {
      return bytes;
    }

    void truncate(int length) {
      size = length;
    }

    /**
     * Whether the JSON written from {@code start} holds a {@code \}{@code uD800}-{@code \}{@code uDFFF} escape,
     * Jackson's form of an unpaired surrogate (the only escapes it writes with {@code u} are those and control
     * characters, {@code \}{@code u00XX}).
     */
    boolean hasSurrogateEscape(int start) {
      byte[] b = bytes;
      int end = size - 5;
      for (int i = start; i < end; i++) {
        if (b[i] == '\\') {
          if (b[i + 1] == 'u' && (b[i + 2] == 'D' || b[i + 2] == 'd')) {
            return true;
          }
          i++; // the escaped character, which may be a backslash
        }
      }
      return false;
    }
  }

  /**
   * The calls mirror the format's order of keys. {@code lines}, when given, encodes the strings that recur from
   * decision to decision once.
   */
  private static void write(Decision d, JsonGenerator g, @Nullable Lines lines) throws IOException {
    Facts facts = null;
    g.writeStartObject();
    g.writeFieldName(CASE);
    g.writeString(d.caseId());
    g.writeFieldName(AS_AT);
    g.writeString(d.asAt().toString());
    code(g, REGIME, d.regime(), REGIMES);
    g.writeFieldName(IN_SCOPE);
    g.writeBoolean(d.inScope());
    code(g, FORMER_OFFICER_CONDITION, d.formerOfficerCondition(), CONDITIONS);
    code(g, FORUM, d.forum(), FORUMS);
    g.writeFieldName(CONDUCTED_BY);
    string(g, d.conductedBy(), lines);
    g.writeFieldName(AVAILABLE_OUTCOMES);
    g.writeStartArray();
    Set<Outcome> available = d.availableOutcomes();
    for (Outcome o : BY_CODE) {
      if (available.contains(o)) {
        g.writeString(OUTCOMES.get(o));
      }
    }
    g.writeEndArray();
    g.writeFieldName(OUTCOME);
    if (d.outcome().isPresent()) {
      g.writeStartObject();
      g.writeFieldName(DECIDED);
      g.writeString(OUTCOMES.get(d.outcome().get().decided()));
      g.writeFieldName(LAWFUL);
      g.writeBoolean(d.outcome().get().lawful());
      g.writeEndObject();
    } else {
      g.writeNull();
    }
    date(g, WARNING_EXPIRES, d.warningExpires());
    g.writeFieldName(RESIGNATION);
    g.writeStartObject();
    g.writeFieldName(RESTRICTED);
    g.writeBoolean(d.resignation().restricted());
    date(g, ON, d.resignation().on());
    g.writeEndObject();
    g.writeFieldName(CONSEQUENCES);
    g.writeStartArray();
    for (Consequence c : d.consequences()) {
      g.writeStartObject();
      g.writeFieldName(KIND);
      g.writeString(CONSEQUENCE_KINDS.get(c.kind()));
      date(g, DUE_BY, c.dueBy());
      g.writeFieldName(DESCRIPTION);
      g.writeString(c.description());
      g.writeFieldName(CITATION);
      recurring(g, c.citation().toString(), lines);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(GUIDANCE);
    g.writeStartArray();
    for (Guidance x : d.guidance()) {
      g.writeStartObject();
      g.writeFieldName(KIND);
      g.writeString(GUIDANCE_KINDS.get(x.kind()));
      g.writeFieldName(MESSAGE);
      g.writeString(x.message());
      g.writeFieldName(CITATION);
      recurring(g, x.citation().toString(), lines);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(EXPLANATION);
    g.writeStartArray();
    for (Step s : d.explanation().steps()) {
      g.writeStartObject();
      g.writeFieldName(RULE);
      recurring(g, s.ruleId(), lines);
      g.writeFieldName(CITATION);
      recurring(g, s.citation().toString(), lines);
      g.writeFieldName(BECAUSE);
      g.writeString(s.because());
      g.writeFieldName(APPLIED);
      g.writeBoolean(s.applied());
      g.writeFieldName(FACTS);
      g.writeStartObject();
      if (facts == null) {
        facts = lines == null ? new Facts(null) : lines.facts;
      }
      facts.write(s.facts(), g);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(ERRORS);
    g.writeStartArray();
    for (Problem p : d.problems()) {
      g.writeStartObject();
      g.writeFieldName(CODE);
      recurring(g, p.code(), lines);
      g.writeFieldName(MESSAGE);
      g.writeString(p.message());
      g.writeFieldName(CITATION);
      recurring(g, p.citation().toString(), lines);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(TIMETABLE);
    steps(d.timetable(), g, lines);
    g.writeFieldName(NEXT);
    steps(d.next(), g, lines);
    g.writeFieldName(STATE);
    recurring(g, d.state().code(), lines);
    g.writeEndObject();
  }

  /** A field whose value is a string, or null when there is none. */
  private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  /** The steps of a timetable, as {@code timetable} and {@code next} hold them. */
  private static void steps(List<TimetableStep> steps, JsonGenerator g, @Nullable Lines lines) throws IOException {
    g.writeStartArray();
    for (TimetableStep s : steps) {
      g.writeStartObject();
      g.writeStringField("step", s.step());
      g.writeFieldName(CITATION);
      recurring(g, s.citation().toString(), lines);
      g.writeStringField("from", s.from().code());
      g.writeStringField("from_date", s.fromDate().toString());
      nullable(g, "earliest", s.earliest().map(Object::toString));
      g.writeStringField("due", s.due().toString());
      g.writeStringField("status", s.status().code());
      nullable(g, "met_on", s.metOn().map(Object::toString));
      g.writeStringField("description", s.description());
      nullable(g, "extension", s.extension());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes a step's facts as the fields of an object, through {@code Map.forEach} (the rules' maps of facts make
   * an entry object per fact for {@code entrySet()}, none for {@code forEach}). Not thread-safe: one per
   * {@link Lines}, or one per decision.
   */
  private static final class Facts implements java.util.function.BiConsumer<String, String> {
    private final @Nullable Lines lines;
    private @Nullable JsonGenerator generator;

    Facts(@Nullable Lines lines) {
      this.lines = lines;
    }

    void write(Map<String, String> facts, JsonGenerator g) throws IOException {
      generator = g;
      try {
        facts.forEach(this);
      } catch (Failed e) {
        throw e.cause;
      } finally {
        generator = null;
      }
    }

    @Override
    public void accept(String name, String value) {
      JsonGenerator g = java.util.Objects.requireNonNull(generator);
      try {
        SerializableString encoded = lines == null ? null : lines.recurring(name);
        if (encoded == null) {
          g.writeFieldName(name);
        } else {
          g.writeFieldName(encoded);
        }
        g.writeString(value);
      } catch (IOException e) {
        throw new Failed(e);
      }
    }

    /** Carries the generator's {@code IOException} out of {@code forEach}. */
    private static final class Failed extends RuntimeException {
      private static final long serialVersionUID = 1L;
      private final transient IOException cause;

      Failed(IOException cause) {
        super(null, cause, false, false);
        this.cause = cause;
      }
    }
  }

  /** A code of a closed vocabulary, or null. */
  private static <E> void code(JsonGenerator g, SerializableString key, Optional<E> value,
      Map<E, SerializableString> codes) throws IOException {
    g.writeFieldName(key);
    if (value.isPresent()) {
      g.writeString(codes.get(value.get()));
    } else {
      g.writeNull();
    }
  }

  private static void date(JsonGenerator g, SerializableString key, Optional<LocalDate> value) throws IOException {
    g.writeFieldName(key);
    if (value.isPresent()) {
      g.writeString(value.get().toString());
    } else {
      g.writeNull();
    }
  }

  /** A string, or null; one of a few the library holds ({@code conducted_by}), so encoded once in lines. */
  private static void string(JsonGenerator g, Optional<String> value, @Nullable Lines lines) throws IOException {
    if (value.isPresent()) {
      recurring(g, value.get(), lines);
    } else {
      g.writeNull();
    }
  }

  /** A string that recurs from decision to decision as the very same {@code String}. */
  private static void recurring(JsonGenerator g, String value, @Nullable Lines lines) throws IOException {
    SerializableString encoded = lines == null ? null : lines.recurring(value);
    if (encoded == null) {
      g.writeString(value);
    } else {
      g.writeString(encoded);
    }
  }
}

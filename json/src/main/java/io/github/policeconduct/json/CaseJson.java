package io.github.policeconduct.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.base.Preconditions;
import com.google.common.base.Utf8;
import io.github.policeconduct.core.ConductCase;

/**
 * Reads and writes conduct cases in the published JSON case format: snake_case keys, lower snake_case
 * codes, ISO {@code YYYY-MM-DD} dates.
 *
 * <p>Reading is strict. An unknown key, a key given twice, a value of the wrong JSON type (no coercion:
 * {@code "true"} is not a boolean and {@code 24} is not a string), a date that does not exist, content
 * after the case, or a fact that breaks an invariant of the core types is a {@link CaseFormatException}
 * whose message names the source, line, JSON path, value and reason; no other exception escapes from
 * reading. {@code null} for an optional key means the same as leaving the key out. Vocabulary codes are
 * matched ignoring case and accept the aliases of each type's {@code parse} method; output always uses the
 * canonical code. Input beyond the {@link Limits} (nesting depth, string length, case size, number length)
 * is rejected without being held in memory.
 *
 * <p>{@link #open(Reader, String)} streams a file that holds one case object, a JSON array of cases, or
 * JSON Lines (one case per line), yielding each case or its problem in input order; memory is bounded by
 * the size of one case, not of the file.
 *
 * <pre>{@code
 * CaseJson json = CaseJson.standard();
 * ConductCase c = json.read(text, "case.json");
 * String line = json.write(c);
 * try (CaseJson.Cursor cursor = json.open(reader, "cases.jsonl")) {
 *   while (cursor.hasNext()) {
 *     CaseJson.Result r = cursor.next();
 *     r.conductCase().ifPresentOrElse(this::decide, () -> report(r.error().get()));
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseJson {
  static { JacksonFloor.check(); } // first: an older Jackson fails here, naming the version needed
  private static final CaseJson STANDARD = new CaseJson(Limits.defaults());

  private final Limits limits;
  /** Makes the parsers: with the limits, without Jackson's duplicate-key check ({@link DuplicateKeys} checks). */
  private final JsonFactory parsers;
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final ObjectWriter compact;
  private final ObjectWriter pretty;

  private CaseJson(Limits limits) {
    this.limits = limits;
    this.parsers = Mappers.factory(limits, false);
    this.mapper = Mappers.create(limits);
    // Trailing content is checked by the readers here, which need to stop after one value.
    this.reader = mapper.readerFor(ConductCase.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.compact = mapper.writerFor(ConductCase.class);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    this.pretty = compact.with(printer);
  }

  /**
   * The reader and writer with the {@linkplain Limits#defaults() default limits}.
   *
   * @since 0.1.0
   */
  public static CaseJson standard() {
    return STANDARD;
  }

  /**
   * A reader and writer with the given limits.
   *
   * @since 0.1.0
   */
  public static CaseJson withLimits(Limits limits) {
    Objects.requireNonNull(limits, "limits");
    return limits.equals(Limits.defaults()) ? STANDARD : new CaseJson(limits);
  }

  /**
   * The limits this reader applies.
   *
   * @since 0.1.0
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Reads one case object; problems are reported against the source {@code "input"}.
   *
   * @throws CaseFormatException when {@code json} is not exactly one valid case
   * @since 0.1.0
   */
  public ConductCase read(String json) {
    return read(json, "input");
  }

  /**
   * Reads one case object, naming {@code source} (e.g. a file name) in any problem reported.
   *
   * @param json the JSON text of one case object, with nothing after it but whitespace
   * @param source where the text came from, for messages
   * @return the case
   * @throws CaseFormatException when {@code json} is not exactly one valid case: its message names the
   *     source, line, JSON path, value and reason
   * @since 0.1.0
   */
  public ConductCase read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    if (json.length() > limits.maxCaseBytes() || utf8Length(json) > limits.maxCaseBytes()) {
      // The whole case is the problem: it begins on line 1.
      throw new CaseFormatException(source, 1, "", "", "the case is larger than the limit of "
          + limits.maxCaseBytes() + " bytes");
    }
    JsonParser p = null;
    try {
      p = new DuplicateKeys(parsers.createParser(json));
      ConductCase value = reader.readValue(p);
      if (value == null) {
        throw new CaseFormatException(source, 1, "", "null", "expected a case object, got null");
      }
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw new CaseFormatException(source, p.currentTokenLocation().getLineNr(), "",
            extra.isScalarValue() ? Problems.abbreviate(p.getText()) : "",
            "unexpected content after the case at column " + p.currentTokenLocation().getColumnNr());
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw Problems.translate(e, p, source, 0, 1, 1);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException ignored) {
          // reading from a string
        }
      }
    }
  }

  private static long utf8Length(String json) {
    try {
      return Utf8.encodedLength(json);
    } catch (IllegalArgumentException unpairedSurrogate) {
      return json.length();
    }
  }

  /**
   * Streams the cases in {@code in}: one case object (which may span lines), a JSON array of cases, or
   * JSON Lines (one case per line; blank lines are skipped). The shape is detected: a first non-blank
   * character {@code [} means an array; a first line that is a complete JSON value means JSON Lines;
   * otherwise the input is one case object.
   *
   * <p>Each JSON Lines line and each array element is read on its own, so a bad case does not stop the
   * cases after it; a syntax error that breaks an array or an object ends the stream after it is
   * reported. Closing the cursor closes {@code in}.
   *
   * @param in the input; read lazily, as the cursor advances
   * @param source where the input came from (a file name, or {@code "-"} for standard input), for messages
   * @since 0.1.0
   */
  public Cursor open(Reader in, String source) {
    Objects.requireNonNull(in, "in");
    return open(new Utf8Input(in), source);
  }

  /**
   * Streams the cases in UTF-8 encoded {@code in}, as {@link #open(Reader, String)} does. Bytes that are
   * not valid UTF-8 are reported as a problem with the case (or line) that holds them.
   *
   * @since 0.1.0
   */
  public Cursor open(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return new Cursor(new CaseStream(in, source, reader, parsers, limits.maxCaseBytes()));
  }

  /**
   * Writes {@code conductCase} as compact JSON on one line (no line breaks): canonical codes, snake_case
   * keys in the order the format declares them, absent optional facts left out. Reading the result gives
   * an equal case, and writing that gives the same text.
   *
   * @since 0.1.0
   */
  public String write(ConductCase conductCase) {
    return writeWith(compact, conductCase);
  }

  /**
   * Writes {@code conductCase} as {@link #write(ConductCase)} does, indented by two spaces per level over
   * several lines (no trailing line break).
   *
   * @since 0.1.0
   */
  public String writePretty(ConductCase conductCase) {
    return writeWith(pretty, conductCase);
  }

  private static String writeWith(ObjectWriter writer, ConductCase conductCase) {
    Objects.requireNonNull(conductCase, "conductCase");
    try {
      return writer.writeValueAsString(conductCase);
    } catch (IOException e) {
      throw new IllegalStateException("could not write case " + conductCase.id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * A new {@link ObjectMapper} configured as this reader is (strict reading, the limits, canonical
   * writing), for callers who bind cases inside their own documents, e.g.
   * {@code mapper.readValue(json, ConductCase.class)}. Each call returns a new mapper, which the caller may
   * reconfigure. Errors from it are Jackson's own exceptions, not {@link CaseFormatException}s.
   *
   * @since 0.1.0
   */
  public ObjectMapper newObjectMapper() {
    return Mappers.create(limits);
  }

  /**
   * Limits on input, against absurd or hostile files: how deeply values may nest, how long a string (or
   * key) and a number may be, and how large one case may be (in UTF-8 bytes; for JSON Lines, one line).
   *
   * <p>Immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Limits {
    private static final Limits DEFAULTS = new Limits(32, 10_000, 1024 * 1024, 20);

    private final int maxDepth;
    private final int maxStringLength;
    private final int maxCaseBytes;
    private final int maxNumberLength;

    private Limits(int maxDepth, int maxStringLength, int maxCaseBytes, int maxNumberLength) {
      Preconditions.checkArgument(maxDepth > 0, "maxDepth must be positive (maxDepth: %s)", maxDepth);
      Preconditions.checkArgument(maxStringLength > 0, "maxStringLength must be positive (maxStringLength: %s)",
          maxStringLength);
      Preconditions.checkArgument(maxCaseBytes > 0, "maxCaseBytes must be positive (maxCaseBytes: %s)",
          maxCaseBytes);
      Preconditions.checkArgument(maxNumberLength > 0, "maxNumberLength must be positive (maxNumberLength: %s)",
          maxNumberLength);
      this.maxDepth = maxDepth;
      this.maxStringLength = maxStringLength;
      this.maxCaseBytes = maxCaseBytes;
      this.maxNumberLength = maxNumberLength;
    }

    /**
     * Nesting depth 32, strings and keys of up to 10,000 characters, cases of up to 1 MiB, numbers of up
     * to 20 characters.
     *
     * @since 0.1.0
     */
    public static Limits defaults() {
      return DEFAULTS;
    }

    /**
     * The deepest nesting of objects and lists allowed.
     *
     * @since 0.1.0
     */
    public int maxDepth() {
      return maxDepth;
    }

    /**
     * The longest string value or key allowed, in characters.
     *
     * @since 0.1.0
     */
    public int maxStringLength() {
      return maxStringLength;
    }

    /**
     * The largest case allowed, in bytes of UTF-8 (for JSON Lines, the longest line).
     *
     * @since 0.1.0
     */
    public int maxCaseBytes() {
      return maxCaseBytes;
    }

    /**
     * The longest number allowed, in characters.
     *
     * @since 0.1.0
     */
    public int maxNumberLength() {
      return maxNumberLength;
    }

    /**
     * These limits with a different nesting depth.
     *
     * @throws IllegalArgumentException if {@code maxDepth} is not positive
     * @since 0.1.0
     */
    public Limits withMaxDepth(int maxDepth) {
      return new Limits(maxDepth, maxStringLength, maxCaseBytes, maxNumberLength);
    }

    /**
     * These limits with a different string length.
     *
     * @throws IllegalArgumentException if {@code maxStringLength} is not positive
     * @since 0.1.0
     */
    public Limits withMaxStringLength(int maxStringLength) {
      return new Limits(maxDepth, maxStringLength, maxCaseBytes, maxNumberLength);
    }

    /**
     * These limits with a different case size.
     *
     * @throws IllegalArgumentException if {@code maxCaseBytes} is not positive
     * @since 0.1.0
     */
    public Limits withMaxCaseBytes(int maxCaseBytes) {
      return new Limits(maxDepth, maxStringLength, maxCaseBytes, maxNumberLength);
    }

    /**
     * These limits with a different number length.
     *
     * @throws IllegalArgumentException if {@code maxNumberLength} is not positive
     * @since 0.1.0
     */
    public Limits withMaxNumberLength(int maxNumberLength) {
      return new Limits(maxDepth, maxStringLength, maxCaseBytes, maxNumberLength);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Limits)) {
        return false;
      }
      Limits other = (Limits) o;
      return maxDepth == other.maxDepth && maxStringLength == other.maxStringLength
          && maxCaseBytes == other.maxCaseBytes && maxNumberLength == other.maxNumberLength;
    }

    @Override
    public int hashCode() {
      return Objects.hash(maxDepth, maxStringLength, maxCaseBytes, maxNumberLength);
    }

    @Override
    public String toString() {
      return "Limits{maxDepth=" + maxDepth + ", maxStringLength=" + maxStringLength + ", maxCaseBytes="
          + maxCaseBytes + ", maxNumberLength=" + maxNumberLength + "}";
    }
  }

  /**
   * One case read from a stream, or the problem that stopped it being read, with its place in the input.
   *
   * <p>A result of JSON Lines holds its line's bytes until it is first asked for its case or problem
   * ({@link #isValid()}, {@link #conductCase()}, {@link #error()}, {@link #get()}): the line is parsed then, once,
   * on the thread that asks. A caller may therefore take results from a {@link Cursor} on one thread and hand
   * them to others to be parsed in parallel; asked in input order, they give what reading in order would give.
   * Memory is bounded by the results the caller keeps unparsed.
   *
   * <p>Thread-safe; immutable once parsed (its answers never change).
   *
   * @since 0.1.0
   */
  public static final class Result {
    private final long index;
    private final long line;
    /** The stream and the bytes of a line not parsed yet; null once parsed. */
    private CaseStream stream;
    private byte[] bytes;
    private ConductCase conductCase;
    private CaseFormatException error;
    private volatile boolean parsed;

    private Result(long index, long line, ConductCase conductCase, CaseFormatException error) {
      this.index = index;
      this.line = line;
      this.conductCase = conductCase;
      this.error = error;
      this.parsed = true;
    }

    private Result(CaseStream stream, byte[] bytes, long index, long line) {
      this.index = index;
      this.line = line;
      this.stream = stream;
      this.bytes = bytes;
    }

    static Result success(long index, long line, ConductCase conductCase) {
      return new Result(index, line, conductCase, null);
    }

    static Result failure(long index, long line, CaseFormatException error) {
      return new Result(index, line, null, error);
    }

    /** A line of JSON Lines (the result owns {@code bytes}), parsed when first asked. */
    static Result unparsed(CaseStream stream, byte[] bytes, long index, long line) {
      return new Result(stream, bytes, index, line);
    }

    /** Parses the line, once, on the thread that first asks. */
    private void parse() {
      if (parsed) {
        return;
      }
      synchronized (this) {
        if (!parsed) {
          Result r = stream.parseLine(bytes, bytes.length, index, line);
          conductCase = r.conductCase;
          error = r.error;
          stream = null;
          bytes = null;
          parsed = true;
        }
      }
    }

    /**
     * The 1-based position of the case in the input (blank lines are not counted).
     *
     * @since 0.1.0
     */
    public long index() {
      return index;
    }

    /**
     * The 1-based line on which the case starts.
     *
     * @since 0.1.0
     */
    public long line() {
      return line;
    }

    /**
     * Whether the case was read.
     *
     * @since 0.1.0
     */
    public boolean isValid() {
      parse();
      return conductCase != null;
    }

    /**
     * The case, when it was read.
     *
     * @since 0.1.0
     */
    public Optional<ConductCase> conductCase() {
      parse();
      return Optional.ofNullable(conductCase);
    }

    /**
     * The problem, when the case could not be read.
     *
     * @since 0.1.0
     */
    public Optional<CaseFormatException> error() {
      parse();
      return Optional.ofNullable(error);
    }

    /**
     * The case.
     *
     * @throws CaseFormatException the problem, when the case could not be read
     * @since 0.1.0
     */
    public ConductCase get() {
      parse();
      if (error != null) {
        throw error;
      }
      return conductCase;
    }

    @Override
    public String toString() {
      parse();
      return "Result{index=" + index + ", line=" + line + ", "
          + (error == null ? "case=" + conductCase.id() : "error=" + error.getMessage()) + "}";
    }
  }

  /**
   * The cases of one input, read lazily in input order. {@link #next()} never throws for bad input: each
   * problem is a {@link Result} holding a {@link CaseFormatException}; a failure to read the input itself
   * is reported the same way and ends the cursor.
   *
   * <p>Not thread-safe: use a cursor from one thread at a time.
   *
   * @since 0.1.0
   */
  public static final class Cursor implements Iterator<Result>, Closeable {
    private final CaseStream stream;
    private Result next;
    private boolean done;

    Cursor(CaseStream stream) {
      this.stream = stream;
    }

    /**
     * Whether another case (or problem) follows; reads ahead as far as the next one (without parsing it).
     *
     * @since 0.1.0
     */
    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = stream.next();
        done = next == null;
      }
      return next != null;
    }

    /**
     * The next case or problem (for JSON Lines, its line read but parsed when the result is first asked; see
     * {@link Result}).
     *
     * @throws NoSuchElementException when there is none
     * @since 0.1.0
     */
    @Override
    public Result next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Result r = next;
      next = null;
      return r;
    }

    /**
     * Stops reading and closes the input.
     *
     * @throws IOException if closing the input fails
     * @since 0.1.0
     */
    @Override
    public void close() throws IOException {
      done = true;
      next = null;
      stream.close();
    }
  }
}

package io.github.policeconduct.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.policeconduct.core.ConductCase;

/**
 * Reads cases one at a time from UTF-8 bytes holding one case object, a JSON array of cases, or JSON
 * Lines. Memory is bounded by the per-case limit (plus fixed buffers), whatever the size of the input.
 * Not thread-safe.
 */
final class CaseStream implements Closeable {
  private enum Mode { DETECT, LINES, ARRAY, OBJECT, DONE }

  /** Bytes Jackson may read ahead of the token it is on; allowed on top of the per-case budget. */
  private static final int READ_AHEAD = 64 * 1024;

  private final InputStream in;
  private final String source;
  private final ObjectReader reader;
  private final JsonFactory factory;
  private final int maxCaseBytes;

  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int lim;
  private boolean eof;

  private Mode mode = Mode.DETECT;
  private long index;
  /** The line number of the next line the line reader will return (1-based). */
  private long lineNo = 1;
  private byte[] line = new byte[1024];
  private int lineLength;
  private boolean lineTooLong;
  private boolean pendingLine;

  private Budget budget;
  private JsonParser parser;
  private JsonStreamContext arrayContext;
  private long lineOffset;
  private CaseJson.Result pendingResult;

  /**
   * @param factory makes the parsers; they do not check for duplicate keys themselves ({@link DuplicateKeys} does)
   */
  CaseStream(InputStream in, String source, ObjectReader reader, JsonFactory factory, int maxCaseBytes) {
    this.in = in;
    this.source = source;
    this.reader = reader;
    this.factory = factory;
    this.maxCaseBytes = maxCaseBytes;
  }

  /**
   * The next result, or null at the end of the input; a JSON Lines line is not parsed yet (its result holds a copy
   * of its bytes and parses them when first asked, with {@link #parseLine}).
   */
  /** Said once, after the problem that stopped the reading of an array. */
  private CaseJson.Result stopped;

  CaseJson.Result next() {
    if (stopped != null) {
      CaseJson.Result r = stopped;
      stopped = null;
      return r;
    }
    try {
      switch (mode) {
        case DETECT:
          detect();
          return next();
        case LINES:
          return nextLine();
        case ARRAY:
          return nextElement();
        case OBJECT:
          return theObject();
        default:
          return null;
      }
    } catch (IOException | RuntimeException e) {
      // The input itself could not be read (not a problem with one case): report it and stop.
      mode = Mode.DONE;
      return CaseJson.Result.failure(++index, lineNo,
          Problems.translate(e, null, source, lineOffset, Math.max(1, lineNo - 1), 0));
    }
  }

  // ---- detection --------------------------------------------------------------------------------

  private void detect() throws IOException {
    skipBom();
    Optional<String> encoding = otherEncoding();
    if (encoding.isPresent()) {
      // The whole input is in another encoding: one problem for it, not one per line, and nothing is guessed.
      mode = Mode.DONE;
      stopped = CaseJson.Result.failure(++index, 1, new CaseFormatException(source, 1, "", "", "the input is encoded as "
          + encoding.get() + ", not UTF-8: the case format is JSON in UTF-8; convert it first (e.g. iconv -f UTF-16"
          + " -t UTF-8)"));
      return;
    }
    int spaces = 0;
    long skippedLines = 0;
    int b;
    while (true) {
      b = peek();
      if (b < 0) {
        mode = Mode.DONE;
        return;
      }
      if (b == '\n') {
        skippedLines++;
        spaces = 0;
      } else if (b == ' ' || b == '\t' || b == '\r') {
        spaces++;
      } else {
        break;
      }
      pos++;
    }
    lineNo = skippedLines + 1;
    lineOffset = skippedLines;
    byte[] indent = new byte[Math.min(spaces, 1024)];
    Arrays.fill(indent, (byte) ' ');
    if (b == '[') {
      startParser(indent);
      mode = Mode.ARRAY;
      return;
    }
    readLine();
    pendingLine = true;
    mode = Mode.LINES;
    if (b == '{' && !lineTooLong && endsInsideValue(line, lineLength)) {
      byte[] prefix = new byte[indent.length + lineLength + 1];
      System.arraycopy(indent, 0, prefix, 0, indent.length);
      System.arraycopy(line, 0, prefix, indent.length, lineLength);
      prefix[prefix.length - 1] = '\n';
      pendingLine = false;
      startParser(prefix);
      mode = Mode.OBJECT;
    }
  }

  /** Whether {@code bytes} are the start of a JSON value that continues on later lines. */
  private boolean endsInsideValue(byte[] bytes, int length) {
    try (JsonParser p = factory.createParser(bytes, 0, length)) {
      while (p.nextToken() != null) {
        // read to the end of the line
      }
      return false;
    } catch (JsonEOFException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * UTF-16 or UTF-32, which Jackson would otherwise guess and half read: from its byte-order mark, or from a NUL
   * byte among the first four (JSON in UTF-8 never has one there, while the other encodings put one beside every
   * ASCII character).
   */
  private Optional<String> otherEncoding() throws IOException {
    fill(4);
    int n = lim - pos;
    int b0 = n > 0 ? buf[pos] & 0xFF : -1;
    int b1 = n > 1 ? buf[pos + 1] & 0xFF : -1;
    int b2 = n > 2 ? buf[pos + 2] & 0xFF : -1;
    int b3 = n > 3 ? buf[pos + 3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return Optional.of("UTF-32 (it begins with a byte-order mark)");
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
      return Optional.of(String.format(Locale.ROOT, "UTF-16 (it begins with the byte-order mark %02X %02X)", b0, b1));
    }
    for (int i = 0; i < Math.min(4, n); i++) {
      if (buf[pos + i] == 0) {
        return Optional.of("UTF-16 or UTF-32 (a NUL byte at byte " + (i + 1) + ", as those encodings write beside"
            + " every ASCII character)");
      }
    }
    return Optional.empty();
  }

  private void skipBom() throws IOException {
    fill(3);
    if (lim - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
    }
  }

  // ---- JSON Lines -------------------------------------------------------------------------------

  private CaseJson.Result nextLine() throws IOException {
    while (true) {
      if (!pendingLine && !readLine()) {
        mode = Mode.DONE;
        return null;
      }
      pendingLine = false;
      long at = lineNo - 1;
      if (lineTooLong) {
        return CaseJson.Result.failure(++index, at, new CaseFormatException(source, at, "", "",
            "the line is longer than the limit of " + maxCaseBytes + " bytes for one case"));
      }
      if (isBlank(line, lineLength)) {
        continue;
      }
      return CaseJson.Result.unparsed(this, Arrays.copyOf(line, lineLength), ++index, at);
    }
  }

  /**
   * Parses one JSON Lines line: the case, or its problem. Thread-safe: uses only the thread-safe reader and
   * factory, and the arguments.
   */
  CaseJson.Result parseLine(byte[] bytes, int length, long caseIndex, long at) {
    JsonParser p = null;
    try {
      p = new DuplicateKeys(factory.createParser(bytes, 0, length));
      ConductCase value = reader.readValue(p);
      if (value == null) {
        return CaseJson.Result.failure(caseIndex, at, new CaseFormatException(source, at, "", "null",
            "expected a case object, got null"));
      }
      JsonToken extra = p.nextToken();
      if (extra != null) {
        return CaseJson.Result.failure(caseIndex, at, new CaseFormatException(source, at, "",
            Problems.abbreviate(p.getText()), "unexpected content after the case at column "
            + p.currentTokenLocation().getColumnNr() + "; JSON Lines hold one case per line"));
      }
      int bad = Utf8Check.firstInvalid(bytes, 0, length);
      if (bad >= 0) {
        // Jackson reports most bytes that are not UTF-8 itself, with the path; these it let through.
        return CaseJson.Result.failure(caseIndex, at, new CaseFormatException(source, at, "", "",
            Problems.notUtf8(bad + 1, Utf8Check.describe(bytes, bad, length, "the end of the line"))));
      }
      return CaseJson.Result.success(caseIndex, at, value);
    } catch (IOException | RuntimeException e) {
      // Bytes that are not UTF-8 are the problem if the parser stopped at or after them. A problem of the binding
      // (a missing key, a wrong value) in a line whose bytes the parser let through (an overlong C0 AF) is a
      // problem of what those bytes were read as: the bytes are said instead.
      int bad = Utf8Check.firstInvalid(bytes, 0, length);
      Problems.NotUtf8 utf8 = bad < 0 ? null
          : new Problems.NotUtf8(at, bad + 1, Utf8Check.describe(bytes, bad, length, "the end of the line"));
      if (utf8 != null && e instanceof com.fasterxml.jackson.databind.JsonMappingException
          && !(e.getCause() instanceof IOException)) {
        return CaseJson.Result.failure(caseIndex, at, new CaseFormatException(source, at, "", "",
            Problems.notUtf8(bad + 1, Utf8Check.describe(bytes, bad, length, "the end of the line"))));
      }
      return CaseJson.Result.failure(caseIndex, at, Problems.translate(e, p, null, utf8, source, at - 1, at, at));
    } finally {
      closeQuietly(p);
    }
  }

  /** Reads the next line into {@link #line}; false at the end of input. */
  private boolean readLine() throws IOException {
    lineLength = 0;
    lineTooLong = false;
    boolean any = false;
    while (true) {
      if (pos >= lim) {
        fill(1);
        if (pos >= lim) {
          if (any) {
            lineNo++;
          }
          return any;
        }
      }
      any = true;
      int start = pos;
      while (pos < lim && buf[pos] != '\n') {
        pos++;
      }
      append(start, pos - start);
      if (pos < lim) {
        pos++; // the newline
        lineNo++;
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
          lineLength--;
        }
        return true;
      }
    }
  }

  private void append(int start, int count) {
    if (lineTooLong || count == 0) {
      return;
    }
    if (lineLength + count > maxCaseBytes) {
      lineTooLong = true;
      lineLength = 0;
      if (line.length > 64 * 1024) {
        line = new byte[1024];
      }
      return;
    }
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.min(maxCaseBytes, Math.max(line.length * 2, lineLength + count)));
    }
    System.arraycopy(buf, start, line, lineLength, count);
    lineLength += count;
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  // ---- array and single object --------------------------------------------------------------------

  private void startParser(byte[] prefix) throws IOException {
    budget = new Budget(prefix, this);
    parser = new DuplicateKeys(factory.createParser(budget));
  }

  private CaseJson.Result nextElement() throws IOException {
    JsonParser p = parser;
    if (arrayContext == null) {
      try {
        p.nextToken(); // START_ARRAY
      } catch (IOException e) {
        mode = Mode.DONE;
        return CaseJson.Result.failure(++index, lineOffset + 1, Problems.translate(e, p, arrayContext,
            budget.broken, source, lineOffset,
            lineOffset + 1, 0));
      }
      arrayContext = p.getParsingContext();
    }
    JsonToken t;
    try {
      budget.limit(maxCaseBytes + READ_AHEAD);
      t = p.nextToken();
    } catch (IOException e) {
      mode = Mode.DONE;
      return CaseJson.Result.failure(++index, line(p), Problems.translate(e, p, arrayContext,
            budget.broken, source, lineOffset, line(p), 0));
    }
    if (t == null) {
      mode = Mode.DONE;
      return CaseJson.Result.failure(++index, line(p), new CaseFormatException(source, line(p), "", "",
          "not valid JSON: the input ended inside the array (expected ']')"));
    }
    if (t == JsonToken.END_ARRAY) {
      return afterLastValue(p);
    }
    return readOne(p, true);
  }

  private CaseJson.Result theObject() {
    if (index > 0) {
      // The case has been returned; what follows it, if anything, is reported once.
      CaseJson.Result trailing = pendingResult;
      pendingResult = null;
      mode = Mode.DONE;
      return trailing;
    }
    JsonParser p = parser;
    try {
      budget.limit(maxCaseBytes + READ_AHEAD);
      p.nextToken();
    } catch (IOException | RuntimeException e) {
      mode = Mode.DONE;
      return CaseJson.Result.failure(++index, line(p), Problems.translate(e, p, arrayContext,
            budget.broken, source, lineOffset, line(p), 0));
    }
    CaseJson.Result result = readOne(p, false);
    if (mode == Mode.OBJECT) {
      pendingResult = afterLastValue(p);
      mode = Mode.OBJECT;
    }
    return result;
  }

  /** Reads one case at the parser's current token; recovers to the next element where it can. */
  private CaseJson.Result readOne(JsonParser p, boolean inArray) {
    long caseIndex = ++index;
    long startLine = line(p);
    long startOffset = p.currentTokenLocation().getByteOffset();
    try {
      ConductCase value = reader.readValue(p);
      if (value == null) {
        return CaseJson.Result.failure(caseIndex, startLine, new CaseFormatException(source, startLine, "", "null",
            "expected a case object, got null"));
      }
      long size = p.currentLocation().getByteOffset() - startOffset;
      if (size > maxCaseBytes) {
        throw new Problems.CaseTooLarge(maxCaseBytes);
      }
      return CaseJson.Result.success(caseIndex, startLine, value);
    } catch (IOException | RuntimeException e) {
      CaseFormatException problem = Problems.translate(e, p, arrayContext,
            budget.broken, source, lineOffset, startLine, startLine);
      if (!inArray || !((recoverable(e) || tooDeep(e)) && skipToArray(p))) {
        mode = Mode.DONE;
        if (inArray) {
          // Nothing after an element the parser cannot get past is dropped without a word (issue 16, item 3).
          stopped = CaseJson.Result.failure(++index, startLine, new CaseFormatException(source, startLine, "", "",
              "reading stopped: the array could not be read past the case before (" + problem.reason()
              + "), so any cases after it in the array were not read"));
        }
      }
      return CaseJson.Result.failure(caseIndex, startLine, problem);
    }
  }

  /** A mapping problem leaves the parser usable; a syntax error, a limit or an I/O error does not. */
  private static boolean recoverable(Throwable e) {
    if (!(e instanceof JsonMappingException)) {
      return false;
    }
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof IOException && !(c instanceof JsonMappingException) && !(c instanceof InputCoercionException)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the element failed only by nesting deeper than the limit. */
  private static boolean tooDeep(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof Problems.Exceeded x) {
        return x.limit() == Problems.Limit.DEPTH;
      }
    }
    return false;
  }

  /**
   * Skips the rest of a failed element so that the next call reads the following one. An element that nests too
   * deeply is passed over too: Jackson enters a level before it checks its depth, so the parser stays in step and
   * each deeper level fails again and is skipped, until the parser is back in the array. Bounded by a count of
   * tokens (each takes at least one byte of input, itself bounded by the case size limit).
   */
  private boolean skipToArray(JsonParser p) {
    for (long tokens = 0; tokens <= (long) maxCaseBytes + READ_AHEAD; tokens++) {
      try {
        if (p.getParsingContext() == arrayContext) {
          return true;
        }
        if (p.nextToken() == null) {
          return false;
        }
      } catch (IOException | RuntimeException e) {
        if (!tooDeep(e)) {
          return false;
        }
      }
    }
    return false;
  }

  /** After the array or the object: only whitespace may follow. */
  private CaseJson.Result afterLastValue(JsonParser p) {
    mode = Mode.DONE;
    try {
      budget.limit(maxCaseBytes + READ_AHEAD);
      JsonToken extra = p.nextToken();
      if (extra == null) {
        return null;
      }
      return CaseJson.Result.failure(++index, line(p), new CaseFormatException(source, line(p), "",
          extra.isScalarValue() ? Problems.abbreviate(p.getText()) : "",
          "unexpected content after the " + (arrayContext != null ? "array" : "case") + " at column "
          + p.currentTokenLocation().getColumnNr()));
    } catch (IOException | RuntimeException e) {
      return CaseJson.Result.failure(++index, line(p), Problems.translate(e, p, arrayContext,
            budget.broken, source, lineOffset, line(p), 0));
    }
  }

  private long line(JsonParser p) {
    int nr = p.currentTokenLocation().getLineNr();
    return nr > 0 ? nr + lineOffset : lineOffset + 1;
  }

  // ---- buffered input -----------------------------------------------------------------------------

  private int peek() throws IOException {
    if (pos >= lim) {
      fill(1);
    }
    return pos < lim ? buf[pos] & 0xFF : -1;
  }

  /** Makes at least {@code n} bytes available, unless the input ends first. */
  private void fill(int n) throws IOException {
    if (lim - pos >= n || eof) {
      return;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (lim - pos < n && !eof) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
  }

  /**
   * Reads what remains of the buffer (after a prefix) and then the input, for Jackson, within a budget, and
   * checks that it is UTF-8. At the first byte that is not, Jackson is handed the bytes up to and including
   * it (so that it usually reports the problem itself, with the JSON path) and the next read fails.
   */
  private static final class Budget extends InputStream {
    private final byte[] prefix;
    private final CaseStream owner;
    private int prefixPos;
    private long count;
    private long limit = Long.MAX_VALUE;
    private long limitSize;
    private final Utf8Check utf8 = new Utf8Check();
    /** Line breaks handed to Jackson so far, and bytes since the last one. */
    private long newlines;
    private long column;
    /** The bytes that are not UTF-8, once handed to Jackson; every later read fails with this. */
    private Problems.NotUtf8 broken;

    Budget(byte[] prefix, CaseStream owner) {
      this.prefix = prefix;
      this.owner = owner;
    }

    void limit(long size) {
      limitSize = size;
      limit = count + size;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int r = read(one, 0, 1);
      return r < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (broken != null) {
        throw broken;
      }
      if (count >= limit) {
        throw new Problems.CaseTooLarge(limitSize - READ_AHEAD);
      }
      int max = (int) Math.min(len, limit - count);
      int r;
      if (prefixPos < prefix.length) {
        r = Math.min(max, prefix.length - prefixPos);
        System.arraycopy(prefix, prefixPos, b, off, r);
        prefixPos += r;
      } else if (owner.pos < owner.lim) {
        r = Math.min(max, owner.lim - owner.pos);
        System.arraycopy(owner.buf, owner.pos, b, off, r);
        owner.pos += r;
      } else if (owner.eof) {
        return endOfInput();
      } else {
        r = owner.in.read(b, off, max);
        if (r < 0) {
          owner.eof = true;
          return endOfInput();
        }
      }
      int bad = utf8.scan(b, off, r);
      if (bad >= 0) {
        r = bad - off + 1;
        broken = notUtf8(b, off, bad, String.format(Locale.ROOT, "byte 0x%02X", b[bad] & 0xFF));
      }
      for (int i = off; i < off + r; i++) {
        if (b[i] == '\n') {
          newlines++;
          column = 0;
        } else {
          column++;
        }
      }
      count += r;
      return r;
    }

    private int endOfInput() throws IOException {
      if (utf8.inSequence()) {
        broken = notUtf8(new byte[0], 0, 0, "the end of the input");
        throw broken;
      }
      return -1;
    }

    /** The problem at {@code b[bad]}, given the bytes {@code b[off, bad)} before it in this chunk. */
    private Problems.NotUtf8 notUtf8(byte[] b, int off, int bad, String what) {
      long line = newlines;
      long col = column;
      for (int i = off; i < bad; i++) {
        if (b[i] == '\n') {
          line++;
          col = 0;
        } else {
          col++;
        }
      }
      return new Problems.NotUtf8(owner.lineOffset + 1 + line, col + 1, what);
    }
  }

  @Override
  public void close() throws IOException {
    mode = Mode.DONE;
    try {
      closeQuietly(parser);
    } finally {
      in.close();
    }
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException ignored) {
        // nothing more to read from it
      }
    }
  }
}

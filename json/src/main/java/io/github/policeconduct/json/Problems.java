package io.github.policeconduct.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.github.policeconduct.core.internal.Codes;
import io.github.policeconduct.core.InvalidFactException;

/**
 * Turns whatever reading a case threw into a {@link CaseFormatException} naming the source, line, JSON
 * path, value and reason. Never throws.
 *
 * <p>Each problem is known by the type of what was thrown (Jackson's exceptions, the core's
 * {@link InvalidFactException}, and the types below, thrown by this package where Jackson's own would not say
 * which problem it is), by its location and by its path: databind's ({@link JsonMappingException#getPath()})
 * for a value that could not be bound, the parser's ({@link JsonStreamContext}) for a problem in the text. No
 * message of Jackson's is read for its meaning; the message of a syntax error is quoted as it is.
 */
final class Problems {
  private Problems() {}

  /** The input was larger than the per-case limit; thrown by the input stream so nothing more is read. */
  static final class CaseTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    CaseTooLarge(long limit) {
      super("the case is larger than the limit of " + limit + " bytes");
    }
  }

  /** Bytes that are not UTF-8, found by the reader's own check ({@link Utf8Check}), at a line of the source. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;

    NotUtf8(long line, long column, String what) {
      super(notUtf8(column, what));
      this.line = line;
      this.column = column;
    }

    /** Whether these bytes come at or before {@code location} (whose line is {@code lineOffset} short). */
    boolean atOrBefore(JsonLocation location, long lineOffset) {
      if (location == null || location.getLineNr() <= 0) {
        return true;
      }
      long at = location.getLineNr() + lineOffset;
      return line < at || line == at && (location.getColumnNr() <= 0 || column <= location.getColumnNr());
    }
  }

  /** The reason given for bytes that are not UTF-8 at a 1-based byte column. */
  static String notUtf8(long column, String what) {
    return "not valid UTF-8 text at column " + column + ": " + what + " cannot appear there";
  }

  /** The limits of {@link CaseJson.Limits} that Jackson's parser checks. */
  enum Limit {
    DEPTH("nested too deeply: more than the limit of %d levels"),
    STRING("a string is longer than the limit of %d characters"),
    KEY("a key is longer than the limit of %d characters"),
    NUMBER("a number is longer than the limit of %d characters");

    private final String reason;

    Limit(String reason) {
      this.reason = reason;
    }

    String reason(long limit) {
      return String.format(Locale.ROOT, reason, limit);
    }
  }

  /** A limit broken ({@link Mappers.Constraints}); says which, and the limit. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final Limit limit;
    private final long max;

    Exceeded(Limit limit, long max) {
      super(limit.reason(max));
      this.limit = limit;
      this.max = max;
    }

    String reason() {
      return limit.reason(max);
    }

    Limit limit() {
      return limit;
    }
  }

  /** A key given twice in one object ({@link DuplicateKeys}). */
  static final class DuplicateKey extends JsonParseException {
    private static final long serialVersionUID = 1L;

    private final String key;

    DuplicateKey(JsonParser p, String key) {
      super(p, "duplicate key '" + Codes.shown(key) + "'");
      this.key = key;
    }
  }

  /** Required keys absent (or {@code null}) from one object, in the order the format declares them. */
  static final class MissingKeys extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> keys;

    private MissingKeys(List<String> keys) {
      super("missing required " + (keys.size() == 1 ? "key '" : "keys '") + String.join("', '", keys) + "'");
      this.keys = keys;
    }

    /** Throws for the keys whose values are null, given as key, value, key, value... */
    static void check(Object... keysAndValues) {
      List<String> missing = null;
      for (int i = 0; i < keysAndValues.length; i += 2) {
        if (keysAndValues[i + 1] == null) {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add((String) keysAndValues[i]);
        }
      }
      if (missing != null) {
        throw new MissingKeys(missing);
      }
    }
  }

  /** A value the core would not build (its cause: an invariant, missing keys), where the object ended. */
  static final class Rejected extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    Rejected(JsonParser p, RuntimeException cause) {
      super(p, cause.getMessage(), cause);
    }
  }

  /**
   * Translates {@code t}.
   *
   * @param parser the parser that was reading, still open, or null
   * @param lineOffset added to the parser's 1-based line numbers to give the line in the source
   * @param fallbackLine the line to report when the exception carries no location
   * @param caseFirstLine the line on which the case being read begins, to give a syntax error's position
   *     within the case; 0 when the problem lies outside any case
   */
  static CaseFormatException translate(Throwable t, JsonParser parser, String source, long lineOffset,
      long fallbackLine, long caseFirstLine) {
    return translate(t, parser, null, null, source, lineOffset, fallbackLine, caseFirstLine);
  }

  /**
   * Translates {@code t}, as {@link #translate(Throwable, JsonParser, String, long, long, long)} does.
   *
   * @param outside the parser's context that holds the case (the array of a file of cases), or null when the
   *     case is the root value: paths are from the case
   * @param utf8 bytes that are not UTF-8 found in the input so far, or null: they are the problem when the
   *     parser stopped at or after them
   */
  static CaseFormatException translate(Throwable t, JsonParser parser, JsonStreamContext outside, NotUtf8 utf8,
      String source, long lineOffset, long fallbackLine, long caseFirstLine) {
    try {
      CaseFormatException e = shortened(doTranslate(t, parser, outside, utf8, source, lineOffset, fallbackLine,
          caseFirstLine));
      if (e != t && e.getCause() == null) {
        e.initCause(t); // what was thrown, for whoever needs more than the message
      }
      return e;
    } catch (RuntimeException | StackOverflowError bug) {
      return new CaseFormatException(source, fallbackLine, "", "", "could not read the case: " + t);
    }
  }

  /**
   * The problem with a long value (an id invariant quotes it whole) abbreviated wherever it is quoted, so
   * that no message carries more than {@value Codes#SHOWN} characters of any value.
   */
  private static CaseFormatException shortened(CaseFormatException e) {
    String value = e.value().orElse("");
    if (value.length() <= Codes.SHOWN && e.reason().length() <= MAX_REASON) {
      return e;
    }
    String shown = abbreviate(value);
    String reason = value.isEmpty() ? e.reason() : e.reason().replace(value, shown);
    if (reason.length() > MAX_REASON) {
      // Whatever else a reason quotes (an invariant can list other values), it stays readable.
      int end = Character.isHighSurrogate(reason.charAt(MAX_REASON - 1)) ? MAX_REASON - 1 : MAX_REASON;
      reason = reason.substring(0, end) + "… (" + reason.length() + " characters)";
    }
    return new CaseFormatException(e.source(), e.line().orElse(0), e.path().orElse(""), shown, reason);
  }

  /** The longest reason given: the longest written here (a vocabulary's codes, an object's keys) is shorter. */
  private static final int MAX_REASON = 1000;

  private static CaseFormatException doTranslate(Throwable t, JsonParser parser, JsonStreamContext outside,
      NotUtf8 utf8, String source, long lineOffset, long fallbackLine, long caseFirstLine) {
    if (t instanceof CaseFormatException) {
      return (CaseFormatException) t;
    }
    JsonMappingException mapping = null;
    JsonLocation location = null;
    List<Throwable> chain = new ArrayList<>();
    for (Throwable c = t; c != null && !chain.contains(c); c = c.getCause()) {
      chain.add(c);
      if (c instanceof JsonMappingException && mapping == null) {
        mapping = (JsonMappingException) c;
      }
      if (c instanceof JsonProcessingException && ((JsonProcessingException) c).getLocation() != null
          && location == null) {
        location = ((JsonProcessingException) c).getLocation();
      }
    }
    String path = mapping == null ? "" : path(mapping.getPath());
    // Where the parser stopped: the path of a problem in the text itself, which databind's need not reach.
    String textPath = parser == null ? path : path(parser.getParsingContext(), outside, true);
    long line = fallbackLine;
    int column = -1;
    if (location != null && location.getLineNr() > 0) {
      line = location.getLineNr() + lineOffset;
      column = location.getColumnNr();
    }
    // The most specific cause decides the reason.
    for (Throwable c : chain) {
      if (c instanceof Exceeded) {
        Exceeded exceeded = (Exceeded) c;
        // A key too long was not read: the path is the object's, not its key before.
        String at = exceeded.limit != Limit.KEY || parser == null ? textPath
            : path(parser.getParsingContext(), outside, false);
        return new CaseFormatException(source, line, at, "", exceeded.reason());
      }
      if (c instanceof CaseTooLarge) {
        return new CaseFormatException(source, line, "", "", c.getMessage());
      }
      if (c instanceof NotUtf8) {
        return new CaseFormatException(source, ((NotUtf8) c).line, textPath, "", c.getMessage());
      }
      if (c instanceof StreamConstraintsException) {
        // A limit of Jackson's own, not one of the reader's: its message says which.
        return new CaseFormatException(source, line, textPath, "", "input exceeds a limit: "
            + firstLine(((StreamConstraintsException) c).getOriginalMessage()));
      }
      if (c instanceof InputCoercionException) {
        String value = text(parser);
        return new CaseFormatException(source, line, path, value, "the number " + value
            + " is out of range (expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
      }
      if (c instanceof DuplicateKey) {
        String key = abbreviate(((DuplicateKey) c).key);
        return new CaseFormatException(source, line, textPath, key, "duplicate key '" + key + "'");
      }
      if (c instanceof JsonParseException) {
        if (utf8 != null && utf8.atOrBefore(location, lineOffset)) {
          return new CaseFormatException(source, utf8.line, textPath, "", utf8.getMessage());
        }
        return parseProblem((JsonParseException) c, source, line, column, textPath, caseFirstLine);
      }
      if (c instanceof CharConversionException) {
        return new CaseFormatException(source, line, path, "", "not valid text: " + c.getMessage());
      }
    }
    Throwable root = chain.get(chain.size() - 1);
    if (root instanceof InvalidFactException) {
      InvalidFactException fact = (InvalidFactException) root;
      return new CaseFormatException(source, line, join(path, fact.field()), fact.value(), fact.getMessage());
    }
    if (root instanceof MissingKeys) {
      List<String> keys = ((MissingKeys) root).keys;
      return new CaseFormatException(source, line, keys.size() == 1 ? join(path, keys.get(0)) : path, "",
          root.getMessage());
    }
    if (mapping instanceof Rejected) {
      // Not a rule of the case format: a builder that refused a value.
      return new CaseFormatException(source, line, path, "", String.valueOf(root.getMessage()));
    }
    if (mapping instanceof PropertyBindingException) {
      PropertyBindingException unknown = (PropertyBindingException) mapping;
      String key = abbreviate(unknown.getPropertyName());
      return new CaseFormatException(source, line, path, key,
          "unknown key '" + key + "' (known keys: " + known(unknown.getKnownPropertyIds(), unknown.getReferringClass())
          + ")");
    }
    if (mapping instanceof InvalidNullException) {
      return new CaseFormatException(source, line, path, "null", "null is not allowed here");
    }
    if (mapping instanceof InvalidFormatException) {
      InvalidFormatException bad = (InvalidFormatException) mapping;
      String value = bad.getValue() == null ? "" : abbreviate(String.valueOf(bad.getValue()));
      if (bad.getCause() instanceof IllegalArgumentException) {
        // A vocabulary's parse refused the code: its message names the value and the accepted codes.
        return new CaseFormatException(source, line, path, value, bad.getCause().getMessage());
      }
      if (bad.getTargetType() == LocalDate.class) {
        String why = Mappers.dateProblem(value).orElse("not a date");
        return new CaseFormatException(source, line, path, value, "'" + value + "' is " + why);
      }
      return new CaseFormatException(source, line, path, value,
          "expected " + describe(bad.getTargetType()) + ", got " + describe(parser, value));
    }
    if (mapping instanceof MismatchedInputException) {
      MismatchedInputException bad = (MismatchedInputException) mapping;
      JsonToken token = token(parser);
      if (token == null) {
        return new CaseFormatException(source, line, path, "", "no case here: the input ended before a JSON value");
      }
      String value = token.isScalarValue() ? text(parser) : "";
      String expected = bad.getTargetType() == null ? "a value of another type"
          : path.isEmpty() && isCoreType(bad.getTargetType()) ? "a case object" : describe(bad.getTargetType());
      return new CaseFormatException(source, line, path, value, "expected " + expected + ", got "
          + describe(parser, value));
    }
    if (root instanceof IOException) {
      return new CaseFormatException(source, line, path, "", "could not read the input: " + root.getMessage());
    }
    String message = mapping != null ? mapping.getOriginalMessage() : root.getMessage();
    return new CaseFormatException(source, line, path, "", "could not read the case: "
        + (message == null ? root.getClass().getSimpleName() : withoutInputText(firstLine(message))));
  }

  private static CaseFormatException parseProblem(JsonParseException e, String source, long line, int column,
      String path, long caseFirstLine) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String where = "";
    if (column > 0 && caseFirstLine > 0 && line >= caseFirstLine) {
      where = " at line " + (line - caseFirstLine + 1) + ", column " + column + " of the case";
    } else if (column > 0) {
      where = " at column " + column;
    }
    return new CaseFormatException(source, line, path, "", "not valid JSON" + where + ": "
        + withoutInputText(firstLine(original)));
  }

  /** Jackson's words for a token it could not read, which quote the token: a name, perhaps, or free text. */
  private static final java.util.regex.Pattern UNRECOGNIZED_TOKEN =
      java.util.regex.Pattern.compile("Unrecognized token '((?:[^']|'(?!:))*)': was expecting");

  /**
   * A parser's message without the text of the input it quotes: an unquoted word ({@code Jane_Doe}, where a
   * string's quotes were forgotten) is described by its length, never repeated, since the case format's free text
   * and ids are about people. Jackson's other messages quote at most one character, or the words of the format.
   */
  static String withoutInputText(String message) {
    java.util.regex.Matcher m = UNRECOGNIZED_TOKEN.matcher(message);
    if (!m.find()) {
      return message;
    }
    int length = m.group(1).codePointCount(0, m.group(1).length());
    return message.substring(0, m.start()) + "a word that is not a JSON value (" + length + " character"
        + (length == 1 ? "" : "s") + ", not shown; a string is written in double quotes): was expecting"
        + message.substring(m.end());
  }

  /**
   * The path of the parser's place, from the case: each object's current key and each array's current index,
   * below {@code outside} (or the root); without the innermost object's current key unless {@code withCurrentKey}.
   */
  static String path(JsonStreamContext context, JsonStreamContext outside, boolean withCurrentKey) {
    Deque<JsonStreamContext> within = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && c != outside && !c.inRoot(); c = c.getParent()) {
      within.addFirst(c);
    }
    StringBuilder b = new StringBuilder();
    for (JsonStreamContext c : within) {
      if (c.inObject() && c.getCurrentName() != null && (withCurrentKey || c != context)) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(abbreviate(c.getCurrentName()));
      } else if (c.inArray() && c.hasCurrentIndex()) {
        b.append('[').append(c.getCurrentIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** Formats Jackson's reference chain as {@code allegations[0].standards}. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(abbreviate(r.getFieldName())); // an unknown key can be long
      }
    }
    return b.toString();
  }

  private static String join(String path, String field) {
    if (path.isEmpty()) {
      return field;
    }
    return field.startsWith("[") ? path + field : path + "." + field;
  }

  /** The keys an object accepts, in the order the format declares them. */
  private static String known(Collection<Object> ids, Class<?> type) {
    List<String> names = CaseFormat.keys(type);
    if (names.isEmpty() && ids != null) {
      for (Object id : ids) {
        names.add(String.valueOf(id));
      }
    }
    return String.join(", ", names);
  }

  private static JsonToken token(JsonParser parser) {
    return parser == null || parser.isClosed() ? null : parser.currentToken();
  }

  private static String text(JsonParser parser) {
    try {
      JsonToken token = token(parser);
      return token == null || !token.isScalarValue() ? "" : abbreviate(parser.getText());
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String describe(JsonParser parser, String value) {
    JsonToken token = token(parser);
    if (token == null) {
      return value.isEmpty() ? "something else" : value;
    }
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
      case FIELD_NAME:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "the string \"" + value + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + value;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "the boolean " + value;
      case VALUE_NULL:
        return "null";
      default:
        return value.isEmpty() ? "something else" : value;
    }
  }

  private static boolean isCoreType(Class<?> type) {
    return type.getName().startsWith("io.github.policeconduct.") && !type.isEnum();
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == LocalDate.class) {
      return "a date string in the form YYYY-MM-DD";
    }
    if (type.isEnum()) {
      return "a string naming a " + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || isCoreType(type)) {
      return "an object";
    }
    if (type == Optional.class) {
      return "a value";
    }
    return "a " + type.getSimpleName();
  }

  static String abbreviate(String s) {
    return Codes.shown(s);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

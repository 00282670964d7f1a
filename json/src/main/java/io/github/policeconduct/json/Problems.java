package io.github.policeconduct.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 */
final class Problems {
  private Problems() {}

  private static final Pattern MISSING = Pattern.compile(
      "Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\p{Nd}+)");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) ['\"](.*)['\"]");

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

    NotUtf8(long line, long column, String what) {
      super(notUtf8(column, what));
      this.line = line;
    }
  }

  /** The reason given for bytes that are not UTF-8 at a 1-based byte column. */
  static String notUtf8(long column, String what) {
    return "not valid UTF-8 text at column " + column + ": " + what + " cannot appear there";
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
    try {
      return shortened(doTranslate(t, parser, source, lineOffset, fallbackLine, caseFirstLine));
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
  private static final int MAX_REASON = 600;

  private static CaseFormatException doTranslate(Throwable t, JsonParser parser, String source, long lineOffset,
      long fallbackLine, long caseFirstLine) {
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
    long line = fallbackLine;
    int column = -1;
    if (location != null && location.getLineNr() > 0) {
      line = location.getLineNr() + lineOffset;
      column = location.getColumnNr();
    }
    Throwable root = chain.get(chain.size() - 1);
    // The most specific cause decides the reason.
    for (Throwable c : chain) {
      if (c instanceof StreamConstraintsException) {
        return new CaseFormatException(source, line, path, "", limitReason((StreamConstraintsException) c));
      }
      if (c instanceof Problems.CaseTooLarge) {
        return new CaseFormatException(source, line, "", "", c.getMessage());
      }
      if (c instanceof Problems.NotUtf8) {
        return new CaseFormatException(source, ((Problems.NotUtf8) c).line, path, "", c.getMessage());
      }
      if (c instanceof InputCoercionException) {
        String value = text(parser);
        return new CaseFormatException(source, line, path, value, "the number " + value
            + " is out of range (expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
      }
      if (c instanceof JsonParseException) {
        return parseProblem((JsonParseException) c, source, line, column, path, caseFirstLine);
      }
      if (c instanceof CharConversionException) {
        return new CaseFormatException(source, line, path, "", "not valid text: " + c.getMessage());
      }
    }
    if (root instanceof InvalidFactException) {
      InvalidFactException fact = (InvalidFactException) root;
      return new CaseFormatException(source, line, join(path, fact.field()), fact.value(), fact.getMessage());
    }
    if (root instanceof IllegalStateException && root.getMessage() != null) {
      Matcher m = MISSING.matcher(root.getMessage());
      if (m.find()) {
        List<String> keys = new ArrayList<>();
        for (String attribute : m.group(2).split(",")) {
          keys.add(snakeCase(attribute.trim()));
        }
        if (keys.size() == 1) {
          return new CaseFormatException(source, line, join(path, keys.get(0)), "",
              "missing required key '" + keys.get(0) + "'");
        }
        return new CaseFormatException(source, line, path, "",
            "missing required keys '" + String.join("', '", keys) + "'");
      }
    }
    if (root instanceof IllegalArgumentException && !(root instanceof CaseFormatException)
        && root.getMessage() != null) {
      // An enum's parse: the message names the value and the accepted codes.
      Matcher m = QUOTED.matcher(root.getMessage());
      return new CaseFormatException(source, line, path, m.find() ? m.group(1) : "", root.getMessage());
    }
    if (mapping instanceof PropertyBindingException) {
      PropertyBindingException unknown = (PropertyBindingException) mapping;
      String key = unknown.getPropertyName();
      return new CaseFormatException(source, line, path, abbreviate(key),
          "unknown key '" + abbreviate(key) + "' (known keys: "
          + known(unknown.getKnownPropertyIds(), unknown.getReferringClass()) + ")");
    }
    if (mapping instanceof InvalidNullException) {
      return new CaseFormatException(source, line, path, "null", "null is not allowed here");
    }
    if (mapping instanceof InvalidFormatException) {
      InvalidFormatException bad = (InvalidFormatException) mapping;
      String value = bad.getValue() == null ? "" : abbreviate(String.valueOf(bad.getValue()));
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
        + (message == null ? root.getClass().getSimpleName() : message));
  }

  private static CaseFormatException parseProblem(JsonParseException e, String source, long line, int column,
      String path, long caseFirstLine) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      String key = abbreviate(duplicate.group(1));
      return new CaseFormatException(source, line, join(path, key), key, "duplicate key '" + key + "'");
    }
    String where = "";
    if (column > 0 && caseFirstLine > 0 && line >= caseFirstLine) {
      where = " at line " + (line - caseFirstLine + 1) + ", column " + column + " of the case";
    } else if (column > 0) {
      where = " at column " + column;
    }
    if (original.contains("UTF-8") || original.contains("UTF8")) {
      return new CaseFormatException(source, line, path, "", "not valid UTF-8 text" + where + ": " + firstLine(original));
    }
    return new CaseFormatException(source, line, path, "", "not valid JSON" + where + ": " + firstLine(original));
  }

  private static String limitReason(StreamConstraintsException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String limit = "";
    // Jackson formats the number in the default locale: Arabic-Indic digits under ar-SA. Read any digits, write ASCII.
    Matcher n = LIMIT.matcher(m);
    if (n.find()) {
      limit = String.valueOf(Long.parseLong(n.group(1)));
    }
    if (m.contains("nesting depth")) {
      return "nested too deeply: more than the limit of " + limit + " levels";
    }
    if (m.contains("String value length")) {
      return "a string is longer than the limit of " + limit + " characters";
    }
    if (m.contains("Name length")) {
      return "a key is longer than the limit of " + limit + " characters";
    }
    if (m.contains("Number value length")) {
      return "a number is longer than the limit of " + limit + " characters";
    }
    if (m.contains("Document length")) {
      return "the case is larger than the limit of " + limit + " bytes";
    }
    return "input exceeds a limit: " + firstLine(m);
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

  /** {@code cameToAttention} to {@code came_to_attention}. */
  static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The keys an object accepts, in the order the format declares them. */
  private static String known(Collection<Object> ids, Class<?> type) {
    List<String> declared = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      JsonPropertyOrder order = c.getAnnotation(JsonPropertyOrder.class);
      if (order != null) {
        declared.addAll(Arrays.asList(order.value()));
        break;
      }
    }
    List<String> names = new ArrayList<>();
    if (ids != null) {
      for (Object id : ids) {
        String name = String.valueOf(id);
        if (!name.startsWith("_") && !name.endsWith("IsSet")) {
          names.add(name);
        }
      }
    }
    names.sort(Comparator.comparingInt((String n) -> declared.contains(n) ? declared.indexOf(n) : declared.size())
        .thenComparing(Comparator.naturalOrder()));
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

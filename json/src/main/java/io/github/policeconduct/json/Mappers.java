package io.github.policeconduct.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Builds the strictly configured parsers and {@link ObjectMapper} behind {@link CaseJson}. */
final class Mappers {
  private Mappers() {}

  static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  /**
   * The factory of parsers with the {@code limits}; with {@code strictDuplicates}, its parsers reject a key given
   * twice themselves (Jackson's own check, for {@link CaseJson#newObjectMapper()}); the reader's own parsers check
   * that instead ({@link DuplicateKeys}), so that the problem is known by its type.
   */
  static JsonFactory factory(CaseJson.Limits limits, boolean strictDuplicates) {
    return JsonFactory.builder()
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strictDuplicates)
        .streamReadConstraints(new Constraints(limits))
        .build();
  }

  static ObjectMapper create(CaseJson.Limits limits) {
    JsonMapper mapper = JsonMapper.builder(factory(limits, true))
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        // The case format: each object through its record, codes and dates strictly (CaseFormat).
        .addModule(CaseFormat.module())
        // Only what the types declare with @JsonProperty/@JsonCreator/@JsonValue is bound.
        .visibility(PropertyAccessor.ALL, Visibility.NONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // A null element in a list is an error; a null value for an optional key means "absent".
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
    // No scalar coercion: "true" is not a boolean, 1 is not a boolean, "24" is not a number, 24 is not a string.
    for (LogicalType type : new LogicalType[] {LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, type == LogicalType.Boolean ? CoercionAction.Fail : CoercionAction.TryConvert)
          .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    for (LogicalType type : new LogicalType[] {LogicalType.Collection, LogicalType.POJO, LogicalType.Enum,
        LogicalType.DateTime}) {
      mapper.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
    }
    return mapper;
  }

  /**
   * The {@link CaseJson.Limits} as Jackson's stream constraints, each broken limit thrown as a
   * {@link Problems.Exceeded} that says which limit it was.
   */
  static final class Constraints extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    Constraints(CaseJson.Limits limits) {
      super(limits.maxDepth(), DEFAULT_MAX_DOC_LEN, limits.maxNumberLength(), limits.maxStringLength(),
          limits.maxStringLength());
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
      if (depth > _maxNestingDepth) {
        throw new Problems.Exceeded(Problems.Limit.DEPTH, _maxNestingDepth);
      }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
      if (length > _maxStringLen) {
        throw new Problems.Exceeded(Problems.Limit.STRING, _maxStringLen);
      }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
      if (length > _maxNameLen) {
        throw new Problems.Exceeded(Problems.Limit.KEY, _maxNameLen);
      }
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
      if (length > _maxNumLen) {
        throw new Problems.Exceeded(Problems.Limit.NUMBER, _maxNumLen);
      }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
      if (length > _maxNumLen) {
        throw new Problems.Exceeded(Problems.Limit.NUMBER, _maxNumLen);
      }
    }
  }

  /** Why {@code text} is not an acceptable date, or empty when it is one. */
  static Optional<String> dateProblem(String text) {
    if (!DATE_SHAPE.matcher(text).matches()) {
      return Optional.of("not a date in the form YYYY-MM-DD");
    }
    try {
      LocalDate.parse(text, DATE);
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("no such date (dates are YYYY-MM-DD and must exist)");
    }
  }

  /**
   * The day {@code text} names when it is exactly {@code YYYY-MM-DD} (ASCII digits) and the day exists; else
   * null, and {@link #dateProblem} says why. The same days as the strict formatter accepts, without its
   * regular expression, parse context and field map: every case holds several dates.
   */
  static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int y = digits(text, 0, 4);
    int m = digits(text, 5, 7);
    int d = digits(text, 8, 10);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.Month.of(m).length(java.time.Year.isLeap(y))) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  /**
   * {@link #isoDate(String)} of the {@code length} characters of {@code text} from {@code offset} (the parser's
   * buffer), without making a string of them.
   */
  static LocalDate isoDate(char[] text, int offset, int length) {
    if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int y = digits(text, offset, offset + 4);
    int m = digits(text, offset + 5, offset + 7);
    int d = digits(text, offset + 8, offset + 10);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.Month.of(m).length(java.time.Year.isLeap(y))) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static int digits(char[] text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if any is not a digit. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** ISO {@code YYYY-MM-DD} only, and the day must exist: no timestamps, arrays or epoch numbers. */
  static final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    StrictLocalDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      LocalDate fast = isoDate(text);
      if (fast != null) {
        return fast;
      }
      Optional<String> problem = dateProblem(text);
      if (problem.isPresent()) {
        throw ctxt.weirdStringException(text, LocalDate.class, problem.get());
      }
      return LocalDate.parse(text, DATE);
    }
  }
}

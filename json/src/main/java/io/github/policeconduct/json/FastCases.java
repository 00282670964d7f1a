package io.github.policeconduct.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.DisciplinaryRecord;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.core.WarningType;

/**
 * The fast path of reading a case: binds one case object straight from Jackson's tokens into the Immutables
 * builders, without databind's reflective bean deserializers, {@code Json} holder objects and {@code Optional}
 * wrappers.
 *
 * <p>It handles only input that is valid and in the common shape, and gives up (returns null) at the first
 * thing it does not handle exactly as databind would: an unknown key, a {@code null} other than for an optional
 * key (where, as in databind, it means the key is absent), a value of another
 * JSON type, an integer that is not an {@code int}, a date or code the shared readers reject, a builder or
 * invariant failure, a parser error (syntax, a limit, a duplicate key), content after the case. The caller
 * then reads the same bytes again with databind, so that every problem is reported exactly as before. What it
 * accepts it binds through the same builders databind's generated {@code fromJson} uses, with the same value
 * readers (the enums' {@code parse}, {@link Mappers#isoDate}), so the case is equal to databind's.
 *
 * <p>Stateless and thread-safe.
 */
final class FastCases {
  private FastCases() {}

  /** Cases the fast path has read (for tests: the optimisation must not silently be dead code). */
  static final LongAdder READ = new LongAdder();

  /** Thrown to give up; no stack trace, shared. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super("not on the fast path", null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  /**
   * The case that is the whole of what {@code p} reads (one object, then the end of the input), or null when
   * the fast path does not handle it exactly. Never throws; does not close {@code p}, which must not have
   * read anything yet.
   */
  static ConductCase read(JsonParser p) {
    try {
      // Duplicate keys are caught below, per object, by a bit per key (at the first one, the fast path gives
      // up and databind, whose parser detects duplicates, reports it): cheaper than the parser's hash set.
      p.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ConductCase c = conductCase(p);
      if (p.nextToken() != null) {
        return null;
      }
      READ.increment();
      return c;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  // ---- keys ---------------------------------------------------------------------------------------------

  /**
   * The keys of one type, in the order {@link CaseJson#write} writes them. Each object is read expecting the
   * key after the last one seen, which Jackson matches against the raw bytes without looking the name up;
   * keys out of that order are looked up by name.
   */
  private static final class Keys {
    final SerializedString[] keys;

    Keys(String... names) {
      keys = new SerializedString[names.length];
      for (int i = 0; i < names.length; i++) {
        keys[i] = new SerializedString(names[i]);
      }
    }
  }

  private static final Keys CASE = new Keys("id", "force", "subject", "record", "allegations",
      "condition_c_determination", "proceedings");
  private static final Keys SUBJECT = new Keys("id", "role", "rank", "student_officer", "joined", "left");
  private static final Keys SERVICE_END = new Keys("date", "reason");
  private static final Keys RECORD = new Keys("warnings", "reduced_in_rank");
  private static final Keys WARNING = new Keys("type", "notified", "months", "regime");
  private static final Keys ALLEGATION = new Keys("id", "summary", "standards", "categories", "conduct_date",
      "came_to_attention", "connected_to_earlier_allegation", "severity");
  private static final Keys SEVERITY = new Keys("level", "assessed");
  private static final Keys PROCEEDINGS = new Keys("forum", "date", "findings", "unconnected_incidents", "outcome",
      "final_written_warning_months");
  private static final Keys FINDING = new Keys("allegation", "finding");

  /** Where one object's reading is: the keys seen so far (a bit each) and the last one. */
  private static final class At {
    int seen;
    int last = -1;
  }

  /**
   * The index in {@code keys} of the object's next key, or -1 at its end; gives up at an unknown key or one
   * seen before in this object.
   */
  private static int nextKey(JsonParser p, Keys keys, At at) throws IOException {
    SerializedString[] k = keys.keys;
    int expect = at.last + 1;
    int i;
    if (expect < k.length && p.nextFieldName(k[expect])) {
      i = expect;
    } else {
      JsonToken t = expect < k.length ? p.currentToken() : p.nextToken();
      if (t == JsonToken.END_OBJECT) {
        return -1;
      }
      if (t != JsonToken.FIELD_NAME) {
        throw GIVE_UP;
      }
      i = indexOf(k, p.currentName());
    }
    int bit = 1 << i;
    if ((at.seen & bit) != 0) {
      throw GIVE_UP;
    }
    at.seen |= bit;
    at.last = i;
    return i;
  }

  private static int indexOf(SerializedString[] keys, String name) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].getValue().equals(name)) {
        return i;
      }
    }
    throw GIVE_UP;
  }

  // ---- codes --------------------------------------------------------------------------------------------

  /**
   * The canonical codes of one vocabulary, matched against the parser's buffer without making a string; any
   * other spelling (another case, an alias) is handed to the type's {@code parse}, as databind does. Each
   * code maps to what {@code parse} gives for it, so the answer is {@code parse}'s whichever way it is found.
   */
  private static final class Codebook<E extends Enum<E>> {
    private final char[][] codes;
    private final Object[] values;
    private final Function<String, E> parse;

    Codebook(Class<E> type, Function<E, String> code, Function<String, E> parse) {
      E[] all = type.getEnumConstants();
      codes = new char[all.length][];
      values = new Object[all.length];
      for (int i = 0; i < all.length; i++) {
        String c = code.apply(all[i]);
        codes[i] = c.toCharArray();
        values[i] = parse.apply(c);
      }
      this.parse = parse;
    }

    /** The value of the next token, which must be a string. */
    E read(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        throw GIVE_UP;
      }
      return current(p);
    }

    /** The value of the string the parser is on; gives up at any other token. */
    @SuppressWarnings("unchecked")
    E current(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw GIVE_UP;
      }
      char[] text = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      for (int i = 0; i < codes.length; i++) {
        if (same(codes[i], text, offset, length)) {
          return (E) values[i];
        }
      }
      return parse.apply(p.getText());
    }

    private static boolean same(char[] code, char[] text, int offset, int length) {
      if (code.length != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (code[i] != text[offset + i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Codebook<Role> ROLE_CODES = new Codebook<>(Role.class, Role::code, Role::parse);
  private static final Codebook<Rank> RANK_CODES = new Codebook<>(Rank.class, Rank::code, Rank::parse);
  private static final Codebook<Departure> DEPARTURE_CODES = new Codebook<>(Departure.class, Departure::code,
      Departure::parse);
  private static final Codebook<WarningType> WARNING_TYPE_CODES = new Codebook<>(WarningType.class, WarningType::code,
      WarningType::parse);
  private static final Codebook<Standard> STANDARD_CODES = new Codebook<>(Standard.class, Standard::code,
      Standard::parse);
  private static final Codebook<Category> CATEGORY_CODES = new Codebook<>(Category.class, Category::code,
      Category::parse);
  private static final Codebook<Severity> SEVERITY_CODES = new Codebook<>(Severity.class, Severity::code,
      Severity::parse);
  private static final Codebook<Regime> REGIME_CODES = new Codebook<>(Regime.class, Regime::code, Regime::parse);
  private static final Codebook<Forum> FORUM_CODES = new Codebook<>(Forum.class, Forum::code, Forum::parse);
  private static final Codebook<Outcome> OUTCOME_CODES = new Codebook<>(Outcome.class, Outcome::code, Outcome::parse);
  private static final Codebook<Finding> FINDING_CODES = new Codebook<>(Finding.class, Finding::code,
      Finding::parse);

  // ---- the types, each at its START_OBJECT ------------------------------------------------------------

  private static ConductCase conductCase(JsonParser p) throws IOException {
    ConductCase.Builder b = ConductCase.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, CASE, at)) >= 0) {
      switch (k) {
        case 0:
          b.id(string(p));
          break;
        case 1: {
          String force = stringOrNull(p);
          if (force != null) {
            b.force(force);
          }
          break;
        }
        case 2:
          startObject(p);
          b.subject(subject(p));
          break;
        case 3:
          if (objectOrNull(p)) {
            b.record(record(p));
          }
          break;
        case 4:
          startArray(p);
          while (nextIsObject(p)) {
            b.addAllegations(allegation(p));
          }
          break;
        case 5:
          b.conditionCDetermination(bool(p));
          break;
        default:
          if (objectOrNull(p)) {
            b.proceedings(proceedings(p));
          }
          break;
      }
    }
    return b.build();
  }

  private static Subject subject(JsonParser p) throws IOException {
    Subject.Builder b = Subject.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, SUBJECT, at)) >= 0) {
      switch (k) {
        case 0: {
          String id = stringOrNull(p);
          if (id != null) {
            b.id(id);
          }
          break;
        }
        case 1:
          b.role(ROLE_CODES.read(p));
          break;
        case 2: {
          if (!nextIsNull(p)) {
            b.rank(RANK_CODES.current(p));
          }
          break;
        }
        case 3:
          b.studentOfficer(bool(p));
          break;
        case 4: {
          LocalDate joined = dateOrNull(p);
          if (joined != null) {
            b.joined(joined);
          }
          break;
        }
        default:
          if (objectOrNull(p)) {
            b.left(serviceEnd(p));
          }
          break;
      }
    }
    return b.build();
  }

  private static ServiceEnd serviceEnd(JsonParser p) throws IOException {
    ServiceEnd.Builder b = ServiceEnd.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, SERVICE_END, at)) >= 0) {
      if (k == 0) {
        b.date(date(p));
      } else {
        b.reason(DEPARTURE_CODES.read(p));
      }
    }
    return b.build();
  }

  private static DisciplinaryRecord record(JsonParser p) throws IOException {
    DisciplinaryRecord.Builder b = DisciplinaryRecord.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, RECORD, at)) >= 0) {
      if (k == 0) {
        startArray(p);
        while (nextIsObject(p)) {
          b.addWarnings(warning(p));
        }
      } else {
        b.reducedInRank(bool(p));
      }
    }
    return b.build();
  }

  private static Warning warning(JsonParser p) throws IOException {
    Warning.Builder b = Warning.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, WARNING, at)) >= 0) {
      switch (k) {
        case 0:
          b.type(WARNING_TYPE_CODES.read(p));
          break;
        case 1:
          b.notified(date(p));
          break;
        case 2:
          if (!nextIsNull(p)) {
            b.months(currentInt(p));
          }
          break;
        default:
          if (!nextIsNull(p)) {
            b.regime(REGIME_CODES.read(p));
          }
          break;
      }
    }
    return b.build();
  }

  private static Allegation allegation(JsonParser p) throws IOException {
    Allegation.Builder b = Allegation.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, ALLEGATION, at)) >= 0) {
      switch (k) {
        case 0:
          b.id(string(p));
          break;
        case 1: {
          String summary = stringOrNull(p);
          if (summary != null) {
            b.summary(summary);
          }
          break;
        }
        case 2:
          startArray(p);
          while (nextIsString(p)) {
            b.addStandards(STANDARD_CODES.current(p));
          }
          break;
        case 3:
          startArray(p);
          while (nextIsString(p)) {
            b.addCategories(CATEGORY_CODES.current(p));
          }
          break;
        case 4: {
          LocalDate conductDate = dateOrNull(p);
          if (conductDate != null) {
            b.conductDate(conductDate);
          }
          break;
        }
        case 5:
          b.cameToAttention(date(p));
          break;
        case 6:
          b.connectedToEarlierAllegation(bool(p));
          break;
        default:
          if (objectOrNull(p)) {
            b.severity(severity(p));
          }
          break;
      }
    }
    return b.build();
  }

  private static SeverityAssessment severity(JsonParser p) throws IOException {
    SeverityAssessment.Builder b = SeverityAssessment.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, SEVERITY, at)) >= 0) {
      if (k == 0) {
        b.level(SEVERITY_CODES.read(p));
      } else {
        LocalDate assessed = dateOrNull(p);
        if (assessed != null) {
          b.assessed(assessed);
        }
      }
    }
    return b.build();
  }

  private static Proceedings proceedings(JsonParser p) throws IOException {
    Proceedings.Builder b = Proceedings.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, PROCEEDINGS, at)) >= 0) {
      switch (k) {
        case 0:
          b.forum(FORUM_CODES.read(p));
          break;
        case 1: {
          LocalDate date = dateOrNull(p);
          if (date != null) {
            b.date(date);
          }
          break;
        }
        case 2:
          startArray(p);
          while (nextIsObject(p)) {
            b.addFindings(finding(p));
          }
          break;
        case 3:
          b.unconnectedIncidents(bool(p));
          break;
        case 4: {
          if (!nextIsNull(p)) {
            b.outcome(OUTCOME_CODES.current(p));
          }
          break;
        }
        default:
          if (!nextIsNull(p)) {
            b.finalWrittenWarningMonths(currentInt(p));
          }
          break;
      }
    }
    return b.build();
  }

  private static AllegationFinding finding(JsonParser p) throws IOException {
    AllegationFinding.Builder b = AllegationFinding.builder();
    At at = new At();
    int k;
    while ((k = nextKey(p, FINDING, at)) >= 0) {
      if (k == 0) {
        b.allegation(string(p));
      } else {
        b.finding(FINDING_CODES.read(p));
      }
    }
    return b.build();
  }

  // ---- tokens -------------------------------------------------------------------------------------------

  private static void startObject(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
  }

  private static void startArray(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw GIVE_UP;
    }
  }

  /** True at the next element's START_OBJECT, false at the end of the array; gives up at anything else. */
  private static boolean nextIsObject(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    throw GIVE_UP;
  }

  /** True at the next element's string, false at the end of the array; gives up at anything else. */
  private static boolean nextIsString(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_STRING) {
      return true;
    }
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    throw GIVE_UP;
  }

  private static String string(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    return p.getText();
  }

  private static boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw GIVE_UP;
  }

  /** Advances to the next value; true if it is {@code null} (for an optional key: absent, as in databind). */
  private static boolean nextIsNull(JsonParser p) throws IOException {
    return p.nextToken() == JsonToken.VALUE_NULL;
  }

  /** The string value of an optional key, or null for JSON {@code null}. */
  private static String stringOrNull(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw GIVE_UP;
  }

  /** True at the START_OBJECT of an optional key's object, false for JSON {@code null}. */
  private static boolean objectOrNull(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw GIVE_UP;
  }

  /** The {@code int} the parser is on; gives up at any other token or a number that is not an {@code int}. */
  private static int currentInt(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw GIVE_UP;
    }
    return p.getIntValue();
  }

  private static LocalDate date(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw GIVE_UP;
    }
    return currentDate(p);
  }

  /** The date of an optional key, or null for JSON {@code null}. */
  private static LocalDate dateOrNull(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_STRING) {
      return currentDate(p);
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw GIVE_UP;
  }

  /** The date the parser's string is, read from its buffer ({@link Mappers#isoDate(char[], int, int)}). */
  private static LocalDate currentDate(JsonParser p) throws IOException {
    LocalDate d = Mappers.isoDate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (d == null) {
      throw GIVE_UP;
    }
    return d;
  }
}

package io.github.policeconduct.core.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.DisciplinaryRecord;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.ImmutableAllegation;
import io.github.policeconduct.core.ImmutableAllegationFinding;
import io.github.policeconduct.core.ImmutableConductCase;
import io.github.policeconduct.core.ImmutableDisciplinaryRecord;
import io.github.policeconduct.core.ImmutableProceedings;
import io.github.policeconduct.core.ImmutableServiceEnd;
import io.github.policeconduct.core.ImmutableSeverityAssessment;
import io.github.policeconduct.core.ImmutableSubject;
import io.github.policeconduct.core.ImmutableWarning;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
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
   * the fast path does not handle it exactly. Never throws; does not close {@code p}.
   */
  static ConductCase read(JsonParser p) {
    try {
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

  // ---- the types, each at its START_OBJECT ------------------------------------------------------------

  private static ConductCase conductCase(JsonParser p) throws IOException {
    ImmutableConductCase.Builder b = ConductCase.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "id":
          b.id(string(p));
          break;
        case "force": {
          String force = stringOrNull(p);
          if (force != null) {
            b.force(force);
          }
          break;
        }
        case "subject":
          startObject(p);
          b.subject(subject(p));
          break;
        case "record":
          if (objectOrNull(p)) {
            b.record(record(p));
          }
          break;
        case "allegations":
          startArray(p);
          while (nextIsObject(p)) {
            b.addAllegations(allegation(p));
          }
          break;
        case "condition_c_determination":
          b.conditionCDetermination(bool(p));
          break;
        case "proceedings":
          if (objectOrNull(p)) {
            b.proceedings(proceedings(p));
          }
          break;
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  private static Subject subject(JsonParser p) throws IOException {
    ImmutableSubject.Builder b = Subject.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "id": {
          String id = stringOrNull(p);
          if (id != null) {
            b.id(id);
          }
          break;
        }
        case "role":
          b.role(Role.parse(string(p)));
          break;
        case "rank": {
          String rank = stringOrNull(p);
          if (rank != null) {
            b.rank(Rank.parse(rank));
          }
          break;
        }
        case "student_officer":
          b.studentOfficer(bool(p));
          break;
        case "joined": {
          LocalDate joined = dateOrNull(p);
          if (joined != null) {
            b.joined(joined);
          }
          break;
        }
        case "left":
          if (objectOrNull(p)) {
            b.left(serviceEnd(p));
          }
          break;
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  private static ServiceEnd serviceEnd(JsonParser p) throws IOException {
    ImmutableServiceEnd.Builder b = ImmutableServiceEnd.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "date":
          b.date(date(p));
          break;
        case "reason":
          b.reason(Departure.parse(string(p)));
          break;
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  private static DisciplinaryRecord record(JsonParser p) throws IOException {
    ImmutableDisciplinaryRecord.Builder b = DisciplinaryRecord.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "warnings":
          startArray(p);
          while (nextIsObject(p)) {
            b.addWarnings(warning(p));
          }
          break;
        case "reduced_in_rank":
          b.reducedInRank(bool(p));
          break;
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  private static Warning warning(JsonParser p) throws IOException {
    ImmutableWarning.Builder b = ImmutableWarning.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "type":
          b.type(WarningType.parse(string(p)));
          break;
        case "notified":
          b.notified(date(p));
          break;
        case "months":
          if (!nextIsNull(p)) {
            b.months(currentInt(p));
          }
          break;
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  private static Allegation allegation(JsonParser p) throws IOException {
    ImmutableAllegation.Builder b = Allegation.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "id":
          b.id(string(p));
          break;
        case "summary": {
          String summary = stringOrNull(p);
          if (summary != null) {
            b.summary(summary);
          }
          break;
        }
        case "standards":
          startArray(p);
          while (nextIsString(p)) {
            b.addStandards(Standard.parse(p.getText()));
          }
          break;
        case "categories":
          startArray(p);
          while (nextIsString(p)) {
            b.addCategories(Category.parse(p.getText()));
          }
          break;
        case "conduct_date": {
          LocalDate conductDate = dateOrNull(p);
          if (conductDate != null) {
            b.conductDate(conductDate);
          }
          break;
        }
        case "came_to_attention":
          b.cameToAttention(date(p));
          break;
        case "connected_to_earlier_allegation":
          b.connectedToEarlierAllegation(bool(p));
          break;
        case "severity":
          if (objectOrNull(p)) {
            b.severity(severity(p));
          }
          break;
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  private static SeverityAssessment severity(JsonParser p) throws IOException {
    ImmutableSeverityAssessment.Builder b = ImmutableSeverityAssessment.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "level":
          b.level(Severity.parse(string(p)));
          break;
        case "assessed": {
          LocalDate assessed = dateOrNull(p);
          if (assessed != null) {
            b.assessed(assessed);
          }
          break;
        }
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  private static Proceedings proceedings(JsonParser p) throws IOException {
    ImmutableProceedings.Builder b = Proceedings.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "forum":
          b.forum(Forum.parse(string(p)));
          break;
        case "date": {
          LocalDate date = dateOrNull(p);
          if (date != null) {
            b.date(date);
          }
          break;
        }
        case "findings":
          startArray(p);
          while (nextIsObject(p)) {
            b.addFindings(finding(p));
          }
          break;
        case "unconnected_incidents":
          b.unconnectedIncidents(bool(p));
          break;
        case "outcome": {
          String outcome = stringOrNull(p);
          if (outcome != null) {
            b.outcome(Outcome.parse(outcome));
          }
          break;
        }
        case "final_written_warning_months":
          if (!nextIsNull(p)) {
            b.finalWrittenWarningMonths(currentInt(p));
          }
          break;
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  private static AllegationFinding finding(JsonParser p) throws IOException {
    ImmutableAllegationFinding.Builder b = ImmutableAllegationFinding.builder();
    String name;
    while ((name = p.nextFieldName()) != null) {
      switch (name) {
        case "allegation":
          b.allegation(string(p));
          break;
        case "finding":
          b.finding(Finding.parse(string(p)));
          break;
        default:
          throw GIVE_UP;
      }
    }
    endObject(p);
    return b.build();
  }

  // ---- tokens -------------------------------------------------------------------------------------------

  private static void startObject(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
  }

  /** After the last member: {@code nextFieldName} returned null, so the object must have ended. */
  private static void endObject(JsonParser p) {
    if (p.currentToken() != JsonToken.END_OBJECT) {
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
    return isoDate(string(p));
  }

  /** The date of an optional key, or null for JSON {@code null}. */
  private static LocalDate dateOrNull(JsonParser p) throws IOException {
    String text = stringOrNull(p);
    return text == null ? null : isoDate(text);
  }

  private static LocalDate isoDate(String text) {
    LocalDate d = Mappers.isoDate(text);
    if (d == null) {
      throw GIVE_UP;
    }
    return d;
  }
}

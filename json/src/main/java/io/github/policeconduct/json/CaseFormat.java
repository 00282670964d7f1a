package io.github.policeconduct.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.Converter;
import io.github.policeconduct.core.ActionTaken;
import io.github.policeconduct.core.AgeBand;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.CaseType;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Ethnicity;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.DisciplinaryRecord;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Gender;
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
 * The JSON case format, in one place: one record per JSON object, whose components are the object's keys in
 * the order they are written, and the Jackson module that reads and writes the core types through them.
 *
 * <p>Databind binds each object to its record (strictness is the mapper's: unknown keys, no coercion, no null in
 * a list), then the record is turned into the core value through the core's public builders, whose invariants
 * apply; writing turns the value into its record. A {@code null} component is an absent key: {@code null} for an
 * optional key means the same as leaving it out, and a required key that is absent or {@code null} is reported
 * as missing ({@link Problems.MissingKeys}). Codes are read with each vocabulary's {@code parse} (any letter
 * case, the aliases) and written with its {@code code()}; dates are {@code YYYY-MM-DD} and must exist.
 */
final class CaseFormat {
  private CaseFormat() {}

  /** The module that binds the core types of a case to the JSON case format. */
  static SimpleModule module() {
    SimpleModule m = new SimpleModule("police-conduct-case-format");
    m.addDeserializer(String.class, new TextReader());
    object(m, ConductCase.class, CaseObject.class, CaseObject::of, CaseObject::toCore);
    object(m, Subject.class, SubjectObject.class, SubjectObject::of, SubjectObject::toCore);
    object(m, ServiceEnd.class, ServiceEndObject.class, ServiceEndObject::of, ServiceEndObject::toCore);
    object(m, DisciplinaryRecord.class, RecordObject.class, RecordObject::of, RecordObject::toCore);
    object(m, Warning.class, WarningObject.class, WarningObject::of, WarningObject::toCore);
    object(m, Allegation.class, AllegationObject.class, AllegationObject::of, AllegationObject::toCore);
    object(m, SeverityAssessment.class, SeverityObject.class, SeverityObject::of, SeverityObject::toCore);
    object(m, Proceedings.class, ProceedingsObject.class, ProceedingsObject::of, ProceedingsObject::toCore);
    object(m, AllegationFinding.class, FindingObject.class, FindingObject::of, FindingObject::toCore);
    object(m, CaseEvent.class, EventObject.class, EventObject::of, EventObject::toCore);
    code(m, Role.class, Role::parse, Role::code);
    code(m, Rank.class, Rank::parse, Rank::code);
    code(m, Departure.class, Departure::parse, Departure::code);
    code(m, WarningType.class, WarningType::parse, WarningType::code);
    code(m, Regime.class, Regime::parse, Regime::code);
    code(m, Standard.class, Standard::parse, Standard::code);
    code(m, Category.class, Category::parse, Category::code);
    code(m, Severity.class, Severity::parse, Severity::code);
    code(m, Forum.class, Forum::parse, Forum::code);
    code(m, Outcome.class, Outcome::parse, Outcome::code);
    code(m, Finding.class, Finding::parse, Finding::code);
    code(m, EventType.class, EventType::parse, EventType::code);
    code(m, CaseType.class, CaseType::parse, CaseType::code);
    code(m, ActionTaken.class, ActionTaken::parse, ActionTaken::code);
    code(m, AgeBand.class, AgeBand::parse, AgeBand::code);
    code(m, Ethnicity.class, Ethnicity::parse, Ethnicity::code);
    code(m, Gender.class, Gender::parse, Gender::code);
    m.addDeserializer(LocalDate.class, new Mappers.StrictLocalDate());
    return m;
  }

  // ---- the objects of a case ------------------------------------------------------------------------------

  record CaseObject(
      @JsonProperty("id") String id,
      @JsonProperty("force") String force,
      @JsonProperty("case_type") CaseType caseType,
      @JsonProperty("subject") Subject subject,
      @JsonProperty("record") DisciplinaryRecord record,
      @JsonProperty("allegations") List<Allegation> allegations,
      @JsonProperty("condition_c_determination") Boolean conditionCDetermination,
      @JsonProperty("proceedings") Proceedings proceedings,
      @JsonProperty("events") List<CaseEvent> events) {

    static CaseObject of(ConductCase c) {
      return new CaseObject(c.id(), c.force().orElse(null), c.caseType().orElse(null), c.subject(), c.record(),
          c.allegations(),
          c.conditionCDetermination(), c.proceedings().orElse(null), c.events().isEmpty() ? null : c.events());
    }

    ConductCase toCore() {
      Problems.MissingKeys.check("id", id, "subject", subject);
      var b = ConductCase.builder().id(id).subject(subject);
      if (force != null) {
        b.force(force);
      }
      if (caseType != null) {
        b.caseType(caseType);
      }
      if (record != null) {
        b.record(record);
      }
      if (allegations != null) {
        b.addAllAllegations(allegations);
      }
      if (conditionCDetermination != null) {
        b.conditionCDetermination(conditionCDetermination);
      }
      if (proceedings != null) {
        b.proceedings(proceedings);
      }
      if (events != null) {
        b.addAllEvents(events);
      }
      return b.build();
    }
  }

  record EventObject(
      @JsonProperty("type") EventType type,
      @JsonProperty("date") LocalDate date,
      @JsonProperty("allegation") String allegation) {

    static EventObject of(CaseEvent e) {
      return new EventObject(e.type(), e.date(), e.allegation().orElse(null));
    }

    CaseEvent toCore() {
      Problems.MissingKeys.check("type", type, "date", date);
      var b = CaseEvent.builder().type(type).date(date);
      if (allegation != null) {
        b.allegation(allegation);
      }
      return b.build();
    }
  }

  record SubjectObject(
      @JsonProperty("id") String id,
      @JsonProperty("role") Role role,
      @JsonProperty("rank") Rank rank,
      @JsonProperty("student_officer") Boolean studentOfficer,
      @JsonProperty("joined") LocalDate joined,
      @JsonProperty("left") ServiceEnd left,
      @JsonProperty("age_band") AgeBand ageBand,
      @JsonProperty("ethnicity") Ethnicity ethnicity,
      @JsonProperty("gender") Gender gender) {

    static SubjectObject of(Subject s) {
      return new SubjectObject(s.id().orElse(null), s.role(), s.rank().orElse(null), s.studentOfficer(),
          s.joined().orElse(null), s.left().orElse(null), s.ageBand().orElse(null), s.ethnicity().orElse(null),
          s.gender().orElse(null));
    }

    Subject toCore() {
      Problems.MissingKeys.check("role", role);
      var b = Subject.builder().role(role);
      if (id != null) {
        b.id(id);
      }
      if (rank != null) {
        b.rank(rank);
      }
      if (studentOfficer != null) {
        b.studentOfficer(studentOfficer);
      }
      if (joined != null) {
        b.joined(joined);
      }
      if (left != null) {
        b.left(left);
      }
      if (ageBand != null) {
        b.ageBand(ageBand);
      }
      if (ethnicity != null) {
        b.ethnicity(ethnicity);
      }
      if (gender != null) {
        b.gender(gender);
      }
      return b.build();
    }
  }

  record ServiceEndObject(
      @JsonProperty("date") LocalDate date,
      @JsonProperty("reason") Departure reason) {

    static ServiceEndObject of(ServiceEnd e) {
      return new ServiceEndObject(e.date(), e.reason());
    }

    ServiceEnd toCore() {
      Problems.MissingKeys.check("date", date, "reason", reason);
      return ServiceEnd.of(date, reason);
    }
  }

  record RecordObject(
      @JsonProperty("warnings") List<Warning> warnings,
      @JsonProperty("reduced_in_rank") Boolean reducedInRank) {

    static RecordObject of(DisciplinaryRecord r) {
      return new RecordObject(r.warnings(), r.reducedInRank());
    }

    DisciplinaryRecord toCore() {
      var b = DisciplinaryRecord.builder();
      if (warnings != null) {
        b.addAllWarnings(warnings);
      }
      if (reducedInRank != null) {
        b.reducedInRank(reducedInRank);
      }
      return b.build();
    }
  }

  record WarningObject(
      @JsonProperty("type") WarningType type,
      @JsonProperty("notified") LocalDate notified,
      @JsonProperty("months") Integer months,
      @JsonProperty("regime") Regime regime) {

    static WarningObject of(Warning w) {
      return new WarningObject(w.type(), w.notified(), w.months().orElse(null), w.regime().orElse(null));
    }

    Warning toCore() {
      Problems.MissingKeys.check("type", type, "notified", notified);
      var b = Warning.builder().type(type).notified(notified);
      if (months != null) {
        b.months(months);
      }
      if (regime != null) {
        b.regime(regime);
      }
      return b.build();
    }
  }

  record AllegationObject(
      @JsonProperty("id") String id,
      @JsonProperty("summary") String summary,
      @JsonProperty("standards") List<Standard> standards,
      @JsonProperty("categories") List<Category> categories,
      @JsonProperty("conduct_date") LocalDate conductDate,
      @JsonProperty("came_to_attention") LocalDate cameToAttention,
      @JsonProperty("connected_to_earlier_allegation") Boolean connectedToEarlierAllegation,
      @JsonProperty("severity") SeverityAssessment severity,
      @JsonProperty("case_to_answer") Boolean caseToAnswer,
      @JsonProperty("action_taken") ActionTaken actionTaken) {

    static AllegationObject of(Allegation a) {
      return new AllegationObject(a.id(), a.summary().orElse(null), List.copyOf(a.standards()),
          List.copyOf(a.categories()), a.conductDate().orElse(null), a.cameToAttention(),
          a.connectedToEarlierAllegation(), a.severity().orElse(null), a.caseToAnswer().orElse(null),
          a.actionTaken().orElse(null));
    }

    Allegation toCore() {
      Problems.MissingKeys.check("id", id, "came_to_attention", cameToAttention);
      var b = Allegation.builder().id(id).cameToAttention(cameToAttention);
      if (summary != null) {
        b.summary(summary);
      }
      if (standards != null) {
        b.addAllStandards(standards);
      }
      if (categories != null) {
        b.addAllCategories(categories);
      }
      if (conductDate != null) {
        b.conductDate(conductDate);
      }
      if (connectedToEarlierAllegation != null) {
        b.connectedToEarlierAllegation(connectedToEarlierAllegation);
      }
      if (severity != null) {
        b.severity(severity);
      }
      if (caseToAnswer != null) {
        b.caseToAnswer(caseToAnswer);
      }
      if (actionTaken != null) {
        b.actionTaken(actionTaken);
      }
      return b.build();
    }
  }

  record SeverityObject(
      @JsonProperty("level") Severity level,
      @JsonProperty("assessed") LocalDate assessed) {

    static SeverityObject of(SeverityAssessment s) {
      return new SeverityObject(s.level(), s.assessed().orElse(null));
    }

    SeverityAssessment toCore() {
      Problems.MissingKeys.check("level", level);
      return assessed == null ? SeverityAssessment.of(level) : SeverityAssessment.of(level, assessed);
    }
  }

  record ProceedingsObject(
      @JsonProperty("forum") Forum forum,
      @JsonProperty("date") LocalDate date,
      @JsonProperty("findings") List<AllegationFinding> findings,
      @JsonProperty("unconnected_incidents") Boolean unconnectedIncidents,
      @JsonProperty("outcome") Outcome outcome,
      @JsonProperty("final_written_warning_months") Integer finalWrittenWarningMonths) {

    static ProceedingsObject of(Proceedings p) {
      return new ProceedingsObject(p.forum(), p.date().orElse(null), p.findings(), p.unconnectedIncidents(),
          p.outcome().orElse(null), p.finalWrittenWarningMonths().orElse(null));
    }

    Proceedings toCore() {
      Problems.MissingKeys.check("forum", forum);
      var b = Proceedings.builder().forum(forum);
      if (date != null) {
        b.date(date);
      }
      if (findings != null) {
        b.addAllFindings(findings);
      }
      if (unconnectedIncidents != null) {
        b.unconnectedIncidents(unconnectedIncidents);
      }
      if (outcome != null) {
        b.outcome(outcome);
      }
      if (finalWrittenWarningMonths != null) {
        b.finalWrittenWarningMonths(finalWrittenWarningMonths);
      }
      return b.build();
    }
  }

  record FindingObject(
      @JsonProperty("allegation") String allegation,
      @JsonProperty("finding") Finding finding) {

    static FindingObject of(AllegationFinding f) {
      return new FindingObject(f.allegation(), f.finding());
    }

    AllegationFinding toCore() {
      Problems.MissingKeys.check("allegation", allegation, "finding", finding);
      return AllegationFinding.of(allegation, finding);
    }
  }

  /** The keys of the object {@code type} (one of the records here) stands for, in the order they are written. */
  static List<String> keys(Class<?> type) {
    List<String> keys = new ArrayList<>();
    if (type != null && type.isRecord()) {
      for (var component : type.getRecordComponents()) {
        JsonProperty p = component.getAccessor().getAnnotation(JsonProperty.class);
        keys.add(p == null ? component.getName() : p.value());
      }
    }
    return keys;
  }

  // ---- binding ----------------------------------------------------------------------------------------------

  /** Binds {@code type} through its record {@code wire}: {@code out} to write, {@code in} to read. */
  private static <T, W> void object(SimpleModule m, Class<T> type, Class<W> wire, Function<T, W> out,
      Function<W, T> in) {
    m.addSerializer(type, new StdDelegatingSerializer(type, new Convert<>(type, wire, out)));
    m.addDeserializer(type, new Reading<>(new Convert<>(wire, type, in)));
  }

  private static <E extends Enum<E>> void code(SimpleModule m, Class<E> type, Function<String, E> parse,
      Function<E, String> code) {
    m.addSerializer(type, new CodeWriter<>(type, code));
    m.addDeserializer(type, new CodeReader<>(type, parse));
  }

  /** A conversion from {@code from} to {@code to}, typed for databind. */
  private static final class Convert<F, T> implements Converter<F, T> {
    private final Class<F> from;
    private final Class<T> to;
    private final Function<F, T> f;

    Convert(Class<F> from, Class<T> to, Function<F, T> f) {
      this.from = from;
      this.to = to;
      this.f = f;
    }

    @Override
    public T convert(F value) {
      return f.apply(value);
    }

    @Override
    public JavaType getInputType(TypeFactory typeFactory) {
      return typeFactory.constructType(from);
    }

    @Override
    public JavaType getOutputType(TypeFactory typeFactory) {
      return typeFactory.constructType(to);
    }
  }

  /**
   * Reads the record, then builds the core value from it. A fact the core rejects (an invariant, a missing key)
   * becomes a {@link Problems.Rejected} at the parser's place (the end of the object), to which databind adds
   * the path as it unwinds.
   */
  private static final class Reading<T> extends StdDelegatingDeserializer<T> {
    private static final long serialVersionUID = 1L;

    Reading(Converter<?, T> converter) {
      super(converter);
    }

    private Reading(Converter<Object, T> converter, JavaType delegateType, JsonDeserializer<?> delegate) {
      super(converter, delegateType, delegate);
    }

    @Override
    protected StdDelegatingDeserializer<T> withDelegate(Converter<Object, T> converter, JavaType delegateType,
        JsonDeserializer<?> delegate) {
      return new Reading<>(converter, delegateType, delegate);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object wire = _delegateDeserializer.deserialize(p, ctxt);
      if (wire == null) {
        return null;
      }
      try {
        return _converter.convert(wire);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new Problems.Rejected(p, e);
      }
    }
  }

  /**
   * Every string of a case: as databind reads it, but refused when it holds a lone surrogate ({@code "\\ud800"}
   * without its pair), which JSON's escapes can write but which is no character: written out it would become
   * {@code ?}, and two different ids would be the same.
   */
  private static final class TextReader extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    TextReader() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(p, ctxt);
      int at = text == null ? -1 : loneSurrogate(text);
      if (at >= 0) {
        String why = String.format(java.util.Locale.ROOT, "not valid Unicode: a lone surrogate \\u%04x at character %d"
            + " (a character outside the Basic Multilingual Plane is written as a pair of escapes, e.g."
            + " \\ud83d\\ude00)", (int) text.charAt(at), text.codePointCount(0, at) + 1);
        InvalidFormatException e = new InvalidFormatException(p, why, text, String.class);
        e.initCause(new IllegalArgumentException(why));
        throw e;
      }
      return text;
    }
  }

  /** The index of the first surrogate in {@code s} that is not half of a pair, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** A vocabulary code: a JSON string, read with the vocabulary's {@code parse}. */
  private static final class CodeReader<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;

    private final transient Function<String, E> parse;

    CodeReader(Class<E> type, Function<String, E> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        @SuppressWarnings("unchecked")
        E never = (E) ctxt.handleUnexpectedToken(handledType(), p);
        return never;
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        // The vocabulary's own message names the value and the codes it accepts.
        InvalidFormatException bad = InvalidFormatException.from(p, e.getMessage(), text, handledType());
        bad.initCause(e);
        throw bad;
      }
    }
  }

  /** A vocabulary code written as its canonical {@code code()}. */
  private static final class CodeWriter<E extends Enum<E>> extends StdScalarSerializer<E> {
    private static final long serialVersionUID = 1L;

    private final transient Function<E, String> code;

    CodeWriter(Class<E> type, Function<E, String> code) {
      super(type);
      this.code = code;
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(code.apply(value));
    }
  }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.Citation;

/**
 * A document written from a case and its decision ({@link Documents}): an outcome notice, or a report for the Police
 * Barred or Advisory List. Its fields are in the order of the provision that prescribes them, each with the provision
 * it answers and where its value comes from: the case and decision ({@link Source#DERIVED}), nowhere because the
 * library never holds it ({@link Source#BLANK}: a name, a date of birth, a warrant number, the narrative of the
 * conduct, left for the force's system to fill in), nowhere because the case does not record it
 * ({@link Source#NOT_RECORDED}), or practice rather than the text of law ({@link Source#PRACTICE}).
 *
 * <p>Only {@link Documents} makes a {@code Document}. Immutable and thread-safe; two documents are equal when all
 * their parts are equal.
 *
 * @since 0.2.0
 */
public final class Document {
  private final DocumentKind kind;
  private final String caseId;
  private final LocalDate asAt;
  private final String title;
  private final List<Field> fields;
  private final List<String> notes;

  Document(DocumentKind kind, String caseId, LocalDate asAt, String title, List<Field> fields, List<String> notes) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.asAt = Objects.requireNonNull(asAt, "asAt");
    this.title = Objects.requireNonNull(title, "title");
    this.fields = ImmutableList.copyOf(fields);
    this.notes = ImmutableList.copyOf(notes);
    Set<String> keys = new LinkedHashSet<>();
    for (Field f : this.fields) {
      if (!keys.add(f.key())) {
        throw new IllegalArgumentException("fields: the key '" + f.key() + "' is given twice");
      }
    }
  }

  /**
   * What kind of document this is.
   *
   * @since 0.2.0
   */
  public DocumentKind kind() {
    return kind;
  }

  /**
   * The id of the case it was written from.
   *
   * @since 0.2.0
   */
  public String caseId() {
    return caseId;
  }

  /**
   * The day the case was decided as at.
   *
   * @since 0.2.0
   */
  public LocalDate asAt() {
    return asAt;
  }

  /**
   * The title, e.g. "Barred List report: case STAFFS-2025-001".
   *
   * @since 0.2.0
   */
  public String title() {
    return title;
  }

  /**
   * The fields, in the order of the provision that prescribes them.
   *
   * @since 0.2.0
   */
  public List<Field> fields() {
    return fields;
  }

  /**
   * The field with {@code key}, if the document has it.
   *
   * @param key the field's key, e.g. {@code police_force}
   * @return the field
   * @since 0.2.0
   */
  public Optional<Field> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /**
   * Sentences a reader must see with the document: what the library could not read of the provision, and what rests
   * on practice.
   *
   * @since 0.2.0
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * The rules the document rests on, each once, in the order its fields first cite them.
   *
   * @since 0.2.0
   */
  public List<Rule> rules() {
    return fields.stream().map(Field::rule).distinct().toList();
  }

  /**
   * The provisions the document's fields answer, each once, in the order of the fields.
   *
   * @since 0.2.0
   */
  public List<Citation> citations() {
    List<Citation> out = new ArrayList<>();
    for (Field f : fields) {
      if (!out.contains(f.provision())) {
        out.add(f.provision());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code o} is a {@code Document} with equal parts.
   *
   * @since 0.2.0
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Document d && kind == d.kind && caseId.equals(d.caseId) && asAt.equals(d.asAt)
        && title.equals(d.title) && fields.equals(d.fields) && notes.equals(d.notes);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @since 0.2.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, caseId, asAt, title, fields, notes);
  }

  /**
   * The document as Markdown ({@link io.github.policeconduct.rules.render.DocumentText#markdown(Document)}).
   *
   * @since 0.2.0
   */
  @Override
  public String toString() {
    return io.github.policeconduct.rules.render.DocumentText.markdown(this);
  }

  /**
   * Where a field's value comes from.
   *
   * @since 0.2.0
   */
  public enum Source {
    /** Derived from the case and its decision. */
    DERIVED,
    /**
     * Personal data the library never holds (a name, a date of birth, an identifying number, the narrative of the
     * conduct): left as a marked blank for the force's system to fill in.
     */
    BLANK,
    /** A fact the case could record but does not. */
    NOT_RECORDED,
    /** A value that rests on practice, not on the text of law. */
    PRACTICE;

    private final String code = name().toLowerCase(Locale.ROOT);

    /**
     * The lower snake_case code, e.g. {@code not_recorded}.
     *
     * @since 0.2.0
     */
    public String code() {
      return code;
    }
  }

  /**
   * One field of a document.
   *
   * @param key a stable key in lower snake_case, e.g. {@code police_force} (the key of the rulebook's item where the
   *     provision lists one)
   * @param label a plain-English label
   * @param value the value; empty for a {@link Source#BLANK} or {@link Source#NOT_RECORDED} field, and for a
   *     {@link Source#PRACTICE} field that cannot be counted
   * @param source where the value comes from
   * @param provision the provision the field answers, e.g. SI 2017/1135 reg 3(2)(b), from a row of the rulebook
   * @param rule the row of the rulebook it comes from
   * @param note a sentence for the reader about the value, if there is one
   * @since 0.2.0
   */
  public record Field(String key, String label, Optional<String> value, Source source, Citation provision, Rule rule,
      Optional<String> note) {
    /**
     * Checks the components: a derived field has a value, a blank or not-recorded field has none.
     *
     * @since 0.2.0
     */
    public Field {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(provision, "provision");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(note, "note");
      if (source == Source.DERIVED && value.isEmpty()) {
        throw new IllegalArgumentException("value: a derived field '" + key + "' needs a value");
      }
      if ((source == Source.BLANK || source == Source.NOT_RECORDED) && value.isPresent()) {
        throw new IllegalArgumentException("value: a " + source.code() + " field '" + key + "' has no value, but was given '"
            + value.get() + "'");
      }
    }
  }
}

package io.github.policeconduct.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policeconduct.rules.Document;
import io.github.policeconduct.rules.Rule;

/**
 * Writes a {@link Document} (an outcome notice, a Barred or Advisory List report) in the published JSON document
 * format ({@code docs/contract.md}, "Documents"; {@code document.schema.json}), with Jackson's {@link JsonGenerator}:
 * one object, compact, with the keys {@code document, case, as_at, title, fields, notes, rules} in that order. Each
 * field has {@code key, label, value, source, provision, rule, note}; an absent value or note is {@code null}.
 *
 * <p>Thread-safe: stateless.
 *
 * @since 0.2.0
 */
public final class DocumentJson {
  private DocumentJson() {}

  /**
   * Writes {@code document} as one JSON object into {@code generator} (neither flushed nor closed).
   *
   * @param document the document
   * @param generator where to write it
   * @throws IOException if the generator cannot write
   * @since 0.2.0
   */
  public static void write(Document document, JsonGenerator generator) throws IOException {
    Objects.requireNonNull(document, "document");
    JsonGenerator g = Objects.requireNonNull(generator, "generator");
    g.writeStartObject();
    g.writeStringField("document", document.kind().code());
    g.writeStringField("case", document.caseId());
    g.writeStringField("as_at", document.asAt().toString());
    g.writeStringField("title", document.title());
    g.writeArrayFieldStart("fields");
    for (Document.Field f : document.fields()) {
      g.writeStartObject();
      g.writeStringField("key", f.key());
      g.writeStringField("label", f.label());
      g.writeFieldName("value");
      if (f.value().isPresent()) {
        g.writeString(f.value().get());
      } else {
        g.writeNull();
      }
      g.writeStringField("source", f.source().code());
      g.writeStringField("provision", f.provision().toString());
      g.writeStringField("rule", f.rule().id());
      g.writeFieldName("note");
      if (f.note().isPresent()) {
        g.writeString(f.note().get());
      } else {
        g.writeNull();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (String n : document.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rules");
    for (Rule r : document.rules()) {
      g.writeString(r.id());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The document as one line of JSON, without a line terminator.
   *
   * @param document the document
   * @return a complete JSON object on one line
   * @since 0.2.0
   */
  public static String line(Document document) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = DecisionJson.FACTORY.createGenerator(out)) {
      write(document, g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a document to memory", e);
    }
    return out.toString();
  }
}

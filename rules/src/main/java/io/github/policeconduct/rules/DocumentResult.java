package io.github.policeconduct.rules;

import java.util.Objects;
import java.util.Optional;

import io.github.policeconduct.core.Citation;

/**
 * The answer to "write this document for this case": the {@link Document}, or why none is written, with the
 * citation; and the {@link Decision} it was written from. Never both, never neither.
 *
 * <p>Only {@link Documents} makes one. Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class DocumentResult {
  private final DocumentKind kind;
  private final Decision decision;
  private final Optional<Document> document;
  private final Optional<WhyNot> whyNot;

  private DocumentResult(DocumentKind kind, Decision decision, Optional<Document> document, Optional<WhyNot> whyNot) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.decision = Objects.requireNonNull(decision, "decision");
    this.document = document;
    this.whyNot = whyNot;
  }

  static DocumentResult of(Document document, Decision decision) {
    return new DocumentResult(document.kind(), decision, Optional.of(document), Optional.empty());
  }

  static DocumentResult none(DocumentKind kind, Decision decision, WhyNot why) {
    return new DocumentResult(kind, decision, Optional.empty(), Optional.of(why));
  }

  /**
   * The kind of document asked for.
   *
   * @since 0.2.0
   */
  public DocumentKind kind() {
    return kind;
  }

  /**
   * The decision the document was (or would have been) written from.
   *
   * @since 0.2.0
   */
  public Decision decision() {
    return decision;
  }

  /**
   * The document, when one is written.
   *
   * @since 0.2.0
   */
  public Optional<Document> document() {
    return document;
  }

  /**
   * Why no document is written, when none is.
   *
   * @since 0.2.0
   */
  public Optional<WhyNot> whyNot() {
    return whyNot;
  }

  /**
   * Whether a document is written.
   *
   * @since 0.2.0
   */
  public boolean isWritten() {
    return document.isPresent();
  }

  /**
   * The document.
   *
   * @return the document
   * @throws IllegalStateException saying why, when none is written
   * @since 0.2.0
   */
  public Document orElseThrow() {
    return document.orElseThrow(() -> new IllegalStateException(whyNot.get().because()));
  }

  /**
   * Whether {@code o} is a {@code DocumentResult} with equal parts.
   *
   * @since 0.2.0
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentResult r && kind == r.kind && decision.equals(r.decision) && document.equals(r.document)
        && whyNot.equals(r.whyNot);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @since 0.2.0
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, decision, document, whyNot);
  }

  /**
   * The document's title, or why there is none.
   *
   * @since 0.2.0
   */
  @Override
  public String toString() {
    return document.map(Document::title).orElseGet(() -> kind.title() + ": none for case " + decision.caseId() + ": "
        + whyNot.get().because());
  }

  /**
   * Why a document is not written.
   *
   * @param reason whether the law requires none or the library does not write it
   * @param because a plain-English sentence
   * @param rule the row of the rulebook the answer rests on
   * @param citation that row's provision
   * @since 0.2.0
   */
  public record WhyNot(Reason reason, String because, Rule rule, Citation citation) {
    /**
     * Checks the components.
     *
     * @since 0.2.0
     */
    public WhyNot {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(because, "because");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /**
   * Why no document: the law requires none, or the library does not write it.
   *
   * @since 0.2.0
   */
  public enum Reason {
    /** The decision does not call for the document (no Barred List report without a dismissal, ...). */
    NOT_REQUIRED,
    /**
     * The library does not write this document for the case (an outcome notice under the 2008 or 2012 Regulations,
     * contents of a provision that were not read); the law may still require one.
     */
    NOT_MODELLED;

    /**
     * The lower snake_case code, e.g. {@code not_required}.
     *
     * @since 0.2.0
     */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableMap;
import io.github.policeconduct.core.Citation;

/**
 * One step of an {@link Explanation}: the rule considered, its citation, the facts it read, whether it
 * applied, and a plain-English sentence saying why.
 *
 * <p>The rules record each step's facts as they read them; the sentence is the template of the step's rule (and
 * variant) in one file of sentences, filled from those facts alone, and is rendered when first asked for (most
 * callers of the bare queries never ask), then kept.
 *
 * <p>Immutable and thread-safe: the rendered text is cached without locking, as {@link String#hashCode()}
 * caches its hash; two threads reading a step at once may each render it, and get equal text.
 *
 * @since 0.1.0
 */
public final class Step {
  private final Rule rule;
  private final Citation citation;
  private final boolean applied;
  /** The variant of the step's sentence (see {@link Trace#key}); null for a step built with its sentence. */
  private final String variant;
  /** The date the rule's in-force window was tested against; null when the question had none. */
  private final LocalDate on;
  /** The facts (a rendered {@code Map}), or until rendered the names and values as read; never null. */
  private final Object factsSource;
  /** Cache of {@link #because()}: a complete immutable string or null. */
  private String because;
  /** Cache of {@link #facts()}: an immutable map (final fields only) or null. */
  private Map<String, String> facts;

  /**
   * A step with the given components.
   *
   * @param rule the rule considered
   * @param citation the provision it rests on (usually {@code rule.citation()})
   * @param facts the facts read, by name, in the order read; copied
   * @param applied true when the rule applied; false when it was considered and did not apply
   * @param because a plain-English sentence
   * @throws NullPointerException if any argument is null
   * @since 0.1.0
   */
  public Step(Rule rule, Citation citation, Map<String, String> facts, boolean applied, String because) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.citation = Objects.requireNonNull(citation, "citation");
    Map<String, String> copy = facts instanceof FactMap ? facts : ImmutableMap.copyOf(facts); // FactMap: immutable
    this.facts = copy;
    this.factsSource = copy;
    this.because = Objects.requireNonNull(because, "because");
    this.variant = null;
    this.on = null;
    this.applied = applied;
  }

  /**
   * A step whose facts and sentence are rendered when first read: {@code facts} the names and values as read
   * ({@link Trace#facts}), the sentence the template of {@code rule} and {@code variant} in {@link Sentences}.
   */
  Step(Rule rule, Citation citation, Object[] facts, boolean applied, String variant, LocalDate on) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.factsSource = Objects.requireNonNull(facts, "facts");
    this.variant = Objects.requireNonNull(variant, "variant");
    this.on = on;
    this.applied = applied;
  }

  /**
   * The date the rule was applied on: the date its in-force window was tested against (the date an allegation came
   * to attention, a hearing's date, the day the subject left, or the day the question was asked). Empty for a step
   * of a question without a date, such as the bare outcome query.
   *
   * @since 0.2.0
   */
  public Optional<LocalDate> on() {
    return Optional.ofNullable(on);
  }

  /** The key of the step's sentence in {@link Sentences}, if it was written from one. */
  Optional<String> sentenceKey() {
    return variant == null ? Optional.empty() : Optional.of(Trace.key(rule, applied, variant));
  }

  /**
   * The rule considered.
   *
   * @since 0.1.0
   */
  public Rule rule() {
    return rule;
  }

  /**
   * The provision the step rests on (usually {@code rule().citation()}, or the counterpart provision of the
   * regulations that govern the case).
   *
   * @since 0.1.0
   */
  public Citation citation() {
    return citation;
  }

  /**
   * The facts read, by name, in the order read; immutable.
   *
   * @since 0.1.0
   */
  public Map<String, String> facts() {
    Map<String, String> f = facts;
    if (f == null) {
      f = Trace.render((Object[]) factsSource); // only steps recorded by a trace are rendered lazily
      facts = f;
    }
    return f;
  }

  /**
   * True when the rule applied; false when it was considered and did not apply.
   *
   * @since 0.1.0
   */
  public boolean applied() {
    return applied;
  }

  /**
   * A plain-English sentence saying why.
   *
   * @since 0.1.0
   */
  public String because() {
    String b = because;
    if (b == null) {
      b = Sentences.step(rule, applied, variant, facts());
      because = b;
    }
    return b;
  }

  /**
   * The rule's stable id, e.g. {@code sanctions.hearing.gross}.
   *
   * @since 0.1.0
   */
  public String ruleId() {
    return rule.id();
  }

  /** Equal when every component is equal (the text compared as rendered). */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Step)) {
      return false;
    }
    Step s = (Step) o;
    return rule == s.rule && applied == s.applied && citation.equals(s.citation) && facts().equals(s.facts())
        && because().equals(s.because());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, citation, facts(), applied, because());
  }

  @Override
  public String toString() {
    return (applied ? "" : "(not applicable) ") + because() + " [" + citation + "]";
  }
}

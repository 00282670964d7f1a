package io.github.policeconduct.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.policeconduct.core.ActionTaken;
import io.github.policeconduct.core.AgeBand;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.CaseType;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Ethnicity;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Gender;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Standard;

/**
 * What a table breaks counts down by. Each value is written as its lower snake_case code (for years, as
 * {@code 2014/15}); a unit that lacks the field counts under {@value Table#NOT_KNOWN}.
 *
 * <p>Two dimensions are <em>multi-valued</em>: an allegation naming two standards (or two categories) is
 * counted under both, as the Home Office breach-type tables do, so their rows can add up to more than the
 * total. The others give each unit exactly one value (possibly {@code not_known}), so their rows add up
 * to the total.
 *
 * <p>For the allegations unit, {@link #FINDING} is the finding on that allegation; for cases and
 * individuals it is the most serious finding made in the case. Every other case-level field (forum,
 * outcome, rank, role, year) gives each allegation the value of its case. An individual with several cases
 * takes the single-valued fields from their most serious case (most severe outcome, then most serious
 * finding, then the first read), and the union of the multi-valued ones.
 *
 * <p>The case type, case to answer, action taken, appeal result, suspension and finalised year are the facts the
 * Home Office returns count (since 0.2.0).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Dimension {
  /** The Standards of Professional Behaviour an allegation names (multi-valued). */
  STANDARD(true, codes(Standard.values(), Standard::code)),
  /** The categories of an allegation (multi-valued); an allegation with none counts as not known. */
  CATEGORY(true, codes(Category.values(), Category::code)),
  /** The forum of the proceedings; not known when there were none. */
  FORUM(false, codes(Forum.values(), Forum::code)),
  /** The finding (see the class comment for how cases and individuals are counted). */
  FINDING(false, codes(Finding.values(), Finding::code)),
  /** The outcome of the proceedings; not known when none was given. */
  OUTCOME(false, codes(Outcome.values(), Outcome::code)),
  /** The subject's rank; not known for subjects without one (PCSOs and staff). */
  RANK(false, codes(Rank.values(), Rank::code)),
  /** The subject's role. */
  ROLE(false, codes(Role.values(), Role::code)),
  /** The financial year of the proceedings date, e.g. {@code 2014/15}; only years seen are listed. */
  YEAR(false, ImmutableList.of()),
  /**
   * How the case came to be dealt with ({@code case_type}); not known when not recorded.
   *
   * @since 0.2.0
   */
  CASE_TYPE(false, codes(CaseType.values(), CaseType::code)),
  /**
   * The decision on case to answer: per allegation as recorded; for a case, {@code case_to_answer} when any
   * allegation has one, {@code no_case_to_answer} when every allegation is recorded as having none, else not known.
   *
   * @since 0.2.0
   */
  CASE_TO_ANSWER(false, ImmutableList.of("case_to_answer", "no_case_to_answer")),
  /**
   * What was done with an allegation after the decision on case to answer; an allegation without one, or recorded
   * {@code not_known}, counts as not known. For a case, the first of its allegations' actions in this order
   * (referred to misconduct proceedings, to reflective practice review, no action required, other), else not known.
   *
   * @since 0.2.0
   */
  ACTION_TAKEN(false, codes(ActionTaken.values(), ActionTaken::code).stream().filter(c -> !c.equals(Table.NOT_KNOWN))
      .collect(ImmutableList.toImmutableList())),
  /**
   * The result of an appeal to a Police Appeals Tribunal, from the case's events: {@code no_appeal},
   * {@code appeal_pending} (lodged, no result recorded), {@code allowed}, {@code dismissed}, {@code withdrawn}.
   *
   * @since 0.2.0
   */
  APPEAL_RESULT(false, ImmutableList.of("no_appeal", "appeal_pending", "allowed", "dismissed", "withdrawn")),
  /**
   * Whether the case records a suspension ({@code suspended} events): {@code suspended} or {@code not_suspended}.
   *
   * @since 0.2.0
   */
  SUSPENDED(false, ImmutableList.of("suspended", "not_suspended")),
  /**
   * The financial year the case was finalised in (its {@code case_finalised} event), e.g. {@code 2024/25}; not known
   * for a case not finalised. Only years seen are listed.
   *
   * @since 0.2.0
   */
  FINALISED_YEAR(false, ImmutableList.of()),
  /**
   * The subject's age band (a protected characteristic: {@link #isProtectedCharacteristic()}); not known when not
   * recorded.
   *
   * @since 0.2.0
   */
  AGE_BAND(false, codes(AgeBand.values(), AgeBand::code)),
  /**
   * The subject's ethnic group (a protected characteristic); not known when not recorded.
   *
   * @since 0.2.0
   */
  ETHNICITY(false, codes(Ethnicity.values(), Ethnicity::code)),
  /**
   * The subject's gender (a protected characteristic); not known when not recorded.
   *
   * @since 0.2.0
   */
  GENDER(false, codes(Gender.values(), Gender::code));

  private final boolean multiValued;
  private final ImmutableList<String> vocabulary;

  /** The values of {@link #CASE_TO_ANSWER}. */
  static final String CASE_TO_ANSWER_YES = "case_to_answer";
  static final String CASE_TO_ANSWER_NO = "no_case_to_answer";

  Dimension(boolean multiValued, ImmutableList<String> vocabulary) {
    this.multiValued = multiValued;
    this.vocabulary = vocabulary;
  }

  private static <E> ImmutableList<String> codes(E[] values, Function<E, String> code) {
    return Arrays.stream(values).map(code).collect(ImmutableList.toImmutableList());
  }

  /**
   * The lower snake_case code, e.g. {@code standard}.
   *
   * @return the code
   * @since 0.1.0
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether one unit can count under several values (standards and categories).
   *
   * @return true for {@link #STANDARD} and {@link #CATEGORY}
   * @since 0.1.0
   */
  public boolean isMultiValued() {
    return multiValued;
  }

  /**
   * Whether this dimension counts a protected characteristic (age band, ethnicity, gender): a tool should count by
   * it only when asked to in so many words ({@code conduct report --protected-characteristics}).
   *
   * @return true for {@link #AGE_BAND}, {@link #ETHNICITY} and {@link #GENDER}
   * @since 0.2.0
   */
  public boolean isProtectedCharacteristic() {
    return this == AGE_BAND || this == ETHNICITY || this == GENDER;
  }

  /**
   * Whether the values form a closed vocabulary, every value of which is listed (with 0 when never seen).
   *
   * @return false only for {@link #YEAR} and {@link #FINALISED_YEAR}
   * @since 0.1.0
   */
  public boolean isClosed() {
    return this != YEAR && this != FINALISED_YEAR;
  }

  /**
   * Every value of a closed vocabulary, as codes in vocabulary order; empty for {@link #YEAR}.
   *
   * @return the codes
   * @since 0.1.0
   */
  public List<String> vocabulary() {
    return vocabulary;
  }

  /**
   * A human label for a value of this dimension, e.g. "Authority, Respect and Courtesy".
   *
   * @param value a code of this dimension, {@value Table#NOT_KNOWN} or {@value Table#TOTAL}
   * @return the label
   * @since 0.1.0
   */
  public String label(String value) {
    if (this == STANDARD && vocabulary.contains(value)) {
      return Standard.parse(value).heading();
    }
    return capitalise(value); // a financial year such as 2014/15 has no underscore and starts with a digit
  }

  private static String capitalise(String code) {
    String s = code.replace('_', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Reads a dimension from its code, ignoring case and surrounding space.
   *
   * @param text e.g. {@code "standard"}, or with hyphens as on a command line, {@code "case-type"}
   * @return the dimension
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Dimension parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Dimension d : values()) {
      if (d.code().equals(t) || (d.code() + "s").equals(t)) {
        return d;
      }
    }
    throw new IllegalArgumentException("dimension: unknown value '" + text
        + "' (accepted: " + java.util.Arrays.stream(values()).map(Dimension::code)
            .collect(java.util.stream.Collectors.joining(", ")) + ")");
  }

  @Override
  public String toString() {
    return code();
  }

  /** The values of a case, for the cases and individuals units. */
  ImmutableSet<String> ofCase(ConductCase c) {
    switch (this) {
      case STANDARD:
        return c.allegations().stream().flatMap(a -> a.standards().stream()).map(Standard::code)
            .sorted(vocabularyOrder()).collect(ImmutableSet.toImmutableSet());
      case CATEGORY: {
        ImmutableSet<String> s = c.allegations().stream().flatMap(a -> a.categories().stream()).map(Category::code)
            .sorted(vocabularyOrder()).collect(ImmutableSet.toImmutableSet());
        return s.isEmpty() ? ImmutableSet.of(Table.NOT_KNOWN) : s;
      }
      case FINDING:
        return one(c.proceedings().flatMap(Proceedings::mostSeriousFinding).map(Finding::code));
      case CASE_TO_ANSWER:
        if (c.allegations().stream().anyMatch(a -> a.caseToAnswer().orElse(false))) {
          return ImmutableSet.of(CASE_TO_ANSWER_YES);
        }
        return ImmutableSet.of(c.allegations().stream().allMatch(a -> a.caseToAnswer().isPresent()) ? CASE_TO_ANSWER_NO
            : Table.NOT_KNOWN);
      case ACTION_TAKEN:
        return one(c.allegations().stream().flatMap(a -> actions(a).stream()).filter(v -> !v.equals(Table.NOT_KNOWN))
            .min(vocabularyOrder()));
      default:
        return caseLevel(c);
    }
  }

  /** An allegation's action taken as a value of {@link #ACTION_TAKEN}. */
  private static ImmutableSet<String> actions(Allegation a) {
    return ImmutableSet.of(a.actionTaken().filter(x -> x != ActionTaken.NOT_KNOWN).map(ActionTaken::code)
        .orElse(Table.NOT_KNOWN));
  }

  /** The values of one allegation of a case, for the allegations unit. */
  ImmutableSet<String> ofAllegation(ConductCase c, Allegation a) {
    switch (this) {
      case STANDARD:
        return a.standards().stream().map(Standard::code).sorted(vocabularyOrder())
            .collect(ImmutableSet.toImmutableSet());
      case CATEGORY:
        return a.categories().isEmpty() ? ImmutableSet.of(Table.NOT_KNOWN)
            : a.categories().stream().map(Category::code).sorted(vocabularyOrder())
                .collect(ImmutableSet.toImmutableSet());
      case FINDING:
        return one(c.proceedings().flatMap(p -> p.findings().stream()
            .filter(f -> f.allegation().equals(a.id())).map(AllegationFinding::finding).findFirst())
            .map(Finding::code));
      case CASE_TO_ANSWER:
        return one(a.caseToAnswer().map(yes -> yes ? CASE_TO_ANSWER_YES : CASE_TO_ANSWER_NO));
      case ACTION_TAKEN:
        return actions(a);
      default:
        return caseLevel(c);
    }
  }

  private ImmutableSet<String> caseLevel(ConductCase c) {
    switch (this) {
      case FORUM:
        return one(c.proceedings().map(Proceedings::forum).map(Forum::code));
      case OUTCOME:
        return one(c.proceedings().flatMap(Proceedings::outcome).map(Outcome::code));
      case RANK:
        return one(c.subject().rank().map(Rank::code));
      case ROLE:
        return one(Optional.of(c.subject().role().code()));
      case YEAR:
        // Every date a case can hold has a financial year (an odd one, 1899/00 or 9999/00, is still counted and shown).
        return one(c.proceedings().flatMap(Proceedings::date).flatMap(FinancialYear::of).map(FinancialYear::toString));
      case CASE_TYPE:
        return one(c.caseType().map(CaseType::code));
      case APPEAL_RESULT:
        return ImmutableSet.of(appealResult(c));
      case SUSPENDED:
        return ImmutableSet.of(c.events().stream().anyMatch(e -> e.type() == EventType.SUSPENDED) ? "suspended"
            : "not_suspended");
      case FINALISED_YEAR:
        return one(finalised(c).flatMap(FinancialYear::of).map(FinancialYear::toString));
      case AGE_BAND:
        return one(c.subject().ageBand().map(AgeBand::code));
      case ETHNICITY:
        return one(c.subject().ethnicity().map(Ethnicity::code));
      case GENDER:
        return one(c.subject().gender().map(Gender::code));
      default:
        throw new AssertionError(this);
    }
  }

  /** The day a case was finalised: its last {@code case_finalised} event. */
  static Optional<java.time.LocalDate> finalised(ConductCase c) {
    return c.events().stream().filter(e -> e.type() == EventType.CASE_FINALISED).map(CaseEvent::date)
        .max(java.time.LocalDate::compareTo);
  }

  /** The result of the case's latest appeal to a Police Appeals Tribunal, from its events. */
  private static String appealResult(ConductCase c) {
    String result = "no_appeal";
    for (CaseEvent e : c.events().stream().sorted(java.util.Comparator.comparing(CaseEvent::date)).toList()) {
      switch (e.type()) {
        case POLICE_APPEALS_TRIBUNAL_APPEAL_LODGED:
          result = "appeal_pending";
          break;
        case POLICE_APPEALS_TRIBUNAL_APPEAL_ALLOWED:
          result = "allowed";
          break;
        case POLICE_APPEALS_TRIBUNAL_APPEAL_DISMISSED:
          result = "dismissed";
          break;
        case POLICE_APPEALS_TRIBUNAL_APPEAL_WITHDRAWN:
          result = "withdrawn";
          break;
        default:
          break;
      }
    }
    return result;
  }

  private static ImmutableSet<String> one(Optional<String> value) {
    return ImmutableSet.of(value.orElse(Table.NOT_KNOWN));
  }

  private java.util.Comparator<String> vocabularyOrder() {
    return java.util.Comparator.comparingInt(vocabulary::indexOf);
  }

  /** How serious a case is, for choosing the case an individual is counted by. */
  static int seriousness(ConductCase c) {
    int outcome = c.proceedings().flatMap(Proceedings::outcome).map(Outcome::severity).orElse(-1) + 1;
    int finding = c.proceedings().flatMap(Proceedings::mostSeriousFinding).map(f -> f.ordinal() + 1).orElse(0);
    int proceedings = c.proceedings().isPresent() ? 1 : 0;
    return (outcome * 10 + finding) * 10 + proceedings;
  }
}

package io.github.policeconduct.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
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
 * <p>The model has no case type (complaint, conduct matter, recordable conduct matter) yet, so there is
 * no case-type dimension.
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
  YEAR(false, ImmutableList.of());

  private final boolean multiValued;
  private final ImmutableList<String> vocabulary;

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
   * Whether the values form a closed vocabulary, every value of which is listed (with 0 when never seen).
   *
   * @return false only for {@link #YEAR}
   * @since 0.1.0
   */
  public boolean isClosed() {
    return this != YEAR;
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
   * @param text e.g. {@code "standard"}
   * @return the dimension
   * @throws IllegalArgumentException naming the text and the accepted codes when nothing matches
   * @since 0.1.0
   */
  public static Dimension parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Dimension d : values()) {
      if (d.code().equals(t) || (d.code() + "s").equals(t)) {
        return d;
      }
    }
    throw new IllegalArgumentException("dimension: unknown value '" + text
        + "' (accepted: standard, category, forum, finding, outcome, rank, role, year)");
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
      default:
        return caseLevel(c);
    }
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
      default:
        throw new AssertionError(this);
    }
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

package io.github.policeconduct.statistics;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import io.github.policeconduct.core.ActionTaken;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Proceedings;

/**
 * Which cases a table counts: optionally only those whose proceedings date falls in a period (a date
 * range, or whole financial years), and optionally only concluded cases (proceedings with an outcome).
 * When a period is set, a case without a proceedings date is not counted: the Home Office series count
 * cases <em>finalised</em> in the year.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Selection implements Predicate<ConductCase> {
  private static final Selection ALL = new Selection(Optional.empty(), Optional.empty(), false, false, false);

  private final Optional<LocalDate> from;
  private final Optional<LocalDate> to;
  private final boolean concludedOnly;
  private final boolean byFinalised;
  private final boolean referredOnly;

  private Selection(Optional<LocalDate> from, Optional<LocalDate> to, boolean concludedOnly, boolean byFinalised,
      boolean referredOnly) {
    this.from = from;
    this.to = to;
    this.concludedOnly = concludedOnly;
    this.byFinalised = byFinalised;
    this.referredOnly = referredOnly;
  }

  /**
   * Every case.
   *
   * @return the selection of every case
   * @since 0.1.0
   */
  public static Selection all() {
    return ALL;
  }

  /**
   * Cases whose proceedings are dated from {@code from} to {@code to}, both inclusive.
   *
   * @param from first day
   * @param to last day
   * @return the selection
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @since 0.1.0
   */
  public static Selection between(LocalDate from, LocalDate to) {
    checkArgument(!to.isBefore(from), "period end (%s) is before its start (%s)", to, from);
    return new Selection(Optional.of(from), Optional.of(to), false, false, false);
  }

  /**
   * Cases whose proceedings are dated in the financial years {@code first} to {@code last} inclusive.
   *
   * @param first first financial year
   * @param last last financial year (may equal {@code first})
   * @return the selection
   * @throws IllegalArgumentException when {@code last} is before {@code first}
   * @since 0.1.0
   */
  public static Selection financialYears(FinancialYear first, FinancialYear last) {
    checkArgument(last.compareTo(first) >= 0, "last financial year (%s) is before the first (%s)", last, first);
    return between(first.start(), last.end());
  }

  /**
   * This selection, keeping only concluded cases (proceedings with an outcome).
   *
   * @return the narrower selection
   * @since 0.1.0
   */
  public Selection concludedOnly() {
    return new Selection(from, to, true, byFinalised, referredOnly);
  }

  /**
   * This selection, with its period tested against the day each case was finalised (its {@code case_finalised}
   * event) rather than its proceedings' date: the Home Office series count cases finalised in the financial year.
   * A case not finalised is then not counted in any period.
   *
   * @return the selection by the day of finalising
   * @since 0.2.0
   */
  public Selection byFinalised() {
    return new Selection(from, to, concludedOnly, true, referredOnly);
  }

  /**
   * This selection, keeping only the allegations referred to misconduct proceedings ({@code action_taken}
   * {@code referred_to_misconduct_proceedings}) and the cases and individuals with at least one: the Home Office
   * proceedings tables count those.
   *
   * @return the narrower selection
   * @since 0.2.0
   */
  public Selection referredToProceedings() {
    return new Selection(from, to, concludedOnly, byFinalised, true);
  }

  /**
   * Whether an allegation of a selected case is counted: every one, or after {@link #referredToProceedings()}
   * only those referred.
   *
   * @param a an allegation
   * @return true when it is counted
   * @since 0.2.0
   */
  public boolean counts(Allegation a) {
    return !referredOnly || a.actionTaken().filter(x -> x == ActionTaken.REFERRED_TO_MISCONDUCT_PROCEEDINGS).isPresent();
  }

  /**
   * Whether the period is tested against the day a case was finalised (else its proceedings' date).
   *
   * @return true after {@link #byFinalised()}
   * @since 0.2.0
   */
  public boolean isByFinalised() {
    return byFinalised;
  }

  /**
   * Whether only concluded cases are counted.
   *
   * @return true when only cases whose proceedings have an outcome count
   * @since 0.1.0
   */
  public boolean isConcludedOnly() {
    return concludedOnly;
  }

  /**
   * The first day of the period, if one is set.
   *
   * @return the first day
   * @since 0.1.0
   */
  public Optional<LocalDate> from() {
    return from;
  }

  /**
   * The last day of the period, if one is set.
   *
   * @return the last day
   * @since 0.1.0
   */
  public Optional<LocalDate> to() {
    return to;
  }

  /**
   * Whether the case is counted.
   *
   * @param c a case
   * @return true when the case is in the period (if any) and concluded (if required)
   * @since 0.1.0
   */
  @Override
  public boolean test(ConductCase c) {
    if (concludedOnly && c.proceedings().flatMap(Proceedings::outcome).isEmpty()) {
      return false;
    }
    if (referredOnly && c.allegations().stream().noneMatch(this::counts)) {
      return false;
    }
    if (from.isPresent()) {
      Optional<LocalDate> date = byFinalised ? Dimension.finalised(c) : c.proceedings().flatMap(Proceedings::date);
      return date.isPresent() && !date.get().isBefore(from.get()) && !date.get().isAfter(to.get());
    }
    return true;
  }

  /**
   * A plain-English description, e.g. "concluded cases with proceedings dated 2014-04-01 to 2015-03-31".
   *
   * @return the description
   * @since 0.1.0
   */
  public String describe() {
    String cases = concludedOnly ? "concluded cases (proceedings with an outcome)" : "all cases";
    if (from.isEmpty()) {
      return cases + (referredOnly ? " (allegations referred to misconduct proceedings)" : "");
    }
    FinancialYear fy = FinancialYear.containing(from.get());
    String period;
    if (fy.start().equals(from.get()) && FinancialYear.containing(to.get()).end().equals(to.get())) {
      FinancialYear last = FinancialYear.containing(to.get());
      period = "financial year " + (fy.equals(last) ? fy.toString() : fy + " to " + last);
    } else {
      period = from.get() + " to " + to.get();
    }
    return cases + (referredOnly ? " (allegations referred to misconduct proceedings)" : "")
        + (byFinalised ? " finalised in " : " with proceedings dated in ") + period;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Selection)) {
      return false;
    }
    Selection s = (Selection) o;
    return from.equals(s.from) && to.equals(s.to) && concludedOnly == s.concludedOnly && byFinalised == s.byFinalised
        && referredOnly == s.referredOnly;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, concludedOnly, byFinalised, referredOnly);
  }

  @Override
  public String toString() {
    return describe();
  }
}

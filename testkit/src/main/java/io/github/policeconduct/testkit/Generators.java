package io.github.policeconduct.testkit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for every type of the police-conduct vocabulary.
 *
 * <p>Every generated value is valid by construction: it passes the builders' invariants, so a generator
 * never throws. Generators are built from QuickTheories' own generators, so they shrink: enums toward
 * their first constant (and the most common value: constables, police officers), sets and lists toward
 * one element (or none where empty is allowed), optional facts toward absent, and dates toward the
 * earliest date of their range. For whole cases, with knobs for regime, role, leaving, forum, finding and
 * stage, see {@link Cases}; to use any generator outside QuickTheories, see {@link Samples}.
 *
 * <p>This class is stateless; every generator it returns is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Generators {
  /** The day the first regime modelled came into force: the earliest came-to-attention date generated. */
  static final LocalDate EARLIEST = Regime.CONDUCT_REGULATIONS_2008.inForceFrom();
  /** The earliest day a subject joins in the free-standing subject generator. */
  static final LocalDate EARLIEST_JOINED = LocalDate.of(1975, 1, 1);

  private static final List<String> FORCES = List.of("Kent Police", "Staffordshire Police",
      "Cheshire Constabulary", "Metropolitan Police Service", "West Midlands Police", "Dyfed-Powys Police");
  private static final List<String> SUMMARIES = List.of("Failed to declare a business interest",
      "Used excessive force during an arrest", "Accessed police systems for a personal purpose",
      "Made an inappropriate remark to a colleague", "Failed to attend court when warned",
      "Was convicted of an offence while off duty");

  private Generators() {}

  /**
   * The ten Standards of Professional Behaviour; shrinks toward {@link Standard#HONESTY_AND_INTEGRITY}.
   *
   * @return a generator of standards
   * @since 0.1.0
   */
  public static Gen<Standard> standards() {
    return pickFrom(Standard.values());
  }

  /**
   * Non-empty sets of one to three distinct standards, in the order drawn; shrinks toward a single
   * standard.
   *
   * @return a generator of non-empty standard sets (unmodifiable)
   * @since 0.1.0
   */
  public static Gen<Set<Standard>> standardSets() {
    return SourceDSL.lists().of(standards()).ofSizeBetween(1, 3).map(Generators::orderedSet);
  }

  /**
   * Roles, police officers most often (half), then special constables, PCSOs, police staff and the two kinds
   * of police volunteer;
   * shrinks toward {@link Role#POLICE_OFFICER}.
   *
   * @return a generator of roles
   * @since 0.1.0
   */
  public static Gen<Role> roles() {
    return Generate.frequency(List.of(
        Pair.of(6, Generate.constant(Role.POLICE_OFFICER)),
        Pair.of(2, Generate.constant(Role.SPECIAL_CONSTABLE)),
        Pair.of(1, Generate.constant(Role.PCSO)),
        Pair.of(1, Generate.constant(Role.POLICE_STAFF)),
        Pair.of(1, Generate.constant(Role.COMMUNITY_SUPPORT_VOLUNTEER)),
        Pair.of(1, Generate.constant(Role.POLICING_SUPPORT_VOLUNTEER))));
  }

  /**
   * Ranks, any rank, constables most often (about seven in ten); shrinks toward {@link Rank#CONSTABLE}.
   *
   * @return a generator of ranks
   * @since 0.1.0
   */
  public static Gen<Rank> ranks() {
    return Generate.frequency(List.of(
        Pair.of(2, Generate.constant(Rank.CONSTABLE)),
        Pair.of(1, pickFrom(Rank.values()))));
  }

  /**
   * How service ended; shrinks toward {@link Departure#RESIGNED}.
   *
   * @return a generator of departures
   * @since 0.1.0
   */
  public static Gen<Departure> departures() {
    return pickFrom(Departure.values());
  }

  /**
   * Categories of conduct; shrinks toward {@link Category#SEXUAL_MISCONDUCT}.
   *
   * @return a generator of categories
   * @since 0.1.0
   */
  public static Gen<Category> categories() {
    return pickFrom(Category.values());
  }

  /**
   * Sets of zero to two distinct categories; shrinks toward the empty set.
   *
   * @return a generator of category sets (unmodifiable)
   * @since 0.1.0
   */
  public static Gen<Set<Category>> categorySets() {
    return SourceDSL.lists().of(categories()).ofSizeBetween(0, 2).map(Generators::orderedSet);
  }

  /**
   * Severity levels; shrinks toward {@link Severity#NO_MISCONDUCT}.
   *
   * @return a generator of severities
   * @since 0.1.0
   */
  public static Gen<Severity> severities() {
    return pickFrom(Severity.values());
  }

  /**
   * Types of warning; shrinks toward {@link WarningType#WRITTEN_WARNING}.
   *
   * @return a generator of warning types
   * @since 0.1.0
   */
  public static Gen<WarningType> warningTypes() {
    return pickFrom(WarningType.values());
  }

  /**
   * Forums; shrinks toward {@link Forum#MISCONDUCT_MEETING}.
   *
   * @return a generator of forums
   * @since 0.1.0
   */
  public static Gen<Forum> forums() {
    return pickFrom(Forum.values());
  }

  /**
   * Findings; shrinks toward {@link Finding#NOT_MISCONDUCT}.
   *
   * @return a generator of findings
   * @since 0.1.0
   */
  public static Gen<Finding> findings() {
    return pickFrom(Finding.values());
  }

  /**
   * Outcomes, every outcome of every regime; shrinks toward {@link Outcome#NO_FURTHER_ACTION}. Whether
   * an outcome is lawful for a case is for the rules to decide, not for the generator.
   *
   * @return a generator of outcomes
   * @since 0.1.0
   */
  public static Gen<Outcome> outcomes() {
    return pickFrom(Outcome.values());
  }

  /**
   * Regimes; shrinks toward {@link Regime#CONDUCT_REGULATIONS_2008}.
   *
   * @return a generator of regimes
   * @since 0.1.0
   */
  public static Gen<Regime> regimes() {
    return pickFrom(Regime.values());
  }

  /**
   * Days from {@code first} to {@code last} inclusive, uniformly; shrinks toward {@code first}.
   *
   * @param first the earliest day
   * @param last the latest day, not before {@code first}
   * @return a generator of dates in the range
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @since 0.1.0
   */
  public static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last (" + last + ") must not be before first (" + first + ")");
    }
    long days = ChronoUnit.DAYS.between(first, last);
    return Generate.longRange(0, days, 0).map(first::plusDays);
  }

  /**
   * Days on which an allegation can come to attention under {@code regime}: from the day it came into
   * force to the day before the next regime did (for the 2020 Regulations, to {@link Cases#HORIZON}).
   * About one draw in four falls within a week of either end of the window, where the regimes change
   * over;
   * shrinks toward the first day.
   *
   * @param regime the regime
   * @return a generator of came-to-attention dates governed by {@code regime} (unless connected to an
   *     earlier allegation)
   * @since 0.1.0
   */
  public static Gen<LocalDate> attentionDates(Regime regime) {
    Objects.requireNonNull(regime, "regime");
    return edgeSkewedDates(regime.inForceFrom(), Cases.lastAttentionDay(regime), List.of());
  }

  /**
   * How service ended: a day from {@code first} to {@code last} and a departure; shrinks toward
   * {@code first}, resigned.
   *
   * @param first the earliest day
   * @param last the latest day, not before {@code first}
   * @return a generator of service ends
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @since 0.1.0
   */
  public static Gen<ServiceEnd> serviceEnds(LocalDate first, LocalDate last) {
    return dates(first, last).zip(departures(), ServiceEnd::of);
  }

  /**
   * Subjects of any role (see {@link #roles()}); otherwise as {@link #subjects(Role)}.
   *
   * @return a generator of subjects
   * @since 0.1.0
   */
  public static Gen<Subject> subjects() {
    return subjectsOf(roles());
  }

  /**
   * Subjects of the given role: a police officer always has a rank (constables most often, sometimes a
   * student officer), a special constable sometimes has one, PCSOs and police staff never do; the
   * pseudonymous id, the day they joined (from 1975) and how service ended (never before joining, never
   * after {@link Cases#HORIZON}) are sometimes given. Shrinks toward a constable with no id and no service
   * dates.
   *
   * @param role the role
   * @return a generator of subjects of that role
   * @since 0.1.0
   */
  public static Gen<Subject> subjects(Role role) {
    return subjectsOf(Generate.constant(Objects.requireNonNull(role, "role")));
  }

  private static Gen<Subject> subjectsOf(Gen<Role> roles) {
    return roles.zip(SubjectDraw.gen(), optional(dates(EARLIEST_JOINED, Cases.HORIZON), 85),
        optional(Generate.range(0, 40 * 365, 0).zip(departures(), Pair::of), 30),
        (role, draw, joined, left) -> draw.toSubject(role, joined, left.map(l -> ServiceEnd.of(
            min(joined.orElse(EARLIEST_JOINED).plusDays(l._1), Cases.HORIZON), l._2))));
  }

  /**
   * Severity assessments: any level, assessed on a day from 2008-12-01 to {@link Cases#HORIZON} or on an
   * unknown day (one in five); shrinks toward no misconduct, with no date.
   *
   * @return a generator of severity assessments
   * @since 0.1.0
   */
  public static Gen<SeverityAssessment> severityAssessments() {
    return severities().zip(optional(dates(EARLIEST, Cases.HORIZON), 80),
        (level, day) -> day.map(d -> SeverityAssessment.of(level, d)).orElseGet(() -> SeverityAssessment.of(level)));
  }

  /**
   * Free-standing allegations with id {@code A1}: one to three standards, up to two categories,
   * sometimes a summary, a came-to-attention date from 2008-12-01 to {@link Cases#HORIZON}, sometimes a
   * conduct date up to two years earlier, sometimes a severity assessment up to 120 days later; never
   * connected to an earlier allegation. Shrinks toward one standard, no categories, no optional facts and
   * the earliest date.
   *
   * @return a generator of allegations
   * @since 0.1.0
   */
  public static Gen<Allegation> allegations() {
    return dates(EARLIEST, Cases.HORIZON).zip(AllegationDraw.gen(findings()), Generate.booleans(),
        (attention, draw, assessed) -> draw.toAllegation(1, attention, draw.conductDate(attention), assessed, false));
  }

  /**
   * Warnings: either type, notified on a day from 2008-12-01 to {@link Cases#HORIZON}, with a period of
   * 1 to 36 months (12 when shrunk) or none; shrinks toward a written warning with no period.
   *
   * @return a generator of warnings
   * @since 0.1.0
   */
  public static Gen<Warning> warnings() {
    return warningTypes().zip(dates(EARLIEST, Cases.HORIZON), optional(Generate.range(1, 36, 12), 70),
        Generators::warning);
  }

  /**
   * Disciplinary records: zero to two warnings (see {@link #warnings()}) and, one time in five, an
   * earlier reduction in rank; shrinks toward the empty record.
   *
   * @return a generator of disciplinary records
   * @since 0.1.0
   */
  public static Gen<DisciplinaryRecord> records() {
    return SourceDSL.lists().of(warnings()).ofSizeBetween(0, 2).zip(Generate.range(0, 4, 0),
        (warnings, reduced) -> DisciplinaryRecord.builder().addAllWarnings(warnings).reducedInRank(reduced == 4)
            .build());
  }

  /**
   * Free-standing proceedings: any forum, sometimes a date, one finding on each of allegations
   * {@code A1} to {@code An} (n from 1 to 4), sometimes unconnected incidents, sometimes an outcome (any
   * outcome) and, with a final written warning or its extension, sometimes its period. To put proceedings
   * in a case, use {@link Cases}. Shrinks toward a misconduct meeting with one finding of no misconduct.
   *
   * @return a generator of proceedings
   * @since 0.1.0
   */
  public static Gen<Proceedings> proceedings() {
    return forums().zip(optional(dates(EARLIEST, Cases.HORIZON), 80),
        SourceDSL.lists().of(findings()).ofSizeBetween(1, 4), ProceedingsDraw.gen(),
        (forum, date, findings, draw) -> {
          List<AllegationFinding> found = new ArrayList<>();
          for (int i = 0; i < findings.size(); i++) {
            found.add(AllegationFinding.of("A" + (i + 1), findings.get(i)));
          }
          return draw.toProceedings(forum, date, found, draw.outcomePresent());
        });
  }

  /**
   * Valid conduct cases at any stage, with nothing fixed: the same as {@link Cases#any()}.
   *
   * @return a generator of conduct cases
   * @since 0.1.0
   */
  public static Gen<ConductCase> cases() {
    return Cases.any();
  }

  // ---------------------------------------------------------------------------------------------------
  // Package-private building blocks shared with Cases.

  static <T> Gen<T> pickFrom(T[] values) {
    return Generate.pick(List.of(values));
  }

  /** Present {@code percentPresent} times in a hundred; shrinks toward absent. Always draws the value. */
  static <T> Gen<Optional<T>> optional(Gen<T> gen, int percentPresent) {
    int absentUpTo = 100 - percentPresent;
    return Generate.range(1, 100, 1).zip(gen, (r, v) -> r <= absentUpTo ? Optional.<T>empty() : Optional.of(v));
  }

  /** Whether one draw in {@code n} (true) or not; shrinks toward false. */
  static Gen<Boolean> oneIn(int n) {
    return Generate.range(1, n, 1).map(r -> r == n);
  }

  /**
   * Days from {@code first} to {@code last}, about one draw in four within a week of {@code first},
   * {@code last} or one of {@code edges} (where regimes change over), the others uniformly.
   *
   * <p>The day is a non-decreasing function of a single draw (each day owns a run of draw values, longer
   * near an edge), so the date shrinks toward {@code first} as smoothly as a uniform date does: a failing
   * date shrinks to the boundary of the failure, not to the nearest edge.
   */
  static Gen<LocalDate> edgeSkewedDates(LocalDate first, LocalDate last, List<LocalDate> edges) {
    int days = Math.toIntExact(ChronoUnit.DAYS.between(first, last)) + 1;
    boolean[] near = new boolean[days];
    List<LocalDate> all = new ArrayList<>(edges);
    all.add(first);
    all.add(last);
    for (LocalDate edge : all) {
      for (int d = -7; d <= 7; d++) {
        long index = ChronoUnit.DAYS.between(first, edge.plusDays(d));
        if (index >= 0 && index < days) {
          near[(int) index] = true;
        }
      }
    }
    int nearDays = 0;
    for (boolean n : near) {
      nearDays += n ? 1 : 0;
    }
    long weight = Math.max(1, (days - nearDays) / (3L * Math.max(1, nearDays)));
    long[] cumulative = new long[days];
    long total = 0;
    for (int i = 0; i < days; i++) {
      total += near[i] ? weight : 1;
      cumulative[i] = total;
    }
    return Generate.longRange(0, total - 1, 0).map(x -> {
      int found = Arrays.binarySearch(cumulative, x + 1);
      return first.plusDays(found >= 0 ? found : -found - 1);
    });
  }

  static Warning warning(WarningType type, LocalDate notified, Optional<Integer> months) {
    return Warning.builder().type(type).notified(notified).months(months).build();
  }

  static <T> Set<T> orderedSet(List<T> values) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static <T> List<T> upTo(T[] values, T last) {
    return List.copyOf(Arrays.asList(values).subList(0, Arrays.asList(values).indexOf(last) + 1));
  }

  static Gen<Optional<String>> forces() {
    return optional(Generate.pick(FORCES), 60);
  }

  static Gen<Optional<String>> summaries() {
    return optional(Generate.pick(SUMMARIES), 40);
  }
}

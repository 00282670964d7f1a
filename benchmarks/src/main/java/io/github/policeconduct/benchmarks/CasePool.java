package io.github.policeconduct.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.DisciplinaryRecord;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.ImmutableProceedings;
import io.github.policeconduct.core.ImmutableSubject;
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
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.OutcomeQuery;

/**
 * A fixed, seeded pool of valid conduct cases that reach the outcome rules, each with the {@link OutcomeQuery}
 * its facts amount to. The pool first holds every combination of regime, forum, finding, role (constable,
 * sergeant, special constable), live final written warning, unconnected incidents, earlier reduction in rank
 * and former/serving (3 x 4 x 3 x 3 x 2 x 2 x 2 x 2 = 1,728 combinations), then random combinations up to the
 * size asked, shuffled with the same seed. Dates, standards, categories, earlier warnings, second allegations
 * and the outcome given vary at random, so {@code decide} walks its real paths.
 *
 * <p>Built with the core builders: the testkit generators were not on {@code main} when this was written.
 */
public final class CasePool {
  /** The seed every benchmark and test uses. */
  public static final long SEED = 20261123L;
  /** The pool size every contender iterates over. */
  public static final int SIZE = 4096;

  private static final Role[] ROLES = {Role.POLICE_OFFICER, Role.POLICE_OFFICER, Role.SPECIAL_CONSTABLE};
  private static final Rank[] RANKS = {Rank.CONSTABLE, Rank.SERGEANT, null};

  /** One case and the bare query its facts amount to. */
  public record Entry(ConductCase conductCase, OutcomeQuery query) {}

  private final List<Entry> entries;

  private CasePool(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The standard pool: {@link #SIZE} cases from {@link #SEED}. */
  public static CasePool standard() {
    return of(SIZE, SEED);
  }

  /** A pool of {@code size} cases (at least the 1,728 combinations when size allows) from {@code seed}. */
  public static CasePool of(int size, long seed) {
    Random rnd = new Random(seed);
    List<Entry> out = new ArrayList<>(size);
    int n = 0;
    outer:
    for (Regime regime : Regime.values()) {
      for (Forum forum : Forum.values()) {
        for (Finding finding : Finding.values()) {
          for (int role = 0; role < ROLES.length; role++) {
            for (int bits = 0; bits < 16; bits++) {
              if (out.size() == size) {
                break outer;
              }
              out.add(entry(n++, rnd, regime, forum, finding, role, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
                  (bits & 8) != 0));
            }
          }
        }
      }
    }
    while (out.size() < size) {
      out.add(entry(n++, rnd, pick(rnd, Regime.values()), pick(rnd, Forum.values()), pick(rnd, Finding.values()),
          rnd.nextInt(ROLES.length), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean()));
    }
    Collections.shuffle(out, rnd);
    return new CasePool(out);
  }

  /** The entries, in pool order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The cases, in pool order. */
  public ConductCase[] cases() {
    return entries.stream().map(Entry::conductCase).toArray(ConductCase[]::new);
  }

  /** The bare queries, in pool order. */
  public OutcomeQuery[] queries() {
    return entries.stream().map(Entry::query).toArray(OutcomeQuery[]::new);
  }

  private static <T> T pick(Random rnd, T[] values) {
    return values[rnd.nextInt(values.length)];
  }

  private static LocalDate between(Random rnd, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return from.plusDays((long) (rnd.nextDouble() * days));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Entry entry(int n, Random rnd, Regime regime, Forum forum, Finding finding, int role, boolean fww,
      boolean unconnected, boolean reduced, boolean former) {
    // When the allegation came to attention decides the regime (or, connected to an earlier one, keeps it).
    boolean connected = regime != Regime.CONDUCT_REGULATIONS_2020 && rnd.nextInt(4) == 0;
    LocalDate attention;
    switch (regime) {
      case CONDUCT_REGULATIONS_2008:
        attention = connected ? between(rnd, LocalDate.of(2012, 11, 22), LocalDate.of(2019, 12, 31))
            : between(rnd, LocalDate.of(2009, 1, 5), LocalDate.of(2012, 10, 31));
        break;
      case CONDUCT_REGULATIONS_2012:
        attention = connected ? between(rnd, LocalDate.of(2020, 2, 1), LocalDate.of(2023, 12, 31))
            : between(rnd, LocalDate.of(2012, 11, 22), LocalDate.of(2020, 1, 20));
        break;
      default:
        attention = between(rnd, LocalDate.of(2020, 2, 3), LocalDate.of(2025, 6, 30));
    }
    LocalDate conduct = attention.minusDays(rnd.nextInt(200));
    LocalDate joined = conduct.minusDays(365 + rnd.nextInt(15 * 365));
    LocalDate assessed = attention.plusDays(10 + rnd.nextInt(80));

    // Former officers are within the regulations only for alleged gross misconduct: assess gross, find anything.
    Severity level;
    if (former || finding == Finding.GROSS_MISCONDUCT) {
      level = Severity.GROSS_MISCONDUCT;
    } else if (finding == Finding.MISCONDUCT) {
      level = Severity.MISCONDUCT;
    } else if (forum == Forum.REFLECTIVE_PRACTICE_REVIEW && regime == Regime.CONDUCT_REGULATIONS_2020) {
      level = Severity.PRACTICE_REQUIRING_IMPROVEMENT;
    } else {
      level = rnd.nextBoolean() ? Severity.MISCONDUCT : Severity.GROSS_MISCONDUCT;
    }

    Optional<ServiceEnd> left = Optional.empty();
    LocalDate hearing;
    if (former) {
      // Left after the allegation came to attention (condition A), after the former-officer provisions began.
      LocalDate l = max(assessed.plusDays(5 + rnd.nextInt(200)), LocalDate.of(2017, 12, 20).plusDays(rnd.nextInt(60)));
      left = Optional.of(ServiceEnd.of(l, rnd.nextBoolean() ? Departure.RESIGNED : Departure.RETIRED));
      hearing = l.plusDays(10 + rnd.nextInt(150));
    } else {
      hearing = assessed.plusDays(20 + rnd.nextInt(200));
    }

    ImmutableSubject.Builder subject = Subject.builder().role(ROLES[role]).joined(joined).id("S" + n);
    if (RANKS[role] != null) {
      subject.rank(RANKS[role]);
    }
    subject.left(left);

    io.github.policeconduct.core.ImmutableDisciplinaryRecord.Builder record = DisciplinaryRecord.builder().reducedInRank(reduced);
    if (fww) {
      record.addWarnings(Warning.of(WarningType.FINAL_WRITTEN_WARNING, assessed.minusDays(30 + rnd.nextInt(300)), 18));
    } else {
      switch (rnd.nextInt(4)) {
        case 0:
          record.addWarnings(Warning.of(WarningType.WRITTEN_WARNING, assessed.minusDays(30 + rnd.nextInt(300)), 12));
          break;
        case 1:
          // Expired before the assessment: not in force.
          record.addWarnings(Warning.of(WarningType.FINAL_WRITTEN_WARNING, assessed.minusDays(600 + rnd.nextInt(400)), 18));
          break;
        default:
          break;
      }
    }

    Standard[] standards = Standard.values();
    Category[] categories = Category.values();
    List<Allegation> allegations = new ArrayList<>();
    allegations.add(Allegation.of("A1", pick(rnd, standards)).summary("Allegation " + n)
        .addAllCategories(rnd.nextInt(3) == 0 ? Set.of(pick(rnd, categories)) : Set.of())
        .conductDate(conduct).cameToAttention(attention).connectedToEarlierAllegation(connected)
        .severity(SeverityAssessment.of(level, assessed)).build());
    boolean second = rnd.nextInt(3) == 0;
    if (second) {
      // A less serious companion allegation, same day, same regime, found no more serious.
      Severity lower = level == Severity.GROSS_MISCONDUCT && !former ? Severity.MISCONDUCT : level;
      allegations.add(Allegation.of("A2", pick(rnd, standards), pick(rnd, standards))
          .conductDate(conduct).cameToAttention(attention).connectedToEarlierAllegation(connected)
          .severity(SeverityAssessment.of(lower, assessed)).build());
    }

    OutcomeQuery query = new OutcomeQuery(regime, forum, finding, ROLES[role], Optional.ofNullable(RANKS[role]), fww,
        unconnected, reduced, former);

    ImmutableProceedings.Builder p = Proceedings.at(forum, hearing).unconnectedIncidents(unconnected)
        .addFindings(AllegationFinding.of("A1", finding));
    if (second) {
      p.addFindings(AllegationFinding.of("A2", finding == Finding.GROSS_MISCONDUCT ? Finding.MISCONDUCT : finding));
    }
    int given = rnd.nextInt(10);
    Set<Outcome> open = ConductRules.availableOutcomes(query);
    if (given < 6 && !open.isEmpty()) {
      List<Outcome> options = new ArrayList<>(open);
      p.outcome(options.get(rnd.nextInt(options.size())));
    } else if (given < 7) {
      p.outcome(pick(rnd, Outcome.values()));
    }

    ConductCase c = ConductCase.builder().id("BENCH-" + n).force("Benchmark Constabulary").subject(subject.build())
        .record(record.build()).addAllAllegations(allegations).proceedings(p.build()).build();
    return new Entry(c, query);
  }
}

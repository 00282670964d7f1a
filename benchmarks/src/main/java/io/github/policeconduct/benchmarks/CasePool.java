package io.github.policeconduct.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.OutcomeQuery;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import io.github.policeconduct.testkit.Stage;

/**
 * A fixed, seeded pool of valid, concluded conduct cases from the {@code testkit} generators, each with the
 * {@link OutcomeQuery} its facts amount to: the same pool for every contender.
 *
 * <p>Every regime x forum x finding (3 x 4 x 3 = 36 combinations) gets an equal share: for each combination,
 * {@code Cases.builder().regime(r).forum(f).finding(x).stage(Stage.CONCLUDED)} streams cases from the seed
 * plus the combination's number ({@link Samples#stream}), and the cases that reach the outcome rules (in scope,
 * with a forum and a finding) are taken; the rest (police staff, former officers out of reach, ...) are skipped,
 * as a contender without a case to decide would be. Roles, ranks, dates, warnings, former officers, conditions,
 * several allegations and the outcome given vary as the generators vary them. The pool is then shuffled with the
 * same seed. The same seed gives the same pool on every run.
 */
public final class CasePool {
  /** The seed every benchmark and test uses. */
  public static final long SEED = 20261123L;
  /** The pool size every contender iterates over. */
  public static final int SIZE = 4096;

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

  /** A pool of {@code size} cases from {@code seed}, an equal share (give or take one) per combination. */
  public static CasePool of(int size, long seed) {
    List<Iterator<ConductCase>> streams = new ArrayList<>();
    int combination = 0;
    for (Regime regime : Regime.values()) {
      for (Forum forum : Forum.values()) {
        for (Finding finding : Finding.values()) {
          streams.add(Samples.stream(Cases.builder().regime(regime).forum(forum).finding(finding)
              .stage(Stage.CONCLUDED).build(), seed + combination++).iterator());
        }
      }
    }
    List<Entry> out = new ArrayList<>(size);
    while (out.size() < size) {
      for (Iterator<ConductCase> stream : streams) {
        if (out.size() == size) {
          break;
        }
        out.add(next(stream));
      }
    }
    Collections.shuffle(out, new Random(seed));
    return new CasePool(out);
  }

  /** The next case of the stream that reaches the outcome rules, with its query. */
  private static Entry next(Iterator<ConductCase> stream) {
    for (int tries = 0; tries < 10_000; tries++) {
      ConductCase c = stream.next();
      Optional<OutcomeQuery> q = queryOf(c);
      if (q.isPresent()) {
        return new Entry(c, q.get());
      }
    }
    throw new IllegalStateException("the generator gave no case that reaches the outcome rules in 10,000 tries");
  }

  /**
   * The bare query a case's facts amount to, when the case reaches the outcome rules: its regime, the forum
   * and most serious finding of its proceedings, the subject's role and rank, whether a final written warning
   * was in force at the severity assessment (the most serious one, ties to the latest; else the latest day an
   * allegation came to attention), unconnected incidents, an earlier reduction in rank, and whether the subject
   * had left before the proceedings. {@code Agreement} checks this against {@code decide} on the whole pool.
   */
  static Optional<OutcomeQuery> queryOf(ConductCase c) {
    Decision d = ConductRules.decide(c);
    Optional<Proceedings> p = c.proceedings();
    if (!d.inScope() || d.regime().isEmpty() || d.forum().isEmpty() || p.isEmpty()
        || p.get().mostSeriousFinding().isEmpty()) {
      return Optional.empty();
    }
    Optional<SeverityAssessment> severity = severity(c);
    boolean fww = severity.isPresent()
        && ConductRules.finalWrittenWarningInForce(c, severity.flatMap(SeverityAssessment::assessed)
            .orElseGet(() -> latestAttention(c))).isPresent();
    Subject s = c.subject();
    boolean former = s.left().isPresent() && p.get().date().map(h -> s.left().get().date().isBefore(h))
        .orElse(!s.left().get().date().isAfter(d.asAt()));
    return Optional.of(OutcomeQuery.builder(d.regime().get(), d.forum().get(), p.get().mostSeriousFinding().get(), s.role())
        .rank(s.rank()).finalWrittenWarningInForce(fww).unconnectedIncidents(p.get().unconnectedIncidents())
        .reducedInRankBefore(c.record().reducedInRank()).formerOfficer(former).build());
  }

  private static Optional<SeverityAssessment> severity(ConductCase c) {
    SeverityAssessment best = null;
    for (Allegation a : c.allegations()) {
      if (a.severity().isPresent()) {
        SeverityAssessment s = a.severity().get();
        if (best == null || moreSevereOrLater(s, best)) {
          best = s;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean moreSevereOrLater(SeverityAssessment s, SeverityAssessment than) {
    int byLevel = s.level().compareTo(than.level());
    if (byLevel != 0) {
      return byLevel > 0;
    }
    return s.assessed().orElse(LocalDate.MIN).isAfter(than.assessed().orElse(LocalDate.MIN));
  }

  private static LocalDate latestAttention(ConductCase c) {
    LocalDate latest = LocalDate.MIN;
    for (Allegation a : c.allegations()) {
      if (a.cameToAttention().isAfter(latest)) {
        latest = a.cameToAttention();
      }
    }
    return latest;
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

  /** How many entries have each regime, forum, finding, and former/serving: for the coverage check. */
  String coverage() {
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    for (Entry e : entries) {
      OutcomeQuery q = e.query();
      counts.merge(q.regime().code() + "/" + q.forum().code() + "/" + q.finding().code(), 1, Integer::sum);
    }
    return counts.toString();
  }
}

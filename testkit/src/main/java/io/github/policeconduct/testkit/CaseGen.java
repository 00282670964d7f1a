package io.github.policeconduct.testkit;

import static io.github.policeconduct.testkit.Generators.max;
import static io.github.policeconduct.testkit.Generators.min;

import java.util.Locale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.DisciplinaryRecord;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Warning;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The case generator behind {@link Cases.Builder#build()}.
 *
 * <p>Every random choice is drawn from a QuickTheories generator, in the same order and whatever the stage,
 * role or service status, so that QuickTheories' shrinker (which lowers the recorded draws one by one)
 * moves one fact at a time; the case is then assembled from the draws, placing every date relative to the
 * first came-to-attention date so that the dates stay consistent however the draws shrink.
 *
 * <p>Immutable and thread-safe.
 */
final class CaseGen implements Gen<ConductCase> {
  private final boolean connected;
  private final Optional<Finding> finding;
  private final LocalDate windowEnd;

  private final Gen<Stage> stages;
  private final Gen<LocalDate> firstAttentions;
  private final Gen<List<AllegationDraw>> allegations;
  private final Gen<Role> roles;
  private final Gen<SubjectDraw> subjects = SubjectDraw.gen();
  private final Gen<Boolean> formers;
  private final Gen<Leaving> leavings;
  private final Gen<Integer> leavingGaps = Generate.range(0, 3650, 0);
  private final Gen<Departure> departures = Generators.departures();
  private final Gen<Boolean> conditionCDeterminations = Generate.booleans();
  private final Gen<List<Function<LocalDate, Warning>>> warnings;
  private final Gen<Boolean> reducedInRank = Generators.oneIn(5);
  private final Gen<Optional<Integer>> joinedGaps = Generators.optional(Generate.range(0, 35 * 365, 0), 85);
  private final Gen<Forum> forums;
  private final Gen<ProceedingsDraw> proceedings = ProceedingsDraw.gen();
  private final Gen<Optional<String>> forces = Generators.forces();
  private final Gen<Integer> caseNumbers = Generate.range(1, 9999, 1);

  CaseGen(Optional<Regime> regime, Optional<Role> role, Optional<Boolean> former, Optional<Leaving> leaving,
      boolean connected, Optional<Forum> forum, Optional<Finding> finding, Optional<Stage> stage) {
    this.connected = connected;
    this.finding = finding;
    this.windowEnd = regime.map(Cases::lastAttentionDay).orElse(Cases.HORIZON);
    this.stages = stage.map(Generate::constant).orElseGet(() -> forum.isPresent() || finding.isPresent()
        ? Generate.pick(List.of(Stage.WITH_PROCEEDINGS, Stage.CONCLUDED))
        : Generators.pickFrom(Stage.values()));
    this.firstAttentions = regime.map(Generators::attentionDates).orElseGet(() -> Generators.edgeSkewedDates(
        Generators.EARLIEST, Cases.HORIZON, List.of(Regime.CONDUCT_REGULATIONS_2012.inForceFrom(),
            Regime.CONDUCT_REGULATIONS_2020.inForceFrom())));
    Gen<Finding> findings = finding.map(f -> Generate.pick(Generators.upTo(Finding.values(), f)))
        .orElseGet(Generators::findings);
    this.allegations = SourceDSL.lists().of(AllegationDraw.gen(findings)).ofSizeBetween(1, Cases.MAX_ALLEGATIONS);
    this.roles = role.map(Generate::constant).orElseGet(Generators::roles);
    this.formers = former.map(Generate::constant).orElseGet(() -> Generators.oneIn(4));
    this.leavings = leaving.map(Generate::constant).orElseGet(() -> Generators.pickFrom(Leaving.values()));
    this.warnings = SourceDSL.lists().of(Generators.warningTypes().zip(Generate.range(0, 5 * 365, 0),
        Generators.optional(Generate.range(1, 36, 12), 70),
        (type, gap, months) -> (Function<LocalDate, Warning>) latest ->
            Generators.warning(type, latest.minusDays(gap), months))).ofSizeBetween(0, 2);
    this.forums = forum.map(Generate::constant).orElseGet(Generators::forums);
  }

  @Override
  public ConductCase generate(RandomnessSource in) {
    Stage stage = stages.generate(in);
    LocalDate firstAttention = firstAttentions.generate(in);
    List<AllegationDraw> draws = allegations.generate(in);
    Role role = roles.generate(in);
    SubjectDraw subjectDraw = subjects.generate(in);
    boolean former = formers.generate(in);
    Leaving leaving = leavings.generate(in);
    int leavingGap = leavingGaps.generate(in);
    Departure departure = departures.generate(in);
    boolean conditionCDetermination = conditionCDeterminations.generate(in);
    List<Function<LocalDate, Warning>> warningDraws = warnings.generate(in);
    boolean reduced = reducedInRank.generate(in);
    Optional<Integer> joinedGap = joinedGaps.generate(in);
    Forum forum = forums.generate(in);
    ProceedingsDraw proceedingsDraw = proceedings.generate(in);
    Optional<String> force = forces.generate(in);
    int caseNumber = caseNumbers.generate(in);

    // Came to attention: the first draw's day, the others up to 90 days later, all inside the window.
    List<LocalDate> attention = new ArrayList<>();
    for (AllegationDraw d : draws) {
      attention.add(min(firstAttention.plusDays(d.attentionOffset()), windowEnd));
    }
    LocalDate earliest = attention.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate latest = attention.stream().max(LocalDate::compareTo).orElseThrow();

    Optional<LocalDate> left = former ? Optional.of(leftOn(leaving, earliest, latest, leavingGap)) : Optional.empty();

    // Allegations: conduct while serving and before attention; assessments after attention.
    List<Allegation> built = new ArrayList<>();
    List<LocalDate> lowerBounds = new ArrayList<>(attention);
    left.ifPresent(lowerBounds::add);
    LocalDate earliestAssessed = null;
    LocalDate latestAssessed = latest;
    for (int i = 0; i < draws.size(); i++) {
      AllegationDraw d = draws.get(i);
      LocalDate attended = attention.get(i);
      LocalDate anchor = left.map(l -> min(l, attended)).orElse(attended);
      Optional<LocalDate> conduct = d.conductDate(anchor);
      conduct.ifPresent(lowerBounds::add);
      if (stage.isAssessed()) {
        LocalDate assessed = d.assessedOn(attention.get(i));
        earliestAssessed = earliestAssessed == null ? assessed : min(earliestAssessed, assessed);
        latestAssessed = max(latestAssessed, assessed);
      }
      built.add(d.toAllegation(i + 1, attention.get(i), conduct, stage.isAssessed(), connected));
    }

    // Warnings: notified before the earliest assessment (or attention), and while serving.
    LocalDate warnedBy = (earliestAssessed != null ? earliestAssessed : earliest).minusDays(1);
    if (left.isPresent()) {
      warnedBy = min(warnedBy, left.get());
    }
    var record = DisciplinaryRecord.builder().reducedInRank(reduced);
    for (Function<LocalDate, Warning> w : warningDraws) {
      Warning warning = w.apply(warnedBy);
      lowerBounds.add(warning.notified());
      record.addWarnings(warning);
    }

    // Joined on or before every other date of the case.
    LocalDate firstDay = lowerBounds.stream().min(LocalDate::compareTo).orElseThrow();
    Optional<LocalDate> joined = joinedGap.map(firstDay::minusDays);

    var c = ConductCase.builder()
        .id(String.format(Locale.ROOT, "TK-%04d", caseNumber))
        .force(force)
        .subject(subjectDraw.toSubject(role, joined, left.map(l -> ServiceEnd.of(l, departure))))
        .record(record.build())
        .addAllAllegations(built)
        .conditionCDetermination(former && leaving == Leaving.MORE_THAN_12_MONTHS_BEFORE && conditionCDetermination);
    if (stage.hasProceedings()) {
      List<AllegationFinding> found = new ArrayList<>();
      for (int i = 0; i < draws.size(); i++) {
        Finding f = i == 0 && finding.isPresent() ? finding.get() : draws.get(i).finding();
        found.add(AllegationFinding.of(built.get(i).id(), f));
      }
      LocalDate after = left.isPresent() ? max(latestAssessed, left.get().plusDays(1)) : latestAssessed;
      c.proceedings(proceedingsDraw.toProceedings(forum, Optional.of(after.plusDays(proceedingsDraw.dateGap())),
          found, stage == Stage.CONCLUDED));
    }
    return c.build();
  }

  /** The day a former subject left, placed by {@code leaving} relative to the attention dates. */
  static LocalDate leftOn(Leaving leaving, LocalDate earliest, LocalDate latest, int gap) {
    switch (leaving) {
      case AFTER_ATTENTION:
        return latest.plusDays(1 + gap % 365);
      case WITHIN_12_MONTHS_BEFORE:
        return min(latest.minusMonths(12).plusDays(gap % 366), earliest.minusDays(1));
      case MORE_THAN_12_MONTHS_BEFORE:
        return earliest.minusMonths(12).minusDays(1 + gap);
      default:
        throw new AssertionError(leaving);
    }
  }

  @Override
  public String asString(ConductCase c) {
    return Describe.conductCase(c);
  }
}

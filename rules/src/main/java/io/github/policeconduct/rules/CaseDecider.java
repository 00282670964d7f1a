package io.github.policeconduct.rules;

import static io.github.policeconduct.rules.Trace.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;

/**
 * Capabilities 1 to 8 applied to one case, in order, into one {@link Decision}.
 *
 * <p>Explanation sentences are passed as lambdas and built only when a step is read ({@link Step#because()}).
 * A lambda may read only values that do not change after its step is recorded: effectively final locals, and
 * fields assigned once before the step ({@code regime}, {@code liveWarning}, {@code conductedBy},
 * {@code warningExpires}); mutable collections are turned into text first.
 */
final class CaseDecider {
  private static final Set<Category> DISMISSAL_LIKELY = EnumSet.of(Category.VIOLENCE_AGAINST_WOMEN_AND_GIRLS,
      Category.DOMESTIC_ABUSE, Category.SEXUAL_MISCONDUCT, Category.ABUSE_OF_POSITION_FOR_SEXUAL_PURPOSE,
      Category.DISHONESTY, Category.DISCRIMINATION);

  // Citations built once rather than on every decision that needs them.
  private static final java.util.Map<Regime, Citation> REG_19 = byRegime("reg 19");
  private static final java.util.Map<Regime, Citation> REG_35_55 = byRegime("reg 35, reg 55(4)-(5)");
  private static final java.util.Map<Regime, Citation> REG_38 = byRegime("reg 38");
  private static final Citation PAT_2012_R6 = Law.cite(Law.PAT2012, "r.6", Law.PAT2012_URL);
  private static final Citation R2020_REG_62_6 = Law.r2020("reg 62(6)");

  private static java.util.Map<Regime, Citation> byRegime(String pinpoint) {
    java.util.Map<Regime, Citation> m = new java.util.EnumMap<>(Regime.class);
    for (Regime r : Regime.values()) {
      m.put(r, r.cite(pinpoint));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private final ConductCase c;
  private final LocalDate asAt;
  private final Subject s;
  private final Trace t = new Trace();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Consequence> consequences = new ArrayList<>();
  private final List<Guidance> guidance = new ArrayList<>();

  private Regime regime;
  private boolean inScope;
  private Optional<FormerOfficerCondition> condition = Optional.empty();
  private boolean former;
  private Optional<Forum> forum = Optional.empty();
  private Optional<String> conductedBy = Optional.empty();
  private Set<Outcome> available = EnumSet.noneOf(Outcome.class);
  private Optional<OutcomeCheck> outcome = Optional.empty();
  private Optional<LocalDate> warningExpires = Optional.empty();
  private Optional<Warning> liveWarning = Optional.empty();
  private Optional<Finding> finding = Optional.empty();
  private Resignation resignation = new Resignation(false, Optional.empty());

  private CaseDecider(ConductCase c, LocalDate asAt) {
    this.c = c;
    this.asAt = asAt;
    this.s = c.subject();
  }

  static Decision decide(ConductCase c, LocalDate asAt) {
    return new CaseDecider(c, asAt).run();
  }

  private Decision run() {
    Ruling<Regime> r = Engine.regime(c);
    for (Step step : r.explanation().steps()) {
      t.add(step);
    }
    if (r instanceof Ruling.Conflict) {
      problems.add(new Problem("regimes_conflict", "The allegations of this case are governed by different regulations "
          + "and cannot be decided together.", Rule.REGIME_CONFLICT.citation()));
    }
    if (r.value().isEmpty()) {
      judgeOutcomeOutsideRules("no regulations modelled by this library govern every allegation of this case");
      return build();
    }
    regime = r.value().get();
    jurisdiction();
    resignation();
    if (!inScope) {
      barredListOutsideRegulations();
      consequencesForLeaving();
      return build();
    }
    routing();
    sanctions();
    consequences();
    guidance();
    return build();
  }

  /** The governing severity assessment ({@link Engine#severity}), read once: several rules ask for it. */
  private Optional<SeverityAssessment> severity;

  private Optional<SeverityAssessment> severity() {
    if (severity == null) {
      severity = Engine.severity(c);
    }
    return severity;
  }

  private Decision build() {
    return new Decision(c.id(), asAt, Optional.ofNullable(regime), inScope, condition, forum, conductedBy, available,
        outcome, warningExpires, resignation, consequences, guidance, t.explanation(), problems);
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  private Citation cite(Rule rule) {
    return Pinpoints.forRegime(rule, regime);
  }

  // ---------------------------------------------------------------- 2. jurisdiction

  private void jurisdiction() {
    if (!s.role().isConstable()) {
      t.applied(Rule.JURISDICTION_STAFF, cite(Rule.JURISDICTION_STAFF), () -> "The subject is a " + s.role().code()
          + ", not a police officer or special constable, so the Conduct Regulations do not apply; the force's police "
          + "staff procedures do.", facts("role", s.role().code()));
      inScope = false;
      if (c.proceedings().flatMap(Proceedings::outcome).isPresent()) {
        t.notApplicable(Rule.SANCTIONS_OUTCOME_LAWFUL, cite(Rule.SANCTIONS_OUTCOME_LAWFUL),
            "The outcome given is not judged: it was given under staff procedures, which this library does not model.",
            facts("outcome", c.proceedings().get().outcome()));
      }
      return;
    }
    t.applied(Rule.JURISDICTION_OFFICER, cite(Rule.JURISDICTION_OFFICER), () -> "The subject is a " + Engine.role(s)
        + ", to whom the " + regime.title() + " apply.", facts("role", s.role().code(), "rank", s.rank(),
            "student_officer", s.studentOfficer()));
    inScope = true;

    Optional<LocalDate> joinedOn = s.joined();
    if (joinedOn.isPresent()) {
      LocalDate joined = joinedOn.get();
      List<String> before = new ArrayList<>();
      int dated = 0;
      for (Allegation a : c.allegations()) {
        Optional<LocalDate> conduct = a.conductDate();
        if (conduct.isPresent()) {
          dated++;
          if (conduct.get().isBefore(joined)) {
            before.add(a.id());
          }
        }
      }
      if (!before.isEmpty()) {
        boolean all = before.size() == c.allegations().size();
        String beforeText = before.toString(); // a mutable list: its text now, not when the step is read
        t.applied(Rule.JURISDICTION_BEFORE_ATTESTATION, () -> "The conduct alleged in " + beforeText + " happened before the subject "
            + "joined on " + Dates.iso(joined) + (all ? ", so it is outside the Conduct Regulations." : "; those allegations are outside "
            + "the Conduct Regulations."), facts("joined", joined, "allegations", beforeText));
        if (all) {
          inScope = false;
          judgeOutcomeOutsideRules("the conduct happened before the subject became an officer");
          return;
        }
      } else if (dated > 0) {
        t.notApplicable(Rule.JURISDICTION_BEFORE_ATTESTATION, () -> "The conduct happened after the subject joined on " + Dates.iso(joined) + ".",
            facts("joined", joined));
      }
    }

    former = Engine.isFormer(c, asAt);
    if (!former) {
      return;
    }
    LocalDate left = s.left().get().date();
    if (left.isBefore(Engine.FORMER_OFFICERS_FROM)) {
      Rule rule = asAt.isBefore(Engine.FORMER_OFFICERS_FROM) ? Rule.JURISDICTION_FORMER_NOT_YET : Rule.JURISDICTION_FORMER_LEFT_EARLIER;
      t.applied(rule, () -> "The subject left on " + Dates.iso(left) + ", before the former-officer provisions came into force on "
          + "15 December 2017, so no proceedings can be brought or continued against them.",
          facts("left", left, "reason", s.left().get().reason().code()));
      inScope = false;
      judgeOutcomeOutsideRules("the subject had left before proceedings could reach former officers");
      return;
    }
    if (regime == Regime.CONDUCT_REGULATIONS_2008) {
      t.applied(Rule.JURISDICTION_FORMER_2008, () -> "The subject left on " + Dates.iso(left) + ", but the allegation is still "
          + "governed by the 2008 Regulations: the former-officer provisions reach only allegations that came to attention "
          + "after 21 November 2012, so no proceedings can be brought or continued against them.",
          facts("left", left, "regime", regime.code()));
      inScope = false;
      judgeOutcomeOutsideRules("the former-officer provisions do not reach allegations under the 2008 Regulations");
      return;
    }
    Optional<SeverityAssessment> sev = severity();
    if (sev.isPresent() && sev.get().level() != Severity.GROSS_MISCONDUCT) {
      t.applied(Rule.JURISDICTION_FORMER_GROSS_ONLY, cite(Rule.JURISDICTION_FORMER_GROSS_ONLY), () -> "The subject is a former "
          + "officer and the conduct was assessed as " + sev.get().level().code().replace('_', ' ')
          + ": only alleged gross misconduct can be pursued against a former officer.",
          facts("left", left, "severity", sev.get().level().code()));
      inScope = false;
      judgeOutcomeOutsideRules("only gross misconduct can be pursued against a former officer");
      return;
    }
    boolean whileServing = false;
    for (Allegation a : c.allegations()) {
      Optional<LocalDate> conduct = a.conductDate();
      whileServing |= conduct.isEmpty() || !conduct.get().isAfter(left);
    }
    if (!whileServing) {
      t.applied(Rule.JURISDICTION_FORMER_GROSS_ONLY, cite(Rule.JURISDICTION_FORMER_GROSS_ONLY), () -> "The conduct happened after "
          + "the subject left on " + Dates.iso(left) + ": it is not the conduct of a police officer.", facts("left", left));
      inScope = false;
      judgeOutcomeOutsideRules("the conduct happened after the subject left");
      return;
    }
    t.applied(Rule.JURISDICTION_FORMER_GROSS_ONLY, cite(Rule.JURISDICTION_FORMER_GROSS_ONLY), () -> "The subject left on " + Dates.iso(left)
        + " and is a former officer; proceedings may continue only for alleged gross misconduct committed while serving"
        + (sev.isPresent() ? ", as assessed here." : "; the allegation has not yet been assessed."),
        facts("left", left, "severity", sev.map(x -> x.level().code())));
    if (sev.isEmpty()) {
      guidance.add(new Guidance(GuidanceKind.NEXT_STEP, "The subject has left: proceedings can continue only if the "
          + "allegation is assessed as gross misconduct.", cite(Rule.JURISDICTION_FORMER_GROSS_ONLY)));
    }
    LocalDate attention = Engine.earliestAttention(c);
    boolean r2020 = regime == Regime.CONDUCT_REGULATIONS_2020;
    Rule ruleA = r2020 ? Rule.FORMER_CONDITION_A : Rule.FORMER_CONDITION_2012;
    Rule ruleB = r2020 ? Rule.FORMER_CONDITION_B : Rule.FORMER_CONDITION_2012;
    Rule ruleC = r2020 ? Rule.FORMER_CONDITION_C : Rule.FORMER_CONDITION_2012;
    if (!attention.isAfter(left)) {
      condition = Optional.of(FormerOfficerCondition.A);
      t.applied(ruleA, () -> "Condition A: the subject left on " + Dates.iso(left) + ", after the allegation came to attention on "
          + Dates.iso(attention) + ".", facts("left", left, "came_to_attention", attention));
      return;
    }
    t.notApplicable(ruleA, () -> "Condition A does not apply: the allegation came to attention on " + Dates.iso(attention)
        + ", after the subject left on " + Dates.iso(left) + ".", facts("left", left, "came_to_attention", attention));
    if (!attention.isAfter(left.plusMonths(12))) {
      condition = Optional.of(FormerOfficerCondition.B);
      t.applied(ruleB, () -> "Condition B: the allegation came to attention on " + Dates.iso(attention) + ", no more than 12 months after "
          + "the subject left on " + Dates.iso(left) + ".", facts("left", left, "came_to_attention", attention));
      return;
    }
    t.notApplicable(ruleB, () -> "Condition B does not apply: the allegation came to attention more than 12 months after the "
        + "subject left on " + Dates.iso(left) + ".", facts("left", left, "came_to_attention", attention));
    if (c.conditionCDetermination()) {
      condition = Optional.of(FormerOfficerCondition.C);
      t.applied(ruleC, "Condition C: more than 12 months passed, and the Director General of the IOPC made a special "
          + "determination that proceedings would be reasonable and proportionate.",
          facts("left", left, "came_to_attention", attention, "condition_c_determination", true));
      return;
    }
    t.applied(ruleC, () -> "Condition C is not met: more than 12 months passed between leaving on " + Dates.iso(left)
        + " and the allegation coming to attention on " + Dates.iso(attention) + ", and no special determination was made, so "
        + "no proceedings can be brought against the former officer.",
        facts("left", left, "came_to_attention", attention, "condition_c_determination", false));
    inScope = false;
    judgeOutcomeOutsideRules("no former-officer condition (A, B or C) is met");
  }

  /** An outcome given in a case the Conduct Regulations do not reach was given without power. */
  private void judgeOutcomeOutsideRules(String why) {
    Optional<Outcome> given = c.proceedings().flatMap(Proceedings::outcome);
    if (given.isEmpty() || !s.role().isConstable()) {
      return;
    }
    outcome = Optional.of(new OutcomeCheck(given.get(), false));
    Citation citation = t.lastCitation();
    problems.add(new Problem("outside_jurisdiction", "The outcome " + given.get().code()
        + " was given, but no misconduct proceedings could be held: " + why + ".", citation));
  }

  // ---------------------------------------------------------------- 3. routing

  private void routing() {
    Optional<SeverityAssessment> sev = severity();
    boolean r2020 = regime == Regime.CONDUCT_REGULATIONS_2020;
    Rule meetingRule = r2020 ? Rule.ROUTING_MEETING_2020 : Rule.ROUTING_MEETING_2012;
    Rule hearingRule = r2020 ? Rule.ROUTING_HEARING_2020 : Rule.ROUTING_HEARING_2012;
    Citation meetingCite = r2020 ? meetingRule.citation() : REG_19.get(regime);
    Citation hearingCite = r2020 ? hearingRule.citation() : REG_19.get(regime);
    if (sev.isPresent()) {
      LocalDate assessed = Engine.assessmentDate(c);
      liveWarning = Engine.finalWrittenWarningInForce(c, assessed);
    }
    Optional<Forum> required = Optional.empty();
    if (former) {
      required = Optional.of(Forum.MISCONDUCT_HEARING);
      t.applied(hearingRule, hearingCite, "A former officer's alleged gross misconduct goes to a misconduct hearing "
          + "(or an accelerated hearing where the special conditions are certified).", facts("former_officer", true));
    } else if (sev.isEmpty()) {
      t.notApplicable(Rule.ROUTING_NO_CASE, cite(Rule.ROUTING_NO_CASE), "The allegation has not been assessed yet, so "
          + "no forum follows from it.", facts("severity", "not assessed"));
      guidance.add(new Guidance(GuidanceKind.NEXT_STEP, "Next: the appropriate authority assesses what the conduct would "
          + "amount to if proved (the severity assessment).", cite(Rule.ROUTING_NO_CASE)));
    } else {
      Severity level = sev.get().level();
      Optional<LocalDate> assessedOn = sev.get().assessed();
      // Text for the sentences below, built only when a step is read (as they are).
      Supplier<String> on = () -> assessedOn.map(d -> " on " + Dates.iso(d)).orElse("");
      switch (level) {
        case NO_MISCONDUCT:
          t.applied(Rule.ROUTING_NO_CASE, cite(Rule.ROUTING_NO_CASE), () -> "The conduct was assessed" + on.get()
              + " as neither misconduct nor gross misconduct, so there are no misconduct proceedings.",
              facts("severity", level.code()));
          break;
        case PRACTICE_REQUIRING_IMPROVEMENT:
          if (r2020) {
            required = Optional.of(Forum.REFLECTIVE_PRACTICE_REVIEW);
            t.applied(Rule.ROUTING_PRI, () -> "The conduct was assessed" + on.get() + " as practice requiring improvement, which goes "
                + "to the reflective practice review process.", facts("severity", level.code()));
          } else {
            problems.add(new Problem("severity_not_in_regime", "Practice requiring improvement is a level of the 2020 "
                + "Regulations only; the " + regime.title() + " know misconduct and gross misconduct.",
                cite(Rule.ROUTING_PRI_NOT_IN_REGIME)));
            t.applied(Rule.ROUTING_PRI_NOT_IN_REGIME, cite(Rule.ROUTING_PRI_NOT_IN_REGIME),
                () -> "Practice requiring improvement does not exist under the " + regime.title() + ".",
                facts("severity", level.code(), "regime", regime.code()));
          }
          break;
        case MISCONDUCT:
          if (liveWarning.isPresent()) {
            required = Optional.of(Forum.MISCONDUCT_HEARING);
            t.applied(hearingRule, hearingCite, () -> "The conduct was assessed" + on.get() + " as misconduct and a final written "
                + "warning (notified " + Dates.iso(liveWarning.get().notified()) + ") was in force then, so the case goes to a "
                + "misconduct hearing.", facts("severity", level.code(), "final_written_warning_in_force", true));
          } else {
            required = Optional.of(Forum.MISCONDUCT_MEETING);
            t.applied(meetingRule, meetingCite, () -> "The conduct was assessed" + on.get() + " as misconduct, with no final written "
                + "warning in force, so a case to answer goes to a misconduct meeting.",
                facts("severity", level.code(), "final_written_warning_in_force", false));
          }
          break;
        default:
          required = Optional.of(Forum.MISCONDUCT_HEARING);
          t.applied(hearingRule, hearingCite, () -> "The conduct was assessed" + on.get() + " as gross misconduct, so a case to answer "
              + "goes to a misconduct hearing (or an accelerated hearing where the special conditions are certified).",
              facts("severity", level.code()));
      }
    }
    Optional<Forum> given = c.proceedings().map(Proceedings::forum);
    forum = given.isPresent() ? given : required;
    if (given.isPresent()) {
      Forum g = given.get();
      if (g == Forum.REFLECTIVE_PRACTICE_REVIEW && !r2020) {
        problems.add(new Problem("forum_not_in_regime", "The reflective practice review process exists only under the "
            + "2020 Regulations; this case is governed by the " + regime.title() + ".", Rule.ROUTING_FORUM_NOT_IN_REGIME.citation()));
      } else if (former && (g == Forum.MISCONDUCT_MEETING || g == Forum.REFLECTIVE_PRACTICE_REVIEW)) {
        problems.add(new Problem("forum_not_available_to_former_officer", "A former officer cannot be dealt with at a "
            + g.nameUnder(regime) + ".", Rule.ROUTING_FORMER_NO_MEETING.citation()));
        t.applied(Rule.ROUTING_FORMER_NO_MEETING, () -> "The subject has left, and former officers have no " + g.nameUnder(regime) + ".",
            facts("forum", g.code(), "former_officer", true));
      } else if (g == Forum.ACCELERATED_MISCONDUCT_HEARING) {
        Rule acc = r2020 ? Rule.ROUTING_ACCELERATED_2020 : Rule.ROUTING_ACCELERATED_2012;
        Optional<Severity> level = sev.map(SeverityAssessment::level);
        if (level.isPresent() && level.get() != Severity.GROSS_MISCONDUCT) {
          problems.add(new Problem("accelerated_hearing_needs_gross_misconduct", "An accelerated or special case hearing"
              + " is only for alleged gross misconduct; the conduct was assessed as " + level.get().code() + ".", acc.citation()));
        }
        t.applied(acc, () -> "The case is at " + article(g.nameUnder(regime)) + " " + g.nameUnder(regime) + ": the appropriate authority certified the special "
            + "conditions (evidence in documents proves gross misconduct; the public interest requires the officer to cease "
            + "serving without delay).", facts("forum", g.code()));
      } else if (g == Forum.MISCONDUCT_MEETING && required.filter(f -> f == Forum.MISCONDUCT_HEARING).isPresent()) {
        problems.add(new Problem("hearing_required", "The case is at a misconduct meeting, but "
            + (liveWarning.isPresent() ? "a final written warning was in force at the assessment" : "the conduct was assessed "
                + "as gross misconduct") + ", so it must go to a misconduct hearing.", hearingCite));
      } else if (required.isPresent() && required.get() != g) {
        Forum req = required.get();
        t.notApplicable(meetingRule, meetingCite, () -> "The facts point to a " + req.nameUnder(regime)
            + "; the case is recorded at a " + g.nameUnder(regime) + ".", facts("forum", g.code()));
      }
    }
    forum.ifPresent(this::conductedBy);
  }

  private void conductedBy(Forum f) {
    LocalDate when = c.proceedings().flatMap(Proceedings::date).orElse(asAt);
    switch (f) {
      case MISCONDUCT_MEETING:
        conductedBy = Optional.of("a person at least one rank above the officer concerned (or senior police staff)");
        t.applied(Rule.PANEL_MEETING, () -> "A misconduct meeting is conducted by " + conductedBy.get() + ".", facts("date", when));
        break;
      case MISCONDUCT_HEARING:
        if (s.rank().map(r -> r.isSeniorOfficer()).orElse(false) && Rule.PANEL_HEARING_CHIEF_OFFICER.isInForceOn(when)) {
          conductedBy = Optional.of("a panel for a senior officer (chaired, from 7 May 2024, by a more senior officer from "
              + "another force or, for the most senior ranks, an inspector of constabulary)");
          t.applied(Rule.PANEL_HEARING_CHIEF_OFFICER, "The officer is a senior officer: special panel rules apply.",
              facts("rank", s.rank(), "date", when));
        } else if (s.rank().map(r -> r.isSeniorOfficer()).orElse(false)) {
          // Before 7 May 2024 a senior officer's panel had its own composition, which this library does not model:
          // say so rather than apply the 2024 rule to an earlier hearing.
          conductedBy = Optional.of("a panel for a senior officer (its composition before 7 May 2024 is not modelled)");
          t.notApplicable(Rule.PANEL_HEARING_CHIEF_OFFICER, () -> "The hearing on " + Dates.iso(when) + " came before "
              + "7 May 2024: the panel rules for senior officers from that date do not apply, and the earlier ones are not "
              + "modelled.", facts("rank", s.rank(), "date", when));
        } else if (when.isBefore(Engine.LQC_FROM)) {
          conductedBy = Optional.of("a panel of three chaired by a senior officer or senior HR professional, with an "
              + "independent member");
          t.applied(Rule.PANEL_HEARING_BEFORE_2016, Pinpoints.forRegime(Rule.PANEL_HEARING_BEFORE_2016, regime),
              "Before 1 January 2016 a misconduct hearing is chaired by a senior officer or senior HR professional.",
              facts("date", when));
        } else if (when.isBefore(Engine.CHIEF_OFFICER_CHAIR_FROM)) {
          conductedBy = Optional.of("a legally qualified chair, a senior officer and an independent member");
          t.applied(Rule.PANEL_HEARING_LQC, "From 1 January 2016 to 6 May 2024 a misconduct hearing is chaired by a legally "
              + "qualified chair.", facts("date", when));
        } else {
          conductedBy = Optional.of("the chief officer (or a delegate) with two independent members, advised by a legally "
              + "qualified person");
          t.applied(Rule.PANEL_HEARING_CHIEF_OFFICER, "From 7 May 2024 a misconduct hearing is chaired by the chief officer "
              + "or a delegate.", facts("date", when));
        }
        break;
      case ACCELERATED_MISCONDUCT_HEARING:
        conductedBy = Optional.of(when.isBefore(Engine.CHIEF_OFFICER_CHAIR_FROM) ? "the chief officer"
            : "the chief officer or a delegate (not the senior officer who certified the case)");
        t.applied(Rule.PANEL_ACCELERATED, () -> "An " + f.nameUnder(regime) + " is conducted by " + conductedBy.get() + ".",
            facts("date", when));
        break;
      default:
        conductedBy = Optional.of("a reviewer (the officer's line manager or another appropriate person)");
        break;
    }
  }

  // ---------------------------------------------------------------- 4. sanctions

  private Optional<OutcomeQuery> query() {
    if (forum.isEmpty()) {
      return Optional.empty();
    }
    Optional<Proceedings> p = c.proceedings();
    Optional<Finding> f = p.flatMap(Proceedings::mostSeriousFinding);
    if (f.isEmpty()) {
      Optional<SeverityAssessment> sev = severity();
      if (sev.isEmpty()) {
        return Optional.empty();
      }
      f = Engine.asFinding(sev.get().level());
      t.applied(Rule.SANCTIONS_NO_FINDING, cite(Rule.SANCTIONS_NO_FINDING), () -> "No findings yet: the outcomes shown are those "
          + "open if the conduct is proved as assessed (" + sev.get().level().code().replace('_', ' ') + ").",
          facts("severity", sev.get().level().code()));
    }
    finding = f;
    boolean unconnected = p.map(Proceedings::unconnectedIncidents).orElse(false);
    return Optional.of(new OutcomeQuery(regime, forum.get(), f.get(), s.role(), s.rank(), liveWarning.isPresent(),
        unconnected, c.record().reducedInRank(), former));
  }

  private void sanctions() {
    Optional<OutcomeQuery> q = query();
    if (q.isPresent()) {
      available = Sanctions.available(q.get(), t);
    }
    Optional<Outcome> given = c.proceedings().flatMap(Proceedings::outcome);
    if (given.isEmpty()) {
      return;
    }
    Outcome o = given.get();
    boolean lawful = available.contains(o);
    outcome = Optional.of(new OutcomeCheck(o, lawful));
    if (lawful) {
      t.applied(Rule.SANCTIONS_OUTCOME_LAWFUL, cite(Rule.SANCTIONS_OUTCOME_LAWFUL), () -> "The outcome given, "
          + o.code().replace('_', ' ') + ", is among the outcomes lawfully open.", facts("outcome", o.code()));
    } else {
      List<Problem> why = q.isPresent() ? Sanctions.whyNot(q.get(), o)
          : List.of(new Problem("outcome_without_findings", "The outcome " + o.code() + " was given, but the case has "
              + "neither findings nor a severity assessment to support it.", cite(Rule.SANCTIONS_OUTCOME_LAWFUL)));
      problems.addAll(why);
      t.applied(Rule.SANCTIONS_OUTCOME_LAWFUL, cite(Rule.SANCTIONS_OUTCOME_LAWFUL), () -> "The outcome given, "
          + o.code().replace('_', ' ') + ", was not lawfully open: " + why.get(0).message(), facts("outcome", o.code()));
    }
    if (o == Outcome.NO_FURTHER_ACTION && !former && finding.filter(Engine::proved).isPresent()
        && forum.filter(f -> f == Forum.MISCONDUCT_MEETING || f == Forum.MISCONDUCT_HEARING).isPresent()
        && regime == Regime.CONDUCT_REGULATIONS_2020) {
      LocalDate attention = Engine.earliestAttention(c);
      if (Rule.SANCTIONS_NO_FURTHER_ACTION_2025.isInForceOn(attention)) {
        String found = finding.get().code().replace('_', ' ');
        problems.add(new Problem("no_further_action_after_finding", "The allegation came to attention on " + Dates.iso(attention)
            + ", on or after 28 May 2025: a misconduct meeting or hearing that finds " + found + " decides what disciplinary "
            + "action to impose, so no further action is not open.", Rule.SANCTIONS_NO_FURTHER_ACTION_2025.citation()));
        t.applied(Rule.SANCTIONS_NO_FURTHER_ACTION_2025, () -> "For an allegation that came to attention on " + Dates.iso(attention)
            + ", a finding of " + found + " must be followed by disciplinary action: no further action is not open.",
            facts("came_to_attention", attention, "finding", finding.get().code(), "outcome", o.code()));
      }
    }
    Optional<Integer> months = c.proceedings().get().finalWrittenWarningMonths();
    if (o == Outcome.FINAL_WRITTEN_WARNING && months.isPresent()) {
      finalWrittenWarningPeriod(months.get());
    }
  }

  /**
   * A recorded period for the final written warning given: an error only where the law cannot produce it, a caution
   * where it differs from the default but may be lawful.
   */
  private void finalWrittenWarningPeriod(int m) {
    int usual = Engine.defaultMonths(io.github.policeconduct.core.WarningType.FINAL_WRITTEN_WARNING, regime);
    if (regime == Regime.CONDUCT_REGULATIONS_2020) {
      Citation citation = Rule.CONSEQUENCE_WARNING_2020.citation();
      if (m < usual) {
        problems.add(new Problem("final_written_warning_period", "A final written warning lasts 2 years, or a longer period "
            + "of up to 5 years set by the decision-maker; " + m + " months is shorter than the law allows.", citation));
      } else if (m > 60) {
        guidance.add(new Guidance(GuidanceKind.WARNING_PERIOD_TO_CHECK, "A final written warning lasts at most 5 years, but "
            + "time on a career break does not count towards it; " + m + " months is lawful only if that much of it was "
            + "career break.", citation));
      }
      return;
    }
    if (m != usual) {
      guidance.add(new Guidance(GuidanceKind.WARNING_PERIOD_TO_CHECK, "Under the " + regime.title() + " a final written warning "
          + "usually lasts " + usual + " months (a period the library could not read in the Regulations themselves); " + m
          + " months was recorded: check it.", Pinpoints.forRegime(Rule.CONSEQUENCE_WARNING_2012, regime)));
    }
  }

  // ---------------------------------------------------------------- 5. consequences

  private void consequences() {
    Optional<Proceedings> p = c.proceedings();
    Optional<LocalDate> date = p.flatMap(Proceedings::date);
    Optional<OutcomeCheck> o = outcome;
    if (o.isPresent() && o.get().lawful() && date.isPresent()) {
      warningExpiry(o.get().decided(), date.get());
      if (o.get().decided().isDismissal()) {
        barredList(o.get().decided(), date.get());
      }
      reasonsForNotDismissing(o.get().decided(), date.get());
    }
    consequencesForLeaving();
    appeal(date);
  }

  /** From 7 May 2024: gross misconduct found at a hearing, and the action is not dismissal without notice. */
  private void reasonsForNotDismissing(Outcome o, LocalDate date) {
    if (regime != Regime.CONDUCT_REGULATIONS_2020 || former || finding.filter(f -> f == Finding.GROSS_MISCONDUCT).isEmpty()
        || o == Outcome.DISMISSAL_WITHOUT_NOTICE || forum.isEmpty()) {
      return;
    }
    Forum f = forum.get();
    Rule rule = f == Forum.MISCONDUCT_HEARING ? Rule.CONSEQUENCE_REASONS_HEARING
        : f == Forum.ACCELERATED_MISCONDUCT_HEARING ? Rule.CONSEQUENCE_REASONS_ACCELERATED : null;
    if (rule == null) {
      return;
    }
    if (!rule.isInForceOn(date)) {
      t.notApplicable(rule, () -> "The " + f.nameUnder(regime) + " on " + Dates.iso(date) + " came before 7 May 2024, when the "
          + "outcome first had to give reasons for not dismissing after a finding of gross misconduct.", facts("date", date));
      return;
    }
    Optional<LocalDate> due = rule.timeLimit().isPresent() ? Engine.due(date, t, rule) : Optional.empty();
    String what = f == Forum.MISCONDUCT_HEARING
        ? "The outcome notified to the officer must give the reasons why gross misconduct, found at the hearing on "
            + Dates.iso(date) + ", led to " + o.code().replace('_', ' ') + " and not to dismissal without notice."
        : "The chair's report of the accelerated misconduct hearing on " + Dates.iso(date) + " must give the reasons why gross "
            + "misconduct led to " + o.code().replace('_', ' ') + " and not to dismissal without notice; the report is due "
            + "before the end of " + rule.timeLimit().get().words() + " the hearing.";
    consequences.add(new Consequence(ConsequenceKind.OUTCOME_REPORT_REASONS, due, what, rule.citation()));
    t.applied(rule, () -> what, facts("date", date, "finding", Finding.GROSS_MISCONDUCT.code(), "outcome", o.code()));
  }

  private void warningExpiry(Outcome o, LocalDate notified) {
    boolean r2020 = regime == Regime.CONDUCT_REGULATIONS_2020;
    Rule rule = r2020 ? Rule.CONSEQUENCE_WARNING_2020 : Rule.CONSEQUENCE_WARNING_2012;
    Citation citation = Pinpoints.forRegime(rule, regime);
    switch (o) {
      case WRITTEN_WARNING: {
        int months = Engine.defaultMonths(io.github.policeconduct.core.WarningType.WRITTEN_WARNING, regime);
        warningExpires = Optional.of(notified.plusMonths(months));
        t.applied(rule, citation, () -> "The written warning, notified on " + Dates.iso(notified) + ", is in force for " + months
            + " months, until " + Dates.iso(warningExpires.get()) + ".", facts("notified", notified, "months", months));
        break;
      }
      case FINAL_WRITTEN_WARNING: {
        int usual = Engine.defaultMonths(io.github.policeconduct.core.WarningType.FINAL_WRITTEN_WARNING, regime);
        int months = r2020 ? c.proceedings().get().finalWrittenWarningMonths().orElse(usual) : usual;
        warningExpires = Optional.of(notified.plusMonths(months));
        t.applied(rule, citation, () -> "The final written warning, notified on " + Dates.iso(notified) + ", is in force for " + months
            + " months, until " + Dates.iso(warningExpires.get()) + ".", facts("notified", notified, "months", months));
        break;
      }
      case EXTENSION_OF_FINAL_WRITTEN_WARNING:
        if (liveWarning.isPresent()) {
          LocalDate was = Engine.expiry(liveWarning.get());
          warningExpires = Optional.of(was.plusMonths(18));
          t.applied(rule, REG_35_55.get(regime), () -> "The final written warning that would have expired on " + Dates.iso(was)
              + " is extended by 18 months, to " + Dates.iso(warningExpires.get()) + ".", facts("expired", was));
        }
        break;
      default:
        break;
    }
  }

  /**
   * The Barred List report after a lawful dismissal or "would have been dismissed" finding. The period runs from "the
   * date of the relevant dismissal" or "of the relevant finding" (SI 2017/1135 reg 3(1)): for a dismissal, the day the
   * subject ceased to serve when the case records it, else the day of the proceedings; a dismissal with notice takes
   * effect when the notice ends, so without a recorded leaving date its report date cannot be counted.
   */
  private void barredList(Outcome decided, LocalDate date) {
    boolean whbd = decided == Outcome.WOULD_HAVE_BEEN_DISMISSED;
    Optional<LocalDate> from = whbd ? Optional.of(date) : dismissalDate(decided, date);
    String what = whbd ? "The finding that the former " + (s.role().isConstable() ? "officer" : "employee") + " would have been dismissed"
        : "The dismissal" + (decided == Outcome.DISMISSAL_WITH_NOTICE ? " with notice" : "");
    LocalDate counted = from.orElse(date);
    if (counted.isBefore(Engine.FORMER_OFFICERS_FROM)) {
      t.applied(Rule.CONSEQUENCE_BARRED_LIST_NOT_YET, () -> what + " on " + Dates.iso(counted) + " came before the statutory Police "
          + "Barred List began on 15 December 2017, so no Barred List report follows.", facts("date", counted));
      return;
    }
    Rule rule = Rule.CONSEQUENCE_BARRED_LIST;
    String words = rule.timeLimit().get().words();
    if (from.isEmpty()) {
      String text = what + " decided on " + Dates.iso(date) + " takes effect when the notice (at least 28 days) ends; it must be "
          + "reported to the College of Policing for the Police Barred List before the end of " + words + " the date of the "
          + "dismissal. The case does not record when the subject left, so the due date cannot be counted.";
      consequences.add(new Consequence(ConsequenceKind.BARRED_LIST_REPORT, Optional.empty(), text, rule.citation()));
      t.applied(rule, () -> text, facts("date", date, "outcome", decided.code(), "left", "not recorded"));
      return;
    }
    Optional<LocalDate> due = Engine.due(counted, t, rule);
    String event = whbd ? "the finding" : "the dismissal";
    String text = what + " on " + Dates.iso(counted) + " must be reported to the College of Policing for the Police Barred List "
        + "before the end of " + words + " the date of " + event + ".";
    consequences.add(new Consequence(ConsequenceKind.BARRED_LIST_REPORT, due, text, rule.citation()));
    t.applied(rule, () -> what + " on " + Dates.iso(counted) + " goes on the Police Barred List: the report is due by "
        + due.map(Dates::iso).orElse("(date outside the working-day calendar)") + " (" + words + " the date of " + event + ").",
        facts("date", counted, "outcome", decided.code()));
  }

  /**
   * The date of a dismissal: the recorded leaving date where the subject left by dismissal on or after the
   * proceedings; otherwise the proceedings date for a dismissal without notice, and nothing for one with notice.
   */
  private Optional<LocalDate> dismissalDate(Outcome decided, LocalDate proceedings) {
    Optional<LocalDate> left = s.left().filter(l -> l.reason() == io.github.policeconduct.core.Departure.DISMISSED)
        .map(l -> l.date()).filter(d -> !d.isBefore(proceedings));
    if (left.isPresent()) {
      return left;
    }
    return decided == Outcome.DISMISSAL_WITH_NOTICE ? Optional.empty() : Optional.of(proceedings);
  }

  /**
   * Civilian police employees (PCSOs and other police staff) are outside the Conduct Regulations, but a dismissal under
   * the force's procedures for conduct, or a finding that a former employee would have been dismissed, puts them on the
   * Barred List (Police Act 1996, s.88A(1)(c)-(d)). The case records that outcome in {@code proceedings}.
   */
  private void barredListOutsideRegulations() {
    if (!s.role().isCivilianPoliceEmployee()) {
      return;
    }
    Optional<Proceedings> p = c.proceedings();
    Optional<Outcome> given = p.flatMap(Proceedings::outcome);
    Optional<LocalDate> date = p.flatMap(Proceedings::date);
    if (given.isEmpty() || date.isEmpty() || !given.get().isDismissal()) {
      return;
    }
    Outcome o = given.get();
    boolean leftBefore = s.left().map(l -> l.date().isBefore(date.get())).orElse(false);
    if (o == Outcome.WOULD_HAVE_BEEN_DISMISSED && !leftBefore) {
      problems.add(new Problem("would_have_been_dismissed_only_for_former_employees", "A finding that the subject would have "
          + "been dismissed is only for a person who has ceased to serve; this " + s.role().code().replace('_', ' ')
          + " was serving at the proceedings.", Rule.CONSEQUENCE_BARRED_LIST.citation()));
      return;
    }
    barredList(o, date.get());
  }

  private void consequencesForLeaving() {
    if (s.left().isEmpty()) {
      return;
    }
    if (s.role().isPoliceVolunteer()) {
      volunteerLeaving();
      return;
    }
    LocalDate left = s.left().get().date();
    if (!Engine.leftByResigningOrRetiring(s)) {
      return;
    }
    LocalDate attention = Engine.earliestAttention(c);
    if (left.isBefore(Engine.FORMER_OFFICERS_FROM)) {
      if (!attention.isAfter(left)) {
        t.notApplicable(Rule.CONSEQUENCE_ADVISORY_LIST, () -> "The subject left on " + Dates.iso(left) + ", before the Police Advisory List "
            + "began on 15 December 2017.", facts("left", left));
      }
      return;
    }
    Optional<Proceedings> p = c.proceedings();
    boolean concludedBeforeLeaving = p.flatMap(Proceedings::date).map(d -> !d.isAfter(left)).orElse(false)
        && p.flatMap(Proceedings::outcome).isPresent();
    Optional<SeverityAssessment> sev = severity();
    boolean noProceedingsDecidedBeforeLeaving = sev.map(x -> !x.level().isMisconductOrWorse()
        && x.assessed().map(d -> !d.isAfter(left)).orElse(false)).orElse(false);
    boolean whileOutstanding = !attention.isAfter(left) && !concludedBeforeLeaving && !noProceedingsDecidedBeforeLeaving;
    boolean afterLeaving = attention.isAfter(left) && inScope;
    if (!whileOutstanding && !afterLeaving) {
      t.notApplicable(Rule.CONSEQUENCE_ADVISORY_LIST, () -> "No Advisory List report: no allegation was outstanding when the subject "
          + "left on " + Dates.iso(left) + ".", facts("left", left, "came_to_attention", attention));
      return;
    }
    String why = whileOutstanding
        ? "The subject " + s.left().get().reason().code() + " on " + Dates.iso(left) + " while an allegation was outstanding (it came to "
            + "attention on " + Dates.iso(attention) + ")"
        : "The subject, who " + s.left().get().reason().code() + " on " + Dates.iso(left) + ", became the subject of an allegation on "
            + Dates.iso(attention) + " after leaving";
    Optional<LocalDate> advisoryDue = Engine.due(whileOutstanding ? left : attention, t, Rule.CONSEQUENCE_ADVISORY_LIST);
    consequences.add(new Consequence(ConsequenceKind.ADVISORY_LIST_REPORT, advisoryDue, why
        + ": they must be reported for the Police Advisory List before the end of "
        + Rule.CONSEQUENCE_ADVISORY_LIST.timeLimit().get().words() + " the date of "
        + (whileOutstanding ? "leaving." : "the allegation coming to attention."), Rule.CONSEQUENCE_ADVISORY_LIST.citation()));
    t.applied(Rule.CONSEQUENCE_ADVISORY_LIST, () -> why + ", so they are reported for the Police Advisory List.",
        facts("left", left, "reason", s.left().get().reason().code(), "came_to_attention", attention));
    Optional<Outcome> given = p.flatMap(Proceedings::outcome);
    boolean assessedBelow = sev.map(x -> !x.level().isMisconductOrWorse()).orElse(false);
    boolean staff = s.role().isCivilianPoliceEmployee(); // force procedures, not the Conduct Regulations, decide their case
    if (staff ? given.isPresent() : given.isPresent() || assessedBelow || !inScope) {
      boolean barred = given.filter(o -> o == Outcome.WOULD_HAVE_BEEN_DISMISSED).isPresent()
          && (staff || outcome.map(OutcomeCheck::lawful).orElse(false));
      String removal = barred ? "They leave the Advisory List on being put on the Barred List."
          : !inScope ? "No proceedings can be brought against them, so they are removed from the Advisory List."
          : "The proceedings ended without a finding that they would have been dismissed, so they are removed from the "
              + "Advisory List.";
      consequences.add(new Consequence(ConsequenceKind.ADVISORY_LIST_REMOVAL, Optional.empty(), removal,
          Rule.CONSEQUENCE_ADVISORY_REMOVAL.citation()));
      t.applied(Rule.CONSEQUENCE_ADVISORY_REMOVAL, () -> removal, facts("outcome", given.map(Outcome::code)));
    }
  }

  /**
   * A community support or policing support volunteer (Police Act 1996, s.88I(1)(c)-(d)): reported for the Advisory
   * List when the designation is withdrawn (recorded as {@code dismissed}) or they stop volunteering (any other
   * departure) after an allegation came to attention. For stopping, the period runs from the day the authority learns
   * of it (SI 2017/1135 reg 12(1)(b)); the case records only the leaving date, which is used and said.
   */
  private void volunteerLeaving() {
    LocalDate left = s.left().get().date();
    LocalDate attention = Engine.earliestAttention(c);
    if (left.isBefore(Engine.FORMER_OFFICERS_FROM) || attention.isAfter(left)) {
      t.notApplicable(Rule.CONSEQUENCE_ADVISORY_LIST, () -> left.isBefore(Engine.FORMER_OFFICERS_FROM)
          ? "The volunteer left on " + Dates.iso(left) + ", before the Police Advisory List began on 15 December 2017."
          : "No Advisory List report: no allegation had come to attention when the volunteer left on " + Dates.iso(left) + ".",
          facts("left", left, "came_to_attention", attention));
      return;
    }
    boolean withdrawn = s.left().get().reason() == io.github.policeconduct.core.Departure.DISMISSED;
    String who = s.role().code().replace('_', ' ');
    String why = withdrawn
        ? "The subject's designation as a " + who + " was withdrawn on " + Dates.iso(left) + ", after an allegation came to "
            + "attention on " + Dates.iso(attention) + " (a reason relating to conduct)"
        : "The subject stopped volunteering as a " + who + " on " + Dates.iso(left) + ", after an allegation came to attention on "
            + Dates.iso(attention) + " (the period runs from the day the authority learnt of it, taken to be that day)";
    Optional<LocalDate> due = Engine.due(left, t, Rule.CONSEQUENCE_ADVISORY_LIST);
    consequences.add(new Consequence(ConsequenceKind.ADVISORY_LIST_REPORT, due, why + ": they must be reported for the "
        + "Police Advisory List before the end of " + Rule.CONSEQUENCE_ADVISORY_LIST.timeLimit().get().words() + " that date.",
        Law.cite(Law.PA1996, "s.88I(1)(" + (withdrawn ? "c" : "d") + "); " + Law.LISTS2017 + ", reg 12(1)("
            + (withdrawn ? "a" : "b") + ")", Law.PA1996_URL)));
    t.applied(Rule.CONSEQUENCE_ADVISORY_LIST, () -> why + ", so they are reported for the Police Advisory List.",
        facts("left", left, "reason", s.left().get().reason().code(), "came_to_attention", attention, "role", s.role().code()));
  }

  private void appeal(Optional<LocalDate> date) {
    if (date.isEmpty() || outcome.isEmpty() || forum.isEmpty() || finding.isEmpty() || !Engine.proved(finding.get())) {
      return;
    }
    Forum f = forum.get();
    if (f == Forum.MISCONDUCT_MEETING) {
      Citation cite = regime == Regime.CONDUCT_REGULATIONS_2020 ? Rule.CONSEQUENCE_APPEAL_MEETING.citation() : REG_38.get(regime);
      Optional<LocalDate> due = Engine.due(date.get(), t, Rule.CONSEQUENCE_APPEAL_MEETING);
      String words = Rule.CONSEQUENCE_APPEAL_MEETING.timeLimit().get().words();
      consequences.add(new Consequence(ConsequenceKind.APPEAL_WINDOW, due, "The officer may appeal against the meeting's "
          + "finding or outcome by written notice before the end of " + words + " the report is given (taken to be the day "
          + "of the meeting).", cite));
      t.applied(Rule.CONSEQUENCE_APPEAL_MEETING, cite, () -> "Appeal from the misconduct meeting: notice within " + words
          + " the report is given (the meeting's date is used), by "
          + due.map(Dates::iso).orElse("(date outside the working-day calendar)") + ".", facts("date", date.get()));
    } else if (f == Forum.MISCONDUCT_HEARING || f == Forum.ACCELERATED_MISCONDUCT_HEARING) {
      Citation cite = regime == Regime.CONDUCT_REGULATIONS_2020 ? Rule.CONSEQUENCE_APPEAL_TRIBUNAL.citation()
          : PAT_2012_R6;
      Optional<LocalDate> due = Engine.due(date.get(), t, Rule.CONSEQUENCE_APPEAL_TRIBUNAL);
      String words = Rule.CONSEQUENCE_APPEAL_TRIBUNAL.timeLimit().get().words();
      consequences.add(new Consequence(ConsequenceKind.APPEAL_WINDOW, due, "The " + (former ? "former " : "")
          + "officer may appeal to a Police Appeals Tribunal against the finding or outcome by notice before the end of "
          + words + " the outcome is given (taken to be the day of the hearing; this time limit is unconfirmed).", cite));
      t.applied(Rule.CONSEQUENCE_APPEAL_TRIBUNAL, cite, () -> "Appeal from the " + f.nameUnder(regime) + " to a Police Appeals "
          + "Tribunal: notice within " + words + " the outcome is given (the hearing's date is used), by " + due.map(Dates::iso).orElse("(date outside the "
          + "working-day calendar)") + ".", facts("date", date.get()));
    }
  }

  // ---------------------------------------------------------------- 6. resignation

  private void resignation() {
    Optional<LocalDate> on;
    if (s.left().isPresent()) {
      on = Engine.leftByResigningOrRetiring(s) ? Optional.of(s.left().get().date()) : Optional.empty();
    } else {
      on = Optional.of(asAt);
    }
    if (on.isEmpty() || !s.role().isConstable()) {
      resignation = new Resignation(false, Optional.empty()); // no date: not left by resigning, or not an officer
      return;
    }
    LocalDate d = on.get();
    String verb = s.left().isPresent() ? s.left().get().reason().code() : "resigning or retiring as at";
    if (d.isBefore(Engine.RESTRICTION_FROM) || d.isAfter(Engine.RESTRICTION_UNTIL)) {
      resignation = new Resignation(false, on);
      t.notApplicable(Rule.RESIGNATION_RESTRICTED, () -> "On " + Dates.iso(d) + " no consent was needed to resign or retire: the restriction "
          + "applied only from 12 January 2015 to 14 December 2017.", facts("date", d));
      return;
    }
    boolean outstanding = false;
    for (Allegation a : c.allegations()) {
      outstanding |= !a.cameToAttention().isAfter(d);
    }
    Optional<SeverityAssessment> sev = severity().filter(x -> x.assessed().map(a -> !a.isAfter(d)).orElse(true));
    boolean lifted = false;
    String why = "";
    if (!outstanding) {
      why = "no allegation had come to attention by then";
    } else if (sev.isPresent() && !sev.get().level().isMisconductOrWorse()) {
      lifted = true;
      why = "the conduct had been assessed as neither misconduct nor gross misconduct";
    } else if (sev.isPresent() && sev.get().level() == Severity.MISCONDUCT
        && Engine.finalWrittenWarningInForce(c, Engine.assessmentDate(c)).isEmpty()) {
      lifted = true;
      why = "the conduct had been assessed as misconduct with no final written warning in force";
    } else if (c.proceedings().flatMap(Proceedings::date).map(p -> !p.isAfter(d)).orElse(false)
        && c.proceedings().flatMap(Proceedings::outcome).isPresent()) {
      lifted = true;
      why = "the proceedings had concluded";
    }
    if (!outstanding || lifted) {
      resignation = new Resignation(false, on);
      String reason = why;
      t.notApplicable(Rule.RESIGNATION_RESTRICTED, () -> "On " + Dates.iso(d) + " no consent was needed to resign or retire: " + reason + ".",
          facts("date", d));
      return;
    }
    resignation = new Resignation(true, on);
    t.applied(Rule.RESIGNATION_RESTRICTED, () -> "The subject, " + verb + " " + Dates.iso(d) + ", needed the appropriate authority's consent: "
        + "an allegation " + (sev.isPresent() ? "assessed as " + sev.get().level().code().replace('_', ' ') : "not yet assessed")
        + " was outstanding. Consent could be given only if the officer was medically unfit to face the proceedings or "
        + "exceptional circumstances justified it.", facts("date", d, "severity", sev.map(x -> x.level().code())));
  }

  // ---------------------------------------------------------------- 8. guidance

  private void guidance() {
    boolean gross = finding.filter(f -> f == Finding.GROSS_MISCONDUCT).isPresent();
    LocalDate when = c.proceedings().flatMap(Proceedings::date).orElse(asAt);
    if (gross && !former && forum.filter(f -> f != Forum.MISCONDUCT_MEETING).isPresent()) {
      LocalDate attention = Engine.earliestAttention(c);
      if (!attention.isBefore(Engine.A2025_FROM)) {
        guidance.add(new Guidance(GuidanceKind.PRESUMPTION_OF_DISMISSAL, "Gross misconduct found on an allegation that "
            + "came to attention on or after 28 May 2025: "
            + "dismissal is presumed unless there are exceptional circumstances.",
            Rule.GUIDANCE_PRESUMPTION_OF_DISMISSAL.citation()));
        t.applied(Rule.GUIDANCE_PRESUMPTION_OF_DISMISSAL, "Advisory: for allegations that came to attention from 28 May "
            + "2025, dismissal is presumed where gross misconduct is found, unless there are exceptional circumstances.",
            facts("came_to_attention", attention));
      } else {
        t.notApplicable(Rule.GUIDANCE_PRESUMPTION_OF_DISMISSAL, () -> "The presumption of dismissal applies to allegations that "
            + "came to attention from 28 May 2025; this one came to attention on " + Dates.iso(attention) + ".",
            facts("came_to_attention", attention));
      }
      Set<Category> cats = EnumSet.noneOf(Category.class);
      c.allegations().forEach(a -> cats.addAll(a.categories()));
      cats.retainAll(DISMISSAL_LIKELY);
      if (!cats.isEmpty() && Rule.GUIDANCE_OUTCOMES.isInForceOn(when)) {
        String catsText = cats.toString(); // a mutable set: its text now, not when the step is read
        guidance.add(new Guidance(GuidanceKind.DISMISSAL_LIKELY_UNDER_OUTCOMES_GUIDANCE, "Advisory: the College of Policing "
            + "outcomes guidance treats conduct of this kind (" + catsText + ") as serious enough that dismissal is likely.",
            Rule.GUIDANCE_OUTCOMES.citation()));
        t.applied(Rule.GUIDANCE_OUTCOMES, () -> "Advisory: the outcomes guidance points to dismissal for " + catsText + ".",
            facts("categories", catsText));
      }
    }
    if (Engine.mentions(c, Category.INDICTABLE_ONLY_CONVICTION)) {
      LocalDate assessed = Engine.earliestAttention(c);
      if (!assessed.isBefore(Engine.A2025_FROM)) {
        Optional<SeverityAssessment> sev = severity();
        guidance.add(new Guidance(GuidanceKind.INDICTABLE_ONLY_CONVICTION_IS_GROSS_MISCONDUCT, "A conviction for an offence "
            + "triable only on indictment always amounts to gross misconduct.", Rule.GUIDANCE_INDICTABLE_ONLY.citation()));
        t.applied(Rule.GUIDANCE_INDICTABLE_ONLY, "An indictable-only conviction always amounts to gross misconduct (from "
            + "28 May 2025).", facts("assessed", assessed));
        if (sev.isPresent() && sev.get().level() != Severity.GROSS_MISCONDUCT) {
          problems.add(new Problem("indictable_only_conviction_is_gross_misconduct", "An indictable-only conviction always "
              + "amounts to gross misconduct, but it was assessed as " + sev.get().level().code() + ".",
              Rule.GUIDANCE_INDICTABLE_ONLY.citation()));
        }
      }
    }
    if (available.contains(Outcome.REDUCTION_IN_RANK)) {
      guidance.add(new Guidance(GuidanceKind.REDUCTION_IN_RANK_NEEDS_VIEWS, "Reduction in rank may be imposed only after "
          + "taking the appropriate authority's views, including on its likely operational impact.", R2020_REG_62_6));
    }
  }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.Optional;

import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Subject;

/** Capability 3: the forum the facts require (or the one the proceedings name, checked), and who conducts it. */
final class Routing {
  /** Who conducts each forum, in the words of {@code conducted_by.} sentences (no facts): written once. */
  private static final java.util.Map<Rule, String> CONDUCTED_BY = new java.util.EnumMap<>(Rule.class);
  private static final String ACCELERATED_DELEGATE =
      Sentences.text("conducted_by." + Rule.PANEL_ACCELERATED.id() + "/delegate", Rule.PANEL_ACCELERATED);
  private static final String ACCELERATED_CHIEF_OFFICER =
      Sentences.text("conducted_by." + Rule.PANEL_ACCELERATED.id() + "/chief_officer", Rule.PANEL_ACCELERATED);
  private static final String REVIEWER = Sentences.text("conducted_by.reflective_practice_review", null);

  static {
    for (Rule r : new Rule[] {Rule.PANEL_MEETING, Rule.PANEL_HEARING_SENIOR_OFFICER, Rule.PANEL_HEARING_SENIOR_OFFICER_BEFORE_2024,
        Rule.PANEL_HEARING_BEFORE_2016, Rule.PANEL_HEARING_LQC, Rule.PANEL_HEARING_CHIEF_OFFICER}) {
      CONDUCTED_BY.put(r, Sentences.text("conducted_by." + r.id(), r));
    }
  }

  private Routing() {}

  /**
   * What capability 3 decided.
   *
   * @param forum the forum the proceedings name, or else the one the facts require
   * @param conductedBy who conducts or chairs it, in plain English
   */
  record Result(Optional<Forum> forum, Optional<String> conductedBy) {}

  /** No forum: the case goes to no proceedings. */
  static final Result NONE = new Result(Optional.empty(), Optional.empty());

  static Result of(CaseFacts f, Regime regime, boolean former, Trace t) {
    boolean r2020 = regime == Regime.CONDUCT_REGULATIONS_2020;
    Rule meetingRule = r2020 ? Rule.ROUTING_MEETING_2020 : Rule.ROUTING_MEETING_2012;
    Rule hearingRule = r2020 ? Rule.ROUTING_HEARING_2020 : Rule.ROUTING_HEARING_2012;
    Optional<Forum> required = required(f, regime, former, meetingRule, hearingRule, t);
    Optional<Forum> given = f.givenForum();
    if (given.isPresent()) {
      check(f, regime, former, given.get(), required, meetingRule, hearingRule, t);
    }
    Optional<Forum> forum = given.isPresent() ? given : required;
    return new Result(forum, forum.flatMap(x -> conductedBy(f, regime, x, t)));
  }

  private static Optional<Forum> required(CaseFacts f, Regime regime, boolean former, Rule meetingRule, Rule hearingRule,
      Trace t) {
    LocalDate on = f.assessed();
    if (former) {
      t.applied(hearingRule, "former_officer", on, "former_officer", true);
      return Optional.of(Forum.MISCONDUCT_HEARING);
    }
    Optional<SeverityAssessment> sev = f.severity();
    if (sev.isEmpty()) {
      t.notApplicable(Rule.ROUTING_NO_CASE, "not_assessed", on, "severity", "not assessed");
      t.guidance(GuidanceKind.NEXT_STEP, Rule.ROUTING_NO_CASE, "severity_assessment_next");
      return Optional.empty();
    }
    Severity level = sev.get().level();
    String dated = sev.get().assessed().isPresent() ? "" : "_undated";
    Optional<LocalDate> assessed = sev.get().assessed();
    switch (level) {
      case NO_MISCONDUCT:
        t.applied(Rule.ROUTING_NO_CASE, "assessed" + dated, on, "severity", level.code(), "assessed", assessed);
        return Optional.empty();
      case PRACTICE_REQUIRING_IMPROVEMENT:
        if (regime == Regime.CONDUCT_REGULATIONS_2020) {
          t.applied(Rule.ROUTING_PRI, "assessed" + dated, on, "severity", level.code(), "assessed", assessed);
          return Optional.of(Forum.REFLECTIVE_PRACTICE_REVIEW);
        }
        t.problem("severity_not_in_regime", Rule.ROUTING_PRI_NOT_IN_REGIME, "regime", regime);
        t.applied(Rule.ROUTING_PRI_NOT_IN_REGIME, "", on, "severity", level.code(), "regime", regime);
        return Optional.empty();
      case MISCONDUCT:
        if (f.liveWarning().isPresent()) {
          t.applied(hearingRule, "misconduct_live_warning" + dated, on, "severity", level.code(), "final_written_warning_in_force", true,
              "assessed", assessed, "warning_notified", f.liveWarning().get().notified());
          return Optional.of(Forum.MISCONDUCT_HEARING);
        }
        t.applied(meetingRule, "misconduct" + dated, on, "severity", level.code(), "final_written_warning_in_force", false,
            "assessed", assessed);
        return Optional.of(Forum.MISCONDUCT_MEETING);
      default:
        t.applied(hearingRule, "gross" + dated, on, "severity", level.code(), "assessed", assessed);
        return Optional.of(Forum.MISCONDUCT_HEARING);
    }
  }

  private static void check(CaseFacts f, Regime regime, boolean former, Forum g, Optional<Forum> required, Rule meetingRule,
      Rule hearingRule, Trace t) {
    LocalDate on = f.when();
    if (g == Forum.REFLECTIVE_PRACTICE_REVIEW && regime != Regime.CONDUCT_REGULATIONS_2020) {
      t.problem("forum_not_in_regime", Rule.ROUTING_FORUM_NOT_IN_REGIME, "regime", regime);
    } else if (former && (g == Forum.MISCONDUCT_MEETING || g == Forum.REFLECTIVE_PRACTICE_REVIEW)) {
      t.problem("forum_not_available_to_former_officer", Rule.ROUTING_FORMER_NO_MEETING, "forum", g, "regime", regime);
      t.applied(Rule.ROUTING_FORMER_NO_MEETING, "", f.left().get().date(), "forum", g, "former_officer", true, "regime", regime);
    } else if (g == Forum.ACCELERATED_MISCONDUCT_HEARING) {
      Rule acc = regime == Regime.CONDUCT_REGULATIONS_2020 ? Rule.ROUTING_ACCELERATED_2020 : Rule.ROUTING_ACCELERATED_2012;
      Optional<Severity> level = f.severity().map(SeverityAssessment::level);
      if (level.isPresent() && level.get() != Severity.GROSS_MISCONDUCT) {
        t.problem("accelerated_hearing_needs_gross_misconduct", acc, "severity", level.get().code());
      }
      t.applied(acc, "", on, "forum", g, "regime", regime);
    } else if (g == Forum.MISCONDUCT_MEETING && required.filter(x -> x == Forum.MISCONDUCT_HEARING).isPresent()) {
      t.problem(f.liveWarning().isPresent() ? "hearing_required/live_warning" : "hearing_required/gross_misconduct", hearingRule);
    } else if (required.isPresent() && required.get() != g) {
      t.notApplicable(meetingRule, "other_forum", on, "forum", g, "required", required.get(), "regime", regime);
    }
  }

  /**
   * The panel of SI 2024/521 is read by the hearing's date, the only date its text that was read gives; forces apply
   * it to proceedings issued from its in-force date, and its transitional provision could not be read. A case whose
   * recorded notice of the referral (R2020 reg 30(1)) came before that date, with the hearing after it, is cautioned
   * to check which panel it had, naming both dates.
   */
  private static void panelTransition(CaseFacts f, Rule rule, LocalDate when, Trace t) {
    if (rule != Rule.PANEL_HEARING_CHIEF_OFFICER && rule != Rule.PANEL_HEARING_SENIOR_OFFICER) {
      return;
    }
    f.c().events().stream().filter(e -> e.type() == EventType.REFERRAL_NOTICE_GIVEN).map(CaseEvent::date)
        .min(LocalDate::compareTo).filter(notice -> !rule.isInForceOn(notice))
        .ifPresent(notice -> t.guidance(GuidanceKind.TRANSITIONAL_PROVISION_TO_CHECK, rule, "panel_referral_before_change",
            "hearing", when, "notice", notice));
  }

  private static Optional<String> conductedBy(CaseFacts f, Regime regime, Forum forum, Trace t) {
    LocalDate when = f.when();
    Subject s = f.subject();
    boolean senior = s.rank().map(Rank::isSeniorOfficer).orElse(false);
    Rule rule;
    switch (forum) {
      case MISCONDUCT_MEETING:
        rule = Rule.PANEL_MEETING;
        break;
      case MISCONDUCT_HEARING:
        rule = senior
            ? (Rule.PANEL_HEARING_SENIOR_OFFICER.isInForceOn(when) ? Rule.PANEL_HEARING_SENIOR_OFFICER
                : Rule.PANEL_HEARING_SENIOR_OFFICER_BEFORE_2024)
            : Rule.PANEL_HEARING_BEFORE_2016.isInForceOn(when) ? Rule.PANEL_HEARING_BEFORE_2016
            : Rule.PANEL_HEARING_LQC.isInForceOn(when) ? Rule.PANEL_HEARING_LQC : Rule.PANEL_HEARING_CHIEF_OFFICER;
        break;
      case ACCELERATED_MISCONDUCT_HEARING:
        // The chief officer's power to delegate comes with the hearing chairs of SI 2024/521 (reg 3, new reg 2(4A)).
        String variant = Rule.PANEL_HEARING_CHIEF_OFFICER.isInForceOn(when) ? "delegate" : "chief_officer";
        t.applied(Rule.PANEL_ACCELERATED, variant, when, "date", when, "forum", forum, "regime", regime);
        return Optional.of(variant.equals("delegate") ? ACCELERATED_DELEGATE : ACCELERATED_CHIEF_OFFICER);
      default:
        return Optional.of(REVIEWER);
    }
    // Which date the panel was read for: the hearing's, or (none recorded) the day the question is asked.
    String keyedOn = f.proceedingsDate().isPresent() ? "the hearing on " + when : "no hearing date recorded, as at " + when;
    if (senior) {
      t.applied(rule, "", when, "rank", s.rank(), "date", when, "keyed_on", keyedOn);
    } else {
      t.applied(rule, "", when, "date", when, "keyed_on", keyedOn);
    }
    panelTransition(f, rule, when, t);
    return Optional.of(CONDUCTED_BY.get(rule));
  }
}

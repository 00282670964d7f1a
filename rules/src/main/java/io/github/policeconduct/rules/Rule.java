package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.rules.calendar.PeriodStart;

/**
 * The catalogue of rules the library applies: each with a stable id (used in explanations and in the
 * JSON decision format), the capability it belongs to, the provision it rests on, the dates between which
 * it applies, and a one-sentence summary. Political data versioned by date: rules are never removed,
 * only given an end date.
 *
 * <p>Dates: a rule tied to one set of Regulations is dated by the allegations it governs (those that came
 * to attention while that set was in force); other rules by when their provision was in force.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Rule {
  /** Allegations that came to attention before 1 December 2008 fall under earlier regulations (the Police (Conduct) Regulations 2004), which this library does not model. */
  REGIME_NOT_MODELLED("regime.before_2008", Capability.REGIME, null, "2008-11-30",
      Cites.asAt("2008-12-01", Law.r2008("reg 2(2)")).orBefore(Law.cite(Law.R2004, "", Law.R2004_URL)),
      "Allegations that came to attention before 1 December 2008 stay under the Police (Conduct) Regulations 2004, which this library does not model."),
  /** An allegation that came to the appropriate authority's attention before 22 November 2012 stays under the 2008 Regulations. */
  REGIME_2008("regime.2008.by_date_of_attention", Capability.REGIME, "2008-12-01", "2012-11-21",
      Cites.asAt("2008-12-01", Law.r2008("reg 1(1), reg 2(2)")).andFrom("2012-11-22", Law.r2012("reg 2(2)")),
      "An allegation that came to the appropriate authority's attention before 22 November 2012 stays under the 2008 Regulations."),
  /** An allegation that came to attention from 22 November 2012 to 31 January 2020 is governed by the 2012 Regulations, which continue to apply to it after 1 February 2020. */
  REGIME_2012("regime.2012.by_date_of_attention", Capability.REGIME, "2012-11-22", "2020-01-31",
      Cites.asAt("2012-11-22", Law.r2012("reg 1(1), reg 2(2)")).andFrom("2020-02-01", Law.r2020("reg 3")),
      "An allegation that came to attention from 22 November 2012 to 31 January 2020 is governed by the 2012 Regulations, which continue to apply to it after 1 February 2020."),
  /** An allegation that came to attention on or after 1 February 2020 is governed by the 2020 Regulations. */
  REGIME_2020("regime.2020.by_date_of_attention", Capability.REGIME, "2020-02-01", null,
      Cites.of(Law.r2020("reg 3")),
      "An allegation that came to attention on or after 1 February 2020 is governed by the 2020 Regulations."),
  /** An allegation connected with an earlier one still being dealt with under the previous regulations stays under those regulations. */
  REGIME_CONNECTED("regime.connected_to_earlier_allegation", Capability.REGIME, "2012-11-22", null,
      Cites.in(Regime.CONDUCT_REGULATIONS_2008, Law.r2012("reg 2(2)")).and(Regime.CONDUCT_REGULATIONS_2012, Law.r2020("reg 3")),
      "An allegation connected with an earlier one still being dealt with under the previous regulations stays under those regulations."),
  /** The allegations of one case fall under different regulations; they cannot be decided together. */
  REGIME_CONFLICT("regime.conflict", Capability.REGIME, "2008-12-01", null,
      Cites.asAt("2008-12-01", Law.r2008("reg 1(1), reg 2(2)")).andFrom("2012-11-22", Law.r2012("reg 1(1), reg 2(2)")).andFrom("2020-02-01", Law.r2020("reg 3")),
      "The allegations of one case fall under different regulations; they cannot be decided together."),
  /** The Conduct Regulations apply to police officers and special constables; PCSOs and other police staff are dealt with under force staff procedures. */
  JURISDICTION_STAFF("jurisdiction.police_staff_outside", Capability.JURISDICTION, "2008-12-01", null,
      Cites.each(Law.r2020("reg 4(1)"), Law.r2012("reg 5(1)"), Law.r2008("reg 5(1)")),
      "The Conduct Regulations apply to police officers and special constables; PCSOs and other police staff are dealt with under force staff procedures."),
  /** The Conduct Regulations apply where an allegation indicates that a police officer's conduct may amount to misconduct or gross misconduct; special constables and student officers are police officers for this purpose. */
  JURISDICTION_OFFICER("jurisdiction.police_officer", Capability.JURISDICTION, "2008-12-01", null,
      Cites.each(Law.r2020("reg 4(1)"), Law.r2012("reg 5(1)"), Law.r2008("reg 5(1)")),
      "The Conduct Regulations apply where an allegation indicates that a police officer's conduct may amount to misconduct or gross misconduct; special constables and student officers are police officers for this purpose."),
  /** Conduct before the person became an officer is not within the Conduct Regulations (though later dishonest non-disclosure can be). */
  JURISDICTION_BEFORE_ATTESTATION("jurisdiction.conduct_before_attestation", Capability.JURISDICTION, "2008-12-01", null,
      Cites.of(Law.cite(Law.THAMES_VALLEY_2024, "", Law.THAMES_VALLEY_2024_URL)),
      "Conduct before the person became an officer is not within the Conduct Regulations (though later dishonest non-disclosure can be)."),
  /** Before 15 December 2017 the Conduct Regulations did not reach a person who had left the force: proceedings ended when the officer left. */
  JURISDICTION_FORMER_NOT_YET("jurisdiction.former_officer.before_15_december_2017", Capability.JURISDICTION, "2008-12-01", "2017-12-14",
      Cites.each(Law.r2012("reg 5(1)"), Law.r2008("reg 5(1)")),
      "Before 15 December 2017 the Conduct Regulations did not reach a person who had left the force: proceedings ended when the officer left."),
  /** The former-officer provisions did not reach officers who had already left before 15 December 2017. */
  JURISDICTION_FORMER_LEFT_EARLIER("jurisdiction.former_officer.left_before_15_december_2017", Capability.JURISDICTION, "2017-12-15", null,
      Cites.of(Law.cite(Law.A2017, "Part 2", Law.A2017_URL)),
      "The former-officer provisions did not reach officers who had already left before 15 December 2017."),
  /** Proceedings against a former officer are possible only for alleged gross misconduct committed while serving. */
  JURISDICTION_FORMER_GROSS_ONLY("jurisdiction.former_officer.gross_misconduct_only", Capability.JURISDICTION, "2017-12-15", null,
      Cites.each(Law.r2020("reg 4(2)"), Law.r2012("reg 5(2)")),
      "Proceedings against a former officer are possible only for alleged gross misconduct committed while serving."),
  /** Condition A: the person left after the allegation came to the attention of a relevant body. */
  FORMER_CONDITION_A("jurisdiction.former_officer.condition_a", Capability.JURISDICTION, "2017-12-15", null,
      Cites.of(Law.r2020("reg 4(3)")),
      "Condition A: the person left after the allegation came to the attention of a relevant body."),
  /** Condition B: the allegation came to attention no more than 12 months after the person left. */
  FORMER_CONDITION_B("jurisdiction.former_officer.condition_b", Capability.JURISDICTION, "2017-12-15", null,
      Cites.of(Law.r2020("reg 4(4)")),
      Period.ofMonths(12),
      "Condition B: the allegation came to attention no more than 12 months after the person left."),
  /** Condition C: the allegation came to attention more than 12 months after the person left, and the Director General of the IOPC made a special determination. */
  FORMER_CONDITION_C("jurisdiction.former_officer.condition_c", Capability.JURISDICTION, "2017-12-15", null,
      Cites.of(Law.r2020("reg 4(5)")),
      Period.ofMonths(12),
      "Condition C: the allegation came to attention more than 12 months after the person left, and the Director General of the IOPC made a special determination."),
  /** Conditions A, B and C, inserted into the 2012 Regulations from 15 December 2017, for allegations governed by those Regulations. */
  FORMER_CONDITION_2012("jurisdiction.former_officer.conditions_2012", Capability.JURISDICTION, "2017-12-15", null,
      Cites.of(Law.r2012("reg 5(2)-(5)")),
      Period.ofMonths(12),
      "Conditions A, B and C, inserted into the 2012 Regulations from 15 December 2017, for allegations governed by those Regulations."),
  /** The former-officer provisions (SI 2017/1134) reach only allegations that came to attention after 21 November 2012: an allegation still under the 2008 Regulations cannot be pursued once the subject has left, and no "would have been dismissed" finding or Barred List report can follow from it. */
  JURISDICTION_FORMER_2008("jurisdiction.former_officer.not_under_2008_regulations", Capability.JURISDICTION, "2017-12-15", null,
      Cites.of(Law.cite(Law.A2017, "reg 2(1)", Law.A2017_URL)),
      "The former-officer provisions (SI 2017/1134) reach only allegations that came to attention after 21 November 2012: an allegation still under the 2008 Regulations cannot be pursued once the subject has left, and no \"would have been dismissed\" finding or Barred List report can follow from it."),
  /** Conduct assessed as neither misconduct nor gross misconduct goes to no misconduct proceedings. */
  ROUTING_NO_CASE("routing.no_misconduct", Capability.ROUTING, "2008-12-01", null,
      Cites.each(Law.r2020("reg 14"), Law.r2012("reg 12"), Law.r2008("reg 12")),
      "Conduct assessed as neither misconduct nor gross misconduct goes to no misconduct proceedings."),
  /** Practice requiring improvement is dealt with by the reflective practice review process, not misconduct proceedings. */
  ROUTING_PRI("routing.practice_requiring_improvement", Capability.ROUTING, "2020-02-01", null,
      Cites.of(Law.r2020("reg 14 and Part 6")),
      "Practice requiring improvement is dealt with by the reflective practice review process, not misconduct proceedings."),
  /** Practice requiring improvement is a severity level of the 2020 Regulations only: the 2008 and 2012 Regulations assess conduct as misconduct, gross misconduct or neither. */
  ROUTING_PRI_NOT_IN_REGIME("routing.practice_requiring_improvement.not_in_regime", Capability.ROUTING, "2008-12-01", null,
      Cites.each(Law.r2012("reg 12"), Law.r2008("reg 12")),
      "Practice requiring improvement is a severity level of the 2020 Regulations only: the 2008 and 2012 Regulations assess conduct as misconduct, gross misconduct or neither."),
  /** A case to answer for misconduct goes to a misconduct meeting, unless a final written warning was in force at the assessment of conduct, when it goes to a misconduct hearing. */
  ROUTING_MEETING_2012("routing.misconduct_meeting.2008_2012", Capability.ROUTING, "2008-12-01", null,
      Cites.each(Law.r2012("reg 19"), Law.r2008("reg 19")),
      "A case to answer for misconduct goes to a misconduct meeting, unless a final written warning was in force at the assessment of conduct, when it goes to a misconduct hearing."),
  /** A case to answer for gross misconduct, or for misconduct with a final written warning in force at the assessment of conduct, goes to a misconduct hearing. */
  ROUTING_HEARING_2012("routing.misconduct_hearing.2008_2012", Capability.ROUTING, "2008-12-01", null,
      Cites.each(Law.r2012("reg 19"), Law.r2008("reg 19")),
      "A case to answer for gross misconduct, or for misconduct with a final written warning in force at the assessment of conduct, goes to a misconduct hearing."),
  /** A case to answer for misconduct goes to a misconduct meeting unless it falls within the cases that must go to a hearing. */
  ROUTING_MEETING_2020("routing.misconduct_meeting.2020", Capability.ROUTING, "2020-02-01", null,
      Cites.of(Law.r2020("reg 23")),
      "A case to answer for misconduct goes to a misconduct meeting unless it falls within the cases that must go to a hearing."),
  /** A case to answer for gross misconduct, or for misconduct where a final written warning was in force at the severity assessment, goes to a misconduct hearing. */
  ROUTING_HEARING_2020("routing.misconduct_hearing.2020", Capability.ROUTING, "2020-02-01", null,
      Cites.of(Law.r2020("reg 23")),
      "A case to answer for gross misconduct, or for misconduct where a final written warning was in force at the severity assessment, goes to a misconduct hearing."),
  /** A special case hearing is held where the appropriate authority certifies that the special conditions are met (evidence in documents proves gross misconduct; public interest in the officer ceasing to serve without delay). */
  ROUTING_ACCELERATED_2012("routing.special_case_hearing", Capability.ROUTING, "2008-12-01", null,
      Cites.each(Law.r2012("Part 5"), Law.r2008("Part 5")),
      "A special case hearing is held where the appropriate authority certifies that the special conditions are met (evidence in documents proves gross misconduct; public interest in the officer ceasing to serve without delay)."),
  /** An accelerated misconduct hearing is held where the appropriate authority certifies that the special conditions are met. */
  ROUTING_ACCELERATED_2020("routing.accelerated_misconduct_hearing", Capability.ROUTING, "2020-02-01", null,
      Cites.of(Law.r2020("reg 49(2)")),
      "An accelerated misconduct hearing is held where the appropriate authority certifies that the special conditions are met."),
  /** Where an accelerated misconduct hearing does not find gross misconduct, the case is returned to the appropriate authority to be dealt with under the ordinary procedure. */
  ROUTING_ACCELERATED_RETURNED("routing.accelerated_misconduct_hearing.returned", Capability.ROUTING, "2020-02-01", null,
      Cites.of(Law.r2020("reg 62(8)")),
      "Where an accelerated misconduct hearing does not find gross misconduct, the case is returned to the appropriate authority to be dealt with under the ordinary procedure."),
  /** A former officer cannot be dealt with at a misconduct meeting or by the reflective practice review process. */
  ROUTING_FORMER_NO_MEETING("routing.former_officer.no_meeting", Capability.ROUTING, "2017-12-15", null,
      Cites.each(Law.r2020("Sch 1 para 1"), Law.r2012("Sch 3 para 1(a)(ii)")),
      "A former officer cannot be dealt with at a misconduct meeting or by the reflective practice review process."),
  /** The reflective practice review process exists only under the 2020 Regulations. */
  ROUTING_FORUM_NOT_IN_REGIME("routing.forum_not_in_regime", Capability.ROUTING, "2008-12-01", null,
      Cites.each(Law.r2020("Part 6"), Law.r2012("reg 3(1)"), Law.r2008("reg 3(1)")),
      "The reflective practice review process exists only under the 2020 Regulations."),
  /** A misconduct hearing is conducted by a panel of three, chaired by a senior officer or senior HR professional, with an independent member. */
  PANEL_HEARING_BEFORE_2016("panel.hearing.before_2016", Capability.ROUTING, "2008-12-01", "2015-12-31",
      Cites.each(Law.r2012("reg 25(4)"), Law.r2008("reg 25(4)")),
      "A misconduct hearing is conducted by a panel of three, chaired by a senior officer or senior HR professional, with an independent member."),
  /** A misconduct hearing is chaired by a legally qualified chair, with a senior officer and an independent member. */
  PANEL_HEARING_LQC("panel.hearing.legally_qualified_chair", Capability.ROUTING, "2016-01-01", "2024-05-06",
      Cites.of(Law.cite(Law.A2015, "reg 5", Law.A2015_URL))
          .and(Regime.CONDUCT_REGULATIONS_2020, Law.r2020("reg 28(1)(b), reg 28(4) as made")),
      "A misconduct hearing is chaired by a legally qualified chair, with a senior officer and an independent member."),
  /** A misconduct hearing is chaired by the chief officer (or a delegate), with two independent members, advised by a legally qualified person. */
  PANEL_HEARING_CHIEF_OFFICER("panel.hearing.chief_officer", Capability.ROUTING, "2024-05-07", null,
      Cites.of(Law.cite(Law.A2024, "reg 3", Law.A2024_URL)),
      "A misconduct hearing is chaired by the chief officer (or a delegate), with two independent members, advised by a legally qualified person."),
  /** From 7 May 2024 a misconduct hearing of a senior officer is chaired by a more senior officer from another force or, for the most senior ranks, by an inspector of constabulary. */
  PANEL_HEARING_SENIOR_OFFICER("panel.hearing.senior_officer", Capability.ROUTING, "2024-05-07", null,
      Cites.of(Law.cite(Law.A2024, "reg 3", Law.A2024_URL)),
      "From 7 May 2024 a misconduct hearing of a senior officer is chaired by a more senior officer from another force or, for the most senior ranks, by an inspector of constabulary."),
  /** Before 7 May 2024 a misconduct hearing of a senior officer had a panel of its own, outside the general rule for other officers; its composition is not modelled. */
  PANEL_HEARING_SENIOR_OFFICER_BEFORE_2024("panel.hearing.senior_officer.before_7_may_2024", Capability.ROUTING, "2008-12-01", "2024-05-06",
      Cites.each(Law.r2020("reg 28"), Law.r2012("reg 26"), Law.r2008("reg 26")),
      "Before 7 May 2024 a misconduct hearing of a senior officer had a panel of its own, outside the general rule for other officers; its composition is not modelled."),
  /** A misconduct meeting is conducted by a person at least one rank above the officer concerned (or senior police staff). */
  PANEL_MEETING("panel.meeting", Capability.ROUTING, "2008-12-01", null,
      Cites.each(Law.r2020("reg 28(1)"), Law.r2012("reg 25"), Law.r2008("reg 25")),
      "A misconduct meeting is conducted by a person at least one rank above the officer concerned (or senior police staff)."),
  /** An accelerated (special case) hearing is conducted by the chief officer, or from 7 May 2024 a delegate. */
  PANEL_ACCELERATED("panel.accelerated_hearing", Capability.ROUTING, "2008-12-01", null,
      Cites.each(Law.r2020("reg 55"), Law.r2012("Part 5"), Law.r2008("Part 5")),
      "An accelerated (special case) hearing is conducted by the chief officer, or from 7 May 2024 a delegate."),
  /** At a misconduct meeting the outcomes are management advice, a written warning, a final written warning, or no further action. */
  SANCTIONS_MEETING_2012("sanctions.meeting.2008_2012", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2012("reg 35"), Law.r2008("reg 35")),
      "At a misconduct meeting the outcomes are management advice, a written warning, a final written warning, or no further action."),
  /** At a misconduct hearing the outcomes add dismissal with or without notice; for misconduct (not gross misconduct) dismissal needs a final written warning in force at the assessment of conduct. */
  SANCTIONS_HEARING_2012("sanctions.hearing.2008_2012", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2012("reg 35"), Law.r2008("reg 35")),
      "At a misconduct hearing the outcomes add dismissal with or without notice; for misconduct (not gross misconduct) dismissal needs a final written warning in force at the assessment of conduct."),
  /** At a special case hearing that finds gross misconduct the outcomes are a final written warning, extension of a final written warning, or dismissal without notice. */
  SANCTIONS_ACCELERATED_2012("sanctions.special_case_hearing", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2012("reg 55"), Law.r2008("reg 55")),
      "At a special case hearing that finds gross misconduct the outcomes are a final written warning, extension of a final written warning, or dismissal without notice."),
  /** At a misconduct meeting that finds misconduct the outcomes are a written warning or a final written warning. */
  SANCTIONS_MEETING_2020("sanctions.meeting", Capability.SANCTIONS, "2020-02-01", null,
      Cites.of(Law.r2020("reg 42(2)")),
      "At a misconduct meeting that finds misconduct the outcomes are a written warning or a final written warning."),
  /** At a misconduct hearing that finds misconduct the outcomes are a written warning or a final written warning; reduction in rank or dismissal only where a further condition holds (sanctions.hearing.misconduct.conditions). */
  SANCTIONS_HEARING_MISCONDUCT_2020("sanctions.hearing.misconduct", Capability.SANCTIONS, "2020-02-01", null,
      Cites.of(Law.r2020("reg 42(3)(a)")),
      "At a misconduct hearing that finds misconduct the outcomes are a written warning or a final written warning; reduction in rank or dismissal only where a further condition holds (sanctions.hearing.misconduct.conditions)."),
  /** At a misconduct hearing that finds gross misconduct the outcomes are a final written warning, reduction in rank, or dismissal without notice. */
  SANCTIONS_HEARING_GROSS_2020("sanctions.hearing.gross", Capability.SANCTIONS, "2020-02-01", null,
      Cites.of(Law.r2020("reg 42(3)(b)")),
      "At a misconduct hearing that finds gross misconduct the outcomes are a final written warning, reduction in rank, or dismissal without notice."),
  /** At an accelerated misconduct hearing that finds gross misconduct the outcomes are a final written warning, reduction in rank, or dismissal without notice. */
  SANCTIONS_ACCELERATED_2020("sanctions.accelerated.gross", Capability.SANCTIONS, "2020-02-01", null,
      Cites.of(Law.r2020("reg 62(1)")),
      "At an accelerated misconduct hearing that finds gross misconduct the outcomes are a final written warning, reduction in rank, or dismissal without notice."),
  /** Where neither misconduct nor gross misconduct is found there is no disciplinary action; under the 2020 Regulations the matter may be referred to the reflective practice review process. */
  SANCTIONS_NOT_MISCONDUCT("sanctions.not_misconduct", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2020("reg 42(1)"), Law.r2012("reg 35"), Law.r2008("reg 35")),
      "Where neither misconduct nor gross misconduct is found there is no disciplinary action; under the 2020 Regulations the matter may be referred to the reflective practice review process."),
  /** A misconduct meeting deals only with misconduct: it cannot find gross misconduct. */
  SANCTIONS_MEETING_CANNOT_FIND_GROSS("sanctions.meeting.no_gross_misconduct_finding", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2020("reg 2(1)"), Law.r2012("reg 3(1)"), Law.r2008("reg 3(1)")),
      "A misconduct meeting deals only with misconduct: it cannot find gross misconduct."),
  /** For misconduct (not gross misconduct) an officer may be dismissed only if a final written warning was in force on the date of the assessment of conduct. */
  SANCTIONS_DISMISSAL_CONDITIONS_2012("sanctions.hearing.misconduct.live_final_written_warning.2008_2012", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2012("reg 35(5)"), Law.r2008("reg 35(5)")),
      "For misconduct (not gross misconduct) an officer may be dismissed only if a final written warning was in force on the date of the assessment of conduct."),
  /** For misconduct, reduction in rank or dismissal is open only if a final written warning was in force at the severity assessment, or the misconduct relates to more than one incident not closely factually connected. */
  SANCTIONS_DISMISSAL_CONDITIONS_2020("sanctions.hearing.misconduct.conditions", Capability.SANCTIONS, "2020-02-01", null,
      Cites.of(Law.r2020("reg 42(5)-(6)")),
      "For misconduct, reduction in rank or dismissal is open only if a final written warning was in force at the severity assessment, or the misconduct relates to more than one incident not closely factually connected."),
  /** Where a final written warning was in force at the assessment of conduct, no further written or final written warning may be given, but the existing warning may be extended once, in exceptional circumstances, by 18 months. */
  SANCTIONS_LIVE_FWW_2012("sanctions.live_final_written_warning.2008_2012", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2012("reg 35(6)-(8), reg 55(3)-(5)"), Law.r2008("reg 35(6)-(8), reg 55(3)-(5)")),
      "Where a final written warning was in force at the assessment of conduct, no further written or final written warning may be given, but the existing warning may be extended once, in exceptional circumstances, by 18 months."),
  /** Where a final written warning was in force at the severity assessment, neither a written warning nor a final written warning may be given. */
  SANCTIONS_LIVE_FWW_2020("sanctions.live_final_written_warning", Capability.SANCTIONS, "2020-02-01", null,
      Cites.of(Law.r2020("reg 42(8), reg 62(3)")),
      "Where a final written warning was in force at the severity assessment, neither a written warning nor a final written warning may be given."),
  /** Reduction in rank needs a lower rank to go to: a constable (and a special constable) cannot be reduced in rank. */
  SANCTIONS_REDUCTION_CONSTABLE("sanctions.reduction_in_rank.constable", Capability.SANCTIONS, "2020-02-01", null,
      Cites.of(Law.r2020("reg 42(3), reg 62(1)")),
      "Reduction in rank needs a lower rank to go to: a constable (and a special constable) cannot be reduced in rank."),
  /** Reduction in rank may not be imposed on an officer already reduced in rank (under the 2004 or 2020 Regulations) at the severity assessment. */
  SANCTIONS_REDUCTION_PREVIOUS("sanctions.reduction_in_rank.already_reduced", Capability.SANCTIONS, "2020-02-01", null,
      Cites.of(Law.r2020("reg 62(7)")),
      "Reduction in rank may not be imposed on an officer already reduced in rank (under the 2004 or 2020 Regulations) at the severity assessment."),
  /** A former officer cannot be given disciplinary action: gross misconduct leads to a finding that they would have been dismissed; misconduct to a recorded finding and no further action. */
  SANCTIONS_FORMER_OFFICER("sanctions.former_officer", Capability.SANCTIONS, "2017-12-15", null,
      Cites.each(Law.r2020("Sch 1 para 1"), Law.r2012("Sch 3 para 1(a)(iv)")),
      "A former officer cannot be given disciplinary action: gross misconduct leads to a finding that they would have been dismissed; misconduct to a recorded finding and no further action."),
  /** The outcome given must be one of the outcomes lawfully available. */
  SANCTIONS_OUTCOME_LAWFUL("sanctions.outcome_lawful", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2020("reg 42"), Law.r2012("reg 35"), Law.r2008("reg 35")),
      "The outcome given must be one of the outcomes lawfully available."),
  /** Before findings, the outcomes open are those the severity assessment would open if proved. */
  SANCTIONS_NO_FINDING("sanctions.before_findings", Capability.SANCTIONS, "2008-12-01", null,
      Cites.each(Law.r2020("reg 14"), Law.r2012("reg 12"), Law.r2008("reg 12")),
      "Before findings, the outcomes open are those the severity assessment would open if proved."),
  /** For an allegation that came to attention on or after 28 May 2025, a misconduct meeting or hearing that finds misconduct or gross misconduct decides what disciplinary action to impose, not whether to impose any: "no further action" after such a finding is not open to a serving officer. */
  SANCTIONS_NO_FURTHER_ACTION_2025("sanctions.no_further_action_after_finding.2025", Capability.SANCTIONS, "2025-05-28", null,
      Cites.of(Law.cite(Law.A2025, "reg 6(2)(d)-(e) (definitions of misconduct hearing and meeting in the 2020 Regulations, reg 2(1)), reg 64(1)", Law.A2025_URL)),
      "For an allegation that came to attention on or after 28 May 2025, a misconduct meeting or hearing that finds misconduct or gross misconduct decides what disciplinary action to impose, not whether to impose any: \"no further action\" after such a finding is not open to a serving officer."),
  /** Under the 2008 and 2012 Regulations a written warning is in force for 12 months and a final written warning for 18 months from the day notified; an extension adds 18 months. */
  CONSEQUENCE_WARNING_2012("consequences.warning_period.2008_2012", Capability.CONSEQUENCES, "2008-12-01", null,
      Cites.each(Law.r2012("reg 35"), Law.r2008("reg 35")),
      WarningPeriods.of(12, 18, 18),
      "Under the 2008 and 2012 Regulations a written warning is in force for 12 months and a final written warning for 18 months from the day notified; an extension adds 18 months."),
  /** Under the 2020 Regulations a written warning is in force for 18 months and a final written warning for 2 years, or a longer period of up to 5 years, from the day notified. */
  CONSEQUENCE_WARNING_2020("consequences.warning_period", Capability.CONSEQUENCES, "2020-02-01", null,
      Cites.of(Law.r2020("reg 42(9), reg 62(4)")),
      WarningPeriods.of(18, 24, 60),
      "Under the 2020 Regulations a written warning is in force for 18 months and a final written warning for 2 years, or a longer period of up to 5 years, from the day notified."),
  /** Under the 2008 and 2012 Regulations a final written warning in force at the assessment of conduct may be extended once, in exceptional circumstances, by 18 months. */
  CONSEQUENCE_WARNING_EXTENSION_2012("consequences.final_written_warning_extension.2008_2012", Capability.CONSEQUENCES, "2008-12-01", null,
      Cites.each(Law.r2012("reg 35, reg 55(4)-(5)"), Law.r2008("reg 35, reg 55(4)-(5)")),
      WarningPeriods.extension(18),
      "Under the 2008 and 2012 Regulations a final written warning in force at the assessment of conduct may be extended once, in exceptional circumstances, by 18 months."),
  /** A dismissal (of an officer, a special constable, or a civilian police employee for conduct, efficiency or effectiveness), or a finding that a former one would have been dismissed, must be reported to the College of Policing for the Barred List before the end of 5 working days beginning with the date of the dismissal or finding. */
  CONSEQUENCE_BARRED_LIST("consequences.barred_list_report", Capability.CONSEQUENCES, "2017-12-15", null,
      Cites.of(Law.cite(Law.PA1996, "s.88A(1); " + Law.LISTS2017 + ", reg 3(1)", Law.PA1996_URL)),
      TimeLimit.of(5, PeriodStart.WITH_THE_DATE),
      "A dismissal (of an officer, a special constable, or a civilian police employee for conduct, efficiency or effectiveness), or a finding that a former one would have been dismissed, must be reported to the College of Policing for the Barred List before the end of 5 working days beginning with the date of the dismissal or finding."),
  /** A person serving with the police who resigns or retires while an allegation is outstanding, or a former officer who is the subject of an allegation after leaving, is reported for the Police Advisory List before the end of 5 working days beginning with the date of the event (or, for an allegation after leaving, the date it came to attention). */
  CONSEQUENCE_ADVISORY_LIST("consequences.advisory_list_report", Capability.CONSEQUENCES, "2017-12-15", null,
      Cites.of(Law.cite(Law.PA1996, "s.88I(1)-(2); " + Law.LISTS2017 + ", reg 12(1)", Law.PA1996_URL)),
      TimeLimit.of(5, PeriodStart.WITH_THE_DATE),
      "A person serving with the police who resigns or retires while an allegation is outstanding, or a former officer who is the subject of an allegation after leaving, is reported for the Police Advisory List before the end of 5 working days beginning with the date of the event (or, for an allegation after leaving, the date it came to attention)."),
  /** A community support or policing support volunteer whose designation is withdrawn, or who stops volunteering, after an allegation came to attention is reported for the Police Advisory List before the end of 5 working days beginning with that date. */
  /** A community support or policing support volunteer whose designation is withdrawn for a reason relating to conduct after an allegation came to attention is reported for the Police Advisory List before the end of 5 working days beginning with the date of withdrawal. */
  CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_WITHDRAWN("consequences.advisory_list_report.volunteer_withdrawn", Capability.CONSEQUENCES, "2017-12-15", null,
      Cites.of(Law.cite(Law.PA1996, "s.88I(1)(c); " + Law.LISTS2017 + ", reg 12(1)(a)", Law.PA1996_URL)),
      TimeLimit.of(5, PeriodStart.WITH_THE_DATE),
      "A community support or policing support volunteer whose designation is withdrawn for a reason relating to conduct after an allegation came to attention is reported for the Police Advisory List before the end of 5 working days beginning with the date of withdrawal."),
  /** A community support or policing support volunteer who stops volunteering after an allegation came to attention is reported for the Police Advisory List before the end of 5 working days beginning with the day the authority learns of it. */
  CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_STOPPED("consequences.advisory_list_report.volunteer_stopped", Capability.CONSEQUENCES, "2017-12-15", null,
      Cites.of(Law.cite(Law.PA1996, "s.88I(1)(d); " + Law.LISTS2017 + ", reg 12(1)(b)", Law.PA1996_URL)),
      TimeLimit.of(5, PeriodStart.WITH_THE_DATE),
      "A community support or policing support volunteer who stops volunteering after an allegation came to attention is reported for the Police Advisory List before the end of 5 working days beginning with the day the authority learns of it."),
  /** A person is removed from the Advisory List when proceedings end without a finding that they would have been dismissed, or when they are put on the Barred List. */
  CONSEQUENCE_ADVISORY_REMOVAL("consequences.advisory_list_removal", Capability.CONSEQUENCES, "2017-12-15", null,
      Cites.of(Law.cite(Law.PA1996, "s.88L", Law.PA1996_URL)),
      "A person is removed from the Advisory List when proceedings end without a finding that they would have been dismissed, or when they are put on the Barred List."),
  /** An officer may appeal against a misconduct meeting's finding or outcome by written notice within 7 working days of receiving the report. */
  CONSEQUENCE_APPEAL_MEETING("consequences.appeal.meeting", Capability.CONSEQUENCES, "2008-12-01", null,
      Cites.each(Law.r2020("reg 45"), Law.r2012("reg 38"), Law.r2008("reg 38")),
      TimeLimit.of(7, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER),
      "An officer may appeal against a misconduct meeting's finding or outcome by written notice within 7 working days of receiving the report."),
  /** An officer (or former officer) may appeal against a hearing's finding or outcome to a Police Appeals Tribunal by notice within 10 working days. */
  CONSEQUENCE_APPEAL_TRIBUNAL("consequences.appeal.police_appeals_tribunal", Capability.CONSEQUENCES, "2008-12-01", null,
      Cites.in(Regime.CONDUCT_REGULATIONS_2020, Law.cite(Law.PAT2020, "r.9", Law.PAT2020_URL))
          .and(Regime.CONDUCT_REGULATIONS_2012, Law.cite(Law.PAT2012, "r.6", Law.PAT2012_URL))
          .and(Regime.CONDUCT_REGULATIONS_2008, Law.cite(Law.PAT2008, "r.6", Law.PAT2008_URL)),
      TimeLimit.of(10, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER),
      "An officer (or former officer) may appeal against a hearing's finding or outcome to a Police Appeals Tribunal by notice within 10 working days (time limit unconfirmed)."),
  /** From 7 May 2024, where a misconduct hearing finds gross misconduct and the disciplinary action is not dismissal without notice, the outcome notified to the officer must give the reasons for that decision. */
  CONSEQUENCE_REASONS_HEARING("consequences.outcome_report.reasons_gross_misconduct_not_dismissed", Capability.CONSEQUENCES, "2024-05-07", null,
      Cites.of(Law.r2020("reg 43(1)(e) (inserted by SI 2024/521, reg 5(2))")),
      "From 7 May 2024, where a misconduct hearing finds gross misconduct and the disciplinary action is not dismissal without notice, the outcome notified to the officer must give the reasons for that decision."),
  /** Where an accelerated misconduct hearing finds gross misconduct and the disciplinary action is not dismissal without notice, the chair's report, due before the end of 5 working days beginning with the first working day after the hearing, must give the reasons. */
  CONSEQUENCE_REASONS_ACCELERATED("consequences.accelerated_hearing_report.reasons_gross_misconduct_not_dismissed", Capability.CONSEQUENCES, "2024-05-07", null,
      Cites.of(Law.r2020("reg 63(1)(d)")),
      "Where an accelerated misconduct hearing finds gross misconduct and the disciplinary action is not dismissal without notice, the chair's report, due before the end of 5 working days beginning with the first working day after the hearing, must give the reasons."),
  /** Under the 2020 Regulations the officer gives a written response before the end of 15 working days beginning with the first working day after the documents are supplied under reg 30(1), unless the person conducting or chairing the proceedings extends it for exceptional circumstances. */
  TIMETABLE_OFFICER_RESPONSE_2020("timetable.officer_response.2020", Capability.TIMETABLE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 31(2)(a), (3)")),
      TimeLimit.of(15, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER),
      "Under the 2020 Regulations the officer gives a written response before the end of 15 working days beginning with the first working day after the documents are supplied under reg 30(1), unless the person conducting or chairing the proceedings extends it for exceptional circumstances."),
  /** Under the 2020 Regulations each side supplies its list of proposed witnesses (or says it has none) before the end of 3 working days beginning with the first working day after the officer gave the written response. */
  TIMETABLE_WITNESS_LISTS_2020("timetable.witness_lists.2020", Capability.TIMETABLE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 31(4)")),
      TimeLimit.of(3, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER),
      "Under the 2020 Regulations each side supplies its list of proposed witnesses (or says it has none) before the end of 3 working days beginning with the first working day after the officer gave the written response."),
  /** Under the 2020 Regulations an accelerated misconduct hearing must be held not less than 10 and not more than 15 working days after the date on which notice of the referral is given to the officer. */
  TIMETABLE_ACCELERATED_HEARING_DATE_2020("timetable.accelerated_hearing_date.2020", Capability.TIMETABLE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 52(1)")),
      WorkingDayWindow.of(10, 15),
      "Under the 2020 Regulations an accelerated misconduct hearing must be held not less than 10 and not more than 15 working days after the date on which notice of the referral is given to the officer."),
  /** Under the 2020 Regulations the appropriate authority supplies the documents to the person conducting or chairing the proceedings before the end of 10 working days beginning with the first working day after the officer gave the written response. */
  TIMETABLE_DOCUMENTS_TO_CHAIR_2020("timetable.documents_to_chair.2020", Capability.TIMETABLE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 32(6)")),
      TimeLimit.of(10, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER),
      "Under the 2020 Regulations the appropriate authority supplies the documents to the person conducting or chairing the proceedings before the end of 10 working days beginning with the first working day after the officer gave the written response."),
  /** Under the 2020 Regulations a misconduct pre-hearing, where one is held, takes place within 15 working days beginning with the first working day after the documents were supplied to the chair, or such extended period as the chair specifies. */
  TIMETABLE_PRE_HEARING_2020("timetable.pre_hearing.2020", Capability.TIMETABLE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 33(1)")),
      TimeLimit.of(15, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER),
      "Under the 2020 Regulations a misconduct pre-hearing, where one is held, takes place within 15 working days beginning with the first working day after the documents were supplied to the chair, or such extended period as the chair specifies."),
  /** Under the 2020 Regulations the person conducting or chairing a misconduct meeting or hearing submits a report to the appropriate authority before the end of 5 working days beginning with the first working day after its completion. */
  TIMETABLE_CHAIR_REPORT_2020("timetable.chair_report.2020", Capability.TIMETABLE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 43(1) as made")),
      TimeLimit.of(5, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER),
      "Under the 2020 Regulations the person conducting or chairing a misconduct meeting or hearing submits a report to the appropriate authority before the end of 5 working days beginning with the first working day after its completion."),
  /** Under the 2020 Regulations the person conducting or chairing an accelerated misconduct hearing submits a report to the appropriate authority before the end of 5 working days beginning with the first working day after its completion. */
  TIMETABLE_ACCELERATED_REPORT_2020("timetable.accelerated_report.2020", Capability.TIMETABLE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 63(1)")),
      TimeLimit.of(5, PeriodStart.WITH_THE_FIRST_WORKING_DAY_AFTER),
      "Under the 2020 Regulations the person conducting or chairing an accelerated misconduct hearing submits a report to the appropriate authority before the end of 5 working days beginning with the first working day after its completion."),
  /** Under the 2020 Regulations, where an investigation is not completed within 12 months beginning with the day the allegation first came to the appropriate authority's attention, the authority reports on its timeliness to the local policing body, and again for each further 6 months. */
  TIMELINESS_REPORT_2020("timetable.timeliness_report.2020", Capability.TIMETABLE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 19(1)")),
      java.time.Period.ofMonths(12),
      "Under the 2020 Regulations, where an investigation is not completed within 12 months beginning with the day the allegation first came to the appropriate authority's attention, the authority reports on its timeliness to the local policing body, and again for each further 6 months."),
  /** An officer may be suspended at any time from the day the Regulations first apply to them until it is decided that the conduct will not be referred to proceedings, or the proceedings have concluded. */
  TIMETABLE_SUSPENSION("timetable.suspension", Capability.TIMETABLE, "2008-12-01", null,
      Cites.each(Law.r2020("reg 11(5)"), Law.r2012("reg 10(4), (5)"), Law.r2008("reg 10(5)")),
      "An officer may be suspended at any time from the day the Regulations first apply to them until it is decided that the conduct will not be referred to proceedings, or the proceedings have concluded."),
  /** A case decided as at a date is decided on the facts of that date: proceedings, findings, a departure, a warning and events dated after it have not happened yet. A rule of the library's formats, not of law. */
  AS_AT_NOT_YET_HAPPENED("as_at.not_yet_happened", Capability.REGIME, "2008-12-01", null,
      Cites.of(Law.cite(Law.CONTRACT, "A case, 'As at a date'", Law.CONTRACT_URL)),
      "A case decided as at a date is decided on the facts of that date: proceedings, findings, a departure, a warning and events dated after it have not happened yet. A rule of the library's formats, not of law."),
  /** From 12 January 2015 to 14 December 2017 an officer under investigation for gross misconduct (or misconduct with a final written warning in force) could not resign or retire without the appropriate authority's consent until the case was concluded. */
  RESIGNATION_RESTRICTED("resignation.consent_needed", Capability.RESIGNATION, "2015-01-12", "2017-12-14",
      Cites.of(Law.cite(Law.A2014, "reg 2 (inserting reg 10A into the 2012 Regulations)", Law.A2014_URL)),
      "From 12 January 2015 to 14 December 2017 an officer under investigation for gross misconduct (or misconduct with a final written warning in force) could not resign or retire without the appropriate authority's consent until the case was concluded."),
  /** Outside 12 January 2015 to 14 December 2017 an officer may resign or retire while an allegation is outstanding; from 15 December 2017 proceedings continue against the former officer. */
  RESIGNATION_FREE("resignation.no_restriction", Capability.RESIGNATION, "2008-12-01", null,
      Cites.of(Law.cite(Law.A2017, "Part 2", Law.A2017_URL)),
      "Outside 12 January 2015 to 14 December 2017 an officer may resign or retire while an allegation is outstanding; from 15 December 2017 proceedings continue against the former officer."),
  /** Where gross misconduct is found, dismissal is presumed unless there are exceptional circumstances. */
  GUIDANCE_PRESUMPTION_OF_DISMISSAL("guidance.presumption_of_dismissal", Capability.GUIDANCE, "2025-05-28", null,
      Cites.of(Law.cite(Law.A2025, "regs 15 and 17", Law.A2025_URL)),
      "Where gross misconduct is found, dismissal is presumed unless there are exceptional circumstances."),
  /** The College of Policing's outcomes guidance treats some conduct (violence against women and girls, abuse of position for a sexual purpose, operational dishonesty, discrimination) as likely to merit dismissal. */
  GUIDANCE_OUTCOMES("guidance.outcomes_guidance", Capability.GUIDANCE, "2017-01-01", null,
      Cites.of(Law.cite(Law.COLLEGE, "", Law.COLLEGE_URL)),
      "The College of Policing's outcomes guidance treats some conduct (violence against women and girls, abuse of position for a sexual purpose, operational dishonesty, discrimination) as likely to merit dismissal."),
  /** A conviction for an offence triable only on indictment always amounts to gross misconduct. */
  GUIDANCE_INDICTABLE_ONLY("guidance.indictable_only_conviction", Capability.GUIDANCE, "2025-05-28", null,
      Cites.of(Law.cite(Law.A2025, "reg 6(2)(c)", Law.A2025_URL)),
      "A conviction for an offence triable only on indictment always amounts to gross misconduct."),
  /** Reduction in rank may be imposed only after taking the appropriate authority's views, including on its likely operational impact. */
  GUIDANCE_REDUCTION_IN_RANK_VIEWS("guidance.reduction_in_rank.views", Capability.GUIDANCE, "2020-02-01", null,
      Cites.of(Law.r2020("reg 62(6)")),
      "Reduction in rank may be imposed only after taking the appropriate authority's views, including on its likely operational impact."),
  /** What a report to the College of Policing for the Police Barred List must include (sub-paragraphs (a) to (j) read, (k) read only in part). */
  DOCUMENT_BARRED_LIST_REPORT("documents.barred_list_report.contents", Capability.CONSEQUENCES, "2017-12-15", null,
      Cites.of(Law.cite(Law.LISTS2017, "reg 3(2)", Law.LISTS2017_URL)),
      PrescribedContents.of(
          PrescribedContents.item("full_name", "reg 3(2)(a)", "P's full name"),
          PrescribedContents.item("police_force", "reg 3(2)(b)", "The police force concerned"),
          PrescribedContents.item("date_of_birth", "reg 3(2)(c)", "P's date of birth"),
          PrescribedContents.item("status_at_the_time", "reg 3(2)(d)",
              "Whether P was a police officer, a former police officer, a civilian police employee or a former civilian police employee at the relevant time"),
          PrescribedContents.item("officer", "rank", "reg 3(2)(e)(i)", "P's rank at the relevant time"),
          PrescribedContents.item("officer", "identifying_number", "reg 3(2)(e)(ii)",
              "Any number used at that time to identify P as a police officer (for example a warrant number)"),
          PrescribedContents.item("former_officer", "rank", "reg 3(2)(f)(i)", "P's rank when P was last a police officer"),
          PrescribedContents.item("former_officer", "identifying_number", "reg 3(2)(f)(ii)",
              "Any number used when P was last a police officer to identify P as such (for example a warrant number)"),
          PrescribedContents.item("employee", "identifying_number", "reg 3(2)(g)",
              "Any number used at the relevant time to identify P as a civilian police employee"),
          PrescribedContents.item("former_employee", "identifying_number", "reg 3(2)(h)",
              "Any number used when P was last a civilian police employee to identify P as such"),
          PrescribedContents.item("reasons", "reg 3(2)(i)", "The reasons for the relevant dismissal or the relevant finding"),
          PrescribedContents.item("conduct_description", "reg 3(2)(i)(i)",
              "A description of P's conduct which led to the relevant dismissal or the relevant finding"),
          PrescribedContents.item("standards_breached", "reg 3(2)(i)(ii)", "Any provision of the Standards of Professional Behaviour breached by P"),
          PrescribedContents.item("dismissal_or_finding_date", "reg 3(2)(j)", "The date of the relevant dismissal or the relevant finding"),
          PrescribedContents.item("advisory_list_report", "reg 3(2)(k)",
              "Where the authority was required to report P to the College under s.88I(1)(a) or (b) (the Advisory List), that fact"),
          PrescribedContents.item("advisory_list_report_date", "reg 3(2)(k)", "The date of that Advisory List report")),
      "A report to the College of Policing for the Police Barred List must include P's name, the police force concerned, P's date of birth, P's status, rank and identifying number at the relevant time, the reasons for the dismissal or finding (the conduct and the Standards breached), its date, and any earlier Advisory List report."),
  /** What a report to the College of Policing for the Police Advisory List must include (sub-paragraphs (a) to (f)(iii) read). */
  DOCUMENT_ADVISORY_LIST_REPORT("documents.advisory_list_report.contents", Capability.CONSEQUENCES, "2017-12-15", null,
      Cites.of(Law.cite(Law.LISTS2017, "reg 12(2)", Law.LISTS2017_URL)),
      PrescribedContents.of(
          PrescribedContents.item("full_name", "reg 12(2)(a)", "P's full name"),
          PrescribedContents.item("police_force", "reg 12(2)(b)", "The police force concerned"),
          PrescribedContents.item("date_of_birth", "reg 12(2)(c)", "P's date of birth"),
          PrescribedContents.item("serving", "status_at_the_time", "reg 12(2)(d)(i)",
              "Whether P was a police officer or a civilian police employee at the relevant time"),
          PrescribedContents.item("serving", "rank", "reg 12(2)(d)(ii)", "Where P was a police officer at that time, P's rank at that time"),
          PrescribedContents.item("serving", "identifying_number", "reg 12(2)(d)(ii)",
              "Any number used at that time to identify P as a police officer (for example a warrant number)"),
          PrescribedContents.item("serving_employee", "identifying_number", "reg 12(2)(d)(iii)",
              "Where P was a civilian police employee at that time, any number used at that time to identify P as such an employee"),
          PrescribedContents.item("serving", "relevant_event_date", "reg 12(2)(d)(iv)", "The date of the relevant event"),
          PrescribedContents.item("serving", "allegation_summary", "reg 12(2)(d)(v)", "A summary of the relevant allegation"),
          PrescribedContents.item("serving", "proceedings_form", "reg 12(2)(d)(vi)",
              "In a case where disciplinary proceedings have been brought, the form of those proceedings"),
          PrescribedContents.item("former_officer", "rank", "reg 12(2)(e)(i)", "P's rank when P was last a police officer"),
          PrescribedContents.item("former_officer", "identifying_number", "reg 12(2)(e)(i)",
              "Any number used when P was last a police officer to identify P as such (for example a warrant number)"),
          PrescribedContents.item("former_officer", "ceased_to_be_an_officer", "reg 12(2)(e)(ii)",
              "The date on which P ceased to be a police officer and whether P resigned or retired"),
          PrescribedContents.item("former_officer", "relevant_event_date", "reg 12(2)(e)(iii)", "The date of the relevant event"),
          PrescribedContents.item("former_officer", "allegation_summary", "reg 12(2)(e)(iv)", "A summary of the relevant allegation"),
          PrescribedContents.item("volunteer", "status_at_the_time", "reg 12(2)(f)(i)",
              "Whether P was a community support volunteer or a policing support volunteer at the relevant time"),
          PrescribedContents.item("volunteer", "identifying_number", "reg 12(2)(f)(ii)",
              "Any number used at that time to identify P as such a volunteer"),
          PrescribedContents.item("volunteer", "relevant_event_date", "reg 12(2)(f)(iii)", "The date of the relevant event")),
      "A report to the College of Policing for the Police Advisory List must include P's name, the police force concerned and P's date of birth, and, for the kind of report it is, P's status, rank and identifying number, the date of the relevant event, a summary of the allegation and the form of any proceedings brought."),
  /** The outcome of a misconduct hearing under the 2020 Regulations, as the chair's report sets it out: the finding, the reasons for it and any disciplinary action imposed. */
  DOCUMENT_OUTCOME_NOTICE_HEARING("documents.outcome_notice.misconduct_hearing", Capability.CONSEQUENCES, "2020-02-01", null,
      Cites.of(Law.r2020("reg 43(1)")),
      PrescribedContents.of(
          PrescribedContents.item("finding", "reg 43(1)(a)", "The finding"),
          PrescribedContents.item("reasons_for_finding", "reg 43(1)(b)", "The reasons for that finding"),
          PrescribedContents.item("disciplinary_action", "reg 43(1)(c)", "Any disciplinary action imposed")),
      "The outcome notice of a misconduct hearing under the 2020 Regulations sets out what the chair's report sets out: the finding, the reasons for it and any disciplinary action imposed."),
  /** The outcome of an accelerated misconduct hearing under the 2020 Regulations, as the chair's report sets it out. */
  DOCUMENT_OUTCOME_NOTICE_ACCELERATED("documents.outcome_notice.accelerated_hearing", Capability.CONSEQUENCES, "2020-02-01", null,
      Cites.of(Law.r2020("reg 63(1)")),
      PrescribedContents.of(
          PrescribedContents.item("finding", "reg 63(1)(a)", "The finding"),
          PrescribedContents.item("reasons_for_finding", "reg 63(1)(b)", "The reasons for that finding"),
          PrescribedContents.item("disciplinary_action", "reg 63(1)(c)", "Any disciplinary action imposed")),
      "The outcome notice of an accelerated misconduct hearing under the 2020 Regulations sets out what the chair's report sets out: the finding, the reasons for it and any disciplinary action imposed."),
  /** Forces keep a published hearing outcome on their website for at least 28 days: found only as a force's practice, not in the text of the Regulations. */
  DOCUMENT_OUTCOME_PUBLICATION_PRACTICE("documents.outcome_notice.publication_period", Capability.CONSEQUENCES, "2020-02-01", null,
      Cites.in(Regime.CONDUCT_REGULATIONS_2020, Law.cite(Law.GWENT_FOI_2022, "", Law.GWENT_FOI_2022_URL)),
      Period.ofDays(28),
      "A published hearing outcome stays on the force's website for at least 28 days: force practice (a Freedom of Information answer), not the text of the Regulations."),
  /** A document the library does not write for a case: the outcome notice for cases under the 2008 and 2012 Regulations or for a misconduct meeting, and reports whose prescribed contents were not read. A rule of the library, not of law. */
  DOCUMENT_NOT_MODELLED("documents.not_modelled", Capability.CONSEQUENCES, "2008-12-01", null,
      Cites.of(Law.cite(Law.DOCUMENTS, "", Law.DOCUMENTS_URL)),
      "The library writes the outcome notice for hearings under the 2020 Regulations only, and no report whose prescribed contents it has not read. A rule of the library, not of law.");

  private final String id;
  private final Capability capability;
  private final LocalDate from;
  private final LocalDate until;
  private final Cites cites;
  /**
   * The row's dated parameter, if it has one: a {@link TimeLimit}, {@link WorkingDayWindow}, {@link WarningPeriods},
   * {@link Period} or {@link PrescribedContents}.
   */
  private final Object parameter;
  private final String summary;

  Rule(String id, Capability capability, String from, String until, Cites cites, String summary) {
    this(id, capability, from, until, cites, null, summary);
  }

  Rule(String id, Capability capability, String from, String until, Cites cites, Object parameter, String summary) {
    this.id = id;
    this.capability = capability;
    this.from = from == null ? LocalDate.MIN : LocalDate.parse(from);
    this.until = until == null ? LocalDate.MAX : LocalDate.parse(until);
    this.cites = cites;
    this.parameter = parameter;
    this.summary = summary;
  }

  /**
   * The period this rule measures, if it measures one (the 12 months of former-officer condition B, the 28 days of
   * the practice of keeping a hearing outcome published).
   *
   * @since 0.2.0
   */
  public Optional<Period> period() {
    return parameter instanceof Period p ? Optional.of(p) : Optional.empty();
  }

  /**
   * What the provision says a document must contain, item by item, if this rule prescribes a document's contents.
   *
   * @since 0.2.0
   */
  public Optional<PrescribedContents> contents() {
    return parameter instanceof PrescribedContents c ? Optional.of(c) : Optional.empty();
  }

  /**
   * The warning periods this rule sets, if it sets them.
   *
   * @since 0.2.0
   */
  public Optional<WarningPeriods> warningPeriods() {
    return parameter instanceof WarningPeriods w ? Optional.of(w) : Optional.empty();
  }

  /**
   * The time limit this rule sets, in the words of its provision, if it sets one.
   *
   * @since 0.2.0
   */
  public Optional<TimeLimit> timeLimit() {
    return parameter instanceof TimeLimit t ? Optional.of(t) : Optional.empty();
  }

  /**
   * The window of working days this rule sets a step in, if it sets one.
   *
   * @since 0.2.0
   */
  public Optional<WorkingDayWindow> window() {
    return parameter instanceof WorkingDayWindow w ? Optional.of(w) : Optional.empty();
  }

  /**
   * The stable id, e.g. {@code sanctions.hearing.gross}.
   *
   * @since 0.1.0
   */
  public String id() {
    return id;
  }

  /**
   * The capability this rule belongs to.
   *
   * @since 0.1.0
   */
  public Capability capability() {
    return capability;
  }

  /**
   * The provision this rule rests on.
   *
   * @since 0.1.0
   */
  public Citation citation() {
    return cites.primary();
  }

  /**
   * The provision this rule rests on for a case governed by {@code regime}, asked as at {@code asAt}: the counterpart
   * provision of those Regulations where the rule has one, and of the instrument in force on that day where the
   * provision changed.
   *
   * @param regime the Regulations that govern the case, if known
   * @param asAt the day the question is asked
   * @return the citation
   * @since 0.2.0
   */
  public Citation citation(Optional<Regime> regime, LocalDate asAt) {
    return cites.forCase(Objects.requireNonNull(regime, "regime"), Objects.requireNonNull(asAt, "asAt"));
  }

  /**
   * The Regulations whose cases this rule decides: those it has a citation for, or the one whose instrument it cites,
   * or all three for a rule of no particular Regulations (an Act, an amending instrument, guidance).
   *
   * @since 0.2.0
   */
  public Set<Regime> regimes() {
    return cites.regimes();
  }

  /** Whether the row cites a different provision depending on the day the question is asked. */
  boolean citationChangesWithTheDate() {
    return cites.entries().stream().anyMatch(e -> !e.from().equals(LocalDate.MIN));
  }

  /** Every citation of the row, with the regime and date it serves. */
  List<Cites.Entry> citations() {
    return cites.entries();
  }

  /**
   * Every citation of this rule: one for each set of Regulations it distinguishes, and one from each day on which its
   * provision changed, in the order of the rulebook's row. {@link #citation(Optional, LocalDate)} picks among them.
   *
   * @since 0.2.0
   */
  public List<CitationEntry> citationEntries() {
    return cites.entries().stream()
        .map(e -> new CitationEntry(e.regime(), e.from().equals(LocalDate.MIN) ? Optional.empty() : Optional.of(e.from()), e.citation()))
        .toList();
  }

  /**
   * One citation of a rule: the Regulations whose cases it is for (empty when it is for every case) and the day from
   * which it is the provision (empty when from the rule's start).
   *
   * @param regime the Regulations, if the citation is for one set only
   * @param from the day from which it applies, if later than the rule's start
   * @param citation the provision
   * @since 0.2.0
   */
  public record CitationEntry(Optional<Regime> regime, Optional<LocalDate> from, Citation citation) {
    /**
     * Checks the components.
     *
     * @since 0.2.0
     */
    public CitationEntry {
      Objects.requireNonNull(regime, "regime");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(citation, "citation");
    }
  }

  /**
   * The first day on which this rule applies, if it has one.
   *
   * @since 0.1.0
   */
  public Optional<LocalDate> inForceFrom() {
    return from.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(from);
  }

  /**
   * The last day on which this rule applies, if it has stopped applying.
   *
   * @since 0.1.0
   */
  public Optional<LocalDate> inForceUntil() {
    return until.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(until);
  }

  /**
   * Whether this rule applies on {@code date}.
   *
   * @since 0.1.0
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(until);
  }

  /**
   * A one-sentence summary in plain English.
   *
   * @since 0.1.0
   */
  public String summary() {
    return summary;
  }

  @Override
  public String toString() {
    return id;
  }
}

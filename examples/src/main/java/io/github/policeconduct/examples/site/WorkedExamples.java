package io.github.policeconduct.examples.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.DisciplinaryRecord;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.core.WarningType;

/**
 * The worked examples of the rules explorer: a fixed grid of small cases a reader can follow, each named by what
 * happens in it ({@code 2022-hearing-gross-misconduct-dismissed}), drawn up on a day in each period the law differs
 * (before the 2008 Regulations, under them, under the 2012 Regulations during and after the resignation restriction,
 * under the 2020 Regulations before and after 7 May 2024 and after the 2025 amendments). The rules decide each case;
 * nothing here says what the answer is.
 */
public final class WorkedExamples {
  private WorkedExamples() {}

  /** The day an allegation comes to attention, one in each period the law differs. */
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2008, 6, 2), LocalDate.of(2010, 3, 1), LocalDate.of(2015, 6, 1),
      LocalDate.of(2019, 5, 1), LocalDate.of(2022, 3, 10), LocalDate.of(2024, 6, 3), LocalDate.of(2025, 9, 1));

  private static final LocalDate JOINED = LocalDate.of(2005, 4, 4);

  private record Template(String name, Predicate<LocalDate> when, BiFunction<String, LocalDate, ConductCase> build) {}

  private static boolean always(LocalDate d) {
    return true;
  }

  private static boolean from2010(LocalDate d) {
    return d.getYear() >= 2010;
  }

  private static boolean from2015(LocalDate d) {
    return d.getYear() >= 2015;
  }

  private static boolean from2022(LocalDate d) {
    return d.getYear() >= 2022;
  }

  private static Subject constable() {
    return Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(JOINED).build();
  }

  private static Subject sergeant() {
    return Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).joined(JOINED).build();
  }

  private static Subject leaving(LocalDate left, Departure how) {
    return Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(JOINED).left(ServiceEnd.of(left, how)).build();
  }

  private static Allegation allegation(LocalDate attention, Severity severity, Standard standard, Category... categories) {
    return allegation(attention.minusDays(14), attention, severity, standard, categories);
  }

  private static Allegation allegation(LocalDate conduct, LocalDate attention, Severity severity, Standard standard, Category... categories) {
    Allegation.Builder a = Allegation.builder("A1", standard).conductDate(conduct).cameToAttention(attention)
        .severity(SeverityAssessment.of(severity, attention.plusDays(7)));
    for (Category c : categories) {
      a.addCategories(c);
    }
    return a.build();
  }

  private static Proceedings heard(Forum forum, LocalDate attention, Finding finding, Outcome outcome) {
    return Proceedings.builder(forum, attention.plusDays(120)).addFindings(AllegationFinding.of("A1", finding)).outcome(outcome).build();
  }

  private static ConductCase one(String id, Subject s, Allegation a) {
    return ConductCase.builder().id(id).force("Example Constabulary").subject(s).addAllegations(a).build();
  }

  private static ConductCase one(String id, Subject s, Allegation a, Proceedings p) {
    return ConductCase.builder().id(id).force("Example Constabulary").subject(s).addAllegations(a).proceedings(p).build();
  }

  private static DisciplinaryRecord finalWarning(LocalDate attention) {
    return DisciplinaryRecord.builder().addWarnings(Warning.of(WarningType.FINAL_WRITTEN_WARNING, attention.minusDays(200), 24)).build();
  }

  private static final List<Template> TEMPLATES = List.of(
      new Template("assessed-no-misconduct", WorkedExamples::always,
          (id, d) -> one(id, constable(), allegation(d, Severity.NO_MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY))),
      new Template("practice-requiring-improvement", WorkedExamples::from2010,
          (id, d) -> one(id, constable(), allegation(d, Severity.PRACTICE_REQUIRING_IMPROVEMENT, Standard.DUTIES_AND_RESPONSIBILITIES))),
      new Template("meeting-written-warning", WorkedExamples::always,
          (id, d) -> one(id, constable(), allegation(d, Severity.MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY),
              heard(Forum.MISCONDUCT_MEETING, d, Finding.MISCONDUCT, Outcome.WRITTEN_WARNING))),
      new Template("meeting-not-misconduct", WorkedExamples::from2010,
          (id, d) -> one(id, constable(), allegation(d, Severity.MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY),
              heard(Forum.MISCONDUCT_MEETING, d, Finding.NOT_MISCONDUCT, Outcome.NO_FURTHER_ACTION))),
      new Template("meeting-cannot-find-gross-misconduct", WorkedExamples::from2010,
          (id, d) -> one(id, constable(), allegation(d, Severity.MISCONDUCT, Standard.HONESTY_AND_INTEGRITY),
              heard(Forum.MISCONDUCT_MEETING, d, Finding.GROSS_MISCONDUCT, Outcome.FINAL_WRITTEN_WARNING))),
      new Template("hearing-misconduct-final-warning-in-force-dismissed", WorkedExamples::from2010,
          (id, d) -> one(id, constable(), allegation(d, Severity.MISCONDUCT, Standard.DISCREDITABLE_CONDUCT),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE)).withRecord(finalWarning(d))),
      new Template("hearing-misconduct-final-warning-in-force-extended", WorkedExamples::from2010,
          (id, d) -> one(id, constable(), allegation(d, Severity.MISCONDUCT, Standard.DISCREDITABLE_CONDUCT),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.MISCONDUCT, Outcome.EXTENSION_OF_FINAL_WRITTEN_WARNING)).withRecord(finalWarning(d))),
      new Template("hearing-gross-misconduct-dismissed", WorkedExamples::always,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY, Category.DISHONESTY),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE))),
      new Template("hearing-gross-misconduct-final-written-warning", WorkedExamples::from2010,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.USE_OF_FORCE),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.FINAL_WRITTEN_WARNING))),
      new Template("hearing-gross-misconduct-no-further-action", WorkedExamples::from2022,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.USE_OF_FORCE),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.NO_FURTHER_ACTION))),
      new Template("hearing-constable-reduced-in-rank", WorkedExamples::from2022,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.REDUCTION_IN_RANK))),
      new Template("hearing-sergeant-already-reduced-in-rank", WorkedExamples::from2022,
          (id, d) -> one(id, sergeant(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.REDUCTION_IN_RANK))
              .withRecord(DisciplinaryRecord.builder().reducedInRank(true).build())),
      new Template("hearing-misconduct-unconnected-incidents", WorkedExamples::from2022,
          (id, d) -> one(id, sergeant(), allegation(d, Severity.MISCONDUCT, Standard.ORDERS_AND_INSTRUCTIONS),
              Proceedings.builder(Forum.MISCONDUCT_HEARING, d.plusDays(120)).addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT))
                  .unconnectedIncidents(true).outcome(Outcome.REDUCTION_IN_RANK).build())),
      new Template("accelerated-hearing-dismissed", WorkedExamples::always,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY, Category.CRIMINAL_CONVICTION),
              heard(Forum.ACCELERATED_MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE))),
      new Template("accelerated-hearing-final-written-warning", WorkedExamples::from2022,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY),
              heard(Forum.ACCELERATED_MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.FINAL_WRITTEN_WARNING))),
      new Template("accelerated-hearing-finds-misconduct-only", WorkedExamples::from2022,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY),
              heard(Forum.ACCELERATED_MISCONDUCT_HEARING, d, Finding.MISCONDUCT, Outcome.WRITTEN_WARNING))),
      new Template("resigned-during-investigation", WorkedExamples::from2010,
          (id, d) -> one(id, leaving(d.plusDays(20), Departure.RESIGNED), allegation(d, Severity.GROSS_MISCONDUCT, Standard.DISCREDITABLE_CONDUCT))),
      new Template("former-officer-would-have-been-dismissed", WorkedExamples::from2015,
          (id, d) -> one(id, leaving(d.plusDays(20), Departure.RESIGNED),
              allegation(d, Severity.GROSS_MISCONDUCT, Standard.DISCREDITABLE_CONDUCT, Category.VIOLENCE_AGAINST_WOMEN_AND_GIRLS),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED))),
      new Template("former-officer-dismissal-ordered", WorkedExamples::from2015,
          (id, d) -> one(id, leaving(d.plusDays(20), Departure.RETIRED), allegation(d, Severity.GROSS_MISCONDUCT, Standard.DISCREDITABLE_CONDUCT),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE))),
      new Template("former-officer-left-within-12-months-before", WorkedExamples::from2015,
          (id, d) -> one(id, leaving(d.minusDays(100), Departure.RETIRED), allegation(d.minusDays(130), d, Severity.GROSS_MISCONDUCT, Standard.DISCREDITABLE_CONDUCT),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED))),
      new Template("former-officer-left-over-12-months-before-with-determination", WorkedExamples::from2015,
          (id, d) -> one(id, leaving(d.minusDays(500), Departure.RESIGNED), allegation(d.minusDays(530), d, Severity.GROSS_MISCONDUCT, Standard.DISCREDITABLE_CONDUCT),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.WOULD_HAVE_BEEN_DISMISSED)).withConditionCDetermination(true)),
      new Template("former-officer-left-over-12-months-before", WorkedExamples::from2015,
          (id, d) -> one(id, leaving(d.minusDays(500), Departure.RESIGNED), allegation(d.minusDays(530), d, Severity.GROSS_MISCONDUCT, Standard.DISCREDITABLE_CONDUCT))),
      new Template("former-officer-misconduct-only", WorkedExamples::from2015,
          (id, d) -> one(id, leaving(d.plusDays(20), Departure.RESIGNED), allegation(d, Severity.MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY))),
      new Template("former-officer-at-a-meeting", WorkedExamples::from2015,
          (id, d) -> one(id, leaving(d.plusDays(20), Departure.RESIGNED), allegation(d, Severity.GROSS_MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY),
              heard(Forum.MISCONDUCT_MEETING, d, Finding.MISCONDUCT, Outcome.WRITTEN_WARNING))),
      new Template("former-officer-left-before-15-december-2017", d -> d.getYear() >= 2019,
          (id, d) -> one(id, leaving(LocalDate.of(2016, 6, 30), Departure.RETIRED),
              allegation(LocalDate.of(2016, 5, 2), d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY))),
      new Template("hearing-senior-officer", WorkedExamples::from2022,
          (id, d) -> one(id, Subject.builder(Role.POLICE_OFFICER).rank(Rank.ASSISTANT_CHIEF_CONSTABLE).joined(JOINED).build(),
              allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE))),
      new Template("reflective-practice-review", WorkedExamples::from2010,
          (id, d) -> one(id, constable(), allegation(d, Severity.PRACTICE_REQUIRING_IMPROVEMENT, Standard.DUTIES_AND_RESPONSIBILITIES),
              Proceedings.builder(Forum.REFLECTIVE_PRACTICE_REVIEW, d.plusDays(60)).build())),
      new Template("volunteer-designation-withdrawn", WorkedExamples::from2022,
          (id, d) -> one(id, Subject.builder().role(Role.COMMUNITY_SUPPORT_VOLUNTEER).joined(JOINED).left(ServiceEnd.of(d.plusDays(10), Departure.DISMISSED)).build(),
              allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY))),
      new Template("pcso", WorkedExamples::from2010,
          (id, d) -> one(id, Subject.builder().role(Role.PCSO).joined(JOINED).build(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY))),
      new Template("special-constable-meeting", WorkedExamples::from2010,
          (id, d) -> one(id, Subject.builder().role(Role.SPECIAL_CONSTABLE).joined(JOINED).build(),
              allegation(d, Severity.MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY), heard(Forum.MISCONDUCT_MEETING, d, Finding.MISCONDUCT, Outcome.WRITTEN_WARNING))),
      new Template("volunteer-stopped-volunteering", WorkedExamples::from2022,
          (id, d) -> one(id, Subject.builder().role(Role.POLICING_SUPPORT_VOLUNTEER).joined(JOINED).left(ServiceEnd.of(d.plusDays(10), Departure.RESIGNED)).build(),
              allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY))),
      new Template("conduct-before-attestation", WorkedExamples::from2015,
          (id, d) -> one(id, Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(d.minusDays(7)).build(),
              allegation(d, Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY))),
      new Template("connected-to-an-earlier-allegation", WorkedExamples::from2015,
          (id, d) -> one(id, constable(), Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT).conductDate(d.minusDays(14)).cameToAttention(d)
              .connectedToEarlierAllegation(true).severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, d.plusDays(7))).build())),
      new Template("indictable-only-conviction", WorkedExamples::from2022,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.DISCREDITABLE_CONDUCT, Category.INDICTABLE_ONLY_CONVICTION),
              heard(Forum.ACCELERATED_MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE))),
      new Template("hearing-with-its-timetable", WorkedExamples::from2022,
          (id, d) -> one(id, constable(), allegation(d, Severity.GROSS_MISCONDUCT, Standard.EQUALITY_AND_DIVERSITY, Category.DISCRIMINATION),
              heard(Forum.MISCONDUCT_HEARING, d, Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE))
              .withEvents(List.of(CaseEvent.of(EventType.SUSPENDED, d.plusDays(3)),
                  CaseEvent.of(EventType.REFERRAL_NOTICE_GIVEN, d.plusDays(60)),
                  CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d.plusDays(61)),
                  CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, d.plusDays(75)),
                  CaseEvent.of(EventType.WITNESS_LISTS_EXCHANGED, d.plusDays(78)),
                  CaseEvent.of(EventType.DOCUMENTS_SUPPLIED_TO_CHAIR, d.plusDays(85)),
                  CaseEvent.of(EventType.PRE_HEARING_HELD, d.plusDays(98)),
                  CaseEvent.of(EventType.PROCEEDINGS_CONCLUDED, d.plusDays(121)),
                  CaseEvent.of(EventType.OUTCOME_REPORT_SUBMITTED, d.plusDays(125)),
                  CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d.plusDays(126)),
                  CaseEvent.of(EventType.OUTCOME_PUBLISHED, d.plusDays(127)),
                  CaseEvent.of(EventType.SUSPENSION_ENDED, d.plusDays(121))))),
      new Template("meeting-appealed", WorkedExamples::from2022,
          (id, d) -> one(id, constable(), allegation(d, Severity.MISCONDUCT, Standard.CONFIDENTIALITY, Category.MISUSE_OF_INFORMATION),
              heard(Forum.MISCONDUCT_MEETING, d, Finding.MISCONDUCT, Outcome.FINAL_WRITTEN_WARNING))
              .withEvents(List.of(CaseEvent.of(EventType.PROCEEDINGS_CONCLUDED, d.plusDays(120)),
                  CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d.plusDays(124)),
                  CaseEvent.of(EventType.APPEAL_LODGED, d.plusDays(130))))));

  /**
   * The worked examples, the same on every call: for each day, each template that fits it.
   *
   * @return the cases, their ids distinct
   */
  public static List<ConductCase> all() {
    List<ConductCase> out = new ArrayList<>();
    for (Template t : TEMPLATES) {
      for (LocalDate d : DAYS) {
        if (t.when().test(d)) {
          out.add(t.build().apply(d.getYear() + "-" + t.name(), d));
        }
      }
    }
    // two allegations either side of 1 February 2020, not connected: under different Regulations
    out.add(ConductCase.builder().id("2020-allegations-under-two-regulations").force("Example Constabulary").subject(constable())
        .addAllegations(allegation(LocalDate.of(2020, 1, 20), Severity.MISCONDUCT, Standard.AUTHORITY_RESPECT_AND_COURTESY))
        .addAllegations(Allegation.builder("A2", Standard.DISCREDITABLE_CONDUCT).conductDate(LocalDate.of(2020, 1, 25))
            .cameToAttention(LocalDate.of(2020, 2, 10)).build())
        .build());
    // an allegation of 2011 (the 2008 Regulations) against an officer who left in 2018
    out.add(one("2011-former-officer-under-the-2008-regulations", leaving(LocalDate.of(2018, 3, 1), Departure.RESIGNED),
        allegation(LocalDate.of(2011, 3, 1), Severity.GROSS_MISCONDUCT, Standard.HONESTY_AND_INTEGRITY),
        Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2018, 6, 1)).addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT))
            .outcome(Outcome.WOULD_HAVE_BEEN_DISMISSED).build()));
    return List.copyOf(out);
  }
}

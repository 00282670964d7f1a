package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The timetable a case's events start (issue 17, item 2): each limit read from its row and counted as its
 * provision words it ("beginning with the first working day after"), on the day before, of and after its due date,
 * across a weekend, Easter and Christmas; met, open, overdue, a window open and lapsed.
 */
class TimetableTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static ConductCase.Builder aCase(String attention) {
    return ConductCase.builder().id("T1").subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build())
        .addAllegations(Allegation.builder("A1", Standard.CONFIDENTIALITY).cameToAttention(d(attention))
            .assessed(Severity.MISCONDUCT, d(attention)).build());
  }

  private static TimetableStep only(Decision d, Rule rule) {
    List<TimetableStep> steps = d.timetable().stream().filter(s -> s.rule() == rule).toList();
    assertEquals(1, steps.size(), d.timetable().toString());
    return steps.get(0);
  }

  @Test
  void theOfficersResponseIsDue15WorkingDaysFromTheFirstWorkingDayAfterTheDocuments() {
    // R2020 reg 31(2)(a): supplied Thursday 2023-03-30; Good Friday 7 April and Easter Monday 10 April are not
    // working days: day 1 is Friday 31 March ... day 15 is Monday 24 April.
    ConductCase c = aCase("2023-01-10").addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2023-03-30"))).build();
    TimetableStep s = only(ConductRules.decide(c, d("2023-04-24")), Rule.TIMETABLE_OFFICER_RESPONSE_2020);
    assertEquals(d("2023-04-24"), s.due());
    assertEquals(TimetableStep.Status.OPEN, s.status(), "on the due day");
    assertEquals(TimetableStep.Status.OPEN,
        only(ConductRules.decide(c, d("2023-04-21")), Rule.TIMETABLE_OFFICER_RESPONSE_2020).status(), "the day before");
    assertEquals(TimetableStep.Status.OVERDUE,
        only(ConductRules.decide(c, d("2023-04-25")), Rule.TIMETABLE_OFFICER_RESPONSE_2020).status(), "the day after");
    assertEquals(EventType.DOCUMENTS_SUPPLIED, s.from());
    assertTrue(s.citation().toString().contains("Police (Conduct) Regulations 2020, reg 31(2)(a)"), s.citation().toString());
    assertTrue(s.extension().orElseThrow().contains("exceptional circumstances"), s.extension().toString());
    assertEquals(List.of(s), ConductRules.decide(c, d("2023-04-24")).next());
  }

  @Test
  void aResponseMeetsItsStepAndStartsTheWitnessLists() {
    ConductCase c = aCase("2023-01-10").addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2023-12-20")),
        CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, d("2024-01-05"))).build();
    Decision d = ConductRules.decide(c, d("2024-01-08"));
    TimetableStep response = only(d, Rule.TIMETABLE_OFFICER_RESPONSE_2020);
    assertEquals(TimetableStep.Status.MET, response.status());
    assertEquals(Optional.of(d("2024-01-05")), response.metOn());
    // Christmas Day, Boxing Day and New Year's Day are not working days: day 1 is Thursday 21 December, day 15
    // Monday 15 January 2024.
    assertEquals(d("2024-01-15"), response.due());
    // R2020 reg 31(4): 3 working days from the first working day after Friday 5 January: Monday 8 to Wednesday 10
    TimetableStep lists = only(d, Rule.TIMETABLE_WITNESS_LISTS_2020);
    assertEquals(d("2024-01-10"), lists.due());
    assertEquals(TimetableStep.Status.OPEN, lists.status());
    // R2020 reg 32(6): the documents to the chair, 10 working days from Monday 8 January: Friday 19 January
    TimetableStep chair = only(d, Rule.TIMETABLE_DOCUMENTS_TO_CHAIR_2020);
    assertEquals(d("2024-01-19"), chair.due());
    assertEquals(List.of(lists, chair), d.next());
  }

  @Test
  void theAppealWindowRunsFromTheReportGivenAndLapsesWithoutBeingOverdue() {
    Proceedings meeting = Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2023-05-10")).found("A1", Finding.MISCONDUCT)
        .outcome(Outcome.WRITTEN_WARNING).build();
    // The report given on Friday 12 May 2023: 7 working days beginning with Monday 15 May end on Tuesday 23 May.
    ConductCase c = aCase("2023-01-10").proceedings(meeting)
        .addEvents(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2023-05-12"))).build();
    TimetableStep open = only(ConductRules.decide(c, d("2023-05-23")), Rule.CONSEQUENCE_APPEAL_MEETING);
    assertEquals(d("2023-05-23"), open.due());
    assertEquals(TimetableStep.Status.WINDOW_OPEN, open.status());
    assertEquals(TimetableStep.Status.LAPSED,
        only(ConductRules.decide(c, d("2023-05-24")), Rule.CONSEQUENCE_APPEAL_MEETING).status());
    ConductCase appealed = c.withEvents(List.of(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2023-05-12")),
        CaseEvent.of(EventType.APPEAL_LODGED, d("2023-05-19"))));
    TimetableStep met = only(ConductRules.decide(appealed, d("2023-06-01")), Rule.CONSEQUENCE_APPEAL_MEETING);
    assertEquals(TimetableStep.Status.MET, met.status());
    assertEquals(List.of(), ConductRules.decide(appealed, d("2023-06-01")).next());
  }

  @Test
  void theAppealConsequenceRunsFromTheReportGivenWhenTheCaseRecordsIt() {
    // Before, the window ran from the day of the meeting (10 May: due 19 May) even when the report was given later.
    Proceedings meeting = Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2023-05-10")).found("A1", Finding.MISCONDUCT)
        .outcome(Outcome.WRITTEN_WARNING).build();
    ConductCase without = aCase("2023-01-10").proceedings(meeting).build();
    ConductCase with = without.withEvents(List.of(CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2023-05-12"))));
    assertEquals(Optional.of(d("2023-05-19")), appealDue(ConductRules.decide(without)));
    Decision d = ConductRules.decide(with);
    assertEquals(Optional.of(d("2023-05-23")), appealDue(d));
    assertEquals(only(d, Rule.CONSEQUENCE_APPEAL_MEETING).due(), appealDue(d).orElseThrow());
    assertTrue(d.consequences().stream().anyMatch(c -> c.description().contains("the report was given, on 2023-05-12")),
        d.toString());
  }

  private static Optional<LocalDate> appealDue(Decision d) {
    return d.consequences().stream().filter(c -> c.kind() == ConsequenceKind.APPEAL_WINDOW).findFirst()
        .flatMap(Consequence::dueBy);
  }

  @Test
  void anEventOutOfOrderIsACautionNamingItAndItsDateAndTheRestIsDecided() {
    Proceedings meeting = Proceedings.builder(Forum.MISCONDUCT_MEETING, d("2023-05-10")).found("A1", Finding.MISCONDUCT)
        .outcome(Outcome.WRITTEN_WARNING).build();
    ConductCase c = aCase("2023-01-10").proceedings(meeting).addEvents(
        CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, d("2023-03-01")),
        CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2023-03-06")),
        CaseEvent.of(EventType.APPEAL_LODGED, d("2023-05-11"))).build();
    Decision d = ConductRules.decide(c);
    List<Guidance> cautions = d.guidance().stream().filter(g -> g.kind() == GuidanceKind.EVENT_OUT_OF_ORDER).toList();
    assertEquals(2, cautions.size(), d.toString());
    assertTrue(cautions.get(0).message().contains("officer_response_given on 2023-03-01 with no documents_supplied"),
        cautions.get(0).message());
    assertTrue(cautions.get(0).citation().toString().contains("reg 31(2)(a)"), cautions.get(0).toString());
    assertTrue(cautions.get(1).message().contains("appeal_lodged on 2023-05-11 with no outcome_report_given"),
        cautions.get(1).message());
    assertTrue(d.outcome().get().lawful(), "a caution about the record does not make the outcome unlawful");
    assertTrue(d.problems().isEmpty(), d.toString());
  }

  @Test
  void theAcceleratedHearingFallsInAWindowOf10To15WorkingDaysAfterItsNotice() {
    // R2020 reg 52(1): notice on Wednesday 20 December 2023; the working days after it skip Christmas, Boxing Day and
    // New Year's Day: day 1 Thursday 21 December ... day 10 Monday 8 January, day 15 Monday 15 January 2024.
    ConductCase c = aCase("2023-11-01").addEvents(
        CaseEvent.of(EventType.ACCELERATED_HEARING_NOTICE_GIVEN, d("2023-12-20"))).build();
    TimetableStep before = only(ConductRules.decide(c, d("2024-01-05")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020);
    assertEquals(Optional.of(d("2024-01-08")), before.earliest());
    assertEquals(d("2024-01-15"), before.due());
    assertEquals(TimetableStep.Status.OPEN, before.status(), "the working day before the window opens");
    assertEquals(TimetableStep.Status.WINDOW_OPEN,
        only(ConductRules.decide(c, d("2024-01-08")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020).status());
    assertEquals(TimetableStep.Status.WINDOW_OPEN,
        only(ConductRules.decide(c, d("2024-01-15")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020).status());
    assertEquals(TimetableStep.Status.OVERDUE,
        only(ConductRules.decide(c, d("2024-01-16")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020).status());
    assertTrue(before.citation().toString().endsWith("reg 52(1)"), before.citation().toString());
    ConductCase held = c.withProceedings(Proceedings.builder(Forum.ACCELERATED_MISCONDUCT_HEARING, d("2024-01-10"))
        .build());
    TimetableStep met = only(ConductRules.decide(held, d("2024-01-20")), Rule.TIMETABLE_ACCELERATED_HEARING_DATE_2020);
    assertEquals(TimetableStep.Status.MET, met.status());
    assertEquals(Optional.of(d("2024-01-10")), met.metOn());
  }

  @Test
  void eventsAfterTheAsAtDateHaveNotHappenedYet() {
    ConductCase c = aCase("2023-01-10").addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2023-03-30")),
        CaseEvent.of(EventType.OFFICER_RESPONSE_GIVEN, d("2023-04-20"))).build();
    assertEquals(TimetableStep.Status.OPEN,
        only(ConductRules.decide(c, d("2023-04-19")), Rule.TIMETABLE_OFFICER_RESPONSE_2020).status());
    assertEquals(List.of(), ConductRules.decide(c, d("2023-03-29")).timetable(), "before the documents were supplied");
  }

  @Test
  void limitsOfThe2020RegulationsAreNotAppliedToAnEarlierRegime() {
    ConductCase c = aCase("2019-06-03").addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2020-03-02"))).build();
    assertEquals(List.of(), ConductRules.decide(c, d("2020-03-03")).timetable());
  }
  /**
   * A case whose record starts {@code rule}'s period on {@code start}, or with the step met on {@code met} when
   * given. The due dates below were counted by hand (England and Wales bank holidays; Good Friday 29 March and Easter
   * Monday 1 April 2024, 18 and 21 April 2025; Christmas 2024), not by the library.
   */
  private static ConductCase starting(Rule rule, LocalDate start, Optional<LocalDate> met) {
    ConductCase.Builder b = aCase("2024-01-10");
    EventType starts;
    EventType meets;
    switch (rule.id()) {
      case "timetable.officer_response.2020":
        starts = EventType.DOCUMENTS_SUPPLIED;
        meets = EventType.OFFICER_RESPONSE_GIVEN;
        break;
      case "timetable.witness_lists.2020":
        starts = EventType.OFFICER_RESPONSE_GIVEN;
        meets = EventType.WITNESS_LISTS_EXCHANGED;
        break;
      case "timetable.documents_to_chair.2020":
        starts = EventType.OFFICER_RESPONSE_GIVEN;
        meets = EventType.DOCUMENTS_SUPPLIED_TO_CHAIR;
        break;
      case "timetable.pre_hearing.2020":
        starts = EventType.DOCUMENTS_SUPPLIED_TO_CHAIR;
        meets = EventType.PRE_HEARING_HELD;
        break;
      case "timetable.chair_report.2020":
      case "timetable.accelerated_report.2020":
        Forum forum = rule == Rule.TIMETABLE_CHAIR_REPORT_2020 ? Forum.MISCONDUCT_HEARING
            : Forum.ACCELERATED_MISCONDUCT_HEARING;
        b.proceedings(Proceedings.builder(forum, start.minusDays(1)).build());
        starts = EventType.PROCEEDINGS_CONCLUDED;
        meets = EventType.OUTCOME_REPORT_SUBMITTED;
        break;
      default: // the appeal from a misconduct meeting
        b.proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, start.minusDays(3)).found("A1", Finding.MISCONDUCT)
            .outcome(Outcome.WRITTEN_WARNING).build());
        starts = EventType.OUTCOME_REPORT_GIVEN;
        meets = EventType.APPEAL_LODGED;
        break;
    }
    b.addEvents(CaseEvent.of(starts, start));
    met.ifPresent(m -> b.addEvents(CaseEvent.of(meets, m)));
    return b.build();
  }

  @ParameterizedTest(name = "{0} from {1}: due {2}")
  @CsvSource({
      // R2020 reg 31(2)(a): 15 working days beginning with the first working day after the documents
      "timetable.officer_response.2020, 2024-03-22, 2024-04-16", // a Friday: the weekend and Easter
      "timetable.officer_response.2020, 2024-12-20, 2025-01-15", // Christmas, Boxing Day, New Year's Day
      "timetable.officer_response.2020, 2025-04-17, 2025-05-13", // Maundy Thursday: Easter and 5 May
      "timetable.officer_response.2020, 2025-06-13, 2025-07-04", // three weekends, no holiday
      // R2020 reg 31(4): 3 working days from the first working day after the response
      "timetable.witness_lists.2020, 2024-03-22, 2024-03-27",
      "timetable.witness_lists.2020, 2024-12-20, 2024-12-27",
      "timetable.witness_lists.2020, 2025-04-17, 2025-04-24",
      "timetable.witness_lists.2020, 2025-06-13, 2025-06-18",
      // R2020 reg 32(6): 10 working days from the first working day after the response
      "timetable.documents_to_chair.2020, 2024-03-22, 2024-04-09",
      "timetable.documents_to_chair.2020, 2024-12-20, 2025-01-08",
      "timetable.documents_to_chair.2020, 2025-04-17, 2025-05-06",
      "timetable.documents_to_chair.2020, 2025-06-13, 2025-06-27",
      // R2020 reg 33(1): 15 working days from the first working day after the documents reach the chair
      "timetable.pre_hearing.2020, 2024-03-22, 2024-04-16",
      "timetable.pre_hearing.2020, 2024-12-20, 2025-01-15",
      // R2020 regs 43(1), 63(1): 5 working days from the first working day after the completion
      "timetable.chair_report.2020, 2024-03-22, 2024-04-02",
      "timetable.chair_report.2020, 2024-12-20, 2024-12-31",
      "timetable.chair_report.2020, 2025-04-17, 2025-04-28",
      "timetable.accelerated_report.2020, 2024-03-22, 2024-04-02",
      "timetable.accelerated_report.2020, 2024-12-20, 2024-12-31",
      "timetable.accelerated_report.2020, 2025-06-13, 2025-06-20",
      // R2020 reg 45(3): 7 working days from the first working day after the report is given
      "consequences.appeal.meeting, 2024-03-22, 2024-04-04",
      "consequences.appeal.meeting, 2024-12-20, 2025-01-03",
      "consequences.appeal.meeting, 2025-04-17, 2025-04-30",
      "consequences.appeal.meeting, 2025-06-13, 2025-06-24"})
  void eachLimitOnTheDayBeforeTheDayOfAndTheDayAfterItsDueDate(String id, LocalDate start, LocalDate due) {
    Rule rule = java.util.Arrays.stream(Rule.values()).filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    boolean window = rule == Rule.TIMETABLE_PRE_HEARING_2020 || rule == Rule.CONSEQUENCE_APPEAL_MEETING;
    ConductCase c = starting(rule, start, Optional.empty());
    TimetableStep onDue = only(ConductRules.decide(c, due), rule);
    assertEquals(due, onDue.due());
    assertEquals(start, onDue.fromDate());
    TimetableStep.Status pending = window ? TimetableStep.Status.WINDOW_OPEN : TimetableStep.Status.OPEN;
    assertEquals(pending, only(ConductRules.decide(c, due.minusDays(1)), rule).status(), "the day before");
    assertEquals(pending, onDue.status(), "the day it is due");
    assertEquals(window ? TimetableStep.Status.LAPSED : TimetableStep.Status.OVERDUE,
        only(ConductRules.decide(c, due.plusDays(1)), rule).status(), "the day after");
    assertTrue(onDue.citation().toString().startsWith("Police (Conduct) Regulations 2020, reg "), onDue::toString);
    // met on the day it is due, and met (late) the day after: met either way, with the day it was met
    for (LocalDate on : List.of(due, due.plusDays(1))) {
      TimetableStep met = only(ConductRules.decide(starting(rule, start, Optional.of(on)), due.plusDays(10)), rule);
      assertEquals(TimetableStep.Status.MET, met.status());
      assertEquals(Optional.of(on), met.metOn());
    }
  }

  @Test
  void theChairsReportIsCountedFromTheProceedingsDateWhenTheirCompletionIsNotRecordedAndSaysSo() {
    // A hearing dated Friday 22 March 2024 with events but no proceedings_concluded: 5 working days from Monday 25
    // March, skipping Good Friday and Easter Monday, end on Tuesday 2 April.
    ConductCase c = aCase("2024-01-10").proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, d("2024-03-22")).build())
        .addEvents(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2024-02-01"))).build();
    TimetableStep s = only(ConductRules.decide(c, d("2024-04-02")), Rule.TIMETABLE_CHAIR_REPORT_2020);
    assertEquals(d("2024-04-02"), s.due());
    assertTrue(s.description().contains("taken as their date, 2024-03-22 (no proceedings_concluded event is recorded)"),
        s.description());
    // the outcome report given to the officer is a copy of it: it shows the report submitted by then
    ConductCase given = c.withEvents(List.of(CaseEvent.of(EventType.DOCUMENTS_SUPPLIED, d("2024-02-01")),
        CaseEvent.of(EventType.OUTCOME_REPORT_GIVEN, d("2024-03-28"))));
    TimetableStep met = only(ConductRules.decide(given, d("2024-04-10")), Rule.TIMETABLE_CHAIR_REPORT_2020);
    assertEquals(Optional.of(d("2024-03-28")), met.metOn());
    // a case that records no events is a snapshot: it has no timetable
    assertEquals(List.of(), ConductRules.decide(c.withEvents(List.of()), d("2024-04-10")).timetable());
  }
}

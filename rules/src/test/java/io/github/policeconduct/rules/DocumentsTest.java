package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
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
import io.github.policeconduct.rules.Document.Source;
import io.github.policeconduct.testkit.Generators;
import org.junit.jupiter.api.Test;

/**
 * The documents a force sends or publishes: written exactly when the decision calls for them, every field answering a
 * provision of the rulebook, the personal fields blank, the practice labelled.
 */
class DocumentsTest {
  /** The Staffordshire story: a constable resigned while under investigation, found at an accelerated hearing to have
   * committed gross misconduct; he would have been dismissed. */
  static ConductCase staffordshire() {
    return ConductCase.builder()
        .id("STAFFS-2025-001")
        .force("Staffordshire Police")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2018, 9, 3))
            .left(LocalDate.of(2025, 8, 4), Departure.RESIGNED).build())
        .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT)
            .summary("Paid for sexual services while off duty")
            .addCategories(Category.SEXUAL_MISCONDUCT)
            .conductDate(LocalDate.of(2025, 3, 15))
            .cameToAttention(LocalDate.of(2025, 5, 20))
            .assessed(Severity.GROSS_MISCONDUCT, LocalDate.of(2025, 5, 28))
            .build())
        .proceedings(Proceedings.builder(Forum.ACCELERATED_MISCONDUCT_HEARING, LocalDate.of(2025, 8, 21))
            .found("A1", Finding.GROSS_MISCONDUCT)
            .outcome(Outcome.WOULD_HAVE_BEEN_DISMISSED)
            .build())
        .build();
  }

  /** A serving sergeant found at a hearing to have committed gross misconduct, given a final written warning. */
  static ConductCase notDismissed() {
    return ConductCase.builder()
        .id("T-2025-002")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).joined(LocalDate.of(2010, 1, 4)).build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY)
            .cameToAttention(LocalDate.of(2024, 6, 3))
            .assessed(Severity.GROSS_MISCONDUCT, LocalDate.of(2024, 6, 10))
            .build())
        .addAllegations(Allegation.builder("A2", Standard.CONFIDENTIALITY)
            .cameToAttention(LocalDate.of(2024, 6, 3))
            .assessed(Severity.GROSS_MISCONDUCT, LocalDate.of(2024, 6, 10))
            .build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2025, 2, 12))
            .found("A1", Finding.GROSS_MISCONDUCT)
            .found("A2", Finding.NOT_MISCONDUCT)
            .outcome(Outcome.FINAL_WRITTEN_WARNING)
            .build())
        .addEvents(CaseEvent.of(EventType.OUTCOME_PUBLISHED, LocalDate.of(2025, 2, 20)))
        .build();
  }

  private static final LocalDate AS_AT = LocalDate.of(2025, 9, 1);

  @Test
  void aBarredListReportForAFormerOfficerFillsWhatTheCaseHoldsAndBlanksThePersonalFields() {
    Document d = Documents.barredListReport(staffordshire(), AS_AT).orElseThrow();
    assertEquals(DocumentKind.BARRED_LIST_REPORT, d.kind());
    assertEquals("Barred List report: case STAFFS-2025-001", d.title());
    assertEquals(Optional.of("Staffordshire Police"), d.field("police_force").get().value());
    assertEquals("reg 3(2)(b)", d.field("police_force").get().provision().pinpoint());
    assertEquals(Rule.DOCUMENT_BARRED_LIST_REPORT, d.field("police_force").get().rule());
    assertEquals(Optional.of("A former police officer"), d.field("status_at_the_time").get().value());
    assertEquals("reg 3(2)(f)(i)", d.field("rank").get().provision().pinpoint(), "the former officer's limb");
    assertEquals(Optional.of("constable"), d.field("rank").get().value());
    for (String blank : List.of("full_name", "date_of_birth", "identifying_number", "conduct_description", "reasons")) {
      assertEquals(Source.BLANK, d.field(blank).get().source(), blank);
      assertEquals(Optional.empty(), d.field(blank).get().value(), blank);
    }
    assertEquals(Optional.of("Discreditable Conduct"), d.field("standards_breached").get().value());
    assertEquals(Optional.of("2025-08-21"), d.field("dismissal_or_finding_date").get().value());
    Consequence barred = Documents.barredListReport(staffordshire(), AS_AT).decision().consequences().stream()
        .filter(c -> c.kind() == ConsequenceKind.BARRED_LIST_REPORT).findFirst().get();
    assertEquals(barred.dueBy().map(LocalDate::toString), d.field("due_by").get().value());
    assertEquals(Optional.of("2025-08-28"), d.field("due_by").get().value(), "5 working days beginning with Thu 21 Aug, over the bank holiday");
    assertTrue(d.field("advisory_list_report").get().value().get().startsWith("Yes"), d.toString());
    assertEquals(Source.NOT_RECORDED, d.field("advisory_list_report_date").get().source());
    assertTrue(d.notes().get(0).contains("(k)"), d.notes().toString());
  }

  @Test
  void aBarredListReportForADismissedMemberOfStaffHasNoRankAndTheEmployeesNumber() {
    ConductCase c = ConductCase.builder()
        .id("T-2025-004")
        .force("Kent Police")
        .subject(Subject.builder(Role.POLICE_STAFF).joined(LocalDate.of(2015, 1, 5)).build())
        .addAllegations(Allegation.builder("A1", Standard.CONFIDENTIALITY)
            .cameToAttention(LocalDate.of(2025, 1, 6))
            .build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2025, 3, 3))
            .found("A1", Finding.GROSS_MISCONDUCT).outcome(Outcome.DISMISSAL_WITHOUT_NOTICE).build())
        .build();
    DocumentResult r = Documents.barredListReport(c, LocalDate.of(2025, 3, 31));
    Document d = r.orElseThrow();
    assertEquals(Optional.of("A civilian police employee"), d.field("status_at_the_time").get().value());
    assertFalse(d.field("rank").isPresent());
    assertEquals("reg 3(2)(g)", d.field("identifying_number").get().provision().pinpoint());
    assertEquals(Source.BLANK, d.field("identifying_number").get().source());
  }

  @Test
  void noBarredListReportWithoutADismissalSaysWhyWithTheRule() {
    DocumentResult r = Documents.barredListReport(notDismissed(), AS_AT);
    assertFalse(r.isWritten());
    assertEquals(DocumentResult.Reason.NOT_REQUIRED, r.whyNot().get().reason());
    assertEquals(Rule.CONSEQUENCE_BARRED_LIST, r.whyNot().get().rule());
    assertTrue(r.whyNot().get().because().contains("T-2025-002"), r.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, r::orElseThrow);
    assertEquals(r.whyNot().get().because(), e.getMessage());
  }

  @Test
  void anAdvisoryListReportForLeavingWhileUnderInvestigation() {
    Document d = Documents.advisoryListReport(staffordshire(), AS_AT).orElseThrow();
    assertEquals(Optional.of("A police officer"), d.field("status_at_the_time").get().value());
    assertEquals("reg 12(2)(d)(ii)", d.field("rank").get().provision().pinpoint());
    assertEquals(Optional.of("2025-08-04"), d.field("relevant_event_date").get().value());
    assertEquals(Optional.of("A1: Paid for sexual services while off duty"), d.field("allegation_summary").get().value());
    assertEquals(Optional.of("accelerated misconduct hearing"), d.field("proceedings_form").get().value());
    assertEquals(Source.BLANK, d.field("identifying_number").get().source());
    assertEquals(Optional.of("2025-08-08"), d.field("due_by").get().value());
  }

  @Test
  void anAdvisoryListReportForAnAllegationAfterAFormerOfficerLeft() {
    ConductCase c = ConductCase.builder()
        .id("T-2025-003")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.INSPECTOR).joined(LocalDate.of(2005, 1, 4))
            .left(LocalDate.of(2024, 3, 29), Departure.RETIRED).build())
        .addAllegations(Allegation.builder("A1", Standard.USE_OF_FORCE)
            .conductDate(LocalDate.of(2023, 11, 2))
            .cameToAttention(LocalDate.of(2024, 9, 2))
            .assessed(Severity.GROSS_MISCONDUCT, LocalDate.of(2024, 9, 9))
            .build())
        .build();
    Document d = Documents.advisoryListReport(c, LocalDate.of(2024, 10, 1)).orElseThrow();
    assertEquals("reg 12(2)(e)(i)", d.field("rank").get().provision().pinpoint());
    assertEquals(Optional.of("inspector"), d.field("rank").get().value());
    assertEquals(Optional.of("2024-03-29, retired"), d.field("ceased_to_be_an_officer").get().value());
    assertEquals(Optional.of("2024-09-02"), d.field("relevant_event_date").get().value());
    assertEquals(Source.NOT_RECORDED, d.field("allegation_summary").get().source());
    assertEquals(Source.NOT_RECORDED, d.field("police_force").get().source());
  }

  @Test
  void theOutcomeNoticeOfAFormerOfficerSaysTheyWouldHaveBeenDismissed() {
    Document d = Documents.outcomeNotice(staffordshire(), AS_AT).orElseThrow();
    assertEquals(Optional.of("accelerated misconduct hearing"), d.field("forum").get().value());
    assertEquals(Optional.of("Gross misconduct"), d.field("finding.A1").get().value());
    assertEquals("reg 63(1)(a)", d.field("finding.A1").get().provision().pinpoint());
    assertEquals(Optional.of("The former officer would have been dismissed had they not ceased to serve."),
        d.field("disciplinary_action").get().value());
    assertEquals(Rule.SANCTIONS_FORMER_OFFICER, d.field("disciplinary_action").get().rule());
    assertEquals(Source.NOT_RECORDED, d.field("published").get().source());
    Document.Field takeDown = d.field("earliest_take_down").get();
    assertEquals(Source.PRACTICE, takeDown.source());
    assertEquals(Optional.empty(), takeDown.value());
    assertTrue(takeDown.note().get().contains("rests on practice, not on the text"), takeDown.note().get());
    assertFalse(d.field("reasons_not_dismissed").isPresent(), "a former officer is not given reasons for not dismissing");
  }

  @Test
  void theOutcomeNoticeOfGrossMisconductNotDismissedHasASlotForTheReasonsAndATakeDownDate() {
    Document d = Documents.outcomeNotice(notDismissed(), AS_AT).orElseThrow();
    assertEquals(Optional.of("Honesty and Integrity"), d.field("standards_breached").get().value(), "A2 was not proved");
    assertEquals(Optional.of("Neither misconduct nor gross misconduct"), d.field("finding.A2").get().value());
    assertEquals(Optional.of("final written warning"), d.field("disciplinary_action").get().value());
    assertEquals("reg 43(1)(c)", d.field("disciplinary_action").get().provision().pinpoint());
    Document.Field reasons = d.field("reasons_not_dismissed").get();
    assertEquals(Source.BLANK, reasons.source());
    assertEquals(Rule.CONSEQUENCE_REASONS_HEARING, reasons.rule());
    assertEquals(Optional.of("2025-02-20"), d.field("published").get().value());
    assertEquals(Optional.of("2025-03-20"), d.field("earliest_take_down").get().value(), "28 days after publication");
    assertEquals(Rule.DOCUMENT_OUTCOME_PUBLICATION_PRACTICE, d.field("earliest_take_down").get().rule());
  }

  @Test
  void noOutcomeNoticeBeforeTheHearingNorForTheOlderRegulations() {
    DocumentResult before = Documents.outcomeNotice(notDismissed(), LocalDate.of(2025, 1, 31));
    assertEquals(DocumentResult.Reason.NOT_REQUIRED, before.whyNot().get().reason());
    ConductCase old = ConductCase.builder()
        .id("T-2016-001")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY)
            .cameToAttention(LocalDate.of(2016, 6, 3))
            .assessed(Severity.GROSS_MISCONDUCT, LocalDate.of(2016, 6, 10))
            .build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2017, 2, 12))
            .found("A1", Finding.GROSS_MISCONDUCT).outcome(Outcome.DISMISSAL_WITHOUT_NOTICE).build())
        .build();
    DocumentResult r = Documents.outcomeNotice(old, LocalDate.of(2017, 3, 1));
    assertEquals(DocumentResult.Reason.NOT_MODELLED, r.whyNot().get().reason());
    assertEquals(Rule.DOCUMENT_NOT_MODELLED, r.whyNot().get().rule());
    assertTrue(r.whyNot().get().because().contains("Police (Conduct) Regulations 2012"), r.toString());
    // before 15 December 2017 there was no Barred List: no report, and it says so
    assertEquals(DocumentResult.Reason.NOT_REQUIRED, Documents.barredListReport(old, LocalDate.of(2017, 3, 1)).whyNot().get().reason());
  }

  @Test
  void everyFieldAnswersAProvisionOfItsRuleAndNoRowIsCitedBeforeItWasInForce() {
    for (ConductCase c : List.of(staffordshire(), notDismissed())) {
      for (DocumentKind k : DocumentKind.values()) {
        DocumentResult r = Documents.write(k, c, AS_AT);
        for (Document d : r.document().stream().toList()) {
          for (Document.Field f : d.fields()) {
            assertEquals(f.rule().citation(Optional.of(io.github.policeconduct.core.Regime.CONDUCT_REGULATIONS_2020), AS_AT).instrument(),
                f.provision().instrument(), f.key());
            assertTrue(f.rule().isInForceOn(AS_AT), f.rule().id());
          }
        }
      }
    }
  }

  @Test
  void kindsHaveStableCodesAndParseTheirCodes() {
    assertEquals(List.of("outcome_notice", "barred_list_report", "advisory_list_report"),
        List.of(DocumentKind.values()).stream().map(DocumentKind::code).toList());
    assertEquals(DocumentKind.BARRED_LIST_REPORT, DocumentKind.parse("barred-list-report"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentKind.parse("notice"));
    assertTrue(e.getMessage().contains("'notice'"), e.getMessage());
  }

  /**
   * A law of the domain: a Barred (Advisory) List report is written exactly when the decision has a Barred (Advisory)
   * List consequence (the volunteer who stopped volunteering aside, whose contents were not read), and its due date is
   * that consequence's.
   */
  @Test
  void aReportIsWrittenExactlyWhenTheDecisionHasItsConsequenceAndIsDueWhenItIs() {
    qt().withExamples(300).forAll(Generators.cases()).checkAssert(c -> {
      LocalDate asAt = ConductRules.latestDate(c);
      for (DocumentKind k : List.of(DocumentKind.BARRED_LIST_REPORT, DocumentKind.ADVISORY_LIST_REPORT)) {
        ConsequenceKind ck = k == DocumentKind.BARRED_LIST_REPORT ? ConsequenceKind.BARRED_LIST_REPORT : ConsequenceKind.ADVISORY_LIST_REPORT;
        DocumentResult r = Documents.write(k, c, asAt);
        Optional<Consequence> cons = r.decision().consequences().stream().filter(x -> x.kind() == ck).findFirst();
        boolean stopped = cons.filter(x -> x.citation().equals(Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_STOPPED.citation())).isPresent();
        assertEquals(cons.isPresent() && !stopped, r.isWritten(), k + " " + c);
        assertEquals(r.isWritten(), r.whyNot().isEmpty());
        if (r.isWritten()) {
          Document.Field due = r.document().get().field("due_by").get();
          assertEquals(cons.get().dueBy().map(LocalDate::toString), due.value());
          for (Document.Field f : r.document().get().fields()) {
            assertTrue(f.source() != Source.BLANK || f.value().isEmpty());
          }
        }
        assertEquals(r.decision(), ConductRules.decide(c, asAt));
      }
      DocumentResult notice = Documents.outcomeNotice(c, asAt);
      assertEquals(notice.isWritten(), notice.whyNot().isEmpty());
    });
  }
}

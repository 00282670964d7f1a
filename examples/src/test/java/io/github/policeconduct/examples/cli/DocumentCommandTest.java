package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conduct document}: one document per case that needs one, and a reason on standard error for each that does not. */
class DocumentCommandTest {
  /** The Staffordshire story as a case file: resigned, would have been dismissed. */
  static final String STAFFS = "{\"id\": \"STAFFS-2025-001\", \"force\": \"Staffordshire Police\", \"subject\": {\"role\": "
      + "\"police_officer\", \"rank\": \"constable\", \"joined\": \"2018-09-03\", \"left\": {\"date\": \"2025-08-04\", \"reason\": "
      + "\"resigned\"}}, \"allegations\": [{\"id\": \"A1\", \"standards\": [\"discreditable_conduct\"], \"conduct_date\": "
      + "\"2025-03-15\", \"came_to_attention\": \"2025-05-20\", \"severity\": {\"level\": \"gross_misconduct\", \"assessed\": "
      + "\"2025-05-28\"}}], \"proceedings\": {\"forum\": \"accelerated_misconduct_hearing\", \"date\": \"2025-08-21\", "
      + "\"findings\": [{\"allegation\": \"A1\", \"finding\": \"gross_misconduct\"}], \"outcome\": \"would_have_been_dismissed\"}}";
  /** A written warning at a misconduct meeting: no Barred List report. */
  static final String MEETING = "{\"id\": \"EX-2024-001\", \"force\": \"Example Constabulary\", \"subject\": {\"role\": "
      + "\"police_officer\", \"rank\": \"sergeant\"}, \"allegations\": [{\"id\": \"A1\", \"standards\": "
      + "[\"authority_respect_and_courtesy\"], \"came_to_attention\": \"2024-02-12\", \"severity\": {\"level\": \"misconduct\", "
      + "\"assessed\": \"2024-02-20\"}}], \"proceedings\": {\"forum\": \"misconduct_meeting\", \"date\": \"2024-06-05\", "
      + "\"findings\": [{\"allegation\": \"A1\", \"finding\": \"misconduct\"}], \"outcome\": \"written_warning\"}}";

  @Test
  void aBarredListReportToStandardOutputAndAReasonForTheCaseThatNeedsNone() {
    Cli.Result r = Cli.run(STAFFS + "\n" + MEETING + "\n", "document", "barred-list-report", "-", "--as-at", "2025-09-01");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.out().startsWith("# Barred List report: case STAFFS-2025-001\n"), r.toString());
    assertTrue(r.out().contains("| The police force concerned | Staffordshire Police | Police Barred List and Police Advisory List"
        + " Regulations 2017, reg 3(2)(b) |"), r.toString());
    assertTrue(r.out().contains("| P's full name | **[blank: for the force's system to fill in]** |"), r.toString());
    assertEquals("-, case EX-2024-001: no Barred List report (not required): No Barred List report for case EX-2024-001 as at"
        + " 2025-09-01: the decision has no dismissal and no finding that a former officer or employee would have been dismissed.\n",
        r.err());
  }

  @Test
  void noDocumentAtAllIsExitOne() {
    Cli.Result r = Cli.run(MEETING, "document", "barred-list-report", "-");
    assertEquals(1, r.status(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("case EX-2024-001: no Barred List report (not required)"), r.toString());
  }

  @Test
  void jsonLinesOneDocumentPerCase() throws IOException {
    Cli.Result r = Cli.run("[" + STAFFS + "," + STAFFS.replace("STAFFS-2025-001", "STAFFS-2025-002") + "]", "document",
        "outcome-notice", "-", "--format", "json");
    assertEquals(0, r.status(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.toString());
    ObjectMapper json = new ObjectMapper();
    assertEquals("outcome_notice", json.readTree(lines.get(0)).get("document").asText());
    assertEquals("STAFFS-2025-002", json.readTree(lines.get(1)).get("case").asText());
  }

  @Test
  void htmlNeedsAnOutputDirectory() {
    Cli.Result r = Cli.run(STAFFS, "document", "outcome-notice", "-", "--format", "html");
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().startsWith("conduct document: --format html needs --output-dir DIR"), r.toString());
    assertEquals("", r.out());
  }

  @Test
  void anUnknownKindIsAUsageError() {
    Cli.Result r = Cli.run(STAFFS, "document", "notice", "-");
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().startsWith("conduct document: 'notice' is not a document: write outcome-notice, barred-list-report or"
        + " advisory-list-report"), r.toString());
  }

  @Test
  void aFileThatCannotBeOpenedIsAUsageErrorBeforeAnyOutput(@TempDir Path dir) {
    Cli.Result r = Cli.run("", "document", "barred-list-report", dir.resolve("missing.jsonl").toString());
    assertEquals(2, r.status(), r.toString());
    assertEquals("", r.out());
  }

  @Test
  void eachDocumentToAFileOfItsOwn(@TempDir Path dir) throws IOException {
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(cases, STAFFS + "\n" + MEETING.replace("EX-2024-001", "EX/2024 001") + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("", "document", "advisory-list-report", cases.toString(), "--format", "html", "--output-dir",
        out.toString());
    assertEquals(0, r.status(), r.toString());
    Path page = out.resolve("STAFFS-2025-001.advisory_list_report.html");
    assertEquals(page + "\n", r.out());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), html);
    assertTrue(html.contains("<span class=\"blank\">"), html);
    assertTrue(r.err().contains("case EX/2024 001: no Advisory List report (not required)"), r.toString());
    assertFalse(Files.exists(out.resolve("EX_2024_001.advisory_list_report.html")));
    assertEquals("EX_2024_001", OutputFiles.fileName("EX/2024 001"));
    assertEquals("_..", OutputFiles.fileName(".."));
  }

  @Test
  void aBadCaseIsReportedAndTheOthersStillWritten() {
    Cli.Result r = Cli.run(STAFFS + "\n{\"id\": 1}\n", "document", "barred-list-report", "-");
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.out().startsWith("# Barred List report: case STAFFS-2025-001\n"), r.toString());
    assertTrue(r.err().contains("line 2"), r.toString());
  }
}

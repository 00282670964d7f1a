package io.github.policeconduct.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.fixtures.HandCases;
import io.github.policeconduct.json.CaseFormatException;
import org.junit.jupiter.api.Test;

class ReportCommandTest {

  /** What a run wrote and returned. */
  static final class Run {
    final int status;
    final String out;
    final String err;

    Run(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }
  }

  static Run run(CaseSource source, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ReportCommand.commandLine(source, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  static CaseSource of(List<ConductCase> cases) {
    return (file, sink, problems) -> cases.forEach(sink);
  }

  /** The count of one value as the CSV output gives it. */
  static String count(List<ConductCase> cases, String by, String unit, String value) {
    Run r = run(of(cases), "-", "--by", by, "--unit", unit, "--format", "csv");
    for (String line : r.out.split("\n")) {
      if (line.startsWith(value + ",")) {
        return line.substring(value.length() + 1);
      }
    }
    throw new AssertionError("no row " + value + " in\n" + r.out);
  }

  @Test
  void anEmptyInputIsNoErrorButIsSaid() {
    for (String format : new String[] {"text", "csv", "json"}) {
      Run r = run(of(List.of()), "empty.jsonl", "--by", "standard", "--unit", "allegations", "--format", format);
      assertEquals(0, r.status, r.err);
      assertEquals("conduct report: empty.jsonl: 0 cases", r.err.strip(), format);
    }
  }

  @Test
  void csvByStandardInAllegations() {
    Run r = run(of(KentTable2014.caseload()), "kent.jsonl", "--by", "standard", "--unit", "allegations", "--format", "csv");
    assertEquals(0, r.status, r.err);
    assertEquals("standard,allegations\nhonesty_and_integrity,30\nauthority_respect_and_courtesy,14\n"
        + "equality_and_diversity,0\nuse_of_force,0\norders_and_instructions,0\nduties_and_responsibilities,22\n"
        + "confidentiality,0\nfitness_for_duty,0\ndiscreditable_conduct,40\n"
        + "challenging_and_reporting_improper_conduct,0\nnot_known,0\ntotal,106\n", r.out);
  }

  @Test
  void theSameNumbersInTextCsvAndJson() throws Exception {
    List<ConductCase> cases = KentTable2014.caseload();
    Run csv = run(of(cases), "-", "--by", "outcome", "--unit", "cases", "--format", "csv", "--suppress-below", "5");
    Run json = run(of(cases), "-", "--by", "outcome", "--unit", "cases", "--format", "json", "--suppress-below", "5");
    Run text = run(of(cases), "-", "--by", "outcome", "--unit", "cases", "--suppress-below", "5");
    JsonNode tree = new ObjectMapper().readTree(json.out);
    assertEquals("outcome", tree.get("by").asText());
    assertEquals("cases", tree.get("unit").asText());
    String[] lines = csv.out.split("\n");
    assertEquals("outcome,cases", lines[0]);
    int i = 1;
    for (JsonNode row : tree.get("rows")) {
      String shown = row.get("count").isNull() ? "<5" : row.get("count").asText();
      assertEquals(row.get("value").asText() + "," + shown, lines[i++]);
      assertEquals(row.get("count").isNull(), row.get("suppressed").asBoolean());
    }
    assertEquals("total," + tree.get("total").asText(), lines[i]);
    // Suppressed counts are null in JSON (with "suppressed": true beside them), numbers otherwise; "<5" in CSV.
    assertTrue(tree.get("rows").get(4).get("count").isNull()); // final_written_warning: 1
    assertEquals("final_written_warning", tree.get("rows").get(4).get("value").asText());
    assertTrue(tree.get("rows").get(8).get("count").isNumber()); // dismissal_without_notice: 10
    assertTrue(tree.get("total").isNumber());
    assertTrue(tree.get("suppressed").size() >= 2);
    assertEquals("count below 5", tree.get("suppressed").get(0).get("reason").asText());
    String flat = text.out.replaceAll(" +", " ");
    assertTrue(flat.contains("\nFinal written warning <5\n"), text.out);
    assertTrue(flat.contains("\nDismissal without notice 10 "), text.out);
    assertTrue(flat.contains("\nTotal " + tree.get("total").asText() + "\n"), text.out);
    assertTrue(text.out.contains("Suppressed:\n"), text.out);
  }

  @Test
  void invalidCasesAreReportedAndTheRestCounted() {
    CaseSource source = (file, sink, problems) -> {
      KentTable2014.caseload().subList(0, 3).forEach(sink);
      problems.accept(new CaseFormatException(file, 4, "allegations[0].standards", "[]", "standards must not be empty"));
    };
    Run r = run(source, "cases.jsonl", "--format", "csv");
    assertEquals(1, r.status);
    assertTrue(r.out.endsWith("total,3\n"), r.out);
    assertTrue(r.err.contains("cases.jsonl line 4, allegations[0].standards: standards must not be empty"), r.err);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run(of(List.of()), "-", "--by", "colour").status);
    assertEquals(2, run(of(List.of()), "-", "--unit", "officers").status);
    assertEquals(2, run(of(List.of()), "-", "--suppress-below", "1").status);
    assertEquals(2, run(of(List.of()), "-", "--format", "xml").status);
    assertEquals(2, run(of(List.of())).status);
    CaseSource missing = (file, sink, problems) -> {
      throw new NoSuchFileException(file, null, "no such file");
    };
    Run r = run(missing, "nowhere.json");
    assertEquals(2, r.status);
    assertEquals("conduct report: nowhere.json: no such file\n", r.err);
    CaseSource denied = (file, sink, problems) -> {
      throw new java.nio.file.AccessDeniedException(file, null, "cannot be read: permission denied");
    };
    Run d = run(denied, "secret.json");
    assertEquals(2, d.status);
    assertEquals("conduct report: secret.json: cannot be read: permission denied\n", d.err);
  }

  @Test
  void readsFromTheFileNamedAndStreamsEachCase() {
    List<String> asked = new ArrayList<>();
    CaseSource source = (file, sink, problems) -> {
      asked.add(file);
      KentTable2014.caseload().forEach(sink);
    };
    Run r = run(source, "-", "--by", "rank", "--unit", "individuals");
    assertEquals(List.of("-"), asked);
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.startsWith("Individuals by rank\n"), r.out);
  }

  // ---- extensions beyond CONTRACT.md: --by role, --cross, and no case type -------------------------------

  /**
   * Five cases about four people: P-1 twice (a constable dismissed after a hearing, then found at an
   * accelerated hearing), a sergeant with two allegations at a meeting, a special constable at a meeting,
   * and a PCSO with no proceedings.
   */
  /** The hand-made cases, shared with the other module's report tests. */
  static final List<ConductCase> HAND = HandCases.HAND;

  @Test
  void byRoleInEveryFormat() {
    Run text = run(of(HAND), "-", "--by", "role", "--unit", "cases");
    assertEquals(0, text.status, text.err);
    assertEquals("Cases by role\n"
        + "Role                         Cases   %\n"
        + "Police officer                   3  60\n"
        + "Special constable                1  20\n"
        + "Pcso                             1  20\n"
        + "Police staff                     0   0\n"
        + "Community support volunteer      0   0\n"
        + "Policing support volunteer       0   0\n"
        + "Not known                        0\n"
        + "Total                            5\n"
        + "\n"
        + "Note: Counts cases in all cases, by role.\n"
        + "Note: Percentages are of the 5 cases whose role is known (not_known is left out), rounded to whole numbers with halves rounded up; they need not add up to 100.\n"
        + "Read 5 cases.\n", text.out);
    // P-1 has two cases and is counted once.
    Run csv = run(of(HAND), "-", "--by", "role", "--unit", "individuals", "--format", "csv");
    assertEquals("role,individuals\n"
        + "police_officer,2\n"
        + "special_constable,1\n"
        + "pcso,1\n"
        + "police_staff,0\n"
        + "community_support_volunteer,0\n"
        + "policing_support_volunteer,0\n"
        + "not_known,0\n"
        + "total,4\n", csv.out);
    Run json = run(of(HAND), "-", "--by", "role", "--unit", "individuals", "--format", "json");
    assertEquals(io.github.policeconduct.json.ReportJson.write(io.github.policeconduct.statistics.Tabulator.by(
        io.github.policeconduct.statistics.Dimension.ROLE, io.github.policeconduct.statistics.Unit.INDIVIDUALS,
        io.github.policeconduct.statistics.Selection.all()).addAll(HAND).table()) + "\n", json.out);
  }

  @Test
  void crossTabulationInTextCsvAndJson() {
    // Each case under its most serious finding: C2 (misconduct and not misconduct) counts as misconduct.
    Run text = run(of(HAND), "-", "--by", "finding", "--cross", "forum", "--unit", "cases");
    assertEquals(0, text.status, text.err);
    assertEquals("Cases by finding and forum\n"
        + "Finding \\ forum   misconduct_meeting  misconduct_hearing  accelerated_misconduct_hearing  reflective_practice_review  not_known  total\n"
        + "Not misconduct                     0                   0                               0                           0          0      0\n"
        + "Misconduct                         2                   0                               0                           0          0      2\n"
        + "Gross misconduct                   0                   1                               1                           0          0      2\n"
        + "Not known                          0                   0                               0                           0          1      1\n"
        + "Total                              2                   1                               1                           0          1      5\n"
        + "\n"
        + "Note: Counts cases in all cases, by finding (rows) and forum (columns).\n"
        + "Read 5 cases.\n", text.out);
    Run csv = run(of(HAND), "-", "--by", "finding", "--cross", "forum", "--unit", "cases", "--format", "csv");
    assertEquals("finding,misconduct_meeting,misconduct_hearing,accelerated_misconduct_hearing,reflective_practice_review,not_known,total\n"
        + "not_misconduct,0,0,0,0,0,0\n"
        + "misconduct,2,0,0,0,0,2\n"
        + "gross_misconduct,0,1,1,0,0,2\n"
        + "not_known,0,0,0,0,1,1\n"
        + "total,2,1,1,0,1,5\n", csv.out);
    Run json = run(of(HAND), "-", "--by", "finding", "--cross", "forum", "--unit", "cases", "--format", "json");
    assertEquals(io.github.policeconduct.json.ReportJson.write(io.github.policeconduct.statistics.Tabulator.crossing(
        io.github.policeconduct.statistics.Dimension.FINDING, io.github.policeconduct.statistics.Dimension.FORUM,
        io.github.policeconduct.statistics.Unit.CASES, io.github.policeconduct.statistics.Selection.all())
        .addAll(HAND).crossTable()) + "\n", json.out);
  }

  /**
   * Role by forum in allegations, suppressing 1: the special constable's meeting (1) could be worked out
   * from the meeting column's total (3) less the police officers' 2, so that 2 is suppressed too; and with
   * every suppressed count at least 1, the row totals (4 + at least 1 + at least 1 = 6) would pin the other two,
   * so the police officers' total and the meeting column's total are suppressed as well. All three formats say so.
   */
  @Test
  void crossTabulationWithSuppressionListsWhatWasSuppressed() {
    String[] args = {"-", "--by", "role", "--cross", "forum", "--unit", "allegations", "--suppress-below", "2"};
    Run text = run(of(HAND), args);
    assertEquals(0, text.status, text.err);
    assertEquals("Allegations by role and forum\n"
        + "Role \\ forum                 misconduct_meeting  misconduct_hearing  accelerated_misconduct_hearing  reflective_practice_review  not_known  total\n"
        + "Police officer                               <2                  <2                              <2                           0          0     <2\n"
        + "Special constable                            <2                   0                               0                           0          0     <2\n"
        + "Pcso                                          0                   0                               0                           0         <2     <2\n"
        + "Police staff                                  0                   0                               0                           0          0      0\n"
        + "Community support volunteer                   0                   0                               0                           0          0      0\n"
        + "Policing support volunteer                    0                   0                               0                           0          0      0\n"
        + "Not known                                     0                   0                               0                           0          0      0\n"
        + "Total                                        <2                  <2                              <2                           0         <2      6\n"
        + "\n"
        + "Note: Counts allegations in all cases, by role (rows) and forum (columns).\n"
        + "Note: Small-number suppression: counts from 1 to 1 are shown as <2; where a published total would give such a count away by subtraction, another count is shown as <2 too (secondary suppression), so a cell shown as <2 may hold 2 or more. Zero is shown as 0.\n"
        + "Suppressed:\n"
        + "  police_officer × misconduct_hearing: count below 2\n"
        + "  police_officer × accelerated_misconduct_hearing: count below 2\n"
        + "  special_constable × misconduct_meeting: count below 2\n"
        + "  special_constable × total: count below 2\n"
        + "  pcso × not_known: count below 2\n"
        + "  pcso × total: count below 2\n"
        + "  total × misconduct_hearing: count below 2\n"
        + "  total × accelerated_misconduct_hearing: count below 2\n"
        + "  total × not_known: count below 2\n"
        + "  police_officer × misconduct_meeting: protects special_constable × misconduct_meeting from subtraction via total × misconduct_meeting\n"
        + "  total × misconduct_meeting: protects police_officer × misconduct_meeting from being worked out from the totals, every suppressed count being at least 1\n"
        + "  police_officer × total: protects special_constable × misconduct_meeting from being worked out from the totals, every suppressed count being at least 1\n"
        + "Read 5 cases.\n", text.out);
    Run csv = run(of(HAND), concat(args, "--format", "csv"));
    assertEquals("role,misconduct_meeting,misconduct_hearing,accelerated_misconduct_hearing,reflective_practice_review,not_known,total\n"
        + "police_officer,<2,<2,<2,0,0,<2\n"
        + "special_constable,<2,0,0,0,0,<2\n"
        + "pcso,0,0,0,0,<2,<2\n"
        + "police_staff,0,0,0,0,0,0\n"
        + "community_support_volunteer,0,0,0,0,0,0\n"
        + "policing_support_volunteer,0,0,0,0,0,0\n"
        + "not_known,0,0,0,0,0,0\n"
        + "total,<2,<2,<2,0,<2,6\n", csv.out);
    Run json = run(of(HAND), concat(args, "--format", "json"));
    assertEquals(io.github.policeconduct.json.ReportJson.write(io.github.policeconduct.statistics.Tabulator.crossing(
        io.github.policeconduct.statistics.Dimension.ROLE, io.github.policeconduct.statistics.Dimension.FORUM,
        io.github.policeconduct.statistics.Unit.ALLEGATIONS, io.github.policeconduct.statistics.Selection.all())
        .addAll(HAND).crossTable().suppressBelow(2)) + "\n", json.out);
    assertTrue(json.out.contains("{\"value\":\"police_officer\",\"counts\":[null,null,null,0,0],\"total\":null}"), json.out);
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  /** Kent's allegations by standard and outcome, suppressed below 5: every cell the same in text, CSV and JSON. */
  @Test
  void theSameNumbersInTextCsvAndJsonOfACrossTable() throws Exception {
    String[] args = {"-", "--by", "standard", "--cross", "outcome", "--unit", "allegations", "--suppress-below", "5"};
    List<ConductCase> cases = KentTable2014.caseload();
    JsonNode json = new ObjectMapper().readTree(run(of(cases), concat(args, "--format", "json")).out);
    String[] csv = run(of(cases), concat(args, "--format", "csv")).out.split("\n");
    String[] text = run(of(cases), args).out.split("\n");
    List<String> columns = new ArrayList<>();
    json.get("columns").forEach(c -> columns.add(c.asText()));
    assertEquals("standard," + String.join(",", columns) + ",total", csv[0]);
    int suppressed = 0;
    for (int r = 0; r <= json.get("rows").size(); r++) {
      boolean totals = r == json.get("rows").size();
      JsonNode row = totals ? null : json.get("rows").get(r);
      List<String> cells = new ArrayList<>();
      (totals ? json.get("column_totals") : row.get("counts")).forEach(c -> cells.add(c.isNull() ? "<5" : c.asText()));
      JsonNode total = totals ? json.get("total") : row.get("total");
      cells.add(total.isNull() ? "<5" : total.asText());
      suppressed += (int) cells.stream().filter(c -> c.equals("<5")).count();
      assertEquals((totals ? "total" : row.get("value").asText()) + "," + String.join(",", cells), csv[r + 1]);
      List<String> words = List.of(text[r + 2].trim().split(" +"));
      assertEquals(cells, words.subList(words.size() - cells.size(), words.size()), text[r + 2]);
    }
    assertTrue(suppressed > 0, "the table has suppressed cells");
    assertEquals(suppressed, json.get("suppressed").size(), "every suppressed cell is listed");
    assertEquals(106, json.get("total").asInt());
  }

  @Test
  void aCrossNeedsTwoDimensionsAndAnUnknownOneIsNamedWithWhatItMostLikelyMeant() {
    Run same = run(of(HAND), "-", "--by", "role", "--cross", "ROLE");
    assertEquals(2, same.status);
    assertTrue(same.err.startsWith("--cross must name a dimension other than --by (both: role)\n"), same.err);
    Run colour = run(of(HAND), "-", "--cross", "colour");
    assertEquals(2, colour.status);
    assertTrue(colour.err.startsWith("Invalid value for option '--cross': 'colour' is not a dimension (accepted: "
        + "standard, category, forum, finding, outcome, rank, role, year, case-type, case-to-answer, action-taken,"
        + " appeal-result, suspended, finalised-year, age-band, ethnicity, gender)\n"), colour.err);
    Run typo = run(of(HAND), "-", "--by", "case-typ");
    assertTrue(typo.err.contains("did you mean case-type?"), typo.err);
  }

  @Test
  void theReturnsFactsAreCountedByCaseTypeCaseToAnswerActionTakenAndTheYearFinalised() throws Exception {
    List<ConductCase> cases = new ArrayList<>();
    for (String line : List.of(
        "{\"id\":\"R1\",\"case_type\":\"police_complaint\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"constable\"},"
            + "\"allegations\":[{\"id\":\"A1\",\"standards\":[\"use_of_force\"],\"came_to_attention\":\"2023-06-01\","
            + "\"case_to_answer\":true,\"action_taken\":\"referred_to_misconduct_proceedings\"},{\"id\":\"A2\","
            + "\"standards\":[\"confidentiality\"],\"came_to_attention\":\"2023-06-01\",\"case_to_answer\":false,"
            + "\"action_taken\":\"no_action_required\"}],\"proceedings\":{\"forum\":\"misconduct_meeting\","
            + "\"date\":\"2024-03-20\"},\"events\":[{\"type\":\"case_finalised\",\"date\":\"2024-04-10\"}]}",
        "{\"id\":\"R2\",\"case_type\":\"conduct_matter\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"sergeant\"},"
            + "\"allegations\":[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],\"came_to_attention\":\"2023-01-05\"}],"
            + "\"proceedings\":{\"forum\":\"misconduct_hearing\",\"date\":\"2024-02-01\"},"
            + "\"events\":[{\"type\":\"police_appeals_tribunal_appeal_lodged\",\"date\":\"2024-02-20\"},"
            + "{\"type\":\"police_appeals_tribunal_appeal_dismissed\",\"date\":\"2024-09-01\"},"
            + "{\"type\":\"case_finalised\",\"date\":\"2024-09-02\"}]}",
        "{\"id\":\"R3\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"constable\"},"
            + "\"allegations\":[{\"id\":\"A1\",\"standards\":[\"use_of_force\"],\"came_to_attention\":\"2023-01-05\"}]}")) {
      cases.add(io.github.policeconduct.json.CaseJson.standard().read(line, "returns.jsonl"));
    }
    JsonNode byType = JSON.readTree(run(of(cases), "-", "--by", "case-type", "--unit", "cases", "--format", "json").out);
    assertEquals("[1,1,0,1]", counts(byType));
    JsonNode answer = JSON.readTree(run(of(cases), "-", "--by", "case-to-answer", "--format", "json").out);
    assertEquals("[1,1,2]", counts(answer), "A1 yes, A2 no, two allegations not known");
    JsonNode action = JSON.readTree(run(of(cases), "-", "--by", "action-taken", "--format", "json").out);
    assertEquals("[1,0,1,0,2]", counts(action));
    JsonNode appeal = JSON.readTree(run(of(cases), "-", "--by", "appeal-result", "--unit", "cases", "--format", "json").out);
    assertEquals("[2,0,0,1,0,0]", counts(appeal));
    // by the proceedings' date both are 2023/24; by the day finalised, 2024/25, and the third is not known
    assertEquals("[2,1]", counts(JSON.readTree(run(of(cases), "-", "--by", "year", "--unit", "cases", "--format", "json").out)));
    JsonNode finalised = JSON.readTree(run(of(cases), "-", "--by", "year", "--year", "finalised", "--unit", "cases",
        "--format", "json").out);
    assertEquals("finalised_year", finalised.get("by").asText());
    assertEquals("[2,1]", counts(finalised));
    assertEquals("2024/25", finalised.get("rows").get(0).get("value").asText());
    // one financial year, by the day finalised: the two finalised in 2024/25; by proceedings, none in it
    assertEquals(2, JSON.readTree(run(of(cases), "-", "--by", "case-type", "--unit", "cases", "--year", "finalised",
        "--financial-year", "2024/25", "--format", "json").out).get("total").asInt());
    assertEquals(0, JSON.readTree(run(of(cases), "-", "--by", "case-type", "--unit", "cases", "--financial-year",
        "2024/25", "--format", "json").out).get("total").asInt());
    Run badYear = run(of(cases), "-", "--financial-year", "2024");
    assertEquals(2, badYear.status, badYear.err);
    assertTrue(badYear.err.startsWith("--financial-year: "), badYear.err);
  }

  @Test
  void protectedCharacteristicsAreCountedOnlyWhenAskedForInSoManyWords() throws Exception {
    List<ConductCase> cases = new ArrayList<>();
    for (String gender : List.of("female", "male", "female")) {
      cases.add(io.github.policeconduct.json.CaseJson.standard().read("{\"id\":\"G-" + cases.size() + "\",\"subject\":"
          + "{\"role\":\"police_officer\",\"rank\":\"constable\",\"gender\":\"" + gender + "\",\"age_band\":"
          + "\"aged_25_to_34\"},\"allegations\":[{\"id\":\"A1\",\"standards\":[\"use_of_force\"],"
          + "\"came_to_attention\":\"2023-01-05\"}]}", "pc.jsonl"));
    }
    Run refused = run(of(cases), "-", "--by", "gender");
    assertEquals(2, refused.status);
    assertTrue(refused.err.startsWith("'gender' is a protected characteristic: add --protected-characteristics"),
        refused.err);
    Run crossed = run(of(cases), "-", "--by", "standard", "--cross", "age-band");
    assertEquals(2, crossed.status, "a cross by one is refused too");
    JsonNode byGender = JSON.readTree(run(of(cases), "-", "--by", "gender", "--unit", "cases",
        "--protected-characteristics", "--format", "json").out);
    assertEquals("[2,1,0,0,0]", counts(byGender));
    // other outputs never show them: a report by standard of the same cases says nothing of gender
    assertTrue(!run(of(cases), "-", "--by", "standard", "--format", "json").out.contains("female"));
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String counts(JsonNode table) {
    List<String> c = new ArrayList<>();
    table.get("rows").forEach(r -> c.add(r.get("count").asText()));
    return "[" + String.join(",", c) + "]";
  }
}

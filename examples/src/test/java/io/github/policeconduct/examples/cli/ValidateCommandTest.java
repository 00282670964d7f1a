package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.rules.QualityKind;
import org.junit.jupiter.api.Test;

/**
 * {@code conduct validate} (issue 18, item 3) on a seeded return with known defects
 * ({@code examples/cases/return-with-defects.jsonl}): one clean case, one case per kind of problem, and one case
 * that cannot be read; every kind is reported on the case seeded with it, the clean case on none, in text, CSV and
 * JSON alike; and 100,000 cases are checked in one streaming pass.
 */
class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE = "cases/return-with-defects.jsonl";

  /** The case each kind is seeded in. */
  private static final Map<String, String> SEEDED = Map.ofEntries(
      Map.entry("case_type_not_known", "RET-02-NO-CASE-TYPE"),
      Map.entry("case_to_answer_not_known", "RET-03-NOT-KNOWN"),
      Map.entry("action_taken_not_known", "RET-03-NOT-KNOWN"),
      Map.entry("action_contradicts_case_to_answer", "RET-04-REFERRED-NO-PROCEEDINGS"),
      Map.entry("proceedings_type_not_known", "RET-04-REFERRED-NO-PROCEEDINGS"),
      Map.entry("finding_not_known", "RET-05-NO-FINDING"),
      Map.entry("unlawful", "RET-06-UNLAWFUL"),
      Map.entry("event_out_of_order", "RET-07-OUT-OF-ORDER"),
      Map.entry("finalised_date_not_known", "RET-08-NOT-FINALISED"),
      Map.entry("open_more_than_12_months", "RET-09-OPEN-LONG"));

  @Test
  void everyKindOfProblemIsReportedOnTheCaseSeededWithItAndTheCleanCaseOnNone() throws Exception {
    Cli.Result r = Cli.run("", "validate", "--as-at", "2025-03-31", "--format", "json", FILE);
    assertEquals(1, r.status(), r::toString);
    assertTrue(r.err().startsWith(FILE + " line 6, subject.rank: "), r.err());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    JsonNode summary = lines.remove(lines.size() - 1).get("summary");
    Map<String, List<String>> seen = new HashMap<>();
    for (JsonNode issue : lines) {
      seen.computeIfAbsent(issue.get("kind").asText(), k -> new ArrayList<>()).add(issue.get("case").asText());
      assertEquals("2025-03-31", issue.get("as_at").asText());
      assertFalse(issue.get("case").asText().equals("RET-01-CLEAN"), issue.toString());
    }
    assertEquals(QualityKind.values().length, SEEDED.size(), "the file seeds every kind");
    for (Map.Entry<String, String> e : SEEDED.entrySet()) {
      assertTrue(seen.getOrDefault(e.getKey(), List.of()).contains(e.getValue()), e + " in " + seen);
    }
    assertEquals(9, summary.get("cases").asInt());
    assertEquals(8, summary.get("cases_with_problems").asInt());
    assertEquals(1, summary.get("cases_unreadable").asInt());
    long total = 0;
    for (QualityKind k : QualityKind.values()) {
      assertEquals(seen.getOrDefault(k.code(), List.of()).size(), summary.get("by_kind").get(k.code()).asInt(), k.code());
      total += summary.get("by_kind").get(k.code()).asLong();
    }
    assertEquals(lines.size(), total);
    // the timeliness outlier cites the provision, by its row
    assertTrue(lines.stream().anyMatch(l -> l.get("kind").asText().equals("open_more_than_12_months")
        && l.get("citation").asText().equals("Police (Conduct) Regulations 2020, reg 19(1)")), lines::toString);
  }

  @Test
  void textAndCsvSayTheSame() {
    Cli.Result text = Cli.run("", "validate", "--as-at", "2025-03-31", FILE);
    Cli.Result csv = Cli.run("", "validate", "--as-at", "2025-03-31", "--format", "csv", FILE);
    assertEquals(1, text.status());
    assertEquals(1, csv.status());
    String[] rows = csv.out().split("\n");
    assertEquals("case,kind,field,message,citation", rows[0]);
    for (int i = 1; i < rows.length; i++) {
      String kind = rows[i].split(",")[1];
      assertTrue(text.out().contains("  " + kind + "  "), kind);
    }
    assertTrue(text.out().contains("Needs attention: 8 of 9 cases with problems as at 2025-03-31; 1 case(s) could not"
        + " be read (see standard error)."), text.out());
    assertTrue(text.out().contains("RET-02-NO-CASE-TYPE\n  case_type_not_known  case_type: "), text.out());
  }

  @Test
  void aCleanReturnExitsZero() {
    String clean = Cli.run("", "validate", "--as-at", "2025-03-31", "--format", "json", FILE).out();
    String line = java.util.Arrays.stream(readFile().split("\n")).filter(l -> l.contains("RET-01-CLEAN"))
        .findFirst().orElseThrow();
    Cli.Result r = Cli.run(line + "\n", "validate", "--as-at", "2025-03-31", "-");
    assertEquals(0, r.status(), r::toString);
    assertEquals("Clean: 0 of 1 case with problems as at 2025-03-31.\n", r.out());
    assertFalse(clean.isEmpty());
  }

  private static String readFile() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of(FILE), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** 100,000 cases made as they are read, each lacking a case type. */
  private static InputStream caseload() {
    return new GeneratedLines(100_000, next -> "{\"id\":\"V" + next + "\",\"subject\":{\"role\":\"police_officer\","
        + "\"rank\":\"constable\"},\"allegations\":[{\"id\":\"A1\",\"standards\":[\"confidentiality\"],"
        + "\"came_to_attention\":\"2024-01-10\",\"case_to_answer\":false,\"action_taken\":\"no_action_required\"}],"
        + "\"events\":[{\"type\":\"case_finalised\",\"date\":\"2024-03-01\"}]}");
  }

  @Test
  void aReturnOf100000CasesIsCheckedInOneStreamingPass() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ConductCommand.run(new java.io.BufferedInputStream(caseload(), 1 << 16), out, err,
        "validate", "--as-at", "2025-01-01", "--format", "json", "-");
    assertEquals(1, status, err.toString(StandardCharsets.UTF_8));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(100_001, lines.length, "one problem per case, then the summary");
    assertEquals("V0", JSON.readTree(lines[0]).get("case").asText());
    assertEquals("V99999", JSON.readTree(lines[99_999]).get("case").asText(), "in input order");
    assertEquals(100_000, JSON.readTree(lines[100_000]).get("summary").get("by_kind").get("case_type_not_known").asInt());
  }
}

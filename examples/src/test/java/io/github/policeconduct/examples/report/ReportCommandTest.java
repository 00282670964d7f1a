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
import io.github.policeconduct.core.json.CaseFormatException;
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
      assertEquals(row.get("value").asText() + "," + row.get("count").asText(), lines[i++]);
    }
    assertEquals("total," + tree.get("total").asText(), lines[i]);
    // Suppressed counts are the string "<5" in JSON, numbers otherwise.
    assertEquals("<5", tree.get("rows").get(4).get("count").textValue()); // final_written_warning: 1
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
      throw new NoSuchFileException(file);
    };
    Run r = run(missing, "nowhere.json");
    assertEquals(2, r.status);
    assertTrue(r.err.contains("no such file: nowhere.json"), r.err);
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
}

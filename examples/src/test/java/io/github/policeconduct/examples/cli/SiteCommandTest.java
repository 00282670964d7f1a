package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.examples.site.LegalAssumptions;
import io.github.policeconduct.examples.site.WorkedExamples;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Rule;
import io.github.policeconduct.rules.render.RulebookSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conduct site} and {@code conduct evaluate --format html}: the pages a person reads. */
class SiteCommandTest {
  @TempDir
  Path dir;

  private static long pages(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".html")).count();
    }
  }

  @Test
  void theSiteIsWrittenWithAPagePerRuleAndPerWorkedExample() throws IOException {
    Path out = dir.resolve("site");
    Cli.Result r = Cli.run("", "site", out.toString(), "--as-at", "2026-11-30");
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.out().contains("the rulebook as at 2026-11-30"), r.toString());
    for (Rule rule : Rule.values()) {
      assertTrue(Files.isRegularFile(out.resolve("rules/" + rule.id() + ".html")), rule.id());
    }
    for (String page : List.of("index.html", "outcomes.html", "changes.html", "lifecycle.html", "assumptions.html")) {
      assertTrue(Files.isRegularFile(out.resolve(page)), page);
    }
    assertTrue(Files.isRegularFile(out.resolve("cases/STAFFS-2025-001.html")), "the demo's stories are worked examples");
    assertEquals(Rule.values().length + 5 + Files.list(out.resolve("cases")).count() + Files.list(out.resolve("documents")).count(),
        pages(out));
    assertTrue(Files.isRegularFile(out.resolve("documents/STAFFS-2025-001.barred_list_report.html")),
        "the documents are written for the demo's stories");
    assertTrue(Files.readString(out.resolve("cases/STAFFS-2025-001.html"), StandardCharsets.UTF_8)
        .contains("href=\"../documents/STAFFS-2025-001.outcome_notice.html\""), "and linked from the decision's page");
    try (Stream<Path> leftovers = Files.walk(out)) {
      assertEquals(0, leftovers.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file is left");
    }
    String assumptions = Files.readString(out.resolve("assumptions.html"), StandardCharsets.UTF_8);
    assertTrue(assumptions.contains("id=\"assumption-16a\""), "the README's table, row 16a");
  }

  @Test
  void yourOwnCasesAreWorkedExamplesToo() throws IOException {
    Path out = dir.resolve("site");
    Cli.Result r = Cli.run("", "site", out.toString(), "--as-at", "2026-11-30", "--cases", "cases/example.jsonl");
    assertEquals(0, r.status(), r.toString());
    assertTrue(Files.isRegularFile(out.resolve("cases/EX-2024-001.html")), r.toString());
  }

  @Test
  void anInvalidCaseFileWritesNothing() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"X\"}\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("site");
    Cli.Result r = Cli.run("", "site", out.toString(), "--cases", bad.toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.err().contains("the site was not written"), r.toString());
    assertTrue(!Files.exists(out), "nothing written");
  }

  @Test
  void theWorkedExamplesAreValidCasesWithDistinctIdsAndReachMostOfTheRulebook() {
    List<ConductCase> all = WorkedExamples.all();
    assertEquals(all.size(), all.stream().map(ConductCase::id).distinct().count());
    java.util.Set<Rule> applied = java.util.EnumSet.noneOf(Rule.class);
    for (ConductCase c : all) {
      var d = ConductRules.decide(c);
      d.explanation().applied().forEach(s -> applied.add(s.rule()));
      d.timetable().forEach(s -> applied.add(s.rule()));
      for (io.github.policeconduct.rules.DocumentKind kind : io.github.policeconduct.rules.DocumentKind.values()) {
        io.github.policeconduct.rules.Documents.write(kind, c, d.asAt()).document().ifPresent(doc -> applied.addAll(doc.rules()));
      }
    }
    assertTrue(applied.size() >= Rule.values().length - 8, "rules with no worked example applying them: "
        + java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(applied)));
    assertTrue(applied.contains(Rule.SANCTIONS_FORMER_OFFICER) && applied.contains(Rule.CONSEQUENCE_BARRED_LIST)
        && applied.contains(Rule.CONSEQUENCE_ADVISORY_LIST) && applied.contains(Rule.FORMER_CONDITION_B));
  }

  @Test
  void theLegalAssumptionsAreTheReadmesTableEveryRowWithItsRules() throws IOException {
    List<RulebookSite.Assumption> bundled = LegalAssumptions.bundled();
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertEquals(LegalAssumptions.parse(readme), bundled, "the jar carries the README as it is");
    assertTrue(bundled.size() >= 30, "rows: " + bundled.size());
    assertTrue(bundled.stream().filter(a -> a.number().equals("15")).findFirst().orElseThrow().rules().contains(Rule.CONSEQUENCE_BARRED_LIST));
  }

  @Test
  void aRowNamingARuleThatDoesNotExistIsRefused() {
    String readme = "# x\n\n## Legal assumptions\n\n| # | Question | Reading encoded | Citation | Status | Rules |\n|---|---|---|---|---|---|\n"
        + "| 1 | Q | R | C | checked | `no.such.rule` |\n";
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> LegalAssumptions.parse(readme));
    assertTrue(e.getMessage().contains("no.such.rule"), e.getMessage());
  }

  @Test
  void evaluateWritesOneSelfContainedPagePerCase() throws IOException {
    Path out = dir.resolve("pages");
    Cli.Result r = Cli.run("", "evaluate", "cases/example.jsonl", "--format", "html", "--output-dir", out.toString());
    assertEquals(0, r.status(), r.toString());
    assertTrue(r.out().startsWith("wrote 3 page(s)"), r.toString());
    String page = Files.readString(out.resolve("EX-2024-001.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("<h2 id=\"why\">Why</h2>") && page.contains("id=\"rule-sanctions.meeting\""), page);
  }

  @Test
  void theLifecycleIsDrawnAsSvgForEitherKindOfSubject() {
    Cli.Result serving = Cli.run("", "diagram", "lifecycle", "--format", "svg");
    Cli.Result former = Cli.run("", "diagram", "lifecycle", "--format", "svg", "--former-officer");
    assertEquals(0, serving.status(), serving.toString());
    assertEquals(0, former.status(), former.toString());
    assertTrue(serving.out().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), serving.out());
    assertTrue(serving.out().contains("id=\"state-misconduct_meeting\""), "a serving officer can go to a meeting");
    assertTrue(!former.out().contains("id=\"state-misconduct_meeting\""), "a former officer cannot");
  }

  @Test
  void htmlWithoutADirectoryIsAUsageError() {
    Cli.Result r = Cli.run("", "evaluate", "cases/example.jsonl", "--format", "html");
    assertEquals(2, r.status(), r.toString());
    assertTrue(r.err().contains("--output-dir"), r.toString());
    Cli.Result json = Cli.run("", "evaluate", "cases/example.jsonl", "--json", "--output-dir", dir.toString());
    assertEquals(2, json.status(), json.toString());
  }
}

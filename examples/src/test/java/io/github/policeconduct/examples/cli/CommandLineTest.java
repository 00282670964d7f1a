package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors, --help, and the rules and diagram commands. */
class CommandLineTest {

  @ParameterizedTest(name = "conduct {0}")
  @ValueSource(strings = {"", "frobnicate", "evaluate", "evaluate --bogus -", "evaluate --as-at 2021-02-30 -",
      "evaluate --as-at yesterday -", "evaluate a.json b.json", "diagram", "diagram flowchart",
      "diagram outcomes --format svg", "diagram lifecycle --former-officer", "rules --as-at 1-1-2020", "demo extra"})
  void usageErrorsExitTwoWithTheUsageOnStandardError(String args) {
    Cli.Result r = Cli.run("", args.isEmpty() ? new String[0] : args.split(" "));
    assertEquals(2, r.status(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().contains("Usage: conduct"), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  /** A bad date says what is wrong with it in words, never a Java class name, and is quoted on one line. */
  @ParameterizedTest(name = "--as-at {0}")
  @ValueSource(strings = {"2021-13-45", "2021-02-29", "+10000-01-01", "10000-01-01", "2021-3-1", "yesterday",
      "2021-03-01\nconduct: forged line", "2021-03-01T00:00"})
  void aBadDateIsNamedInWordsOnOneLine(String date) {
    Cli.Result r = Cli.run("", "evaluate", "--as-at", date, "-");
    assertEquals(2, r.status(), r::toString);
    String first = r.err().lines().findFirst().orElseThrow();
    assertTrue(first.contains("is not a date"), first);
    assertFalse(r.err().contains("java.time") || r.err().contains("cannot convert"), r::toString);
    assertTrue(r.err().lines().noneMatch(l -> l.startsWith("conduct: forged line")), r::toString);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "report - --unit allegation | allegations",
      "report - --by forun | forum",
      "report - --format jsn | json",
      "diagram --format dott | dot"})
  void aValueNearlyRightIsAnsweredWithWhatItMostLikelyMeant(String args, String meant) {
    Cli.Result r = Cli.run("", args.split(" "));
    assertEquals(2, r.status(), r.toString());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.endsWith("; did you mean " + meant + "?"), first);
  }

  @Test
  void aGoodDateIsReadAsTheDay() {
    assertEquals(java.time.LocalDate.of(2024, 2, 29), ConductCommand.date("2024-02-29"));
  }

  @ParameterizedTest(name = "conduct {0} --help")
  @ValueSource(strings = {"", "demo", "evaluate", "timetable", "rules", "diagram"})
  void everyCommandHasHelp(String command) {
    Cli.Result r = Cli.run("", command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"});
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().startsWith("Usage: conduct" + (command.isEmpty() ? "" : " " + command)), r.out());
    assertEquals("", r.err());
  }

  @Test
  void helpListsTheCommands() {
    String out = Cli.run("", "--help").out();
    for (String c : new String[] {"demo", "evaluate", "timetable", "rules", "diagram"}) {
      assertTrue(out.contains("  " + c + " "), out);
    }
  }

  @Test
  void rulesListsTheRulesInForceWithCitationsGroupedByCapability() {
    Cli.Result r = Cli.run("", "rules", "--as-at", "2016-06-01");
    assertEquals(0, r.status(), r::toString);
    String out = r.out();
    assertTrue(out.startsWith("Rules in force on 2016-06-01: "), out);
    assertTrue(out.contains("\nResignation and retirement\n  resignation.consent_needed"), out);
    assertTrue(out.contains("[Police (Conduct) (Amendment) Regulations 2014, reg 2"), out);
    assertTrue(out.indexOf("\nWhich regulations govern\n") < out.indexOf("\nJurisdiction\n"), out);
    assertFalse(out.contains("regime.2020.by_date_of_attention"), "not yet in force in 2016");
  }

  @Test
  void rulesOnTwoDatesShowWhatChanged() {
    String out = Cli.run("", "rules", "--as-at", "2019-06-01", "--changes-since", "2016-06-01").out();
    assertTrue(out.startsWith("Changes between 2016-06-01 and 2019-06-01: "), out);
    int added = out.indexOf("In force on 2019-06-01 but not on 2016-06-01:");
    int ended = out.indexOf("In force on 2016-06-01 but no longer on 2019-06-01:");
    assertTrue(added > 0 && ended > added, out);
    assertTrue(out.indexOf("jurisdiction.former_officer.condition_a") > added
        && out.indexOf("jurisdiction.former_officer.condition_a") < ended, "condition A came in on 15 December 2017");
    assertTrue(out.indexOf("resignation.consent_needed") > ended, "the resignation restriction ended on 14 December 2017");
  }

  @Test
  void diagramsInBothNotations() {
    Cli.Result lifecycle = Cli.run("", "diagram", "lifecycle");
    assertEquals(0, lifecycle.status(), lifecycle::toString);
    assertEquals(io.github.policeconduct.rules.render.Diagrams.lifecycleMermaid().strip(), lifecycle.out().strip());
    assertEquals(io.github.policeconduct.rules.render.Diagrams.lifecycleDot().strip(),
        Cli.run("", "diagram", "lifecycle", "--format", "dot").out().strip());
    assertEquals(io.github.policeconduct.rules.render.Diagrams.outcomesMermaid().strip(),
        Cli.run("", "diagram", "outcomes", "--format", "MERMAID").out().strip());
    assertEquals(io.github.policeconduct.rules.render.Diagrams.outcomesDot().strip(),
        Cli.run("", "diagram", "outcomes", "--format=dot").out().strip());
  }
}

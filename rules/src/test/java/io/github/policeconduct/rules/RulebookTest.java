package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.core.WarningType;
import org.junit.jupiter.api.Test;

/**
 * The law has one home: each provision is cited by one row of {@link Rule}, every date of law and every period the
 * rules use is read from a row, and every sentence names only facts and rows that exist.
 */
class RulebookTest {
  private static final Path MAIN = Paths.get("src/main");
  private static final Path RULE = Paths.get("src/main/java/io/github/policeconduct/rules/Rule.java");
  private static final Pattern CONSTANT = Pattern.compile("\n  ([A-Z][A-Z_0-9]+)\\(\"");

  /** The text of each row of Rule.java, by constant name. */
  private static List<String[]> rows() throws IOException {
    String text = Files.readString(RULE, StandardCharsets.UTF_8);
    Matcher m = CONSTANT.matcher(text);
    List<Integer> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
      names.add(m.group(1));
    }
    int end = text.indexOf("  private final String id;");
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      out.add(new String[] {names.get(i), text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : end)});
    }
    return out;
  }

  @Test
  void searchingTheSourcesForAProvisionLandsOnOneRow() throws IOException {
    for (String provision : List.of("42(5)", "s.88A", "reg 10A", "reg 63(1)(d)", "reg 32(6)", "s.88L", "reg 25(4)", "Sch 3 para 1(a)(iv)",
        "reg 49(2)", "reg 62(7)")) {
      List<Path> files;
      try (Stream<Path> all = Files.walk(MAIN)) {
        files = all.filter(Files::isRegularFile).filter(p -> contains(p, provision)).toList();
      }
      assertEquals(List.of(RULE), files, provision + " is written outside the rulebook");
      List<String> rows = rows().stream().filter(r -> r[1].contains(provision)).map(r -> r[0]).toList();
      assertEquals(1, rows.size(), provision + " is cited by " + rows);
    }
  }

  @Test
  void everyRowAndOnlyRowsOfTheEnumAreRead() throws IOException {
    assertEquals(Rule.values().length, rows().size());
    for (Rule r : Rule.values()) {
      assertFalse(r.summary().isBlank(), r.id());
      assertTrue(r.inForceFrom().isPresent() || r == Rule.REGIME_NOT_MODELLED, r.id());
      assertTrue(r.inForceUntil().map(u -> !u.isBefore(r.inForceFrom().orElse(LocalDate.MIN))).orElse(true), r.id());
      assertFalse(r.regimes().isEmpty(), r.id());
      for (Regime regime : r.regimes()) {
        assertTrue(r.citation(Optional.of(regime), LocalDate.MAX) != null, r.id());
      }
    }
  }

  @Test
  void noDateOfLawIsWrittenOutsideTheRulebook() throws IOException {
    Pattern date = Pattern.compile("LocalDate\\.of\\(\\s*(19|20)\\d\\d|\"(19|20)\\d\\d-\\d\\d-\\d\\d\"|plusMonths\\(\\s*\\d|ofMonths\\(\\s*\\d");
    List<String> found = new ArrayList<>();
    try (Stream<Path> all = Files.walk(MAIN.resolve("java"))) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (p.equals(RULE) || p.endsWith("Dates.java")) {
          continue; // Dates: the bounds of a text cache, not law
        }
        Matcher m = date.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(p.getFileName() + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void everySentenceNamesRowsAndDatesThatExist() {
    Pattern ofRow = Pattern.compile("@([A-Z][A-Z_0-9]+)\\.");
    for (String key : new TreeSet<>(Sentences.keys())) {
      for (String name : Sentences.factNames(key)) {
        Matcher m = ofRow.matcher(name);
        if (m.lookingAt()) {
          Rule.valueOf(m.group(1)); // throws if the row does not exist
        }
      }
    }
    for (Rule r : Rule.values()) {
      boolean any = Sentences.keys().stream().anyMatch(k -> k.equals(r.id()) || k.startsWith(r.id() + "/"));
      assertTrue(any || r == Rule.RESIGNATION_FREE, "no sentence for " + r.id());
    }
  }

  @Test
  void theExpiryOfAWarningIsTheSameWhereverItIsAsked() {
    // A 2012-regime written warning notified on 2021-03-01 (an old allegation decided late): 12 months, by its row.
    Warning w = Warning.builder().type(WarningType.WRITTEN_WARNING).notified(LocalDate.of(2021, 3, 1))
        .regime(Regime.CONDUCT_REGULATIONS_2012).build();
    assertEquals(LocalDate.of(2022, 3, 1), ConductRules.warningExpiry(w));
    assertEquals(12, Rule.CONSEQUENCE_WARNING_2012.warningPeriods().get().months(WarningType.WRITTEN_WARNING).get());
    assertEquals(24, Rule.CONSEQUENCE_WARNING_2020.warningPeriods().get().months(WarningType.FINAL_WRITTEN_WARNING).get());
  }

  @Test
  void theRulebookListsTheOlderRegulationsRulesForTheCasesTheyStillGovern() {
    String listing = io.github.policeconduct.rules.render.RulebookText.inForce(LocalDate.of(2021, 6, 1));
    assertTrue(listing.contains("  routing.misconduct_meeting.2008_2012 "), listing);
    assertTrue(listing.contains("[Police (Conduct) Regulations 2012, reg 19] for cases under the 2008 and 2012 Regulations\n"),
        listing);
    assertFalse(listing.contains("regime.2012.by_date_of_attention"), "the 2012 Regulations take no new allegation in 2021");
    String changes = io.github.policeconduct.rules.render.RulebookText.changes(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 7));
    assertTrue(changes.startsWith("Changes between 2024-05-06 and 2024-05-07: 4 rule(s) came into force, 2 stopped applying.\n"),
        changes);
  }

  private static boolean contains(Path p, String text) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

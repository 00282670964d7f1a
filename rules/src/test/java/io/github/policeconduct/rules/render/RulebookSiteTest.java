package io.github.policeconduct.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
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
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.Rule;
import io.github.policeconduct.rules.Step;
import org.junit.jupiter.api.Test;

/** The rules explorer's pages: what a reader finds on them, and that every link inside the site lands. */
class RulebookSiteTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  /** A former officer who resigned after the allegation and would have been dismissed (the Staffordshire story). */
  static ConductCase former() {
    LocalDate attention = LocalDate.of(2025, 5, 20);
    return ConductCase.builder().id("FORMER-1")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2018, 9, 3))
            .left(ServiceEnd.of(LocalDate.of(2025, 8, 4), Departure.RESIGNED)).build())
        .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT).conductDate(attention.minusDays(10)).cameToAttention(attention)
            .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, attention.plusDays(8))).build())
        .proceedings(Proceedings.builder(Forum.ACCELERATED_MISCONDUCT_HEARING, LocalDate.of(2025, 8, 21))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).outcome(Outcome.WOULD_HAVE_BEEN_DISMISSED).build())
        .build();
  }

  static ConductCase serving() {
    LocalDate attention = LocalDate.of(2022, 3, 10);
    return ConductCase.builder().id("SERVING/1")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2010, 1, 4)).build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY).conductDate(attention.minusDays(10)).cameToAttention(attention)
            .severity(SeverityAssessment.of(Severity.MISCONDUCT, attention.plusDays(8))).build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2022, 7, 1))
            .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT)).outcome(Outcome.WRITTEN_WARNING).build())
        .build();
  }

  private static final List<RulebookSite.Assumption> ASSUMPTIONS = List.of(
      new RulebookSite.Assumption("12", "Former officers", "Only `gross misconduct`; see [the Act](https://www.legislation.gov.uk/ukpga/1996/16)",
          "R2020 reg 4", "**checked**", List.of(Rule.SANCTIONS_FORMER_OFFICER, Rule.FORMER_CONDITION_A)));

  private static SortedMap<String, String> site() {
    return RulebookSite.pages(DAY, List.of(former(), serving()), ASSUMPTIONS);
  }

  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

  /** The links of a page, each as written. */
  static List<String> links(String page) {
    List<String> out = new ArrayList<>();
    Matcher m = HREF.matcher(page);
    while (m.find()) {
      out.add(m.group(1).replace("&amp;", "&"));
    }
    return out;
  }

  static Set<String> ids(String page) {
    Set<String> out = new HashSet<>();
    Matcher m = ID.matcher(page);
    while (m.find()) {
      assertTrue(out.add(m.group(1)), "duplicate id " + m.group(1));
    }
    return out;
  }

  @Test
  void everyLinkInsideTheSiteLandsOnAPageAndAnAnchorThatExist() {
    SortedMap<String, String> site = site();
    int checked = 0;
    for (Map.Entry<String, String> page : site.entrySet()) {
      URI base = URI.create("site:/" + page.getKey());
      for (String href : links(page.getValue())) {
        if (href.startsWith("https://")) {
          continue;
        }
        assertFalse(href.startsWith("http:") || href.startsWith("/") || href.startsWith("file:"), page.getKey() + ": " + href);
        URI target = base.resolve(href);
        String path = target.getPath().substring(1);
        assertTrue(site.containsKey(path), page.getKey() + " links to " + href + ", which is not a page of the site");
        if (target.getFragment() != null) {
          assertTrue(ids(site.get(path)).contains(target.getFragment()), page.getKey() + " links to " + href + ": no such anchor");
        }
        checked++;
      }
    }
    assertTrue(checked > 1000, "links checked: " + checked);
  }

  @Test
  void everyRuleHasAPageAndEveryPageIsAWholeDocument() {
    SortedMap<String, String> site = site();
    for (Rule r : Rule.values()) {
      String page = site.get("rules/" + r.id() + ".html");
      assertTrue(page != null, r.id());
      assertTrue(page.contains(Html.esc(r.summary())), r.id());
    }
    for (String page : site.values()) {
      assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
      assertTrue(page.endsWith("</html>\n"));
      assertFalse(page.contains("<script"), "the site runs no script");
      ids(page);
    }
    assertTrue(site.containsKey("cases/SERVING_1.html"), "a case id is made a safe file name: " + site.keySet());
  }

  @Test
  void wouldHaveBeenDismissedIsTwoClicksFromTheIndexToItsProvisionAndItsWorkedExamples() {
    SortedMap<String, String> site = site();
    String index = site.get("index.html");
    int at = index.indexOf("<td>would have been dismissed</td>");
    assertTrue(at > 0, "the index names the outcome");
    String row = index.substring(at, index.indexOf("</tr>", at));
    assertTrue(row.contains("href=\"rules/sanctions.former_officer.html\""), row);
    String rule = site.get("rules/sanctions.former_officer.html");
    assertTrue(rule.contains("href=\"https://www.legislation.gov.uk/uksi/2020/4/schedule/1/paragraph/1\""), "the provision, one click on");
    assertTrue(rule.contains("href=\"../cases/FORMER-1.html\""), "a worked example, one click on");
    assertTrue(rule.contains("href=\"../assumptions.html#assumption-12\""), "the Legal assumption it rests on");
    assertTrue(site.get("assumptions.html").contains("<code>gross misconduct</code>"), "Markdown code spans are rendered");
    assertTrue(site.get("assumptions.html").contains("<a href=\"https://www.legislation.gov.uk/ukpga/1996/16\">the Act</a>"));
  }

  @Test
  void aRulesWorkedExamplesAreTheCasesItWasAppliedToAndConsideredFor() {
    SortedMap<String, String> site = site();
    Decision d = ConductRules.decide(serving());
    for (Step s : d.explanation().steps()) {
      String page = site.get("rules/" + s.rule().id() + ".html");
      int applied = page.indexOf("Cases it applied to");
      int considered = page.indexOf("Cases it was considered for");
      int link = page.indexOf("href=\"../cases/SERVING_1.html\"");
      assertTrue(link > 0, s.rule().id());
      if (d.explanation().steps().stream().filter(x -> x.rule() == s.rule()).findFirst().orElseThrow().applied()) {
        assertTrue(link > applied && link < considered, s.rule().id() + " applied");
      } else {
        assertTrue(link > considered, s.rule().id() + " considered, not applied");
      }
    }
  }

  @Test
  void theTimelineHasEveryDayTheRulebookChanged() {
    String changes = site().get("changes.html");
    for (Rule r : Rule.values()) {
      r.inForceFrom().ifPresent(d -> assertTrue(changes.contains("id=\"d-" + d + "\""), r.id()));
      r.inForceUntil().ifPresent(d -> assertTrue(changes.contains("id=\"d-" + d.plusDays(1) + "\""), r.id()));
    }
  }

  @Test
  void ruleNotInForceOnTheDayIsSaidToBe() {
    String page = site().get("rules/" + Rule.RESIGNATION_RESTRICTED.id() + ".html");
    assertTrue(page.contains("not in force on " + DAY), page);
  }

  @Test
  void anIdThatIsNoFileNameStillGetsAPageOfItsOwn() {
    ConductCase longId = serving().withId("X".repeat(300));
    ConductCase longToo = serving().withId("X".repeat(299) + "Y");
    ConductCase dotted = serving().withId("..");
    SortedMap<String, String> site = RulebookSite.pages(DAY, List.of(longId, longToo, dotted), List.of());
    List<String> cases = site.keySet().stream().filter(k -> k.startsWith("cases/")).toList();
    assertEquals(List.of("cases/X".concat("X".repeat(119)) + "-2.html", "cases/" + "X".repeat(120) + ".html", "cases/_...html"),
        cases);
  }

  @Test
  void twoExamplesWithOneIdAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RulebookSite.pages(DAY, List.of(former(), former()), List.of()));
    assertTrue(e.getMessage().contains("FORMER-1"), e.getMessage());
  }

  @Test
  void aDecisionPageSetsOutTheFactsOfItsCaseAndRefusesAnotherCasesDecision() {
    String page = DecisionHtml.page(former(), ConductRules.decide(former()));
    assertTrue(page.contains("<th scope=\"row\">Subject</th><td>police officer, constable; joined 2018-09-03; left 2025-08-04 (resigned)</td>"), page);
    assertTrue(page.contains("accelerated misconduct hearing on 2025-08-21; A1: gross misconduct; outcome: would have been dismissed"), page);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecisionHtml.page(serving(), ConductRules.decide(former())));
    assertTrue(e.getMessage().contains("FORMER-1") && e.getMessage().contains("SERVING/1"), e.getMessage());
  }

  /**
   * For any case, at any stage, its page stands alone: every link inside it lands on an anchor of the page, its ids
   * are distinct, every step and timetable row is there, and everything else it links to is a https address (the
   * legislation, a judgment, guidance).
   */
  @Test
  void anyCasesPageStandsAloneWithEveryStepLinkedToItsRule() {
    org.quicktheories.QuickTheory.qt().withExamples(300).forAll(io.github.policeconduct.testkit.Cases.any()).checkAssert(c -> {
      Decision d = ConductRules.decide(c);
      String page = DecisionHtml.page(c, d);
      Set<String> ids = ids(page);
      for (String href : links(page)) {
        if (href.startsWith("#")) {
          assertTrue(ids.contains(href.substring(1)), c.id() + ": " + href);
        } else {
          assertTrue(href.startsWith("https://"), c.id() + ": " + href);
        }
      }
      assertEquals(d.explanation().steps().size(), page.split("<li id=\"step-", -1).length - 1, c.id());
      for (Step s : d.explanation().steps()) {
        assertTrue(ids.contains("rule-" + Html.id(s.rule().id())), c.id() + ": " + s.rule().id());
      }
      d.timetable().forEach(t -> assertTrue(page.contains(Html.esc(t.description())), c.id() + ": " + t.description()));
      assertTrue(page.contains("<h2 id=\"case\">The case</h2>"), c.id());
    });
  }

  @Test
  void aStandaloneDecisionPageLinksEachStepToItsRuleAtItsFoot() {
    Decision d = ConductRules.decide(former());
    String page = DecisionHtml.page(d);
    Set<String> ids = ids(page);
    int steps = 0;
    for (String href : links(page)) {
      if (href.startsWith("#")) {
        assertTrue(ids.contains(href.substring(1)), href);
        steps++;
      } else {
        assertTrue(href.startsWith("https://"), "a standalone page links nowhere else: " + href);
      }
    }
    assertTrue(steps >= d.explanation().steps().size());
    assertEquals(d.explanation().steps().size(), page.split("<li id=\"step-", -1).length - 1);
    assertTrue(page.contains("Barred List"), "the consequence is on the page");
  }
}

package io.github.policeconduct.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.rules.Rule;
import org.junit.jupiter.api.Test;

/** Links from a citation to its provisions on legislation.gov.uk. */
class LegislationTest {
  private static final String R2020 = "https://www.legislation.gov.uk/uksi/2020/4";

  private static List<String> urls(Citation c) {
    return Legislation.provisionUrls(c);
  }

  @Test
  void aRegulationItsParagraphsAndItsSiblings() {
    assertEquals(List.of(R2020 + "/regulation/42"), urls(Regime.CONDUCT_REGULATIONS_2020.cite("reg 42(3)(b)")));
    assertEquals(List.of(R2020 + "/regulation/31"), urls(Regime.CONDUCT_REGULATIONS_2020.cite("reg 31(2)(a), (3)")));
    assertEquals(List.of(R2020 + "/regulation/42", R2020 + "/regulation/62"),
        urls(Regime.CONDUCT_REGULATIONS_2020.cite("reg 42(9), reg 62(4)")));
    assertEquals(List.of(R2020 + "/regulation/43/made"), urls(Regime.CONDUCT_REGULATIONS_2020.cite("reg 43(1) as made")));
    assertEquals(List.of(R2020 + "/schedule/1/paragraph/1"), urls(Regime.CONDUCT_REGULATIONS_2020.cite("Sch 1 para 1")));
    assertEquals(List.of(R2020 + "/regulation/14", R2020 + "/part/6"), urls(Regime.CONDUCT_REGULATIONS_2020.cite("reg 14 and Part 6")));
  }

  @Test
  void regsOneAndAnother() {
    Citation c = Citation.of("X Regulations 2025", "regs 15 and 17", "https://www.legislation.gov.uk/uksi/2025/558");
    assertEquals(List.of("https://www.legislation.gov.uk/uksi/2025/558/regulation/15",
        "https://www.legislation.gov.uk/uksi/2025/558/regulation/17"), urls(c));
  }

  @Test
  void anInsertingInstrumentInAParenthesisIsLinkedToItself() {
    List<String> u = urls(Regime.CONDUCT_REGULATIONS_2020.cite("reg 43(1)(e) (inserted by SI 2024/521, reg 5(2))"));
    assertEquals(List.of(R2020 + "/regulation/43", "https://www.legislation.gov.uk/uksi/2024/521",
        "https://www.legislation.gov.uk/uksi/2024/521/regulation/5"), u);
  }

  @Test
  void aParenthesisOfProseNamingAnotherInstrumentIsNotLinkedToThisOne() {
    Citation c = Citation.of("Amending Regulations 2025",
        "reg 6(2)(d)-(e) (definitions of misconduct hearing and meeting in the 2020 Regulations, reg 2(1)), reg 64(1)",
        "https://www.legislation.gov.uk/uksi/2025/558");
    assertEquals(List.of("https://www.legislation.gov.uk/uksi/2025/558/regulation/6",
        "https://www.legislation.gov.uk/uksi/2025/558/regulation/64"), urls(c));
  }

  @Test
  void aSectionOfAnAct() {
    Citation c = Citation.of("Police Act 1996", "s.88A(1)", "https://www.legislation.gov.uk/ukpga/1996/16");
    assertEquals(List.of("https://www.legislation.gov.uk/ukpga/1996/16/section/88A"), urls(c));
  }

  @Test
  void nothingIsFormedForAnAddressOffLegislationGovUk() {
    Citation c = Citation.of("College of Policing, Guidance", "para 4.1", "https://www.college.police.uk/guidance");
    assertEquals(List.of(), urls(c));
    assertTrue(Legislation.html(c).contains("href=\"https://www.college.police.uk/guidance\""));
  }

  @Test
  void theTextIsKeptWhole() {
    for (Rule r : Rule.values()) {
      for (Rule.CitationEntry e : r.citationEntries()) {
        String joined = Legislation.pieces(e.citation()).stream().map(Legislation.Piece::text).reduce("", String::concat);
        assertEquals(e.citation().toString(), joined, r.id());
      }
    }
  }

  private static final Pattern SHAPE = Pattern.compile(
      "https://www\\.legislation\\.gov\\.uk/(uksi|ukpga)/\\d{4}/\\d+(/(regulation|rule|section|part)/\\d+[A-Z]*|/schedule/\\d+(/paragraph/\\d+)?)?(/made)?");

  @Test
  void everyLinkTheRulebookFormsHasTheShapeOfALegislationAddress() {
    int links = 0;
    for (Rule r : Rule.values()) {
      for (Rule.CitationEntry e : r.citationEntries()) {
        for (String u : urls(e.citation())) {
          assertTrue(SHAPE.matcher(u).matches(), r.id() + ": " + u);
          links++;
        }
      }
    }
    assertTrue(links > 100, "links formed: " + links);
  }
}

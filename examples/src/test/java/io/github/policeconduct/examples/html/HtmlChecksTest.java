package io.github.policeconduct.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.policeconduct.examples.html.HtmlChecks.Kind;
import io.github.policeconduct.examples.html.HtmlChecks.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each of HtmlChecks' checks passes a good pair of pages and reports exactly the one fault planted in a bad page: an
 * invalid element, a broken internal link, a missing anchor, a malformed legislation link, an http link.
 */
class HtmlChecksTest {

  /** One checker (one Nu validator) for the whole class, as a test of a real site would keep it. */
  private static HtmlChecks checks;

  @BeforeAll
  static void checker() {
    checks = new HtmlChecks();
  }

  @TempDir
  Path dir;

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
        + "</title>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
  }

  /** Two good pages linking each other, their anchors, an image, legislation and another https site. */
  private void goodSite() throws IOException {
    write("index.html", page("Index", String.join("\n",
        "<h1 id=\"top\">Rules</h1>",
        "<p><a href=\"#top\">Top</a> <a href=\"#\">also the top</a> <a href=\"rules/a.rule.html\">A rule</a>"
            + " <a href=\"rules/a.rule.html#examples\">its examples</a> <a href=\"rules/a.rule.html?x=1#examples\">"
            + "with a query</a></p>",
        "<p><img src=\"img/arrow.svg\" alt=\"an arrow\" width=\"10\" height=\"10\"></p>",
        "<svg viewBox=\"0 0 10 10\" role=\"img\"><title>inline</title><defs><marker id=\"arrowhead\" markerWidth=\"4\""
            + " markerHeight=\"4\" refX=\"2\" refY=\"2\" orient=\"auto\"><path d=\"M0,0 L4,2 L0,4 z\"/></marker></defs>"
            + "<path d=\"M0,5 L9,5\" stroke=\"black\" marker-end=\"url(#arrowhead)\"/></svg>",
        "")));
    write("rules/a.rule.html", page("A rule", String.join("\n",
        "<h1>A rule</h1>",
        "<p><a href=\"../index.html\">Index</a> <a href=\"../index.html#top\">its top</a></p>",
        "<p><a href=\"https://www.legislation.gov.uk/uksi/2020/4\">R2020</a>",
        "<a href=\"https://www.legislation.gov.uk/uksi/2020/4/regulation/42\">reg 42(5)</a>",
        "<a href=\"https://www.legislation.gov.uk/uksi/2012/2632/regulation/10A\">reg 10A</a>",
        "<a href=\"https://www.legislation.gov.uk/uksi/2008/2864/schedule/2/paragraph/4/made\">Sch 2 para 4</a>",
        "<a href=\"https://www.legislation.gov.uk/ukpga/1996/16/section/88A\">s.88A</a>",
        "<a href=\"https://www.college.police.uk/guidance\">guidance</a></p>",
        "<h2 id=\"examples\">Worked examples</h2>",
        "")));
    write("img/arrow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><path d=\"M0,0 L10,5 L0,10 z\"/></svg>\n");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** The 1-based line of the page's text that holds {@code marker}. */
  private static int lineOf(Path page, String marker) throws IOException {
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(marker + " not in " + page);
  }

  /** The bad page, beside the good site, gives exactly one problem: of this kind, on this page, on this line. */
  private Problem onlyProblem(Path bad, Kind kind, String marker) throws IOException {
    List<Problem> problems = checks.checkAll(dir);
    assertEquals(1, problems.size(), () -> "expected exactly one problem, got " + problems);
    Problem p = problems.get(0);
    assertEquals(kind, p.kind(), p::toString);
    assertEquals(bad, p.file());
    assertEquals(lineOf(bad, marker), p.line(), p::toString);
    return p;
  }

  @Test
  void aGoodSitePassesEveryCheck() throws IOException {
    goodSite();
    List<Path> files = HtmlChecks.htmlFiles(dir);
    assertEquals(List.of(dir.resolve("index.html"), dir.resolve("rules/a.rule.html")), files);
    assertEquals(List.of(), checks.validate(files));
    assertEquals(List.of(), checks.checkInternalLinks(files));
    assertEquals(List.of(), checks.checkExternalLinks(files));
    assertEquals(List.of(), checks.checkAll(dir));
  }

  @Test
  void anInvalidElementIsTheValidatorsError() throws IOException {
    goodSite();
    // a list item outside any list
    Path bad = write("bad.html", page("Bad", "<p><a href=\"index.html\">Index</a></p>\n<li>stray item</li>\n"));
    Problem p = onlyProblem(bad, Kind.HTML_ERROR, "<li>stray item");
    assertTrue(p.message().contains("“li” not allowed"), p::toString);
  }

  @Test
  void anUnknownElementIsTheValidatorsError() throws IOException {
    Path bad = write("bad.html", page("Bad", "<p>Text.</p>\n<frobnicate>odd</frobnicate>\n"));
    List<Problem> problems = checks.validate(List.of(bad));
    assertFalse(problems.isEmpty());
    for (Problem p : problems) {
      assertEquals(Kind.HTML_ERROR, p.kind(), p::toString);
      assertEquals(lineOf(bad, "<frobnicate>"), p.line(), p::toString);
      assertTrue(p.message().contains("frobnicate"), p::toString);
    }
  }

  @Test
  void aMisnestedPageIsTheValidatorsError() throws IOException {
    goodSite();
    // a stray end tag: a parse error the HTML parser recovers from, reported by the checker
    Path bad = write("bad.html", page("Bad", "<p><a href=\"index.html\">Index</a></p>\n<ul><li>one</ul></li>\n"));
    List<Problem> problems = checks.validate(List.of(bad));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Kind.HTML_ERROR, problems.get(0).kind());
    assertEquals(lineOf(bad, "</ul></li>"), problems.get(0).line());
  }

  @Test
  void aMissingLangIsTheValidatorsWarning() throws IOException {
    Path bad = write("bad.html", "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>No lang</title>\n"
        + "</head>\n<body>\n<p>Text.</p>\n</body>\n</html>\n");
    List<Problem> problems = checks.validate(List.of(bad));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Kind.HTML_WARNING, problems.get(0).kind());
    assertTrue(problems.get(0).message().contains("lang"), problems::toString);
  }

  @Test
  void aLinkToAMissingFileIsBroken() throws IOException {
    goodSite();
    Path bad = write("bad.html", page("Bad", "<p><a href=\"rules/no.such.rule.html\">gone</a></p>\n"));
    Problem p = onlyProblem(bad, Kind.BROKEN_LINK, "no.such.rule.html");
    assertTrue(p.message().contains("rules/no.such.rule.html"), p::toString);
  }

  @Test
  void aMissingImageIsBroken() throws IOException {
    goodSite();
    Path bad = write("bad.html", page("Bad", "<p><a href=\"index.html\">Index</a><img src=\"img/none.png\" alt=\"\"></p>\n"));
    Problem p = onlyProblem(bad, Kind.BROKEN_LINK, "img/none.png");
    assertTrue(p.message().contains("img/none.png"), p::toString);
  }

  @Test
  void anAbsolutePathCannotBeFollowedFromAFile() throws IOException {
    goodSite();
    Path bad = write("bad.html", page("Bad", "<p><a href=\"/index.html\">Index</a></p>\n"));
    onlyProblem(bad, Kind.BROKEN_LINK, "/index.html");
  }

  @Test
  void anAnchorMissingFromAnotherPageIsReported() throws IOException {
    goodSite();
    Path bad = write("bad.html", page("Bad", "<p><a href=\"rules/a.rule.html#nowhere\">nowhere</a></p>\n"));
    Problem p = onlyProblem(bad, Kind.MISSING_ANCHOR, "#nowhere");
    assertTrue(p.message().contains("id=\"nowhere\""), p::toString);
  }

  @Test
  void anAnchorMissingFromTheSamePageIsReported() throws IOException {
    goodSite();
    Path bad = write("bad.html", page("Bad", "<h1 id=\"here\">Here</h1>\n<p><a href=\"#here\">here</a>"
        + " <a href=\"#there\">there</a></p>\n"));
    Problem p = onlyProblem(bad, Kind.MISSING_ANCHOR, "#there");
    assertTrue(p.message().contains("this page"), p::toString);
  }

  @Test
  void aMalformedLegislationLinkIsReported() throws IOException {
    goodSite();
    Path bad = write("bad.html", page("Bad",
        "<p><a href=\"https://www.legislation.gov.uk/uksi/2020/4/reg/42\">reg 42</a></p>\n"));
    onlyProblem(bad, Kind.MALFORMED_LEGISLATION_LINK, "/reg/42");
  }

  @Test
  void anHttpLinkIsInsecure() throws IOException {
    goodSite();
    Path bad = write("bad.html", page("Bad", "<p><a href=\"http://www.college.police.uk/\">College</a></p>\n"));
    onlyProblem(bad, Kind.INSECURE_LINK, "http://www.college.police.uk/");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://www.legislation.gov.uk/uksi/2020/4",
      "https://www.legislation.gov.uk/uksi/2020/4/made",
      "https://www.legislation.gov.uk/uksi/2020/4/regulation/42",
      "https://www.legislation.gov.uk/uksi/2020/4/regulation/42/made",
      "https://www.legislation.gov.uk/uksi/2012/2632/regulation/10A",
      "https://www.legislation.gov.uk/uksi/2020/1/rule/9",
      "https://www.legislation.gov.uk/ukpga/1996/16/section/88A",
      "https://www.legislation.gov.uk/ukpga/1996/16/section/88I",
      "https://www.legislation.gov.uk/uksi/2020/4/part/3",
      "https://www.legislation.gov.uk/uksi/2020/4/schedule/2",
      "https://www.legislation.gov.uk/uksi/2020/4/schedule/2/paragraph/4",
      "https://www.legislation.gov.uk/uksi/2020/4/schedule/2/paragraph/4/made"})
  void theShapesTheLibraryFormsAreLegislationLinks(String url) {
    assertTrue(HtmlChecks.LEGISLATION.matcher(url).matches(), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://www.legislation.gov.uk/uksi/2020/4",
      "https://legislation.gov.uk/uksi/2020/4",
      "https://www.legislation.gov.uk/uksi/2020/4/",
      "https://www.legislation.gov.uk/uksi/2020/4/contents",
      "https://www.legislation.gov.uk/uksi/20/4",
      "https://www.legislation.gov.uk/ssi/2020/4",
      "https://www.legislation.gov.uk/uksi/2020/4/regulation/",
      "https://www.legislation.gov.uk/uksi/2020/4/regulation/42(5)",
      "https://www.legislation.gov.uk/uksi/2020/4/part/3A",
      "https://www.legislation.gov.uk/uksi/2020/4/paragraph/4",
      "https://www.legislation.gov.uk/uksi/2020/4/regulation/42#p1",
      "https://www.legislation.gov.uk/uksi/2020/4/made/regulation/42"})
  void otherShapesAreNot(String url) throws IOException {
    assertFalse(HtmlChecks.LEGISLATION.matcher(url).matches(), url);
    Path bad = write("bad.html", page("Bad", "<p><a href=\"" + url + "\">law</a></p>\n"));
    List<Problem> problems = checks.checkExternalLinks(List.of(bad));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Kind.MALFORMED_LEGISLATION_LINK, problems.get(0).kind());
  }
}

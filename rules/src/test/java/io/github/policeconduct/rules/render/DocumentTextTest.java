package io.github.policeconduct.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.CaseEvent;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.rules.Document;
import io.github.policeconduct.rules.Documents;
import org.junit.jupiter.api.Test;

/** A document as a person sees it: blanks marked as blanks, practice labelled, provisions linked. */
class DocumentTextTest {
  private static ConductCase resigned() {
    return ConductCase.builder()
        .id("T|1 <b>")
        .force("Kent Police")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).joined(LocalDate.of(2010, 1, 4))
            .left(LocalDate.of(2024, 8, 2), Departure.RESIGNED).build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY)
            .cameToAttention(LocalDate.of(2024, 6, 3))
            .assessed(Severity.GROSS_MISCONDUCT, LocalDate.of(2024, 6, 10))
            .build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2025, 2, 12))
            .found("A1", Finding.GROSS_MISCONDUCT).outcome(Outcome.WOULD_HAVE_BEEN_DISMISSED).build())
        .addEvents(CaseEvent.of(EventType.OUTCOME_PUBLISHED, LocalDate.of(2025, 2, 20)))
        .build();
  }

  @Test
  void markdownMarksBlanksAndPracticeAndEscapesTheTable() {
    Document notice = Documents.outcomeNotice(resigned(), LocalDate.of(2025, 3, 1)).orElseThrow();
    String md = DocumentText.markdown(notice);
    assertTrue(md.startsWith("# Outcome notice: case T|1 <b>\n"), md);
    assertTrue(md.contains("| Earliest date the notice may be taken down | 2025-03-20 **[practice, not law]** (At least 28 days after"
        + " publication. This period rests on practice, not on the text of the Regulations"), md);
    assertTrue(md.contains("| The reasons for that finding | **[blank: for the force's system to fill in]** |"), md);
    assertEquals(notice.toString(), md);
    assertFalse(md.contains("\r"));
    Document report = Documents.barredListReport(resigned(), LocalDate.of(2025, 3, 1)).orElseThrow();
    String table = DocumentText.markdown(report);
    for (String line : table.split("\n")) {
      if (line.startsWith("| ")) {
        assertEquals(4, line.replace("\\|", "").chars().filter(c -> c == '|').count(), line);
      }
    }
  }

  @Test
  void htmlIsOnePageWithBlanksPracticeAndLinkedProvisions() {
    Document report = Documents.barredListReport(resigned(), LocalDate.of(2025, 3, 1)).orElseThrow();
    String html = DocumentText.html(report);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), html);
    assertTrue(html.contains("<title>Barred List report: case T|1 &lt;b&gt;</title>"), html);
    assertTrue(html.contains("<span class=\"blank\">blank: for the force&#39;s system to fill in</span>"), html);
    assertTrue(html.contains("<a href=\"https://www.legislation.gov.uk/uksi/2017/1135/regulation/3\">reg 3(2)(b)</a>"), html);
    assertFalse(html.contains(" id=\""), "no ids, so none is duplicated");
    assertEquals(count(html, "<tr>"), count(html, "</tr>"));
    String notice = DocumentText.html(Documents.outcomeNotice(resigned(), LocalDate.of(2025, 3, 1)).orElseThrow());
    assertTrue(notice.contains("<span class=\"practice\">practice, not law</span>"), notice);
  }

  private static int count(String s, String of) {
    Matcher m = Pattern.compile(Pattern.quote(of)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

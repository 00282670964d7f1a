package io.github.policeconduct.examples.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.rules.Decision;
import org.junit.jupiter.api.Test;

/** The story classes build the same cases as the shared scenarios they come from, and summarise in two lines. */
class StoriesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The scenario's case, read as the tool reads cases. */
  private static ConductCase scenario(String file) throws Exception {
    String text = JSON.readTree(io.github.policeconduct.fixtures.Scenarios.json(file)).get("case").toString();
    return CaseJson.standard().read(text, file);
  }

  @Test
  void theStoriesBuildTheScenarioCases() throws Exception {
    Map<String, ConductCase> built = new HashMap<>();
    for (Story s : Stories.all()) {
      s.episodes().forEach(e -> built.put(e.conductCase().id(), e.conductCase()));
    }
    for (String f : List.of("s03-kent-2014-resigned-during-investigation.json", "s04-kent-2016-resignation-restricted.json",
        "s05-kent-2019-former-officer-proceedings-continue.json", "s06-cheshire-pcso-outside-regulations.json")) {
      ConductCase want = scenario(f);
      assertEquals(want, built.get(want.id()), f);
    }
    // The story's cases carry a summary the scenarios leave out; otherwise they are the same.
    ConductCase staffs = scenario("s01-staffordshire-would-have-been-dismissed.json");
    assertEquals(staffs, built.get(staffs.id()));
    ConductCase cheshire = scenario("s08-cheshire-2012-dismissal-before-barred-list.json");
    assertEquals(cheshire.withAllegations(cheshire.allegations().get(0)
        .withSummary("Convicted of possessing a class A drug and of misconduct in public office")), built.get(cheshire.id()));
  }

  @Test
  void everySummaryIsTwoLines() {
    for (Story s : Stories.all()) {
      for (Episode e : s.episodes()) {
        Decision d = e.decide();
        String summary = e.summarise(d);
        assertEquals(2, summary.split("\n").length, summary);
        assertTrue(summary.lines().allMatch(l -> l.length() <= 120), summary);
      }
    }
  }
}

package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void tellsTheSeedStoriesExactlyAsTheGoldenFile() throws Exception {
    Cli.Result r = Cli.run("", "demo");
    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.err());
    Golden.assertMatches("demo.txt", r.out());
  }

  @Test
  void theStoriesSayWhatTheLawDecided() {
    String out = Cli.run("", "demo").out();
    assertTrue(out.contains("\"would have been dismissed\" was lawful, and a Barred List report is due by 2025-08-28."), out);
    assertTrue(out.contains("his resignation on 2016-10-31 needed the appropriate authority's consent"), out);
    assertTrue(out.contains("he must be reported for the Police Advisory List."), out);
    assertTrue(out.contains("the Conduct Regulations do not apply"), out);
    assertTrue(out.contains("No Barred List report: the statutory Police Barred List began on 15 December 2017."), out);
  }
}

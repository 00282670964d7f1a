package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.json.DecisionJson;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * {@code conduct evaluate --json} writes, for each case in input order, the decision format of the json module
 * ({@link DecisionJson}) as one UTF-8 line ended by the platform's line separator: on the command line's path
 * (bytes, decisions rendered on worker threads) and on the in-process {@code PrintWriter} path alike, whatever
 * text the cases hold.
 */
class EvaluateJsonLinesTest {
  private static final String EOL = System.lineSeparator();

  @Test
  void eachCaseIsOneDecisionLineInInputOrder() {
    List<ConductCase> cases = Samples.list(Cases.any(), 20261130L, 2_000);
    StringBuilder in = new StringBuilder();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (ConductCase c : cases) {
      in.append(CaseJson.standard().write(c)).append('\n');
      expected.writeBytes(DecisionJson.utf8(ConductRules.decide(c)));
      expected.writeBytes(EOL.getBytes(StandardCharsets.UTF_8));
    }
    assertArrayEquals(expected.toByteArray(), bytesPath(in.toString()));
    assertEquals(expected.toString(StandardCharsets.UTF_8), writerPath(in.toString()));
  }

  @Test
  void textBeyondAsciiIsWrittenAsUtf8AndAnUnpairedSurrogateIsRefused() {
    ConductCase c = ConductCase.builder()
        .id("CASE-é-€-\ud83d\ude00-\"quoted\"-\\-\t")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2018, 9, 3)).build())
        .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT)
            .conductDate(LocalDate.of(2025, 3, 15)).cameToAttention(LocalDate.of(2025, 5, 20)).build())
        .build();
    String line = CaseJson.standard().write(c);
    byte[] out = bytesPath(line + "\n");
    String text = new String(out, StandardCharsets.UTF_8);
    String[] lines = text.split(EOL);
    assertEquals(1, lines.length, text);
    assertTrue(lines[0].startsWith("{\"case\":\"CASE-é-€-\ud83d\ude00-\\\"quoted\\\"-\\\\-\\t\",\"as_at\":"), lines[0]);
    assertEquals(DecisionJson.line(ConductRules.decide(c)), lines[0]);
    assertEquals(lines[0] + EOL, writerPath(line + "\n"), "the in-process path writes the same characters");
    // The same case, its id holding an unpaired surrogate (a JSON escape: no UTF-8 input has one). Before, it was
    // decided and written back as "LONE-?-...", so two different ids could be written the same: now it is refused.
    String lone = line.replace("\"id\":\"CASE-", "\"id\":\"LONE-\\ud800-");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ConductCommand.run(new ByteArrayInputStream((line + "\n" + lone + "\n").getBytes(StandardCharsets.UTF_8)),
        o, err, "evaluate", "--json", "-");
    assertEquals(1, status);
    assertEquals(lines[0] + EOL, o.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("- line 2, id: not valid Unicode: a lone surrogate \\ud800"),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The command line's path: bytes in and out, a reading thread and workers. */
  private static byte[] bytesPath(String in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ConductCommand.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out, err,
        "evaluate", "--json", "-");
    assertEquals(0, status, () -> err.toString(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The in-process path: a {@code PrintWriter}, one case at a time. */
  private static String writerPath(String in) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ConductCommand.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err), "evaluate", "--json", "-");
    assertEquals(0, status, err::toString);
    return out.toString();
  }
}

package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code conduct evaluate --receipts} then {@code conduct verify}: the round trip a force runs after an upgrade. */
class VerifyCommandTest {
  @Test
  void receiptsWrittenByEvaluateVerifyAsTheSame() {
    Cli.Result receipts = Cli.run("", "evaluate", "--receipts", "--as-at", "2023-06-01", "cases/timetable.jsonl");
    assertEquals(0, receipts.status(), receipts::toString);
    assertEquals(2, receipts.out().lines().count());
    assertTrue(receipts.out().startsWith("{\"receipt\":{\"library_version\":"), receipts.out());
    Cli.Result verified = Cli.run(receipts.out(), "verify", "-");
    assertEquals(0, verified.status(), verified::toString);
    assertTrue(verified.out().startsWith("TT-2023-001: same\nTT-2023-002: same\n2 same, 0 changed; verified with"),
        verified.out());
  }

  @Test
  void aChangedReceiptIsSaidAndExitsOne() {
    String receipt = Cli.run("", "evaluate", "--receipts", "cases/timetable.jsonl").out().lines().findFirst()
        .orElseThrow();
    String altered = receipt.replaceFirst("\"state\":\"[a-z_]+\"", "\"state\":\"closed\"");
    Cli.Result verified = Cli.run(altered + "\nnot a receipt\n", "verify", "-");
    assertEquals(1, verified.status(), verified::toString);
    assertTrue(verified.out().contains(": changed\n  state: \"closed\" -> "), verified.out());
    assertTrue(verified.out().contains("0 same, 1 changed, 1 not receipts"), verified.out());
    assertTrue(verified.err().startsWith("- line 2"), verified.err());
  }
}

package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool in a JVM with little memory, as a user with a small container would run it: large valid cases are
 * all decided (memory is bounded by bytes in flight, not by a count of cases), and when memory does run out
 * the run ends with a message saying so and exit status 3, never a stack trace and never a hang.
 */
class MemoryBoundTest {
  @TempDir
  Path dir;

  /** A valid case of about 630 KB: 3,500 allegations of one meeting. */
  private static String bigCase(int n) {
    StringBuilder b = new StringBuilder(660_000);
    b.append("{\"id\":\"BIG-").append(n).append("\",\"force\":\"Example Constabulary\",")
        .append("\"subject\":{\"role\":\"police_officer\",\"rank\":\"sergeant\",\"joined\":\"2008-05-12\"},")
        .append("\"allegations\":[");
    for (int a = 1; a <= 3500; a++) {
      if (a > 1) {
        b.append(',');
      }
      b.append("{\"id\":\"A").append(a).append("\",\"standards\":[\"authority_respect_and_courtesy\"],")
          .append("\"conduct_date\":\"2023-01-09\",\"came_to_attention\":\"2023-01-20\",")
          .append("\"severity\":{\"level\":\"misconduct\",\"assessed\":\"2023-02-01\"}}");
    }
    b.append("],\"proceedings\":{\"forum\":\"misconduct_meeting\",\"date\":\"2023-05-10\",")
        .append("\"findings\":[{\"allegation\":\"A1\",\"finding\":\"misconduct\"}],\"outcome\":\"written_warning\"}}");
    return b.toString();
  }

  private Path bigCases(int count) throws IOException {
    Path file = dir.resolve("big.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        w.write(bigCase(i));
        w.write('\n');
      }
    }
    return file;
  }

  private record Run(int status, List<String> out, String err) {}

  /** Runs the tool's main class in a fresh JVM with at most {@code heap} of heap, until it ends. */
  private Run conduct(String heap, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
        ConductCommand.class.getName()));
    command.addAll(List.of(args));
    File out = dir.resolve("out.txt").toFile();
    File err = dir.resolve("err.txt").toFile();
    Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
    int status = p.waitFor(); // the run ends: a hang is what this test is here to catch, and the build's own limit ends it
    return new Run(status, Files.readAllLines(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  @Test
  void largeValidCasesAreAllDecidedInA48MiBHeap() throws Exception {
    // 40 cases of about 630 KB (25 MB, each under the 1 MiB limit). Before the memory bound, the reader took all
    // of them into one batch of 128 cases and the run died of OutOfMemoryError deciding none.
    Path file = bigCases(40);
    Run evaluate = conduct("48m", "evaluate", "--json", file.toString());
    assertEquals(0, evaluate.status(), evaluate.err());
    assertEquals(40, evaluate.out().size(), evaluate.err());
    for (int i = 0; i < 40; i++) {
      assertTrue(evaluate.out().get(i).startsWith("{\"case\":\"BIG-" + i + "\""), evaluate.out().get(i));
    }
    Run report = conduct("48m", "report", file.toString(), "--by", "forum", "--format", "csv");
    assertEquals(0, report.status(), report.err());
    assertTrue(report.out().contains("total,140000"), String.join("\n", report.out()));
  }

  @Test
  void runningOutOfMemoryIsSaidWithAStatusOfItsOwn() throws Exception {
    // Counting individuals keeps every distinct subject: 400,000 of them cannot fit in 16 MiB. Before, the run
    // ended with "Exception in thread ..." and exit status 1, the status of invalid input.
    Path file = dir.resolve("subjects.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 400_000; i++) {
        w.write("{\"id\":\"M" + i + "\",\"force\":\"F\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"constable\","
            + "\"id\":\"S" + i + "\"},\"allegations\":[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],"
            + "\"came_to_attention\":\"2023-01-20\"}]}\n");
      }
    }
    Run report = conduct("16m", "report", file.toString(), "--unit", "individuals", "--by", "forum");
    assertEquals(ConductCommand.OUT_OF_MEMORY, report.status(), report.err());
    assertTrue(report.err().startsWith("conduct report: ran out of memory"), report.err());
    assertTrue(report.err().contains("JAVA_OPTS=-Xmx"), report.err());
    assertFalse(report.err().contains("\tat "), report.err());
    assertFalse(report.err().contains("Exception in thread"), report.err());
    assertEquals(1, report.err().lines().count(), report.err());
  }
}

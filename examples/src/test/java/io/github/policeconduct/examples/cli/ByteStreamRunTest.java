package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ConductCommand#run(java.io.InputStream, java.io.OutputStream, java.io.OutputStream, String...)} (the
 * command line's path: a reading thread, decisions written in blocks) gives exactly what the one-thread
 * {@code PrintWriter} path gives: the same standard output, the same standard error, the same exit status, and,
 * with both streams on one (as {@code 2>&1}), the same interleaving of decisions and problems.
 */
class ByteStreamRunTest {
  private static String input() {
    List<String> lines = new ArrayList<>();
    int n = 0;
    for (ConductCase c : Samples.list(Cases.any(), 42L, 2_500)) {
      n++;
      String line = CaseJson.standard().write(c);
      switch (n % 97) {
        case 3 -> lines.add("this is not json {");
        case 5 -> lines.add(line.replace("\"id\":", "\"colour\":\"blue\",\"id\":"));
        case 7 -> lines.add(line.substring(0, line.length() / 2));
        case 11 -> lines.add("   ");
        case 13 -> lines.add("null");
        case 17 -> lines.add(line.replaceFirst("\"came_to_attention\":\"[0-9-]+\"", "\"came_to_attention\":\"2021-02-30\""));
        default -> lines.add(line);
      }
    }
    return String.join("\n", lines) + "\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"--json", "--text"})
  void givesWhatTheWriterPathGives(String mode) {
    String in = input();
    String[] args = mode.equals("--json") ? new String[] {"evaluate", "--json", "-"} : new String[] {"evaluate", "-"};

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ConductCommand.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
        new PrintWriter(err), args);

    ByteArrayOutputStream bytesOut = new ByteArrayOutputStream();
    ByteArrayOutputStream bytesErr = new ByteArrayOutputStream();
    int bytesStatus = ConductCommand.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), bytesOut,
        bytesErr, args);
    assertEquals(status, bytesStatus);
    assertEquals(1, status, "the input has bad lines");
    assertEquals(out.toString(), bytesOut.toString(StandardCharsets.UTF_8));
    assertEquals(err.toString(), bytesErr.toString(StandardCharsets.UTF_8));

    StringWriter both = new StringWriter();
    PrintWriter shared = new PrintWriter(both);
    ConductCommand.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), shared, shared, args);
    ByteArrayOutputStream bytesBoth = new ByteArrayOutputStream();
    ConductCommand.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), bytesBoth, bytesBoth, args);
    assertEquals(both.toString(), bytesBoth.toString(StandardCharsets.UTF_8), "decisions and problems interleave as before");
  }
}

package io.github.policeconduct.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service from outside Java (issue 19, item 5): the Python example ({@code server/python/decide.py}, standard
 * library only) posts cases to a server on a random loopback port and prints the decisions; and a client that hangs
 * up half way through its body leaves the service answering the next.
 */
class OutsideJavaTest {
  private static ConductServer server;

  @BeforeAll
  static void start() {
    server = ConductServer.start(new ConductServer.Options("127.0.0.1", 0, Optional.empty(), 1024 * 1024),
        new PrintStream(new ByteArrayOutputStream()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return p.waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void thePythonExamplePostsTheCasesAndPrintsTheDecisions(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(python(), "python3 is not installed here: the example cannot be run");
    Path cases = dir.resolve("cases.jsonl");
    String good = "{\"id\":\"PY-1\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"constable\"},\"allegations\":"
        + "[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],\"came_to_attention\":\"2021-03-01\","
        + "\"severity\":{\"level\":\"gross_misconduct\",\"assessed\":\"2021-03-08\"}}]}";
    Files.writeString(cases, good + "\n{\"id\":\"PY-2\"}\n", StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("python3", "python/decide.py", "--url", "http://127.0.0.1:" + server.port(),
        cases.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // until it ends
    assertEquals(1, p.waitFor(), out);
    List<String> lines = out.lines().toList();
    assertEquals("PY-1: conduct_regulations_2020, open dismissal_without_notice, final_written_warning", lines.get(0));
    assertTrue(lines.get(1).startsWith("problem: "), out);
  }

  @Test
  void thePythonExampleAsksForTheBarredListReportsAndListsWhatIsToFillIn() throws Exception {
    Assumptions.assumeTrue(python(), "python3 is not installed here: the example cannot be run");
    Process p = new ProcessBuilder("python3", "python/decide.py", "--url", "http://127.0.0.1:" + server.port(),
        "--document", "barred_list_report", Path.of("..", "examples", "cases", "documents.jsonl").toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // until it ends
    assertEquals(0, p.waitFor(), out);
    List<String> lines = out.lines().toList();
    assertEquals(3, lines.size(), out);
    assertTrue(lines.get(0).startsWith("STAFFS-2025-001: barred_list_report, due by 2025-08-28"), out);
    assertTrue(lines.get(0).contains("to fill in: full_name, date_of_birth"), out);
    assertTrue(lines.get(1).startsWith("EX-2025-010: no barred_list_report (not_required): "), out);
  }

  @Test
  void aClientThatHangsUpMidBodyLeavesTheServiceAnswering() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream o = s.getOutputStream();
      o.write(("POST /v1/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n{\"id\":\"HALF")
          .getBytes(StandardCharsets.US_ASCII));
      o.flush();
    } // closed with the body unfinished
    HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
  }
}

package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * {@code conduct timetable}: the caseload view (issue 17, item 4): every open and overdue step of every case,
 * soonest due first, filtered by {@code --overdue} and {@code --due-within}, in text, CSV and JSON Lines; and on
 * 100,000 generated cases in one pass.
 */
class TimetableCommandTest {
  @Test
  void theWorkedExampleAsAtOneDay() {
    Cli.Result r = Cli.run("", "timetable", "--as-at", "2023-04-25", "--format", "csv", "cases/timetable.jsonl");
    assertEquals(0, r.status(), r::toString);
    // (CSV lines end in CRLF, as RFC 4180 says; Cli gives them as "\n")
    assertEquals("case,step,status,due,from,from_date,citation\n"
        + "TT-2023-002,timetable.witness_lists.2020,overdue,2023-04-05,officer_response_given,2023-03-31,"
        + "\"Police (Conduct) Regulations 2020, reg 31(4)\"\n"
        + "TT-2023-002,timetable.documents_to_chair.2020,overdue,2023-04-18,officer_response_given,2023-03-31,"
        + "\"Police (Conduct) Regulations 2020, reg 32(6)\"\n"
        + "TT-2023-001,timetable.witness_lists.2020,open,2023-04-25,officer_response_given,2023-04-20,"
        + "\"Police (Conduct) Regulations 2020, reg 31(4)\"\n"
        + "TT-2023-001,timetable.documents_to_chair.2020,open,2023-05-05,officer_response_given,2023-04-20,"
        + "\"Police (Conduct) Regulations 2020, reg 32(6)\"\n", r.out());
    Cli.Result overdue = Cli.run("", "timetable", "--as-at", "2023-04-25", "--overdue", "--format", "json",
        "cases/timetable.jsonl");
    assertEquals(2, overdue.out().lines().count(), overdue::toString);
    assertTrue(overdue.out().startsWith("{\"case\":\"TT-2023-002\",\"as_at\":\"2023-04-25\","
        + "\"step\":\"timetable.witness_lists.2020\",\"status\":\"overdue\",\"due\":\"2023-04-05\""), overdue.out());
    // due within 0 days of 2023-04-05: the step due that day (and nothing due later)
    Cli.Result soon = Cli.run("", "timetable", "--as-at", "2023-04-05", "--due-within", "0", "cases/timetable.jsonl");
    assertEquals("Steps open or overdue as at 2023-04-05: 1", soon.out().lines().findFirst().orElse(""), soon::toString);
    assertTrue(soon.out().contains("2023-04-05  open        TT-2023-002"), soon.out());
  }

  @Test
  void aBadCaseIsReportedAndTheOthersListed() {
    String good = "{\"id\":\"G\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"constable\"},\"allegations\":[{\"id\":"
        + "\"A1\",\"standards\":[\"confidentiality\"],\"came_to_attention\":\"2023-01-10\"}],\"events\":[{\"type\":"
        + "\"documents_supplied\",\"date\":\"2023-03-01\"}]}";
    Cli.Result r = Cli.run(good + "\n{\"id\":\"B\"}\n", "timetable", "--as-at", "2023-03-02", "-");
    assertEquals(1, r.status(), r::toString);
    assertEquals(1, r.err().lines().count(), r::toString);
    assertTrue(r.err().startsWith("- line 2"), r.err());
    assertTrue(r.out().contains("open        G "), r.out());
  }

  /** 100,000 cases, each with documents supplied on one of 200 days, made as they are read. */
  private static InputStream caseload() {
    return new GeneratedLines(100_000, next -> "{\"id\":\"C" + next + "\",\"subject\":{\"role\":\"police_officer\","
        + "\"rank\":\"constable\"},\"allegations\":[{\"id\":\"A1\",\"standards\":[\"confidentiality\"],"
        + "\"came_to_attention\":\"2023-01-10\"}],\"events\":[{\"type\":\"documents_supplied\",\"date\":\""
        + LocalDate.of(2023, 3, 1).plusDays(next % 200) + "\"}]}");
  }

  @Test
  void aCaseloadOf100000CasesIsListedInOnePassSoonestFirst() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ConductCommand.run(new java.io.BufferedInputStream(caseload(), 1 << 16), out, err,
        "timetable", "--as-at", "2024-01-01", "--format", "csv", "-");
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
    assertEquals(100_001, lines.length, "a header and one overdue step per case");
    String previous = "";
    for (int i = 1; i < lines.length; i++) {
      String due = lines[i].split(",")[3];
      assertTrue(due.compareTo(previous) >= 0, "soonest first: " + lines[i]);
      assertTrue(lines[i].contains(",overdue,"), lines[i]);
      previous = due;
    }
  }
}

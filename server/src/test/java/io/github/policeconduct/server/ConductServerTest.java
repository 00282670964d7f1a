package io.github.policeconduct.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.rules.ConductRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service over real HTTP on loopback (issue 19): every endpoint answered, bad requests answered and never a
 * crash, limits, the token, request ids, and an access log without case content.
 */
class ConductServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static ConductServer open;
  private static ConductServer guarded;
  private static final String TOKEN = "s3cret-token-of-the-force";

  private static final String CASE = "{\"id\":\"SECRET-CASE-1\",\"subject\":{\"role\":\"police_officer\",\"rank\":"
      + "\"constable\"},\"allegations\":[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],\"came_to_attention\":"
      + "\"2021-03-01\",\"severity\":{\"level\":\"gross_misconduct\",\"assessed\":\"2021-03-08\"}}]}";

  @BeforeAll
  static void start() {
    PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
    open = ConductServer.start(new ConductServer.Options("127.0.0.1", 0, Optional.empty(), 64 * 1024), log);
    guarded = ConductServer.start(new ConductServer.Options("127.0.0.1", 0, Optional.of(TOKEN), 64 * 1024), log);
  }

  @AfterAll
  static void stop() {
    open.close();
    guarded.close();
  }

  private static HttpResponse<String> send(ConductServer s, String method, String path, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthVersionRulesAndTheOpenApiDocument() throws Exception {
    assertEquals(200, send(open, "GET", "/health", null).statusCode());
    JsonNode v = JSON.readTree(send(open, "GET", "/v1/version", null).body());
    assertEquals(ConductRules.rulebookDigest(), v.get("rulebook_digest").asText());
    assertEquals(ConductRules.libraryVersion(), v.get("library_version").asText());
    JsonNode rules = JSON.readTree(send(open, "GET", "/v1/rules?as_at=2024-06-01", null).body());
    assertTrue(rules.get("rules").toString().contains("\"panel.hearing.chief_officer\""));
    JsonNode changes = JSON.readTree(send(open, "GET", "/v1/rules?as_at=2024-06-01&changes_since=2024-01-01", null).body());
    assertTrue(changes.get("rules").size() < rules.get("rules").size(), "only what changed");
    JsonNode doc = JSON.readTree(send(open, "GET", "/openapi.json", null).body());
    assertEquals("3.1.0", doc.get("openapi").asText());
    for (String s : List.of("case", "decision", "report", "problem")) {
      assertTrue(doc.get("components").get("schemas").has(s), s);
    }
    for (String p : List.of("/v1/decisions", "/v1/timetable", "/v1/validate", "/v1/reports", "/v1/rules",
        "/v1/version", "/health", "/openapi.json")) {
      assertTrue(doc.get("paths").has(p), p);
    }
  }

  @Test
  void aCaseAnArrayAndJsonLinesAreDecidedInInputOrder() throws Exception {
    HttpResponse<String> one = send(open, "POST", "/v1/decisions?as_at=2021-04-01", CASE);
    assertEquals(200, one.statusCode(), one.body());
    assertEquals("application/x-ndjson", one.headers().firstValue("Content-Type").orElse(""));
    JsonNode d = JSON.readTree(one.body().lines().findFirst().orElseThrow());
    assertEquals("SECRET-CASE-1", d.get("case").asText());
    assertEquals("2021-04-01", d.get("as_at").asText());
    HttpResponse<String> array = send(open, "POST", "/v1/decisions", "[" + CASE + "," + CASE.replace("-1\"", "-2\"") + "]");
    assertEquals(List.of("SECRET-CASE-1", "SECRET-CASE-2"), array.body().lines().map(l -> read(l).get("case").asText()).toList());
    HttpResponse<String> lines = send(open, "POST", "/v1/timetable", CASE + "\n" + CASE.replace("-1\"", "-3\"") + "\n");
    assertEquals(2, lines.body().lines().count(), lines.body());
    HttpResponse<String> validate = send(open, "POST", "/v1/validate?as_at=2023-01-01", CASE);
    assertTrue(validate.body().contains("\"kind\":\"case_type_not_known\""), validate.body());
    HttpResponse<String> report = send(open, "POST", "/v1/reports?by=standard&unit=allegations", CASE);
    assertEquals(200, report.statusCode(), report.body());
    assertEquals("standard", read(report.body()).get("report").get("by").asText());
    JsonNode byYear = read(send(open, "POST", "/v1/reports?by=year&unit=cases&year=finalised", CASE).body());
    assertEquals("finalised_year", byYear.get("report").get("by").asText(), "the options of conduct report");
    assertEquals(0, read(send(open, "POST", "/v1/reports?by=standard&financial_year=2024/25", CASE).body())
        .get("report").get("total").asInt());
    assertEquals(400, send(open, "POST", "/v1/reports?year=calendar", CASE).statusCode());
  }

  private static JsonNode read(String s) {
    try {
      return JSON.readTree(s);
    } catch (Exception e) {
      throw new AssertionError(s, e);
    }
  }

  @Test
  void aBadCaseIsAnsweredInItsPlaceAndTheOthersStillDecided() throws Exception {
    HttpResponse<String> r = send(open, "POST", "/v1/decisions", CASE + "\n{\"id\":\"B\"}\n" + CASE.replace("-1\"", "-4\""));
    assertEquals(422, r.statusCode());
    List<String> lines = r.body().lines().toList();
    assertEquals(3, lines.size(), r.body());
    assertEquals("SECRET-CASE-1", read(lines.get(0)).get("case").asText());
    JsonNode p = read(lines.get(1)).get("problem");
    assertEquals(2, p.get("line").asInt());
    assertFalse(p.get("reason").asText().isEmpty());
    assertEquals("SECRET-CASE-4", read(lines.get(2)).get("case").asText());
    HttpResponse<String> notJson = send(open, "POST", "/v1/decisions", "{not json");
    assertEquals(422, notJson.statusCode(), notJson.body());
    HttpResponse<String> empty = send(open, "POST", "/v1/decisions", "");
    assertEquals(400, empty.statusCode(), empty.body());
    assertEquals(400, send(open, "POST", "/v1/decisions?as_at=yesterday", CASE).statusCode());
    assertEquals(400, send(open, "POST", "/v1/reports?by=colour", CASE).statusCode());
  }

  @Test
  void theDocumentsAndWhyNoneIsWritten() throws Exception {
    String cases = java.nio.file.Files.readString(java.nio.file.Path.of("..", "examples", "cases", "documents.jsonl"));
    HttpResponse<String> r = send(open, "POST", "/v1/documents/barred-list-report", cases);
    assertEquals(200, r.statusCode(), r.body());
    List<String> lines = r.body().lines().toList();
    assertEquals(3, lines.size(), r.body());
    JsonNode staffs = read(lines.get(0));
    assertEquals("barred_list_report", staffs.get("document").asText());
    assertEquals("STAFFS-2025-001", staffs.get("case").asText());
    assertTrue(lines.get(0).contains("\"key\":\"due_by\",") && lines.get(0).contains("2025-08-28"), lines.get(0));
    JsonNode none = read(lines.get(1));
    assertEquals("EX-2025-010", none.get("case").asText());
    assertEquals("not_required", none.get("not_written").get("reason").asText());
    assertEquals("consequences.barred_list_report", none.get("not_written").get("rule").asText());
    HttpResponse<String> unknown = send(open, "POST", "/v1/documents/warrant-card", cases);
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertTrue(read(unknown.body()).get("detail").asText().contains("barred_list_report"), unknown.body());
  }

  @Test
  void limitsRoutesAndMethodsAreAnsweredAsProblemsWithARequestId() throws Exception {
    HttpResponse<String> big = send(open, "POST", "/v1/decisions", CASE + "\n" + " ".repeat(70 * 1024));
    assertEquals(413, big.statusCode(), big.body());
    HttpResponse<String> missing = send(open, "GET", "/v1/nothing", null);
    assertEquals(404, missing.statusCode());
    assertEquals("not found", read(missing.body()).get("title").asText());
    HttpResponse<String> wrong = send(open, "GET", "/v1/decisions", null);
    assertEquals(405, wrong.statusCode(), wrong.body());
    for (HttpResponse<String> r : List.of(big, missing, wrong)) {
      assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
      assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }
  }

  @Test
  void theTokenIsNeededForEverythingButHealth() throws Exception {
    assertEquals(200, send(guarded, "GET", "/health", null).statusCode());
    HttpResponse<String> none = send(guarded, "POST", "/v1/decisions", CASE);
    assertEquals(401, none.statusCode());
    assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
    assertEquals(401, send(guarded, "POST", "/v1/decisions", CASE, "Authorization", "Bearer wrong").statusCode());
    assertEquals(200, send(guarded, "POST", "/v1/decisions", CASE, "Authorization", "Bearer " + TOKEN).statusCode());
  }

  @Test
  void theAccessLogHoldsNoCaseContent() throws Exception {
    send(open, "POST", "/v1/decisions", CASE);
    String log = LOG.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains(" POST /v1/decisions 200 "), log);
    assertFalse(log.contains("SECRET-CASE"), log);
    assertFalse(log.contains("honesty"), log);
  }

  @Test
  void theBareOutcomeQueryWhyNotAndReceipts() throws Exception {
    String q = "{\"regime\":\"conduct_regulations_2020\",\"forum\":\"misconduct_meeting\",\"finding\":\"misconduct\","
        + "\"role\":\"police_officer\",\"rank\":\"constable\"}";
    JsonNode open = read(send(ConductServerTest.open, "POST", "/v1/outcomes", q).body());
    assertEquals("[\"final_written_warning\",\"written_warning\"]", open.get("available_outcomes").toString());
    assertFalse(open.get("explanation").isEmpty());
    JsonNode why = read(send(ConductServerTest.open, "POST", "/v1/why-not", "{\"query\":" + q
        + ",\"outcome\":\"dismissal_without_notice\"}").body());
    assertFalse(why.get("open").asBoolean());
    assertTrue(why.get("problems").get(0).get("citation").asText().startsWith("Police (Conduct) Regulations 2020"));
    HttpResponse<String> bad = send(ConductServerTest.open, "POST", "/v1/outcomes", "{\"regime\":\"2021\"}");
    assertEquals(400, bad.statusCode());
    assertTrue(read(bad.body()).get("detail").asText().startsWith("regime: "), bad.body());
    String receipt = io.github.policeconduct.json.Receipts.line(
        io.github.policeconduct.json.CaseJson.standard().read(CASE), ConductRules.decide(
            io.github.policeconduct.json.CaseJson.standard().read(CASE)));
    HttpResponse<String> served = send(ConductServerTest.open, "POST", "/v1/decisions?receipts=true", CASE);
    assertEquals(receipt, served.body().strip(), "the service writes the receipt the library writes");
    HttpResponse<String> verified = send(ConductServerTest.open, "POST", "/v1/verify", receipt + "\n");
    assertEquals("true", verified.headers().firstValue("X-All-Same").orElse(""), verified.body());
    assertTrue(read(verified.body()).get("same").asBoolean());
  }
}

package io.github.policeconduct.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.json.DecisionJson;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service's answers against its own OpenAPI document (the schemas it serves at /openapi.json, which are the
 * published JSON Schemas), over real HTTP; and 10,000 generated cases posted by 8 concurrent clients answered exactly
 * as the library decides them one by one.
 */
class OpenApiConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static ConductServer server;
  private static JsonNode document;

  @BeforeAll
  static void start() throws Exception {
    server = ConductServer.start(new ConductServer.Options("127.0.0.1", 0, Optional.empty(), 64L * 1024 * 1024),
        new PrintStream(new ByteArrayOutputStream()));
    document = JSON.readTree(get("/openapi.json"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonSchema component(String name) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
        document.get("components").get("schemas").get(name),
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  @Test
  void everyDecisionAndReportTheServiceWritesIsValidAgainstItsOpenApiDocument() throws Exception {
    JsonSchema decision = component("decision");
    JsonSchema report = component("report");
    List<ConductCase> cases = Samples.list(Cases.any(), 20261130L, 300);
    StringBuilder body = new StringBuilder();
    for (ConductCase c : cases) {
      body.append(CaseJson.standard().write(c)).append('\n');
    }
    HttpResponse<String> r = post("/v1/decisions", body.toString());
    assertEquals(200, r.statusCode());
    int checked = 0;
    for (String line : r.body().lines().toList()) {
      Set<ValidationMessage> bad = decision.validate(JSON.readTree(line));
      assertTrue(bad.isEmpty(), () -> bad + "\n" + line);
      checked++;
    }
    assertEquals(cases.size(), checked);
    for (String q : List.of("by=standard&unit=allegations", "by=outcome&unit=cases&suppress_below=3",
        "by=forum&cross=finding&unit=individuals&suppress_below=5")) {
      HttpResponse<String> rep = post("/v1/reports?" + q, body.toString());
      JsonNode tree = JSON.readTree(rep.body());
      assertEquals(0, tree.get("input_problems").size());
      Set<ValidationMessage> bad = report.validate(tree.get("report"));
      assertTrue(bad.isEmpty(), () -> q + ": " + bad);
    }
  }

  @Test
  void everyDocumentAndEveryReasonForNoneIsValidAgainstItsOpenApiDocument() throws Exception {
    JsonSchema document = component("document");
    JsonSchema notWritten = component("document_not_written");
    List<ConductCase> cases = new java.util.ArrayList<>(Samples.list(Cases.any(), 20261201L, 200));
    // and the three cases of the README's document commands, which call for each document
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("..", "examples", "cases", "documents.jsonl"));
        CaseJson.Cursor cursor = CaseJson.standard().open(in, "documents.jsonl")) {
      cursor.forEachRemaining(r -> cases.add(r.get()));
    }
    StringBuilder body = new StringBuilder();
    for (ConductCase c : cases) {
      body.append(CaseJson.standard().write(c)).append('\n');
    }
    int written = 0;
    for (io.github.policeconduct.rules.DocumentKind kind : io.github.policeconduct.rules.DocumentKind.values()) {
      HttpResponse<String> r = post("/v1/documents/" + kind.code(), body.toString());
      assertEquals(200, r.statusCode(), r.body());
      List<String> lines = r.body().lines().toList();
      assertEquals(cases.size(), lines.size());
      for (int i = 0; i < lines.size(); i++) {
        JsonNode line = JSON.readTree(lines.get(i));
        assertEquals(cases.get(i).id(), line.get("case").asText(), "in input order");
        boolean isDocument = !line.has("not_written");
        Set<ValidationMessage> bad = (isDocument ? document : notWritten).validate(line);
        String shown = lines.get(i);
        assertTrue(bad.isEmpty(), () -> bad + "\n" + shown);
        assertEquals(io.github.policeconduct.rules.Documents.write(kind, cases.get(i),
            io.github.policeconduct.rules.ConductRules.latestDate(cases.get(i))).isWritten(), isDocument, shown);
        written += isDocument ? 1 : 0;
      }
    }
    assertTrue(written >= 6, "documents written: " + written);
  }

  @Test
  void tenThousandCasesFromEightConcurrentClientsAreDecidedAsTheLibraryDecidesThem() throws Exception {
    List<ConductCase> cases = Samples.list(Cases.any(), 20261201L, 10_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int from = 0; from < cases.size(); from += 250) {
        List<ConductCase> batch = cases.subList(from, Math.min(cases.size(), from + 250));
        answers.add(pool.submit(() -> {
          StringBuilder b = new StringBuilder();
          for (ConductCase c : batch) {
            b.append(CaseJson.standard().write(c)).append('\n');
          }
          return post("/v1/decisions", b.toString()).body().lines().toList();
        }));
      }
      int i = 0;
      for (Future<List<String>> f : answers) {
        for (String line : f.get()) {
          assertEquals(DecisionJson.line(ConductRules.decide(cases.get(i))), line, "case " + i);
          i++;
        }
      }
      assertEquals(cases.size(), i);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLargeBatchIsAnsweredWholeWithProblemsInPlace() throws Exception {
    List<ConductCase> cases = Samples.list(Cases.any(), 20261202L, 3_000);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < cases.size(); i++) {
      body.append(i == 1_500 ? "{\"id\":\"BAD\"}" : CaseJson.standard().write(cases.get(i))).append('\n');
    }
    HttpResponse<String> r = post("/v1/decisions", body.toString());
    assertEquals(422, r.statusCode(), "spooled past 1 MiB, the answer still has its exact status");
    List<String> lines = r.body().lines().toList();
    assertEquals(cases.size(), lines.size());
    assertTrue(lines.get(1_500).startsWith("{\"problem\":"), lines.get(1_500));
    assertEquals(DecisionJson.line(ConductRules.decide(cases.get(2_999))), lines.get(2_999));
  }
}

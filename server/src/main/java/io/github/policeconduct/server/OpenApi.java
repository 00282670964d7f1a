package io.github.policeconduct.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.rules.ConductRules;

/**
 * The OpenAPI 3.1 document of the service, built once from the published JSON Schemas (the json module's
 * {@code case}, {@code decision}, {@code report} and {@code problem} schemas, read from its jar: never a second copy)
 * and the routes of {@link ConductServer}.
 */
final class OpenApi {
  private OpenApi() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOCUMENT = build();

  static String document() {
    return DOCUMENT;
  }

  private static JsonNode schema(String name) {
    try (InputStream in = CaseJson.class.getResourceAsStream(name + ".schema.json")) {
      ObjectNode s = (ObjectNode) JSON.readTree(in);
      s.remove("$schema");
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String build() {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("openapi", "3.1.0");
    doc.putObject("info").put("title", "police-conduct").put("version", ConductRules.libraryVersion())
        .put("description", "The police misconduct rules of England and Wales over HTTP (conduct serve). Cases are "
            + "posted as one JSON object, an array, or JSON Lines (docs/contract.md); answers are JSON Lines, one per "
            + "case in input order, a case that cannot be read answered by {\"problem\": ...} in its place (status 422"
            + " when any is). The service keeps no case data.");
    ObjectNode components = doc.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    schemas.set("case", schema("case"));
    schemas.set("decision", schema("decision"));
    schemas.set("report", schema("report"));
    schemas.set("problem", schema("problem"));
    schemas.set("document", schema("document"));
    schemas.set("document_not_written", JSON.createObjectNode().put("type", "object")
        .put("description", "No such document for this case: why (not_required: the law calls for none; not_modelled: "
            + "the library does not write it), with the rule and its citation.")
        .put("additionalProperties", false)
        .set("required", strings("document", "case", "as_at", "not_written")));
    ObjectNode notWritten = (ObjectNode) schemas.get("document_not_written");
    ObjectNode notWrittenProps = notWritten.putObject("properties");
    notWrittenProps.putObject("document").put("type", "string").set("enum", strings("outcome_notice", "barred_list_report", "advisory_list_report"));
    notWrittenProps.putObject("case").put("type", "string");
    notWrittenProps.putObject("as_at").put("type", "string").put("format", "date");
    ObjectNode why = notWrittenProps.putObject("not_written").put("type", "object").put("additionalProperties", false);
    why.set("required", strings("reason", "because", "rule", "citation"));
    ObjectNode whyProps = why.putObject("properties");
    whyProps.putObject("reason").put("type", "string").set("enum", strings("not_required", "not_modelled"));
    whyProps.putObject("because").put("type", "string");
    whyProps.putObject("rule").put("type", "string");
    whyProps.putObject("citation").put("type", "string");
    schemas.set("input_problem", JSON.createObjectNode().put("type", "object")
        .put("description", "A case that could not be read: where (source, line, JSON path), the value and why.")
        .set("properties", JSON.createObjectNode()
            .set("problem", JSON.createObjectNode().put("type", "object").set("required", strings("source", "line",
                "path", "value", "reason", "message")))));
    schemas.set("http_problem", JSON.createObjectNode().put("type", "object")
        .put("description", "An error answer (RFC 9457 style): status, title, detail and the request id.")
        .set("required", strings("status", "title", "detail", "request_id")));
    components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
    ObjectNode paths = doc.putObject("paths");
    casesIn(paths, "/v1/decisions", "Decide each case (with receipts=true, each decision as a receipt: library "
        + "version, rulebook digest, as-at date, SHA-256 of the case, the case and the decision; see /v1/verify)",
        "#/components/schemas/decision");
    ((ArrayNode) paths.get("/v1/decisions").get("post").get("parameters")).addObject().put("name", "receipts")
        .put("in", "query").set("schema", JSON.createObjectNode().put("type", "boolean"));
    casesIn(paths, "/v1/timetable", "Each case's timetable and next steps", null);
    casesIn(paths, "/v1/validate", "Each case's problems for a statistical return", null);
    casesIn(paths, "/v1/documents/{kind}", "The document each case calls for (the outcome notice, or the report to the "
        + "College of Policing for the Barred or Advisory List), with personal fields left blank; or why none is written",
        null);
    ObjectNode documents = (ObjectNode) paths.get("/v1/documents/{kind}").get("post");
    ((ArrayNode) documents.get("parameters")).addObject().put("name", "kind").put("in", "path").put("required", true)
        .set("schema", JSON.createObjectNode().put("type", "string")
            .set("enum", strings("outcome_notice", "barred_list_report", "advisory_list_report")));
    ObjectNode line = (ObjectNode) documents.get("responses").get("200").get("content").get("application/x-ndjson").get("schema");
    line.removeAll();
    line.putArray("oneOf").add(JSON.createObjectNode().put("$ref", "#/components/schemas/document"))
        .add(JSON.createObjectNode().put("$ref", "#/components/schemas/document_not_written"));
    ((ObjectNode) documents.get("responses")).set("404", response("application/problem+json", "#/components/schemas/http_problem"));
    ObjectNode reports = paths.putObject("/v1/reports").putObject("post");
    reports.put("summary", "A report over the posted cases (the options of conduct report)");
    ArrayNode rp = reports.putArray("parameters");
    for (String p : new String[] {"by", "cross", "unit", "suppress_below", "year", "financial_year"}) {
      rp.addObject().put("name", p).put("in", "query").set("schema", JSON.createObjectNode().put("type", "string"));
    }
    body(reports);
    ObjectNode answer = JSON.createObjectNode().put("type", "object");
    answer.set("required", strings("report", "input_problems"));
    ObjectNode props = answer.putObject("properties");
    props.putObject("report").put("$ref", "#/components/schemas/report");
    props.putObject("input_problems").put("type", "array").put("description", "The cases that could not be read"
        + " (not counted), each as input_problem's problem object");
    schemas.set("report_answer", answer);
    ObjectNode ok = JSON.createObjectNode().put("description", "The report over the cases read (422 when some could"
        + " not be read: they are listed, and not counted)");
    ok.putObject("content").putObject("application/json").putObject("schema")
        .put("$ref", "#/components/schemas/report_answer");
    ObjectNode rr = reports.putObject("responses");
    rr.set("200", ok);
    rr.set("422", ok);
    for (String[] q : new String[][] {{"/v1/outcomes", "The outcomes open on a finding (the bare query: regime, forum,"
        + " finding, role, rank, final_written_warning_in_force, unconnected_incidents, reduced_in_rank_before,"
        + " former_officer)"}, {"/v1/why-not", "Why an outcome is not open: {\"query\": {...}, \"outcome\": ...}"},
        {"/v1/verify", "Receipts (JSON Lines, as conduct evaluate --receipts writes them) decided again: per receipt"
            + " same, or what changed; header X-All-Same"}}) {
      ObjectNode op = paths.putObject(q[0]).putObject("post");
      op.put("summary", q[1]);
      op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
          .putObject("schema").put("type", "object");
      ObjectNode responses = op.putObject("responses");
      responses.putObject("200").put("description", "The answer (JSON, or JSON Lines for /v1/verify)");
      responses.set("400", response("application/problem+json", "#/components/schemas/http_problem"));
    }
    ObjectNode rules = paths.putObject("/v1/rules").putObject("get");
    rules.put("summary", "The rulebook in force on as_at, or the rules that changed since changes_since");
    ArrayNode rq = rules.putArray("parameters");
    rq.addObject().put("name", "as_at").put("in", "query").set("schema", date());
    rq.addObject().put("name", "changes_since").put("in", "query").set("schema", date());
    rules.putObject("responses").putObject("200").put("description", "The rules, with their citations");
    paths.putObject("/v1/version").putObject("get").put("summary", "Library version, rulebook digest, Java version")
        .putObject("responses").putObject("200").put("description", "The versions");
    paths.putObject("/health").putObject("get").put("summary", "Whether the service is up (no token needed)")
        .putObject("responses").putObject("200").put("description", "{\"status\": \"ok\"}");
    paths.putObject("/openapi.json").putObject("get").put("summary", "This document")
        .putObject("responses").putObject("200").put("description", "OpenAPI 3.1");
    doc.putArray("security").addObject().putArray("bearer");
    try {
      return JSON.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void casesIn(ObjectNode paths, String path, String summary, String itemSchema) {
    ObjectNode op = paths.putObject(path).putObject("post");
    op.put("summary", summary);
    op.putArray("parameters").addObject().put("name", "as_at").put("in", "query")
        .put("description", "Decide as at this day; default: the latest date each case records").set("schema", date());
    body(op);
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put("description", "One line of JSON per case (JSON Lines), in input order");
    ObjectNode schema = ok.putObject("content").putObject("application/x-ndjson").putObject("schema");
    if (itemSchema != null) {
      schema.put("$ref", itemSchema);
    } else {
      schema.put("type", "object");
    }
    responses.putObject("422").put("description", "Some case could not be read: its line is {\"problem\": ...} "
        + "(#/components/schemas/input_problem), every other case still answered");
    responses.set("400", response("application/problem+json", "#/components/schemas/http_problem"));
    responses.set("413", response("application/problem+json", "#/components/schemas/http_problem"));
  }

  private static void body(ObjectNode op) {
    ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
    content.putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/case");
    content.putObject("application/x-ndjson").putObject("schema").put("$ref", "#/components/schemas/case");
  }

  private static ObjectNode response(String type, String ref) {
    ObjectNode r = JSON.createObjectNode().put("description", "See the schema");
    r.putObject("content").putObject(type).putObject("schema").put("$ref", ref);
    return r;
  }

  private static ObjectNode date() {
    return JSON.createObjectNode().put("type", "string").put("format", "date");
  }

  private static ArrayNode strings(String... values) {
    ArrayNode a = JSON.createArrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }
}

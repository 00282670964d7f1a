package io.github.policeconduct.server;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.json.DecisionJson;
import io.github.policeconduct.json.DocumentJson;
import io.github.policeconduct.json.Receipts;
import io.github.policeconduct.json.ReportJson;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.DocumentKind;
import io.github.policeconduct.rules.DocumentResult;
import io.github.policeconduct.rules.Documents;
import io.github.policeconduct.rules.OutcomeQuery;
import io.github.policeconduct.rules.Problem;
import io.github.policeconduct.rules.Ruling;
import io.github.policeconduct.rules.Step;
import io.github.policeconduct.rules.QualityIssue;
import io.github.policeconduct.rules.Rule;
import io.github.policeconduct.rules.TimetableStep;
import io.github.policeconduct.statistics.Dimension;
import io.github.policeconduct.statistics.FinancialYear;
import io.github.policeconduct.statistics.Selection;
import io.github.policeconduct.statistics.Tabulator;
import io.github.policeconduct.statistics.Unit;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The rules over HTTP ({@code conduct serve}, issue 19): Javalin 7 on Jetty 12, JSON in and out in the formats of
 * {@code docs/contract.md}. Cases are posted as one object, an array, or JSON Lines; each is answered in input order
 * as one line of JSON Lines; a case that cannot be read is answered, in its place, by its problem (the JSON path,
 * line, value and reason the command line reports), and the others are still decided. The service keeps no case
 * data and its access log never holds case content: a request id, the method, the path, the status and the time.
 *
 * <p>Thread-safe once started; {@link #close()} stops it.
 */
public final class ConductServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REQUEST_ID = "X-Request-Id";
  private static final String JSON_LINES = "application/x-ndjson";

  /**
   * How to run the server.
   *
   * @param bind the address to listen on (loopback by default)
   * @param port the port (0: any free one)
   * @param token the bearer token every request but {@code /health} must carry, if any
   * @param maxBodyBytes the largest request body accepted (413 beyond it)
   * @param tls the keystore to serve HTTPS from, if any (plain HTTP otherwise)
   */
  public record Options(String bind, int port, Optional<String> token, long maxBodyBytes, Optional<Tls> tls) {
    /** Plain HTTP. */
    public Options(String bind, int port, Optional<String> token, long maxBodyBytes) {
      this(bind, port, token, maxBodyBytes, Optional.empty());
    }

    /** Checks the components. */
    public Options {
      Objects.requireNonNull(bind, "bind");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(tls, "tls");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535 (value: " + port + ")");
      }
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1 (value: " + maxBodyBytes + ")");
      }
    }
  }

  /**
   * HTTPS from a keystore (PKCS12 or JKS) holding the server's key and certificate.
   *
   * @param keystore the keystore file
   * @param password its password
   */
  public record Tls(java.nio.file.Path keystore, String password) {
    /** Checks the components. */
    public Tls {
      Objects.requireNonNull(keystore, "keystore");
      Objects.requireNonNull(password, "password");
    }
  }

  /** How long a connection may sit idle (a request that stops sending, a client that stops reading). */
  static final long IDLE_TIMEOUT_MS = 30_000;

  private final Javalin app;
  private final Options options;
  private final PrintStream accessLog;
  private final AtomicLong requests = new AtomicLong();
  private final String idPrefix;

  private ConductServer(Options options, PrintStream accessLog) {
    this.options = options;
    this.accessLog = accessLog;
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    this.idPrefix = HexFormat.of().formatHex(random);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.addConnector((server, http) -> {
        org.eclipse.jetty.server.ServerConnector c;
        if (options.tls().isPresent()) {
          org.eclipse.jetty.util.ssl.SslContextFactory.Server ssl = new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
          ssl.setKeyStorePath(options.tls().get().keystore().toString());
          ssl.setKeyStorePassword(options.tls().get().password());
          // a certificate for a name is still served to a client that connects by address (loopback tests)
          http.addCustomizer(new org.eclipse.jetty.server.SecureRequestCustomizer(false));
          c = new org.eclipse.jetty.server.ServerConnector(server, ssl,
              new org.eclipse.jetty.server.HttpConnectionFactory(http));
        } else {
          c = new org.eclipse.jetty.server.ServerConnector(server, new org.eclipse.jetty.server.HttpConnectionFactory(http));
        }
        c.setHost(options.bind());
        c.setPort(options.port());
        c.setIdleTimeout(IDLE_TIMEOUT_MS);
        return c;
      });
      config.http.maxRequestSize = options.maxBodyBytes();
      config.http.prefer405over404 = true;
      // no response compression: on loopback and small answers it costs more CPU than it saves (ServeLoad), and a
      // client that wants it can sit behind a proxy that does it
      config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
      config.routes.before(this::before);
      config.routes.after(this::after);
      config.routes.get("/health", ctx -> json(ctx, 200, JSON.createObjectNode().put("status", "ok")));
      config.routes.get("/v1/version", this::version);
      config.routes.get("/v1/rules", this::rules);
      config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
      config.routes.post("/v1/decisions", ctx -> {
        boolean receipts = "true".equals(ctx.queryParam("receipts"));
        perCase(ctx, (c, asAt) -> List.of(receipts ? Receipts.line(c, decide(c, asAt))
            : DecisionJson.line(decide(c, asAt))));
      });
      config.routes.post("/v1/timetable", ctx -> perCase(ctx, (c, asAt) -> List.of(timetable(decide(c, asAt)))));
      config.routes.post("/v1/validate", ctx -> perCase(ctx, this::validate));
      config.routes.post("/v1/documents/{kind}", ctx -> {
        DocumentKind kind;
        try {
          kind = DocumentKind.parse(ctx.pathParam("kind"));
        } catch (IllegalArgumentException e) {
          problem(ctx, 404, "not found", "no document " + shown(ctx.pathParam("kind"))
              + "; the documents are outcome_notice, barred_list_report and advisory_list_report");
          ctx.attribute(ANSWERED, Boolean.TRUE);
          return;
        }
        perCase(ctx, (c, asAt) -> List.of(document(kind, c, asAt)));
      });
      config.routes.post("/v1/reports", this::report);
      config.routes.post("/v1/outcomes", this::outcomes);
      config.routes.post("/v1/why-not", this::whyNot);
      config.routes.post("/v1/verify", this::verify);
      config.routes.error(404, ctx -> {
        if (ctx.attribute(ANSWERED) == null) { // a route's own 404 (an unknown document) has said what is missing
          problem(ctx, 404, "not found", "no route for " + ctx.method() + " " + shown(ctx.path()));
        }
      });
      config.routes.error(405, ctx -> problem(ctx, 405, "method not allowed", ctx.method() + " is not allowed on "
          + shown(ctx.path())));
      config.routes.exception(BodyTooLarge.class, (e, ctx) -> problem(ctx, 413, "request body too large",
          "the body is over the limit of " + options.maxBodyBytes() + " bytes"));
      config.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, 400, "bad request", e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "internal error",
          "the request could not be answered; quote request id " + ctx.header(REQUEST_ID) + " when reporting it"));
    });
  }

  /**
   * Starts a server.
   *
   * @param options how to run it
   * @param accessLog where each request is logged (never its content)
   * @return the running server
   */
  public static ConductServer start(Options options, PrintStream accessLog) {
    ConductServer s = new ConductServer(options, accessLog);
    s.app.start();
    return s;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops it. */
  @Override
  public void close() {
    app.stop();
  }

  // ---- every request ----------------------------------------------------------------------------------

  private void before(Context ctx) {
    String id = idPrefix + "-" + requests.incrementAndGet();
    ctx.header(REQUEST_ID, id);
    ctx.attribute("started", System.nanoTime());
    String length = ctx.header("Content-Length");
    if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
        && Long.parseLong(length) > options.maxBodyBytes()) {
      throw new BodyTooLarge();
    }
    if (options.token().isPresent() && !ctx.path().equals("/health")) {
      String given = Optional.ofNullable(ctx.header("Authorization")).filter(h -> h.startsWith("Bearer "))
          .map(h -> h.substring("Bearer ".length())).orElse("");
      // constant-time: the comparison takes as long whichever byte differs
      if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
          options.token().get().getBytes(StandardCharsets.UTF_8))) {
        ctx.header("WWW-Authenticate", "Bearer");
        problem(ctx, 401, "unauthorised", "this service needs 'Authorization: Bearer <token>'");
        ctx.skipRemainingHandlers();
      }
    }
  }

  private void after(Context ctx) {
    Long started = ctx.attribute("started");
    long ms = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
    // the access log: never the body, never the query (which is only ever a date or a dimension, but still)
    accessLog.println(ctx.res().getHeader(REQUEST_ID) + " " + ctx.method() + " " + shown(ctx.path()) + " "
        + ctx.statusCode() + " " + ms + "ms");
  }

  // ---- the endpoints ----------------------------------------------------------------------------------

  private void version(Context ctx) throws JsonProcessingException {
    json(ctx, 200, JSON.createObjectNode().put("library_version", ConductRules.libraryVersion())
        .put("rulebook_digest", ConductRules.rulebookDigest())
        .put("java_version", System.getProperty("java.version")));
  }

  private void rules(Context ctx) throws JsonProcessingException {
    LocalDate asAt = date(ctx, "as_at").orElse(LocalDate.now(java.time.Clock.systemDefaultZone()));
    Optional<LocalDate> since = date(ctx, "changes_since");
    ArrayNode out = JSON.createArrayNode();
    for (Rule r : Rule.values()) {
      boolean inForce = r.isInForceOn(asAt);
      boolean changed = since.isPresent() && (r.inForceFrom().filter(f -> f.isAfter(since.get())
          && !f.isAfter(asAt)).isPresent() || r.inForceUntil().filter(u -> !u.isBefore(since.get())
          && u.isBefore(asAt)).isPresent());
      if (since.isPresent() ? !changed : !inForce) {
        continue;
      }
      ObjectNode o = out.addObject();
      o.put("id", r.id());
      o.put("capability", r.capability().name().toLowerCase(Locale.ROOT));
      o.put("in_force_from", r.inForceFrom().map(Object::toString).orElse(null));
      o.put("in_force_until", r.inForceUntil().map(Object::toString).orElse(null));
      o.put("in_force", inForce);
      ObjectNode cites = o.putObject("citations");
      for (Regime regime : r.regimes()) {
        cites.put(regime.code(), r.citation(Optional.of(regime), asAt).toString());
      }
      o.put("summary", r.summary());
    }
    ObjectNode body = JSON.createObjectNode().put("as_at", asAt.toString())
        .put("rulebook_digest", ConductRules.rulebookDigest());
    since.ifPresent(s -> body.put("changes_since", s.toString()));
    body.set("rules", out);
    json(ctx, 200, body);
  }

  private static Decision decide(ConductCase c, Optional<LocalDate> asAt) {
    return asAt.isPresent() ? ConductRules.decide(c, asAt.get()) : ConductRules.decide(c);
  }

  /** The document the law calls for in this case, or why none is written, as one JSON line. */
  private static String document(DocumentKind kind, ConductCase c, Optional<LocalDate> asAt) throws JsonProcessingException {
    DocumentResult r = Documents.write(kind, c, asAt.orElseGet(() -> ConductRules.latestDate(c)));
    if (r.document().isPresent()) {
      return DocumentJson.line(r.document().get());
    }
    DocumentResult.WhyNot why = r.whyNot().orElseThrow();
    ObjectNode o = JSON.createObjectNode().put("document", kind.code()).put("case", c.id())
        .put("as_at", r.decision().asAt().toString());
    o.putObject("not_written").put("reason", why.reason().code()).put("because", why.because()).put("rule", why.rule().id())
        .put("citation", why.citation().toString());
    return JSON.writeValueAsString(o);
  }

  private static String timetable(Decision d) throws JsonProcessingException {
    ObjectNode o = JSON.createObjectNode().put("case", d.caseId()).put("as_at", d.asAt().toString());
    ArrayNode next = o.putArray("next");
    for (TimetableStep s : d.next()) {
      next.addObject().put("step", s.step()).put("status", s.status().code()).put("due", s.due().toString())
          .put("from", s.from().code()).put("from_date", s.fromDate().toString())
          .put("citation", s.citation().toString()).put("description", s.description());
    }
    var full = JSON.readTree(DecisionJson.line(d));
    o.set("timetable", full.get("timetable"));
    o.put("state", d.state().code());
    return JSON.writeValueAsString(o);
  }

  private List<String> validate(ConductCase c, Optional<LocalDate> asAt) throws JsonProcessingException {
    LocalDate day = asAt.orElse(LocalDate.now(java.time.Clock.systemDefaultZone()));
    ObjectNode o = JSON.createObjectNode().put("case", c.id()).put("as_at", day.toString());
    ArrayNode problems = o.putArray("problems");
    for (QualityIssue i : ConductRules.qualityOf(c, day)) {
      problems.addObject().put("kind", i.kind().code()).put("field", i.field()).put("message", i.message())
          .put("citation", i.citation().map(Object::toString).orElse(null));
    }
    return List.of(JSON.writeValueAsString(o));
  }

  private void report(Context ctx) throws IOException {
    Dimension by = dimension(ctx, "by").orElse(Dimension.STANDARD);
    Optional<Dimension> cross = dimension(ctx, "cross");
    Unit unit;
    try {
      unit = Unit.parse(Optional.ofNullable(ctx.queryParam("unit")).orElse("allegations"));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("unit: " + e.getMessage());
    }
    if (by.isProtectedCharacteristic() || cross.filter(Dimension::isProtectedCharacteristic).isPresent()) {
      throw new BadRequest("protected characteristics are not counted over HTTP");
    }
    // the options of conduct report: --year finalised|proceedings and --financial-year
    boolean finalised = "finalised".equals(ctx.queryParam("year"));
    if (ctx.queryParam("year") != null && !finalised && !"proceedings".equals(ctx.queryParam("year"))) {
      throw new BadRequest("year: finalised or proceedings");
    }
    Selection selection = Selection.all();
    if (ctx.queryParam("financial_year") != null) {
      try {
        FinancialYear fy = FinancialYear.parse(ctx.queryParam("financial_year"));
        selection = Selection.financialYears(fy, fy);
      } catch (IllegalArgumentException e) {
        throw new BadRequest("financial_year: " + e.getMessage());
      }
    }
    if (finalised) {
      selection = selection.byFinalised();
      by = by == Dimension.YEAR ? Dimension.FINALISED_YEAR : by;
      cross = cross.map(c -> c == Dimension.YEAR ? Dimension.FINALISED_YEAR : c);
    }
    Tabulator t = cross.isPresent() ? Tabulator.crossing(by, cross.get(), unit, selection)
        : Tabulator.by(by, unit, selection);
    ArrayNode problems = JSON.createArrayNode();
    try (CaseJson.Cursor cursor = CaseJson.standard().open(limited(ctx), "request body")) {
      while (cursor.hasNext()) {
        CaseJson.Result r = cursor.next();
        if (r.isValid()) {
          t.accept(r.get());
        } else {
          problems.add(problem(r.error().get()));
        }
      }
    }
    Integer below = null;
    if (ctx.queryParam("suppress_below") != null) {
      try {
        below = Integer.parseInt(ctx.queryParam("suppress_below"));
      } catch (NumberFormatException e) {
        throw new BadRequest("suppress_below: not a whole number");
      }
      if (below < 2) {
        throw new BadRequest("suppress_below must be at least 2 (value: " + below + ")");
      }
    }
    ObjectNode body;
    if (cross.isPresent()) {
      var table = t.crossTable();
      body = ReportJson.tree(below == null ? table : table.suppressBelow(below));
    } else {
      var table = t.table();
      body = ReportJson.tree(below == null ? table : table.suppressBelow(below));
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.set("report", body);
    answer.set("input_problems", problems); // the cases that could not be read, and so are not counted
    json(ctx, problems.isEmpty() ? 200 : 422, answer);
  }

  /** The bare outcome query of a body: {"regime", "forum", "finding", "role", "rank", and four flags}. */
  private static OutcomeQuery query(JsonNode q) {
    if (q == null || !q.isObject()) {
      throw new BadRequest("the query must be a JSON object with regime, forum, finding and role");
    }
    Regime regime = code(q, "regime", Regime::parse);
    Forum forum = code(q, "forum", Forum::parse);
    Finding finding = code(q, "finding", Finding::parse);
    Role role = code(q, "role", Role::parse);
    OutcomeQuery.Builder b = OutcomeQuery.builder(regime, forum, finding, role);
    if (q.hasNonNull("rank")) {
      b.rank(code(q, "rank", Rank::parse));
    }
    b.finalWrittenWarningInForce(flag(q, "final_written_warning_in_force"));
    b.unconnectedIncidents(flag(q, "unconnected_incidents"));
    b.reducedInRankBefore(flag(q, "reduced_in_rank_before"));
    b.formerOfficer(flag(q, "former_officer"));
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  private static <T> T code(JsonNode q, String field, java.util.function.Function<String, T> parse) {
    JsonNode v = q.get(field);
    if (v == null || !v.isTextual()) {
      throw new BadRequest(field + ": required, a code (docs/contract.md)");
    }
    try {
      return parse.apply(v.asText());
    } catch (IllegalArgumentException e) {
      throw new BadRequest(field + ": " + e.getMessage());
    }
  }

  private static boolean flag(JsonNode q, String field) {
    JsonNode v = q.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw new BadRequest(field + ": true or false");
    }
    return v.asBoolean();
  }

  private static JsonNode body(Context ctx, InputStream in) throws IOException {
    try {
      return JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new BadRequest("the body is not JSON"); // never echo it: it may hold a case
    }
  }

  private void outcomes(Context ctx) throws IOException {
    OutcomeQuery q = query(body(ctx, limited(ctx)));
    Ruling<java.util.Set<Outcome>> r = ConductRules.explainOutcomes(q);
    ObjectNode o = JSON.createObjectNode();
    ArrayNode open = o.putArray("available_outcomes");
    if (r instanceof Ruling.Decided<java.util.Set<Outcome>> d) {
      d.decided().stream().map(Outcome::code).sorted().forEach(open::add);
    }
    ArrayNode steps = o.putArray("explanation");
    for (Step s : r.explanation().steps()) {
      steps.addObject().put("rule", s.ruleId()).put("citation", s.citation().toString()).put("because", s.because())
          .put("applied", s.applied());
    }
    json(ctx, 200, o);
  }

  private void whyNot(Context ctx) throws IOException {
    JsonNode b = body(ctx, limited(ctx));
    OutcomeQuery q = query(b == null ? null : b.get("query"));
    Outcome outcome = code(b, "outcome", Outcome::parse);
    List<Problem> problems = ConductRules.whyNot(q, outcome);
    ObjectNode o = JSON.createObjectNode().put("outcome", outcome.code()).put("open", problems.isEmpty());
    ArrayNode ps = o.putArray("problems");
    for (Problem p : problems) {
      ps.addObject().put("code", p.code()).put("message", p.message()).put("citation", p.citation().toString());
    }
    json(ctx, 200, o);
  }

  /** Receipts (JSON Lines) in; per receipt "same" or what changed ({@link Receipts#verify}). */
  private void verify(Context ctx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean allSame = true;
    long n = 0;
    try (java.io.BufferedReader r = new java.io.BufferedReader(
        new java.io.InputStreamReader(limited(ctx), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        ObjectNode o = JSON.createObjectNode();
        try {
          Receipts.Verification v = Receipts.verify(line, "request body line " + n);
          o.put("case", v.caseId()).put("same", v.same()).put("rulebook_changed", v.rulebookChanged());
          ArrayNode changes = o.putArray("changes");
          v.changes().forEach(changes::add);
          allSame &= v.same();
        } catch (CaseFormatException e) {
          o.set("problem", problem(e));
          allSame = false;
        }
        out.write(JSON.writeValueAsBytes(o));
        out.write('\n');
      }
    }
    if (n == 0) {
      throw new BadRequest("the body holds no receipt (conduct evaluate --receipts writes them)");
    }
    ctx.status(200).contentType(JSON_LINES).header("X-All-Same", Boolean.toString(allSame)).result(out.toByteArray());
  }

  // ---- cases in, JSON Lines out -------------------------------------------------------------------------

  /** What one endpoint answers for one case: its lines. */
  private interface PerCase {
    List<String> answer(ConductCase c, Optional<LocalDate> asAt) throws IOException;
  }

  /**
   * The answers held in memory: past this many bytes they are spooled to a temporary file (deleted once the answer
   * is sent), so that a batch of any size is answered in bounded memory. The answer is sent only once the whole
   * body has been read: a server that answered while its client was still sending could deadlock with a client that
   * reads nothing until it has sent everything (Java's HttpClient, among others).
   */
  static final int HELD = 1 << 20;

  private void perCase(Context ctx, PerCase answer) throws IOException {
    Optional<LocalDate> asAt = date(ctx, "as_at");
    ByteArrayOutputStream held = new ByteArrayOutputStream();
    java.nio.file.Path spool = null;
    java.io.OutputStream to = held;
    boolean anyBad = false;
    long cases = 0;
    try {
      try (CaseJson.Cursor cursor = CaseJson.standard().open(limited(ctx), "request body")) {
        while (cursor.hasNext()) {
          CaseJson.Result r = cursor.next();
          cases++;
          List<String> lines;
          if (r.isValid()) {
            lines = answer.answer(r.get(), asAt);
          } else {
            anyBad = true;
            lines = List.of(JSON.writeValueAsString(JSON.createObjectNode().set("problem", problem(r.error().get()))));
          }
          for (String l : lines) {
            to.write(l.getBytes(StandardCharsets.UTF_8));
            to.write('\n');
          }
          if (spool == null && held.size() > HELD) {
            spool = java.nio.file.Files.createTempFile("conduct-serve-", ".jsonl");
            to = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(spool), 1 << 16);
            held.writeTo(to);
            held = null;
          }
        }
      } finally {
        if (spool != null) {
          to.close();
        }
      }
      if (cases == 0) {
        throw new BadRequest("the body holds no case (one JSON object, an array, or JSON Lines)");
      }
      ctx.status(anyBad ? 422 : 200).contentType(JSON_LINES);
      if (spool == null) {
        ctx.result(held.toByteArray());
      } else {
        try (InputStream in = java.nio.file.Files.newInputStream(spool)) {
          in.transferTo(ctx.outputStream());
        }
      }
    } finally {
      if (spool != null) {
        java.nio.file.Files.deleteIfExists(spool);
      }
    }
  }

  /** The request body, refused (413) past the limit even when no length was declared. */
  private InputStream limited(Context ctx) {
    long max = options.maxBodyBytes();
    return new FilterInputStream(ctx.bodyInputStream()) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++read > max) {
          throw new BodyTooLarge();
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0 && (read += n) > max) {
          throw new BodyTooLarge();
        }
        return n;
      }
    };
  }

  private static ObjectNode problem(CaseFormatException e) {
    ObjectNode p = JSON.createObjectNode();
    p.put("source", e.source());
    if (e.line().isPresent()) {
      p.put("line", e.line().getAsLong());
    } else {
      p.putNull("line");
    }
    p.put("path", e.path().orElse(null));
    p.put("value", e.value().orElse(null));
    p.put("reason", e.reason());
    p.put("message", e.getMessage());
    return p;
  }

  // ---- helpers ------------------------------------------------------------------------------------------

  private static Optional<LocalDate> date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + ": '" + shown(v) + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static Optional<Dimension> dimension(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Dimension.parse(v));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(name + ": " + e.getMessage());
    }
  }

  private static void json(Context ctx, int status, ObjectNode body) throws JsonProcessingException {
    ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
  }

  /** Set on a request whose route answered it with its own problem, which the error handlers then leave alone. */
  private static final String ANSWERED = "police-conduct.answered";

  private static void problem(Context ctx, int status, String title, String detail) {
    ObjectNode p = JSON.createObjectNode().put("status", status).put("title", title).put("detail", detail)
        .put("request_id", ctx.res().getHeader(REQUEST_ID));
    try {
      ctx.status(HttpStatus.forStatus(status)).contentType("application/problem+json").result(JSON.writeValueAsString(p));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A value for a message: at most 80 characters, control characters escaped. */
  static String shown(String v) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length() && b.length() < 80; i++) {
      char c = v.charAt(i);
      b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : c);
    }
    return v.length() > 80 ? b + "…" : b.toString();
  }

  /** The body is over the limit. */
  static final class BodyTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super(null, null, false, false);
    }
  }

  /** A request the client must correct. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }
  }
}

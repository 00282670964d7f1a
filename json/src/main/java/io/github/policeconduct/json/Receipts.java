package io.github.policeconduct.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;

/**
 * Receipts: a decision with its provenance, so that what answered can be checked later (issue 19, item 4). A
 * receipt is one line of JSON, {@code {"receipt": {"library_version", "rulebook_digest", "as_at", "case_sha256"},
 * "case": {...}, "decision": {...}}}: the library version and rulebook digest that decided ({@link
 * ConductRules#libraryVersion()}, {@link ConductRules#rulebookDigest()}), the as-at date, the SHA-256 of the case in
 * canonical JSON ({@link CaseJson#write}: canonical codes, keys in the format's order), the case itself and the
 * decision in the published format. {@link #verify} decides the case again with the rulebook of the library it runs
 * in and says, field by field, what changed: what a force runs after upgrading the library.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class Receipts {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Receipts() {}

  /**
   * The outcome of verifying one receipt.
   *
   * @param caseId the case's id, as the receipt gives it
   * @param same true when deciding the case again gives the same answer on every field compared
   * @param changes what changed, one line per field (empty when {@code same}), e.g.
   *     {@code available_outcomes: ["written_warning"] -> ["final_written_warning","written_warning"]}
   * @param rulebookChanged true when the rulebook digest differs from the receipt's (the rules changed, whether or
   *     not this case's answer did)
   * @since 0.2.0
   */
  public record Verification(String caseId, boolean same, List<String> changes, boolean rulebookChanged) {
    /**
     * Checks and copies the components.
     *
     * @since 0.2.0
     */
    public Verification {
      Objects.requireNonNull(caseId, "caseId");
      changes = List.copyOf(changes);
    }
  }

  /**
   * The receipt of {@code decision} of {@code conductCase}, as one line of JSON (no line break).
   *
   * @param conductCase the case decided
   * @param decision its decision
   * @return the receipt
   * @since 0.2.0
   */
  public static String line(ConductCase conductCase, Decision decision) {
    String canonical = CaseJson.standard().write(conductCase);
    ObjectNode o = MAPPER.createObjectNode();
    ObjectNode r = o.putObject("receipt");
    r.put("library_version", ConductRules.libraryVersion());
    r.put("rulebook_digest", ConductRules.rulebookDigest());
    r.put("as_at", decision.asAt().toString());
    r.put("case_sha256", sha256(canonical));
    try {
      o.set("case", MAPPER.readTree(canonical));
      o.set("decision", MAPPER.readTree(DecisionJson.line(decision)));
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a receipt built in memory", e);
    }
  }

  /**
   * Decides the receipt's case again, as at the receipt's date, with this library's rulebook, and compares: the
   * Regulations, whether in scope, the forum, the outcomes open, the outcome and whether it stands, the warning's
   * expiry, the consequences and their due dates, the timetable's steps, due dates and statuses, the errors, and the
   * rules applied. A case whose canonical JSON no longer has the receipt's SHA-256 has been changed since: that is a
   * change too.
   *
   * @param receipt one line written by {@link #line}
   * @param source where it came from, for messages
   * @return what changed
   * @throws CaseFormatException when the line is not a receipt or its case cannot be read
   * @since 0.2.0
   */
  public static Verification verify(String receipt, String source) {
    JsonNode o;
    try {
      o = MAPPER.readTree(receipt);
    } catch (IOException e) {
      // Jackson's message can quote the text; a receipt holds a case about a person, so it is not repeated
      throw new CaseFormatException(source, 0, "", "", "not a receipt: not JSON");
    }
    JsonNode r = o == null ? null : o.get("receipt");
    if (r == null || !o.has("case") || !o.has("decision") || !r.hasNonNull("as_at")) {
      throw new CaseFormatException(source, 0, "receipt", "", "not a receipt: it needs receipt.as_at, case and"
          + " decision");
    }
    ConductCase c = CaseJson.standard().read(o.get("case").toString(), source);
    List<String> changes = new ArrayList<>();
    String hash = sha256(CaseJson.standard().write(c));
    if (!hash.equals(r.path("case_sha256").asText())) {
      changes.add("case_sha256: the case is not the one the receipt was written for (" + r.path("case_sha256").asText()
          + " -> " + hash + ")");
    }
    LocalDate asAt;
    try {
      asAt = LocalDate.parse(r.get("as_at").asText());
    } catch (java.time.DateTimeException e) {
      throw new CaseFormatException(source, 0, "receipt.as_at", r.get("as_at").asText(), "not a date (YYYY-MM-DD)");
    }
    JsonNode was = o.get("decision");
    JsonNode now;
    try {
      now = MAPPER.readTree(DecisionJson.line(ConductRules.decide(c, asAt)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    for (String field : List.of("regime", "in_scope", "former_officer_condition", "forum", "available_outcomes",
        "outcome", "warning_expires", "state")) {
      compare(changes, field, was.get(field), now.get(field));
    }
    compare(changes, "consequences", project(was.get("consequences"), "kind", "due_by"),
        project(now.get("consequences"), "kind", "due_by"));
    compare(changes, "timetable", project(was.get("timetable"), "step", "due", "status"),
        project(now.get("timetable"), "step", "due", "status"));
    compare(changes, "errors", project(was.get("errors"), "code"), project(now.get("errors"), "code"));
    compare(changes, "rules applied", applied(was.get("explanation")), applied(now.get("explanation")));
    boolean rulebookChanged = !ConductRules.rulebookDigest().equals(r.path("rulebook_digest").asText());
    return new Verification(c.id(), changes.isEmpty(), changes, rulebookChanged);
  }

  private static void compare(List<String> changes, String field, JsonNode was, JsonNode now) {
    if (!Objects.equals(was, now)) {
      changes.add(field + ": " + was + " -> " + now);
    }
  }

  /** Each item of an array reduced to the named fields. */
  private static JsonNode project(JsonNode array, String... fields) {
    var out = MAPPER.createArrayNode();
    if (array != null) {
      for (JsonNode item : array) {
        ObjectNode p = out.addObject();
        for (String f : fields) {
          p.set(f, item.get(f));
        }
      }
    }
    return out;
  }

  /** The ids of the rules applied, in order. */
  private static JsonNode applied(JsonNode explanation) {
    var out = MAPPER.createArrayNode();
    if (explanation != null) {
      for (JsonNode step : explanation) {
        if (step.path("applied").asBoolean()) {
          out.add(step.get("rule"));
        }
      }
    }
    return out;
  }

  /** SHA-256 of the text's UTF-8, as {@code sha256:} and 64 hexadecimal digits. */
  static String sha256(String text) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

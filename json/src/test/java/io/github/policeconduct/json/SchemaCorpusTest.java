package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.GOOD;
import static io.github.policeconduct.json.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

/**
 * The case schema says what the reader does: a corpus of valid and invalid cases, each run through the schema
 * (networknt, draft 2020-12, format assertion on) and through {@code CaseJson.standard().read}, which must agree,
 * except for the cases listed in {@link #NOT_EXPRESSIBLE}: rules of the reader that JSON Schema cannot state, each
 * documented in docs/contract.md. Those must disagree in the one expected way (the schema accepts, the reader
 * refuses), so that the list cannot outlive the reason for it.
 */
class SchemaCorpusTest {
  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
      SchemaCorpusTest.class.getResourceAsStream("case.schema.json"),
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  /** A JSON parser as other languages have: one document, and a key given twice is the last one's (Python, JS). */
  private static final ObjectMapper DOCUMENT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The corpus entries the schema accepts and the reader refuses, each with why the schema cannot say it. */
  static final Map<String, String> NOT_EXPRESSIBLE = Map.ofEntries(
      Map.entry("duplicate key", "JSON Schema sees the parsed object, in which a key given twice is already one key"),
      Map.entry("duplicate nested key", "JSON Schema sees the parsed object, in which a key given twice is already one key"),
      Map.entry("conduct_date after came_to_attention", "a comparison of two fields"),
      Map.entry("left before joined", "a comparison of two fields"),
      Map.entry("duplicate allegation ids", "uniqueness of one field across the items of an array"),
      Map.entry("finding names no allegation", "a reference from one array to another"),
      Map.entry("two findings on one allegation", "uniqueness of one field across the items of an array"),
      Map.entry("months written 24.0", "JSON Schema's data model has numbers, not their spelling: 24.0 is the"
          + " integer 24 to it, while the reader takes a whole number only as written without a fraction or exponent"),
      Map.entry("months written 1e1", "JSON Schema's data model has numbers, not their spelling (1e1 is the integer 10)"),
      Map.entry("final_written_warning_months written 18.0", "JSON Schema's data model has numbers, not their spelling"),
      Map.entry("case over 1 MiB", "a limit on the size of the text in bytes, not on any value in it"),
      Map.entry("proceedings before came_to_attention", "a comparison of two fields"),
      Map.entry("proceedings before severity assessed", "a comparison of two fields"),
      Map.entry("warning notified after proceedings", "a comparison of two fields"),
      Map.entry("event before attention", "a comparison of two fields"),
      Map.entry("event of no allegation of the case", "a reference from one array to another"),
      Map.entry("lone surrogate in an id", "JSON Schema's strings are strings of code points, and an escaped lone"
          + " surrogate is one to it; it is no character, and written out would become '?'"),
      Map.entry("summary of 5,001 astral characters", "maxLength counts characters (code points); the reader's limit"
          + " counts UTF-16 units, two for a character outside the Basic Multilingual Plane"));

  static Map<String, String> corpus() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("good", GOOD);
    c.put("contract example", Fixtures.contractExample());
    Fixtures.scenarioCases().forEach((name, text) -> c.put("scenario " + name, text));
    // Vocabulary: codes, aliases, letter case and spacing (the reader's Codes.normalise), and near misses.
    for (String role : List.of("\"officer\"", "\"Police Officer\"", "\"POLICE-OFFICER\"", "\"constable or above\"")) {
      c.put("role " + role, variant("subject.role", role));
    }
    for (String role : List.of("\"pcso\"", "\"PCSO\"", "\"csv\"", "\"psv\"", "\"Police Staff\"", "\"special\"",
        "\"police community support officer\"")) {
      c.put("role without rank " + role, variant(variant("subject.role", role), "subject.rank", null));
    }
    c.put("role alias without rank \"officer\"", variant(variant("subject.role", "\"officer\""), "subject.rank", null));
    c.put("role alias with null rank \"Police Officer\"", variant(variant("subject.role", "\"Police Officer\""),
        "subject.rank", "null"));
    c.put("role unknown \"civilian\"", variant("subject.role", "\"civilian\""));
    c.put("role near miss \"police_officers\"", variant("subject.role", "\"police_officers\""));
    c.put("role run together \"policeofficer\"", variant("subject.role", "\"policeofficer\""));
    for (String rank : List.of("\"Chief Inspector\"", "\"CHIEF-INSPECTOR\"", "\" sergeant \"", "\"chief__inspector\"",
        "\"general\"", "\"chief\"", "\"chief inspectors\"", "1", "true", "[\"sergeant\"]", "\"\"")) {
      c.put("rank " + rank, variant("subject.rank", rank));
    }
    for (String reason : List.of("\"Resigned\"", "\"RETIRED.\"", "\"quit\"")) {
      c.put("left reason " + reason, variant("subject.left", "{\"date\": \"2021-06-01\", \"reason\": " + reason + "}"));
    }
    for (String standards : List.of("[\"Fitness for work\"]", "[\"conduct\"]", "[\"Authority, Respect & Courtesy\"]",
        "[\"authority_respect&courtesy\"]", "[\"Honesty and Integrity\"]", "[\" use of force \"]",
        "[\"fitness for wor\\u212a\"]", "[\"DISCREDITABLE CONDUCT\"]", "[\"honesty\"]", "[\"honesty && integrity\"]",
        "[\"honesty and and integrity\"]", "[\"honesty\\u00e9integrity\"]", "[\"honesty_and_integrity\", \"conduct\"]",
        "[\"honesty_and_integrity\", \"honesty_and_integrity\"]", "[\"conduct\", \"discreditable_conduct\"]",
        "\"honesty_and_integrity\"", "[null]", "[]", "[1]")) {
      c.put("standards " + standards, variant("allegations.0.standards", standards));
    }
    c.put("standard given twice through an alias", variant("allegations.0.standards", "[\"conduct\", \"Discreditable Conduct\"]"));
    for (String categories : List.of("[\"VAWG\"]", "[\"conviction\", \"Dishonesty\"]", "[\"sexual\"]", "[]", "null",
        "[\"drugs\", \"drugs\"]")) {
      c.put("categories " + categories, variant("allegations.0.categories", categories));
    }
    c.put("category given twice through an alias", variant("allegations.0.categories", "[\"conviction\", \"criminal_conviction\"]"));
    for (String level : List.of("\"gross misconduct\"", "\"GM\"", "\"pri\"", "\"PR\\u0130\"", "\"Gross-Misconduct\"",
        "\"none\"", "\"gross\"", "\"gross misconduct proven\"", "\"g m\"")) {
      c.put("severity " + level, variant("allegations.0.severity", "{\"level\": " + level + ", \"assessed\": \"2021-03-08\"}"));
    }
    for (String forum : List.of("\"special_case_hearing\"", "\"special case hearing\"", "\"Misconduct Hearing\"", "\"amh\"",
        "\"meeting\"", "\"rprp\"", "\"special case\"", "\"hearing!\"", "\"tribunal\"")) {
      c.put("forum " + forum, variant("proceedings", "{\"forum\": " + forum + "}"));
    }
    for (String finding : List.of("\"gross misconduct proven\"", "\"not proved\"", "\"GM\"", "\"proven\"")) {
      c.put("finding " + finding, variant("proceedings", "{\"forum\": \"misconduct_hearing\", \"findings\": "
          + "[{\"allegation\": \"A1\", \"finding\": " + finding + "}]}"));
    }
    for (String outcome : List.of("\"Dismissal\"", "\"NFA\"", "\"fww extension\"", "\"dismissal without notice\"",
        "\"sacked\"", "\"dismissal with\"")) {
      c.put("outcome " + outcome, variant("proceedings", "{\"forum\": \"misconduct_hearing\", \"outcome\": " + outcome + "}"));
    }
    // Warnings: type and regime vocabularies, months as JSON numbers.
    for (String w : List.of("\"type\": \"FWW\"", "\"type\": \"Final Written Warning\"", "\"type\": \"warning\"",
        "\"type\": \"ww\", \"regime\": \"Police (Conduct) Regulations 2012\"", "\"type\": \"ww\", \"regime\": \"conduct regulations 2020\"",
        "\"type\": \"ww\", \"regime\": \"2020\"", "\"type\": \"ww\", \"regime\": null", "\"type\": \"ww\", \"months\": 24",
        "\"type\": \"ww\", \"months\": 24.5", "\"type\": \"ww\", \"months\": 0",
        "\"type\": \"ww\", \"months\": -1", "\"type\": \"ww\", \"months\": 2147483647", "\"type\": \"ww\", \"months\": 2147483648",
"\"type\": \"ww\", \"months\": \"24\"", "\"type\": \"ww\", \"months\": null",
        "\"type\": \"ww\", \"months\": 123456789012345678901234567890")) {
      c.put("warning " + w, variant("record", "{\"warnings\": [{" + w + ", \"notified\": \"2020-01-10\"}]}"));
    }
    c.put("proceedings months 18", variant("proceedings", "{\"forum\": \"misconduct_meeting\", \"final_written_warning_months\": 18}"));
    c.put("final_written_warning_months written 18.0", variant("proceedings", "{\"forum\": \"misconduct_meeting\", \"final_written_warning_months\": 18.0}"));
    c.put("months written 24.0", variant("record", "{\"warnings\": [{\"type\": \"ww\", \"months\": 24.0, \"notified\": \"2020-01-10\"}]}"));
    c.put("months written 1e1", variant("record", "{\"warnings\": [{\"type\": \"ww\", \"months\": 24, \"notified\": \"2020-01-10\"}]}")
        .replace("\"months\":24", "\"months\":1e1"));
    c.put("proceedings months 0", variant("proceedings", "{\"forum\": \"misconduct_meeting\", \"final_written_warning_months\": 0}"));
    // Strings: the 10,000-character limit, blank ids, types.
    String ten = "x".repeat(10_000);
    c.put("summary of 10,000 characters", variant("allegations.0.summary", "\"" + ten + "\""));
    c.put("summary of 10,001 characters", variant("allegations.0.summary", "\"" + ten + "x\""));
    c.put("force of 10,001 characters", variant("force", "\"" + ten + "x\""));
    c.put("id of 10,000 characters", variant("id", "\"" + ten + "\""));
    c.put("id of 10,001 characters", variant("id", "\"" + ten + "x\""));
    c.put("subject id of 10,001 characters", variant("subject.id", "\"" + ten + "x\""));
    c.put("summary of 5,000 astral characters", variant("allegations.0.summary", "\"" + "\uD83D\uDE00".repeat(5_000) + "\""));
    c.put("summary of 5,001 astral characters", variant("allegations.0.summary", "\"" + "\uD83D\uDE00".repeat(5_001) + "\""));
    c.put("summary with escapes", variant("allegations.0.summary", "\"line\\nbreak \\u00e9 \\\"quoted\\\"\""));
    c.put("blank id", variant("id", "\"  \""));
    c.put("empty id", variant("id", "\"\""));
    c.put("id a number", variant("id", "7"));
    c.put("id null", variant("id", "null"));
    c.put("blank allegation id", variant("allegations.0.id", "\"\\t\""));
    c.put("blank subject id", variant("subject.id", "\" \""));
    c.put("force null", variant("force", "null"));
    c.put("summary a number", variant("allegations.0.summary", "3"));
    // Booleans: no coercion.
    c.put("student officer \"yes\"", variant("subject.student_officer", "\"yes\""));
    c.put("student officer 1", variant("subject.student_officer", "1"));
    c.put("student officer null", variant("subject.student_officer", "null"));
    c.put("condition c \"false\"", variant("condition_c_determination", "\"false\""));
    c.put("condition c true", variant("condition_c_determination", "true"));
    // Dates: ISO YYYY-MM-DD, and the day must exist (format assertion).
    for (String date : List.of("\"2020-02-29\"", "\"2021-02-29\"", "\"2021-02-30\"", "\"2021-04-31\"", "\"2021-13-01\"",
        "\"2021-00-10\"", "\"2021-3-1\"", "\"2021-03-01T00:00:00Z\"", "\"1 March 2021\"", "20210301", "null",
        "\"\\u0662\\u0660\\u0662\\u0661-\\u0660\\u0663-\\u0660\\u0661\"", "\" 2021-03-01\"", "\"0000-01-01\"")) {
      c.put("came_to_attention " + date, variant("allegations.0.came_to_attention", date));
    }
    c.put("no came_to_attention", variant("allegations.0.came_to_attention", null));
    c.put("joined 2021-02-29", variant("subject.joined", "\"2021-02-29\""));
    c.put("left date missing", variant("subject.left", "{\"reason\": \"resigned\"}"));
    // Structure: required keys, unknown keys, types, empty arrays, nesting.
    c.put("unknown key", variant("allegations.0.standard", "[\"x\"]"));
    c.put("unknown nested key", variant("subject.name", "\"A Person\""));
    c.put("unknown top key", variant("notes", "\"x\""));
    c.put("key in another case", variant("ID", "\"x\""));
    c.put("no id", variant("id", null));
    c.put("no subject", variant("subject", null));
    c.put("subject null", variant("subject", "null"));
    c.put("no role", variant("subject.role", null));
    c.put("officer without rank", variant("subject.rank", null));
    c.put("no allegations", variant("allegations", "[]"));
    c.put("allegations missing", variant("allegations", null));
    c.put("allegations null", variant("allegations", "null"));
    c.put("allegation null", variant("allegations.0", "null"));
    c.put("allegations an object", variant("allegations", "{}"));
    c.put("record null", variant("record", "null"));
    c.put("record empty", variant("record", "{}"));
    c.put("warnings null element", variant("record", "{\"warnings\": [null]}"));
    c.put("proceedings null", variant("proceedings", "null"));
    c.put("proceedings without forum", variant("proceedings", "{\"outcome\": \"written_warning\"}"));
    c.put("severity without level", variant("allegations.0.severity", "{\"assessed\": \"2021-03-08\"}"));
    c.put("deep nesting", variant("allegations.0.summary", "[".repeat(40) + "]".repeat(40)));
    c.put("case an array", "[" + GOOD + "]");
    c.put("case null", "null");
    c.put("case a string", "\"case\"");
    c.put("two cases", GOOD + " " + GOOD);
    c.put("not JSON", "{\"id\": ");
    // What the schema cannot say (NOT_EXPRESSIBLE).
    c.put("duplicate key", GOOD.replace("{\"id\": \"G1\",", "{\"id\": \"G1\", \"id\": \"G2\","));
    c.put("duplicate nested key", GOOD.replace("\"role\": \"police_officer\"",
        "\"role\": \"police_officer\", \"role\": \"police_officer\""));
    c.put("conduct_date after came_to_attention", variant("allegations.0.conduct_date", "\"2021-03-02\""));
    c.put("conduct_date on came_to_attention", variant("allegations.0.conduct_date", "\"2021-03-01\""));
    c.put("left before joined", variant(variant("subject.joined", "\"2016-04-01\""), "subject.left",
        "{\"date\": \"2015-06-01\", \"reason\": \"resigned\"}"));
    c.put("duplicate allegation ids", variant("allegations.1", "{\"id\": \"A1\", \"standards\": [\"confidentiality\"], "
        + "\"came_to_attention\": \"2021-03-01\"}"));
    c.put("finding names no allegation", variant("proceedings", "{\"forum\": \"misconduct_hearing\", \"findings\": "
        + "[{\"allegation\": \"A9\", \"finding\": \"misconduct\"}]}"));
    c.put("two findings on one allegation", variant("proceedings", "{\"forum\": \"misconduct_hearing\", \"findings\": "
        + "[{\"allegation\": \"A1\", \"finding\": \"misconduct\"}, {\"allegation\": \"A1\", \"finding\": \"misconduct\"}]}"));
    String heard = "{\"forum\": \"misconduct_meeting\", \"date\": \"%s\", \"findings\": "
        + "[{\"allegation\": \"A1\", \"finding\": \"misconduct\"}], \"outcome\": \"written_warning\"}";
    c.put("proceedings before came_to_attention", variant("proceedings", String.format(heard, "2021-02-28")));
    c.put("proceedings on came_to_attention", variant("proceedings", String.format(heard, "2021-03-01")));
    c.put("proceedings before severity assessed", variant(variant("allegations.0.severity",
        "{\"level\": \"misconduct\", \"assessed\": \"2021-05-01\"}"), "proceedings", String.format(heard, "2021-04-30")));
    c.put("warning notified after proceedings", variant(variant("record", "{\"warnings\": [{\"type\": \"written_warning\", "
        + "\"notified\": \"2021-06-02\"}]}"), "proceedings", String.format(heard, "2021-06-01")));
    c.put("events", variant("events", "[{\"type\": \"documents_supplied\", \"date\": \"2021-05-03\"}, "
        + "{\"type\": \"Officer Response Given\", \"date\": \"2021-05-20\", \"allegation\": \"A1\"}]"));
    c.put("events null", variant("events", "null"));
    c.put("event of unknown type", variant("events", "[{\"type\": \"hearing_held\", \"date\": \"2021-05-03\"}]"));
    c.put("event without a date", variant("events", "[{\"type\": \"suspended\"}]"));
    c.put("event with an unknown key", variant("events", "[{\"type\": \"suspended\", \"date\": \"2021-05-03\", "
        + "\"by\": \"x\"}]"));
    c.put("event before attention", variant("events", "[{\"type\": \"suspended\", \"date\": \"2021-02-03\"}]"));
    c.put("event of no allegation of the case", variant("events", "[{\"type\": \"suspended\", \"date\": "
        + "\"2021-05-03\", \"allegation\": \"A7\"}]"));
    c.put("lone surrogate in an id", GOOD.replace("\"G1\"", "\"G1\\ud800\""));
    c.put("surrogate pair in an id", GOOD.replace("\"G1\"", "\"G1\\ud83d\\ude00\""));
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      big.append(i == 0 ? "" : ", ").append("{\"id\": \"A").append(i).append("\", \"summary\": \"")
          .append("y".repeat(9_000)).append("\", \"standards\": [\"confidentiality\"], \"came_to_attention\": \"2021-03-01\"}");
    }
    c.put("case over 1 MiB", variant("allegations", "[" + big + "]"));
    return c;
  }

  static boolean schemaAccepts(String text) {
    JsonNode node;
    try {
      node = DOCUMENT.readTree(text);
    } catch (IOException notOneJsonDocument) {
      return false; // no validator gets to see it: its JSON parser refuses it first
    }
    Set<ValidationMessage> errors = SCHEMA.validate(node);
    return errors.isEmpty();
  }

  static boolean readerAccepts(String text) {
    try {
      CaseJson.standard().read(text);
      return true;
    } catch (CaseFormatException e) {
      return false;
    }
  }

  @Test
  void theSchemaAndTheReaderAgreeOnTheCorpus() {
    Map<String, String> corpus = corpus();
    assertTrue(corpus.size() >= 100, "the corpus has " + corpus.size() + " inputs");
    List<String> disagreements = new ArrayList<>();
    int valid = 0;
    for (Map.Entry<String, String> e : corpus.entrySet()) {
      boolean schema = schemaAccepts(e.getValue());
      boolean reader = readerAccepts(e.getValue());
      valid += reader ? 1 : 0;
      if (NOT_EXPRESSIBLE.containsKey(e.getKey())) {
        if (!(schema && !reader)) {
          disagreements.add(e.getKey() + ": listed as not expressible, but schema " + verdict(schema) + ", reader "
              + verdict(reader));
        }
      } else if (schema != reader) {
        disagreements.add(e.getKey() + ": schema " + verdict(schema) + ", reader " + verdict(reader));
      }
    }
    writeOut(corpus);
    assertEquals(List.of(), disagreements);
    assertTrue(NOT_EXPRESSIBLE.keySet().stream().allMatch(corpus::containsKey), "every listed exception is in the corpus");
    // Both kinds are well represented: a corpus of only bad (or only good) inputs would agree trivially.
    int v = valid;
    assertTrue(v >= 40 && corpus.size() - v >= 40, () -> v + " valid of " + corpus.size());
  }

  /**
   * The corpus as files, {@code target/schema-corpus/NNN.json}, with {@code verdicts.tsv} (file, name, the reader's
   * verdict): for checking other validators (Python's jsonschema, ajv) by hand against the same inputs.
   */
  private static void writeOut(Map<String, String> corpus) {
    try {
      Path dir = Path.of("target", "schema-corpus");
      java.nio.file.Files.createDirectories(dir);
      StringBuilder tsv = new StringBuilder("file\tname\treader\tnot_expressible\n");
      int i = 0;
      for (Map.Entry<String, String> e : corpus.entrySet()) {
        String file = String.format(java.util.Locale.ROOT, "%03d.json", i++);
        java.nio.file.Files.writeString(dir.resolve(file), e.getValue());
        tsv.append(file).append('\t').append(e.getKey().replace('\t', ' ')).append('\t')
            .append(verdict(readerAccepts(e.getValue()))).append('\t').append(NOT_EXPRESSIBLE.containsKey(e.getKey()))
            .append('\n');
      }
      java.nio.file.Files.writeString(dir.resolve("verdicts.tsv"), tsv);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String verdict(boolean accepts) {
    return accepts ? "accepts" : "refuses";
  }

  /** The documented list in docs/contract.md names every exception. */
  @Test
  void everyExceptionIsDocumentedInTheContract() throws IOException {
    String contract = java.nio.file.Files.readString(Path.of("..", "docs", "contract.md"));
    List<String> missing = NOT_EXPRESSIBLE.keySet().stream().filter(k -> !contract.contains(k)).sorted()
        .collect(Collectors.toList());
    assertEquals(List.of(), missing, "named in docs/contract.md under 'checked by the reader, not expressible in the schema'");
  }
}

package io.github.policeconduct.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.rules.ConsequenceKind;
import io.github.policeconduct.rules.DecisionCatalogueTest;
import io.github.policeconduct.rules.FormerOfficerCondition;
import io.github.policeconduct.rules.GuidanceKind;
import io.github.policeconduct.rules.ProblemKind;
import io.github.policeconduct.statistics.Dimension;
import io.github.policeconduct.statistics.Unit;
import org.junit.jupiter.api.Test;

/**
 * What the conduct tool writes is valid against the published schemas (json module's resources): every decision
 * of {@code conduct evaluate --json} for the catalogue and scenario cases against {@code decision.schema.json}
 * (its {@code errors[]} items against {@code problem.schema.json}), and {@code conduct report --format json}, for
 * every dimension and unit, with and without suppression and crossing, against {@code report.schema.json}. The
 * schemas' code lists are the Java vocabularies'.
 */
class OutputSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "/io/github/policeconduct/json/";

  private static JsonNode resource(String name) {
    try (InputStream in = CaseJson.class.getResourceAsStream(DIR + name)) {
      assertTrue(in != null, "no resource " + name + " beside CaseJson");
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema schema(String name) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(resource(name),
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  private static final JsonSchema DECISION = schema("decision.schema.json");
  private static final JsonSchema PROBLEM = schema("problem.schema.json");
  private static final JsonSchema REPORT = schema("report.schema.json");

  private static Set<ValidationMessage> validate(JsonSchema schema, String text) {
    try {
      return schema.validate(JSON.readTree(text));
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static String catalogueLines() {
    StringBuilder b = new StringBuilder();
    for (ConductCase c : DecisionCatalogueTest.catalogue()) {
      b.append(CaseJson.standard().write(c)).append('\n');
    }
    return b.toString();
  }

  @Test
  void everyDecisionTheToolWritesIsValid() throws IOException {
    String input = catalogueLines();
    Cli.Result r = Cli.run(input, "evaluate", "-", "--json");
    List<String> lines = new ArrayList<>(r.out().lines().toList());
    assertEquals(DecisionCatalogueTest.catalogue().size(), lines.size(), r::toString);
    String golden = new String(OutputSchemasTest.class.getResourceAsStream("/golden/evaluate-scenarios.jsonl").readAllBytes(),
        StandardCharsets.UTF_8);
    lines.addAll(golden.lines().toList());
    Cli.Result timetable = Cli.run("", "evaluate", "--json", "cases/timetable.jsonl");
    assertEquals(0, timetable.status(), timetable::toString);
    lines.addAll(timetable.out().lines().toList());
    int steps = 0;
    for (String line : timetable.out().lines().toList()) {
      steps += JSON.readTree(line).get("timetable").size();
    }
    assertTrue(steps >= 4, "the worked timetable example has steps: " + timetable.out());
    int errors = 0;
    int consequences = 0;
    int guidance = 0;
    int outOfScope = 0;
    for (String line : lines) {
      Set<ValidationMessage> invalid = validate(DECISION, line);
      assertTrue(invalid.isEmpty(), () -> invalid + "\n" + line);
      JsonNode d = JSON.readTree(line);
      for (JsonNode problem : d.get("errors")) {
        Set<ValidationMessage> bad = PROBLEM.validate(problem);
        assertTrue(bad.isEmpty(), () -> bad + "\n" + problem);
        errors++;
      }
      consequences += d.get("consequences").size();
      guidance += d.get("guidance").size();
      outOfScope += d.get("regime").isNull() ? 1 : 0;
    }
    // The schemas were exercised on every part: problems, consequences, guidance, and decisions without a regime.
    assertTrue(errors > 0 && consequences > 0 && guidance > 0 && outOfScope > 0,
        errors + " errors, " + consequences + " consequences, " + guidance + " guidance, " + outOfScope + " without a regime");
  }

  @Test
  void theDecisionSchemaRefusesWhatTheToolNeverWrites() throws IOException {
    String line = Cli.run(catalogueLines(), "evaluate", "-", "--json").out().lines().findFirst().orElseThrow();
    ObjectNode d = (ObjectNode) JSON.readTree(line);
    assertTrue(validate(DECISION, line).isEmpty());
    for (Function<ObjectNode, ObjectNode> change : List.<Function<ObjectNode, ObjectNode>>of(
        o -> o.put("regime", "Police (Conduct) Regulations 2020"), // output codes are canonical only
        o -> o.put("as_at", "2021-02-30"),
        o -> o.put("extra", 1),
        o -> (ObjectNode) o.without("errors"),
        o -> o.putNull("in_scope"),
        o -> (ObjectNode) o.set("explanation", JSON.createArrayNode()))) {
      ObjectNode changed = change.apply(d.deepCopy());
      assertFalse(validate(DECISION, changed.toString()).isEmpty(), changed::toString);
    }
  }

  @Test
  void everyReportTheToolWritesIsValid() {
    String input = catalogueLines();
    int reports = 0;
    for (Dimension by : Dimension.values()) {
      for (Unit unit : Unit.values()) {
        for (List<String> extra : List.of(List.<String>of(), List.of("--suppress-below", "3"))) {
          List<String> args = new ArrayList<>(List.of("report", "-", "--by", by.code(), "--unit", unit.code(),
              "--format", "json", "--protected-characteristics"));
          args.addAll(extra);
          reports += assertValidReport(input, args);
          Dimension cross = Dimension.values()[(by.ordinal() + 1) % Dimension.values().length];
          args.addAll(List.of("--cross", cross.code()));
          reports += assertValidReport(input, args);
        }
      }
    }
    assertEquals(Dimension.values().length * Unit.values().length * 4, reports);
  }

  private static int assertValidReport(String input, List<String> args) {
    Cli.Result r = Cli.run(input, args.toArray(String[]::new));
    assertEquals(0, r.status(), () -> args + "\n" + r);
    Set<ValidationMessage> invalid = validate(REPORT, r.out());
    assertTrue(invalid.isEmpty(), () -> args + ": " + invalid + "\n" + r.out());
    return 1;
  }

  @Test
  void theSchemasCodeListsAreTheJavaVocabularies() {
    JsonNode decision = resource("decision.schema.json");
    JsonNode defs = decision.get("$defs");
    assertCodes(defs.at("/regime/enum"), Regime.values(), Regime::code);
    assertCodes(defs.at("/forum/enum"), Forum.values(), Forum::code);
    assertCodes(defs.at("/outcome/enum"), Outcome.values(), Outcome::code);
    assertCodes(defs.at("/consequence/properties/kind/enum"), ConsequenceKind.values(), ConsequenceKind::code);
    assertCodes(defs.at("/guidance/properties/kind/enum"), GuidanceKind.values(), GuidanceKind::code);
    List<String> conditions = new ArrayList<>();
    decision.at("/properties/former_officer_condition/enum").forEach(n -> conditions.add(n.isNull() ? null : n.asText()));
    List<String> expected = new ArrayList<>(Arrays.stream(FormerOfficerCondition.values()).map(Enum::name).toList());
    expected.add(null);
    assertEquals(expected, conditions);
    JsonNode problem = resource("problem.schema.json");
    assertCodes(problem.at("/properties/code/enum"), ProblemKind.values(), ProblemKind::code);
    // The decision schema's copy of the problem schema, kept so that it stands alone, is the same.
    ObjectNode body = ((ObjectNode) problem).deepCopy();
    body.remove(List.of("$schema", "$id", "title"));
    assertEquals(body, defs.get("problem"));
    JsonNode report = resource("report.schema.json").get("$defs");
    for (String def : List.of("table", "cross_table")) {
      assertCodes(report.at("/" + def + "/properties/by/enum"), Dimension.values(), Dimension::code);
      assertCodes(report.at("/" + def + "/properties/unit/enum"), Unit.values(), Unit::code);
    }
    // The case schema's canonical codes are the same lists, so a decision's codes read back as case codes.
    JsonNode caseDefs = resource("case.schema.json").get("$defs");
    assertEquals(caseDefs.at("/forum/anyOf/0/enum"), defs.at("/forum/enum"));
    assertEquals(caseDefs.at("/outcome/anyOf/0/enum"), defs.at("/outcome/enum"));
    assertEquals(caseDefs.at("/regime/anyOf/0/enum"), defs.at("/regime/enum"));
  }

  private static <E> void assertCodes(JsonNode listed, E[] values, Function<E, String> code) {
    List<String> actual = new ArrayList<>();
    listed.forEach(n -> actual.add(n.asText()));
    assertEquals(Arrays.stream(values).map(code).collect(Collectors.toList()), actual,
        () -> values.getClass().getComponentType().getSimpleName().toLowerCase(Locale.ROOT));
  }
}

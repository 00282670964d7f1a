package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.GOOD;
import static io.github.policeconduct.json.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.WarningType;
import io.github.policeconduct.fixtures.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema agrees with the reader and the writer. */
class CaseSchemaTest {
  private static final String SCHEMA = "case.schema.json";
  private static final JsonSchema SCHEMA_VALIDATOR = SchemaCorpusTest.SCHEMA;

  private static Set<ValidationMessage> validate(String json) {
    try {
      return SCHEMA_VALIDATOR.validate(Fixtures.PLAIN.readTree(json));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertValid(String name, String json) {
    Set<ValidationMessage> errors = validate(json);
    assertTrue(errors.isEmpty(), () -> name + ": " + errors);
  }

  @Test
  void schemaIsOnTheClassPathBesideTheReader() {
    assertTrue(CaseJson.class.getResource(SCHEMA) != null);
  }

  @Test
  void contractExampleIsValid() {
    assertValid("contract example", Fixtures.contractExample());
  }

  @Test
  void scenarioCasesAreValid() {
    Map<String, String> scenarios = Fixtures.scenarioCases();
    assertEquals(Scenarios.names().size(), scenarios.size());
    assertTrue(scenarios.size() >= 10, "expected the 10 shared scenarios, found " + scenarios.keySet());
    scenarios.forEach(CaseSchemaTest::assertValid);
  }

  @Test
  void whatTheWriterWritesIsValid() {
    CaseJson json = CaseJson.standard();
    assertValid("compact contract example", json.write(json.read(Fixtures.contractExample())));
    Fixtures.scenarioCases().forEach((name, text) -> assertValid(name, json.writePretty(json.read(text))));
    // Aliases are valid input, as the reader reads them, and are written as canonical codes.
    String aliases = variant(variant("allegations.0.standards", "[\"fitness_for_work\", \"Conduct\"]"),
        "proceedings", "{\"forum\": \"special case hearing\"}");
    assertValid("aliases", aliases);
    String written = json.write(json.read(aliases));
    assertValid("aliases written canonically", written);
    assertTrue(written.contains("[\"fitness_for_duty\",\"discreditable_conduct\"]") && written.contains(
        "\"accelerated_misconduct_hearing\""), written);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("unknown key", variant("allegations.0.standard", "[\"x\"]"), "standard"),
        Arguments.of("unknown nested key", variant("subject.name", "\"A Person\""), "name"),
        Arguments.of("empty standards", variant("allegations.0.standards", "[]"), "standards"),
        Arguments.of("unknown standard", variant("allegations.0.standards", "[\"honesty\"]"), "standards"),
        Arguments.of("date not ISO", variant("allegations.0.came_to_attention", "\"1 March 2021\""), "came_to_attention"),
        Arguments.of("missing role", variant("subject.role", null), "role"),
        Arguments.of("unknown rank", variant("subject.rank", "\"general\""), "rank"),
        Arguments.of("officer without rank", variant("subject.rank", null), "rank"),
        Arguments.of("officer with null rank", variant("subject.rank", "null"), "rank"),
        Arguments.of("boolean as a string", variant("subject.student_officer", "\"yes\""), "student_officer"),
        Arguments.of("months below one", variant("record", "{\"warnings\": [{\"type\": \"written_warning\", "
            + "\"notified\": \"2020-01-01\", \"months\": 0}]}"), "months"),
        Arguments.of("no allegations", variant("allegations", "[]"), "allegations"),
        Arguments.of("blank id", variant("id", "\"  \""), "id"),
        Arguments.of("unknown outcome", variant("proceedings", "{\"forum\": \"misconduct_hearing\", "
            + "\"outcome\": \"sacked\"}"), "outcome"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void badVariantsAreInvalid(String name, String json, String field) {
    Set<ValidationMessage> errors = validate(json);
    assertFalse(errors.isEmpty(), name + " should be invalid");
    assertTrue(errors.stream().anyMatch(m -> m.getMessage().contains(field)
        || m.getInstanceLocation().toString().contains(field)), () -> name + ": " + errors);
  }

  @Test
  void theGoodCaseIsValid() {
    assertValid("good", GOOD);
  }

  @Test
  void enumerationsListExactlyTheCanonicalCodesAsWritten() throws IOException {
    JsonNode defs = Fixtures.PLAIN.readTree(Fixtures.resource(SCHEMA)).get("$defs");
    assertCodes(defs, "role", Role.values());
    assertCodes(defs, "rank", Rank.values());
    assertCodes(defs, "departure", Departure.values());
    assertCodes(defs, "standard", Standard.values());
    assertCodes(defs, "category", Category.values());
    assertCodes(defs, "severity_level", Severity.values());
    assertCodes(defs, "warning_type", WarningType.values());
    assertCodes(defs, "forum", Forum.values());
    assertCodes(defs, "finding", Finding.values());
    assertCodes(defs, "outcome", Outcome.values());
  }

  private static void assertCodes(JsonNode defs, String name, Enum<?>[] values) {
    List<String> listed = new ArrayList<>();
    defs.get(name).get("anyOf").get(0).get("enum").forEach(n -> listed.add(n.asText()));
    // As the case format writes them.
    ObjectMapper written = CaseJson.standard().newObjectMapper();
    List<String> codes = Arrays.stream(values).map(v -> written.valueToTree(v).asText())
        .collect(Collectors.toList());
    assertEquals(codes, listed, name);
  }
}

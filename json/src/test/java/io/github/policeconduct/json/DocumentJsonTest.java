package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Document;
import io.github.policeconduct.rules.DocumentKind;
import io.github.policeconduct.rules.DocumentResult;
import io.github.policeconduct.rules.Documents;
import io.github.policeconduct.testkit.Generators;
import org.junit.jupiter.api.Test;

/** The JSON document format: what document.schema.json says, for every document the library writes. */
class DocumentJsonTest {
  static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
      DocumentJsonTest.class.getResourceAsStream("document.schema.json"),
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyDocumentOfGeneratedCasesIsValidByTheSchemaAndSaysWhatTheDocumentSays() {
    int[] written = {0};
    qt().withExamples(300).forAll(Generators.cases()).checkAssert(c -> {
      LocalDate asAt = ConductRules.latestDate(c);
      for (DocumentKind k : DocumentKind.values()) {
        DocumentResult r = Documents.write(k, c, asAt);
        if (r.document().isEmpty()) {
          continue;
        }
        written[0]++;
        Document d = r.document().get();
        String line = DocumentJson.line(d);
        assertTrue(!line.contains("\n"), line);
        JsonNode node = read(line);
        Set<ValidationMessage> errors = SCHEMA.validate(node);
        assertEquals(Set.of(), errors, line);
        assertEquals(k.code(), node.get("document").asText());
        assertEquals(d.fields().size(), node.get("fields").size());
        for (int i = 0; i < d.fields().size(); i++) {
          Document.Field f = d.fields().get(i);
          JsonNode n = node.get("fields").get(i);
          assertEquals(f.key(), n.get("key").asText());
          assertEquals(f.value().orElse(null), n.get("value").isNull() ? null : n.get("value").asText());
          assertEquals(f.source().code(), n.get("source").asText());
          assertEquals(f.rule().id(), n.get("rule").asText());
        }
      }
    });
    assertTrue(written[0] > 0, "some generated case has a document");
  }

  @Test
  void theSchemaRefusesAValueForABlank() {
    String bad = "{\"document\":\"barred_list_report\",\"case\":\"X\",\"as_at\":\"2025-09-01\",\"title\":\"t\",\"fields\":[{\"key\":"
        + "\"full_name\",\"label\":\"P's full name\",\"value\":\"Jane Doe\",\"source\":\"blank\",\"provision\":\"p\",\"rule\":\"r\","
        + "\"note\":null}],\"notes\":[],\"rules\":[\"r\"]}";
    assertTrue(!SCHEMA.validate(read(bad)).isEmpty(), "a blank with a value must be refused");
  }

  private static JsonNode read(String s) {
    try {
      return JSON.readTree(s);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}

package io.github.policeconduct.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.fixtures.Scenarios;

/**
 * Test inputs. {@code contract-example.json} is the case in {@code docs/contract.md}; the scenarios' cases
 * come from the shared fixture {@link Scenarios} (the rules test-jar), never from a copy.
 */
final class Fixtures {
  private Fixtures() {}

  static final ObjectMapper PLAIN = new ObjectMapper();

  /** The good case of {@code shared/tools/check-bad-input}. */
  static final String GOOD = "{\"id\": \"G1\", \"subject\": {\"role\": \"police_officer\", \"rank\": \"sergeant\"}, "
      + "\"allegations\": [{\"id\": \"A1\", \"standards\": [\"honesty_and_integrity\"], "
      + "\"came_to_attention\": \"2021-03-01\"}]}";

  static String good(String id) {
    return GOOD.replace("\"G1\"", "\"" + id + "\"");
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String contractExample() {
    return resource("contract-example.json");
  }

  /**
   * The case of each shared scenario ({@link Scenarios}, from the rules test-jar), as compact JSON text, by the
   * scenario's file name, in the scenarios' order.
   */
  static Map<String, String> scenarioCases() {
    Map<String, String> cases = new LinkedHashMap<>();
    for (String name : Scenarios.names()) {
      try {
        cases.put(name, PLAIN.readTree(Scenarios.json(name)).get("case").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cases;
  }

  /**
   * {@link #GOOD} with the value at {@code path} (dot-separated keys and list indexes, e.g.
   * {@code allegations.0.standards}) replaced by the JSON {@code value}, or removed when {@code value} is null.
   */
  static String variant(String path, String value) {
    return variant(GOOD, path, value);
  }

  static String variant(String json, String path, String value) {
    try {
      JsonNode root = PLAIN.readTree(json);
      String[] parts = path.split("\\.");
      JsonNode node = root;
      for (int i = 0; i < parts.length - 1; i++) {
        node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
      }
      String last = parts[parts.length - 1];
      if (node.isArray()) {
        ArrayNode array = (ArrayNode) node;
        int i = Integer.parseInt(last);
        if (i == array.size()) {
          array.add(PLAIN.readTree(value));
        } else {
          array.set(i, PLAIN.readTree(value));
        }
      } else if (value == null) {
        ((ObjectNode) node).remove(last);
      } else {
        ((ObjectNode) node).set(last, PLAIN.readTree(value));
      }
      return PLAIN.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
  /** A case as the JSON tree {@code CaseJson} writes for it. */
  static JsonNode tree(ConductCase c) {
    try {
      return PLAIN.readTree(CaseJson.standard().write(c));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a good one-line case (id "G"), and a line break: the neighbours of a line under test. */
  static final byte[] GOOD_LINE = good("G").getBytes(StandardCharsets.UTF_8);

  static final byte[] NL = {'\n'};

  /** The parts, one after another. */
  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }

  /** A value (a string, a tree) as compact JSON text. */
  static String json(Object value) {
    try {
      return PLAIN.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

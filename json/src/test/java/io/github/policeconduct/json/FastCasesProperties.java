package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.GOOD_LINE;
import static io.github.policeconduct.json.Fixtures.NL;
import static io.github.policeconduct.json.Fixtures.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.WarningType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast path of reading ({@link FastCases}) against databind: on valid cases written by {@link CaseJson} and
 * then perturbed (codes in other cases and spellings, aliases, keys in another order, extra whitespace, optional
 * keys left out or null) both give the same case; on the hostile corpus of {@link CaseJsonFuzzProperties} the
 * public reader's outcome (the case, or the exact problem with its line and index) is what the databind-only
 * reader gives; and the common input really is read on the fast path.
 */
class FastCasesProperties {
  private static final CaseJson JSON = CaseJson.standard();
  private static final CaseJson DATABIND = CaseJson.databindOnly(CaseJson.Limits.defaults());
  private static final JsonFactory FACTORY = JSON.newObjectMapper().getFactory();

  // ---- valid cases, perturbed ---------------------------------------------------------------------------

  /** The codes of each key that holds one, by the type that reads them. */
  private static final Map<String, Function<String, Object>> CODES = Map.of(
      "role", Role::parse, "rank", Rank::parse, "reason", Departure::parse, "type", WarningType::parse,
      "standards", Standard::parse, "categories", Category::parse, "level", Severity::parse,
      "forum", Forum::parse, "outcome", Outcome::parse, "finding", Finding::parse);

  /** Other spellings some codes accept (aliases, headings); each is used where it means the same code. */
  private static final List<String> ALIASES = List.of("officer", "constable_or_above", "special", "staff",
      "police_community_support_officer", "meeting", "hearing", "amh", "special_case_hearing", "rprp",
      "reflective_practice_review_process", "nfa", "ww", "fww", "fww_extension", "dismissal", "dismissed",
      "vawg", "conviction", "caution", "abuse_of_position_for_a_sexual_purpose", "no_misconduct", "not_proven",
      "misconduct_proven", "gm", "none", "no_case", "pri", "conduct", "fitness_for_work", "Use of Force",
      "Honesty and Integrity", "Authority, Respect and Courtesy", "Discreditable Conduct", "Chief Inspector",
      "Police Officer", "  gross-misconduct  ", "Final Written Warning");

  /** Optional keys whose null means "absent" (booleans with defaults are left alone). */
  private static final Set<String> NULLABLE = Set.of("force", "summary", "joined", "left", "conduct_date",
      "severity", "assessed", "outcome", "months", "final_written_warning_months", "record");

  /** A perturbed document: its text, and whether it holds a null for an optional key (meaning: absent). */
  private static final class Variant {
    final String text;
    final boolean hasNull;

    Variant(String text, boolean hasNull) {
      this.text = text;
      this.hasNull = hasNull;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Perturbs the tree in place; returns whether a null was put in. */
  private static boolean perturb(JsonNode node, String key, Random r) {
    boolean hasNull = false;
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = o.get(name);
        int roll = r.nextInt(10);
        if (roll == 0 && ((v.isBoolean() && !v.booleanValue()) || (v.isArray() && v.size() == 0))) {
          o.remove(name); // the default
        } else if (roll == 1 && NULLABLE.contains(name) && r.nextInt(3) == 0) {
          o.set(name, NullNode.getInstance());
          hasNull = true;
        } else if (v.isTextual() && CODES.containsKey(name)) {
          o.set(name, TextNode.valueOf(respell(name, v.textValue(), r)));
        } else {
          hasNull |= perturb(v, name, r);
        }
      }
    } else if (node.isArray()) {
      ArrayNode a = (ArrayNode) node;
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual() && CODES.containsKey(key)) {
          a.set(i, TextNode.valueOf(respell(key, a.get(i).textValue(), r)));
        } else {
          hasNull |= perturb(a.get(i), key, r);
        }
      }
    }
    return hasNull;
  }

  /** Another spelling of {@code code} that the type behind {@code key} reads as the same value. */
  private static String respell(String key, String code, Random r) {
    Function<String, Object> parse = CODES.get(key);
    Object value = parse.apply(code);
    switch (r.nextInt(6)) {
      case 0:
        return code.toUpperCase(Locale.ROOT);
      case 1: {
        StringBuilder b = new StringBuilder();
        for (String word : code.split("_")) {
          b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return b.toString();
      }
      case 2:
        return code.replace('_', '-');
      case 3: {
        List<String> same = new ArrayList<>();
        for (String alias : ALIASES) {
          try {
            if (parse.apply(alias) == value) {
              same.add(alias);
            }
          } catch (IllegalArgumentException notThisType) {
            // another type's alias
          }
        }
        return same.isEmpty() ? code : same.get(r.nextInt(same.size()));
      }
      default:
        return code;
    }
  }

  private static final String[] SPACE = {"", "", " ", "  ", "\t", " \t "};

  /** The tree as JSON text with keys in a random order and random whitespace (line breaks only if allowed). */
  private static void write(JsonNode node, Random r, boolean lineBreaks, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      java.util.Collections.shuffle(names, r);
      out.append('{');
      for (int i = 0; i < names.size(); i++) {
        out.append(i > 0 ? "," : "").append(space(r, lineBreaks)).append(Fixtures.json(names.get(i)))
            .append(space(r, lineBreaks)).append(':').append(space(r, lineBreaks));
        write(node.get(names.get(i)), r, lineBreaks, out);
        out.append(space(r, lineBreaks));
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i > 0 ? "," : "").append(space(r, lineBreaks));
        write(node.get(i), r, lineBreaks, out);
        out.append(space(r, lineBreaks));
      }
      out.append(']');
    } else {
      out.append(node.isTextual() ? Fixtures.json(node.textValue()) : node.toString());
    }
  }

  private static String space(Random r, boolean lineBreaks) {
    return lineBreaks && r.nextInt(8) == 0 ? "\n  " : SPACE[r.nextInt(SPACE.length)];
  }

  private static Variant variant(ConductCase c, int seed, boolean lineBreaks) {
    Random r = new Random(seed);
    JsonNode root = Fixtures.tree(c);
    boolean hasNull = r.nextInt(4) != 0 && perturb(root, "", r);
    if (!hasNull && r.nextInt(4) == 0) {
      root = Fixtures.tree(c); // sometimes the text exactly as written, bar whitespace and order
    }
    StringBuilder out = new StringBuilder();
    out.append(SPACE[r.nextInt(SPACE.length)]);
    write(root, r, lineBreaks, out);
    out.append(SPACE[r.nextInt(SPACE.length)]);
    return new Variant(out.toString(), hasNull);
  }

  /** The fast path on its own: the case, or null when it gives up. */
  private static ConductCase fast(String text) {
    try (JsonParser p = FACTORY.createParser(text.getBytes(StandardCharsets.UTF_8))) {
      return FastCases.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void perturbedValidCasesReadAsDatabindReadsThem() {
    qt().withExamples(3000).forAll(CaseJsonProperties.CASES, integers().all()).checkAssert((c, seed) -> {
      Variant v = variant(c, seed, seed % 3 == 0);
      ConductCase databind = DATABIND.read(v.text, "v");
      assertEquals(databind, JSON.read(v.text, "v"), () -> "read(String) of " + v);
      if (!v.hasNull) { // a null takes out a value that may have been there
        assertEquals(c, databind, () -> "the perturbation changed the meaning of " + v);
      }
      assertEquals(databind, fast(v.text), () -> "the fast path on " + v);
    });
  }

  @Test
  void perturbedValidCasesStreamAsDatabindStreamsThem() {
    qt().withExamples(600).forAll(CaseJsonProperties.CASES, CaseJsonProperties.CASES, integers().all())
        .checkAssert((a, b, seed) -> {
          byte[] lines = (variant(a, seed, false).text + "\n" + JSON.write(b) + "\r\n\n"
              + variant(b, seed + 1, false).text + "\n").getBytes(StandardCharsets.UTF_8);
          List<String> fastResults = results(JSON, lines, "lines");
          assertEquals(results(DATABIND, lines, "lines"), fastResults);
          assertEquals(3, fastResults.size());
        });
  }

  // ---- the hostile corpus -------------------------------------------------------------------------------

  /** Everything a reader makes of {@code bytes} as a stream: each result's index, line, and case or problem. */
  private static List<String> results(CaseJson json, byte[] bytes, String source) {
    List<String> out = new ArrayList<>();
    try (CaseJson.Cursor cursor = json.open(new ByteArrayInputStream(bytes), source)) {
      // Through nextPending, as ParallelCases and report read, for half; next() for the rest.
      boolean pending = (bytes.length & 1) == 0;
      while (cursor.hasNext()) {
        CaseJson.Result r = pending ? cursor.nextPending().parse() : cursor.next();
        out.add(r.index() + " line " + r.line() + ": "
            + r.conductCase().map(json::write).orElseGet(() -> "problem " + r.error().get().getMessage()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String outcome(CaseJson json, String text) {
    try {
      return "case " + json.write(json.read(text, "fuzz"));
    } catch (CaseFormatException e) {
      return "problem " + e.getMessage() + " | line " + e.line() + " | path " + e.path() + " | " + e.reason();
    }
  }


  private static void sameOutcomes(CaseJsonFuzzProperties.Mutant m) {
    assertEquals(outcome(DATABIND, m.text), outcome(JSON, m.text), () -> "read(String) of " + m);
    assertEquals(results(DATABIND, m.bytes, "fuzz"), results(JSON, m.bytes, "fuzz"), () -> "alone: " + m);
    byte[] lines = concat(GOOD_LINE, NL, m.bytes, NL, GOOD_LINE, NL);
    assertEquals(results(DATABIND, lines, "lines"), results(JSON, lines, "lines"), () -> "as a line: " + m);
  }

  private static void fuzz(Gen<CaseJsonFuzzProperties.Mutant> mutants, int examples) {
    qt().withExamples(examples).withShrinkCycles(50).forAll(mutants).checkAssert(FastCasesProperties::sameOutcomes);
  }

  @Test
  void hostileInputIsReportedExactlyAsBefore() {
    fuzz(CaseJsonFuzzProperties.DROP_KEY, 300);
    fuzz(CaseJsonFuzzProperties.DUPLICATE_KEY, 300);
    fuzz(CaseJsonFuzzProperties.SWAP_VALUES, 300);
    fuzz(CaseJsonFuzzProperties.WRONG_TYPE, 300);
    fuzz(CaseJsonFuzzProperties.HUGE_NUMBER, 200);
    fuzz(CaseJsonFuzzProperties.DEEP_NESTING, 100);
    fuzz(CaseJsonFuzzProperties.LONG_STRING, 60);
    fuzz(CaseJsonFuzzProperties.INVALID_UTF8, 400);
  }

  /** Every prefix of a few documents, at every byte: each is a problem, reported as before. */
  @Test
  void everyPrefixIsReportedExactlyAsBefore() {
    qt().withExamples(3).forAll(CaseJsonProperties.CASES).checkAssert(c -> {
      byte[] bytes = JSON.write(c).getBytes(StandardCharsets.UTF_8);
      for (int n = 0; n < bytes.length; n++) {
        sameOutcomes(new CaseJsonFuzzProperties.Mutant(CaseJsonFuzzProperties.Kind.TRUNCATED, "first " + n,
            java.util.Arrays.copyOf(bytes, n), true));
      }
    });
  }

  /** The fixtures of the other tests (the contract example, the scenarios, the good case) and their variants. */
  @Test
  void fixturesReadAsBefore() {
    List<String> texts = new ArrayList<>(List.of(Fixtures.GOOD, Fixtures.contractExample()));
    for (Path p : Fixtures.scenarios()) {
      texts.add(Fixtures.read(p));
    }
    for (String text : texts) {
      assertEquals(outcome(DATABIND, text), outcome(JSON, text));
      assertEquals(DATABIND.read(text), fast(text), () -> "the fast path on " + text);
    }
  }

  // ---- the fast path is taken -----------------------------------------------------------------------------

  @Test
  void theCommonInputIsReadOnTheFastPath() {
    List<ConductCase> cases = new ArrayList<>();
    qt().withExamples(200).forAll(CaseJsonProperties.CASES).checkAssert(cases::add);
    StringBuilder lines = new StringBuilder();
    for (ConductCase c : cases) {
      lines.append(JSON.write(c)).append('\n');
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    // Other tests may run at the same time and add to the count, never take from it.
    long before = FastCases.READ.sum();
    for (ConductCase c : cases) {
      assertEquals(c, JSON.read(JSON.write(c)));
    }
    long afterStrings = FastCases.READ.sum();
    assertTrue(afterStrings - before >= cases.size(), () -> (afterStrings - before) + " of " + cases.size()
        + " cases read on the fast path by read(String)");
    List<ConductCase> streamed = new ArrayList<>();
    try (CaseJson.Cursor cursor = JSON.open(new ByteArrayInputStream(bytes), "lines")) {
      while (cursor.hasNext()) {
        streamed.add(cursor.nextPending().parse().get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long afterLines = FastCases.READ.sum();
    assertEquals(cases, streamed);
    assertTrue(afterLines - afterStrings >= cases.size(), () -> (afterLines - afterStrings) + " of "
        + cases.size() + " JSON Lines read on the fast path");
    for (ConductCase c : cases) {
      assertNotNull(fast(JSON.write(c)), () -> "the fast path gave up on " + JSON.write(c));
    }
  }

  @Test
  void theFastPathGivesUpOnWhatItDoesNotHandle() {
    for (String bad : List.of("null", "[]", "{}", Fixtures.GOOD + " {}", Fixtures.GOOD + " x",
        Fixtures.variant("subject.student_officer", "null"), Fixtures.variant("extra", "1"),
        Fixtures.variant("subject.role", "\"nope\""),
        Fixtures.variant("allegations.0.came_to_attention", "\"2021-02-30\""),
        Fixtures.variant("allegations.0.standards", "[]"), Fixtures.variant("subject.rank", "1"),
        "{\"id\":\"X\",\"id\":\"Y\"}", Fixtures.GOOD.replace("\"allegations\"", "\"id\": \"G2\", \"allegations\""),
        Fixtures.GOOD.replace("\"standards\"", "\"standards\": [\"use_of_force\"], \"standards\""),
        Fixtures.GOOD.replace("\"allegations\": [", "\"allegations\": [], \"allegations\": ["),
        Fixtures.GOOD.replace("\"rank\": \"sergeant\"", "\"rank\": \"sergeant\", \"role\": \"police_officer\""))) {
      assertNull(fast(bad), () -> "the fast path took " + bad);
    }
  }
}

package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.policeconduct.core.Allegation;
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
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Issue 6: nothing in {@code toString()}, decisions or error messages reveals more than pseudonymous ids.
 *
 * <p>A case has two free-text fields, {@code force} and each allegation's {@code summary} (documented as
 * "with no personal details", but free text can hold anything). These properties put personal-looking
 * text in both ({@link #PERSONAL}) and check, over generated cases, that it appears in no {@code toString()}
 * of a case or any of its parts, in no decision (whose text is the same with or without it), and in no
 * problem reported when some other field of the case is wrong. And the {@code toString()} of a case and of
 * its parts is made only of the format's vocabulary, field names, the case's own ids, dates, numbers and
 * booleans. See {@code testkit/README.md}, "Privacy".
 */
class PrivacyProperties {
  private static final int EXAMPLES = 300;
  private static final CaseJson JSON = CaseJson.standard();

  /** Free text of the kind a careless entry might hold: a name, a date of birth and an address. */
  static final String PERSONAL = "PC Jane Example (born 1970-01-01) of 1 Example Road said to Mr Sample";
  private static final List<String> WORDS = List.of("Jane", "Example", "Sample", "1970-01-01", "Road");

  /** {@code c} with the personal text in its force and in the summary of every allegation. */
  static ConductCase withFreeText(ConductCase c, String text) {
    List<Allegation> allegations = c.allegations().stream()
        .map(a -> (Allegation) a.withSummary(text)).collect(Collectors.toList());
    return c.withForce(text).withAllegations(allegations);
  }

  /** {@code c} without any free text. */
  static ConductCase withoutFreeText(ConductCase c) {
    List<Allegation> allegations = c.allegations().stream()
        .map(a -> (Allegation) a.withSummary(Optional.empty()))
        .collect(Collectors.toList());
    return c.withForce(Optional.empty()).withAllegations(allegations);
  }

  private static void assertNothingPersonal(String text, Object where) {
    for (String w : WORDS) {
      assertFalse(text.contains(w), () -> "'" + w + "' from the free text appears in " + where + ":\n" + text);
    }
  }

  /** The toString of the case and of every value inside it. */
  private static List<String> toStrings(ConductCase c) {
    List<Object> parts = new ArrayList<>();
    parts.add(c);
    parts.add(c.subject());
    c.subject().left().ifPresent(parts::add);
    parts.add(c.record());
    parts.addAll(c.record().warnings());
    for (Allegation a : c.allegations()) {
      parts.add(a);
      a.severity().ifPresent(parts::add);
    }
    c.proceedings().ifPresent(p -> {
      parts.add(p);
      parts.addAll(p.findings());
    });
    return parts.stream().map(Object::toString).collect(Collectors.toList());
  }

  @Test
  void noToStringOfACaseOrItsPartsShowsItsFreeText() {
    qt().withExamples(EXAMPLES).forAll(Cases.any()).checkAssert(generated -> {
      ConductCase c = withFreeText(generated, PERSONAL);
      for (String s : toStrings(c)) {
        assertNothingPersonal(s, "a toString() of case " + c.id());
      }
    });
  }

  /** Field names in the toString of the core types. */
  private static final Set<String> FIELDS = Set.of("ConductCase", "Subject", "Allegation", "Proceedings",
      "AllegationFinding", "DisciplinaryRecord", "Warning", "ServiceEnd", "SeverityAssessment", "id", "role", "rank",
      "subject", "allegations", "standards", "came_to_attention", "severity", "forum", "outcome", "date", "findings",
      "allegation", "finding", "unconnectedIncidents", "finalWrittenWarningMonths", "warnings", "reducedInRank",
      "type", "notified", "months", "reason", "level", "assessed", "true", "false");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");
  private static final Pattern TOKENS = Pattern.compile("[\\s{}\\[\\]=,]+");

  /** Every code of every vocabulary, and every word of the standards' headings. */
  private static Set<String> vocabulary() {
    Set<String> words = new HashSet<>(FIELDS);
    Stream.of(Standard.values()).forEach(s -> {
      words.add(s.code());
      words.addAll(List.of(TOKENS.split(s.heading())));
    });
    Stream.<Enum<?>[]>of(Category.values(), Role.values(), Rank.values(), Departure.values(), Severity.values(),
        WarningType.values(), Forum.values(), Finding.values(), Outcome.values())
        .flatMap(Stream::of).map(e -> e.toString()).forEach(words::add);
    return words;
  }

  @Test
  void theToStringOfACaseIsVocabularyIdsDatesAndNumbers() {
    Set<String> vocabulary = vocabulary();
    qt().withExamples(EXAMPLES).forAll(Cases.any()).checkAssert(generated -> {
      ConductCase c = withFreeText(generated, PERSONAL);
      Set<String> ids = new HashSet<>();
      ids.add(c.id());
      c.subject().id().ifPresent(ids::add);
      c.allegations().forEach(a -> ids.add(a.id()));
      for (String s : toStrings(c)) {
        for (String token : TOKENS.split(s)) {
          assertTrue(token.isEmpty() || vocabulary.contains(token) || ids.contains(token)
              || DATE.matcher(token).matches() || NUMBER.matcher(token).matches(),
              () -> "'" + token + "' is not vocabulary, an id, a date or a number, in " + s);
        }
      }
    });
  }

  @Test
  void decisionsNeitherShowNorDependOnFreeText() {
    qt().withExamples(EXAMPLES).forAll(Cases.any()).checkAssert(generated -> {
      ConductCase c = withFreeText(generated, PERSONAL);
      Decision d = ConductRules.decide(c);
      assertNothingPersonal(d.toString(), "the decision on " + c.id());
      assertNothingPersonal(d.explanation().toString(), "the explanation of " + c.id());
      d.explanation().steps().forEach(s -> assertNothingPersonal(s.facts().toString(), "the facts of " + s.ruleId()));
      assertEquals(ConductRules.decide(withoutFreeText(generated)), d, "free text changed the decision");
    });
  }

  /** A case is broken in one of its coded fields; the problem reported must not quote the free text. */
  @Test
  void problemsWithACaseDoNotQuoteItsFreeText() {
    List<Function<String, String>> breakages = List.of(
        json -> json.replaceFirst("\"role\":\"[a-z_]+\"", "\"role\":\"constable\""),
        json -> json.replaceFirst("\"came_to_attention\":\"[0-9-]+\"", "\"came_to_attention\":\"2021-02-30\""),
        json -> json.replaceFirst("\"standards\":\\[[^\\]]*\\]", "\"standards\":[]"),
        json -> json.replaceFirst("\"id\":\"A1\"", "\"id\":\"A1\",\"name\":\"x\""),
        json -> json.replaceFirst("\"summary\":", "\"summary\":1,\"summary\":"),
        json -> json.replaceFirst("\"summary\":\"", "\"summary\":\"" + "x".repeat(10_000)),
        json -> json.substring(0, json.length() / 2));
    qt().withExamples(EXAMPLES).forAll(Cases.any(), Generate.pick(breakages))
        .checkAssert((generated, breakage) -> {
          String broken = breakage.apply(JSON.write(withFreeText(generated, PERSONAL)));
          CaseFormatException e = assertThrows(CaseFormatException.class, () -> JSON.read(broken, "cases.json"),
              () -> "not broken: " + broken);
          assertNothingPersonal(e.getMessage(), "the problem reported");
          try (CaseJson.Cursor cursor = JSON.open(new StringReader(broken + "\n"), "cases.jsonl")) {
            cursor.forEachRemaining(r -> assertNothingPersonal(r.toString(), "the cursor's result"));
          } catch (IOException io) {
            throw new AssertionError(io);
          }
        });
  }

  /** The check is not vacuous: the free text is in the case, and a value in a coded field is quoted. */
  @Test
  void theFreeTextIsThereToBeFound() {
    ConductCase c = withFreeText(Samples.list(Cases.any(), 1L, 1).get(0), PERSONAL);
    assertTrue(JSON.write(c).contains(PERSONAL));
    assertEquals(Optional.of(PERSONAL), c.force());
    String misplaced = JSON.write(c).replaceFirst("\"role\":\"[a-z_]+\"", "\"role\":\"" + PERSONAL + "\"");
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> JSON.read(misplaced));
    assertTrue(e.getMessage().contains("unknown role '" + PERSONAL + "'"), e.getMessage());
  }
}

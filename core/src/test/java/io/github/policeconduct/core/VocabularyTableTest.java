package io.github.policeconduct.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vocabulary table of {@code docs/contract.md} lists exactly the codes and the other spellings the reader
 * accepts, as its message for an unknown value lists them: the documentation and the code cannot drift apart.
 */
class VocabularyTableTest {
  @ParameterizedTest
  @CsvSource({
      "subject.role, role",
      "subject.rank, rank",
      "subject.left.reason, departure",
      "standards[], standard",
      "categories[], category",
      "severity.level, severity",
      "record.warnings[].type, warning",
      "proceedings.forum, forum",
      "findings[].finding, finding",
      "proceedings.outcome, outcome",
      "case_type, case_type",
      "action_taken, action_taken",
      "events[].type, event_type",
      "subject.age_band, age_band",
      "subject.ethnicity, ethnicity",
      "subject.gender, gender"})
  void theContractListsWhatTheReaderAccepts(String field, String vocabulary) throws IOException {
    String contract = Files.readString(Path.of("../docs/contract.md"), StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(field) + "` \\| (.*) \\|$").matcher(contract);
    assertTrue(row.find(), "docs/contract.md has no row for " + field);
    String documented = row.group(1).replaceAll("; the headings as written.*$", "").replace("`", "");
    Consumer<String> parse = switch (vocabulary) {
      case "role" -> Role::parse;
      case "rank" -> Rank::parse;
      case "departure" -> Departure::parse;
      case "standard" -> Standard::parse;
      case "category" -> Category::parse;
      case "severity" -> Severity::parse;
      case "warning" -> WarningType::parse;
      case "forum" -> Forum::parse;
      case "finding" -> Finding::parse;
      case "case_type" -> CaseType::parse;
      case "action_taken" -> ActionTaken::parse;
      case "event_type" -> EventType::parse;
      case "age_band" -> AgeBand::parse;
      case "ethnicity" -> Ethnicity::parse;
      case "gender" -> Gender::parse;
      default -> Outcome::parse;
    };
    String message = assertThrows(IllegalArgumentException.class, () -> parse.accept("zzzz")).getMessage();
    String accepted = message.substring(message.indexOf("expected one of ") + "expected one of ".length());
    assertEquals(accepted, documented);
  }
}

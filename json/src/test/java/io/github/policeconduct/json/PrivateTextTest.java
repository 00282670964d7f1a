package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A problem never repeats free text or an unquoted word of the input (it may name a person, and problems go to
 * logs): the parser's "Unrecognized token 'Jane_Doe'" is described by its length, and the value of a
 * {@code summary} is never quoted, whatever is wrong with it (issue 16, item 7).
 */
class PrivateTextTest {
  private static CaseFormatException problem(String json) {
    return assertThrows(CaseFormatException.class, () -> CaseJson.standard().read(json, "cases.json"));
  }

  private static String withSummary(String summaryJson) {
    String good = Fixtures.GOOD;
    int at = good.indexOf("\"allegations\"");
    int object = good.indexOf('{', at);
    return good.substring(0, object + 1) + "\"summary\":" + summaryJson + "," + good.substring(object + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane_Doe_struck_a_prisoner", "JaneDoe", "Jane Doe struck"})
  void anUnquotedWordIsDescribedNotRepeated(String word) {
    CaseFormatException e = problem(withSummary(word));
    assertFalse(e.getMessage().contains("Jane"), e.getMessage());
    String first = word.split(" ")[0];
    assertTrue(e.getMessage().contains("a word that is not a JSON value (" + first.length() + " characters, not shown;"),
        e.getMessage());
    assertEquals("allegations[0].summary", e.path().orElse(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"Jane Doe\"]", "{\"name\":\"Jane Doe\"}", "\"Jane Doe", "LONG"})
  void theValueOfASummaryIsNeverQuoted(String value) {
    String json = value.equals("LONG") ? withSummary("\"" + "Jane Doe ".repeat(1200) + "\"") : withSummary(value);
    CaseFormatException e = problem(json);
    assertFalse(e.getMessage().contains("Jane"), e.getMessage());
    assertEquals("", e.value().orElse(""), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void theValueOfAnotherFieldIsStillShown() {
    CaseFormatException e = new CaseFormatException("cases.json", 2, "subject.rank", "general", "unknown rank");
    assertEquals("general", e.value().orElse(""));
    CaseFormatException s = new CaseFormatException("cases.json", 2, "allegations[3].summary", "Jane Doe", "too long");
    assertEquals("cases.json line 2, allegations[3].summary: too long", s.getMessage());
  }
}

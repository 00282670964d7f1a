package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A problem is one line that a log or a terminal shows as it is: a bad value holding a line break, a carriage
 * return, an escape code, NUL or a Unicode line separator is shown escaped, so it can never start a line of its
 * own or forge another problem (issue 16, item 7).
 */
class OneLineProblemsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "line feed | \\n",
      "carriage return and line feed | \\r\\n",
      "escape code | \\u001b[31m",
      "NUL | \\u0000",
      "tab | \\t",
      "line separator | \\u2028",
      "C1 control (next line) | \\u0085"})
  void aControlCharacterInABadValueIsShownEscaped(String what, String escape) {
    // The JSON escape in the input is the escape in the message.
    String text = variant("subject.role", "\"police" + escape + "conduct: forged problem\"");
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseJson.standard().read(text, "cases.json"));
    String message = e.getMessage();
    assertEquals(1, message.lines().count(), message);
    assertFalse(message.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029), message);
    assertTrue(message.contains("police" + escape + "conduct: forged problem"), message);
  }

  @Test
  void textWithoutControlCharactersIsUnchanged() {
    assertEquals("cases.json line 2, id: café, 東京 and 'quotes'",
        CaseFormatException.oneLine("cases.json line 2, id: café, 東京 and 'quotes'"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "id | X\\ud800 | 2",
      "subject.id | \\udc00S | 1",
      "allegations.0.id | A\\ude00\\ud83d | 2"})
  void aLoneSurrogateIsRefusedSoThatTwoIdsCannotBecomeOne(String path, String text, int at) {
    // Before, "X\ud800" was read and written back as "X?": two different ids could be written the same.
    CaseFormatException e = assertThrows(CaseFormatException.class,
        () -> CaseJson.standard().read(variant(path, "\"" + text + "\""), "cases.json"));
    assertTrue(e.getMessage().contains("not valid Unicode: a lone surrogate \\u"), e.getMessage());
    assertTrue(e.getMessage().contains(" at character " + at + " "), e.getMessage());
    assertEquals(path.replace(".0.", "[0]."), e.path().orElse(""));
    assertFalse(e.getMessage().chars().anyMatch(c -> Character.isSurrogate((char) c)), e.getMessage());
  }

  @Test
  void aSurrogatePairIsACharacterLikeAnyOther() {
    String json = variant("id", "\"G\\ud83d\\ude00\"");
    assertEquals("G\ud83d\ude00", CaseJson.standard().read(json, "cases.json").id());
    assertEquals("id \\ud800 and \ud83d\ude00", CaseFormatException.oneLine("id \ud800 and \ud83d\ude00"));
  }
}

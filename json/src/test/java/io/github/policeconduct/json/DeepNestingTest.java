package io.github.policeconduct.json;

import static io.github.policeconduct.json.Fixtures.GOOD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An element of an array that nests too deeply is one bad case: it is reported, and every element after it is
 * still read (issue 16, item 3: before, the cases after it vanished without a word).
 */
class DeepNestingTest {
  private static String deepArrays(int levels) {
    return "{\"id\": \"D\", \"x\": " + "[".repeat(levels) + "]".repeat(levels) + "}";
  }

  private static String deepObjects(int levels) {
    return "{\"id\": \"E\", \"x\": " + "{\"a\": ".repeat(levels) + "1" + "}".repeat(levels) + "}";
  }

  private static List<String> read(List<String> elements) throws Exception {
    List<String> seen = new ArrayList<>();
    try (CaseJson.Cursor cursor = CaseJson.standard().open(new StringReader("[" + String.join(",\n", elements) + "]"),
        "cases.json")) {
      while (cursor.hasNext()) {
        CaseJson.Result r = cursor.next();
        seen.add(r.isValid() ? "case" : "problem: " + r.error().get().reason());
      }
    }
    return seen;
  }

  @Test
  void everyElementAfterATooDeepOneIsRead() throws Exception {
    List<String> elements = new ArrayList<>(List.of(GOOD, deepArrays(40), GOOD, deepArrays(5_000)));
    for (int i = 0; i < 100; i++) {
      elements.add(GOOD);
    }
    List<String> seen = read(elements);
    assertEquals(104, seen.size(), seen::toString);
    assertEquals("case", seen.get(0));
    assertTrue(seen.get(1).contains("nested too deeply"), seen.get(1));
    assertEquals("case", seen.get(2));
    assertTrue(seen.get(3).contains("nested too deeply"), seen.get(3));
    assertEquals(100, seen.subList(4, 104).stream().filter("case"::equals).count(), seen::toString);
  }

  /**
   * Objects nested too deeply as a key's value leave Jackson's parser unable to go on (it has already given up the
   * value's token when it checks the depth): the reading of the array stops there, and that is said, never silent.
   */
  @Test
  void whenTheArrayCannotBeReadFurtherThatIsSaid() throws Exception {
    List<String> seen = read(List.of(GOOD, deepObjects(40), GOOD, GOOD));
    assertEquals(3, seen.size(), seen::toString);
    assertEquals("case", seen.get(0));
    assertTrue(seen.get(1).contains("nested too deeply"), seen.get(1));
    assertTrue(seen.get(2).startsWith("problem: reading stopped: the array could not be read past the case before"),
        seen.get(2));
  }
}

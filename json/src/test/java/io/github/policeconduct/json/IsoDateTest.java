package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The fast date readers (of a string, and of a parser's buffer) accept exactly the days the strict formatter (and
 * its shape check) accepts.
 */
class IsoDateTest {
  private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private static LocalDate strict(String text) {
    if (!Mappers.DATE_SHAPE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text, STRICT);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void agreesWithTheStrictFormatterOnEveryShapeOfDate() {
    List<String> texts = new ArrayList<>();
    for (int y : new int[] {0, 1, 999, 1000, 1900, 1999, 2000, 2004, 2020, 2023, 2024, 2100, 9999}) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) {
          texts.add(String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d));
        }
      }
    }
    texts.addAll(List.of("", "2020-1-01", "2020-01-1", "20200-01-01", "2020/01/01", "2020-01-01 ", " 2020-01-01",
        "2020-01-01T00:00", "+2020-01-01", "-020-01-01", "2020-0a-01", "２０２０-01-01", "2020-01-0١", "2020-02-29",
        "2021-02-29", "2020-04-31", "abcd-ef-gh", "2020--01-01"));
    Random random = new Random(20261123L);
    String alphabet = "0123456789-0123456789x /+";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 8 + random.nextInt(4);
      for (int j = 0; j < n; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (String text : texts) {
      assertEquals(strict(text), Mappers.isoDate(text), text);
      // The fast path reads the parser's buffer: the text somewhere inside a longer array.
      char[] buffer = ("\"x\":\"" + text + "\"}").toCharArray();
      assertEquals(strict(text), Mappers.isoDate(buffer, 5, text.length()), text);
    }
  }
}

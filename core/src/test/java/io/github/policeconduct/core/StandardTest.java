package io.github.policeconduct.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StandardTest {
  @ParameterizedTest
  @EnumSource(Standard.class)
  void parsesItsOwnCodeNameAndHeading(Standard s) {
    assertEquals(s, Standard.parse(s.code()));
    assertEquals(s, Standard.parse(s.name()));
    assertEquals(s, Standard.parse(s.heading()));
    assertEquals(s, Standard.parse(s.heading().toUpperCase()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Authority, Respect and Courtesy | AUTHORITY_RESPECT_AND_COURTESY",
      "authority respect & courtesy    | AUTHORITY_RESPECT_AND_COURTESY",
      "  honesty-and-integrity         | HONESTY_AND_INTEGRITY",
      "Fitness for work                | FITNESS_FOR_DUTY",
      "fitness_for_work                | FITNESS_FOR_DUTY",
      "conduct                         | DISCREDITABLE_CONDUCT",
      "CONDUCT                         | DISCREDITABLE_CONDUCT",
      "Discreditable Conduct           | DISCREDITABLE_CONDUCT",
      "use of force                    | USE_OF_FORCE",
      "Challenging and Reporting Improper Conduct | CHALLENGING_AND_REPORTING_IMPROPER_CONDUCT"})
  void parsesHeadingsAndAliasesLeniently(String text, Standard expected) {
    assertEquals(expected, Standard.parse(text));
  }

  @Test
  void unknownTextNamesTheValueAndTheCodes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Standard.parse("honesty"));
    assertTrue(e.getMessage().startsWith("unknown standard 'honesty'; expected one of honesty_and_integrity, "
        + "authority_respect_and_courtesy,"), e.getMessage());
    assertTrue(e.getMessage().endsWith("challenging_and_reporting_improper_conduct; did you mean honesty_and_integrity?"),
        e.getMessage());
  }

  @Test
  void emptyAndNullAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Standard.parse(""));
    assertThrows(IllegalArgumentException.class, () -> Standard.parse(null));
  }

  @Test
  void codesHeadingsAndAliases() {
    assertEquals(10, Standard.values().length);
    assertEquals("use_of_force", Standard.USE_OF_FORCE.code());
    assertEquals("Authority, Respect and Courtesy", Standard.AUTHORITY_RESPECT_AND_COURTESY.heading());
    assertEquals("Discreditable Conduct", Standard.DISCREDITABLE_CONDUCT.toString());
    assertEquals(List.of("fitness_for_work"), Standard.FITNESS_FOR_DUTY.aliases());
    assertEquals(List.of("conduct"), Standard.DISCREDITABLE_CONDUCT.aliases());
    assertEquals(List.of(), Standard.CONFIDENTIALITY.aliases());
  }
}

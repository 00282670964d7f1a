package io.github.policeconduct.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An unknown code is answered with every accepted code, the other spellings each is accepted as, and the one it
 * was most likely meant to be, when one stands out.
 */
class UnknownCodeMessagesTest {
  private static String message(Runnable parse) {
    return assertThrows(IllegalArgumentException.class, parse::run).getMessage();
  }

  @Test
  void aNearMissIsAnsweredWithWhatItMostLikelyMeant() {
    assertTrue(message(() -> Role.parse("polce_officer")).endsWith("; did you mean police_officer?"));
    assertTrue(message(() -> Rank.parse("sergant")).endsWith("; did you mean sergeant?"));
    assertTrue(message(() -> Forum.parse("misconduct_meting")).endsWith("; did you mean misconduct_meeting?"));
    // an alias near-missed suggests the code the alias stands for
    assertTrue(message(() -> Outcome.parse("dismisal")).endsWith("; did you mean dismissal_without_notice?"));
    // the first words of one code only
    assertTrue(message(() -> Standard.parse("honesty")).endsWith("; did you mean honesty_and_integrity?"));
  }

  @Test
  void nothingIsGuessedWhenNothingStandsOut() {
    assertFalse(message(() -> Rank.parse("general")).contains("did you mean"));
    assertFalse(message(() -> Rank.parse("chief")).contains("did you mean"), "the first word of several ranks");
    assertFalse(message(() -> Role.parse("x")).contains("did you mean"));
  }

  @Test
  void theAcceptedAliasesAreListedWithTheirCodes() {
    String m = message(() -> Role.parse("volunteer"));
    assertTrue(m.startsWith("unknown role 'volunteer'; expected one of police_officer (or officer, "), m);
    assertTrue(m.contains("community_support_volunteer (or csv)"), m);
    assertTrue(m.contains("policing_support_volunteer (or psv)"), m);
    assertEquals(1, m.lines().count(), m);
  }
}

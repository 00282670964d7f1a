package io.github.policeconduct.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RankTest {
  @ParameterizedTest
  @CsvSource({
      "SERGEANT, CONSTABLE",
      "INSPECTOR, SERGEANT",
      "CHIEF_INSPECTOR, INSPECTOR",
      "SUPERINTENDENT, CHIEF_INSPECTOR",
      "CHIEF_SUPERINTENDENT, SUPERINTENDENT",
      "COMMANDER, CHIEF_SUPERINTENDENT",
      "ASSISTANT_CHIEF_CONSTABLE, CHIEF_SUPERINTENDENT",
      "DEPUTY_ASSISTANT_COMMISSIONER, COMMANDER",
      "DEPUTY_CHIEF_CONSTABLE, ASSISTANT_CHIEF_CONSTABLE",
      "ASSISTANT_COMMISSIONER, DEPUTY_ASSISTANT_COMMISSIONER",
      "CHIEF_CONSTABLE, DEPUTY_CHIEF_CONSTABLE",
      "DEPUTY_COMMISSIONER, ASSISTANT_COMMISSIONER",
      "COMMISSIONER, DEPUTY_COMMISSIONER"})
  void oneRankLowerStaysOnTheRanksOwnLadder(Rank rank, Rank lower) {
    assertEquals(Optional.of(lower), rank.oneRankLower());
  }

  @Test
  void aConstableCannotBeReduced() {
    assertEquals(Optional.empty(), Rank.CONSTABLE.oneRankLower());
  }

  @ParameterizedTest
  @EnumSource(Rank.class)
  void oneRankLowerIsOneStepDown(Rank rank) {
    rank.oneRankLower().ifPresent(lower -> {
      assertEquals(rank.tier() - 1, lower.tier(), rank + " -> " + lower);
      assertTrue(rank.isSeniorTo(lower));
      assertFalse(lower.isSeniorTo(rank));
    });
  }

  @Test
  void tiers() {
    assertEquals(1, Rank.CONSTABLE.tier());
    assertEquals(6, Rank.CHIEF_SUPERINTENDENT.tier());
    assertEquals(Rank.COMMANDER.tier(), Rank.ASSISTANT_CHIEF_CONSTABLE.tier());
    assertEquals(Rank.DEPUTY_ASSISTANT_COMMISSIONER.tier(), Rank.DEPUTY_CHIEF_CONSTABLE.tier());
    assertEquals(Rank.ASSISTANT_COMMISSIONER.tier(), Rank.CHIEF_CONSTABLE.tier());
    assertEquals(11, Rank.COMMISSIONER.tier());
    assertFalse(Rank.COMMANDER.isSeniorTo(Rank.ASSISTANT_CHIEF_CONSTABLE));
    assertFalse(Rank.ASSISTANT_CHIEF_CONSTABLE.isSeniorTo(Rank.COMMANDER));
  }

  @Test
  void seniorOfficersAreAboveChiefSuperintendent() {
    assertFalse(Rank.CHIEF_SUPERINTENDENT.isSeniorOfficer());
    assertTrue(Rank.COMMANDER.isSeniorOfficer());
    assertTrue(Rank.ASSISTANT_CHIEF_CONSTABLE.isSeniorOfficer());
    assertFalse(Rank.CONSTABLE.isSeniorOfficer());
  }

  @Test
  void parsesLeniently() {
    assertEquals(Rank.CHIEF_INSPECTOR, Rank.parse("Chief Inspector"));
    assertEquals(Rank.CHIEF_INSPECTOR, Rank.parse("chief-inspector"));
    assertEquals(Rank.SERGEANT, Rank.parse("SERGEANT"));
    assertEquals("chief_inspector", Rank.CHIEF_INSPECTOR.code());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rank.parse("general"));
    assertTrue(e.getMessage().startsWith("unknown rank 'general'; expected one of constable, sergeant,"), e.getMessage());
  }
}

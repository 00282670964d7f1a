package io.github.policeconduct.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Regime;
import org.junit.jupiter.api.Test;

class CasesTest {
  @Test
  void attentionWindowsMeetWithoutGapsOrOverlaps() {
    assertEquals(LocalDate.of(2012, 11, 21), Cases.lastAttentionDay(Regime.CONDUCT_REGULATIONS_2008));
    assertEquals(LocalDate.of(2020, 1, 31), Cases.lastAttentionDay(Regime.CONDUCT_REGULATIONS_2012));
    assertEquals(LocalDate.of(2026, 10, 31), Cases.lastAttentionDay(Regime.CONDUCT_REGULATIONS_2020));
    assertEquals(Cases.HORIZON, Cases.lastAttentionDay(Regime.CONDUCT_REGULATIONS_2020));
  }

  @Test
  void eachKnobIsSetOnce() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Cases.builder().regime(Regime.CONDUCT_REGULATIONS_2012).regime(Regime.CONDUCT_REGULATIONS_2020));
    assertTrue(e.getMessage().contains("regime") && e.getMessage().contains("2012") && e.getMessage().contains("2020"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Cases.builder().stage(Stage.ASSESSED).stage(Stage.ASSESSED));
    assertThrows(IllegalStateException.class, () -> Cases.builder().former(true).former(false));
  }

  @Test
  void knobsThatContradictEachOtherFailAtBuild() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Cases.builder().stage(Stage.ASSESSED).forum(Forum.MISCONDUCT_MEETING).build());
    assertTrue(e.getMessage().contains("ASSESSED") || e.getMessage().contains("assessed"), e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> Cases.builder().stage(Stage.ALLEGATION_ONLY).finding(Finding.MISCONDUCT).build());
    assertThrows(IllegalStateException.class,
        () -> Cases.builder().former(false).leaving(Leaving.AFTER_ATTENTION).build());
  }

  @Test
  void knobsRejectNull() {
    assertThrows(NullPointerException.class, () -> Cases.builder().regime(null));
    assertThrows(NullPointerException.class, () -> Cases.builder().stage(null));
    assertThrows(NullPointerException.class, () -> Cases.lastAttentionDay(null));
  }

  @Test
  void describesAFalsifyingCaseInFull() {
    String described = Cases.any().asString(Samples.list(Cases.at(Stage.CONCLUDED), 3L, 1).get(0));
    assertTrue(described.contains("came to attention") && described.contains("->"), described);
  }
}

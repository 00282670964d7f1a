package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The small parts of the public API that users print, key on or branch on. */
class SmallApiTest {

  @Test
  void guidanceKindsAndCapabilitiesHaveStableCodesAndTitles() {
    for (GuidanceKind k : GuidanceKind.values()) {
      assertEquals(k.name().toLowerCase(Locale.ROOT), k.code());
    }
    assertEquals(List.of("Which regulations govern", "Jurisdiction", "Routing", "Sanctions", "Consequences",
        "Timetable", "Resignation and retirement", "Guidance (advisory)"),
        List.of(Capability.values()).stream().map(Capability::title).collect(Collectors.toList()));
  }

  @Test
  void theLifecycleListsEveryLawfulTransitionWithItsCitation() {
    List<Lifecycle.Transition> all = ConductRules.lifecycle().transitions();
    assertFalse(all.isEmpty());
    Set<Lifecycle.State> reached = EnumSet.noneOf(Lifecycle.State.class);
    for (Lifecycle.Transition t : all) {
      assertFalse(t.when().isBlank(), t.toString());
      assertFalse(t.citation().instrument().isBlank(), t.toString());
      reached.add(t.from());
      reached.add(t.to());
    }
    assertEquals(EnumSet.allOf(Lifecycle.State.class), reached);
    assertTrue(all.stream().anyMatch(Lifecycle.Transition::servingOnly));
    assertTrue(all.stream().anyMatch(t -> !t.servingOnly()));
    assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
    for (Lifecycle.Transition t : all) {
      Rule r = ConductRules.lifecycle().rule(t);
      assertEquals(r.citation(java.util.Optional.of(io.github.policeconduct.core.Regime.CONDUCT_REGULATIONS_2020), java.time.LocalDate.MAX),
          t.citation(), "a transition cites its rule's row: " + t);
    }
    Lifecycle.Transition stranger = new Lifecycle.Transition(Lifecycle.State.APPEAL, Lifecycle.State.ALLEGATION_RECEIVED, "never",
        false, all.get(0).citation());
    assertThrows(IllegalArgumentException.class, () -> ConductRules.lifecycle().rule(stranger));
  }

  @Test
  void aRulingWithoutAValueSaysWhyWhenAskedForOne() {
    Step step = new Step(Rule.values()[0], Law.r2020("reg 3"), java.util.Map.of(), false, "Nothing applied.");
    Explanation e = Explanation.of(List.of(step));
    Ruling<String> none = new Ruling.NoRuleApplies<>(e);
    IllegalStateException x = assertThrows(IllegalStateException.class, none::orElseThrow);
    assertEquals("no decided value: " + e, x.getMessage());
    assertEquals("yes", new Ruling.Decided<>("yes", e).orElseThrow());
  }
}

package io.github.policeconduct.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import org.junit.jupiter.api.Test;

/** The query a system asks without a case: its defaults, its named facts, and its value semantics. */
class OutcomeQueryTest {
  private static final Regime R2020 = Regime.CONDUCT_REGULATIONS_2020;

  private static OutcomeQuery.Builder hearing() {
    return OutcomeQuery.builder(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Role.POLICE_OFFICER);
  }

  @Test
  void ofIsAServingOfficerWithACleanRecordAndASingleIncident() {
    OutcomeQuery q = OutcomeQuery.of(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Rank.SERGEANT);
    assertEquals(hearing().rank(Rank.SERGEANT).build(), q);
    assertEquals(Role.POLICE_OFFICER, q.role());
    assertEquals(Optional.of(Rank.SERGEANT), q.rank());
    assertEquals(false, q.finalWrittenWarningInForce() || q.unconnectedIncidents() || q.reducedInRankBefore()
        || q.formerOfficer());
    assertEquals(Optional.empty(), hearing().build().rank());
  }

  @Test
  void eachNamedFactIsKeptAndDecides() {
    OutcomeQuery former = hearing().rank(Rank.CONSTABLE).formerOfficer(true).build();
    assertEquals(true, former.formerOfficer());
    assertEquals(Set.of(Outcome.WOULD_HAVE_BEEN_DISMISSED), ConductRules.availableOutcomes(former));
    OutcomeQuery all = hearing().rank(Optional.of(Rank.INSPECTOR)).finalWrittenWarningInForce(true)
        .unconnectedIncidents(true).reducedInRankBefore(true).build();
    assertEquals(true, all.finalWrittenWarningInForce() && all.unconnectedIncidents() && all.reducedInRankBefore());
    assertEquals(false, all.formerOfficer());
  }

  @Test
  void queriesWithEqualFactsAreEqualAndHashAlike() {
    Set<OutcomeQuery> distinct = new HashSet<>();
    for (int bits = 0; bits < 16; bits++) {
      OutcomeQuery a = hearing().rank(Rank.CONSTABLE).finalWrittenWarningInForce((bits & 1) != 0)
          .unconnectedIncidents((bits & 2) != 0).reducedInRankBefore((bits & 4) != 0).formerOfficer((bits & 8) != 0).build();
      OutcomeQuery b = hearing().rank(Rank.CONSTABLE).finalWrittenWarningInForce((bits & 1) != 0)
          .unconnectedIncidents((bits & 2) != 0).reducedInRankBefore((bits & 4) != 0).formerOfficer((bits & 8) != 0).build();
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      distinct.add(a);
    }
    assertEquals(16, distinct.size());
    assertNotEquals(hearing().build(), hearing().rank(Rank.CONSTABLE).build());
    // printed as the record of 0.1.0 printed it
    record Was(Regime regime, Forum forum, Finding finding, Role role, Optional<Rank> rank,
        boolean finalWrittenWarningInForce, boolean unconnectedIncidents, boolean reducedInRankBefore, boolean formerOfficer) {}
    assertEquals(new Was(R2020, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT, Role.POLICE_OFFICER,
        Optional.of(Rank.SERGEANT), true, false, false, false).toString().replaceFirst("^Was", "OutcomeQuery"),
        hearing().rank(Rank.SERGEANT).finalWrittenWarningInForce(true).build().toString());
  }

  @Test
  void theFourFactsThatHaveNoDefaultAreRequired() {
    assertThrows(NullPointerException.class, () -> OutcomeQuery.builder(null, Forum.MISCONDUCT_HEARING, Finding.MISCONDUCT,
        Role.POLICE_OFFICER));
    assertThrows(NullPointerException.class, () -> hearing().rank((Optional<Rank>) null));
  }
}

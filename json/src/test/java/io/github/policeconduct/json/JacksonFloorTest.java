package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The version check that makes an older Jackson fail at first use, naming the version needed. */
class JacksonFloorTest {
  @ParameterizedTest
  @ValueSource(strings = {"2.21.0", "2.21.1", "2.22.0", "2.22.4", "2.100.0", "3.0.0", "2.21.0-SNAPSHOT", "2.21.0.1"})
  void theFloorAndNewerAreAccepted(String version) {
    assertNull(JacksonFloor.problem("jackson-databind", version), version);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.20.1", "2.20.0", "2.19.4", "2.17.0", "2.15.4", "2.9.10", "2.0.0", "1.99.99", "2.20.99-rc1"})
  void olderVersionsFailNamingTheFloor(String version) {
    String problem = JacksonFloor.problem("jackson-core", version);
    assertEquals("police-conduct-json needs Jackson 2.21.0 or newer, but jackson-core " + version
        + " is on the class path: declare com.fasterxml.jackson.core:jackson-core (or import"
        + " com.fasterxml.jackson:jackson-bom) at 2.21.0 or newer", problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "unknown", "2.16", "x.y.z", "2..0", "0.0.0-unknown-extra"})
  void anUnreadableVersionIsLetThroughUnlessKnownTooOld(String version) {
    // 0.0.0 is what Jackson's Version.unknownVersion() prints: a version known to be older, so it fails.
    if (version.startsWith("0.0.0")) {
      assertTrue(JacksonFloor.problem("jackson-core", version) != null);
    } else {
      assertNull(JacksonFloor.problem("jackson-core", version), version);
    }
  }

  @Test
  void versionsAreReadAsNumbersNotText() {
    assertArrayEquals(new int[] {2, 21, 0}, JacksonFloor.parse("2.21.0"));
    assertArrayEquals(new int[] {2, 9, 10}, JacksonFloor.parse("2.9.10-SNAPSHOT"));
    assertNull(JacksonFloor.problem("jackson-core", "2.100.0"), "2.100 is newer than 2.21, though it sorts before as text");
    assertTrue(JacksonFloor.problem("jackson-core", "2.9.100") != null, "2.9 is older than 2.21, though it sorts after as text");
  }

  @Test
  void theJacksonOfThisBuildPasses() {
    assertDoesNotThrow(JacksonFloor::check);
    assertEquals("2.21.0", JacksonFloor.FLOOR);
  }
}

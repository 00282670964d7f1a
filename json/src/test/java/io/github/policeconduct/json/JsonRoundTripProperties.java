package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.testkit.Cases;
import org.junit.jupiter.api.Test;

/** Every case the testkit can generate is written and read back unchanged, and written again identically. */
class JsonRoundTripProperties {
  @Test
  void everyGeneratedCaseSurvivesAJsonRoundTrip() {
    CaseJson json = CaseJson.standard();
    qt().withExamples(1000).forAll(Cases.any()).checkAssert(c -> {
      String written = json.write(c);
      ConductCase read = json.read(written);
      assertEquals(c, read);
      assertEquals(written, json.write(read));
    });
  }

}

package io.github.policeconduct.examples.force;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.stream.Stream;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.OutcomeCheck;
import io.github.policeconduct.testkit.Cases;
import io.github.policeconduct.testkit.Generators;
import io.github.policeconduct.testkit.Samples;
import io.github.policeconduct.testkit.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example of the testkit guide ({@code testkit/README.md}, "Property-testing your case system"): a
 * force's case system never records an outcome the rules call unlawful. The first property, between the
 * {@code guide} markers, is quoted in the guide word for word ({@code GuideSnippetTest} checks that); the
 * seeded-stream variant below it is for teams without QuickTheories.
 *
 * <p>{@link ForceCaseSystemCatchesBugsTest} runs both against a deliberately broken system and checks that
 * they fail: a property that cannot fail proves nothing.
 */
class ForceCaseSystemProperties {
  // The system under test is a field so that ForceCaseSystemCatchesBugsTest can swap in a broken one.
  // guide:begin
  ForceCaseSystem system = ForceCaseSystem.validating();   // your case system here

  @Test
  void neverRecordsAnOutcomeTheRulesCallUnlawful() {
    qt().withExamples(500)
        .forAll(Cases.at(Stage.WITH_PROCEEDINGS), Generators.outcomes())
        .checkAssert((c, outcome) -> system.record(c, outcome).ifPresent(recorded ->
            assertTrue(ConductRules.decide(recorded).outcome().map(OutcomeCheck::lawful).orElse(false),
                () -> "recorded an outcome the rules call unlawful:\n" + ConductRules.decide(recorded))));
  }
  // guide:end

  // stream:begin
  /** The same cases and outcomes for any framework: 300 of them, the same on every run. */
  static Stream<Arguments> casesAndOutcomes() {
    return Samples.stream(Cases.at(Stage.WITH_PROCEEDINGS).zip(Generators.outcomes(), Arguments::of), 20261123L)
        .limit(300);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("casesAndOutcomes")
  void neverRecordsAnOutcomeTheRulesCallUnlawful(ConductCase c, Outcome outcome) {
    system.record(c, outcome).ifPresent(recorded ->
        assertTrue(ConductRules.decide(recorded).outcome().map(OutcomeCheck::lawful).orElse(false),
            () -> "recorded an outcome the rules call unlawful:\n" + ConductRules.decide(recorded)));
  }
  // stream:end
}

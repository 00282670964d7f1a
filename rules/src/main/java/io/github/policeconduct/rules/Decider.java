package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Subject;

/**
 * Composes the capabilities into answers. The case's facts are computed once ({@link CaseFacts}); each capability is
 * a function of them and of what the capabilities before it decided; a whole decision runs them all, a one-question
 * entry point only those its answer rests on, and returns only their steps.
 */
final class Decider {
  private Decider() {}

  static Decision decide(ConductCase recorded, LocalDate asAt) {
    ConductCase c = KnownAt.view(recorded, asAt);
    CaseFacts f = CaseFacts.of(c, asAt);
    Trace regimeTrace = new Trace(Optional.empty(), asAt);
    KnownAt.note(recorded, asAt, regimeTrace);
    Optional<Regime> regimeFound = Regimes.decide(c, asAt, regimeTrace);
    Trace t = regimeTrace.forRegime(regimeFound);
    if (regimeFound.isEmpty()) {
      Optional<OutcomeCheck> outcome = outside(f, "regulations_not_modelled", t);
      return decision(f, t, Optional.empty(), Optional.empty(), Routing.NONE, EnumSet.noneOf(Outcome.class), outcome,
          Optional.empty(), new Resignation(false, Optional.empty()), false, Lifecycles.walk(f.c(), null));
    }
    Regime regime = regimeFound.get();
    Jurisdictions.Result j = Jurisdictions.of(f, regime, t);
    Optional<OutcomeCheck> outside = j.outside().flatMap(why -> outside(f, why, t));
    Resignation resignation = Resignations.of(f, t);
    if (!j.inScope()) {
      ConsequenceRules.outsideRegulations(f, t);
      return decision(f, t, Optional.of(regime), j.condition(), Routing.NONE, EnumSet.noneOf(Outcome.class), outside,
          Optional.empty(), resignation, false, Lifecycles.walk(f.c(), null));
    }
    Routing.Result route = Routing.of(f, regime, j.former(), t);
    Outcomes.Result out = Outcomes.of(f, regime, j.former(), route.forum(), t);
    Optional<LocalDate> expires = ConsequenceRules.of(f,
        new ConsequenceRules.Basis(regime, true, j.former(), route.forum(), out.finding(), out.outcome()), t);
    GuidanceRules.of(f, j.former(), route.forum(), out.finding(), out.available(), t);
    Timetables.order(f.c(), Optional.of(regime), t);
    Lifecycle.State state = Lifecycles.walk(f.c(), t);
    return decision(f, t, Optional.of(regime), j.condition(), route, out.available(), out.outcome(), expires, resignation,
        true, state);
  }

  private static Decision decision(CaseFacts f, Trace t, Optional<Regime> regime, Optional<FormerOfficerCondition> condition,
      Routing.Result route, java.util.Set<Outcome> available, Optional<OutcomeCheck> outcome, Optional<LocalDate> expires,
      Resignation resignation, boolean inScope, Lifecycle.State state) {
    // One meaning of lawful: an outcome stands only if nothing in the case is an error (a meeting held where a
    // hearing was required, a period the law cannot give...), so that "lawful" and the errors beside it agree.
    Optional<OutcomeCheck> checked = outcome.map(o -> o.lawful() && !t.problems().isEmpty()
        ? new OutcomeCheck(o.decided(), false) : o);
    return new Decision(f.c().id(), f.asAt(), regime, inScope, condition, route.forum(), route.conductedBy(), available, checked,
        expires, resignation, t.consequences(), t.guidance(), t.explanation(), t.problems(),
        Timetables.of(f.c(), regime, f.asAt()), state);
  }

  /** An outcome given in a case the Conduct Regulations do not reach was given without power. */
  private static Optional<OutcomeCheck> outside(CaseFacts f, String why, Trace t) {
    Optional<Outcome> given = f.givenOutcome();
    if (given.isEmpty() || !f.subject().role().isConstable()) {
      return Optional.empty();
    }
    t.addProblem(new Problem("outside_jurisdiction", Sentences.text("problem.outside_jurisdiction", null, "outcome", given.get().code(),
        "why", why), t.lastCitation()));
    return Optional.of(new OutcomeCheck(given.get(), false));
  }

  /** What capabilities 1 and 2 decided for a one-question entry point, with their steps. */
  private record InScope(CaseFacts facts, Optional<Regime> regime, Optional<Jurisdictions.Result> jurisdiction, Trace trace) {}

  private static InScope inScope(ConductCase recorded, LocalDate asAt) {
    ConductCase c = KnownAt.view(recorded, asAt);
    CaseFacts f = CaseFacts.of(c, asAt);
    Trace t = new Trace(Optional.empty(), asAt);
    KnownAt.note(recorded, asAt, t);
    Optional<Regime> regime = Regimes.decide(c, asAt, t);
    if (regime.isEmpty()) {
      return new InScope(f, Optional.empty(), Optional.empty(), t);
    }
    Trace j = t.forRegime(regime);
    return new InScope(f, regime, Optional.of(Jurisdictions.of(f, regime.get(), j)), j);
  }

  static Ruling<Jurisdiction> jurisdiction(ConductCase c, LocalDate asAt) {
    InScope s = inScope(c, asAt);
    if (s.jurisdiction().isEmpty()) {
      return new Ruling.NoRuleApplies<>(s.trace().explanation());
    }
    Jurisdictions.Result result = s.jurisdiction().get();
    return new Ruling.Decided<>(new Jurisdiction(result.inScope(), result.condition()), s.trace().explanation());
  }

  static Ruling<io.github.policeconduct.core.Forum> forum(ConductCase c, LocalDate asAt) {
    InScope s = inScope(c, asAt);
    if (s.jurisdiction().isEmpty() || !s.jurisdiction().get().inScope()) {
      return new Ruling.NoRuleApplies<>(s.trace().explanation());
    }
    Routing.Result route = Routing.of(s.facts(), s.regime().get(), s.jurisdiction().get().former(), s.trace());
    return route.forum().<Ruling<io.github.policeconduct.core.Forum>>map(x -> new Ruling.Decided<>(x, s.trace().explanation()))
        .orElseGet(() -> new Ruling.NoRuleApplies<>(s.trace().explanation()));
  }

  static Ruling<Boolean> resignationRestricted(ConductCase c, LocalDate date) {
    ConductCase serving = c.subject().left().isPresent()
        ? c.withSubject(c.subject().withLeft(Optional.empty())) : c;
    CaseFacts f = CaseFacts.of(serving, date);
    Trace t = new Trace(Optional.empty(), date);
    Optional<Regime> regime = Regimes.decide(serving, date, t);
    if (regime.isEmpty()) {
      return new Ruling.NoRuleApplies<>(t.explanation());
    }
    Trace res = t.forRegime(regime);
    return new Ruling.Decided<>(Resignations.of(f, res).restricted(), res.explanation());
  }
}

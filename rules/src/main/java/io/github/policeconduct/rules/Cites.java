package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.Regime;

/**
 * The citations of one rule row: the provision it rests on for each set of Regulations it belongs to, and where
 * the provision changed, from which date it is cited. A citation keyed to no regime serves every regime; one keyed
 * to a date serves questions asked on or after it. Built only in {@link Rule}'s constants; immutable.
 */
final class Cites {
  /** One citation: for a regime (or any), as at a date (or any). */
  record Entry(Optional<Regime> regime, LocalDate from, Citation citation) {}

  private final ImmutableList<Entry> entries;

  private Cites(List<Entry> entries) {
    this.entries = ImmutableList.copyOf(entries);
    this.byRegime = candidates();
  }

  /** One citation for every regime and date (add one for a particular regime with {@link #and}). */
  static Cites of(Citation citation) {
    return new Cites(List.of(new Entry(Optional.empty(), LocalDate.MIN, citation)));
  }

  /** The same provision in each Regulations: each citation serves the regime whose instrument it names. */
  static Cites each(Citation... citations) {
    List<Entry> out = new ArrayList<>();
    for (Citation c : citations) {
      out.add(new Entry(Optional.of(regimeOf(c)), LocalDate.MIN, c));
    }
    return new Cites(out);
  }

  /** A citation for one regime; add others with {@link #and}. */
  static Cites in(Regime regime, Citation citation) {
    return new Cites(List.of(new Entry(Optional.of(regime), LocalDate.MIN, citation)));
  }

  /** A citation for questions asked on or after {@code from}; add later ones with {@link #andFrom}. */
  static Cites asAt(String from, Citation citation) {
    return new Cites(List.of(new Entry(Optional.empty(), LocalDate.parse(from), citation)));
  }

  Cites and(Regime regime, Citation citation) {
    return with(new Entry(Optional.of(regime), LocalDate.MIN, citation));
  }

  Cites andFrom(String from, Citation citation) {
    return with(new Entry(Optional.empty(), LocalDate.parse(from), citation));
  }

  /** The citation for questions asked before every dated entry. */
  Cites orBefore(Citation citation) {
    return with(new Entry(Optional.empty(), LocalDate.MIN, citation));
  }

  private Cites with(Entry e) {
    List<Entry> out = new ArrayList<>(entries);
    out.add(e);
    return new Cites(out);
  }

  private static Regime regimeOf(Citation c) {
    return instrumentOf(c).orElseThrow(() -> new IllegalArgumentException("not a Conduct Regulations citation: " + c));
  }

  /** The Regulations whose cases the rule decides (see {@link Rule#regimes()}). */
  Set<Regime> regimes() {
    EnumSet<Regime> keyed = EnumSet.noneOf(Regime.class);
    EnumSet<Regime> cited = EnumSet.noneOf(Regime.class);
    boolean allKeyed = true;
    boolean allConduct = true;
    for (Entry e : entries) {
      e.regime().ifPresent(keyed::add);
      allKeyed &= e.regime().isPresent();
      Optional<Regime> instrument = instrumentOf(e.citation());
      instrument.ifPresent(cited::add);
      allConduct &= instrument.isPresent();
    }
    if (allKeyed) {
      return Sets.immutableEnumSet(keyed);
    }
    if (allConduct && cited.size() == 1) {
      return Sets.immutableEnumSet(cited);
    }
    return Sets.immutableEnumSet(EnumSet.allOf(Regime.class));
  }

  private static Optional<Regime> instrumentOf(Citation c) {
    for (Regime r : Regime.values()) {
      if (r.title().equals(c.instrument())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The first citation listed: the rule's own provision. */
  Citation primary() {
    return entries.get(0).citation();
  }

  List<Entry> entries() {
    return entries;
  }

  /**
   * The citation for a case governed by {@code regime} (or none known), asked as at {@code asAt}: the entries for
   * that regime, else those for any regime; of them, the latest dated on or before {@code asAt}, else the earliest.
   * Asked for every step of every decision: the candidates are chosen once per regime, and read without iterators.
   */
  Citation forCase(Optional<Regime> regime, LocalDate asAt) {
    Entry[] candidates = byRegime[regime.isPresent() ? regime.get().ordinal() + 1 : 0];
    Entry chosen = candidates[0]; // sorted by date: the earliest
    for (int i = 1; i < candidates.length; i++) {
      if (!candidates[i].from().isAfter(asAt)) {
        chosen = candidates[i];
      }
    }
    return chosen.citation();
  }

  /** The candidate entries by regime (index 0: no regime known; i + 1: the regime of ordinal i), sorted by date. */
  private final Entry[][] byRegime;

  private Entry[][] candidates() {
    Entry[][] out = new Entry[Regime.values().length + 1][];
    out[0] = sorted(Optional.empty());
    for (Regime r : Regime.values()) {
      out[r.ordinal() + 1] = hasEntryFor(r) ? sorted(Optional.of(r)) : out[0];
    }
    return out;
  }

  private Entry[] sorted(Optional<Regime> regime) {
    List<Entry> matching = new ArrayList<>();
    for (Entry e : entries) {
      if (e.regime().equals(regime)) {
        matching.add(e);
      }
    }
    if (matching.isEmpty()) {
      matching.add(new Entry(Optional.empty(), LocalDate.MIN, primary()));
    }
    matching.sort(java.util.Comparator.comparing(Entry::from));
    return matching.toArray(new Entry[0]);
  }

  private boolean hasEntryFor(Regime regime) {
    for (Entry e : entries) {
      if (e.regime().isPresent() && e.regime().get() == regime) {
        return true;
      }
    }
    return false;
  }
}

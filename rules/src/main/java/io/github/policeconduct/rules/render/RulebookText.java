package io.github.policeconduct.rules.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.policeconduct.core.Regime;
import io.github.policeconduct.rules.Capability;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Rule;

/**
 * The rulebook as text for people: the rules in force on a day, grouped by the question they answer, each with its
 * dates, its summary, its citation and (where it decides the cases of some Regulations only) which; or what changed
 * between two days. Written in {@link Locale#ROOT} with {@code '\n'} line ends.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class RulebookText {
  private RulebookText() {}

  /**
   * The rules in force on {@code day}.
   *
   * @param day the day
   * @return the listing
   * @since 0.2.0
   */
  public static String inForce(LocalDate day) {
    List<Rule> now = ConductRules.rulesInForce(Objects.requireNonNull(day, "day"));
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Rules in force on %s: %d of the %d in the catalogue, grouped by the question they answer.\n",
        day, now.size(), Rule.values().length));
    list(b, now);
    return b.toString();
  }

  /**
   * The rules that came into force, and those that stopped applying, after {@code since} and by {@code day}.
   *
   * @param since the earlier day
   * @param day the later day
   * @return the listing
   * @since 0.2.0
   */
  public static String changes(LocalDate since, LocalDate day) {
    List<Rule> now = ConductRules.rulesInForce(Objects.requireNonNull(day, "day"));
    List<Rule> then = ConductRules.rulesInForce(Objects.requireNonNull(since, "since"));
    List<Rule> added = new ArrayList<>(now);
    added.removeAll(then);
    List<Rule> ended = new ArrayList<>(then);
    ended.removeAll(now);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Changes between %s and %s: %d rule(s) came into force, %d stopped applying.\n",
        since, day, added.size(), ended.size()));
    b.append(String.format(Locale.ROOT, "\nIn force on %s but not on %s:\n", day, since));
    list(b, added);
    b.append(String.format(Locale.ROOT, "\nIn force on %s but no longer on %s:\n", since, day));
    list(b, ended);
    return b.toString();
  }

  private static void list(StringBuilder b, List<Rule> rules) {
    if (rules.isEmpty()) {
      b.append("  (none)\n");
      return;
    }
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0) + 2;
    for (Capability cap : Capability.values()) {
      List<Rule> group = rules.stream().filter(r -> r.capability() == cap).toList();
      if (group.isEmpty()) {
        continue;
      }
      b.append('\n').append(cap.title()).append('\n');
      for (Rule r : group) {
        b.append(String.format(Locale.ROOT, "  %-" + width + "s%s\n", r.id(), dates(r)));
        b.append("      ").append(r.summary()).append('\n');
        b.append("      [").append(r.citation()).append(']').append(regimes(r)).append('\n');
      }
    }
  }

  private static String regimes(Rule r) {
    if (r.regimes().equals(EnumSet.allOf(Regime.class))) {
      return "";
    }
    StringBuilder b = new StringBuilder(" for cases under the ");
    int i = 0;
    for (Regime regime : r.regimes()) {
      b.append(i++ == 0 ? "" : i == r.regimes().size() ? " and " : ", ").append(regime.title().replace("Police (Conduct) Regulations ", ""));
    }
    return b.append(" Regulations").toString();
  }

  private static String dates(Rule r) {
    String from = r.inForceFrom().map(d -> "from " + d).orElse("");
    String until = r.inForceUntil().map(d -> "until " + d).orElse("");
    return (from + (from.isEmpty() || until.isEmpty() ? "" : " ") + until).strip();
  }
}

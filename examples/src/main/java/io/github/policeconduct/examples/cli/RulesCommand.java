package io.github.policeconduct.examples.cli;

import java.util.Locale;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.policeconduct.rules.Capability;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conduct rules [--as-at DATE] [--changes-since DATE]}: the rules in force on a day, with
 * citations, grouped by capability; or what changed between two days.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
        "Lists the rules in force on a day, grouped by the question they answer, each with its citation and the "
            + "dates between which it applies.",
        "With --changes-since, lists only what changed between that day and the --as-at day."})
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--as-at", paramLabel = "DATE", description = "The day (YYYY-MM-DD). Default: today.")
  private LocalDate asAt;

  @Option(names = "--changes-since", paramLabel = "DATE",
      description = "Show only the rules that came into force or stopped applying after this day (YYYY-MM-DD).")
  private LocalDate since;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate day = asAt == null ? LocalDate.now() : asAt;
    List<Rule> now = ConductRules.rulesInForce(day);
    if (since == null) {
      out.printf(Locale.ROOT, "Rules in force on %s: %d of the %d in the catalogue, grouped by the question they answer.\n",
          day, now.size(), Rule.values().length);
      print(out, now);
    } else {
      List<Rule> then = ConductRules.rulesInForce(since);
      List<Rule> added = new ArrayList<>(now);
      added.removeAll(then);
      List<Rule> ended = new ArrayList<>(then);
      ended.removeAll(now);
      out.printf(Locale.ROOT, "Changes between %s and %s: %d rule(s) came into force, %d stopped applying.\n",
          since, day, added.size(), ended.size());
      out.printf(Locale.ROOT, "\nIn force on %s but not on %s:\n", day, since);
      print(out, added);
      out.printf(Locale.ROOT, "\nIn force on %s but no longer on %s:\n", since, day);
      print(out, ended);
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, List<Rule> rules) {
    if (rules.isEmpty()) {
      out.println("  (none)");
      return;
    }
    int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0) + 2;
    for (Capability cap : Capability.values()) {
      List<Rule> group = rules.stream().filter(r -> r.capability() == cap).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.printf(Locale.ROOT, "\n%s\n", cap.title());
      for (Rule r : group) {
        out.printf(Locale.ROOT, "  %-" + width + "s%s\n", r.id(), dates(r));
        out.printf(Locale.ROOT, "      %s\n", r.summary());
        out.printf(Locale.ROOT, "      [%s]\n", r.citation());
      }
    }
  }

  private static String dates(Rule r) {
    String from = r.inForceFrom().map(d -> "from " + d).orElse("");
    String until = r.inForceUntil().map(d -> "until " + d).orElse("");
    return (from + (from.isEmpty() || until.isEmpty() ? "" : " ") + until).strip();
  }
}

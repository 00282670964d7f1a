package io.github.policeconduct.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.github.policeconduct.rules.render.RulebookText;
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
    out.print(since == null ? RulebookText.inForce(day) : RulebookText.changes(since, day));
    out.flush();
    return 0;
  }
}

package io.github.policeconduct.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.github.policeconduct.examples.stories.Stories;
import io.github.policeconduct.examples.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code conduct demo}: the seed stories, decided and explained. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Tells the seed stories (news reports from Staffordshire, Kent and Cheshire) as cases, each decided and "
            + "explained in plain English with citations, then the Kent and Cambridgeshire figures as statistics tables."})
final class DemoCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("police-conduct demo: real news reports as cases, decided by the Police (Conduct) Regulations");
    out.println();
    out.println("Each story is a case built with the library's builders (see the classes in");
    out.println("io.github.policeconduct.examples.stories). For each: what the law decided and why, in two");
    out.println("lines, then the decision as `conduct evaluate` prints it, every step with its citation.");
    List<Story> stories = Stories.all();
    for (int i = 0; i < stories.size(); i++) {
      out.println();
      out.println();
      Stories.tell(stories.get(i), i + 1, out);
    }
    appendStatisticsSection(out);
    out.flush();
    return 0;
  }

  /**
   * The statistics section: the Kent Police 2014/15 allegations by standard (seed 004) and the
   * Cambridgeshire officers investigated by category (seed 002), each rebuilt from cases that match the
   * published figures and counted with the statistics package.
   */
  void appendStatisticsSection(PrintWriter out) {
    out.println();
    out.println("== Kent Police, April 2014 to March 2015: allegations by standard (seed 004) ==");
    out.println("Counted from cases with the statistics package, as the published figures count them.");
    out.println();
    out.print(io.github.policeconduct.examples.report.KentTable2014.render());
    out.println();
    out.println("== Cambridgeshire Constabulary, seven years to 2024: officers investigated, by category (seed 002) ==");
    out.println("Individuals, not allegations: an FOI answer's table, then the same table as published with small numbers suppressed.");
    out.println();
    out.print(io.github.policeconduct.examples.report.CambridgeshireTable2024.render());
  }
}

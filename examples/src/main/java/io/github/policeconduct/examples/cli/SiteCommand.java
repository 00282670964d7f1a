package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.examples.site.LegalAssumptions;
import io.github.policeconduct.examples.site.WorkedExamples;
import io.github.policeconduct.examples.stories.Episode;
import io.github.policeconduct.examples.stories.Stories;
import io.github.policeconduct.examples.stories.Story;
import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.rules.render.RulebookSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code conduct site OUTDIR [--as-at DATE] [--cases FILE]...}: the rules explorer as a static site. */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    description = {
        "Writes the rules explorer: a static, self-contained HTML site (open OUTDIR/index.html; no server or network "
            + "needed) with a page per rule (its provision for each set of Regulations, linked to legislation.gov.uk, and "
            + "worked examples), the outcome tables, what changed when, the lifecycle, the Legal assumptions, and a page "
            + "for each worked example's decision.",
        "The worked examples are the demo's stories and a fixed grid of small cases; --cases adds your own (they come "
            + "first on a rule's page)."},
    footer = {"", "Exit status: 0 the site was written; 1 a case file had invalid cases (reported; the site was not "
        + "written); 2 usage error, or OUTDIR cannot be written."})
final class SiteCommand implements Callable<Integer> {
  @ParentCommand
  private ConductCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "The directory to write the site to (created if missing; "
      + "pages of the same name are replaced).")
  private Path outDir;

  @Option(names = "--as-at", paramLabel = "DATE", description = "The day the rulebook speaks for (YYYY-MM-DD). Default: today.")
  private LocalDate asAt;

  @Option(names = "--cases", paramLabel = "FILE", description = "A case file (JSON or JSON Lines) whose cases are added "
      + "to the worked examples. May be given more than once.")
  private List<String> caseFiles = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, ConductCase> examples = new LinkedHashMap<>();
    int bad = 0;
    for (String file : caseFiles) {
      List<CaseFormatException> problems = new ArrayList<>();
      try (InputStream in = InputFiles.open(file, parent.stdin())) {
        EvaluateCommand.reader().read(file, in, new CaseReader.Sink() {
          @Override
          public void accept(ConductCase c, long line) {
            if (examples.putIfAbsent(c.id(), c) != null) {
              err.println(file + ", line " + line + ": case id \"" + c.id() + "\" is already a worked example; this case is left out");
            }
          }

          @Override
          public void reject(CaseFormatException problem) {
            problems.add(problem);
          }
        });
      } catch (IOException e) {
        err.println(ConductCommand.describe(e));
        return CommandLine.ExitCode.USAGE;
      }
      problems.forEach(p -> err.println(p.getMessage()));
      bad += problems.size();
    }
    if (bad > 0) {
      err.println(bad + " invalid case(s): the site was not written");
      return 1;
    }
    for (Story story : Stories.all()) {
      for (Episode e : story.episodes()) {
        examples.putIfAbsent(e.conductCase().id(), e.conductCase());
      }
    }
    for (ConductCase c : WorkedExamples.all()) {
      examples.putIfAbsent(c.id(), c);
    }
    LocalDate day = asAt == null ? LocalDate.now() : asAt;
    SortedMap<String, String> pages = RulebookSite.pages(day, List.copyOf(examples.values()), LegalAssumptions.bundled());
    try {
      for (Map.Entry<String, String> page : pages.entrySet()) {
        OutputFiles.writeWhole(outDir.resolve(page.getKey()), page.getValue());
      }
    } catch (IOException e) {
      err.println(outDir + ": " + ConductCommand.describe(e));
      return CommandLine.ExitCode.USAGE;
    }
    out.println("wrote " + pages.size() + " pages to " + outDir + " (the rulebook as at " + day + ", " + examples.size()
        + " worked examples); open " + outDir.resolve("index.html"));
    out.flush();
    return 0;
  }
}

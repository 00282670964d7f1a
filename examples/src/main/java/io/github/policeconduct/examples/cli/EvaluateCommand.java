package io.github.policeconduct.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.json.CaseFormatException;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conduct evaluate FILE|- [--json] [--as-at DATE]}: decides every case in a file, one at a time, in
 * input order. Text for people, or JSON Lines in the decision format of {@code CONTRACT.md}.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
        "Decides every case in FILE (one case object, a JSON array of cases, or JSON Lines) and explains each "
            + "decision with citations.",
        "Cases are read and decided one at a time, in input order; each bad case is reported on standard error "
            + "(file, line, field, value) and the good cases are still decided."},
    footer = {"", "Exit status: 0 every case read and decided; 1 some input was invalid; 2 usage error."})
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand
  private ConductCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The case file, or - for standard input.")
  private String file;

  @Option(names = "--json", description = "Write one JSON decision per case (JSON Lines), as CONTRACT.md specifies.")
  private boolean json;

  @Option(names = "--as-at", paramLabel = "DATE",
      description = "Decide as at this day (YYYY-MM-DD). Default: the latest date each case records.")
  private LocalDate asAt;

  private int decided;
  private int rejected;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String source = file;
    Reader in;
    if (file.equals("-")) {
      in = new BufferedReader(new InputStreamReader(parent.stdin(), StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    } else {
      Path path = Paths.get(file);
      if (Files.isDirectory(path)) {
        err.println(source + ": is a directory, not a case file");
        return 1;
      }
      try {
        in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        err.println(source + ": no such file");
        return 1;
      } catch (IOException e) {
        err.println(source + ": cannot be read (" + ConductCommand.describe(e) + ")");
        return 1;
      }
    }
    try (Reader r = in) {
      reader().read(source, r, new CaseReader.Sink() {
        @Override
        public void accept(ConductCase conductCase) {
          decide(conductCase, out, err);
        }

        @Override
        public void reject(CaseFormatException problem) {
          rejected++;
          err.println(problem.getMessage());
          err.flush();
        }
      });
    } catch (IOException e) {
      err.println(source + ": reading stopped after " + (decided + rejected) + " case(s): "
          + ConductCommand.describe(e));
      out.flush();
      return 1;
    }
    out.flush();
    return rejected == 0 ? 0 : 1;
  }

  static CaseReader reader() {
    return new CaseJsonReader();
  }

  private void decide(ConductCase c, PrintWriter out, PrintWriter err) {
    String text;
    try {
      Decision d = asAt == null ? ConductRules.decide(c) : ConductRules.decide(c, asAt);
      text = json ? DecisionJson.line(d) : (decided > 0 ? System.lineSeparator() : "") + d;
    } catch (RuntimeException e) {
      rejected++;
      err.println(file + ", case " + c.id() + ": could not be decided: " + ConductCommand.describe(e));
      err.flush();
      return;
    }
    decided++;
    if (json) {
      out.println(text);
    } else {
      out.print(text);
    }
    out.flush();
  }
}

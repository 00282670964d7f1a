package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.json.DocumentJson;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Document;
import io.github.policeconduct.rules.DocumentKind;
import io.github.policeconduct.rules.DocumentResult;
import io.github.policeconduct.rules.Documents;
import io.github.policeconduct.rules.render.DocumentText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conduct document outcome-notice|barred-list-report|advisory-list-report FILE... [--format markdown|html|json]
 * [--as-at DATE] [--output-dir DIR]}: writes the document of that kind for every case in the files that needs one;
 * says on standard error, case by case, why a case has none.
 */
@Command(
    name = "document",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a document for every case in FILE... that needs one: outcome-notice (the outcome of a hearing under the "
            + "2020 Regulations, as a force publishes it), barred-list-report or advisory-list-report (the reports to the "
            + "College of Policing that SI 2017/1135 regs 3(2) and 12(2) prescribe).",
        "Every field names the provision it answers. Personal fields (name, date of birth, warrant number, the narrative "
            + "of the conduct) are marked blanks for the force's system: the library never holds them. A case that needs "
            + "no such document is named on standard error with the reason.",
        "Without --output-dir, Markdown or JSON (JSON Lines, one document per line) goes to standard output; with it, "
            + "each document goes to DIR/<case-id>.<kind>.<md|html|json> and its path to standard output."},
    footer = {"", "Exit status: 0 every case read and at least one document written; 1 some input was invalid, a file "
        + "could not be written, or no case needed the document; 2 usage error (including a file that cannot be opened, "
        + "and --format html without --output-dir); 3 out of memory."})
final class DocumentCommand implements Callable<Integer> {
  @ParentCommand
  private ConductCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Kinds.class,
      description = "outcome-notice, barred-list-report or advisory-list-report.")
  private String kindName;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Case files (a case, a JSON array of cases, or "
      + "JSON Lines), or - for standard input.")
  private List<String> files;

  @Option(names = "--format", paramLabel = "FORMAT", description = "markdown, html or json (default: ${DEFAULT-VALUE}); "
      + "html needs --output-dir.")
  private Format format = Format.markdown;

  @Option(names = "--as-at", paramLabel = "DATE",
      description = "Decide as at this day (YYYY-MM-DD). Default: the latest date each case records.")
  private LocalDate asAt;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Write each document to a file of its own in DIR "
      + "(created if need be): <case-id>.<kind>.<md|html|json>.")
  private Path outputDir;

  /** Output formats. */
  enum Format {
    markdown("md"), html("html"), json("json");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  /** The kinds as the command line spells them. */
  static final class Kinds extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Kinds() {
      for (DocumentKind k : DocumentKind.values()) {
        add(k.code().replace('_', '-'));
      }
    }
  }

  private int written;
  private int problems;
  private final Set<Path> paths = new HashSet<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentKind kind;
    try {
      kind = DocumentKind.parse(kindName);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "'" + ConductCommand.shown(kindName)
          + "' is not a document: write outcome-notice, barred-list-report or advisory-list-report");
    }
    if (format == Format.html && outputDir == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format html needs --output-dir DIR: each case's document is a page of its own");
    }
    if (outputDir != null) {
      try {
        Files.createDirectories(outputDir);
      } catch (IOException e) {
        err.println(outputDir + ": cannot create the output directory: " + ConductCommand.describe(e));
        return CommandLine.ExitCode.USAGE;
      }
    }
    List<InputStream> inputs = new ArrayList<>();
    for (String file : files) { // every file is opened first: a file that cannot be is a usage error, before any output
      try {
        inputs.add(InputFiles.open(file, parent.stdin()));
      } catch (java.nio.file.FileSystemException e) {
        for (InputStream in : inputs) {
          in.close();
        }
        err.println(e.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
    }
    for (int i = 0; i < files.size(); i++) {
      String source = files.get(i);
      int[] read = {0};
      try (InputStream in = inputs.get(i)) {
        EvaluateCommand.reader().read(source, in, new CaseReader.Sink() {
          @Override
          public void accept(ConductCase conductCase, long line) {
            read[0]++;
            write(kind, conductCase, source, out, err);
          }

          @Override
          public void reject(CaseFormatException problem) {
            read[0]++;
            problems++;
            out.flush();
            err.println(problem.getMessage());
          }
        });
      } catch (IOException e) {
        out.flush();
        problems++;
        err.println(source + ": reading stopped after " + read[0] + " case(s): " + ConductCommand.describe(e));
      }
      if (read[0] == 0) {
        err.println(source + ": 0 cases");
      }
    }
    out.flush();
    err.flush();
    return problems == 0 && written > 0 ? 0 : 1;
  }

  private void write(DocumentKind kind, ConductCase c, String source, PrintWriter out, PrintWriter err) {
    LocalDate day = asAt != null ? asAt : ConductRules.latestDate(c);
    DocumentResult r;
    try {
      r = Documents.write(kind, c, day);
    } catch (RuntimeException e) {
      problems++;
      out.flush();
      err.println(source + ", case " + ConductCommand.shown(c.id()) + ": could not be decided: " + ConductCommand.describe(e));
      return;
    }
    if (r.document().isEmpty()) {
      out.flush();
      err.println(source + ", case " + ConductCommand.shown(c.id()) + ": no " + kind.title() + " ("
          + r.whyNot().get().reason().code().replace('_', ' ') + "): " + r.whyNot().get().because());
      return;
    }
    Document d = r.document().get();
    String text = switch (format) {
      case markdown -> DocumentText.markdown(d);
      case html -> DocumentText.html(d);
      case json -> DocumentJson.line(d) + "\n";
    };
    if (outputDir == null) {
      if (format == Format.markdown && written > 0) {
        out.print("\n");
      }
      out.print(text);
      written++;
      return;
    }
    Path path = outputDir.resolve(OutputFiles.fileName(c.id()) + "." + kind.code() + "." + format.extension);
    if (!paths.add(path)) {
      problems++;
      out.flush();
      err.println(source + ", case " + ConductCommand.shown(c.id()) + ": " + path + " was already written for an earlier case"
          + " with the same id; not overwritten");
      return;
    }
    try {
      OutputFiles.writeWhole(path, text);
    } catch (IOException e) {
      problems++;
      out.flush();
      err.println(path + ": cannot write: " + ConductCommand.describe(e));
      return;
    }
    out.println(path);
    written++;
  }
}

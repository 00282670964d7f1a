package io.github.policeconduct.examples.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.github.policeconduct.core.json.CaseFormatException;
import io.github.policeconduct.rules.statistics.Dimension;
import io.github.policeconduct.rules.statistics.Selection;
import io.github.policeconduct.rules.statistics.Table;
import io.github.policeconduct.rules.statistics.TableWriter;
import io.github.policeconduct.rules.statistics.Tabulator;
import io.github.policeconduct.rules.statistics.Unit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conduct report FILE|- [--by ...] [--unit ...] [--suppress-below N] [--format text|csv|json]}:
 * counts the cases in a file (or standard input) along one dimension, in one counting unit, as the Home
 * Office "Police misconduct" statistics and FOI answers do, streaming the cases through a
 * {@link Tabulator} without holding them.
 *
 * <p>Exit status: 0 when every case was read; 1 when any case was invalid (each problem is reported on
 * standard error and the valid cases are still counted) or the file could not be read; 2 for a usage
 * error (including a file that does not exist).
 *
 * <p>The reader is injected ({@link CaseSource}) so that the JSON case reader can be wired in by the
 * {@code conduct} tool. Each instance is for one run and is not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Count cases, allegations or individuals by standard, category, forum, finding, outcome,"
        + " rank or financial year, with optional small-number suppression.")
public final class ReportCommand implements Callable<Integer> {
  /** Dimensions accepted by {@code --by}, as CONTRACT.md lists them. */
  enum By { standard, category, forum, finding, outcome, rank, year }

  /** Units accepted by {@code --unit}. */
  enum UnitOption { cases, allegations, individuals }

  /** Output formats. */
  enum Format { text, csv, json }

  private final CaseSource source;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "A JSON case file (one case, an array, or JSON Lines), or - for standard input.")
  String file;

  @Option(names = "--by", paramLabel = "DIMENSION", description = "standard, category, forum, finding, outcome, rank or year (default: ${DEFAULT-VALUE}).")
  By by = By.standard;

  @Option(names = "--unit", paramLabel = "UNIT", description = "cases, allegations or individuals (default: ${DEFAULT-VALUE}).")
  UnitOption unit = UnitOption.allegations;

  @Option(names = "--suppress-below", paramLabel = "N", description = "Show counts from 1 to N-1 as <N, with secondary suppression (N at least 2).")
  Integer suppressBelow;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  /**
   * A report command reading cases with {@code source}.
   *
   * @param source how to read cases from a file or standard input
   * @since 0.1.0
   */
  public ReportCommand(CaseSource source) {
    this.source = source;
  }

  /**
   * A command line for this command, with its output and error streams as given, ready to
   * {@code execute(args)}.
   *
   * @param source how to read cases
   * @param out standard output
   * @param err standard error
   * @return the command line
   * @since 0.1.0
   */
  public static CommandLine commandLine(CaseSource source, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new ReportCommand(source));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (suppressBelow != null && suppressBelow < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--suppress-below must be at least 2 (value: " + suppressBelow + ")");
    }
    Tabulator tabulator = Tabulator.by(Dimension.parse(by.name()), Unit.parse(unit.name()), Selection.all());
    long[] problems = {0};
    try {
      source.read(file, tabulator, (CaseFormatException e) -> {
        problems[0]++;
        err.println("conduct report: " + e.getMessage());
      });
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      err.println("conduct report: no such file: " + file);
      err.flush();
      return 2;
    } catch (IOException e) {
      err.println("conduct report: cannot read " + file + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    Table table = tabulator.table();
    if (suppressBelow != null) {
      table = table.suppressBelow(suppressBelow);
    }
    switch (format) {
      case csv:
        out.print(TableWriter.csv(table));
        break;
      case json:
        out.println(ReportJson.write(table));
        break;
      default:
        out.print(TableWriter.text(table));
        out.println("Read " + tabulator.casesRead() + " case" + (tabulator.casesRead() == 1 ? "" : "s")
            + (problems[0] > 0 ? "; " + problems[0] + " invalid case" + (problems[0] == 1 ? "" : "s")
                + " left out (see standard error)" : "") + ".");
    }
    out.flush();
    err.flush();
    return problems[0] > 0 ? 1 : 0;
  }

  @Override
  public String toString() {
    return "report " + file + " --by " + by + " --unit " + unit.name().toLowerCase(Locale.ROOT);
  }
}

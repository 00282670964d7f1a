package io.github.policeconduct.examples.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.json.ReportJson;
import io.github.policeconduct.statistics.CrossTable;
import io.github.policeconduct.statistics.Dimension;
import io.github.policeconduct.statistics.FinancialYear;
import io.github.policeconduct.statistics.HomeOfficeReturn;
import io.github.policeconduct.statistics.Selection;
import io.github.policeconduct.statistics.Table;
import io.github.policeconduct.statistics.TableWriter;
import io.github.policeconduct.statistics.Tabulator;
import io.github.policeconduct.statistics.Unit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conduct report FILE|- [--by ...] [--cross ...] [--unit ...] [--suppress-below N] [--format text|csv|json]}:
 * counts the cases in a file (or standard input) along one dimension, or two, in one counting unit, as the
 * Home Office "Police misconduct" statistics and FOI answers do, streaming the cases through a
 * {@link Tabulator} without holding them.
 *
 * <p>{@code --by} takes the dimensions of {@code CONTRACT.md} (standard, category, forum, finding, outcome,
 * rank, year) and, as extensions, {@code role} and the facts of the Home Office returns (case-type,
 * case-to-answer, action-taken, appeal-result, suspended, finalised-year). {@code --cross DIMENSION} (an extension
 * too) cross-tabulates: rows by {@code --by}, columns by {@code --cross}, with row and column totals and
 * suppression applied to the whole grid. {@code --year finalised} counts a case in the financial year it was
 * finalised, as the Home Office series do; {@code --financial-year} keeps one year.
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
        + " rank, role, financial year, case type, case to answer, action taken, appeal result or suspension,"
        + " or by two of them (--cross), with optional small-number suppression.")
public final class ReportCommand implements Callable<Integer> {
  /** Reads {@code --by} and {@code --cross}: a dimension's code, ignoring case, hyphens for underscores. */
  static final class DimensionConverter implements CommandLine.ITypeConverter<Dimension> {
    @Override
    public Dimension convert(String value) {
      try {
        return Dimension.parse(value);
      } catch (IllegalArgumentException e) {
        java.util.Map<String, String> spellings = new java.util.LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
          spellings.put(d.code(), d.code().replace('_', '-'));
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a dimension (accepted: "
            + String.join(", ", spellings.values()) + ")"
            + io.github.policeconduct.core.internal.Codes.closest(spellings, value.replace('-', '_'))
                .map(c -> "; did you mean " + c + "?").orElse(""));
      }
    }
  }

  /** Which date places a case in a financial year. */
  enum YearBasis { finalised, proceedings }

  /** Units accepted by {@code --unit}. */
  enum UnitOption { cases, allegations, individuals }

  /** Output formats. */
  enum Format { text, csv, json }

  private final CaseSource source;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "A JSON case file (one case, an array, or JSON Lines), or - for standard input.")
  String file;

  @Option(names = "--by", paramLabel = "DIMENSION", converter = DimensionConverter.class,
      description = "standard, category, forum, finding, outcome, rank, role, year, case-type, case-to-answer,"
          + " action-taken, appeal-result, suspended, finalised-year, or (with --protected-characteristics) age-band,"
          + " ethnicity or gender (default: ${DEFAULT-VALUE}).")
  Dimension by = Dimension.STANDARD;

  @Option(names = "--cross", paramLabel = "DIMENSION", converter = DimensionConverter.class,
      description = "Cross-tabulate: one column per value of this dimension (rows by --by), with row and column"
          + " totals.")
  Dimension cross;

  @Option(names = "--unit", paramLabel = "UNIT", description = "cases, allegations or individuals (default: ${DEFAULT-VALUE}).")
  UnitOption unit = UnitOption.allegations;

  @Option(names = "--suppress-below", paramLabel = "N", description = "Show counts from 1 to N-1 as <N, with secondary suppression (N at least 2).")
  Integer suppressBelow;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--year", paramLabel = "BASIS", description = "Which date places a case in a financial year, for"
      + " --by year and --financial-year: proceedings (the proceedings' date) or finalised (its case_finalised"
      + " event, as the Home Office series count) (default: proceedings; finalised with --preset home-office).")
  YearBasis year;

  @Option(names = "--protected-characteristics", description = "Allow --by or --cross age-band, ethnicity or"
      + " gender: protected characteristics are counted only when asked for in so many words.")
  boolean protectedCharacteristics;

  /** The families of tables {@code --preset} writes. */
  enum Preset { home_office }

  /** Reads {@code home-office} as well as {@code home_office}. */
  static final class PresetConverter implements CommandLine.ITypeConverter<Preset> {
    @Override
    public Preset convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
      for (Preset p : Preset.values()) {
        if (p.name().equals(v)) {
          return p;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a preset (accepted: home-office)");
    }
  }

  @Option(names = "--preset", paramLabel = "NAME", converter = PresetConverter.class, description = "home-office:"
      + " write the family of Home Office tables (allegations by case to answer and by action taken; allegations"
      + " referred to proceedings by proceedings type and by finding; individuals referred by disciplinary action;"
      + " cases by appeal result; individuals by suspension; each by case type) for --financial-year as CSV files"
      + " in --output-dir, suppressed together with --suppress-below.")
  Preset preset;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Where --preset writes its CSV files (made if"
      + " need be).")
  java.nio.file.Path outputDir;

  @Option(names = "--financial-year", paramLabel = "YYYY/YY", description = "Count only the cases of this financial"
      + " year (e.g. 2024/25), by the date --year names; a case without that date is not counted.")
  String financialYear;

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
    if (cross == by) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--cross must name a dimension other than --by (both: " + by + ")");
    }
    for (Dimension d : cross == null ? new Dimension[] {by} : new Dimension[] {by, cross}) {
      if (d.isProtectedCharacteristic() && !protectedCharacteristics) {
        throw new CommandLine.ParameterException(spec.commandLine(), "'" + d.code().replace('_', '-') + "' is a"
            + " protected characteristic: add --protected-characteristics to count by it");
      }
    }
    if (preset != null) {
      return homeOffice(out, err);
    }
    if (year == null) {
      year = YearBasis.proceedings;
    }
    Unit u = Unit.parse(unit.name());
    Selection selection = Selection.all();
    if (financialYear != null) {
      FinancialYear fy;
      try {
        fy = FinancialYear.parse(financialYear);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--financial-year: " + e.getMessage());
      }
      selection = Selection.financialYears(fy, fy);
    }
    if (year == YearBasis.finalised) {
      selection = selection.byFinalised();
    }
    Dimension rows = finalisedYear(by);
    Dimension columns = cross == null ? null : finalisedYear(cross);
    Tabulator tabulator = columns == null ? Tabulator.by(rows, u, selection)
        : Tabulator.crossing(rows, columns, u, selection);
    long[] problems = {0};
    OptionalInt failed = read(tabulator, problems, err);
    if (failed.isPresent()) {
      return failed.getAsInt();
    }
    if (cross == null) {
      Table table = tabulator.table();
      if (suppressBelow != null) {
        table = table.suppressBelow(suppressBelow);
      }
      write(TableWriter.csv(table), ReportJson.write(table), TableWriter.text(table), tabulator, problems[0], out);
    } else {
      CrossTable table = tabulator.crossTable();
      if (suppressBelow != null) {
        table = table.suppressBelow(suppressBelow);
      }
      write(TableWriter.csv(table), ReportJson.write(table), TableWriter.text(table), tabulator, problems[0], out);
    }
    out.flush();
    if (tabulator.casesRead() == 0 && problems[0] == 0) {
      err.println("conduct report: " + file + ": 0 cases"); // an empty input is not an error, but it is said
    }
    err.flush();
    return problems[0] > 0 ? 1 : 0;
  }

  /**
   * Reads every case into {@code cases}, counting and reporting each bad one; the exit status when the file cannot be
   * read at all (2 when it cannot be opened, a usage error; 1 when reading fails), else empty.
   */
  private OptionalInt read(java.util.function.Consumer<io.github.policeconduct.core.ConductCase> cases, long[] problems,
      PrintWriter err) {
    try {
      source.read(file, cases, (CaseFormatException e) -> {
        problems[0]++;
        err.println("conduct report: " + e.getMessage());
      });
      return OptionalInt.empty();
    } catch (java.nio.file.FileSystemException | java.io.FileNotFoundException e) {
      err.println("conduct report: " + e.getMessage()); // the file cannot be opened: a usage error
      err.flush();
      return OptionalInt.of(CommandLine.ExitCode.USAGE);
    } catch (IOException e) {
      err.println("conduct report: cannot read " + file + ": " + e.getMessage());
      err.flush();
      return OptionalInt.of(1);
    }
  }

  /** {@code --preset home-office}: the family of tables for one financial year, written as CSV files. */
  private int homeOffice(PrintWriter out, PrintWriter err) {
    if (financialYear == null || outputDir == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--preset home-office needs --financial-year (e.g. 2024/25) and --output-dir");
    }
    FinancialYear fy;
    try {
      fy = FinancialYear.parse(financialYear);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--financial-year: " + e.getMessage());
    }
    boolean byFinalised = year == null || year == YearBasis.finalised;
    HomeOfficeReturn.Builder builder = HomeOfficeReturn.builder(fy, byFinalised);
    long[] problems = {0};
    long[] read = {0};
    OptionalInt failed = read(c -> {
      read[0]++;
      builder.accept(c);
    }, problems, err);
    if (failed.isPresent()) {
      return failed.getAsInt();
    }
    HomeOfficeReturn ret = builder.build();
    if (suppressBelow != null) {
      ret = ret.suppressBelow(suppressBelow);
    }
    String stem = "home-office-" + fy.toString().replace('/', '-') + "-";
    try {
      java.nio.file.Files.createDirectories(outputDir);
      for (HomeOfficeReturn.ReturnTable t : ret.tables()) {
        java.nio.file.Path f = outputDir.resolve(stem + t.id() + "-" + t.name() + ".csv");
        java.nio.file.Files.writeString(f, HomeOfficeReturn.csv(t), java.nio.charset.StandardCharsets.UTF_8);
        out.println(f + "  " + t.title());
      }
    } catch (IOException e) {
      err.println("conduct report: cannot write to " + outputDir + ": "
          + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
              : e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException
                  ? "not a directory" : String.valueOf(e.getMessage())));
      err.flush();
      return 1;
    }
    out.println("Read " + read[0] + " case" + (read[0] == 1 ? "" : "s") + (problems[0] > 0 ? "; " + problems[0]
        + " invalid case" + (problems[0] == 1 ? "" : "s") + " left out (see standard error)" : "") + "; counted the "
        + (byFinalised ? "cases finalised in " : "cases with proceedings dated in ") + "financial year " + fy
        + (ret.suppressionThreshold().isPresent() ? "; counts below " + ret.suppressionThreshold().getAsInt()
            + " withheld across the set together" : "; not suppressed (use --suppress-below before publishing)")
        + ".");
    out.flush();
    err.flush();
    return problems[0] > 0 ? 1 : 0;
  }

  /** {@code year} read by the basis of {@code --year}. */
  private Dimension finalisedYear(Dimension d) {
    return d == Dimension.YEAR && year == YearBasis.finalised ? Dimension.FINALISED_YEAR : d;
  }

  private void write(String csv, String json, String text, Tabulator tabulator, long problems, PrintWriter out) {
    switch (format) {
      case csv:
        out.print(csv);
        break;
      case json:
        out.println(json);
        break;
      default:
        out.print(text);
        out.println("Read " + tabulator.casesRead() + " case" + (tabulator.casesRead() == 1 ? "" : "s")
            + (problems > 0 ? "; " + problems + " invalid case" + (problems == 1 ? "" : "s")
                + " left out (see standard error)" : "") + ".");
    }
  }

  @Override
  public String toString() {
    return "report " + file + " --by " + by + (cross == null ? "" : " --cross " + cross) + " --unit "
        + unit.name().toLowerCase(Locale.ROOT);
  }
}

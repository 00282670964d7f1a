package io.github.policeconduct.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code conduct} command-line tool: decides police misconduct cases given as JSON and explains the
 * decisions with citations ({@code conduct demo}, {@code evaluate}, {@code rules}, {@code diagram}).
 *
 * <p>Exit status: 0 when every case was read and decided; 1 when any input was invalid (each problem on
 * standard error, the valid cases still decided); 2 for a usage error (including an input file that cannot be
 * opened); 3 when the JVM ran out of memory; 141 when standard output was closed before the end. Nothing here calls
 * {@link System#exit(int)} except {@link #main(String[])}, so the commands can be run in-process with
 * {@link #run(InputStream, PrintWriter, PrintWriter, String...)}.
 *
 * @since 0.1.0
 */
@Command(
    name = "conduct",
    mixinStandardHelpOptions = true,
    versionProvider = ConductCommand.Version.class,
    description = {
        "Decides police misconduct cases (England and Wales) under the Police (Conduct) Regulations 2008, "
            + "2012 and 2020, and explains each decision with citations.",
        "Start with: conduct demo. The rules over HTTP: conduct serve (see README, \"Call it over HTTP\")."},
    subcommands = {DemoCommand.class, EvaluateCommand.class, TimetableCommand.class, ValidateCommand.class, VerifyCommand.class,
        RulesCommand.class,
        DiagramCommand.class, SiteCommand.class,
        DocumentCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit status: 0 all cases read and decided; 1 some input was invalid (reported on standard error); "
        + "2 usage error (including a file that cannot be opened); 3 out of memory (give Java more with JAVA_OPTS); "
        + "141 standard output closed before the end (evaluate). conduct document: 1 also when no case needed the document."})
public final class ConductCommand implements Callable<Integer> {
  /** The exit status when the JVM ran out of memory (a case could not be decided, or a report not counted). */
  static final int OUT_OF_MEMORY = 3;
  /**
   * The exit status when standard output was closed before the end ({@code conduct evaluate ... | head -1}): the
   * tool stops at once, saying nothing, with the status a program stopped by SIGPIPE has (128 + 13).
   */
  static final int OUTPUT_CLOSED = 141;

  @Spec
  private CommandSpec spec;

  private final InputStream stdin;
  /** Standard output as bytes, when the tool runs on byte streams (as from the command line); else empty. */
  private Optional<OutputStream> stdoutBytes = Optional.empty();

  /**
   * A command that reads {@code -} from {@link System#in}.
   *
   * @since 0.1.0
   */
  public ConductCommand() {
    this(System.in);
  }

  /**
   * A command that reads {@code -} from {@code stdin}.
   *
   * @since 0.1.0
   */
  public ConductCommand(InputStream stdin) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  InputStream stdin() {
    return stdin;
  }

  Optional<OutputStream> stdoutBytes() {
    return stdoutBytes;
  }

  /** {@code conduct} alone: a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("conduct: say which command to run");
    spec.commandLine().usage(err);
    return CommandLine.ExitCode.USAGE;
  }

  /**
   * The configured command line, writing to {@code out} and {@code err} and reading {@code -} from
   * {@code stdin}. Every exception a command throws is reported on {@code err} as one line (never a
   * stack trace) with exit status 1.
   *
   * @since 0.1.0
   */
  public static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    return commandLine(new ConductCommand(stdin), stdin, out, err);
  }

  private static CommandLine commandLine(ConductCommand command, InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(command);
    cl.addSubcommand("report", new io.github.policeconduct.examples.report.ReportCommand(CaseJsonReader.source(stdin)));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(LocalDate.class, ConductCommand::date);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine where = ex.getCommandLine();
      PrintWriter e = where.getErr();
      e.println(where.getCommandSpec().qualifiedName() + ": " + describe(ex) + didYouMean(ex));
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
      where.usage(e);
      e.flush();
      return CommandLine.ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(ex));
      commandLine.getErr().flush();
      return 1;
    });
    return cl;
  }

  /**
   * For a value an option does not accept ({@code --unit allegation}), the accepted value it most likely meant, as
   * {@code "; did you mean allegations?"}; else "".
   */
  static String didYouMean(CommandLine.ParameterException ex) {
    CommandLine.Model.ArgSpec arg = ex.getArgSpec();
    if (arg == null || ex.getValue() == null || !arg.type().isEnum()
        || String.valueOf(ex.getMessage()).contains("did you mean")) {
      return "";
    }
    java.util.Map<String, String> accepted = new java.util.LinkedHashMap<>();
    for (Object constant : arg.type().getEnumConstants()) {
      String value = constant.toString().toLowerCase(java.util.Locale.ROOT);
      accepted.put(value, value.replace('_', '-'));
    }
    return io.github.policeconduct.core.internal.Codes.closest(accepted, ex.getValue())
        .map(v -> "; did you mean " + v + "?").orElse("");
  }

  /** The dates of the command line: YYYY-MM-DD and a day that exists, as the case format reads them. */
  static LocalDate date(String text) {
    if (!ISO_DAY.matcher(text).matches()) {
      throw new CommandLine.TypeConversionException("'" + shown(text) + "' is not a date: write YYYY-MM-DD,"
          + " e.g. 2021-03-01 (a four-digit year, then month and day)");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date: there is no day " + text
          + " (months run from 01 to 12, and a day must exist in its month)");
    }
  }

  private static final Pattern ISO_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** An argument as a message may quote it: on one line (control characters escaped), at most 40 characters. */
  static String shown(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().limit(40).forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return text.codePointCount(0, text.length()) > 40 ? b + "…" : b.toString();
  }

  /**
   * Runs the tool with {@code args} and returns its exit status; the streams are flushed but not closed.
   *
   * @since 0.1.0
   */
  public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    return run(new ConductCommand(stdin), stdin, out, err, args);
  }

  /**
   * Runs the tool on byte streams, as {@link #main(String[])} does on the process's standard streams (text
   * in UTF-8), and returns its exit status; the streams are flushed but not closed. The output is the same
   * as {@link #run(InputStream, PrintWriter, PrintWriter, String...)} gives, but {@code evaluate} reads and
   * parses cases on a second thread while it decides, and writes decisions in blocks rather than one line
   * at a time (still whole lines, in input order, and before anything it writes to {@code stderr}). Errors
   * writing to {@code stdout} are ignored, as a {@code PrintWriter} ignores them.
   *
   * @param stdin what {@code -} reads
   * @param stdout standard output
   * @param stderr standard error
   * @param args the arguments, e.g. {@code evaluate --json cases.jsonl}
   * @return the exit status: 0, 1 or 2 as {@link ConductCommand} describes
   * @since 0.1.0
   */
  public static int run(InputStream stdin, OutputStream stdout, OutputStream stderr, String... args) {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    PrintStream bytes = stdout instanceof PrintStream p ? p : new PrintStream(stdout, false, StandardCharsets.UTF_8);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    ConductCommand command = new ConductCommand(stdin);
    command.stdoutBytes = Optional.of(bytes);
    int status = run(command, stdin, out, err, args);
    bytes.flush();
    return status;
  }

  private static int run(ConductCommand command, InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    int status;
    try {
      status = commandLine(command, stdin, out, err).execute(args);
    } catch (OutOfMemoryError e) {
      err.println(OutOfMemory.commandMessage("conduct" + (args.length > 0 ? " " + shown(args[0]) : ""), e));
      status = OUT_OF_MEMORY;
    } catch (RuntimeException | Error e) { // never a stack trace, whatever happens
      err.println("conduct: " + describe(e));
      status = 1;
    }
    out.flush();
    err.flush();
    return status;
  }

  /**
   * Runs the tool on the process's standard streams (UTF-8) and exits with its status.
   *
   * @since 0.1.0
   */
  public static void main(String[] args) {
    int status;
    try {
      status = run(System.in, System.out, System.err, args);
    } catch (OutOfMemoryError e) { // e.g. while writing the message above
      System.err.println("conduct: ran out of memory");
      status = OUT_OF_MEMORY;
    } catch (Throwable t) {
      System.err.println("conduct: " + describe(t));
      status = 1;
    }
    System.exit(status);
  }

  static String describe(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return "internal error (" + t.getClass().getSimpleName() + "); please report it with the input that caused it";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
  static String csv(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  /** The version from the jar's manifest, when run from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ConductCommand.class.getPackage().getImplementationVersion();
      return new String[] {"conduct (police-conduct) " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}

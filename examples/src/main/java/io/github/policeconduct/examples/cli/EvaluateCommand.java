package io.github.policeconduct.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.json.DecisionJson;
import io.github.policeconduct.json.Receipts;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import picocli.CommandLine;
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
    footer = {"", "Exit status: 0 every case read and decided; 1 some input was invalid; 2 usage error; 3 out of "
        + "memory; 141 standard output closed before the end (as by | head)."})
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand
  private ConductCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The case file, or - for standard input.")
  private String file;

  @Option(names = "--json", description = "Write one JSON decision per case (JSON Lines), as CONTRACT.md specifies."
      + " The same as --format json.")
  private boolean json;

  /** How decisions are written. */
  enum Format { text, json, html }

  @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
      description = "text (default), json (JSON Lines, as --json), or html: one self-contained page per case, "
          + "written to --output-dir as <case id>.html.")
  private Format format;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "With --format html: the directory the pages are "
      + "written to (created if missing; a page of the same name is replaced).")
  private java.nio.file.Path outputDir;

  @Option(names = "--as-at", paramLabel = "DATE",
      description = "Decide as at this day (YYYY-MM-DD). Default: the latest date each case records.")
  private LocalDate asAt;

  @Option(names = "--receipts", description = "Write one receipt per case (JSON Lines): the decision with the library"
      + " version, the rulebook digest, the as-at date and the SHA-256 of the case, and the case itself; check them"
      + " later with conduct verify.")
  private boolean receipts;

  /** Decisions are written to a byte stream in blocks of about this size (and whenever input runs dry). */
  private static final int BLOCK = 64 * 1024;

  private int decided;
  private int rejected;
  private int noMemory;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.html || outputDir != null) {
      if (format != Format.html || json || receipts) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--output-dir goes with --format html only (pages are files; JSON and text go to standard output)");
      }
      if (outputDir == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--format html writes one page per case: give the directory with --output-dir DIR");
      }
      return new HtmlPages(outputDir, asAt).write(file, parent.stdin(), out, err);
    }
    json |= receipts || format == Format.json; // a receipt is a JSON line
    String source = file;
    InputStream in; // bytes: the reader checks UTF-8 case by case, so a bad byte is the problem of its case only
    try {
      in = InputFiles.open(file, parent.stdin());
    } catch (java.nio.file.FileSystemException e) {
      err.println(e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    InputStream stdin = parent.stdin();
    // Whether more input can be read without waiting: a file never keeps the reader waiting; standard input may.
    BooleanSupplier ready = !file.equals("-") ? () -> true : () -> {
      try {
        return stdin.available() > 0;
      } catch (IOException e) {
        return false; // the next read reports it
      }
    };
    Optional<OutputStream> bytes = parent.stdoutBytes();
    Output output = bytes.isPresent() ? new BlockOutput(out, bytes.get(), err) : new LineOutput(out, err);
    try (InputStream r = in) {
      if (bytes.isPresent()) {
        BlockOutput blocks = (BlockOutput) output;
        new ParallelCases<>(r, ready, source, this::decideAndRender).run(new ParallelCases.Consumer<Object>() {
          @Override
          public void accept(Object item) {
            if (item instanceof Noted noted) {
              output.beforeError();
              output.err.println(noted.note());
              output.err.flush();
              item = noted.payload();
            }
            if (item instanceof CaseFormatException problem) {
              reject(problem, output);
            } else if (item instanceof CouldNotDecide failed) {
              couldNotDecide(failed.caseId(), failed.failure(), output);
            } else if (item instanceof byte[] line) {
              blocks.lines(line);
              decided++;
            } else {
              output.text((decided > 0 ? System.lineSeparator() : "") + item);
              decided++;
            }
          }

          @Override
          public void waiting() {
            output.flush(); // the next cases are not ready: let what is decided go out meanwhile
          }

          @Override
          public void outOfMemory(long index, long line) {
            noMemory++;
            output.beforeError();
            output.err.println(source + ", line " + line + ": could not be decided: " + OutOfMemory.caseMessage());
            output.err.flush();
          }
        });
      } else {
        reader().read(source, r, new CaseReader.Sink() {
          @Override
          public void accept(ConductCase conductCase, long line) {
            decide(conductCase, line, output);
          }

          @Override
          public void reject(CaseFormatException problem) {
            EvaluateCommand.this.reject(problem, output);
          }
        });
      }
    } catch (OutputClosed closed) {
      return ConductCommand.OUTPUT_CLOSED; // whoever reads the output has gone: nothing more to say to them
    } catch (IOException e) {
      output.flush();
      err.println(source + ": reading stopped after " + (decided + rejected) + " case(s): "
          + ConductCommand.describe(e));
      return 1;
    } finally {
      try {
        output.flush();
      } catch (OutputClosed closed) {
        // said by the status, or about to be
      }
    }
    if (output.closed()) {
      return ConductCommand.OUTPUT_CLOSED;
    }
    if (decided + rejected == 0) {
      err.println(source + ": 0 cases"); // an empty input is not an error, but it is said
      err.flush();
    }
    return noMemory > 0 ? ConductCommand.OUT_OF_MEMORY : rejected == 0 ? 0 : 1;
  }

  static CaseReader reader() {
    return new CaseJsonReader();
  }

  private void reject(CaseFormatException problem, Output output) {
    rejected++;
    output.beforeError();
    output.err.println(problem.getMessage());
    output.err.flush();
  }

  private void decide(ConductCase c, long line, Output output) {
    note(c, line).ifPresent(n -> {
      output.beforeError();
      output.err.println(n);
      output.err.flush();
    });
    Object decided = decide(c);
    if (receipts && decided instanceof Decision d) {
      try {
        output.receipt(Receipts.line(c, d));
      } catch (RuntimeException e) {
        output.discardLine();
        couldNotDecide(d.caseId(), e, output);
        return;
      }
      this.decided++;
      output.endOfCase();
      return;
    }
    write(decided, output);
  }

  /**
   * When {@code --as-at} is before anything in the case came to attention: allowed (the facts dated after it are
   * left out, as for any as-at date), but said, on standard error, since it is more likely a slip than a question.
   */
  private Optional<String> note(ConductCase c, long line) {
    if (asAt == null) {
      return Optional.empty();
    }
    LocalDate earliest = c.allegations().stream().map(a -> a.cameToAttention()).min(LocalDate::compareTo).orElseThrow();
    if (!asAt.isBefore(earliest)) {
      return Optional.empty();
    }
    return Optional.of(file + " line " + line + ", case " + ConductCommand.shown(c.id()) + ": note: decided as at "
        + asAt + ", before anything in the case came to attention (the earliest on " + earliest
        + "); every fact dated after " + asAt + " is left out");
  }

  /** A case's result with a note to say before it. */
  private record Noted(String note, Object payload) {}

  /** The case's decision, or why it could not be decided. Thread-safe: reads only the options. */
  private Object decide(ConductCase c) {
    try {
      return asAt == null ? ConductRules.decide(c) : ConductRules.decide(c, asAt);
    } catch (RuntimeException e) {
      return new CouldNotDecide(c.id(), e);
    }
  }

  /**
   * On a worker thread: the case's problem, or its decision rendered (a JSON line as UTF-8 bytes with its line
   * terminator, or the text), or why it could not be decided or rendered.
   */
  private Object decideAndRender(CaseJson.Result r) {
    if (!r.isValid()) {
      return r.error().get();
    }
    Optional<String> note = note(r.get(), r.line());
    Object rendered = render(r);
    return note.isPresent() ? new Noted(note.get(), rendered) : rendered;
  }

  private Object render(CaseJson.Result r) {
    Object decided = decide(r.get());
    if (decided instanceof CouldNotDecide) {
      return decided;
    }
    Decision d = (Decision) decided;
    try {
      if (receipts) {
        return (Receipts.line(r.get(), d) + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      if (json) {
        DecisionJson.Lines line = LINES.get();
        line.reset();
        line.append(d); // the whole line, or nothing and an exception
        return line.toByteArray();
      }
      return d.toString();
    } catch (RuntimeException e) {
      return new CouldNotDecide(d.caseId(), e);
    }
  }

  /** Each worker thread's line buffer and generator (and its encoded recurring strings). */
  private static final ThreadLocal<DecisionJson.Lines> LINES =
      ThreadLocal.withInitial(() -> DecisionJson.lines(System.lineSeparator()));

  /** A case that {@link ConductRules#decide} failed on (a bug, reported as one line, not a stack trace). */
  private record CouldNotDecide(String caseId, RuntimeException failure) {}

  /** Writes a decision (or reports why there is none), in input order. */
  private void write(Object decided, Output output) {
    if (decided instanceof CouldNotDecide failed) {
      couldNotDecide(failed.caseId(), failed.failure(), output);
      return;
    }
    Decision d = (Decision) decided;
    try {
      if (json) {
        output.json(d);
      } else {
        output.text((this.decided > 0 ? System.lineSeparator() : "") + d);
      }
    } catch (RuntimeException e) {
      output.discardLine();
      couldNotDecide(d.caseId(), e, output);
      return;
    }
    this.decided++;
    output.endOfCase();
  }

  private void couldNotDecide(String caseId, RuntimeException e, Output output) {
    rejected++;
    output.beforeError();
    output.err.println(file + ", case " + caseId + ": could not be decided: " + ConductCommand.describe(e));
    output.err.flush();
  }

  // ---- output -----------------------------------------------------------------------------------------

  /** Where decisions go: whole lines only, so that a failure while writing one leaves nothing of it. */
  private abstract static class Output {
    final PrintWriter out;
    final PrintWriter err;
    /** The decision's JSON line, rendered whole before any of it is written. */
    private String line = "";

    Output(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    /** Renders the decision as a JSON line (held until {@link #endOfCase()}). */
    void json(Decision d) {
      line = DecisionJson.line(d); // complete, or an exception and nothing
    }

    /** Holds a receipt, rendered whole, as the case's line. */
    void receipt(String receipt) {
      line = receipt;
    }

    /** The JSON line rendered for this case, or "" (and forgets it). */
    String takeLine() {
      String l = line;
      line = "";
      return l;
    }

    /** The decision as text, written as is. */
    abstract void text(String text);

    /** Forgets a line being rendered when rendering failed. */
    void discardLine() {
      line = "";
    }

    /** The case's decision is complete: hand it on. */
    abstract void endOfCase();

    /** Something is about to be written to standard error: what was decided before it goes out first. */
    abstract void beforeError();

    /** The input has run dry for now, or has ended: everything decided goes out. */
    abstract void flush();

    /** Whether standard output has been found closed. */
    boolean closed() {
      return out.checkError();
    }
  }

  /** Standard output was closed by its reader (a pipe into {@code head}): the run stops at once. */
  private static final class OutputClosed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputClosed() {
      super("standard output was closed", null, false, false);
    }
  }

  /**
   * Decisions to a {@code PrintWriter}, flushed one at a time (the tool used in-process, where the caller's
   * writer may be a terminal or a test's buffer): what the command always did.
   */
  private static final class LineOutput extends Output {
    LineOutput(PrintWriter out, PrintWriter err) {
      super(out, err);
    }

    @Override
    void text(String text) {
      out.print(text);
    }

    @Override
    void endOfCase() {
      String line = takeLine();
      if (!line.isEmpty()) {
        out.println(line);
      }
      if (out.checkError()) { // flushes; a PrintWriter says nothing of a closed output unless asked
        throw new OutputClosed();
      }
    }

    @Override
    void beforeError() {
      out.flush();
    }

    @Override
    void flush() {
      out.flush();
    }
  }

  /**
   * Decisions to the process's standard output as bytes (the tool run from the command line): JSON lines,
   * rendered as UTF-8 on the worker threads, are written in blocks of about {@value #BLOCK} bytes,
   * and whenever the input runs dry, before anything is written to standard error, and at the end; so the
   * output is the same, in the same order relative to standard error, as when each line was flushed alone,
   * with one write for many lines.
   */
  private static final class BlockOutput extends Output {
    private final OutputStream stdout;
    private ByteArrayOutputStream block = new ByteArrayOutputStream(BLOCK + 16 * 1024);

    BlockOutput(PrintWriter out, OutputStream stdout, PrintWriter err) {
      super(out, err);
      this.stdout = stdout;
      out.flush(); // anything written as characters before goes out first
    }

    @Override
    void text(String text) {
      out.print(text); // text mode writes through the writer; flushed with the rest below
    }

    @Override
    void endOfCase() {
      String line = takeLine();
      if (!line.isEmpty()) {
        lines((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
      }
    }

    /** Rendered JSON lines, as UTF-8, each with its line terminator. */
    void lines(byte[] utf8) {
      if (utf8.length >= BLOCK) { // a large decision goes out as it is, not copied into the block
        writeBlock();
        try {
          stdout.write(utf8);
          closedCheck();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return;
      }
      block.writeBytes(utf8);
      if (block.size() >= BLOCK) {
        writeBlock();
      }
    }

    private void writeBlock() {
      try {
        if (block.size() > 0) {
          block.writeTo(stdout);
          closedCheck();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (block.size() > 4 << 20) {
        block = new ByteArrayOutputStream(BLOCK + 16 * 1024); // do not keep a buffer grown by one huge decision
      } else {
        block.reset();
      }
    }

    @Override
    void beforeError() {
      flush();
    }

    @Override
    void flush() {
      out.flush();
      writeBlock();
      try {
        stdout.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      closedCheck();
    }

    /**
     * Standard output is a {@code PrintStream}, which says nothing when the reader of a pipe has gone ({@code | head
     * -1}): ask it, and stop if so.
     */
    private void closedCheck() {
      if (stdout instanceof java.io.PrintStream p && p.checkError() || out.checkError()) {
        throw new OutputClosed();
      }
    }
  }
}

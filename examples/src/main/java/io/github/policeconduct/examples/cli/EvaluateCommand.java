package io.github.policeconduct.examples.cli;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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

  /** Cases (or problems) handed from the reading thread to the deciding thread at a time. */
  static final int BATCH = 128;
  /** Batches that may wait between the two threads: with {@link #BATCH}, at most about 1,000 cases read ahead. */
  static final int QUEUED_BATCHES = 6;
  /** Decisions are written to a byte stream in blocks of about this size (and whenever input runs dry). */
  private static final int BLOCK = 64 * 1024;

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
    Optional<OutputStream> bytes = parent.stdoutBytes();
    Output output = bytes.isPresent() ? new BlockOutput(out, bytes.get(), err) : new LineOutput(out, err);
    try (Reader r = in) {
      if (bytes.isPresent()) {
        new Pipeline(r, output).run();
      } else {
        reader().read(source, r, new CaseReader.Sink() {
          @Override
          public void accept(ConductCase conductCase) {
            decide(conductCase, output);
          }

          @Override
          public void reject(CaseFormatException problem) {
            EvaluateCommand.this.reject(problem, output);
          }
        });
      }
    } catch (IOException e) {
      output.flush();
      err.println(source + ": reading stopped after " + (decided + rejected) + " case(s): "
          + ConductCommand.describe(e));
      return 1;
    } finally {
      output.flush();
    }
    return rejected == 0 ? 0 : 1;
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

  private void decide(ConductCase c, Output output) {
    write(decide(c), output);
  }

  /** The case's decision, or why it could not be decided. Thread-safe: reads only the options. */
  private Object decide(ConductCase c) {
    try {
      return asAt == null ? ConductRules.decide(c) : ConductRules.decide(c, asAt);
    } catch (RuntimeException e) {
      return new CouldNotDecide(c.id(), e);
    }
  }

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
    final JsonLine line;

    Output(PrintWriter out, PrintWriter err, boolean utf8) {
      this.out = out;
      this.err = err;
      this.line = new JsonLine(utf8);
    }

    /** Renders the decision as a JSON line (held until {@link #endOfCase()}). */
    void json(Decision d) {
      line.reset();
      DecisionJson.write(line, d);
    }

    /** The decision as text, written as is. */
    abstract void text(String text);

    /** Forgets a line being rendered when rendering failed. */
    void discardLine() {
      line.reset();
    }

    /** The case's decision is complete: hand it on. */
    abstract void endOfCase();

    /** Something is about to be written to standard error: what was decided before it goes out first. */
    abstract void beforeError();

    /** The input has run dry for now, or has ended: everything decided goes out. */
    abstract void flush();
  }

  /**
   * Decisions to a {@code PrintWriter}, flushed one at a time (the tool used in-process, where the caller's
   * writer may be a terminal or a test's buffer): what the command always did.
   */
  private static final class LineOutput extends Output {
    LineOutput(PrintWriter out, PrintWriter err) {
      super(out, err, false);
    }

    @Override
    void text(String text) {
      out.print(text);
    }

    @Override
    void endOfCase() {
      if (line.length() > 0) {
        try {
          line.writeTo(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e); // a PrintWriter does not throw
        }
        line.reset();
        out.println();
      }
      out.flush();
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
   * Decisions to the process's standard output as bytes (the tool run from the command line): JSON lines are
   * encoded to UTF-8 straight from their characters and written in blocks of about {@value #BLOCK} bytes,
   * and whenever the input runs dry, before anything is written to standard error, and at the end; so the
   * output is the same, in the same order relative to standard error, as when each line was flushed alone,
   * with one write for many lines.
   */
  private static final class BlockOutput extends Output {
    private static final byte[] NEWLINE = System.lineSeparator().getBytes(StandardCharsets.UTF_8);
    private final OutputStream stdout;
    private final JsonLine.Bytes block = new JsonLine.Bytes(BLOCK + 16 * 1024);

    BlockOutput(PrintWriter out, OutputStream stdout, PrintWriter err) {
      super(out, err, true);
      this.stdout = stdout;
      out.flush(); // anything written as characters before goes out first
    }

    @Override
    void text(String text) {
      out.print(text); // text mode writes through the writer; flushed with the rest below
    }

    @Override
    void endOfCase() {
      if (line.length() > 0) {
        line.appendUtf8(block);
        block.append(NEWLINE);
        line.reset();
        if (block.length() >= BLOCK) {
          writeBlock();
        }
      }
    }

    private void writeBlock() {
      try {
        block.writeTo(stdout);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
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
    }
  }

  // ---- the two threads --------------------------------------------------------------------------------

  /**
   * Reads and parses cases on a second thread (the {@code conduct-reader}) while this thread decides them and
   * writes the decisions (rendering their explanations), in input order; when this thread falls behind, the
   * reader decides too. The reader hands over batches of at most {@value #BATCH} cases, decisions or problems
   * through a
   * queue of at most {@value #QUEUED_BATCHES} batches, so memory stays bounded whatever the size of the input,
   * and hands over a partial batch whenever its input is not ready (a pipe or a terminal waiting for more), so
   * that a case typed or piped in is decided at once. Problems, the end of the input, and a failure to read are
   * passed along in order and reported by this thread, exactly where the one-thread loop reported them.
   */
  private final class Pipeline {
    /** Whether the reading thread decides the cases of the batch it is filling (see {@link #read()}). */
    private boolean decideHere;
    private final Reader in;
    private final Output output;
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);

    Pipeline(Reader in, Output output) {
      this.in = in;
      this.output = output;
    }

    void run() throws IOException {
      Thread reading = new Thread(this::read, "conduct-reader");
      reading.setDaemon(true);
      reading.start();
      try {
        while (true) {
          Object[] batch = queue.poll();
          if (batch == null) {
            output.flush(); // the reader is behind: let what is decided go out while waiting
            batch = take();
          }
          for (Object item : batch) {
            if (item == null) {
              break;
            } else if (item instanceof Decision || item instanceof CouldNotDecide) {
              write(item, output);
            } else if (item instanceof ConductCase c) {
              decide(c, output);
            } else if (item instanceof CaseFormatException problem) {
              reject(problem, output);
            } else if (item == END) {
              return;
            } else if (item instanceof IOException e) {
              throw e;
            } else if (item instanceof RuntimeException e) {
              throw e;
            } else {
              throw (Error) item;
            }
          }
        }
      } finally {
        reading.interrupt(); // when this thread stops early; harmless after the end
      }
    }

    private Object[] take() throws IOException {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while reading cases");
      }
    }

    /** The reading thread: every case, problem and the end (or the failure) of the input, in order. */
    private void read() {
      Object[][] batch = {new Object[BATCH]};
      int[] size = {0};
      try {
        try {
          reader().read(file, in, new CaseReader.Sink() {
            @Override
            public void accept(ConductCase conductCase) {
              add(decideHere ? decide(conductCase) : conductCase);
            }

            @Override
            public void reject(CaseFormatException problem) {
              add(problem);
            }

            private void add(Object item) {
              batch[0][size[0]++] = item;
              if (size[0] == BATCH || !ready()) {
                handOver(batch[0]);
                batch[0] = new Object[BATCH];
                size[0] = 0;
                // Share the deciding: when the writing thread is behind (half the queue waiting), this thread
                // decides the next batch too; when it keeps up, it decides (it has the lighter share otherwise).
                decideHere = queue.size() >= QUEUED_BATCHES / 2;
              }
            }
          });
          batch[0][size[0]++] = END;
        } catch (Stopped stopped) {
          throw stopped;
        } catch (IOException | RuntimeException | Error e) {
          batch[0][size[0]++] = e;
        }
        handOver(batch[0]);
      } catch (Stopped stopped) {
        // the deciding thread has stopped: nothing more to read for
      }
    }

    private boolean ready() {
      try {
        return in.ready();
      } catch (IOException e) {
        return false; // the next read reports it
      }
    }

    private void handOver(Object[] items) {
      try {
        queue.put(items);
      } catch (InterruptedException e) {
        throw new Stopped();
      }
    }
  }

  /** The end of the input, as an item of a batch. */
  private static final Object END = new Object();

  /** Thrown on the reading thread when the deciding thread has gone; never escapes it. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }
}

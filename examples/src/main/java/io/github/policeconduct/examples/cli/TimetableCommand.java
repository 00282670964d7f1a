package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.TimetableStep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conduct timetable FILE|- [--as-at DATE] [--due-within N] [--overdue] [--format text|csv|json]}: every open
 * and overdue step of every case in a file, soonest due first (the caseload view).
 *
 * <p>Cases are read and decided in one pass on the reading pipeline of {@code evaluate} (memory bounded by bytes in
 * flight); what is kept is one small row per pending step, so memory grows with the steps listed, not with the
 * cases read.
 */
@Command(
    name = "timetable",
    mixinStandardHelpOptions = true,
    description = {
        "Lists every open and overdue step of every case in FILE (the time limits its events start), soonest due "
            + "first: what a Professional Standards supervisor looks at on a Monday.",
        "Each bad case is reported on standard error (file, line, field, value) and the other cases still listed."},
    footer = {"", "Exit status: 0 every case read; 1 some input was invalid; 2 usage error; 3 out of memory."})
final class TimetableCommand implements Callable<Integer> {
  @ParentCommand
  private ConductCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The case file, or - for standard input.")
  private String file;

  @Option(names = "--as-at", paramLabel = "DATE",
      description = "The day to list the steps as at (YYYY-MM-DD). Default: today, by the system clock.")
  private LocalDate asAt;

  @Option(names = "--due-within", paramLabel = "DAYS",
      description = "Only steps due within DAYS days of the as-at date (overdue ones included).")
  private Integer dueWithin;

  @Option(names = "--overdue", description = "Only overdue steps.")
  private boolean overdueOnly;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, csv or json (JSON Lines) (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  /** Output formats. */
  enum Format { text, csv, json }

  /** One pending step of one case: all that is kept of it. */
  private record Row(String caseId, TimetableStep step) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (dueWithin != null && dueWithin < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--due-within must be 0 or more (value: " + dueWithin + ")");
    }
    LocalDate day = asAt != null ? asAt : LocalDate.now(java.time.Clock.systemDefaultZone());
    InputStream in;
    try {
      in = InputFiles.open(file, parent.stdin());
    } catch (java.nio.file.FileSystemException e) {
      err.println(e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    List<Row> rows = new ArrayList<>();
    int[] read = {0, 0, 0}; // cases, problems, out of memory
    try (InputStream r = in) {
      new ParallelCases<Object>(r, () -> true, file, result -> listed(result, day))
          .run(new ParallelCases.Consumer<Object>() {
            @Override
            @SuppressWarnings("unchecked")
            public void accept(Object item) {
              if (item instanceof CaseFormatException problem) {
                read[1]++;
                err.println(problem.getMessage());
              } else {
                read[0]++;
                rows.addAll((List<Row>) item);
              }
            }

            @Override
            public void waiting() {}

            @Override
            public void outOfMemory(long index, long line) {
              read[2]++;
              err.println(file + ", line " + line + ": could not be listed: " + OutOfMemory.caseMessage());
            }
          });
    } catch (IOException e) {
      err.println(file + ": reading stopped after " + (read[0] + read[1]) + " case(s): " + ConductCommand.describe(e));
      return 1;
    }
    rows.sort(Comparator.comparing((Row x) -> x.step().due()).thenComparing(Row::caseId)
        .thenComparing(x -> x.step().step()));
    write(rows, day, out);
    out.flush();
    if (read[0] + read[1] == 0) {
      err.println(file + ": 0 cases");
    }
    err.flush();
    return read[2] > 0 ? ConductCommand.OUT_OF_MEMORY : read[1] > 0 ? 1 : 0;
  }

  /** On a worker: the case's problem, or the rows of its pending steps that pass the filters. */
  private Object listed(CaseJson.Result r, LocalDate day) {
    if (!r.isValid()) {
      return r.error().get();
    }
    List<Row> rows = new ArrayList<>(2);
    for (TimetableStep s : ConductRules.decide(r.get(), day).next()) {
      boolean overdue = s.status() == TimetableStep.Status.OVERDUE;
      if (overdueOnly && !overdue) {
        continue;
      }
      if (dueWithin != null && !overdue && s.due().isAfter(day.plusDays(dueWithin))) {
        continue;
      }
      rows.add(new Row(r.get().id(), s));
    }
    return rows;
  }

  private void write(List<Row> rows, LocalDate day, PrintWriter out) throws IOException {
    switch (format) {
      case csv -> {
        out.print("case,step,status,due,from,from_date,citation\r\n");
        for (Row r : rows) {
          TimetableStep s = r.step();
          out.print(String.join(",", ConductCommand.csv(r.caseId()), ConductCommand.csv(s.step()), s.status().code(),
              s.due().toString(), s.from().code(), s.fromDate().toString(), ConductCommand.csv(s.citation().toString()))
              + "\r\n");
        }
      }
      case json -> {
        JsonFactory factory = new JsonFactory();
        for (Row r : rows) {
          java.io.StringWriter line = new java.io.StringWriter();
          try (JsonGenerator g = factory.createGenerator(line)) {
            TimetableStep s = r.step();
            g.writeStartObject();
            g.writeStringField("case", r.caseId());
            g.writeStringField("as_at", day.toString());
            g.writeStringField("step", s.step());
            g.writeStringField("status", s.status().code());
            g.writeStringField("due", s.due().toString());
            g.writeStringField("from", s.from().code());
            g.writeStringField("from_date", s.fromDate().toString());
            if (s.earliest().isPresent()) {
              g.writeStringField("earliest", s.earliest().get().toString());
            } else {
              g.writeNullField("earliest");
            }
            g.writeStringField("citation", s.citation().toString());
            g.writeStringField("description", s.description());
            g.writeEndObject();
          }
          out.println(line);
        }
      }
      default -> {
        out.println("Steps open or overdue as at " + day + ": " + rows.size());
        for (Row r : rows) {
          TimetableStep s = r.step();
          out.println(String.format(Locale.ROOT, "%s  %-11s %-20s %s", s.due(), s.status().code().replace('_', ' '),
              ConductCommand.shown(r.caseId()), s.description()));
        }
      }
    }
  }
}

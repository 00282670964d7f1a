package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.QualityIssue;
import io.github.policeconduct.rules.QualityKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code conduct validate FILE|- [--as-at DATE] [--format text|csv|json]}: the data-quality report of a return
 * before it is submitted ({@link ConductRules#qualityOf} for every case), streamed in one pass on the reading
 * pipeline of {@code evaluate}: each case's problems are written as it is checked, in input order, and only the
 * counts by kind are kept, so memory does not grow with the cases read.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Checks a file of cases before it goes into a statistical return: what the Home Office tables would count "
            + "as \"Not known\" (no case type, no decision on case to answer, no action taken, no proceedings type "
            + "or finding for an allegation referred), lawfulness problems, events out of order, and cases open "
            + "more than 12 months (R2020 reg 19); then a summary by kind.",
        "A case that cannot be read is reported on standard error (file, line, field, value) and counted."},
    footer = {"", "Exit status: 0 clean; 1 something needs attention (a problem, or a case that cannot be read); "
        + "2 usage error; 3 out of memory."})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  private ConductCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The case file, or - for standard input.")
  private String file;

  @Option(names = "--as-at", paramLabel = "DATE",
      description = "The day to check the cases as at (YYYY-MM-DD). Default: today, by the system clock.")
  private LocalDate asAt;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, csv or json (JSON Lines, then a summary line) (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  /** Output formats. */
  enum Format { text, csv, json }

  /** What the reading pipeline hands back for one case. */
  private record Checked(String caseId, List<QualityIssue> issues) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = asAt != null ? asAt : LocalDate.now(java.time.Clock.systemDefaultZone());
    InputStream in;
    try {
      in = InputFiles.open(file, parent.stdin());
    } catch (java.nio.file.FileSystemException e) {
      err.println(e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    Map<QualityKind, Long> byKind = new EnumMap<>(QualityKind.class);
    long[] counts = {0, 0, 0, 0}; // cases read, cases with problems, cases that cannot be read, out of memory
    if (format == Format.csv) {
      out.print("case,kind,field,message,citation\r\n");
    }
    try (InputStream r = in) {
      new ParallelCases<Object>(r, () -> true, file, result -> checked(result, day))
          .run(new ParallelCases.Consumer<Object>() {
            @Override
            public void accept(Object item) {
              if (item instanceof CaseFormatException problem) {
                counts[2]++;
                err.println(problem.getMessage());
                return;
              }
              Checked c = (Checked) item;
              counts[0]++;
              if (!c.issues().isEmpty()) {
                counts[1]++;
              }
              for (QualityIssue i : c.issues()) {
                byKind.merge(i.kind(), 1L, Long::sum);
              }
              write(c, day, out);
            }

            @Override
            public void waiting() {
              out.flush();
            }

            @Override
            public void outOfMemory(long index, long line) {
              counts[3]++;
              err.println(file + ", line " + line + ": could not be checked: " + OutOfMemory.caseMessage());
            }
          });
    } catch (IOException e) {
      err.println(file + ": reading stopped after " + (counts[0] + counts[2]) + " case(s): "
          + ConductCommand.describe(e));
      return 1;
    }
    summary(byKind, counts, day, out);
    out.flush();
    if (counts[0] + counts[2] == 0) {
      err.println(file + ": 0 cases");
    }
    err.flush();
    return counts[3] > 0 ? ConductCommand.OUT_OF_MEMORY : counts[1] + counts[2] > 0 ? 1 : 0;
  }

  /** On a worker: the case's problem, or its quality issues. */
  private static Object checked(CaseJson.Result r, LocalDate day) {
    if (!r.isValid()) {
      return r.error().get();
    }
    return new Checked(r.get().id(), ConductRules.qualityOf(r.get(), day));
  }

  private void write(Checked c, LocalDate day, PrintWriter out) {
    if (c.issues().isEmpty()) {
      return;
    }
    switch (format) {
      case csv -> {
        for (QualityIssue i : c.issues()) {
          out.print(String.join(",", ConductCommand.csv(c.caseId()), i.kind().code(), ConductCommand.csv(i.field()),
              ConductCommand.csv(i.message()), ConductCommand.csv(i.citation().map(Object::toString).orElse("")))
              + "\r\n");
        }
      }
      case json -> {
        for (QualityIssue i : c.issues()) {
          out.println(json(g -> {
            g.writeStringField("case", c.caseId());
            g.writeStringField("as_at", day.toString());
            g.writeStringField("kind", i.kind().code());
            g.writeStringField("field", i.field());
            g.writeStringField("message", i.message());
            if (i.citation().isPresent()) {
              g.writeStringField("citation", i.citation().get().toString());
            } else {
              g.writeNullField("citation");
            }
          }));
        }
      }
      default -> {
        out.println(ConductCommand.shown(c.caseId()));
        for (QualityIssue i : c.issues()) {
          out.println("  " + i.kind().code() + "  " + i.field() + ": " + i.message()
              + i.citation().map(x -> " [" + x + "]").orElse(""));
        }
      }
    }
  }

  private void summary(Map<QualityKind, Long> byKind, long[] counts, LocalDate day, PrintWriter out) {
    switch (format) {
      case csv -> { } // the rows are the report; the counts are a sum away
      case json -> out.println(json(g -> {
        g.writeObjectFieldStart("summary");
        g.writeStringField("as_at", day.toString());
        g.writeNumberField("cases", counts[0]);
        g.writeNumberField("cases_with_problems", counts[1]);
        g.writeNumberField("cases_unreadable", counts[2]);
        g.writeObjectFieldStart("by_kind");
        for (QualityKind k : QualityKind.values()) {
          g.writeNumberField(k.code(), byKind.getOrDefault(k, 0L));
        }
        g.writeEndObject();
        g.writeEndObject();
      }));
      default -> {
        out.println((counts[1] == 0 && counts[2] == 0 ? "Clean: " : "Needs attention: ") + counts[1] + " of "
            + counts[0] + " case" + (counts[0] == 1 ? "" : "s") + " with problems as at " + day
            + (counts[2] > 0 ? "; " + counts[2] + " case(s) could not be read (see standard error)" : "") + ".");
        for (QualityKind k : QualityKind.values()) {
          long n = byKind.getOrDefault(k, 0L);
          if (n > 0) {
            out.println(String.format(Locale.ROOT, "  %-36s %d", k.code(), n));
          }
        }
      }
    }
  }

  /** Writes one JSON object with Jackson. */
  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static final JsonFactory JSON = new JsonFactory();

  private static String json(Fields fields) {
    StringWriter line = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(line)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return line.toString();
  }
}

package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.render.DecisionHtml;
import picocli.CommandLine;

/**
 * {@code conduct evaluate FILE --format html --output-dir DIR}: one self-contained page per case, each written whole
 * (to a temporary file in DIR, then moved into place), so a page is never seen half-written.
 */
final class HtmlPages {
  private final Path dir;
  private final LocalDate asAt;

  HtmlPages(Path dir, LocalDate asAt) {
    this.dir = dir;
    this.asAt = asAt;
  }

  int write(String file, InputStream stdin, PrintWriter out, PrintWriter err) {
    InputStream in;
    try {
      in = InputFiles.open(file, stdin);
      Files.createDirectories(dir);
    } catch (IOException e) {
      err.println(ConductCommand.describe(e));
      return CommandLine.ExitCode.USAGE;
    }
    int[] counts = new int[2];
    Set<String> written = new HashSet<>();
    try (InputStream r = in) {
      EvaluateCommand.reader().read(file, r, new CaseReader.Sink() {
        @Override
        public void accept(ConductCase c, long line) {
          Decision d = asAt == null ? ConductRules.decide(c) : ConductRules.decide(c, asAt);
          String name = OutputFiles.fileName(c.id());
          if (!written.add(name.toLowerCase(Locale.ROOT))) {
            err.println(file + ", line " + line + ": case " + c.id() + ": its page " + name
                + ".html was already written for an earlier case in this input; this case's page was not written");
            counts[1]++;
            return;
          }
          try {
            OutputFiles.writeWhole(dir.resolve(name + ".html"), DecisionHtml.page(c, d));
            counts[0]++;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }

        @Override
        public void reject(CaseFormatException problem) {
          counts[1]++;
          err.println(problem.getMessage());
        }
      });
    } catch (IOException e) {
      err.println(file + ": stopped after " + counts[0] + " page(s): " + ConductCommand.describe(e));
      return 1;
    } catch (java.io.UncheckedIOException e) {
      err.println(dir + ": stopped after " + counts[0] + " page(s): " + ConductCommand.describe(e.getCause()));
      return 1;
    }
    out.println("wrote " + counts[0] + " page(s) to " + dir + (counts[1] == 0 ? "" : "; " + counts[1] + " case(s) not written (see above)"));
    out.flush();
    err.flush();
    return counts[1] == 0 ? 0 : 1;
  }
}

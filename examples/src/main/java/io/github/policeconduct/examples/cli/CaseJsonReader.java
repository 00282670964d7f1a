package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseFormatException;
import io.github.policeconduct.json.CaseJson;
import io.github.policeconduct.examples.report.CaseSource;

/**
 * The {@link CaseReader} of the tool: the library's strict {@link CaseJson} reader, streaming one case at
 * a time. Also the {@link CaseSource} of the {@code report} command.
 */
final class CaseJsonReader implements CaseReader {
  static final CaseJson JSON = CaseJson.standard();

  @Override
  public void read(String source, InputStream in, Sink sink) throws IOException {
    try (CaseJson.Cursor cursor = JSON.open(in, source)) {
      while (cursor.hasNext()) {
        CaseJson.Result r = cursor.next();
        if (r.isValid()) {
          sink.accept(r.get(), r.line());
        } else {
          sink.reject(r.error().get());
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A {@link CaseSource} reading a file, or {@code stdin} for {@code -}. */
  static CaseSource source(InputStream stdin) {
    return (String file, Consumer<ConductCase> cases, Consumer<CaseFormatException> problems) -> {
      InputStream in = InputFiles.open(file, stdin);
      // Cases are parsed on worker threads and handed to the consumers here, in input order (ParallelCases);
      // nothing is written before the end, so batches need not be handed over early.
      try (InputStream r = in) {
        new ParallelCases<CaseJson.Result>(r, () -> true, file, result -> result).run(new ParallelCases.Consumer<>() {
          @Override
          public void accept(CaseJson.Result result) {
            if (result.isValid()) {
              cases.accept(result.get());
            } else {
              problems.accept(result.error().get());
            }
          }

          @Override
          public void waiting() {
            // nothing is written until the end
          }

          @Override
          public void outOfMemory(long index, long line) {
            // a table without this case would be wrong: the report stops, with the status of its own
            throw new OutOfMemoryError(file + ", line " + line + ": " + OutOfMemory.caseMessage());
          }
        });
      }
    };
  }
}

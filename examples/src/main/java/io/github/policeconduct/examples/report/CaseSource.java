package io.github.policeconduct.examples.report;

import java.io.IOException;
import java.util.function.Consumer;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseFormatException;

/**
 * Streams cases from a file, or from standard input when the name is {@code -}, handing each valid case
 * to {@code cases} as it is read and each invalid one to {@code problems}, then carrying on. The JSON case
 * reader plugs in here; tests pass a lambda.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CaseSource {
  /**
   * Reads every case.
   *
   * @param file a path, or {@code -} for standard input
   * @param cases receives each valid case, in input order
   * @param problems receives each invalid case's problem (file, line, path, field, value)
   * @throws IOException when the file cannot be opened or read at all
   * @since 0.1.0
   */
  void read(String file, Consumer<ConductCase> cases, Consumer<CaseFormatException> problems) throws IOException;
}

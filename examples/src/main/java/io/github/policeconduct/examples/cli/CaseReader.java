package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.InputStream;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.json.CaseFormatException;

/**
 * Reads cases one at a time from a text source holding one case object, a JSON array of cases, or JSON
 * Lines (one case per line), and hands each case, or the problem that stopped it being read, to a
 * {@link Sink} in input order. A bad case never stops the good cases after it from being read, where the
 * input format allows recovery.
 *
 * <p>The seam between the command-line tool and the JSON case reader, so that the reader can be replaced
 * without touching the commands.
 */
interface CaseReader {

  /**
   * Reads every case in the UTF-8 bytes {@code in} (a byte that is not UTF-8 is the problem of its case only), calling {@code sink} once per case or problem, in input order, while
   * holding at most one case in memory.
   *
   * @param source the name used in problem messages: the file name as given, or {@code "-"}
   * @throws IOException when the source itself cannot be read (not for malformed cases)
   */
  void read(String source, InputStream in, Sink sink) throws IOException;

  /** Receives what a {@link CaseReader} read, in input order. */
  interface Sink {
    /** A case that was read and is valid, and the line it starts on. */
    void accept(ConductCase conductCase, long line);

    /** A case that could not be read, with where and why. */
    void reject(CaseFormatException problem);
  }
}

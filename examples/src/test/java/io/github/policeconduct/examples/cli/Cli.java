package io.github.policeconduct.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the conduct tool in-process with captured standard output and error. */
final class Cli {
  private Cli() {}

  /** What a run produced. */
  record Result(int status, String out, String err) {
    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }

  static Result run(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Result run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ConductCommand.run(stdin, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(status, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }
}

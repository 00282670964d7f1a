package io.github.policeconduct.examples.cli;

/** What the tool says when the JVM runs out of memory: what ran out, and how to give it more. */
final class OutOfMemory {
  private OutOfMemory() {}

  /** The advice at the end of every such message, naming the heap the JVM has now. */
  static String advice() {
    long max = Runtime.getRuntime().maxMemory();
    String now = max == Long.MAX_VALUE ? "" : " (it has " + (max >> 20) + " MiB now)";
    return "give Java more memory" + now + ", e.g. JAVA_OPTS=-Xmx2g ./conduct ...";
  }

  /** One case that could not be parsed or decided in the memory there was. */
  static String caseMessage() {
    return "not enough memory for this case; " + advice();
  }

  /** The whole command ran out of memory. */
  static String commandMessage(String command, OutOfMemoryError e) {
    String what = e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + ConductCommand.describe(e);
    return command + ": ran out of memory" + what + "; " + advice();
  }
}

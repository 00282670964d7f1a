package io.github.policeconduct.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.github.policeconduct.rules.render.Diagrams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code conduct diagram lifecycle|outcomes [--format mermaid|dot|svg] [--former-officer]}. */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = {
        "Draws the case lifecycle (the states a case passes through and the lawful transitions) or the outcome "
            + "table (regulations, forum and finding to the outcomes open), as Mermaid or Graphviz DOT text; the "
            + "lifecycle also as SVG, laid out by the library (no Graphviz needed)."})
final class DiagramCommand implements Callable<Integer> {
  /** Which diagram. */
  enum Kind { lifecycle, outcomes }

  /** Which notation. */
  enum Format { mermaid, dot, svg }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "lifecycle|outcomes", description = "Which diagram: ${COMPLETION-CANDIDATES}.")
  private Kind kind;

  @Option(names = "--former-officer", description = "With --format svg: the lifecycle of a case about a former officer "
      + "(without the steps only a serving officer can take).")
  private boolean formerOfficer;

  @Option(names = "--format", paramLabel = "mermaid|dot|svg", defaultValue = "mermaid",
      description = "The notation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() {
    String text;
    if (format == Format.svg && kind != Kind.lifecycle || formerOfficer && format != Format.svg) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), format == Format.svg
          ? "--format svg draws the lifecycle only; the outcome table is mermaid or dot"
          : "--former-officer goes with --format svg");
    }
    if (format == Format.svg) {
      text = Diagrams.lifecycleSvg(formerOfficer);
    } else if (kind == Kind.lifecycle) {
      text = format == Format.mermaid ? Diagrams.lifecycleMermaid() : Diagrams.lifecycleDot();
    } else {
      text = format == Format.mermaid ? Diagrams.outcomesMermaid() : Diagrams.outcomesDot();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
    return 0;
  }
}

package io.github.policeconduct.rules;

import java.util.Locale;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Regime;

/**
 * Diagrams of the case lifecycle and of the outcome table, as Mermaid or Graphviz DOT text.
 *
 * <p>Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class Diagrams {
  private Diagrams() {}

  /**
   * The outcome table (regime → forum → finding → outcomes) as a Mermaid flowchart.
   *
   * @since 0.1.0
   */
  public static String outcomesMermaid() {
    StringBuilder b = new StringBuilder("flowchart LR\n");
    int n = 0;
    for (OutcomeTable.Row r : OutcomeTable.rows()) {
      for (Regime regime : r.regimes()) {
        String reg = "r" + regime.code().substring(regime.code().length() - 4);
        String forum = reg + "_" + r.forum().code();
        String cell = "o" + (n++);
        b.append("    ").append(reg).append("[\"").append(regime.title()).append("\"] --> ")
            .append(forum).append("[\"").append(r.forum().nameUnder(regime)).append("\"]\n");
        b.append("    ").append(forum).append(" -- \"").append(r.finding().code().replace('_', ' ')).append("\" --> ")
            .append(cell).append("[\"").append(label(r)).append("\"]\n");
      }
    }
    return b.toString();
  }

  /**
   * The outcome table as a Graphviz DOT digraph.
   *
   * @since 0.1.0
   */
  public static String outcomesDot() {
    StringBuilder b = new StringBuilder("digraph outcomes {\n  rankdir=LR;\n  node [shape=box];\n");
    int n = 0;
    for (OutcomeTable.Row r : OutcomeTable.rows()) {
      for (Regime regime : r.regimes()) {
        String reg = "r" + regime.code().substring(regime.code().length() - 4);
        String forum = reg + "_" + r.forum().code();
        String cell = "o" + (n++);
        b.append("  ").append(reg).append(" [label=\"").append(regime.title()).append("\"];\n");
        b.append("  ").append(forum).append(" [label=\"").append(r.forum().nameUnder(regime)).append("\"];\n");
        b.append("  ").append(reg).append(" -> ").append(forum).append(";\n");
        b.append("  ").append(cell).append(" [label=\"").append(label(r)).append("\"];\n");
        b.append("  ").append(forum).append(" -> ").append(cell).append(" [label=\"")
            .append(r.finding().code().replace('_', ' ')).append("\"];\n");
      }
    }
    return b.append("}\n").toString();
  }

  private static String label(OutcomeTable.Row r) {
    if (r.impossible().isPresent()) {
      return "cannot occur";
    }
    String open = r.outcomes().stream().map(o -> o.code().replace('_', ' ')).collect(Collectors.joining(", "));
    String cond = r.openedByCondition().stream().map(o -> o.code().replace('_', ' ')).collect(Collectors.joining(", "));
    return (open.isEmpty() ? "none" : open) + (cond.isEmpty() ? "" : "; if a condition is met: " + cond)
        .toLowerCase(Locale.ROOT);
  }
}

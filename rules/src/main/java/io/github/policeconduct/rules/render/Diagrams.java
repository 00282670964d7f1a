package io.github.policeconduct.rules.render;

import java.util.Locale;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Regime;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Lifecycle;
import io.github.policeconduct.rules.OutcomeTable;

/**
 * Diagrams of the case lifecycle and of the outcome table, as Mermaid or Graphviz DOT text, and the lifecycle as
 * SVG.
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

  /**
   * The lifecycle as a Mermaid state diagram.
   *
   * @since 0.2.0
   */
  public static String lifecycleMermaid() {
    Lifecycle lifecycle = ConductRules.lifecycle();
    StringBuilder b = new StringBuilder("stateDiagram-v2\n");
    for (Lifecycle.State s : Lifecycle.State.values()) {
      b.append("    ").append(id(s)).append(" : ").append(s.label()).append('\n');
    }
    b.append("    [*] --> ").append(id(Lifecycle.State.ALLEGATION_RECEIVED)).append('\n');
    for (Lifecycle.Transition x : lifecycle.transitions()) {
      b.append("    ").append(id(x.from())).append(" --> ").append(id(x.to())).append(" : ").append(x.when())
          .append(x.servingOnly() ? " (serving only)" : "").append('\n');
    }
    b.append("    ").append(id(Lifecycle.State.CLOSED)).append(" --> [*]\n");
    return b.toString();
  }

  /**
   * The lifecycle as a Graphviz DOT digraph.
   *
   * @since 0.2.0
   */
  public static String lifecycleDot() {
    Lifecycle lifecycle = ConductRules.lifecycle();
    StringBuilder b = new StringBuilder("digraph lifecycle {\n  rankdir=TB;\n  node [shape=box, style=rounded];\n");
    for (Lifecycle.State s : Lifecycle.State.values()) {
      b.append("  ").append(id(s)).append(" [label=\"").append(s.label()).append("\"];\n");
    }
    for (Lifecycle.Transition x : lifecycle.transitions()) {
      b.append("  ").append(id(x.from())).append(" -> ").append(id(x.to())).append(" [label=\"").append(x.when())
          .append(x.servingOnly() ? " (serving only)" : "").append("\"];\n");
    }
    return b.append("}\n").toString();
  }

  /**
   * The lifecycle as a standalone SVG 1.1 drawing, laid out here (no Graphviz needed): a box per state, top to bottom
   * in the order a case passes through them, each transition an arrow labelled with its condition; a transition back
   * to an earlier state (a case returned from an accelerated hearing) is dashed. Each state is a
   * {@code <g id="state-CODE">} ({@link Lifecycle.State#code()}) whose {@code <title>} is its label; each transition a
   * {@code <g class="transition">} whose {@code <title>} reads "from -> to: when (citation)", so that a reader
   * hovering over it sees its provision. The document has no XML declaration or DOCTYPE, so that it can also be
   * inlined in an HTML page; its arrowhead markers' ids name the variant ({@code lifecycle-serving-arrow},
   * {@code lifecycle-former-arrow}), but the states' ids do not, so an HTML page should inline one variant only.
   * The same text every run, written in {@link Locale#ROOT} with {@code '\n'} line ends.
   *
   * @param formerOfficer true for a case about a former officer: the transitions only a serving officer can take
   *     ({@link Lifecycle.Transition#servingOnly()}) are left out, and so are the states only they lead to
   * @return the SVG document
   * @since 0.2.0
   */
  public static String lifecycleSvg(boolean formerOfficer) {
    return LifecycleSvg.render(formerOfficer);
  }

  private static String id(Lifecycle.State s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}

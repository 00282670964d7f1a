package io.github.policeconduct.examples.stories;

import java.io.PrintWriter;
import java.util.List;

import io.github.policeconduct.rules.Decision;

/**
 * The seed stories, and how the demo tells them: a heading per story and per case, the two-line summary
 * of what the law decided and why, then the decision with its explanation and citations.
 *
 * <p>Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class Stories {
  private Stories() {}

  /**
   * Every seed story, in the order the demo tells them.
   *
   * @since 0.1.0
   */
  public static List<Story> all() {
    return List.of(new StaffordshireWouldHaveBeenDismissed(), new KentResignationsDuringInvestigation(),
        new CheshireOfficersWithConvictions());
  }

  /**
   * Tells {@code story} on {@code out}, numbered {@code number} (0 for no number).
   *
   * @since 0.1.0
   */
  public static void tell(Story story, int number, PrintWriter out) {
    String title = (number > 0 ? number + ". " : "") + story.title();
    out.println(title);
    out.println("=".repeat(title.length()));
    out.println("Source: " + story.source());
    for (Episode e : story.episodes()) {
      Decision d = e.decide();
      out.println();
      out.println("--- " + e.heading() + " ---");
      out.println();
      for (String line : e.summarise(d).split("\n")) {
        out.println("  " + line);
      }
      out.println();
      out.print(d);
    }
    out.flush();
  }

  static String due(Decision d, String kind) {
    return d.consequences().stream().filter(c -> c.kind().code().equals(kind)).findFirst()
        .flatMap(c -> c.dueBy()).map(Object::toString).orElse("(no date)");
  }

  static boolean has(Decision d, String kind) {
    return d.consequences().stream().anyMatch(c -> c.kind().code().equals(kind));
  }
}

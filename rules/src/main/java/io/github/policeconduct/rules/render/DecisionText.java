package io.github.policeconduct.rules.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.Step;

/**
 * Renders a {@link Decision} for people: the decision first, then the numbered explanation with citations. Text is
 * written in {@link Locale#ROOT} with {@code '\n'} line ends, whatever the machine's defaults.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class DecisionText {
  private DecisionText() {}

  /**
   * The decision as text.
   *
   * @param d the decision
   * @return the text, ending with a line end
   * @since 0.2.0
   */
  public static String render(Decision d) {
    StringBuilder b = new StringBuilder();
    b.append("Case ").append(d.caseId()).append(" (as at ").append(d.asAt()).append(")\n");
    line(b, "Regulations", d.regime().map(r -> r.title()).orElse("none that this library models"));
    line(b, "Within them", d.inScope() ? "yes" + d.formerOfficerCondition().map(c -> ", former officer (condition " + c + ")").orElse("")
        : "no");
    line(b, "Stage", d.state().label());
    d.forum().ifPresent(f -> line(b, "Forum", d.regime().map(f::nameUnder).orElse(f.code())
        + d.conductedBy().map(x -> ", conducted by " + x).orElse("")));
    if (d.inScope()) {
      line(b, "Outcomes open", d.availableOutcomes().isEmpty() ? "none"
          : d.availableOutcomes().stream().map(DecisionText::words).collect(Collectors.joining(", ")));
    }
    d.outcome().ifPresent(o -> line(b, "Outcome given", words(o.decided()) + (o.lawful() ? " (lawful)" : " (NOT lawful)")));
    d.warningExpires().ifPresent(w -> line(b, "Warning expires", w.toString()));
    if (d.resignation().on().isPresent()) {
      line(b, "Resignation", d.resignation().restricted()
          ? "needed the appropriate authority's consent on " + d.resignation().on().get()
          : "no consent needed on " + d.resignation().on().get());
    }
    list(b, "Consequences", d.consequences());
    list(b, "Timetable", d.timetable().stream().map(s -> s.status().code().replace('_', ' ').toUpperCase(Locale.ROOT)
        + s.metOn().map(m -> " on " + m + (m.isAfter(s.due()) ? " (late)" : "")).orElse("") + ": " + s.description()
        + s.extension().map(x -> " " + x).orElse("") + " [" + s.citation() + "]").toList());
    list(b, "Problems", d.problems());
    list(b, "Guidance (advisory, not part of the decision)", d.guidance());
    b.append("Why:\n");
    int n = 0;
    for (Step s : d.explanation().steps()) {
      b.append(String.format(Locale.ROOT, "  %2d. %s%s\n      [%s] %s\n", ++n, s.applied() ? "" : "(not applicable) ", s.because(),
          s.ruleId(), s.citation()));
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(String.format(Locale.ROOT, "  %-16s %s\n", label + ":", value));
  }

  private static void list(StringBuilder b, String label, List<?> items) {
    if (items.isEmpty()) {
      return;
    }
    b.append("  ").append(label).append(":\n");
    for (Object o : items) {
      b.append("    - ").append(o).append('\n');
    }
  }

  static String words(Outcome o) {
    return o.code().replace('_', ' ');
  }
}

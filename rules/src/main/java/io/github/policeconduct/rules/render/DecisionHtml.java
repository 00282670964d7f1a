package io.github.policeconduct.rules.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.core.Warning;
import io.github.policeconduct.rules.Consequence;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.Guidance;
import io.github.policeconduct.rules.Problem;
import io.github.policeconduct.rules.Rule;
import io.github.policeconduct.rules.Step;
import io.github.policeconduct.rules.TimetableStep;

/**
 * A {@link Decision} as one self-contained HTML page for people: the decision first, then the timetable where the case
 * has one, the consequences, problems and guidance, and the numbered explanation; each step linked to its rule and to
 * its provision on legislation.gov.uk, with the facts it read. The page stands alone: the rules it cites are described
 * at its foot, and it fetches nothing (no script, style sheet, font or image).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class DecisionHtml {
  private DecisionHtml() {}

  /**
   * The decision as a page that stands alone: each step links to the description of its rule at the page's foot.
   *
   * @param d the decision
   * @return the page, ending with a line end
   * @since 0.2.0
   */
  public static String page(Decision d) {
    Objects.requireNonNull(d, "d");
    return Html.page("Decision: case " + d.caseId(), "", body(d, "", true, ""));
  }

  /**
   * The decision as a page that stands alone, with the facts of the case it decided set out before it.
   *
   * @param c the case
   * @param d its decision
   * @return the page, ending with a line end
   * @throws IllegalArgumentException if the decision is not of this case (their ids differ)
   * @since 0.2.0
   */
  public static String page(ConductCase c, Decision d) {
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(d, "d");
    check(c, d);
    return Html.page("Decision: case " + d.caseId(), "", body(d, "", true, facts(c)));
  }

  private static void check(ConductCase c, Decision d) {
    if (!c.id().equals(d.caseId())) {
      throw new IllegalArgumentException("d: the decision is of case \"" + d.caseId() + "\", not of case \"" + c.id() + "\"");
    }
  }

  /** The decision as a page of the rules explorer: rules link to their pages under {@code rulesHref}. */
  static String sitePage(ConductCase c, Decision d, String rulesHref, String nav, String documents) {
    check(c, d);
    return Html.page("Decision: case " + d.caseId(), nav, body(d, rulesHref, false, facts(c)) + documents);
  }

  private static String words(String code) {
    return code.replace('_', ' ');
  }

  /** The facts of a case, as recorded, for the reader of its decision. */
  static String facts(ConductCase c) {
    StringBuilder b = new StringBuilder("<h2 id=\"case\">The case</h2>\n<table>\n");
    Subject s = c.subject();
    StringBuilder who = new StringBuilder(words(s.role().code()));
    s.rank().ifPresent(r -> who.append(", ").append(words(r.code())));
    if (s.studentOfficer()) {
      who.append(", student officer");
    }
    s.joined().ifPresent(j -> who.append("; joined ").append(j));
    s.left().ifPresent(l -> who.append("; left ").append(l.date()).append(" (").append(words(l.reason().code())).append(")"));
    row(b, "Subject", Html.esc(who.toString()));
    c.force().ifPresent(f -> row(b, "Force", Html.esc(f)));
    for (Allegation a : c.allegations()) {
      StringBuilder x = new StringBuilder();
      x.append(a.standards().stream().map(Standard::heading).collect(Collectors.joining(", ")));
      if (!a.categories().isEmpty()) {
        x.append(" (").append(a.categories().stream().map(k -> words(k.code())).collect(Collectors.joining(", "))).append(")");
      }
      a.conductDate().ifPresent(t -> x.append("; conduct on ").append(t));
      x.append("; came to attention on ").append(a.cameToAttention());
      if (a.connectedToEarlierAllegation()) {
        x.append(", connected with an earlier allegation");
      }
      a.severity().ifPresent(v -> x.append("; assessed as ").append(words(v.level().code())).append(v.assessed().map(t -> " on " + t).orElse("")));
      row(b, "Allegation " + a.id(), Html.esc(x.toString()));
    }
    for (Warning w : c.record().warnings()) {
      row(b, "On the record", Html.esc(words(w.type().code()) + " notified " + w.notified() + w.months().map(m -> " for " + m + " months").orElse("")));
    }
    if (c.record().reducedInRank()) {
      row(b, "On the record", "reduced in rank before");
    }
    if (c.conditionCDetermination()) {
      row(b, "Determination", "the Director General's special determination (condition C)");
    }
    c.proceedings().ifPresent(p -> {
      StringBuilder x = new StringBuilder(words(p.forum().code()));
      p.date().ifPresent(t -> x.append(" on ").append(t));
      p.findings().forEach(f -> x.append("; ").append(f.allegation()).append(": ").append(words(f.finding().code())));
      p.outcome().ifPresent(o -> x.append("; outcome: ").append(words(o.code())));
      p.finalWrittenWarningMonths().ifPresent(m -> x.append(" (").append(m).append(" months)"));
      if (p.unconnectedIncidents()) {
        x.append("; more than one incident, not closely connected");
      }
      row(b, "Proceedings", Html.esc(x.toString()));
    });
    if (!c.events().isEmpty()) {
      row(b, "Events", c.events().stream().map(e -> e.date() + " " + Html.esc(words(e.type().code()))
          + e.allegation().map(a -> " (" + Html.esc(a) + ")").orElse("")).collect(Collectors.joining("<br>")));
    }
    return b.append("</table>\n").toString();
  }

  private static String ruleHref(Rule r, String rulesHref, boolean standalone) {
    return standalone ? "#rule-" + Html.id(r.id()) : rulesHref + r.id() + ".html";
  }

  private static String body(Decision d, String rulesHref, boolean standalone, String facts) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Case <code>").append(Html.esc(d.caseId())).append("</code></h1>\n");
    b.append("<p class=\"muted\">Decided as at ").append(d.asAt()).append(" by police-conduct ")
        .append(Html.esc(io.github.policeconduct.rules.ConductRules.libraryVersion()))
        .append(". Facts dated after that day have not happened yet.</p>\n");
    b.append(facts);
    b.append("<h2 id=\"decision\">Decision</h2>\n<table>\n");
    row(b, "Regulations", Html.esc(d.regime().map(r -> r.title()).orElse("none that this library models")));
    row(b, "Within them", Html.esc(d.inScope()
        ? "yes" + d.formerOfficerCondition().map(c -> ", former officer (condition " + c + ")").orElse("") : "no"));
    row(b, "Stage", Html.esc(d.state().label()));
    d.forum().ifPresent(f -> row(b, "Forum", Html.esc(d.regime().map(f::nameUnder).orElse(f.code())
        + d.conductedBy().map(x -> ", conducted by " + x).orElse(""))));
    if (d.inScope()) {
      row(b, "Outcomes open", Html.esc(d.availableOutcomes().isEmpty() ? "none"
          : d.availableOutcomes().stream().map(DecisionText::words).collect(Collectors.joining(", "))));
    }
    d.outcome().ifPresent(o -> row(b, "Outcome given", Html.esc(DecisionText.words(o.decided()))
        + (o.lawful() ? " (lawful)" : " <strong>(not lawful)</strong>")));
    d.warningExpires().ifPresent(w -> row(b, "Warning expires", w.toString()));
    d.resignation().on().ifPresent(on -> row(b, "Resignation", Html.esc(d.resignation().restricted()
        ? "needed the appropriate authority's consent on " + on : "no consent needed on " + on)));
    b.append("</table>\n");

    if (!d.timetable().isEmpty()) {
      b.append("<h2 id=\"timetable\">Timetable</h2>\n<table>\n<tr><th>Status</th><th>Step</th><th>Due</th><th>Provision</th></tr>\n");
      for (TimetableStep s : d.timetable()) {
        b.append("<tr><td>").append(Html.esc(s.status().code().replace('_', ' ')))
            .append(s.metOn().map(m -> " on " + m + (m.isAfter(s.due()) ? " (late)" : "")).orElse("")).append("</td><td>")
            .append(Html.esc(s.description())).append(s.extension().map(x -> " <span class=\"muted\">" + Html.esc(x) + "</span>").orElse(""))
            .append("</td><td>").append(s.due()).append("</td><td>").append(Legislation.html(s.citation()))
            .append(" (<a href=\"").append(Html.esc(ruleHref(s.rule(), rulesHref, standalone))).append("\"><code>")
            .append(Html.esc(s.rule().id())).append("</code></a>)</td></tr>\n");
      }
      b.append("</table>\n");
    }
    if (!d.consequences().isEmpty()) {
      b.append("<h2 id=\"consequences\">Consequences</h2>\n<ul>\n");
      for (Consequence c : d.consequences()) {
        b.append("<li>").append(Html.esc(c.description())).append(c.dueBy().map(x -> " <strong>Due by " + x + ".</strong>").orElse(""))
            .append(" <span class=\"muted\">").append(Legislation.html(c.citation())).append("</span></li>\n");
      }
      b.append("</ul>\n");
    }
    if (!d.problems().isEmpty()) {
      b.append("<h2 id=\"problems\">Problems</h2>\n<ul>\n");
      for (Problem p : d.problems()) {
        b.append("<li><code>").append(Html.esc(p.code())).append("</code> ").append(Html.esc(p.message()))
            .append(" <span class=\"muted\">").append(Legislation.html(p.citation())).append("</span></li>\n");
      }
      b.append("</ul>\n");
    }
    if (!d.guidance().isEmpty()) {
      b.append("<h2 id=\"guidance\">Guidance (advisory, not part of the decision)</h2>\n<ul>\n");
      for (Guidance g : d.guidance()) {
        b.append("<li>").append(Html.esc(g.message())).append(" <span class=\"muted\">").append(Legislation.html(g.citation()))
            .append("</span></li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("<h2 id=\"why\">Why</h2>\n<ol>\n");
    int n = 0;
    for (Step s : d.explanation().steps()) {
      n++;
      b.append("<li id=\"step-").append(n).append("\"><span class=\"").append(s.applied() ? "applied\">Applied" : "not-applied\">Not applicable")
          .append("</span>: ").append(Html.esc(s.because())).append("<br>\n<a href=\"")
          .append(Html.esc(ruleHref(s.rule(), rulesHref, standalone))).append("\"><code>").append(Html.esc(s.ruleId()))
          .append("</code></a> &middot; ").append(Legislation.html(s.citation()));
      facts(b, s.facts());
      b.append("</li>\n");
    }
    b.append("</ol>\n");
    if (standalone) {
      Set<Rule> cited = new LinkedHashSet<>();
      d.explanation().steps().forEach(s -> cited.add(s.rule()));
      d.timetable().forEach(s -> cited.add(s.rule()));
      b.append("<h2 id=\"rules\">The rules this page cites</h2>\n<dl>\n");
      for (Rule r : cited) {
        Citation c = r.citation(d.regime(), d.asAt());
        b.append("<dt id=\"rule-").append(Html.id(r.id())).append("\"><code>").append(Html.esc(r.id())).append("</code></dt>\n<dd>")
            .append(Html.esc(r.summary())).append("<br>").append(Legislation.html(c)).append(" <span class=\"muted\">")
            .append(Html.esc(RulebookSite.dates(r))).append("</span></dd>\n");
      }
      b.append("</dl>\n");
    }
    return b.toString();
  }

  private static void facts(StringBuilder b, Map<String, String> facts) {
    if (facts.isEmpty()) {
      return;
    }
    b.append("<br><span class=\"muted\">Facts read:</span> ");
    b.append(facts.entrySet().stream()
        .map(e -> "<code>" + Html.esc(e.getKey()) + "</code> = " + Html.esc(e.getValue()))
        .collect(Collectors.joining("; ")));
  }

  private static void row(StringBuilder b, String label, String valueHtml) {
    b.append("<tr><th scope=\"row\">").append(Html.esc(label)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
  }

  static String words(List<?> items) {
    return items.stream().map(Object::toString).collect(Collectors.joining(", ")).toLowerCase(Locale.ROOT);
  }
}

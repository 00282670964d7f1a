package io.github.policeconduct.rules.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.rules.Capability;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;
import io.github.policeconduct.rules.Document;
import io.github.policeconduct.rules.DocumentKind;
import io.github.policeconduct.rules.Documents;
import io.github.policeconduct.rules.Lifecycle;
import io.github.policeconduct.rules.OutcomeTable;
import io.github.policeconduct.rules.Rule;
import io.github.policeconduct.rules.Step;
import io.github.policeconduct.rules.TimetableStep;

/**
 * The rules explorer: the rulebook as a static, self-contained HTML site that people who read law rather than Java
 * can browse without a server or a network. An index by capability and regime; one page per rule (its citation for
 * each regime, linked to the provision on legislation.gov.uk, its dated parameter, the facts it reads, and worked
 * examples: cases that apply it and cases it was considered for and did not); the outcome table per regime with its
 * condition columns; what changed on each day the law changed; the lifecycle drawn as SVG; the Legal assumptions
 * table, each row linked to the rules that rest on it; and a page for each worked example's decision, with the documents
 * written from it (the outcome notice, the Barred and Advisory List reports) where the law calls for them.
 *
 * <p>Every page is generated from the rulebook's rows and the decisions of the cases given: nothing here is a copy
 * of the law. Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class RulebookSite {
  private RulebookSite() {}

  /** How many worked examples of each kind (applied, considered and not applied) a rule's page shows. */
  static final int EXAMPLES_PER_KIND = 4;

  /**
   * A row of the Legal assumptions table: where the law is uncertain, the reading encoded and the rules resting on it.
   *
   * @param number the row's number, e.g. {@code "16a"}
   * @param question the question
   * @param reading the reading encoded (Markdown inline text: code spans, emphasis and links are rendered)
   * @param citation what it rests on
   * @param status checked, secondary or unconfirmed
   * @param rules the rules that rest on it
   * @since 0.2.0
   */
  public record Assumption(String number, String question, String reading, String citation, String status, List<Rule> rules) {
    /**
     * Checks and copies the components.
     *
     * @since 0.2.0
     */
    public Assumption {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(reading, "reading");
      Objects.requireNonNull(citation, "citation");
      Objects.requireNonNull(status, "status");
      rules = List.copyOf(rules);
    }
  }

  /**
   * The site's pages, by path relative to the site's root ({@code index.html}, {@code rules/<rule id>.html},
   * {@code outcomes.html}, {@code changes.html}, {@code lifecycle.html}, {@code assumptions.html},
   * {@code cases/<case id>.html}, {@code documents/<case id>.<document kind>.html}), each a whole HTML document.
   *
   * @param day the day the rulebook speaks for (which rules are in force)
   * @param examples the worked examples, in the order they are preferred on a rule's page (each decided as at its own
   *     latest date); their ids must be distinct
   * @param assumptions the Legal assumptions table
   * @return the pages, sorted by path
   * @throws IllegalArgumentException if two examples share an id
   * @since 0.2.0
   */
  public static SortedMap<String, String> pages(LocalDate day, List<ConductCase> examples, List<Assumption> assumptions) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(assumptions, "assumptions");
    Map<String, String> files = new LinkedHashMap<>();
    Set<String> taken = new TreeSet<>();
    List<Decision> decisions = new ArrayList<>();
    Map<String, ConductCase> cases = new LinkedHashMap<>();
    for (ConductCase c : examples) {
      if (files.containsKey(c.id())) {
        throw new IllegalArgumentException("examples: two cases have the id \"" + c.id() + "\"");
      }
      // the same file name as the command line gives a case's page: never hidden, at most 120 characters
      String base = c.id().replaceAll("[^A-Za-z0-9._-]", "_");
      base = base.startsWith(".") ? "_" + base : base;
      base = base.length() > 120 ? base.substring(0, 120) : base;
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      files.put(c.id(), name + ".html");
      cases.put(c.id(), c);
      decisions.add(ConductRules.decide(c));
    }
    Map<Rule, List<Example>> applied = new EnumMap<>(Rule.class);
    Map<Rule, List<Example>> notApplied = new EnumMap<>(Rule.class);
    Map<Rule, Set<String>> factsRead = new EnumMap<>(Rule.class);
    Map<String, List<DocumentLink>> documents = new LinkedHashMap<>();
    for (Decision d : decisions) {
      Set<Rule> seen = EnumSet.noneOf(Rule.class);
      for (Step s : d.explanation().steps()) {
        factsRead.computeIfAbsent(s.rule(), r -> new TreeSet<>()).addAll(s.facts().keySet());
        if (!seen.add(s.rule())) {
          continue;
        }
        List<Example> list = (s.applied() ? applied : notApplied).computeIfAbsent(s.rule(), r -> new ArrayList<>());
        if (list.size() < EXAMPLES_PER_KIND) {
          list.add(new Example(d.caseId(), "../cases/" + files.get(d.caseId()), s.because()));
        }
      }
      for (DocumentKind kind : DocumentKind.values()) {
        Optional<Document> doc = Documents.write(kind, cases.get(d.caseId()), d.asAt()).document();
        if (doc.isEmpty()) {
          continue;
        }
        String path = "documents/" + files.get(d.caseId()).replaceFirst("\\.html$", "") + "." + kind.code() + ".html";
        documents.computeIfAbsent(d.caseId(), x -> new ArrayList<>()).add(new DocumentLink(doc.get(), path));
        for (Rule r : doc.get().rules()) {
          if (seen.add(r)) {
            List<Example> list = applied.computeIfAbsent(r, x -> new ArrayList<>());
            if (list.size() < EXAMPLES_PER_KIND) {
              list.add(new Example(d.caseId(), "../" + path, "Written in its " + kind.title().toLowerCase(java.util.Locale.ROOT) + "."));
            }
          }
        }
      }
      for (TimetableStep t : d.timetable()) {
        if (seen.add(t.rule())) {
          List<Example> list = applied.computeIfAbsent(t.rule(), r -> new ArrayList<>());
          if (list.size() < EXAMPLES_PER_KIND) {
            list.add(new Example(d.caseId(), "../cases/" + files.get(d.caseId()), "Timetable: " + t.description()));
          }
        }
      }
    }
    Map<Rule, List<Assumption>> assumed = new EnumMap<>(Rule.class);
    for (Assumption a : assumptions) {
      a.rules().forEach(r -> assumed.computeIfAbsent(r, x -> new ArrayList<>()).add(a));
    }
    SortedMap<String, String> pages = new TreeMap<>();
    pages.put("index.html", index(day, applied));
    for (Rule r : Rule.values()) {
      pages.put("rules/" + r.id() + ".html", rulePage(r, day, applied.getOrDefault(r, List.of()), notApplied.getOrDefault(r, List.of()),
          factsRead.getOrDefault(r, Set.of()), assumed.getOrDefault(r, List.of())));
    }
    pages.put("outcomes.html", outcomes());
    pages.put("changes.html", changes());
    pages.put("lifecycle.html", lifecycle());
    pages.put("assumptions.html", assumptions(assumptions));
    for (Decision d : decisions) {
      List<DocumentLink> docs = documents.getOrDefault(d.caseId(), List.of());
      StringBuilder links = new StringBuilder();
      if (!docs.isEmpty()) {
        links.append("<h2 id=\"documents\">Documents</h2>\n<ul>\n");
        for (DocumentLink l : docs) {
          links.append("<li>").append(Html.a("../" + l.path(), l.document().title())).append("</li>\n");
          pages.put(l.path(), DocumentText.sitePage(l.document(), "../rules/", nav("../")));
        }
        links.append("</ul>\n");
      }
      pages.put("cases/" + files.get(d.caseId()), DecisionHtml.sitePage(cases.get(d.caseId()), d, "../rules/", nav("../"), links.toString()));
    }
    return pages;
  }

  /** A worked example of a rule: the case, the page that shows it (relative to a rule's page) and what it said. */
  private record Example(String caseId, String file, String because) {}

  /** A document written for a worked example, and its page's path in the site. */
  private record DocumentLink(Document document, String path) {}

  static String nav(String root) {
    return Html.a(root + "index.html", "Index") + Html.a(root + "outcomes.html", "Outcome tables")
        + Html.a(root + "changes.html", "What changed when") + Html.a(root + "lifecycle.html", "Lifecycle")
        + Html.a(root + "assumptions.html", "Legal assumptions");
  }

  private static String ruleLink(String root, Rule r) {
    return "<a href=\"" + Html.esc(root + "rules/" + r.id() + ".html") + "\"><code>" + Html.esc(r.id()) + "</code></a>";
  }

  /** A rule's in-force dates in words. */
  static String dates(Rule r) {
    String from = r.inForceFrom().map(d -> "from " + d).orElse("");
    String until = r.inForceUntil().map(d -> "until " + d).orElse("");
    String both = (from + (from.isEmpty() || until.isEmpty() ? "" : " ") + until).strip();
    return both.isEmpty() ? "always" : both;
  }

  private static String regimes(Set<Regime> regimes) {
    if (regimes.equals(EnumSet.allOf(Regime.class))) {
      return "every case";
    }
    return regimes.stream().map(Regime::title).reduce((a, b) -> a + "; " + b).orElse("none");
  }

  private static String index(LocalDate day, Map<Rule, List<Example>> applied) {
    List<Rule> now = ConductRules.rulesInForce(day);
    StringBuilder b = new StringBuilder();
    b.append("<h1>police-conduct: the rules explorer</h1>\n");
    b.append("<p>The law of a police misconduct case in England and Wales, from the allegation to the appeal, as the ")
        .append("police-conduct library applies it: the Police (Conduct) Regulations 2008, 2012 and 2020 as amended, and Part 4A ")
        .append("of the Police Act 1996 (the Barred and Advisory Lists). Every rule is one row of a dated rulebook, cites its ")
        .append("provision, and is shown here with worked examples.</p>\n");
    b.append("<p><strong>This site speaks for ").append(day).append("</strong>: ").append(now.size()).append(" of the ")
        .append(Rule.values().length).append(" rules in the rulebook are in force on that day. Library ")
        .append(Html.esc(ConductRules.libraryVersion())).append(", rulebook digest <code>")
        .append(Html.esc(ConductRules.rulebookDigest())).append("</code>.</p>\n");
    b.append("<p>Not legal advice. Where the law is uncertain the reading chosen is listed under ")
        .append(Html.a("assumptions.html", "Legal assumptions")).append(".</p>\n");

    b.append("<h2 id=\"by-capability\">What the library covers, by capability and regime</h2>\n");
    b.append("<p>Rules in force on ").append(day).append(" that decide cases governed by each set of Regulations.</p>\n");
    b.append("<table>\n<tr><th>Capability</th>");
    for (Regime g : Regime.values()) {
      b.append("<th>").append(Html.esc(g.title())).append("</th>");
    }
    b.append("</tr>\n");
    for (Capability cap : Capability.values()) {
      b.append("<tr><td><a href=\"#").append(Html.id("cap-" + cap.name())).append("\">").append(Html.esc(cap.title())).append("</a></td>");
      for (Regime g : Regime.values()) {
        long n = now.stream().filter(r -> r.capability() == cap && r.regimes().contains(g)).count();
        b.append("<td>").append(n).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");

    b.append("<h2 id=\"outcomes\">Outcomes, and the rules that open them</h2>\n<table>\n<tr><th>Outcome</th><th>Opened by</th></tr>\n");
    for (Outcome o : Outcome.values()) {
      Set<Rule> opening = EnumSet.noneOf(Rule.class);
      for (OutcomeTable.DecisionRow row : OutcomeTable.decisionRows()) {
        if (row.outcomes().contains(o)) {
          opening.add(row.rule());
        }
      }
      if (opening.isEmpty()) {
        continue;
      }
      b.append("<tr><td>").append(Html.esc(DecisionText.words(o))).append("</td><td>");
      b.append(opening.stream().map(r -> ruleLink("", r)).reduce((x, y) -> x + ", " + y).orElse(""));
      b.append("</td></tr>\n");
    }
    b.append("</table>\n");

    for (Capability cap : Capability.values()) {
      b.append("<h2 id=\"").append(Html.id("cap-" + cap.name())).append("\">").append(Html.esc(cap.title())).append("</h2>\n");
      b.append("<table>\n<tr><th>Rule</th><th>Summary</th><th>In force</th><th>Cases under</th></tr>\n");
      for (Rule r : Rule.values()) {
        if (r.capability() != cap) {
          continue;
        }
        boolean inForce = r.isInForceOn(day);
        b.append("<tr><td>").append(ruleLink("", r)).append(inForce ? "" : " <span class=\"tag\">not in force on " + day + "</span>")
            .append(applied.containsKey(r) ? "" : " <span class=\"tag\">no worked example</span>")
            .append("</td><td>").append(Html.esc(r.summary())).append("</td><td>").append(Html.esc(dates(r)))
            .append("</td><td>").append(Html.esc(regimes(r.regimes()))).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    return Html.page("police-conduct rules explorer", nav(""), b.toString());
  }

  private static String parameter(Rule r) {
    if (r.timeLimit().isPresent()) {
      return r.timeLimit().get().words();
    }
    if (r.window().isPresent()) {
      return r.window().get().words();
    }
    if (r.warningPeriods().isPresent()) {
      return r.warningPeriods().get().toString();
    }
    return r.period().map(p -> p.toTotalMonths() + " months").orElse("");
  }

  private static String rulePage(Rule r, LocalDate day, List<Example> applied, List<Example> notApplied, Set<String> facts,
      List<Assumption> assumptions) {
    StringBuilder b = new StringBuilder();
    b.append("<h1><code>").append(Html.esc(r.id())).append("</code></h1>\n<p>").append(Html.esc(r.summary())).append("</p>\n");
    b.append("<table>\n");
    b.append("<tr><th scope=\"row\">Capability</th><td>").append(Html.a("../index.html#" + Html.id("cap-" + r.capability().name()),
        r.capability().title())).append("</td></tr>\n");
    b.append("<tr><th scope=\"row\">In force</th><td>").append(Html.esc(dates(r)))
        .append(r.isInForceOn(day) ? " (in force on " + day + ")" : " <strong>(not in force on " + day + ")</strong>").append("</td></tr>\n");
    b.append("<tr><th scope=\"row\">Decides cases under</th><td>").append(Html.esc(regimes(r.regimes()))).append("</td></tr>\n");
    String param = parameter(r);
    if (!param.isEmpty()) {
      b.append("<tr><th scope=\"row\">Parameter</th><td>").append(Html.esc(param)).append("</td></tr>\n");
    }
    b.append("</table>\n");

    b.append("<h2 id=\"citations\">Provision</h2>\n<table>\n<tr><th>For cases under</th><th>From</th><th>Provision</th></tr>\n");
    for (Rule.CitationEntry e : r.citationEntries()) {
      b.append("<tr><td>").append(Html.esc(e.regime().map(Regime::title).orElse("every case"))).append("</td><td>")
          .append(e.from().map(LocalDate::toString).orElse(r.inForceFrom().map(LocalDate::toString).orElse("the start")))
          .append("</td><td>").append(Legislation.html(e.citation())).append("</td></tr>\n");
    }
    b.append("</table>\n");

    b.append("<h2 id=\"facts\">Facts it reads</h2>\n");
    if (facts.isEmpty()) {
      b.append("<p class=\"muted\">None named in the worked examples' explanations.</p>\n");
    } else {
      b.append("<p>").append(facts.stream().map(f -> "<code>" + Html.esc(f) + "</code>").reduce((x, y) -> x + ", " + y).orElse(""))
          .append("</p>\n");
    }

    List<Integer> rows = new ArrayList<>();
    List<OutcomeTable.DecisionRow> all = OutcomeTable.decisionRows();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).rule() == r || all.get(i).closingRules().contains(r)) {
        rows.add(i + 1);
      }
    }
    if (!rows.isEmpty()) {
      b.append("<h2 id=\"table-rows\">Rows of the outcome table resting on it</h2>\n<p>");
      b.append(rows.stream().map(n -> "<a href=\"../outcomes.html#row-" + n + "\">row " + n + "</a>").reduce((x, y) -> x + ", " + y).orElse(""));
      b.append("</p>\n");
    }
    List<Lifecycle.Transition> steps = ConductRules.lifecycle().transitions().stream()
        .filter(t -> ConductRules.lifecycle().rule(t) == r).toList();
    if (!steps.isEmpty()) {
      b.append("<h2 id=\"lifecycle\">Steps of the <a href=\"../lifecycle.html#transitions\">lifecycle</a> resting on it</h2>\n<ul>\n");
      for (Lifecycle.Transition t : steps) {
        b.append("<li>").append(Html.esc(t.from().label() + " to " + t.to().label() + ": " + t.when()))
            .append(t.servingOnly() ? " (serving only)" : "").append("</li>\n");
      }
      b.append("</ul>\n");
    }
    if (!assumptions.isEmpty()) {
      b.append("<h2 id=\"assumptions\">Legal assumptions it rests on</h2>\n<ul>\n");
      for (Assumption a : assumptions) {
        b.append("<li><a href=\"../assumptions.html#assumption-").append(Html.id(a.number())).append("\">Row ").append(Html.esc(a.number()))
            .append("</a>: ").append(Html.esc(a.question())).append(" <span class=\"muted\">(").append(Html.esc(plain(a.status())))
            .append(")</span></li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("<h2 id=\"examples\">Worked examples</h2>\n");
    examples(b, "Cases it applied to", applied);
    examples(b, "Cases it was considered for, and did not apply to", notApplied);
    return Html.page(r.id() + " - police-conduct rules explorer", nav("../"), b.toString());
  }

  private static void examples(StringBuilder b, String heading, List<Example> list) {
    b.append("<h3>").append(Html.esc(heading)).append("</h3>\n");
    if (list.isEmpty()) {
      b.append("<p class=\"muted\">None among this site's worked examples.</p>\n");
      return;
    }
    b.append("<ul>\n");
    for (Example e : list) {
      b.append("<li><a href=\"").append(Html.esc(e.file())).append("\"><code>").append(Html.esc(e.caseId()))
          .append("</code></a>: ").append(Html.esc(e.because())).append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static String test(OutcomeTable.Test t) {
    return switch (t) {
      case ANY -> "-";
      case YES -> "yes";
      case NO -> "no";
    };
  }

  private static String outcomes() {
    StringBuilder b = new StringBuilder();
    b.append("<h1>The outcome tables</h1>\n<p>Which outcomes are open, by the governing Regulations, forum and finding, with the ")
        .append("conditions as columns (\"-\" matches whatever the fact). The outcomes open are the union of the rows that match ")
        .append("every column; each row rests on the rule linked in its last column.</p>\n");
    List<OutcomeTable.DecisionRow> all = OutcomeTable.decisionRows();
    for (Regime g : Regime.values()) {
      b.append("<h2 id=\"").append(Html.id(g.code())).append("\">").append(Html.esc(g.title())).append("</h2>\n<div class=\"wide\">\n<table>\n<tr>")
          .append("<th>Row</th><th>Former officer</th><th>Finding</th><th>Forum</th><th>Final written warning in force</th>")
          .append("<th>Unconnected incidents</th><th>Lower rank to go to</th><th>Reduced in rank before</th><th>Outcomes</th><th>Rule</th></tr>\n");
      for (int i = 0; i < all.size(); i++) {
        OutcomeTable.DecisionRow r = all.get(i);
        if (!r.regimes().contains(g)) {
          continue;
        }
        String id = r.regimes().iterator().next() == g ? " id=\"row-" + (i + 1) + "\"" : "";
        b.append("<tr").append(id).append("><td>").append(i + 1).append("</td><td>").append(test(r.formerOfficer())).append("</td><td>")
            .append(Html.esc(r.findings().stream().map(f -> f.code().replace('_', ' ')).reduce((x, y) -> x + ", " + y).orElse("")))
            .append("</td><td>").append(Html.esc(r.forums().stream().map(f -> f.nameUnder(g)).reduce((x, y) -> x + ", " + y).orElse("")))
            .append("</td><td>").append(test(r.finalWrittenWarningInForce())).append("</td><td>").append(test(r.unconnectedIncidents()))
            .append("</td><td>").append(test(r.lowerRank())).append("</td><td>").append(test(r.reducedInRank())).append("</td><td>");
        String cell = switch (r.kind()) {
          case OPENS -> r.outcomes().isEmpty() ? "none"
              : r.outcomes().stream().map(DecisionText::words).reduce((x, y) -> x + ", " + y).orElse("");
          case CANNOT_OCCUR -> "cannot occur";
          case NOT_REACHED -> "not reached by the Regulations";
        };
        b.append("<a href=\"rules/").append(Html.esc(r.rule().id())).append(".html\">").append(Html.esc(cell)).append("</a>");
        r.cannotOccur().ifPresent(why -> b.append("<br><span class=\"muted\">").append(Html.esc(why)).append("</span>"));
        b.append("</td><td>").append(ruleLink("", r.rule()));
        for (Rule closing : r.closingRules()) {
          b.append("<br><span class=\"muted\">closed by</span> ").append(ruleLink("", closing));
        }
        b.append("</td></tr>\n");
      }
      b.append("</table>\n</div>\n");
    }
    return Html.page("Outcome tables - police-conduct rules explorer", nav(""), b.toString());
  }

  private static String changes() {
    SortedMap<LocalDate, List<Rule>> started = new TreeMap<>();
    SortedMap<LocalDate, List<Rule>> ended = new TreeMap<>();
    for (Rule r : Rule.values()) {
      r.inForceFrom().ifPresent(d -> started.computeIfAbsent(d, x -> new ArrayList<>()).add(r));
      r.inForceUntil().ifPresent(d -> ended.computeIfAbsent(d.plusDays(1), x -> new ArrayList<>()).add(r));
    }
    Set<LocalDate> days = new TreeSet<>(started.keySet());
    days.addAll(ended.keySet());
    StringBuilder b = new StringBuilder();
    b.append("<h1>What changed when</h1>\n<p>Each day on which a rule of the rulebook came into force or stopped applying, ")
        .append("oldest first. What changed between any two days is what lies between them here; the command line gives the ")
        .append("same for two days you choose: <code>conduct rules --as-at LATER --changes-since EARLIER</code>.</p>\n");
    b.append("<ol class=\"timeline\">\n");
    for (LocalDate d : days) {
      b.append("<li id=\"d-").append(d).append("\"><strong>").append(d).append("</strong>\n<ul>\n");
      for (Rule r : started.getOrDefault(d, List.of())) {
        b.append("<li>In force: ").append(ruleLink("", r)).append(" ").append(Html.esc(r.summary())).append("</li>\n");
      }
      for (Rule r : ended.getOrDefault(d, List.of())) {
        b.append("<li>No longer applies: ").append(ruleLink("", r)).append(" ").append(Html.esc(r.summary())).append("</li>\n");
      }
      b.append("</ul>\n</li>\n");
    }
    b.append("</ol>\n");
    return Html.page("What changed when - police-conduct rules explorer", nav(""), b.toString());
  }

  private static String lifecycle() {
    StringBuilder b = new StringBuilder();
    b.append("<h1>The life of a case</h1>\n<p>The stages a case passes through and the lawful steps between them, under the ")
        .append("2020 Regulations. A case system can refuse a step that is not drawn here. A former officer cannot take the steps ")
        .append("marked serving only (a misconduct meeting, the reflective practice review process).</p>\n");
    b.append("<h2 id=\"serving\">A serving officer</h2>\n<figure>\n").append(figure(false)).append("</figure>\n");
    b.append("<h2 id=\"former\">A former officer</h2>\n<figure>\n").append(figure(true)).append("</figure>\n");
    b.append("<h2 id=\"transitions\">The steps, their rules and their provisions</h2>\n<table>\n<tr><th>From</th><th>To</th><th>When</th>")
        .append("<th>Serving only</th><th>Rule</th><th>Provision</th></tr>\n");
    Lifecycle lifecycle = ConductRules.lifecycle();
    for (Lifecycle.Transition t : lifecycle.transitions()) {
      b.append("<tr><td>").append(Html.esc(t.from().label())).append("</td><td>").append(Html.esc(t.to().label())).append("</td><td>")
          .append(Html.esc(t.when())).append("</td><td>").append(t.servingOnly() ? "yes" : "no").append("</td><td>")
          .append(ruleLink("", lifecycle.rule(t))).append("</td><td>")
          .append(Legislation.html(t.citation())).append("</td></tr>\n");
    }
    b.append("</table>\n");
    return Html.page("Lifecycle - police-conduct rules explorer", nav(""), b.toString());
  }

  /**
   * The lifecycle drawn as SVG, inlined. Both variants go on one page, so the former officer's states take ids of
   * their own ({@code former-state-...}); the arrowheads' ids already name their variant.
   */
  private static String figure(boolean formerOfficer) {
    String svg = Diagrams.lifecycleSvg(formerOfficer);
    return (formerOfficer ? svg.replace(" id=\"state-", " id=\"former-state-") : svg) + (svg.endsWith("\n") ? "" : "\n");
  }

  private static String assumptions(List<Assumption> assumptions) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Legal assumptions</h1>\n<p>Where the law is uncertain the library encodes the best-supported reading, cites ")
        .append("it, and lists it here. \"Checked\" means read in the text of the instrument (legislation.gov.uk); \"secondary\" ")
        .append("means read in a reliable secondary source only. Each row links to the rules that rest on it.</p>\n");
    b.append("<table>\n<tr><th>#</th><th>Question</th><th>Reading encoded</th><th>Citation</th><th>Status</th><th>Rules</th></tr>\n");
    for (Assumption a : assumptions) {
      b.append("<tr id=\"assumption-").append(Html.id(a.number())).append("\"><td>").append(Html.esc(a.number())).append("</td><td>")
          .append(inline(a.question())).append("</td><td>").append(inline(a.reading())).append("</td><td>").append(inline(a.citation()))
          .append("</td><td>").append(inline(a.status())).append("</td><td>")
          .append(a.rules().stream().map(r -> ruleLink("", r)).reduce((x, y) -> x + "<br>" + y).orElse("<span class=\"muted\">none</span>"))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    return Html.page("Legal assumptions - police-conduct rules explorer", nav(""), b.toString());
  }

  private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

  /** Markdown inline text as HTML: code spans, strong emphasis, and links (kept only when absolute https). */
  static String inline(String markdown) {
    StringBuilder b = new StringBuilder();
    Matcher m = INLINE.matcher(markdown);
    int at = 0;
    while (m.find()) {
      b.append(Html.esc(markdown.substring(at, m.start())));
      if (m.group(1) != null) {
        b.append("<code>").append(Html.esc(m.group(1))).append("</code>");
      } else if (m.group(2) != null) {
        b.append("<strong>").append(Html.esc(m.group(2))).append("</strong>");
      } else if (m.group(4).startsWith("https://")) {
        b.append(Html.a(m.group(4), m.group(3)));
      } else {
        b.append(Html.esc(m.group(3)));
      }
      at = m.end();
    }
    return b.append(Html.esc(markdown.substring(at))).toString();
  }

  private static String plain(String markdown) {
    return markdown.replace("**", "").replace("`", "");
  }

}

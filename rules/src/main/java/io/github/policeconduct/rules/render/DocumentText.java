package io.github.policeconduct.rules.render;

import java.util.Locale;
import java.util.Optional;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.rules.Document;
import io.github.policeconduct.rules.Rule;

/**
 * Renders a {@link Document} for people, as Markdown or as a self-contained HTML page: a table of its fields in the
 * provision's order, each with its value and the provision it answers, then the notes a reader must see and the rules
 * it rests on. A blank the force's system fills in is marked as one (in HTML, class {@code blank}); a value that rests
 * on practice rather than the text of law is labelled so (class {@code practice}), with a sentence saying so. Written
 * in {@link Locale#ROOT} with {@code '\n'} line ends.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class DocumentText {
  private DocumentText() {}

  /** What a blank says. */
  static final String BLANK = "blank: for the force's system to fill in";
  /** What a practice label says. */
  static final String PRACTICE = "practice, not law";
  /** The legend under the title. */
  static final String LEGEND = "Each field names the provision it answers. A blank is for the force's system to fill in: the "
      + "library never holds a name, a date of birth, an identifying number or the narrative of the conduct. A value "
      + "labelled \"" + PRACTICE + "\" rests on practice, not on the text of the law.";

  /**
   * The document as Markdown: a heading, a table of the fields, the notes and the rules it rests on.
   *
   * @param document the document
   * @return the Markdown, ending with a line end
   * @since 0.2.0
   */
  public static String markdown(Document document) {
    StringBuilder b = new StringBuilder(2048);
    b.append("# ").append(document.title()).append("\n\n");
    b.append("As at ").append(document.asAt()).append(", written from the case and its decision by police-conduct.\n\n");
    b.append(LEGEND).append("\n\n");
    b.append("| Field | Value | Provision |\n|---|---|---|\n");
    for (Document.Field f : document.fields()) {
      b.append("| ").append(cell(f.label())).append(" | ").append(cell(markdownValue(f))).append(" | ")
          .append(cell(f.provision().toString())).append(" |\n");
    }
    if (!document.notes().isEmpty()) {
      b.append("\n## Notes\n\n");
      for (String n : document.notes()) {
        b.append("- ").append(n).append('\n');
      }
    }
    b.append("\n## Rests on\n\n");
    for (Rule r : document.rules()) {
      b.append("- `").append(r.id()).append("`: ").append(r.summary()).append('\n');
    }
    return b.toString();
  }

  private static String markdownValue(Document.Field f) {
    String note = f.note().map(n -> " (" + n + ")").orElse("");
    return switch (f.source()) {
      case DERIVED -> f.value().get() + note;
      case BLANK -> "**[" + BLANK + "]**" + note;
      case NOT_RECORDED -> "*not recorded*" + note;
      case PRACTICE -> f.value().orElse("*not counted: the date of publication is not recorded*") + " **[" + PRACTICE + "]**" + note;
    };
  }

  /** A Markdown table cell: a bar escaped, a line end a space. */
  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ');
  }

  /**
   * The document as a self-contained HTML5 page (no script, font or image fetched), each provision linked to
   * legislation.gov.uk where an address can be formed.
   *
   * @param document the document
   * @return the page, ending with a line end
   * @since 0.2.0
   */
  public static String html(Document document) {
    return Html.page(document.title(), "", body(document, Optional.empty()));
  }

  /** The document as a page of the rules explorer: the rules it rests on link to their pages under {@code rulesHref}. */
  static String sitePage(Document document, String rulesHref, String nav) {
    return Html.page(document.title(), nav, body(document, Optional.of(rulesHref)));
  }

  private static String body(Document document, Optional<String> rulesHref) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<h1>").append(Html.esc(document.title())).append("</h1>\n");
    b.append("<p class=\"muted\">As at ").append(document.asAt()).append(", written from the case and its decision by police-conduct.</p>\n");
    b.append("<p>").append(Html.esc(LEGEND)).append("</p>\n");
    b.append("<table>\n<thead>\n<tr><th scope=\"col\">Field</th><th scope=\"col\">Value</th><th scope=\"col\">Provision</th></tr>\n</thead>\n<tbody>\n");
    for (Document.Field f : document.fields()) {
      b.append("<tr><th scope=\"row\">").append(Html.esc(f.label())).append("</th><td>").append(htmlValue(f)).append("</td><td>")
          .append(citation(f.provision())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    if (!document.notes().isEmpty()) {
      b.append("<h2>Notes</h2>\n<ul>\n");
      for (String n : document.notes()) {
        b.append("<li>").append(Html.esc(n)).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("<h2>Rests on</h2>\n<ul>\n");
    for (Rule r : document.rules()) {
      String id = "<code>" + Html.esc(r.id()) + "</code>";
      b.append("<li>").append(rulesHref.map(h -> "<a href=\"" + Html.esc(h + r.id() + ".html") + "\">" + id + "</a>").orElse(id))
          .append(": ").append(Html.esc(r.summary())).append("</li>\n");
    }
    b.append("</ul>\n");
    return b.toString();
  }

  private static String htmlValue(Document.Field f) {
    String note = f.note().map(n -> " <span class=\"muted\">(" + Html.esc(n) + ")</span>").orElse("");
    return switch (f.source()) {
      case DERIVED -> Html.esc(f.value().get()) + note;
      case BLANK -> "<span class=\"blank\">" + Html.esc(BLANK) + "</span>" + note;
      case NOT_RECORDED -> "<em>not recorded</em>" + note;
      case PRACTICE -> (f.value().isPresent() ? Html.esc(f.value().get()) : "<em>not counted: the date of publication is not recorded</em>")
          + " <span class=\"practice\">" + Html.esc(PRACTICE) + "</span>" + note;
    };
  }

  private static String citation(Citation c) {
    return Legislation.html(c);
  }
}

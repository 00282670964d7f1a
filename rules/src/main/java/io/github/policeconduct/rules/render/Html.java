package io.github.policeconduct.rules.render;

import java.util.Locale;

/**
 * The one skeleton of every HTML page and document the library writes: escaping, the page frame and its style sheet.
 * Pages are self-contained (the style is inline; no script, font or image is fetched) and written in
 * {@link Locale#ROOT} with {@code '\n'} line ends.
 */
final class Html {
  private Html() {}

  /** The style sheet every page carries inline. Plain, printable, readable on a phone. */
  static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;color:#1b1b1b;"
          + "max-width:72rem;margin:0 auto;padding:0 1rem 3rem}",
      "header.site{border-bottom:3px solid #1d3557;margin-bottom:1rem}",
      "header.site nav a{margin-right:1rem}",
      "h1{font-size:1.7rem;margin:.6rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc}",
      "h3{font-size:1.1rem}",
      "a{color:#1d4e89}a:visited{color:#5a3d8a}",
      "table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}",
      "th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}",
      "th{background:#eef2f7}",
      "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em;background:#f3f3f3;padding:0 .2em}",
      "td code,li code,dt code{overflow-wrap:anywhere}",
      ".wide{overflow-x:auto}",
      ".muted{color:#555}",
      ".tag{display:inline-block;border:1px solid #888;border-radius:.3rem;padding:0 .35rem;font-size:.85em;margin-right:.3rem}",
      ".applied{color:#0b6b2b}.not-applied{color:#8a4b00}",
      ".blank{background:#fff6d6;border:1px dashed #b08900;padding:0 .3rem}",
      ".practice{background:#fde8e8;border:1px solid #c0392b;padding:0 .3rem}",
      ".timeline li{margin-bottom:.4rem}",
      "figure{margin:1rem 0;overflow-x:auto}",
      "@media print{header.site nav{display:none}a{color:inherit}}");

  /** Escapes text for an element's content or an attribute value in double quotes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** An anchor id made of the characters HTML ids and URL fragments both take without escaping. */
  static String id(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
  }

  /** A link, its text escaped. */
  static String a(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  /**
   * A whole page.
   *
   * @param title the page's title (text)
   * @param nav the navigation bar's HTML, or "" for a page that stands alone
   * @param body the body's HTML
   */
  static String page(String title, String nav, String body) {
    StringBuilder b = new StringBuilder(body.length() + STYLE.length() + 512);
    b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    if (!nav.isEmpty()) {
      b.append("<header class=\"site\">\n<nav>").append(nav).append("</nav>\n</header>\n");
    }
    b.append("<main>\n").append(body).append("</main>\n</body>\n</html>\n");
    return b.toString();
  }
}

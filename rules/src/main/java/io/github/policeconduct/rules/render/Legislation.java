package io.github.policeconduct.rules.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.rules.Rule;

/**
 * Links from a citation to the provisions it names on legislation.gov.uk, where an address can be formed: a
 * regulation ({@code /regulation/42}), a rule ({@code /rule/9}), a section ({@code /section/88A}), a Schedule or one of
 * its paragraphs, or a Part, of the instrument the citation names; {@code /made} where the pinpoint says "as made".
 * A part of a pinpoint that names another instrument ("; Police Barred List and Police Advisory List Regulations 2017,
 * reg 3(1)", "inserted by SI 2024/521, reg 5(2)") is linked to that instrument where the rulebook knows its address.
 * Anything else (a judgment, guidance, the project's own contract) keeps the citation's own link, if any.
 */
final class Legislation {
  private Legislation() {}

  static final String BASE = "https://www.legislation.gov.uk/";

  /** Every instrument the rulebook cites, by title, with its address: read from the rulebook, never kept here. */
  private static final Map<String, String> INSTRUMENTS = instruments();

  private static Map<String, String> instruments() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Rule r : Rule.values()) {
      for (Rule.CitationEntry e : r.citationEntries()) {
        e.citation().url().ifPresent(u -> out.putIfAbsent(e.citation().instrument(), u));
      }
    }
    return Map.copyOf(out);
  }

  /** A provision: kind, number and an optional paragraph of a Schedule. */
  private static final Pattern PROVISION = Pattern.compile(
      "\\b(?<kind>regs?|r\\.|s\\.|Sch|Part)\\s?(?<num>\\d+[A-Z]*)(?:\\s+para\\s+(?<para>\\d+))?");
  /** A second regulation in "regs 15 and 17". */
  private static final Pattern AND_NUMBER = Pattern.compile("\\G(?<sep>(?:\\([^)]*\\))*\\s+and\\s+)(?<num>\\d+[A-Z]*)");
  private static final Pattern STATUTORY_INSTRUMENT = Pattern.compile("\\bSI (?<year>\\d{4})/(?<n>\\d+)");

  /** One piece of a citation's text, linked where an address was formed. */
  record Piece(String text, Optional<String> url) {}

  /** The citation as pieces: the instrument (linked to its own page) and the pinpoint, each provision linked. */
  static List<Piece> pieces(Citation c) {
    List<Piece> out = new ArrayList<>();
    out.add(new Piece(c.instrument(), c.url()));
    if (c.pinpoint().isEmpty()) {
      return out;
    }
    out.add(new Piece(", ", Optional.empty()));
    String pin = c.pinpoint();
    String[] segments = pin.split("; ", -1);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.add(new Piece("; ", Optional.empty()));
      }
      String segment = segments[i];
      Optional<String> base = i == 0 ? c.url().filter(u -> u.startsWith(BASE)) : Optional.empty();
      if (i > 0) {
        for (Map.Entry<String, String> e : INSTRUMENTS.entrySet()) {
          if (segment.startsWith(e.getKey() + ", ") && e.getValue().startsWith(BASE)) {
            out.add(new Piece(e.getKey(), Optional.of(e.getValue())));
            out.add(new Piece(", ", Optional.empty()));
            segment = segment.substring(e.getKey().length() + 2);
            base = Optional.of(e.getValue());
            break;
          }
        }
      }
      link(segment, base, out);
    }
    return out;
  }

  /** Links the provisions of one segment of a pinpoint to {@code base}, or to an instrument the segment names. */
  private static void link(String segment, Optional<String> base, List<Piece> out) {
    boolean asMade = segment.contains("as made");
    // a parenthesis naming another instrument ("inserted by SI 2024/521, reg 5(2)") links to that instrument
    int open = segment.indexOf('(');
    Matcher si = STATUTORY_INSTRUMENT.matcher(segment);
    int cut = segment.length();
    Optional<String> other = Optional.empty();
    if (si.find() && open >= 0 && open < si.start()) {
      cut = segment.lastIndexOf('(', si.start());
      other = Optional.of(BASE + "uksi/" + si.group("year") + "/" + si.group("n"));
    }
    provisions(segment.substring(0, cut), base, asMade, out);
    if (cut < segment.length()) {
      String rest = segment.substring(cut);
      Matcher m = STATUTORY_INSTRUMENT.matcher(rest);
      m.find();
      out.add(new Piece(rest.substring(0, m.start()), Optional.empty()));
      out.add(new Piece(m.group(), other));
      provisions(rest.substring(m.end()), other, false, out);
    }
  }

  /**
   * Links the provisions of {@code text}, leaving a parenthesis of prose ("(definitions of ... in the 2020
   * Regulations, reg 2(1))", which may name another instrument's provisions) unlinked.
   */
  private static void provisions(String text, Optional<String> base, boolean asMade, List<Piece> out) {
    int at = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '(') {
        continue;
      }
      int depth = 0;
      int close = -1;
      for (int j = i; j < text.length(); j++) {
        char c = text.charAt(j);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth == 0) {
          close = j;
          break;
        }
      }
      if (close < 0) {
        break;
      }
      if (text.substring(i, close).indexOf(' ') >= 0) {
        plain(text.substring(at, i), base, asMade, out);
        out.add(new Piece(text.substring(i, close + 1), Optional.empty()));
        at = close + 1;
      }
      i = close;
    }
    plain(text.substring(at), base, asMade, out);
  }

  private static void plain(String text, Optional<String> base, boolean asMade, List<Piece> out) {
    if (base.isEmpty()) {
      out.add(new Piece(text, Optional.empty()));
      return;
    }
    Matcher m = PROVISION.matcher(text);
    int at = 0;
    while (m.find()) {
      out.add(new Piece(text.substring(at, m.start()), Optional.empty()));
      String kind = m.group("kind");
      String path = switch (kind) {
        case "reg", "regs" -> "regulation/" + m.group("num");
        case "r." -> "rule/" + m.group("num");
        case "s." -> "section/" + m.group("num");
        case "Sch" -> "schedule/" + m.group("num") + (m.group("para") == null ? "" : "/paragraph/" + m.group("para"));
        default -> "part/" + m.group("num");
      };
      // the provision's whole pinpoint ("reg 42(3)(b)") is the link's text
      int end = m.end();
      while (end < text.length() && text.charAt(end) == '(') {
        int close = text.indexOf(')', end);
        if (close < 0) {
          break;
        }
        end = close + 1;
      }
      out.add(new Piece(text.substring(m.start(), end), Optional.of(base.get() + "/" + path + (asMade ? "/made" : ""))));
      at = end;
      if (kind.equals("regs")) {
        Matcher and = AND_NUMBER.matcher(text);
        while (and.find(at) && and.start() == at) {
          out.add(new Piece(and.group("sep"), Optional.empty()));
          out.add(new Piece(and.group("num"), Optional.of(base.get() + "/regulation/" + and.group("num") + (asMade ? "/made" : ""))));
          at = and.end();
        }
      }
    }
    out.add(new Piece(text.substring(at), Optional.empty()));
  }

  /** The citation as HTML, each provision a link where one can be formed. */
  static String html(Citation c) {
    StringBuilder b = new StringBuilder();
    for (Piece p : pieces(c)) {
      if (p.text().isEmpty()) {
        continue;
      }
      if (p.url().isPresent()) {
        b.append("<a href=\"").append(Html.esc(p.url().get())).append("\">").append(Html.esc(p.text())).append("</a>");
      } else {
        b.append(Html.esc(p.text()));
      }
    }
    return b.toString();
  }

  /** The addresses of the provisions a citation names (not the instrument's own page). */
  static List<String> provisionUrls(Citation c) {
    List<Piece> pieces = pieces(c);
    return pieces.subList(1, pieces.size()).stream().flatMap(p -> p.url().stream()).toList();
  }
}

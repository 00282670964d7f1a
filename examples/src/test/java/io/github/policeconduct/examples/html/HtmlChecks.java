package io.github.policeconduct.examples.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks on generated HTML pages (the rules explorer site, decision pages, documents), for tests:
 * <ul>
 *   <li>{@link #validate}: every page is valid HTML by the Nu Html Checker (vnu, from Maven Central), embedded and
 *       offline: its HTML schema comes from the jar's own entity cache, and nothing is fetched;</li>
 *   <li>{@link #checkInternalLinks}: every relative {@code href} and {@code src} names an existing file, and every
 *       {@code #fragment}, on the same page or another, names an existing {@code id} there;</li>
 *   <li>{@link #checkExternalLinks}: every link to legislation.gov.uk has the shape the library forms
 *       ({@link #LEGISLATION}), and every other external link is https.</li>
 * </ul>
 * Each returns every problem found (empty when the pages pass), with the file, the line where known, and a message;
 * {@link #checkAll} runs all three. One checker (and so one Nu validator, whose schema takes a second or two to load)
 * serves any number of pages: keep one per test class. Not thread-safe; the methods are synchronized.
 */
public final class HtmlChecks {

  /**
   * A link to a provision or instrument on legislation.gov.uk as the rules module's {@code Legislation} forms it:
   * an instrument ({@code uksi} or {@code ukpga}, year, number), optionally a regulation, rule or section (whose number
   * may carry letters, as an inserted "reg 10A" or "s.88A" does), a Part, a Schedule or a paragraph of one, and
   * optionally {@code /made} for a provision cited as made.
   */
  public static final Pattern LEGISLATION = Pattern.compile(
      "https://www\\.legislation\\.gov\\.uk/(uksi|ukpga)/\\d{4}/\\d+"
          + "(/(regulation/\\d+[A-Z]*|rule/\\d+[A-Z]*|section/\\d+[A-Z]*|part/\\d+|schedule/\\d+(/paragraph/\\d+)?))?"
          + "(/made)?");

  /** Which check found a problem. */
  public enum Kind {
    /** The Nu Html Checker's error (including a fatal parse error). */
    HTML_ERROR,
    /** The Nu Html Checker's warning. */
    HTML_WARNING,
    /** A relative link or source naming no existing file, or a link the site cannot follow from file:// */
    BROKEN_LINK,
    /** A {@code #fragment} naming no {@code id} in its target page. */
    MISSING_ANCHOR,
    /** A link to legislation.gov.uk not of the shape {@link #LEGISLATION}. */
    MALFORMED_LEGISLATION_LINK,
    /** An external link that is not https. */
    INSECURE_LINK
  }

  /**
   * One problem.
   *
   * @param file the page
   * @param line the line in the page (1-based), or 0 where the check cannot tell
   * @param kind which check found it
   * @param message what is wrong
   */
  public record Problem(Path file, int line, Kind kind, String message) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + kind + ": " + message;
    }
  }

  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();
  /** Parsed pages' ids, by absolute normalised path: a target page is parsed once however often it is linked. */
  private final Map<Path, Set<String>> idsByPage = new HashMap<>();

  /** A checker with its own Nu validator (its HTML schema loaded once, from the jar). */
  public HtmlChecks() {
    // no log4j set-up of its own beyond vnu's defaults; URLs never logged; no language detection (a heuristic that
    // warns on short pages, and so depends on how long a page happens to be)
    validator = new SimpleDocumentValidator(true, false, false);
    try {
      validator.setUpMainSchema(HTML5_SCHEMA, collector);
      validator.setUpValidatorAndParsers(collector, false, false);
    } catch (Exception e) {
      throw new IllegalStateException("the Nu Html Checker could not load its HTML schema", e);
    }
  }

  /** Every {@code .html} file under {@code dir}, in path order. */
  public static List<Path> htmlFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".html"))
          .sorted(Comparator.comparing(Path::toString))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All three checks on every {@code .html} file under {@code dir}. */
  public synchronized List<Problem> checkAll(Path dir) {
    return checkAll(htmlFiles(dir));
  }

  /** All three checks on {@code files}. */
  public synchronized List<Problem> checkAll(List<Path> files) {
    List<Problem> out = new ArrayList<>(validate(files));
    out.addAll(checkInternalLinks(files));
    out.addAll(checkExternalLinks(files));
    return out;
  }

  /** The Nu Html Checker's errors and warnings on each of {@code files}, in order. */
  public synchronized List<Problem> validate(List<Path> files) {
    List<Problem> out = new ArrayList<>();
    for (Path f : files) {
      collector.start(f);
      try (InputStream in = Files.newInputStream(f)) {
        InputSource is = new InputSource(in);
        is.setSystemId(f.toUri().toString());
        validator.checkHtmlInputSource(is); // read as UTF-8, as every page the project writes is
      } catch (SAXParseException e) {
        collector.add(Kind.HTML_ERROR, e); // a fatal error, already reported to the handler or not: kept once
      } catch (SAXException e) {
        collector.problems.add(new Problem(f, 0, Kind.HTML_ERROR, String.valueOf(e.getMessage())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.addAll(collector.finish());
    }
    return out;
  }

  /**
   * Internal links on each of {@code files}: every {@code href} and {@code src} without a scheme must name an existing
   * file relative to its page (an absolute path or a path naming a directory cannot be followed from a file:// page),
   * and its {@code #fragment}, if any, an {@code id} in the page it names ({@code "#"} alone names the top of the page).
   */
  public synchronized List<Problem> checkInternalLinks(List<Path> files) {
    List<Problem> out = new ArrayList<>();
    for (Path f : files) {
      Document doc = parse(f);
      for (Link link : links(doc)) {
        String url = link.url();
        if (SCHEME.matcher(url).find()) {
          continue; // external: checkExternalLinks
        }
        if (url.startsWith("//")) {
          continue; // scheme-relative: external, checkExternalLinks
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
          path = path.substring(0, query);
        }
        Path target;
        if (path.isEmpty()) {
          target = f;
        } else if (path.startsWith("/")) {
          out.add(new Problem(f, link.line(), Kind.BROKEN_LINK,
              link.describe() + ": an absolute path, which a page opened from a file cannot follow"));
          continue;
        } else {
          String decoded;
          try {
            decoded = decodePath(path);
          } catch (IllegalArgumentException e) {
            out.add(new Problem(f, link.line(), Kind.BROKEN_LINK, link.describe() + ": not a valid URL path"));
            continue;
          }
          target = f.toAbsolutePath().getParent().resolve(decoded).normalize();
          if (!Files.isRegularFile(target)) {
            out.add(new Problem(f, link.line(), Kind.BROKEN_LINK,
                link.describe() + ": no such file " + target + (Files.isDirectory(target) ? " (a directory)" : "")));
            continue;
          }
        }
        if (fragment == null || fragment.isEmpty()) {
          continue;
        }
        String name = target.getFileName().toString();
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
          continue; // a fragment of an image or other file: not an element id
        }
        String id;
        try {
          id = decodePath(fragment);
        } catch (IllegalArgumentException e) {
          out.add(new Problem(f, link.line(), Kind.MISSING_ANCHOR, link.describe() + ": not a valid fragment"));
          continue;
        }
        if (!ids(target).contains(id)) {
          out.add(new Problem(f, link.line(), Kind.MISSING_ANCHOR,
              link.describe() + ": no id=\"" + id + "\" in " + (target.equals(f) ? "this page" : target.toString())));
        }
      }
    }
    return out;
  }

  /**
   * External links on each of {@code files}: a link to legislation.gov.uk (any scheme, any subdomain) must match
   * {@link #LEGISLATION}; any other link with a scheme must be https, but for {@code data:} (content carried in the
   * page itself).
   */
  public synchronized List<Problem> checkExternalLinks(List<Path> files) {
    List<Problem> out = new ArrayList<>();
    for (Path f : files) {
      for (Link link : links(parse(f))) {
        String url = link.url();
        boolean schemeRelative = url.startsWith("//");
        if (!schemeRelative && !SCHEME.matcher(url).find()) {
          continue;
        }
        String scheme = schemeRelative ? "" : url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
        if (scheme.equals("data")) {
          continue;
        }
        String host = host(url);
        if (host.equals("legislation.gov.uk") || host.endsWith(".legislation.gov.uk")) {
          if (!LEGISLATION.matcher(url).matches()) {
            out.add(new Problem(f, link.line(), Kind.MALFORMED_LEGISLATION_LINK,
                link.describe() + ": not of the shape " + LEGISLATION.pattern()));
          }
        } else if (!scheme.equals("https")) {
          out.add(new Problem(f, link.line(), Kind.INSECURE_LINK,
              link.describe() + ": an external link must be https"));
        }
      }
    }
    return out;
  }

  private static String host(String url) {
    try {
      String h = new URI(url).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      // not a URI at all: find the host by hand so that a malformed legislation link is still recognised
      String rest = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*:", "").replaceFirst("^//", "");
      int end = rest.length();
      for (char c : new char[] {'/', '?', '#'}) {
        int i = rest.indexOf(c);
        if (i >= 0 && i < end) {
          end = i;
        }
      }
      return rest.substring(0, end).toLowerCase(Locale.ROOT);
    }
  }

  private static String decodePath(String s) {
    // percent-decoding only ('+' is a plus sign in a path or fragment)
    return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** A link from a page: the attribute that holds it, its value and the line of its element. */
  private record Link(String element, String attribute, String url, int line) {
    String describe() {
      return "<" + element + " " + attribute + "=\"" + url + "\">";
    }
  }

  private static List<Link> links(Document doc) {
    List<Link> out = new ArrayList<>();
    for (Element e : doc.select("[href], [src], [xlink:href]")) {
      for (String attribute : List.of("href", "src", "xlink:href")) {
        if (e.hasAttr(attribute)) {
          String url = e.attr(attribute).strip();
          out.add(new Link(e.tagName(), attribute, url, e.sourceRange().start().lineNumber()));
        }
      }
    }
    return out;
  }

  private Document parse(Path f) {
    try {
      Document doc = Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8), f.toUri().toString(),
          org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
      idsByPage.computeIfAbsent(f.toAbsolutePath().normalize(), k -> ids(doc));
      return doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> ids(Path page) {
    Path key = page.toAbsolutePath().normalize();
    Set<String> ids = idsByPage.get(key);
    if (ids == null) {
      ids = ids(parse(page));
      idsByPage.put(key, ids);
    }
    return ids;
  }

  private static Set<String> ids(Document doc) {
    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      ids.add(e.id());
    }
    return ids;
  }

  /** The Nu validator's error handler: collects what it reports on the page being checked. */
  private static final class Collector implements ErrorHandler {
    private Path file = Path.of("");
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    void start(Path f) {
      file = f;
      problems.clear();
      seen.clear();
    }

    List<Problem> finish() {
      List<Problem> out = List.copyOf(problems);
      problems.clear();
      return out;
    }

    void add(Kind kind, SAXParseException e) {
      String message = String.valueOf(e.getMessage());
      int line = Math.max(0, e.getLineNumber());
      // a fatal error is both reported and thrown: keep it once
      if (seen.add(line + ":" + e.getColumnNumber() + ":" + message)) {
        problems.add(new Problem(file, line, kind, message));
      }
    }

    @Override
    public void warning(SAXParseException e) {
      add(Kind.HTML_WARNING, e);
    }

    @Override
    public void error(SAXParseException e) {
      add(Kind.HTML_ERROR, e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      add(Kind.HTML_ERROR, e);
    }
  }
}

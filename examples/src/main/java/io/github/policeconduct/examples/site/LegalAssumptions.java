package io.github.policeconduct.examples.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.policeconduct.rules.Rule;
import io.github.policeconduct.rules.render.RulebookSite;

/**
 * The README's "Legal assumptions" table, read from the copy of the README the build puts in the jar: the table is
 * kept in one place, the README, and the explorer shows that one. Its last column names the rules that rest on each
 * row, by id.
 */
public final class LegalAssumptions {
  private LegalAssumptions() {}

  private static final String RESOURCE = "/io/github/policeconduct/examples/site/README.md";
  private static final String HEADING = "## Legal assumptions";

  /**
   * The rows of the table in the README bundled with this tool.
   *
   * @return the rows, in the README's order
   * @throws IllegalStateException if the README is missing, or the table is malformed or names a rule that does not exist
   */
  public static List<RulebookSite.Assumption> bundled() {
    try (InputStream in = LegalAssumptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the README is not in the jar (" + RESOURCE + "): the build should have copied it");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows of the "Legal assumptions" table of a README.
   *
   * @param readme the README's text
   * @return the rows
   * @throws IllegalStateException if the section or table is missing or malformed, or a row names an unknown rule
   */
  public static List<RulebookSite.Assumption> parse(String readme) {
    Map<String, Rule> byId = Stream.of(Rule.values()).collect(Collectors.toMap(Rule::id, Function.identity()));
    int at = readme.indexOf("\n" + HEADING + "\n");
    if (at < 0) {
      throw new IllegalStateException("README: no \"" + HEADING + "\" section");
    }
    List<RulebookSite.Assumption> rows = new ArrayList<>();
    boolean table = false;
    for (String line : readme.substring(at + 1).split("\n", -1)) {
      if (!line.startsWith("|")) {
        if (table) {
          break;
        }
        continue;
      }
      table = true;
      List<String> cells = cells(line);
      if (cells.get(0).equals("#") || cells.get(0).startsWith("---")) {
        continue;
      }
      if (cells.size() != 6) {
        throw new IllegalStateException("README, Legal assumptions: row \"" + cells.get(0) + "\" has " + cells.size()
            + " cells, not 6 (#, question, reading, citation, status, rules)");
      }
      List<Rule> rules = new ArrayList<>();
      for (String id : cells.get(5).replace("`", "").split(",")) {
        String trimmed = id.strip();
        if (trimmed.isEmpty() || trimmed.equals("—") || trimmed.equals("-")) {
          continue;
        }
        Rule r = byId.get(trimmed);
        if (r == null) {
          throw new IllegalStateException("README, Legal assumptions: row " + cells.get(0) + " names rule \"" + trimmed
              + "\", which is not in the rulebook");
        }
        rules.add(r);
      }
      rows.add(new RulebookSite.Assumption(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), rules));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("README, Legal assumptions: no table rows");
    }
    return List.copyOf(rows);
  }

  /** The cells of a Markdown table row; "\|" is a pipe inside a cell. */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String body = line.strip();
    for (int i = 1; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        out.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return out;
  }
}

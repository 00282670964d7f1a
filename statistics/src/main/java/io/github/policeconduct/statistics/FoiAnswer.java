package io.github.policeconduct.statistics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.collect.ImmutableList;
import io.github.policeconduct.core.ConductCase;

/**
 * The figures for an FOI request, ready to send: a suppressed table per dimension asked for (and a
 * suppressed cross-tabulation when two were), the standard caveats, and, when the request also asks for
 * personal information (names, dates of birth, addresses, warrant or collar numbers...), a paragraph
 * saying that such information falls under section 40 of the Freedom of Information Act 2000. This
 * library holds no names or other direct identifiers (subjects are pseudonymous references), so it says
 * so rather than guessing.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FoiAnswer {
  /**
   * The exemption cited for personal information about third parties.
   *
   * @since 0.1.0
   */
  public static final String SECTION_40 = "Freedom of Information Act 2000, s.40(2) (personal information)";

  /**
   * The provision under which the duty to confirm or deny does not arise where confirming would itself
   * disclose personal data unfairly (relied on in Williams v Information Commissioner [2024] UKFTT 36
   * (GRC)).
   *
   * @since 0.1.0
   */
  public static final String SECTION_40_5B = "Freedom of Information Act 2000, s.40(5B)(a)(i) (neither confirm nor deny)";

  private static final List<Object[]> PERSONAL = List.of(
      new Object[] {"names", Pattern.compile("\\bnames?\\b|\\bnamed\\b|\\bsurnames?\\b|\\bforenames?\\b")},
      new Object[] {"dates of birth", Pattern.compile("\\bdates? of birth\\b|\\bd\\.?o\\.?b\\b|\\bbirth ?dates?\\b")},
      new Object[] {"addresses", Pattern.compile("\\baddress(es)?\\b|\\bpostcodes?\\b")},
      new Object[] {"warrant, collar or shoulder numbers",
          Pattern.compile("\\b(warrant|collar|shoulder|payroll|badge) (numbers?|nos?\\.?)\\b")},
      new Object[] {"photographs", Pattern.compile("\\bphoto(graph)?s?\\b")},
      new Object[] {"contact details", Pattern.compile("\\b(e-?mail|telephone|phone) (address(es)?|numbers?)\\b")},
      new Object[] {"national insurance numbers", Pattern.compile("\\bnational insurance\\b")});

  private final FoiRequest request;
  private final ImmutableList<Table> tables;
  private final Optional<CrossTable> crossTable;
  private final ImmutableList<String> caveats;
  private final ImmutableList<String> personalInformation;

  private FoiAnswer(FoiRequest request, ImmutableList<Table> tables, Optional<CrossTable> crossTable,
      ImmutableList<String> caveats, ImmutableList<String> personalInformation) {
    this.request = request;
    this.tables = tables;
    this.crossTable = crossTable;
    this.caveats = caveats;
    this.personalInformation = personalInformation;
  }

  /**
   * Answers a request from the cases given, in one pass over them.
   *
   * @param request the request
   * @param cases the cases held (all of them; the request's selection picks those counted)
   * @return the answer
   * @since 0.1.0
   */
  public static FoiAnswer answer(FoiRequest request, Iterable<? extends ConductCase> cases) {
    List<Dimension> ds = request.dimensions();
    List<Tabulator> tabulators = new java.util.ArrayList<>();
    for (Dimension d : ds) {
      tabulators.add(Tabulator.by(d, request.unit(), request.selection()));
    }
    Optional<Tabulator> cross = ds.size() == 2
        ? Optional.of(Tabulator.crossing(ds.get(0), ds.get(1), request.unit(), request.selection()))
        : Optional.empty();
    for (ConductCase c : cases) {
      tabulators.forEach(t -> t.accept(c));
      cross.ifPresent(t -> t.accept(c));
    }
    int n = request.suppressionThreshold();
    ImmutableList<Table> tables = tabulators.stream().map(t -> t.table().suppressBelow(n))
        .collect(ImmutableList.toImmutableList());
    return new FoiAnswer(request, tables, cross.map(t -> t.crossTable().suppressBelow(n)), caveats(request),
        ImmutableList.copyOf(personalInformationIn(request.wording())));
  }

  /**
   * The kinds of personal information the wording asks for, e.g. {@code [names, dates of birth]}.
   *
   * @param wording a request's wording
   * @return the kinds found, in a fixed order; empty when none
   * @since 0.1.0
   */
  public static List<String> personalInformationIn(String wording) {
    String w = wording.toLowerCase(Locale.ROOT);
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Object[] p : PERSONAL) {
      Matcher m = ((Pattern) p[1]).matcher(w);
      if (m.find()) {
        b.add((String) p[0]);
      }
    }
    return b.build();
  }

  private static ImmutableList<String> caveats(FoiRequest r) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    b.add("The figures are taken from the data as recorded at the time of extraction; records can change"
        + " afterwards, so later figures may differ.");
    b.add("They count " + r.unit().code() + " in " + r.selection().describe() + ". Cases, allegations and"
        + " individuals are different units: one case can hold several allegations and one person can be"
        + " the subject of several cases, so counts in different units cannot be compared or added.");
    if (r.dimensions().contains(Dimension.STANDARD) || r.dimensions().contains(Dimension.CATEGORY)) {
      b.add("One allegation may breach more than one Standard of Professional Behaviour (or fall in more than"
          + " one category); it is counted under each, so the figures by standard or category can add up to"
          + " more than the total.");
    }
    b.add("Where a detail was not recorded, the unit is counted as not known; not known is left out of"
        + " percentages, which are rounded to whole numbers (halves up) and need not add up to 100.");
    b.add("Small-number suppression has been applied to reduce the risk of identifying individuals: counts"
        + " from 1 to " + (r.suppressionThreshold() - 1) + " are shown as <" + r.suppressionThreshold()
        + ", and further counts are shown as <" + r.suppressionThreshold() + " where they would otherwise"
        + " let a suppressed count be worked out from the totals.");
    return b.build();
  }

  /**
   * The request answered.
   *
   * @return the request
   * @since 0.1.0
   */
  public FoiRequest request() {
    return request;
  }

  /**
   * One suppressed table per dimension asked for, in the order asked.
   *
   * @return the tables
   * @since 0.1.0
   */
  public List<Table> tables() {
    return tables;
  }

  /**
   * The suppressed cross-tabulation, when two dimensions were asked for.
   *
   * @return the cross table
   * @since 0.1.0
   */
  public Optional<CrossTable> crossTable() {
    return crossTable;
  }

  /**
   * The standard caveats to send with the figures.
   *
   * @return the caveats
   * @since 0.1.0
   */
  public List<String> caveats() {
    return caveats;
  }

  /**
   * The kinds of personal information the request asks for; empty when none.
   *
   * @return the kinds
   * @since 0.1.0
   */
  public List<String> personalInformationRequested() {
    return personalInformation;
  }

  /**
   * Whether part of the request falls under section 40 (personal information).
   *
   * @return true when the request asks for personal information
   * @since 0.1.0
   */
  public boolean engagesSection40() {
    return !personalInformation.isEmpty();
  }

  /**
   * The paragraph on personal information, when the request asks for it.
   *
   * @return the paragraph, or empty
   * @since 0.1.0
   */
  public Optional<String> section40() {
    if (personalInformation.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("The request also asks for " + String.join(", ", personalInformation) + ". That is"
        + " personal information about the officers and staff concerned, which is exempt from disclosure under "
        + SECTION_40 + " where disclosure would breach the data protection principles. Where even confirming"
        + " or denying that such information is held would disclose personal data unfairly (for example about"
        + " a named officer), the duty to confirm or deny does not arise: " + SECTION_40_5B + ". These figures"
        + " come from a system that holds no names, dates of birth, addresses or other direct identifiers"
        + " (subjects are recorded by a pseudonymous reference only), so no such details are given or"
        + " inferred here; whether any other record of the force holds them is a matter for the force's"
        + " disclosure officer.");
  }

  /**
   * The whole answer as plain text: each table, the cross-tabulation, the caveats and any section 40
   * paragraph.
   *
   * @return the text
   * @since 0.1.0
   */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Table t : tables) {
      b.append(TableWriter.text(t)).append('\n');
    }
    crossTable.ifPresent(t -> b.append(TableWriter.text(t)).append('\n'));
    b.append("Caveats:\n");
    for (String c : caveats) {
      b.append("- ").append(c).append('\n');
    }
    section40().ifPresent(s -> b.append('\n').append(s).append('\n'));
    return b.toString();
  }

  @Override
  public String toString() {
    return "FoiAnswer{" + request + ", section 40: " + engagesSection40() + "}";
  }
}

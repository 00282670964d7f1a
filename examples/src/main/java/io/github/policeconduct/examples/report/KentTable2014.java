package io.github.policeconduct.examples.report;

import java.util.Locale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.statistics.Dimension;
import io.github.policeconduct.statistics.Selection;
import io.github.policeconduct.statistics.Table;
import io.github.policeconduct.statistics.TableWriter;
import io.github.policeconduct.statistics.Tabulator;
import io.github.policeconduct.statistics.Unit;

/**
 * Kent Police, April 2014 to March 2015 (seed: KentOnline, 23 September 2015): allegations of misconduct by
 * standard. The article gives honesty and integrity 30; authority, respect and courtesy 14; discreditable
 * conduct 40; duties and responsibilities 22: 106 allegations, each under one standard. It reports 170
 * allegations in all but does not say which standards the other 64 concerned, so they are not modelled
 * (an allegation must name a standard).
 *
 * <p>Where the article gives detail, the cases carry it: four constables dismissed and two who resigned
 * (honesty and integrity), four dismissed and one final written warning (authority, respect and
 * courtesy), seven resignations and one retirement during investigations (discreditable conduct), two
 * dismissed and four written warnings (duties and responsibilities). The rest are allegations without
 * recorded proceedings, grouped two to a case. Subject references are invented and pseudonymous.
 *
 * @since 0.1.0
 */
public final class KentTable2014 {
  private static final LocalDate APRIL_2014 = LocalDate.of(2014, 4, 1);

  private KentTable2014() {}

  /**
   * Prints the table by standard.
   *
   * @param args ignored
   * @since 0.1.0
   */
  public static void main(String[] args) {
    System.out.print(render());
  }

  /**
   * The Kent 2014/15 caseload.
   *
   * @return 106 allegations in their cases
   * @since 0.1.0
   */
  public static List<ConductCase> caseload() {
    Builder b = new Builder();
    for (int i = 0; i < 4; i++) {
      b.concluded(Standard.HONESTY_AND_INTEGRITY, Rank.CONSTABLE, Forum.MISCONDUCT_HEARING, Finding.GROSS_MISCONDUCT,
          Outcome.DISMISSAL_WITHOUT_NOTICE);
    }
    b.open(Optional.of(Rank.INSPECTOR), Optional.empty(), Standard.HONESTY_AND_INTEGRITY);
    b.left(Standard.HONESTY_AND_INTEGRITY, Departure.RESIGNED, 2);
    for (int i = 0; i < 4; i++) {
      b.concluded(Standard.AUTHORITY_RESPECT_AND_COURTESY, Rank.CONSTABLE, Forum.MISCONDUCT_HEARING,
          Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE);
    }
    b.concluded(Standard.AUTHORITY_RESPECT_AND_COURTESY, Rank.CONSTABLE, Forum.MISCONDUCT_HEARING,
        Finding.MISCONDUCT, Outcome.FINAL_WRITTEN_WARNING);
    b.left(Standard.DISCREDITABLE_CONDUCT, Departure.RESIGNED, 7);
    b.left(Standard.DISCREDITABLE_CONDUCT, Departure.RETIRED, 1);
    for (int i = 0; i < 2; i++) {
      b.concluded(Standard.DUTIES_AND_RESPONSIBILITIES, Rank.CONSTABLE, Forum.MISCONDUCT_HEARING,
          Finding.GROSS_MISCONDUCT, Outcome.DISMISSAL_WITHOUT_NOTICE);
    }
    for (int i = 0; i < 4; i++) {
      b.concluded(Standard.DUTIES_AND_RESPONSIBILITIES, Rank.CONSTABLE, Forum.MISCONDUCT_MEETING, Finding.MISCONDUCT,
          Outcome.WRITTEN_WARNING);
    }
    // The remaining allegations: 30-7, 14-5, 40-8 and 22-6, two to a case.
    List<Standard> rest = new ArrayList<>();
    add(rest, Standard.HONESTY_AND_INTEGRITY, 23);
    add(rest, Standard.AUTHORITY_RESPECT_AND_COURTESY, 9);
    add(rest, Standard.DISCREDITABLE_CONDUCT, 32);
    add(rest, Standard.DUTIES_AND_RESPONSIBILITIES, 16);
    Rank[] ranks = {Rank.CONSTABLE, Rank.CONSTABLE, Rank.SERGEANT};
    for (int i = 0; i < rest.size(); i += 2) {
      boolean pcso = (i / 2) % 5 == 4;
      b.open(pcso ? Optional.empty() : Optional.of(ranks[(i / 2) % 3]), pcso ? Optional.of(Role.PCSO) : Optional.empty(),
          rest.subList(i, Math.min(i + 2, rest.size())).toArray(new Standard[0]));
    }
    return b.cases;
  }

  private static void add(List<Standard> list, Standard s, int n) {
    for (int i = 0; i < n; i++) {
      list.add(s);
    }
  }

  /**
   * The caseload's allegations by standard.
   *
   * @return the table
   * @since 0.1.0
   */
  public static Table table() {
    return Tabulator.by(Dimension.STANDARD, Unit.ALLEGATIONS, Selection.all()).addAll(caseload()).table();
  }

  /**
   * The table as text, with a title and the source's caveat.
   *
   * @return the rendered text
   * @since 0.1.0
   */
  public static String render() {
    return "Kent Police, allegations of misconduct recorded April 2014 to March 2015\n\n" + TableWriter.text(table())
        + "\nSource: KentOnline, 23 September 2015. The article reports 170 allegations in all; it gives the"
        + " standard for the 106 shown here.\n";
  }

  /** Builds the cases with running ids and dates inside 2014/15. */
  private static final class Builder {
    final List<ConductCase> cases = new ArrayList<>();

    private String next() {
      return String.format(Locale.ROOT, "KENT-1415-%03d", cases.size() + 1);
    }

    private LocalDate day() {
      return APRIL_2014.plusDays(cases.size() * 2L);
    }

    private Allegation allegation(String id, Standard s) {
      return Allegation.builder(id, s).cameToAttention(day()).build();
    }

    void concluded(Standard s, Rank rank, Forum forum, Finding finding, Outcome outcome) {
      String id = next();
      cases.add(ConductCase.builder().id(id).force("Kent Police")
          .subject(Subject.builder(Role.POLICE_OFFICER).rank(rank).id("K-" + (cases.size() + 1)).build())
          .addAllegations(allegation("A1", s))
          .proceedings(Proceedings.builder(forum, day().plusDays(120))
              .addFindings(AllegationFinding.of("A1", finding)).outcome(outcome).build())
          .build());
    }

    void left(Standard s, Departure how, int n) {
      for (int i = 0; i < n; i++) {
        String id = next();
        cases.add(ConductCase.builder().id(id).force("Kent Police")
            .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).id("K-" + (cases.size() + 1))
                .left(ServiceEnd.of(day().plusDays(30), how)).build())
            .addAllegations(allegation("A1", s))
            .build());
      }
    }

    void open(Optional<Rank> rank, Optional<Role> role, Standard... standards) {
      String id = next();
      Subject subject = rank.isPresent()
          ? Subject.builder(Role.POLICE_OFFICER).rank(rank.get()).id("K-" + (cases.size() + 1)).build()
          : Subject.builder().role(role.orElseThrow()).id("K-" + (cases.size() + 1)).build();
      ConductCase.Builder c = ConductCase.builder().id(id).force("Kent Police")
          .subject(subject);
      for (int i = 0; i < standards.length; i++) {
        c.addAllegations(allegation("A" + (i + 1), standards[i]));
      }
      cases.add(c.build());
    }
  }
}

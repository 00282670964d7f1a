package io.github.policeconduct.statistics;

import java.time.LocalDate;
import java.util.List;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;

/** A hand-built caseload whose counts are worked out by hand in the tests. */
final class Caseload {
  private Caseload() {}

  static final LocalDate SEEN = LocalDate.of(2014, 1, 6);

  /**
   * C1: P-1, constable; A1 {honesty, discreditable} [dishonesty] GM, A2 {duties} misconduct; hearing
   *     2014-06-10, dismissal without notice.
   * C2: P-1 again; A1 {authority} misconduct; meeting 2015-03-31, written warning.
   * C3: no subject id, PCSO; A1 {discreditable} [violence, drugs]; no proceedings.
   * C4: P-2, sergeant; A1 {use of force} GM, A2 {use of force, authority}, A3 {honesty}; accelerated
   *     hearing 2015-04-01, no outcome yet.
   */
  static List<ConductCase> cases() {
    ConductCase c1 = ConductCase.builder().id("C1")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).id("P-1").build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY, Standard.DISCREDITABLE_CONDUCT)
            .addCategories(Category.DISHONESTY).cameToAttention(SEEN).build())
        .addAllegations(Allegation.builder("A2", Standard.DUTIES_AND_RESPONSIBILITIES).cameToAttention(SEEN).build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2014, 6, 10))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT))
            .addFindings(AllegationFinding.of("A2", Finding.MISCONDUCT))
            .outcome(Outcome.DISMISSAL_WITHOUT_NOTICE).build())
        .build();
    ConductCase c2 = ConductCase.builder().id("C2")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).id("P-1").build())
        .addAllegations(Allegation.builder("A1", Standard.AUTHORITY_RESPECT_AND_COURTESY).cameToAttention(SEEN).build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2015, 3, 31))
            .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT))
            .outcome(Outcome.WRITTEN_WARNING).build())
        .build();
    ConductCase c3 = ConductCase.builder().id("C3")
        .subject(Subject.builder().role(Role.PCSO).build())
        .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT)
            .addCategories(Category.VIOLENCE, Category.DRUGS).cameToAttention(SEEN).build())
        .build();
    ConductCase c4 = ConductCase.builder().id("C4")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).id("P-2").build())
        .addAllegations(Allegation.builder("A1", Standard.USE_OF_FORCE).cameToAttention(SEEN).build())
        .addAllegations(Allegation.builder("A2", Standard.USE_OF_FORCE, Standard.AUTHORITY_RESPECT_AND_COURTESY)
            .cameToAttention(SEEN).build())
        .addAllegations(Allegation.builder("A3", Standard.HONESTY_AND_INTEGRITY).cameToAttention(SEEN).build())
        .proceedings(Proceedings.builder(Forum.ACCELERATED_MISCONDUCT_HEARING, LocalDate.of(2015, 4, 1))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT)).build())
        .build();
    return List.of(c1, c2, c3, c4);
  }

  static Table table(Dimension d, Unit u) {
    return table(d, u, Selection.all());
  }

  static Table table(Dimension d, Unit u, Selection s) {
    return Tabulator.by(d, u, s).addAll(cases()).table();
  }
}

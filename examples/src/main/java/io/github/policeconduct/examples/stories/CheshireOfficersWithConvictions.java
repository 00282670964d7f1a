package io.github.policeconduct.examples.stories;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.SeverityAssessment;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;

/**
 * Seed 000, Cheshire Police (2012 to 2015): officers and PCSOs serving with convictions and cautions. A
 * PCSO is police staff, outside the Conduct Regulations; a detective constable convicted in December 2012
 * and dismissed in 2013 was dismissed before the statutory Police Barred List existed (15 December 2017);
 * and a constable cautioned in 2014 was kept on with a final written warning, as the report's "decision by
 * a force to retain someone with a conviction" describes.
 *
 * <p>Run it with {@code main}, or copy it: it builds the cases with the core builders, decides them with
 * {@link ConductRules#decide(ConductCase)} and prints the decisions.
 *
 * @since 0.1.0
 */
public final class CheshireOfficersWithConvictions implements Story {

  /**
   * A detective constable convicted of possessing a class A drug and misconduct in public office in
   * December 2012, dismissed without notice at a misconduct hearing in March 2013 (the hearing and its
   * outcome are chosen for the story).
   *
   * @since 0.1.0
   */
  public static ConductCase convictedAndDismissed() {
    return ConductCase.builder()
        .id("CHES-2013-001")
        .force("Cheshire Police")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE)
            .joined(LocalDate.of(2001, 9, 10))
            .left(ServiceEnd.of(LocalDate.of(2013, 3, 14), Departure.DISMISSED))
            .build())
        .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT, Standard.HONESTY_AND_INTEGRITY)
            .summary("Convicted of possessing a class A drug and of misconduct in public office")
            .addCategories(Category.CRIMINAL_CONVICTION, Category.DRUGS)
            .conductDate(LocalDate.of(2012, 4, 1))
            .cameToAttention(LocalDate.of(2012, 12, 17))
            .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, LocalDate.of(2012, 12, 20)))
            .build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2013, 3, 14))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT))
            .outcome(Outcome.DISMISSAL_WITHOUT_NOTICE)
            .build())
        .build();
  }

  /**
   * A PCSO cautioned for an offence in 2014.
   *
   * @since 0.1.0
   */
  public static ConductCase cautionedPcso() {
    return ConductCase.builder()
        .id("CHES-2014-004")
        .force("Cheshire Police")
        .subject(Subject.builder().role(Role.PCSO).joined(LocalDate.of(2010, 1, 4)).build())
        .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT)
            .addCategories(Category.CRIMINAL_CAUTION)
            .conductDate(LocalDate.of(2014, 2, 1))
            .cameToAttention(LocalDate.of(2014, 2, 20))
            .build())
        .build();
  }

  /**
   * A constable cautioned in 2014 for forging a prescription, kept on with a final written warning at a
   * misconduct hearing (the hearing and its outcome are chosen for the story).
   *
   * @since 0.1.0
   */
  public static ConductCase cautionedAndKeptOn() {
    return ConductCase.builder()
        .id("CHES-2014-002")
        .force("Cheshire Police")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).joined(LocalDate.of(2006, 4, 3)).build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY, Standard.DISCREDITABLE_CONDUCT)
            .summary("Cautioned for forging a prescription")
            .addCategories(Category.CRIMINAL_CAUTION, Category.DISHONESTY)
            .conductDate(LocalDate.of(2014, 3, 5))
            .cameToAttention(LocalDate.of(2014, 3, 12))
            .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, LocalDate.of(2014, 3, 19)))
            .build())
        .proceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2014, 7, 9))
            .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT))
            .outcome(Outcome.FINAL_WRITTEN_WARNING)
            .build())
        .build();
  }

  static String summaryPcso(Decision d) {
    return "A PCSO is a member of police staff, not a police officer: the Conduct Regulations "
        + (d.inScope() ? "apply (unexpectedly)" : "do not apply") + ",\n"
        + "and the caution is dealt with under the force's own staff misconduct procedure.";
  }

  static String summaryDismissed(Decision d) {
    return "Dismissal without notice was " + (d.outcome().map(o -> o.lawful()).orElse(false) ? "open" : "NOT open")
        + " on a finding of gross misconduct"
        + (Stories.has(d, "appeal_window") ? "; he could appeal by " + Stories.due(d, "appeal_window") : "") + ".\n"
        + (Stories.has(d, "barred_list_report") ? "A Barred List report follows."
            : "No Barred List report: the statutory Police Barred List began on 15 December 2017.");
  }

  static String summaryKeptOn(Decision d) {
    return "A caution need not end a career: a final written warning was "
        + (d.outcome().map(o -> o.lawful()).orElse(false) ? "open" : "NOT open")
        + " on a finding of gross misconduct,\n"
        + d.warningExpires().map(w -> "and the warning stays live until " + w + ".")
            .orElse("and the warning's end date is not known.");
  }

  @Override
  public String title() {
    return "Cheshire Police: officers and PCSOs with convictions and cautions";
  }

  @Override
  public String source() {
    return "seed 000 (Cheshire Police, 2012 to 2015); hearings, outcomes and days chosen for the story.";
  }

  @Override
  public List<Episode> episodes() {
    return List.of(
        new Episode("A PCSO cautioned in 2014", cautionedPcso(), CheshireOfficersWithConvictions::summaryPcso),
        new Episode("A detective constable convicted in 2012 and dismissed", convictedAndDismissed(),
            CheshireOfficersWithConvictions::summaryDismissed),
        new Episode("A constable cautioned in 2014 and kept on", cautionedAndKeptOn(),
            CheshireOfficersWithConvictions::summaryKeptOn));
  }

  /**
   * Decides the three cases and prints each summary and explained decision.
   *
   * @since 0.1.0
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Stories.tell(new CheshireOfficersWithConvictions(), 0, out);
  }
}

package io.github.policeconduct.examples.stories;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Severity;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Decision;

/**
 * Seed 003, Staffordshire Police (2025): a constable paid for sexual services while off duty, resigned
 * before a one-day accelerated misconduct hearing, and was found to have committed gross misconduct. A
 * former officer cannot be dismissed; the panel finds that he <em>would have been dismissed</em>, and he
 * goes on the Police Barred List.
 *
 * <p>Run it with {@code main}, or copy it: it builds the case with the core builders, decides it with
 * {@link ConductRules#decide(ConductCase)} and prints the decision.
 *
 * @since 0.1.0
 */
public final class StaffordshireWouldHaveBeenDismissed implements Story {

  /**
   * The case. The report says he "resigned earlier this month" and the hearing was "on Thursday"; the
   * days here are chosen to fit.
   *
   * @since 0.1.0
   */
  public static ConductCase theCase() {
    return ConductCase.builder()
        .id("STAFFS-2025-001")
        .force("Staffordshire Police")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE)
            .joined(LocalDate.of(2018, 9, 3))
            .left(LocalDate.of(2025, 8, 4), Departure.RESIGNED)
            .build())
        .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT)
            .summary("Contacted sex workers and paid for sexual services while off duty")
            .addCategories(Category.SEXUAL_MISCONDUCT)
            .conductDate(LocalDate.of(2025, 3, 15))
            .cameToAttention(LocalDate.of(2025, 5, 20))
            .assessed(Severity.GROSS_MISCONDUCT, LocalDate.of(2025, 5, 28))
            .build())
        .proceedings(Proceedings.builder(Forum.ACCELERATED_MISCONDUCT_HEARING, LocalDate.of(2025, 8, 21))
            .found("A1", Finding.GROSS_MISCONDUCT)
            .outcome(Outcome.WOULD_HAVE_BEEN_DISMISSED)
            .build())
        .build();
  }

  /**
   * What the law decided and why, in two lines.
   *
   * @since 0.1.0
   */
  public static String summary(Decision d) {
    return "He resigned once the allegation was known, so the case went on against him as a former officer"
        + d.formerOfficerCondition().map(c -> " (condition " + c + ")").orElse("") + ".\n"
        + "He cannot be dismissed; \"would have been dismissed\" was "
        + (d.outcome().map(o -> o.lawful()).orElse(false) ? "lawful" : "NOT lawful")
        + (Stories.has(d, "barred_list_report")
            ? ", and a Barred List report is due by " + Stories.due(d, "barred_list_report") + "."
            : ".");
  }

  @Override
  public String title() {
    return "Staffordshire Police: resigned, and would have been dismissed";
  }

  @Override
  public String source() {
    return "seed 003 (Staffordshire Police, 2025); days chosen to fit \"resigned earlier this month\" and \"Thursday\".";
  }

  @Override
  public List<Episode> episodes() {
    return List.of(new Episode("2025: the accelerated misconduct hearing", theCase(),
        StaffordshireWouldHaveBeenDismissed::summary));
  }

  /**
   * Decides the case and prints the summary and the explained decision.
   *
   * @since 0.1.0
   */
  public static void main(String[] args) {
    Decision d = ConductRules.decide(theCase());
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.println(summary(d));
    out.println();
    out.print(d);
    out.flush();
  }
}

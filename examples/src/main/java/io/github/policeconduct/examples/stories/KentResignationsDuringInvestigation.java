package io.github.policeconduct.examples.stories;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Departure;
import io.github.policeconduct.core.Outcome;
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
 * Seed 004, Kent Police (April 2014 to March 2015): constables accused of failing to act with honesty and
 * integrity resigned during the investigation, and the proceedings ended with them. "Since then, the Home
 * Office has brought in regulations which say those involved ... are no longer able to resign during the
 * investigation." The same facts are told three times: in 2014 (resignation free, proceedings end), in 2016
 * (resignation needs the appropriate authority's consent) and in 2019 (resignation free again, but the
 * proceedings continue against the former officer, who goes on the Advisory List).
 *
 * <p>Run it with {@code main}, or copy it: it builds the cases with the core builders, decides them with
 * {@link ConductRules#decide(ConductCase)} and prints the decisions.
 *
 * @since 0.1.0
 */
public final class KentResignationsDuringInvestigation implements Story {

  /**
   * A constable resigns during an investigation into alleged dishonesty (gross misconduct), in
   * {@code year}: the conduct on 10 June, attention on 1 July, assessment on 8 July, resignation on 31
   * October.
   *
   * @since 0.1.0
   */
  public static ConductCase resignedDuringInvestigation(String id, int year) {
    return ConductCase.builder()
        .id(id)
        .force("Kent Police")
        .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE)
            .joined(LocalDate.of(2009, 3, 2))
            .left(ServiceEnd.of(LocalDate.of(year, 10, 31), Departure.RESIGNED))
            .build())
        .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY)
            .addCategories(Category.DISHONESTY)
            .conductDate(LocalDate.of(year, 6, 10))
            .cameToAttention(LocalDate.of(year, 7, 1))
            .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, LocalDate.of(year, 7, 8)))
            .build())
        .build();
  }

  /**
   * 2014: the case as the report tells it.
   *
   * @since 0.1.0
   */
  public static ConductCase in2014() {
    return resignedDuringInvestigation("KENT-2014-017", 2014);
  }

  /**
   * 2016: the same facts while resignation was restricted (12 January 2015 to 14 December 2017).
   *
   * @since 0.1.0
   */
  public static ConductCase in2016() {
    return resignedDuringInvestigation("KENT-2016-017", 2016);
  }

  /**
   * 2019: the same facts once proceedings could continue against former officers (from 15 December 2017).
   *
   * @since 0.1.0
   */
  public static ConductCase in2019() {
    return resignedDuringInvestigation("KENT-2019-017", 2019);
  }

  static String summary2014(Decision d) {
    return "In 2014 an officer under investigation could resign "
        + (d.resignation().restricted() ? "only with consent" : "without anyone's consent") + ", and he did.\n"
        + (d.inScope() ? "The case goes on against him as a former officer."
            : "The regulations did not yet reach former officers: the case ended when he left, with no list report.");
  }

  static String summary2016(Decision d) {
    return "From 12 January 2015 to 14 December 2017 an officer facing gross misconduct needed consent to resign:\n"
        + "his resignation on " + d.resignation().on().map(Object::toString).orElse("(no date)")
        + (d.resignation().restricted() ? " needed the appropriate authority's consent (reg 10A)."
            : " did not need it.");
  }

  static String summary2019(Decision d) {
    return "By 2019 he may resign freely, but the case goes on against him as a former officer"
        + d.formerOfficerCondition().map(c -> " (condition " + c + ")").orElse("") + ".\n"
        + (d.availableOutcomes().equals(Set.of(Outcome.WOULD_HAVE_BEEN_DISMISSED))
            ? "A hearing can find only that he \"would have been dismissed\""
            : "Outcomes open: " + d.availableOutcomes())
        + (Stories.has(d, "advisory_list_report") ? ", and he must be reported for the Police Advisory List."
            : ", and no Advisory List report follows.");
  }

  @Override
  public String title() {
    return "Kent Police: resigning during an investigation, in 2014, 2016 and 2019";
  }

  @Override
  public String source() {
    return "seed 004 (Kent Police, April 2014 to March 2015); days chosen inside each year, the 2016 and 2019 cases"
        + " are the same facts moved on.";
  }

  @Override
  public List<Episode> episodes() {
    return List.of(
        new Episode("2014: resigned during the investigation", in2014(), KentResignationsDuringInvestigation::summary2014),
        new Episode("2016: the same facts, when resignation needed consent", in2016(),
            KentResignationsDuringInvestigation::summary2016),
        new Episode("2019: the same facts, when proceedings continue after leaving", in2019(),
            KentResignationsDuringInvestigation::summary2019));
  }

  /**
   * Decides the three cases and prints each summary and explained decision.
   *
   * @since 0.1.0
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Stories.tell(new KentResignationsDuringInvestigation(), 0, out);
  }
}

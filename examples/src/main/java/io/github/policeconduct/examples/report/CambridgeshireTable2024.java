package io.github.policeconduct.examples.report;

import java.util.Locale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.Category;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.statistics.Dimension;
import io.github.policeconduct.statistics.Selection;
import io.github.policeconduct.statistics.Table;
import io.github.policeconduct.statistics.TableWriter;
import io.github.policeconduct.statistics.Tabulator;
import io.github.policeconduct.statistics.Unit;

/**
 * Cambridgeshire Constabulary, the seven years to 2024 (seed 002: The Hunts Post, from a Freedom of
 * Information request): 46 officers investigated for misconduct, 20 of them for sexual misconduct and 24
 * for domestic abuse. The article does not say what the other two were investigated for, so their
 * allegations carry no category and count under "not known", which percentages leave out.
 *
 * <p>Each officer is one case with one allegation. The article gives neither the standards breached nor
 * the dates, so every allegation names discreditable conduct and the dates are spread over April 2017
 * to March 2024; neither choice changes the tables. Subject references are invented and pseudonymous.
 *
 * <p>The article's other figures count different things: nine <em>officers</em> faced disciplinary
 * proceedings and three management action, while 28 <em>allegations</em> ended with no further action.
 * Officers and allegations are different counting units, and without knowing which officer each
 * allegation concerned they cannot be put in one table, so they are not modelled.
 *
 * @since 0.1.0
 */
public final class CambridgeshireTable2024 {
  private static final LocalDate APRIL_2017 = LocalDate.of(2017, 4, 1);
  private static final int SEXUAL_MISCONDUCT = 20;
  private static final int DOMESTIC_ABUSE = 24;
  private static final int NOT_STATED = 2;

  private CambridgeshireTable2024() {}

  /**
   * Prints the table, then the same table prepared for publication.
   *
   * @param args ignored
   * @since 0.1.0
   */
  public static void main(String[] args) {
    System.out.print(render());
  }

  /**
   * The Cambridgeshire caseload: one case per officer investigated.
   *
   * @return 46 cases
   * @since 0.1.0
   */
  public static List<ConductCase> caseload() {
    List<ConductCase> cases = new ArrayList<>();
    for (int i = 0; i < SEXUAL_MISCONDUCT + DOMESTIC_ABUSE + NOT_STATED; i++) {
      Optional<Category> category = i < SEXUAL_MISCONDUCT ? Optional.of(Category.SEXUAL_MISCONDUCT)
          : i < SEXUAL_MISCONDUCT + DOMESTIC_ABUSE ? Optional.of(Category.DOMESTIC_ABUSE) : Optional.empty();
      // 46 cases spread over seven years: one every 55 days from 1 April 2017 ends in March 2024.
      LocalDate attention = APRIL_2017.plusDays(55L * i);
      cases.add(ConductCase.builder()
          .id(String.format(Locale.ROOT, "CAMBS-%03d", i + 1))
          .force("Cambridgeshire Constabulary")
          .subject(Subject.builder(Role.POLICE_OFFICER).rank(i % 4 == 3 ? Rank.SERGEANT : Rank.CONSTABLE).id(String.format(Locale.ROOT, "C-%03d", i + 1)).build())
          .addAllegations(Allegation.builder("A1", Standard.DISCREDITABLE_CONDUCT)
              .addAllCategories(category.map(List::of).orElse(List.of()))
              .cameToAttention(attention)
              .build())
          .build());
    }
    return cases;
  }

  /**
   * The officers investigated, by category of the alleged conduct.
   *
   * @return the table, counting individuals
   * @since 0.1.0
   */
  public static Table table() {
    return Tabulator.by(Dimension.CATEGORY, Unit.INDIVIDUALS, Selection.all()).addAll(caseload()).table();
  }

  /**
   * The table as text, then as it would be published in an FOI answer with counts below 5 suppressed.
   *
   * @return the rendered text
   * @since 0.1.0
   */
  public static String render() {
    Table table = table();
    return "Cambridgeshire Constabulary, officers investigated for misconduct, seven years to 2024\n\n"
        + TableWriter.text(table)
        + "\nThe same table prepared for publication, counts from 1 to 4 suppressed:\n\n"
        + TableWriter.text(table.suppressBelow(5))
        + "\nSource: The Hunts Post (2024), from a Freedom of Information request. The article also says nine"
        + " officers faced disciplinary proceedings and 28 allegations ended with no further action: officers"
        + " and allegations are different counting units, so those figures are not added to this table.\n";
  }
}

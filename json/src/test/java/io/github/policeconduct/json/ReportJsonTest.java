package io.github.policeconduct.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Rank;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.Standard;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.statistics.CrossTable;
import io.github.policeconduct.statistics.Dimension;
import io.github.policeconduct.statistics.Selection;
import io.github.policeconduct.statistics.Table;
import io.github.policeconduct.statistics.Tabulator;
import io.github.policeconduct.statistics.Unit;
import org.junit.jupiter.api.Test;

/**
 * The report format ({@code conduct report --format json}) as users read it: the keys in order, every count a
 * number unless suppressed ({@code "<N"}), the suppressed cells listed with why, the tree and the text alike.
 */
class ReportJsonTest {
  /**
   * Five cases about four people: P-1 twice (a constable dismissed after a hearing, then found at an
   * accelerated hearing), a sergeant with two allegations at a meeting, a special constable at a meeting,
   * and a PCSO with no proceedings.
   */
  static final List<ConductCase> HAND = List.of(
      hand("C1", Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).id("P-1").build(),
          Optional.of(Proceedings.builder(Forum.MISCONDUCT_HEARING, LocalDate.of(2021, 9, 1))
              .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT))
              .outcome(Outcome.DISMISSAL_WITHOUT_NOTICE).build()),
          allegation("A1", Standard.HONESTY_AND_INTEGRITY)),
      hand("C2", Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).id("P-2").build(),
          Optional.of(Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2021, 10, 1))
              .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT), AllegationFinding.of("A2", Finding.NOT_MISCONDUCT))
              .outcome(Outcome.WRITTEN_WARNING).build()),
          allegation("A1", Standard.AUTHORITY_RESPECT_AND_COURTESY), allegation("A2", Standard.DISCREDITABLE_CONDUCT)),
      hand("C3", Subject.builder().role(Role.SPECIAL_CONSTABLE).id("P-3").build(),
          Optional.of(Proceedings.builder(Forum.MISCONDUCT_MEETING, LocalDate.of(2021, 11, 1))
              .addFindings(AllegationFinding.of("A1", Finding.MISCONDUCT))
              .outcome(Outcome.FINAL_WRITTEN_WARNING).build()),
          allegation("A1", Standard.USE_OF_FORCE)),
      hand("C4", Subject.builder().role(Role.PCSO).id("P-4").build(), Optional.empty(),
          allegation("A1", Standard.HONESTY_AND_INTEGRITY)),
      hand("C5", Subject.builder(Role.POLICE_OFFICER).rank(Rank.CONSTABLE).id("P-1").build(),
          Optional.of(Proceedings.builder(Forum.ACCELERATED_MISCONDUCT_HEARING, LocalDate.of(2022, 1, 10))
              .addFindings(AllegationFinding.of("A1", Finding.GROSS_MISCONDUCT))
              .outcome(Outcome.WOULD_HAVE_BEEN_DISMISSED).build()),
          allegation("A1", Standard.CONFIDENTIALITY)));

  @Test
  void aTableByRole() {
    Table table = Tabulator.by(Dimension.ROLE, Unit.INDIVIDUALS, Selection.all()).addAll(HAND).table();
    assertEquals("{\"by\":\"role\",\"unit\":\"individuals\",\"rows\":[{\"value\":\"police_officer\",\"count\":2},{\"value\":\"special_constable\",\"count\":1},{\"value\":\"pcso\",\"count\":1},{\"value\":\"police_staff\",\"count\":0},{\"value\":\"community_support_volunteer\",\"count\":0},{\"value\":\"policing_support_volunteer\",\"count\":0},{\"value\":\"not_known\",\"count\":0}],\"total\":4,\"suppressed\":[]}", ReportJson.write(table));
  }

  @Test
  void aCrossTable() {
    CrossTable table = Tabulator.crossing(Dimension.FINDING, Dimension.FORUM, Unit.CASES, Selection.all())
        .addAll(HAND).crossTable();
    assertEquals("{\"by\":\"finding\",\"cross\":\"forum\",\"unit\":\"cases\",\"columns\":[\"misconduct_meeting\",\"misconduct_hearing\",\"accelerated_misconduct_hearing\",\"reflective_practice_review\",\"not_known\"],\"rows\":[{\"value\":\"not_misconduct\",\"counts\":[0,0,0,0,0],\"total\":0},{\"value\":\"misconduct\",\"counts\":[2,0,0,0,0],\"total\":2},{\"value\":\"gross_misconduct\",\"counts\":[0,1,1,0,0],\"total\":2},{\"value\":\"not_known\",\"counts\":[0,0,0,0,1],\"total\":1}],\"column_totals\":[2,1,1,0,1],\"total\":5,\"suppressed\":[]}", ReportJson.write(table));
  }

  @Test
  void aCrossTableWithSuppressionListsWhatWasSuppressed() {
    CrossTable table = Tabulator.crossing(Dimension.ROLE, Dimension.FORUM, Unit.ALLEGATIONS, Selection.all())
        .addAll(HAND).crossTable().suppressBelow(2);
    assertEquals("{\"by\":\"role\",\"cross\":\"forum\",\"unit\":\"allegations\",\"columns\":[\"misconduct_meeting\",\"misconduct_hearing\",\"accelerated_misconduct_hearing\",\"reflective_practice_review\",\"not_known\"],\"rows\":[{\"value\":\"police_officer\",\"counts\":[\"<2\",\"<2\",\"<2\",0,0],\"total\":\"<2\"},{\"value\":\"special_constable\",\"counts\":[\"<2\",0,0,0,0],\"total\":\"<2\"},{\"value\":\"pcso\",\"counts\":[0,0,0,0,\"<2\"],\"total\":\"<2\"},{\"value\":\"police_staff\",\"counts\":[0,0,0,0,0],\"total\":0},{\"value\":\"community_support_volunteer\",\"counts\":[0,0,0,0,0],\"total\":0},{\"value\":\"policing_support_volunteer\",\"counts\":[0,0,0,0,0],\"total\":0},{\"value\":\"not_known\",\"counts\":[0,0,0,0,0],\"total\":0}],\"column_totals\":[\"<2\",\"<2\",\"<2\",0,\"<2\"],\"total\":6,\"suppressed\":[{\"cell\":\"police_officer × misconduct_hearing\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"police_officer × accelerated_misconduct_hearing\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"special_constable × misconduct_meeting\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"special_constable × total\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"pcso × not_known\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"pcso × total\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"total × misconduct_hearing\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"total × accelerated_misconduct_hearing\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"total × not_known\",\"kind\":\"primary\",\"reason\":\"count below 2\"},{\"cell\":\"police_officer × misconduct_meeting\",\"kind\":\"secondary\",\"reason\":\"protects special_constable × misconduct_meeting from subtraction via total × misconduct_meeting\"},{\"cell\":\"total × misconduct_meeting\",\"kind\":\"secondary\",\"reason\":\"protects police_officer × misconduct_meeting from being worked out from the totals, every suppressed count being at least 1\"},{\"cell\":\"police_officer × total\",\"kind\":\"secondary\",\"reason\":\"protects special_constable × misconduct_meeting from being worked out from the totals, every suppressed count being at least 1\"}]}", ReportJson.write(table));
  }

  @Test
  void theTreeIsTheText() throws Exception {
    Table table = Tabulator.by(Dimension.OUTCOME, Unit.CASES, Selection.all()).addAll(HAND).table().suppressBelow(2);
    JsonNode text = new ObjectMapper().readTree(ReportJson.write(table));
    assertEquals(ReportJson.tree(table).toString(), ReportJson.write(table));
    // Five cases, each under its own outcome: every count is 1, so the total of 5 would pin them all (each at
    // least 1) and is withheld too. A count is a number, or "<2" when suppressed.
    assertEquals("\"<2\"", text.get("total").toString());
    for (JsonNode row : text.get("rows")) {
      JsonNode count = row.get("count");
      assertTrue(count.isNumber() && count.asLong() != 1 || count.asText().equals("<2"), row.toString());
    }
    CrossTable cross = Tabulator.crossing(Dimension.ROLE, Dimension.FORUM, Unit.ALLEGATIONS, Selection.all())
        .addAll(HAND).crossTable();
    assertEquals(ReportJson.tree(cross).toString(), ReportJson.write(cross));
  }

  private static ConductCase hand(String id, Subject subject, Optional<Proceedings> proceedings, Allegation... allegations) {
    return ConductCase.builder().id(id).subject(subject).addAllegations(allegations).proceedings(proceedings).build();
  }

  private static Allegation allegation(String id, Standard standard) {
    return Allegation.builder(id, standard).cameToAttention(LocalDate.of(2021, 3, 1)).build();
  }
}

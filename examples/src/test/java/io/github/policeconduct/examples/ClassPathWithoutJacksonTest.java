package io.github.policeconduct.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that does not read JSON needs no Jackson: a program on the class path with only core, rules and
 * statistics, Guava and JSpecify builds a case with the builders, decides it and tabulates it, compiled and run in
 * a fresh JVM. (The build's own test class path always holds Jackson, so only a fresh JVM can notice a class of
 * core, rules or statistics that loads a Jackson class.)
 */
class ClassPathWithoutJacksonTest {
  private static final String MAIN = """
      package consumer;

      import static java.time.LocalDate.of;

      import io.github.policeconduct.core.*;
      import io.github.policeconduct.rules.ConductRules;
      import io.github.policeconduct.rules.Decision;
      import io.github.policeconduct.statistics.Dimension;
      import io.github.policeconduct.statistics.Selection;
      import io.github.policeconduct.statistics.TableWriter;
      import io.github.policeconduct.statistics.Tabulator;
      import io.github.policeconduct.statistics.Unit;

      public class Main {
        public static void main(String[] args) {
          try {
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
            System.out.println("Jackson is on the class path");
            System.exit(3);
          } catch (ClassNotFoundException expected) {
            // the point of the test
          }
          ConductCase c = ConductCase.builder()
              .id("NJ-1")
              .subject(Subject.builder(Role.POLICE_OFFICER).rank(Rank.SERGEANT).build())
              .addAllegations(Allegation.builder("A1", Standard.HONESTY_AND_INTEGRITY)
                  .cameToAttention(of(2021, 3, 1))
                  .severity(SeverityAssessment.of(Severity.GROSS_MISCONDUCT, of(2021, 3, 8))).build())
              .build();
          Decision d = ConductRules.decide(c);
          Tabulator t = Tabulator.by(Dimension.STANDARD, Unit.ALLEGATIONS, Selection.all());
          t.accept(c);
          System.out.println(d.regime().get().code() + " " + d.availableOutcomes());
          System.out.println(d.explanation().steps().size() > 0 ? "explained" : "no explanation");
          System.out.print(TableWriter.csv(t.table()));
        }
      }
      """;

  @Test
  void aConsumerWithoutJacksonBuildsDecidesAndTabulates(@TempDir Path dir) throws Exception {
    List<String> classPath = new ArrayList<>(Consumers.published(List.of("core", "rules", "statistics")));
    classPath.addAll(Consumers.libraries("guava-", "failureaccess-", "jspecify-"));
    assertTrue(classPath.stream().noneMatch(e -> e.contains("jackson")), classPath::toString);
    Path out = Consumers.compile(dir, "-classpath", classPath, Map.of("consumer/Main.java", MAIN));
    List<String> run = new ArrayList<>(List.of(out.toString()));
    run.addAll(classPath);
    Consumers.Run r = Consumers.java(List.of("-cp", Consumers.path(run), "consumer.Main"));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.output().startsWith("conduct_regulations_2020 [final_written_warning, reduction_in_rank, "
        + "dismissal_without_notice]\nexplained\nstandard,allegations\n"), r::toString);
    assertTrue(r.output().contains("honesty_and_integrity,1\n"), r::toString);
  }
}

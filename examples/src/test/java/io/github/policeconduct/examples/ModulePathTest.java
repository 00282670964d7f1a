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
 * A consumer on the module path: a small module that {@code requires} the published modules, reads a case from
 * JSON, decides it and tabulates it with the statistics API, compiled and run in a fresh JVM with
 * {@code --module-path} (the project's own tests run on the class path, which would not notice an unexported
 * package). Its module path is the published modules and the libraries they need (Guava, JSpecify, Jackson).
 * The other consumers: {@link ClassPathWithoutJacksonTest}, {@link JacksonFloorConsumerTest}.
 */
class ModulePathTest {
  private static final String MODULE_INFO = """
      module consumer {
        requires io.github.policeconduct.core;
        requires io.github.policeconduct.rules;
        requires io.github.policeconduct.statistics;
        requires io.github.policeconduct.json;
      }
      """;

  private static final String MAIN = """
      package consumer;

      import io.github.policeconduct.core.ConductCase;
      import io.github.policeconduct.core.Finding;
      import io.github.policeconduct.core.Forum;
      import io.github.policeconduct.core.Outcome;
      import io.github.policeconduct.core.Proceedings;
      import io.github.policeconduct.json.CaseJson;
      import io.github.policeconduct.rules.ConductRules;
      import io.github.policeconduct.rules.Decision;
      import io.github.policeconduct.statistics.TableWriter;
      import io.github.policeconduct.statistics.Dimension;
      import io.github.policeconduct.statistics.Selection;
      import io.github.policeconduct.statistics.Tabulator;
      import io.github.policeconduct.statistics.Unit;

      public class Main {
        public static void main(String[] args) {
          ConductCase c = CaseJson.standard().read(args[0]);
          Decision d = ConductRules.decide(c);
          Tabulator t = Tabulator.by(Dimension.STANDARD, Unit.ALLEGATIONS, Selection.all());
          t.accept(c);
          System.out.println(d.regime().get().code() + " " + d.availableOutcomes());
          System.out.print(TableWriter.csv(t.table()));
          ConductCase heard = c.withProceedings(Proceedings.builder(Forum.MISCONDUCT_HEARING, java.time.LocalDate.of(2021, 6, 1))
              .found("A1", Finding.GROSS_MISCONDUCT).outcome(Outcome.DISMISSAL_WITHOUT_NOTICE).build());
          System.out.println("heard: lawful " + ConductRules.decide(heard).outcome().get().lawful());
        }
      }
      """;

  /** The libraries the published modules need: Guava, JSpecify, for json Jackson, for statistics Commons Math. */
  static final String[] LIBRARIES = {"guava-", "failureaccess-", "jspecify-", "jackson-core-", "jackson-databind-",
      "jackson-annotations-", "jackson-datatype-jdk8-", "jackson-datatype-jsr310-", "commons-math3-"};

  @Test
  void aModuleThatRequiresThePublishedModulesCompilesAndRuns(@TempDir Path dir) throws Exception {
    List<String> modules = new ArrayList<>(Consumers.published(Consumers.PUBLISHED));
    modules.addAll(Consumers.libraries(LIBRARIES));
    Path out = Consumers.compile(dir, "--module-path", modules,
        Map.of("module-info.java", MODULE_INFO, "consumer/Main.java", MAIN));
    String json = "{\"id\":\"MP-1\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"constable\"},"
        + "\"allegations\":[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],\"came_to_attention\":\"2021-03-01\","
        + "\"severity\":{\"level\":\"gross_misconduct\",\"assessed\":\"2021-03-08\"}}]}";
    List<String> path = new ArrayList<>(List.of(out.toString()));
    path.addAll(modules);
    Consumers.Run run = Consumers.java(List.of("--module-path", Consumers.path(path), "-m", "consumer/consumer.Main", json));
    String output = run.output();
    assertEquals(0, run.exit(), output);
    assertTrue(output.startsWith("conduct_regulations_2020 [final_written_warning, dismissal_without_notice]"),
        output);
    assertTrue(output.contains("standard,allegations\n"), output);
    // the value types' builders and with* methods, whose code is generated into package-private classes, work
    // from another module
    assertTrue(output.contains("heard: lawful true"), output);
  }
}

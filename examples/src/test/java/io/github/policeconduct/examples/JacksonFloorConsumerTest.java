package io.github.policeconduct.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jackson floor, tested in every build: a consumer on the class path with the published modules and the
 * oldest Jackson supported ({@code jackson.floor.version} in the parent POM, copied to
 * {@code target/jackson/VERSION} by the build) reads a case from JSON, writes it back (pretty, which needs the floor's writer API), decides and
 * tabulates it, in a fresh JVM; with the last Jackson below the floor ({@code jackson.below.floor.version}) the same
 * program fails at first use with the message naming the version needed, not with a {@link NoSuchMethodError}.
 */
class JacksonFloorConsumerTest {
  private static final String MAIN = """
      package consumer;

      import io.github.policeconduct.core.ConductCase;
      import io.github.policeconduct.json.CaseJson;
      import io.github.policeconduct.json.CaseFormatException;
      import io.github.policeconduct.rules.ConductRules;
      import io.github.policeconduct.rules.Decision;
      import io.github.policeconduct.statistics.Dimension;
      import io.github.policeconduct.statistics.Selection;
      import io.github.policeconduct.statistics.TableWriter;
      import io.github.policeconduct.statistics.Tabulator;
      import io.github.policeconduct.statistics.Unit;

      public class Main {
        public static void main(String[] args) {
          System.out.println("jackson-databind " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
              + ", jackson-core " + com.fasterxml.jackson.core.json.PackageVersion.VERSION);
          CaseJson json = CaseJson.standard();
          ConductCase c = json.read(args[0], "case.json");
          System.out.println(json.read(json.writePretty(c)).equals(c) ? "round trip" : "round trip changed the case");
          try {
            json.read(args[0].replace("\\"A1\\",", "\\"A1\\", \\"id\\": \\"A2\\","));
            System.out.println("a duplicate key was read");
          } catch (CaseFormatException e) {
            System.out.println("refused: " + e.reason());
          }
          Decision d = ConductRules.decide(c);
          Tabulator t = Tabulator.by(Dimension.STANDARD, Unit.ALLEGATIONS, Selection.all());
          t.accept(c);
          System.out.println(d.regime().get().code() + " " + d.availableOutcomes());
          System.out.print(TableWriter.csv(t.table()));
        }
      }
      """;

  private static final String CASE = "{\"id\":\"FL-1\",\"subject\":{\"role\":\"Police Officer\",\"rank\":\"constable\"},"
      + "\"allegations\":[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],\"came_to_attention\":\"2021-03-01\","
      + "\"severity\":{\"level\":\"gross misconduct\",\"assessed\":\"2021-03-08\"}}]}";

  /** The floor, as the build's parent POM pins it and passes it to the tests. */
  private static String version(String property) {
    String v = System.getProperty(property);
    assertTrue(v != null && !v.isBlank(), property + " is set by the build (examples' surefire configuration)");
    return v;
  }

  /** Runs the consumer with the Jackson jars of {@code version}, which the build copied to target/jackson/VERSION. */
  private static Consumers.Run runWith(Path dir, String version) throws Exception {
    List<String> classPath = new ArrayList<>(Consumers.published(Consumers.PUBLISHED));
    classPath.addAll(Consumers.libraries("guava-", "failureaccess-", "jspecify-"));
    classPath.addAll(Consumers.jarsIn(Path.of("target", "jackson", version)));
    Path out = Consumers.compile(dir, "-classpath", classPath, Map.of("consumer/Main.java", MAIN));
    List<String> run = new ArrayList<>(List.of(out.toString()));
    run.addAll(classPath);
    return Consumers.java(List.of("-cp", Consumers.path(run), "consumer.Main", CASE));
  }

  @Test
  void onTheFloorACaseIsReadWrittenAndDecided(@TempDir Path dir) throws Exception {
    String floor = version("jackson.floor.version");
    Consumers.Run r = runWith(dir, floor);
    assertEquals(0, r.exit(), r::toString);
    assertEquals("jackson-databind " + floor + ", jackson-core " + floor + "\n"
        + "round trip\n"
        + "refused: duplicate key 'id'\n"
        + "conduct_regulations_2020 [final_written_warning, dismissal_without_notice]\n"
        + "standard,allegations\n", r.output().substring(0, r.output().indexOf("standard,allegations\n")
            + "standard,allegations\n".length()));
  }

  @Test
  void belowTheFloorTheFirstUseFailsNamingTheVersionNeeded(@TempDir Path dir) throws Exception {
    String floor = version("jackson.floor.version");
    String below = version("jackson.below.floor.version");
    Consumers.Run r = runWith(dir, below);
    assertNotEquals(0, r.exit(), r::toString);
    assertTrue(r.output().startsWith("jackson-databind " + below + ", jackson-core " + below + "\n"), r::toString);
    assertTrue(r.output().contains("java.lang.IllegalStateException: police-conduct-json needs Jackson " + floor
        + " or newer, but jackson-core " + below + " is on the class path"), r::toString);
    assertTrue(!r.output().contains("NoSuchMethodError") && !r.output().contains("NoClassDefFoundError"), r::toString);
  }
}

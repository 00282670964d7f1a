package io.github.policeconduct.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer on the module path: a small module that {@code requires} the published modules, reads a case from
 * JSON, decides it and tabulates it with the statistics API, compiled and run in a fresh JVM with
 * {@code --module-path} (the project's own tests run on the class path, which would not notice an unexported
 * package). Its class path entries that are modules (ours, Guava, Jackson) form the module path.
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

  /** The published modules' folders in a reactor build (their jars are named police-conduct-*). */
  private static final List<String> PUBLISHED = List.of("core", "rules", "statistics", "json");

  @Test
  void aModuleThatRequiresThePublishedModulesCompilesAndRuns(@TempDir Path dir) throws Exception {
    List<String> modules = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean ours = entry.contains("police-conduct") || PUBLISHED.stream()
          .anyMatch(m -> entry.endsWith(m + File.separator + "target" + File.separator + "classes"));
      boolean library = name.startsWith("guava-") || name.startsWith("failureaccess") || name.startsWith("jackson-")
          || name.startsWith("jspecify-");
      if ((ours && !entry.contains("test-classes") && !entry.contains("examples") && !entry.contains("testkit")
          && !name.contains("tests")) || library) {
        modules.add(entry);
      }
    }
    String modulePath = String.join(File.pathSeparator, modules);
    Path src = dir.resolve("src/consumer");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("consumer/Main.java"), MAIN);
    Path out = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK is needed");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, errors, "-d", out.toString(), "--module-path", modulePath, "-proc:none",
        src.resolve("module-info.java").toString(), src.resolve("consumer/Main.java").toString());
    assertEquals(0, rc, () -> "the consumer module does not compile:\n" + errors.toString(StandardCharsets.UTF_8)
        + "\nmodule path: " + modulePath);
    String json = "{\"id\":\"MP-1\",\"subject\":{\"role\":\"police_officer\",\"rank\":\"constable\"},"
        + "\"allegations\":[{\"id\":\"A1\",\"standards\":[\"honesty_and_integrity\"],\"came_to_attention\":\"2021-03-01\","
        + "\"severity\":{\"level\":\"gross_misconduct\",\"assessed\":\"2021-03-08\"}}]}";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "--module-path", out + File.pathSeparator + modulePath, "-m", "consumer/consumer.Main",
        json).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // until the JVM ends
    assertEquals(0, p.waitFor(), output);
    assertTrue(output.startsWith("conduct_regulations_2020 [final_written_warning, dismissal_without_notice]"),
        output);
    assertTrue(output.contains("standard,allegations\n"), output);
    // the value types' builders and with* methods, whose code is generated into package-private classes, work
    // from another module
    assertTrue(output.contains("heard: lawful true"), output);
  }
}

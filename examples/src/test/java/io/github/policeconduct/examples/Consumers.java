package io.github.policeconduct.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds and runs a consumer of the published modules the way a user's project would: its sources compiled with
 * javac against a chosen class path or module path, then run in a fresh JVM with only that path, so that what the
 * build's own test class path happens to hold (Jackson, test fixtures) cannot hide a missing dependency. Runs are
 * bounded by what the program does (one case, one table), never by a clock.
 */
final class Consumers {
  private Consumers() {}

  /** The published modules' folders in a reactor build (their jars are named police-conduct-*). */
  static final List<String> PUBLISHED = List.of("core", "rules", "statistics", "json");

  /** What a fresh JVM printed (standard output and error together) and its exit status. */
  record Run(int exit, String output) {
    @Override
    public String toString() {
      return "exit " + exit + "\n" + output;
    }
  }

  /**
   * The entries of this test JVM's class path that are the given published modules (their classes folders in a
   * reactor build, or their jars), in class path order.
   */
  static List<String> published(List<String> modules) {
    List<String> entries = new ArrayList<>();
    for (String entry : testClassPath()) {
      String name = Path.of(entry).getFileName().toString();
      for (String m : modules) {
        boolean folder = entry.endsWith(m + File.separator + "target" + File.separator + "classes");
        boolean jar = name.startsWith("police-conduct-" + m + "-") && name.endsWith(".jar") && !name.contains("tests");
        if (folder || jar) {
          entries.add(entry);
        }
      }
    }
    assertEquals(modules.size(), entries.size(), () -> "published modules " + modules + " on the class path: " + entries);
    return entries;
  }

  /** The entries of this test JVM's class path that are jars whose file names start with one of {@code prefixes}. */
  static List<String> libraries(String... prefixes) {
    return testClassPath().stream()
        .filter(e -> Stream.of(prefixes).anyMatch(p -> Path.of(e).getFileName().toString().startsWith(p)))
        .collect(Collectors.toList());
  }

  /** The jars in {@code dir} (say {@code target/jackson/floor}, copied there by the build), sorted. */
  static List<String> jarsIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> jars = files.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted()
          .collect(Collectors.toList());
      if (jars.isEmpty()) {
        throw new AssertionError("no jars in " + dir.toAbsolutePath() + ": the build copies them (maven-dependency-plugin)");
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException("no folder " + dir.toAbsolutePath() + ": the build copies the jars there", e);
    }
  }

  static List<String> testClassPath() {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
  }

  static String path(List<String> entries) {
    return String.join(File.pathSeparator, entries);
  }

  /**
   * Compiles {@code sources} (file name under the source root to content) into {@code dir/out} with javac and the
   * given path option ({@code -classpath} or {@code --module-path}), failing the test with javac's messages if it
   * does not compile.
   */
  static Path compile(Path dir, String pathOption, List<String> path, Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    List<String> args = new ArrayList<>(List.of("-d", dir.resolve("out").toString(), pathOption, path(path), "-proc:none"));
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = src.resolve(s.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.getValue(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK is needed");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, errors, args.toArray(String[]::new));
    assertEquals(0, rc, () -> "the consumer does not compile:\n" + errors.toString(StandardCharsets.UTF_8)
        + "\n" + pathOption + " " + path(path));
    return dir.resolve("out");
  }

  /** Runs {@code java} of this JDK with {@code args} in a fresh JVM, until it ends. */
  static Run java(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // until the JVM ends
    return new Run(p.waitFor(), output);
  }
}

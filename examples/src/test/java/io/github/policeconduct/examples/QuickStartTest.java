package io.github.policeconduct.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Quick start, compiled and run as it stands: its imports at the top of a class, its statements in a
 * main method, against the modules' classes. A change of API that breaks the first code a user copies fails here.
 */
class QuickStartTest {
  private static final Pattern BLOCK = Pattern.compile("## Quick start\\n\\n```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theQuickStartCompilesAndTellsTheStaffordshireStory(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(readme);
    assertTrue(m.find(), "README.md has no java block under '## Quick start'");
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : m.group(1).split("\n")) {
      (line.startsWith("import ") ? imports : body).add(line);
    }
    String source = String.join("\n", imports) + "\n\npublic class QuickStart {\n  public static void main(String[] args) {\n"
        + String.join("\n", body) + "\n  }\n}\n";
    Path file = dir.resolve("QuickStart.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK is needed to compile the Quick start");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, null, errors, "-d", dir.toString(), "-classpath", System.getProperty("java.class.path"),
        "-proc:none", file.toString());
    assertEquals(0, rc, () -> "the Quick start does not compile:\n" + errors.toString(StandardCharsets.UTF_8) + "\n" + source);
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("Case STAFFS-2025-001 (as at 2025-08-21)\n"), text);
    assertTrue(text.contains("Outcome given:   would have been dismissed (lawful)"), text);
    assertTrue(text.contains("(due by 2025-08-28)"), text);
  }
}

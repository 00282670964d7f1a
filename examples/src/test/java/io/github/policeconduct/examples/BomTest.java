package io.github.policeconduct.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The BOM lists every published module at the build's own version (it has no parent, so that importing it never
 * imposes this build's versions of Guava or Jackson on a user, and so keeps its own copy of the version).
 */
class BomTest {
  private static final Pattern DEPENDENCY =
      Pattern.compile("<artifactId>(police-conduct-[a-z]+)</artifactId>\\s*<version>([^<]+)</version>");

  @Test
  void theBomListsThePublishedModulesAtTheBuildsVersion() throws Exception {
    String parent = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
    Matcher v = Pattern.compile("<artifactId>police-conduct-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
    v.find();
    String version = v.group(1);
    String bom = Files.readString(Path.of("../bom/pom.xml"), StandardCharsets.UTF_8);
    List<String> listed = new ArrayList<>();
    Matcher m = DEPENDENCY.matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    while (m.find()) {
      listed.add(m.group(1));
      assertEquals(version, m.group(2), m.group(1) + " in the BOM");
    }
    assertEquals(List.of("police-conduct-core", "police-conduct-rules", "police-conduct-statistics", "police-conduct-json",
        "police-conduct-testkit"), listed);
    Matcher own = Pattern.compile("<artifactId>police-conduct-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom);
    own.find();
    assertEquals(version, own.group(1), "the BOM's own version");
  }
}

package io.github.policeconduct.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void theBomIsSignedAndPublishedWithTheSamePluginVersionsAsTheOtherModules() throws Exception {
    String parent = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
    String bom = Files.readString(Path.of("../bom/pom.xml"), StandardCharsets.UTF_8);
    for (String[] plugin : new String[][] {{"maven-gpg-plugin", "gpg.plugin.version"},
        {"central-publishing-maven-plugin", "central.publishing.plugin.version"}}) {
      Matcher p = Pattern.compile("<" + Pattern.quote(plugin[1]) + ">([^<]+)</").matcher(parent);
      assertTrue(p.find(), plugin[1] + " in the parent POM");
      Matcher b = Pattern.compile("<artifactId>" + plugin[0] + "</artifactId>\\s*<version>([^<]+)</version>").matcher(bom);
      assertTrue(b.find(), plugin[0] + " in the BOM's release profile");
      assertEquals(p.group(1), b.group(1), plugin[0] + " version in the BOM's release profile");
    }
  }
}

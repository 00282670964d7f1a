package io.github.policeconduct.json;

import org.jspecify.annotations.Nullable;

/**
 * The oldest Jackson this module works with, checked once when the module's readers and writers are first used,
 * so that an older Jackson on the class path (a framework's managed version, say) fails at once with a message
 * naming the version needed, rather than later with a {@link NoSuchMethodError} from deep inside a read.
 *
 * <p>The floor is 2.21.0: the oldest release on which this module's whole test suite passes. What each older
 * line lacks (found by building and testing the module against it):
 * <ul>
 *   <li>2.20: the reader works, but its problems are less exact: the column of a token that is not JSON is
 *       misreported (column 5 for a bad token at column 1), and a lone surrogate read from a {@code Reader} is
 *       reported without its JSON path;
 *   <li>2.17 and 2.18 (2.19 was not tried through): databind cannot bind the core types' lists ("Cannot find a deserializer for non-concrete
 *       Collection type ... ImmutableList"), so that every case the fast path ({@code FastCases}) hands over to
 *       databind is refused with that message, valid ones included ({@code "categories": null},
 *       {@code "student_officer": null}, a warning's regime by its title);
 *   <li>2.16: also no {@code Separators.withObjectEmptySeparator}/{@code withArrayEmptySeparator} (new in
 *       2.17), used by the pretty writer: {@link NoSuchMethodError} when {@link CaseJson} is first used;
 *   <li>2.15 and older: do not compile: no {@code Separators.Spacing} and no
 *       {@code StreamReadConstraints.Builder.maxNameLength} (both new in 2.16; {@code StreamReadConstraints}
 *       itself, with {@code maxNestingDepth}, came in 2.15).
 * </ul>
 * Both jackson-core and jackson-databind are checked; the build runs a consumer on the floor and one on the release
 * before it (examples' {@code JacksonFloorConsumerTest}), and {@code -Pjackson-floor} runs the json and examples
 * suites on the floor.
 */
final class JacksonFloor {
  /** The oldest jackson-core and jackson-databind this module works with: major, minor, patch. */
  static final int MAJOR = 2;
  static final int MINOR = 21;
  static final int PATCH = 0;
  /** The floor as written in messages and documentation. */
  static final String FLOOR = MAJOR + "." + MINOR + "." + PATCH;

  private JacksonFloor() {}

  /**
   * Fails with an {@link IllegalStateException} naming the version needed when the Jackson on the class path is
   * older than the floor.
   */
  static void check() {
    @Nullable String problem = problem("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
    if (problem == null) {
      problem = problem("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    }
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
  }

  /**
   * Why {@code version} of {@code artifact} is too old, or null when it is the floor or newer. A version that
   * cannot be read (not {@code MAJOR.MINOR.PATCH...}) is let through: only a version known to be too old fails.
   */
  static @Nullable String problem(String artifact, String version) {
    int[] v = parse(version);
    if (v == null || compare(v) >= 0) {
      return null;
    }
    return "police-conduct-json needs Jackson " + FLOOR + " or newer, but " + artifact + " " + version
        + " is on the class path: declare com.fasterxml.jackson.core:" + artifact + " (or import"
        + " com.fasterxml.jackson:jackson-bom) at " + FLOOR + " or newer";
  }

  private static int compare(int[] v) {
    if (v[0] != MAJOR) {
      return Integer.compare(v[0], MAJOR);
    }
    if (v[1] != MINOR) {
      return Integer.compare(v[1], MINOR);
    }
    return Integer.compare(v[2], PATCH);
  }

  /** Major, minor and patch of {@code "2.16.1"} or {@code "2.16.1-SNAPSHOT"}, or null when not of that form. */
  static int @Nullable [] parse(String version) {
    String[] parts = version.split("[.-]", 4);
    if (parts.length < 3) {
      return null;
    }
    int[] v = new int[3];
    for (int i = 0; i < 3; i++) {
      if (parts[i].isEmpty() || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9') || parts[i].length() > 9) {
        return null;
      }
      v[i] = Integer.parseInt(parts[i]);
    }
    return v;
  }
}

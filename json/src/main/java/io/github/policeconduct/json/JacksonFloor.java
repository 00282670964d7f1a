package io.github.policeconduct.json;

import org.jspecify.annotations.Nullable;

/**
 * The oldest Jackson this module works with, checked once when the module's readers and writers are first used,
 * so that an older Jackson on the class path (a framework's managed version, say) fails at once with a message
 * naming the version needed, rather than later with a {@link NoSuchMethodError} from deep inside a read.
 *
 * <p>The floor is 2.21.0: the oldest release on which this module's whole test suite passes. What each older
 * line lacks, found by building and testing the module (the reader of json's own records, after issue 15)
 * against it with the check lowered:
 * <ul>
 *   <li>2.18, 2.19 and 2.20 (Spring Boot 3.4 and 3.5 manage 2.18 and 2.19): cases are read and decisions
 *       written, but four behaviours the tests pin differ: the column of a token that is not JSON is that of its
 *       end (column 5 for a bad token at column 1); a lone surrogate read from a {@code Reader} is reported
 *       without its JSON path; and the decision writer's UTF-8 output of text with surrogate pairs differs from
 *       the characters' UTF-8 ({@code DecisionJsonTest.anyTextIsWrittenAsTheUtf8OfItsCharacters});
 *   <li>2.17 and older: do not compile: no {@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8} (new in
 *       2.18), used by the decision writer; 2.16 also lacks {@code Separators.withObjectEmptySeparator} (2.17),
 *       and 2.15 {@code Separators.Spacing} and {@code StreamReadConstraints.Builder.maxNameLength} (2.16).
 * </ul>
 * Lowering the floor to 2.18 would mean accepting a less exact column and path in some problems and working
 * round the writer's surrogate handling: not done in 0.2.0.
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

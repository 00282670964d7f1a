/**
 * QuickTheories generators and seeded streams of valid police-conduct values and cases, for property
 * tests. Use in test scope.
 *
 * @since 0.1.0
 */
module io.github.policeconduct.testkit {
  exports io.github.policeconduct.testkit;

  requires transitive io.github.policeconduct.core;
  requires transitive quicktheories;
}

/**
 * Counts of misconduct cases in the shape of the Home Office "Police misconduct" tables, answers to Freedom
 * of Information requests, and small-number suppression for publication. Depends on the core vocabulary, Guava
 * and (inside) Apache Commons Math.
 *
 * @since 0.2.0
 */
module io.github.policeconduct.statistics {
  exports io.github.policeconduct.statistics;

  requires transitive io.github.policeconduct.core;
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  // the linear programs of a set of tables released together (HomeOfficeReturn); not part of the API
  requires commons.math3;
}

/**
 * Statistics and Freedom of Information disclosure: counting conduct cases the way the Home Office
 * "Police misconduct, England and Wales" statistics and force FOI answers do.
 *
 * <p>Three counting units are kept apart ({@link io.github.policeconduct.statistics.Unit}): cases,
 * allegations and individuals. A {@link io.github.policeconduct.statistics.Tabulator} reads cases one
 * at a time (so a caller can stream any number of them) and produces a
 * {@link io.github.policeconduct.statistics.Table} along one
 * {@link io.github.policeconduct.statistics.Dimension}, or a
 * {@link io.github.policeconduct.statistics.CrossTable} of two. Tables can be prepared for publication
 * with small-number suppression ({@code suppressBelow(n)}), written as text or CSV
 * ({@link io.github.policeconduct.statistics.TableWriter}), and wrapped in an FOI answer with standard
 * caveats ({@link io.github.policeconduct.statistics.FoiAnswer}).
 *
 * <p>Every public type here is immutable and thread-safe except the {@code Tabulator}, which is an
 * accumulator and is not thread-safe. Nothing accepts or returns {@code null}.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.policeconduct.statistics;

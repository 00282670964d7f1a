/**
 * The renderers: a decision, the rulebook, the outcome and lifecycle diagrams and the statistics tables as text for
 * people (and Mermaid, DOT, SVG, CSV), written in {@code Locale.ROOT} with {@code '\n'} line ends.
 *
 * @since 0.2.0
 */
@org.jspecify.annotations.NullMarked
package io.github.policeconduct.rules.render;

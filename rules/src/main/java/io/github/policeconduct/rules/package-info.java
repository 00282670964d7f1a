/**
 * The law of police misconduct in England and Wales as pure, explained functions. Start at
 * {@link io.github.policeconduct.rules.ConductRules}: every answer is a {@link io.github.policeconduct.rules.Decision}
 * or a {@link io.github.policeconduct.rules.Ruling} carrying its {@link io.github.policeconduct.rules.Explanation},
 * and every step of an explanation cites its provision. No clock and no hidden state: questions are asked as at an
 * explicit date.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.policeconduct.rules;

/**
 * The working-day calendar of England and Wales, in which the deadlines of the police misconduct regime
 * are counted: {@link io.github.policeconduct.rules.calendar.WorkingDays}.
 *
 * <p>Bank holidays follow the Banking and Financial Dealings Act 1971, s.1 and Schedule 1, the royal
 * proclamations made under s.1(2) and (3) of that Act, and the common-law holidays of Good Friday and
 * Christmas Day. They are read from a dated list shipped with the library rather than computed, so that
 * one-off days appointed or moved by proclamation are exact; a date outside the list is refused, never
 * guessed.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.policeconduct.rules.calendar;

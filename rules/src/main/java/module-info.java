/**
 * The outcome logic of the Police (Conduct) Regulations 2008, 2012 and 2020 as amended.
 *
 * @since 0.1.0
 */
module io.github.policeconduct.rules {
  exports io.github.policeconduct.rules;
  exports io.github.policeconduct.rules.calendar;
  exports io.github.policeconduct.rules.render;

  requires transitive io.github.policeconduct.core;
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
}

/**
 * The vocabulary of the police misconduct regime of England and Wales, and the JSON case format.
 *
 * @since 0.1.0
 */
module io.github.policeconduct.core {
  exports io.github.policeconduct.core;
  exports io.github.policeconduct.core.json;

  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.jackson.datatype.jsr310;

  opens io.github.policeconduct.core to com.fasterxml.jackson.databind;
}

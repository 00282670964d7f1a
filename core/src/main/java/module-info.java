/**
 * The vocabulary of the police misconduct regime of England and Wales.
 *
 * @since 0.1.0
 */
module io.github.policeconduct.core {
  exports io.github.policeconduct.core;

  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  // The lenient code matching the JSON reader shares; not part of the public API.
  exports io.github.policeconduct.core.internal to io.github.policeconduct.json;
}

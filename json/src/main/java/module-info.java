/**
 * The published JSON formats of police-conduct, read and written with Jackson: cases (bad input reported by
 * source, line, JSON path and value), decisions and reports, with their JSON Schemas as resources.
 *
 * @since 0.2.0
 */
module io.github.policeconduct.json {
  exports io.github.policeconduct.json;

  requires transitive io.github.policeconduct.core;
  requires transitive io.github.policeconduct.rules;
  requires transitive io.github.policeconduct.statistics;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static transitive org.jspecify;

  // Databind binds the case format's records (package-private, in CaseFormat).
  opens io.github.policeconduct.json to com.fasterxml.jackson.databind;
}

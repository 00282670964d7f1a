/**
 * Reading and writing conduct cases in the published JSON case format (one object, an array, or JSON
 * Lines): {@link io.github.policeconduct.core.json.CaseJson} reads strictly and reports every problem as a
 * {@link io.github.policeconduct.core.json.CaseFormatException} naming the source, line, JSON path, value
 * and reason. A JSON Schema (draft 2020-12) of one case, for systems written in other languages, is the
 * class-path resource {@code io/github/policeconduct/core/json/case.schema.json}; it lists the canonical
 * codes, while the reader also accepts aliases and any letter case.
 *
 * <p>Needs {@code jackson-databind}, {@code jackson-datatype-jdk8} and {@code jackson-datatype-jsr310} on the
 * class path: they are optional dependencies of police-conduct-core.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.github.policeconduct.core.json;

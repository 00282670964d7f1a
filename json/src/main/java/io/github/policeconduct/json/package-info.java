/**
 * Reading and writing conduct cases in the published JSON case format (one object, an array, or JSON
 * Lines): {@link io.github.policeconduct.json.CaseJson} reads strictly and reports every problem as a
 * {@link io.github.policeconduct.json.CaseFormatException} naming the source, line, JSON path, value
 * and reason. A JSON Schema (draft 2020-12) of one case, for systems written in other languages, is the
 * class-path resource {@code io/github/policeconduct/json/case.schema.json}; each vocabulary lists the
 * canonical codes and, as a pattern, the aliases and letter cases the reader also accepts.
 *
 * <p>Writing: {@link io.github.policeconduct.json.DecisionJson} writes a decision in the published decision
 * format (one object per line, as {@code conduct evaluate --json} does), into a Jackson generator, as a
 * {@code String}, as UTF-8 bytes, or as JSON Lines through a reusable per-thread buffer
 * ({@link io.github.policeconduct.json.DecisionJson.Lines}); {@link io.github.policeconduct.json.ReportJson}
 * writes a statistics table or cross table in the report format of {@code conduct report --format json}.
 *
 * <p>This module (police-conduct-json) brings {@code jackson-databind}, {@code jackson-datatype-jdk8} and
 * {@code jackson-datatype-jsr310}; the core vocabulary does not need them. It needs <strong>Jackson 2.21.0 or
 * newer</strong> (jackson-core, jackson-databind and the datatype modules from one release): with an older jackson-core or jackson-databind on the class
 * path, the first use of {@link io.github.policeconduct.json.CaseJson} throws an {@link IllegalStateException}
 * naming the version needed. Schemas of the decision ({@code decision.schema.json}), of its problems
 * ({@code problem.schema.json}) and of the report ({@code report.schema.json}) are resources beside the case
 * schema; validate with draft 2020-12 and format assertion on.
 *
 * @since 0.1.0 (in police-conduct-core, as {@code io.github.policeconduct.core.json}); 0.2.0 in this module
 */
@org.jspecify.annotations.NullMarked
package io.github.policeconduct.json;

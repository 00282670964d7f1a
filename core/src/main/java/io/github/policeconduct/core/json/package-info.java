/**
 * Reading and writing conduct cases in the published JSON case format (one object, an array, or JSON
 * Lines). Needs {@code jackson-databind}, {@code jackson-datatype-jdk8} and {@code jackson-datatype-jsr310}
 * on the class path: they are optional dependencies of police-conduct-core.
 *
 * @since 0.1.0
 */
package io.github.policeconduct.core.json;

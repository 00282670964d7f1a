package io.github.policeconduct.examples.stories;

import java.util.List;

/**
 * A seed story: a news report about police misconduct, told as one or more cases that the rules decide
 * and explain.
 *
 * @since 0.1.0
 */
public interface Story {
  /**
   * A heading, e.g. "Staffordshire Police: resigned, and would have been dismissed".
   *
   * @since 0.1.0
   */
  String title();

  /**
   * Where the facts come from, and what was chosen where the report is silent.
   *
   * @since 0.1.0
   */
  String source();

  /**
   * The cases of the story, in the order told.
   *
   * @since 0.1.0
   */
  List<Episode> episodes();
}

package io.github.policeconduct.testkit;

/**
 * When a former subject left service, relative to the days the case's allegations came to attention:
 * the three timings of the former-officer conditions (Police (Conduct) Regulations 2012 reg 5(2)-(5) as
 * inserted in 2017; Police (Conduct) Regulations 2020 reg 4(2)-(5)). The generator makes the timing hold
 * for <em>every</em> allegation of the case; whether a condition is met in law is for the rules.
 *
 * @since 0.1.0
 */
public enum Leaving {
  /**
   * Left after every allegation had come to attention (condition A): the leaving date is 1 to 365 days
   * after the latest came-to-attention date.
   *
   * @since 0.1.0
   */
  AFTER_ATTENTION,
  /**
   * Left before any allegation came to attention, and at most 12 months before each of them (condition
   * B): {@code latest attention - 12 months <= left < earliest attention}.
   *
   * @since 0.1.0
   */
  WITHIN_12_MONTHS_BEFORE,
  /**
   * Left more than 12 months before every allegation came to attention (condition C, which also needs a
   * special determination): {@code left < earliest attention - 12 months}. Such cases come with and
   * without {@code condition_c_determination}.
   *
   * @since 0.1.0
   */
  MORE_THAN_12_MONTHS_BEFORE
}

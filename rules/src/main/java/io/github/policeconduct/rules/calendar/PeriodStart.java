package io.github.policeconduct.rules.calendar;

/**
 * Where a period of working days begins, in the words of the provision that sets it. The police misconduct
 * regime words its time limits in two ways, and they give different deadlines for the same event, so every
 * time limit names its own.
 *
 * <p>For an event on Wednesday 2 October 2024, a period of 5 working days ends on Tuesday 8 October 2024
 * when it begins {@linkplain #WITH_THE_DATE with the date} (2, 3, 4, 7, 8 October), and on Wednesday
 * 9 October 2024 when it begins {@linkplain #WITH_THE_FIRST_WORKING_DAY_AFTER with the first working day
 * after} it (3, 4, 7, 8, 9 October).
 *
 * @since 0.2.0
 */
public enum PeriodStart {
  /**
   * "before the end of N working days <b>beginning with</b> [the date]": the date itself is day 1 when it is a
   * working day. When it is not (a Saturday, a Sunday or a bank holiday), no working day of the period can fall
   * on it, so day 1 is the first working day after it. Used by the Police Barred List and Police Advisory List
   * Regulations 2017 (SI 2017/1135), reg 3(1) (Barred List report) and reg 12(1) (Advisory List report).
   *
   * @since 0.2.0
   */
  WITH_THE_DATE,

  /**
   * "before the end of N working days <b>beginning with the first working day after</b> [the date]": the date
   * never counts, even when it is a working day. Used by most procedural limits, for example the Police
   * (Conduct) Regulations 2020, reg 31(1) (the officer's response) and reg 45(3) (appeal from a misconduct
   * meeting).
   *
   * @since 0.2.0
   */
  WITH_THE_FIRST_WORKING_DAY_AFTER;

  /**
   * The stable code, e.g. {@code with_the_first_working_day_after}, as the rulebook and the JSON formats write it.
   *
   * @since 0.2.0
   */
  public String code() {
    return code;
  }

  private final String code = name().toLowerCase(java.util.Locale.ROOT);
}

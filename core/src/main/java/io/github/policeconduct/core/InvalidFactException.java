package io.github.policeconduct.core;

/**
 * A fact that breaks an invariant of a value type: a blank id, a finding for an allegation the case does not have,
 * a subject who left before joining. The message names the field, the value and why; {@link #field()} and
 * {@link #value()} give them apart, so that a caller (or the JSON reader) can say where the offending fact is.
 *
 * <p>A lawful but unusual fact is never one of these: the rules decide it.
 *
 * @since 0.2.0
 */
public final class InvalidFactException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;

  private InvalidFactException(String field, String value, String message) {
    super(message);
    this.field = field;
    this.value = value;
  }

  /**
   * An invariant failure on {@code field} holding {@code value}; the message is {@code "<field> <why> (<field>:
   * <value>)"} unless {@code why} already shows the value.
   *
   * @param field the snake_case path of the field, relative to the value being built, e.g. {@code findings[1].allegation}
   * @param value the offending value
   * @param why why it is invalid
   * @return the exception
   * @since 0.2.0
   */
  public static InvalidFactException of(String field, Object value, String why) {
    String shown = String.valueOf(value);
    // The value is added unless the reason already names it as a word of its own ("0" is not named by "600").
    boolean named = java.util.regex.Pattern.compile("(?<![\\p{Alnum}_])" + java.util.regex.Pattern.quote(shown)
        + "(?![\\p{Alnum}_])").matcher(why).find();
    String message = named ? field + " " + why : field + " " + why + " (" + field + ": " + shown + ")";
    return new InvalidFactException(field, shown, message);
  }

  /**
   * The snake_case path of the field, relative to the value whose invariant failed.
   *
   * @since 0.2.0
   */
  public String field() {
    return field;
  }

  /**
   * The offending value, as text.
   *
   * @since 0.2.0
   */
  public String value() {
    return value;
  }
}

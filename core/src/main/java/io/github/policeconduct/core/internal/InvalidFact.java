package io.github.policeconduct.core.internal;

/**
 * An invariant of a core value type was broken. Thrown from {@code @Value.Check} methods; callers see an
 * {@link IllegalStateException} whose message names the field and the value. The field (a snake_case
 * path relative to the object being built, e.g. {@code conduct_date} or {@code findings[1].allegation})
 * and the value are kept apart so that the JSON reader can report the full path of the offending key.
 * Not part of the public API.
 */
public final class InvalidFact extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;

  private InvalidFact(String field, String value, String message) {
    super(message);
    this.field = field;
    this.value = value;
  }

  /**
   * An invariant failure on {@code field} holding {@code value}; the message is
   * {@code "<field> <why> (<field>: <value>)"} unless {@code why} already shows the value.
   */
  public static InvalidFact of(String field, Object value, String why) {
    String shown = String.valueOf(value);
    String message = why.contains(shown) ? field + " " + why : field + " " + why + " (" + field + ": " + shown + ")";
    return new InvalidFact(field, shown, message);
  }

  /** The snake_case path of the field, relative to the object whose invariant failed. */
  public String field() {
    return field;
  }

  /** The offending value, as text. */
  public String value() {
    return value;
  }
}

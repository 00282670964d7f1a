package io.github.policeconduct.statistics;

import java.util.Objects;

/**
 * A cell withheld for publication, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SuppressedCell {
  /**
   * Why a cell was suppressed.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** The count is from 1 to N-1. */
    PRIMARY,
    /** The count is withheld so that another suppressed count cannot be worked out from the totals. */
    SECONDARY,
    /**
     * The same count is withheld in another table released with this one (a set of tables suppressed together,
     * such as {@link HomeOfficeReturn}), so that it cannot be read here instead.
     *
     * @since 0.2.0
     */
    LINKED
  }

  private final String cell;
  private final Kind kind;
  private final String reason;

  SuppressedCell(String cell, Kind kind, String reason) {
    this.cell = cell;
    this.kind = kind;
    this.reason = reason;
  }

  /**
   * The cell: a value code (e.g. {@code use_of_force}, {@code not_known}, {@code total}) in a one-way table,
   * or {@code row × column} (e.g. {@code use_of_force × total}) in a cross-tabulation.
   *
   * @return the cell's name
   * @since 0.1.0
   */
  public String cell() {
    return cell;
  }

  /**
   * Primary or secondary suppression.
   *
   * @return the kind
   * @since 0.1.0
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Why, e.g. "count below 5" or "protects use_of_force from subtraction via total".
   *
   * @return the reason
   * @since 0.1.0
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SuppressedCell)) {
      return false;
    }
    SuppressedCell s = (SuppressedCell) o;
    return cell.equals(s.cell) && kind == s.kind && reason.equals(s.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cell, kind, reason);
  }

  @Override
  public String toString() {
    return cell + ": " + reason;
  }
}

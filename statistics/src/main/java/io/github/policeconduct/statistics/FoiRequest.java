package io.github.policeconduct.statistics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

/**
 * A Freedom of Information request for misconduct figures: the request's wording (scanned for personal
 * information), the cases it covers, the counting unit, the dimensions asked for (one or two), and the
 * suppression threshold (5 unless set).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FoiRequest {
  private final String wording;
  private final Selection selection;
  private final Unit unit;
  private final ImmutableList<Dimension> dimensions;
  private final int threshold;

  private FoiRequest(String wording, Selection selection, Unit unit, ImmutableList<Dimension> dimensions,
      int threshold) {
    this.wording = wording;
    this.selection = selection;
    this.unit = unit;
    this.dimensions = dimensions;
    this.threshold = threshold;
  }

  /**
   * A request.
   *
   * @param wording the request as the requester wrote it
   * @param selection the period and cases it covers
   * @param unit what to count
   * @param first the first dimension asked for
   * @param more at most one further dimension (the answer then adds a cross-tabulation)
   * @return the request, suppressing below 5
   * @throws IllegalArgumentException when more than two dimensions, or one twice, are asked for
   * @since 0.1.0
   */
  public static FoiRequest of(String wording, Selection selection, Unit unit, Dimension first, Dimension... more) {
    ImmutableList<Dimension> ds = ImmutableList.<Dimension>builder().add(first).add(more).build();
    checkArgument(ds.size() <= 2, "an FOI table has one or two dimensions (dimensions: %s)", ds);
    checkArgument(ds.size() == 1 || ds.get(0) != ds.get(1), "a dimension is named twice (dimensions: %s)", ds);
    return new FoiRequest(wording, selection, unit, ds, 5);
  }

  /**
   * This request with a different suppression threshold.
   *
   * @param n the threshold, at least 2
   * @return the request
   * @throws IllegalArgumentException when {@code n} is below 2
   * @since 0.1.0
   */
  public FoiRequest suppressingBelow(int n) {
    checkArgument(n >= 2, "suppression threshold must be at least 2 (value: %s)", n);
    return new FoiRequest(wording, selection, unit, dimensions, n);
  }

  /**
   * The request as written.
   *
   * @return the wording
   * @since 0.1.0
   */
  public String wording() {
    return wording;
  }

  /**
   * The cases covered.
   *
   * @return the selection
   * @since 0.1.0
   */
  public Selection selection() {
    return selection;
  }

  /**
   * The counting unit.
   *
   * @return the unit
   * @since 0.1.0
   */
  public Unit unit() {
    return unit;
  }

  /**
   * The dimensions asked for, one or two.
   *
   * @return the dimensions
   * @since 0.1.0
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * The suppression threshold N.
   *
   * @return N
   * @since 0.1.0
   */
  public int suppressionThreshold() {
    return threshold;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FoiRequest)) {
      return false;
    }
    FoiRequest r = (FoiRequest) o;
    return wording.equals(r.wording) && selection.equals(r.selection) && unit == r.unit
        && dimensions.equals(r.dimensions) && threshold == r.threshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(wording, selection, unit, dimensions, threshold);
  }

  @Override
  public String toString() {
    return "FoiRequest{" + unit + " by " + dimensions + ", " + selection + "}";
  }
}

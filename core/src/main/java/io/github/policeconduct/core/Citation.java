package io.github.policeconduct.core;

import java.util.Optional;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * A pinpoint citation of a legal provision: an instrument ("Police (Conduct) Regulations 2020") and a
 * place in it ("reg 42(9)(b)"), with a link where one is known. Attached to every rule the library
 * applies, so that every answer can be checked against the law.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Citation {
  Citation() {}

  /**
   * The instrument, e.g. "Police (Conduct) Regulations 2020" or "Police Act 1996".
   *
   * @since 0.1.0
   */
  public abstract String instrument();

  /**
   * The place in the instrument, e.g. "reg 42(9)(b)", "s.85(1)" or "Sch 1 para 1"; may be empty
   * when the whole instrument is cited.
   *
   * @since 0.1.0
   */
  public abstract String pinpoint();

  /**
   * A link to the instrument, where known.
   *
   * @since 0.1.0
   */
  public abstract Optional<String> url();

  /**
   * A citation without a link.
   *
   * @throws IllegalArgumentException if the instrument is blank
   * @since 0.1.0
   */
  public static Citation of(String instrument, String pinpoint) {
    return ImmutableCitation.builder().instrument(instrument).pinpoint(pinpoint).build();
  }

  /**
   * A citation with a link to the instrument.
   *
   * @throws IllegalArgumentException if the instrument is blank
   * @since 0.1.0
   */
  public static Citation of(String instrument, String pinpoint, String url) {
    return ImmutableCitation.builder().instrument(instrument).pinpoint(pinpoint).url(url).build();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!instrument().isBlank(), "citation instrument must not be blank");
  }

  /** The citation as written, e.g. "Police (Conduct) Regulations 2020, reg 3". */
  /** The text of {@link #toString()}, built once: every explained step writes its citation. */
  @Value.Lazy
  String text() {
    return pinpoint().isEmpty() ? instrument() : instrument() + ", " + pinpoint();
  }

  @Override
  public String toString() {
    return text();
  }
}

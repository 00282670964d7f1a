package io.github.policeconduct.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

/**
 * What a provision says a document must contain, item by item in the provision's order: each item with the
 * pinpoint it is written in and a plain-English label for it. Held by a rule row ({@link Rule#contents()}), so the
 * contents of a document live in the rulebook beside its citation, never in the code that fills them in.
 *
 * <p>An item may belong to a <em>limb</em>: the part of the provision that applies only in some cases (in SI 2017/1135
 * reg 3(2), sub-paragraph (e) for a serving officer, (f) for a former one). Items common to every case have the limb
 * {@code ""}. A key is unique within its limb.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PrescribedContents {
  private final List<Item> items;

  private PrescribedContents(List<Item> items) {
    this.items = ImmutableList.copyOf(items);
    for (int i = 0; i < items.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (items.get(i).limb().equals(items.get(j).limb()) && items.get(i).key().equals(items.get(j).key())) {
          throw new IllegalArgumentException("key: " + items.get(i).key() + " is given twice in limb '" + items.get(i).limb() + "'");
        }
      }
    }
  }

  /** The contents of a row, in the provision's order. */
  static PrescribedContents of(Item... items) {
    return new PrescribedContents(List.of(items));
  }

  /** An item common to every case. */
  static Item item(String key, String pinpoint, String label) {
    return new Item("", key, pinpoint, label);
  }

  /** An item of one limb of the provision. */
  static Item item(String limb, String key, String pinpoint, String label) {
    return new Item(limb, key, pinpoint, label);
  }

  /**
   * Every item, in the provision's order.
   *
   * @since 0.2.0
   */
  public List<Item> items() {
    return items;
  }

  /**
   * The item with {@code key} in {@code limb} ({@code ""} for the items common to every case).
   *
   * @param limb the limb
   * @param key the item's key
   * @return the item, if there is one
   * @since 0.2.0
   */
  public Optional<Item> item(String limb, String key) {
    return items.stream().filter(i -> i.limb().equals(limb) && i.key().equals(key)).findFirst();
  }

  /**
   * One item a provision requires.
   *
   * @param limb the limb it belongs to, or {@code ""} when it is required in every case
   * @param key a stable key in lower snake_case, e.g. {@code police_force}
   * @param pinpoint where it is written, e.g. {@code reg 3(2)(b)}
   * @param label a plain-English label, e.g. "The police force concerned"
   * @since 0.2.0
   */
  public record Item(String limb, String key, String pinpoint, String label) {
    /**
     * Checks the components.
     *
     * @since 0.2.0
     */
    public Item {
      Objects.requireNonNull(limb, "limb");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(pinpoint, "pinpoint");
      Objects.requireNonNull(label, "label");
      if (!key.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException("key: not lower snake_case: '" + key + "'");
      }
    }
  }

  /**
   * Whether {@code o} holds the same items.
   *
   * @since 0.2.0
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PrescribedContents p && p.items.equals(items);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @since 0.2.0
   */
  @Override
  public int hashCode() {
    return items.hashCode();
  }

  /**
   * The items, one per line: limb, key, pinpoint and label (for the rulebook's digest).
   *
   * @since 0.2.0
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Item i : items) {
      b.append(i.limb()).append('/').append(i.key()).append(' ').append(i.pinpoint()).append(": ").append(i.label()).append('\n');
    }
    return b.toString();
  }
}

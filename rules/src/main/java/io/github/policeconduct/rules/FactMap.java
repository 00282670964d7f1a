package io.github.policeconduct.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The facts of one explanation step: a small, immutable, insertion-ordered map of distinct string keys to
 * string values, backed by one array. Every decision builds a dozen of these, each of one to four entries,
 * where a hashed {@code ImmutableMap} cost more to build than the rest of the step. Equal to, and with the
 * same hash code as, any {@link Map} with the same entries. Immutable and thread-safe (final array, never
 * written after construction).
 */
final class FactMap extends AbstractMap<String, String> {
  /** Keys at even indexes, values at odd ones; keys are distinct. */
  private final String[] kv;

  /** Takes ownership of {@code kv}, whose keys the caller has checked are distinct. */
  FactMap(String[] kv) {
    this.kv = kv;
  }

  @Override
  public int size() {
    return kv.length / 2;
  }

  @Override
  public boolean isEmpty() {
    return kv.length == 0;
  }

  @Override
  public String get(Object key) {
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i].equals(key)) {
        return kv[i + 1];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < kv.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (i >= kv.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> e = new AbstractMap.SimpleImmutableEntry<>(kv[i], kv[i + 1]);
            i += 2;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return kv.length / 2;
      }
    };
  }

  @Override
  public void forEach(java.util.function.BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < kv.length; i += 2) {
      action.accept(kv[i], kv[i + 1]);
    }
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < kv.length; i += 2) {
      h += kv[i].hashCode() ^ kv[i + 1].hashCode();
    }
    return h;
  }

  // Mutators: AbstractMap's put throws UnsupportedOperationException; remove, clear and the entry set's
  // removal go through the iterator, whose remove() is unsupported. So the map cannot be changed.
}

package io.github.policeconduct.json;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * A parser that rejects a key given twice in one object with a {@link Problems.DuplicateKey}: Jackson's own
 * check ({@code STRICT_DUPLICATE_DETECTION}) throws a plain {@code JsonParseException}, which cannot be told
 * apart from a syntax error without reading its message. Every token passes through {@link #nextToken()}
 * ({@link #nextValue()} and {@link #skipChildren()} too), which keeps the keys of each open object: a short
 * list, since the case format's objects have at most eight keys, and a set for an object with many.
 *
 * <p>Not thread-safe, as a parser is not.
 */
final class DuplicateKeys extends JsonParserDelegate {
  /** Keys an object may have before they are kept in a set. */
  private static final int LIST = 16;

  /** The keys of every open object, one after another; {@code starts[d]} is where object {@code d}'s begin. */
  private String[] keys = new String[32];
  private int size;
  private int[] starts = new int[8];
  /** The set of an object's keys once it has more than {@link #LIST}, by depth; else null. */
  private Set<String>[] sets = newSets(8);
  /** The open objects and arrays, innermost last: true for an object. */
  private boolean[] objects = new boolean[8];
  private int depth;
  private int objectDepth;

  DuplicateKeys(JsonParser d) {
    super(d);
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] newSets(int n) {
    return (Set<String>[]) new Set<?>[n];
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case FIELD_NAME:
        key(delegate.currentName());
        break;
      case START_OBJECT:
        open(true);
        break;
      case START_ARRAY:
        open(false);
        break;
      case END_OBJECT:
      case END_ARRAY:
        end();
        break;
      default:
        break;
    }
    return t;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private void open(boolean object) {
    if (depth == objects.length) {
      objects = Arrays.copyOf(objects, depth * 2);
    }
    objects[depth++] = object;
    if (object) {
      if (objectDepth == starts.length) {
        starts = Arrays.copyOf(starts, objectDepth * 2);
        sets = Arrays.copyOf(sets, objectDepth * 2);
      }
      sets[objectDepth] = null;
      starts[objectDepth++] = size;
    }
  }

  private void end() {
    if (depth == 0) {
      return;
    }
    if (objects[--depth]) {
      size = starts[--objectDepth];
      sets[objectDepth] = null;
    }
  }

  private void key(String name) throws Problems.DuplicateKey {
    if (objectDepth == 0) {
      return;
    }
    int d = objectDepth - 1;
    Set<String> set = sets[d];
    if (set != null) {
      if (!set.add(name)) {
        throw new Problems.DuplicateKey(this, name);
      }
      return;
    }
    for (int i = starts[d]; i < size; i++) {
      if (keys[i].equals(name)) {
        throw new Problems.DuplicateKey(this, name);
      }
    }
    if (size - starts[d] == LIST) {
      set = new HashSet<>(Arrays.asList(keys).subList(starts[d], size));
      set.add(name);
      sets[d] = set;
      return;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    keys[size++] = name;
  }
}

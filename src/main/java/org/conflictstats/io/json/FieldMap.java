package org.conflictstats.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The properties of one JSON object of a parsed document, in the order they came: what a
 * {@link LinkedHashMap} is to Jackson's {@code ObjectNode}, for the small objects of a report (two to
 * sixteen properties). Up to {@link #SMALL} properties live in two arrays, looked up by a scan (no
 * entry object a property, no table to grow: the map of a tree was a fifth of a JSON Lines read); an
 * object with more moves them, in order, into a {@code LinkedHashMap} and stays there, so a document
 * of many properties costs what it did. Null keys and values are refused, as a tree never holds them.
 * An entry's {@code setValue} is a {@code put} of its name: after its property is removed it adds it
 * again, where a {@code LinkedHashMap}'s entry would change only itself ({@code ObjectNode} does
 * neither). Not thread-safe; iterators are fail-fast.
 *
 * <pre>{@code
 * FieldMap m = new FieldMap();
 * m.put("launched", IntNode.valueOf(3));
 * m.put("destroyed", IntNode.valueOf(2));
 * m.put("launched", IntNode.valueOf(4));   // returns the 3, keeps the first place
 * m.keySet();                              // [launched, destroyed]
 * }</pre>
 */
final class FieldMap extends AbstractMap<String, JsonNode> {

  /** The most properties kept in arrays. */
  static final int SMALL = 16;

  private String[] keys = new String[4];
  private JsonNode[] values = new JsonNode[4];
  private int size;
  /** The properties once there were more than {@link #SMALL}; null before. */
  private LinkedHashMap<String, JsonNode> big;
  private int modCount;

  private int indexOf(Object key) {
    for (int i = 0; i < size; i++) {
      String k = keys[i];
      if (k == key || k.equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return big != null ? big.size() : size;
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public JsonNode get(Object key) {
    if (big != null) {
      return big.get(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return big != null ? big.containsKey(key) : indexOf(key) >= 0;
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (big != null) {
      return big.put(key, value);
    }
    int i = indexOf(key);
    if (i >= 0) {
      JsonNode old = values[i];
      values[i] = value;
      return old;
    }
    modCount++;
    if (size == SMALL) {
      big = new LinkedHashMap<>(4 * SMALL);
      for (int j = 0; j < size; j++) {
        big.put(keys[j], values[j]);
      }
      big.put(key, value);
      keys = null;
      values = null;
      size = 0;
      return null;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    size++;
    return null;
  }

  @Override
  public JsonNode remove(Object key) {
    if (big != null) {
      return big.remove(key);
    }
    int i = indexOf(key);
    if (i < 0) {
      return null;
    }
    JsonNode old = values[i];
    removeAt(i);
    return old;
  }

  private void removeAt(int i) {
    modCount++;
    size--;
    System.arraycopy(keys, i + 1, keys, i, size - i);
    System.arraycopy(values, i + 1, values, i, size - i);
    keys[size] = null;
    values[size] = null;
  }

  @Override
  public void clear() {
    modCount++;
    if (big != null) {
      big.clear();
      return;
    }
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
    if (big != null) {
      big.forEach(action);
      return;
    }
    int expected = modCount;
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], values[i]);
      if (modCount != expected) {
        throw new ConcurrentModificationException();
      }
    }
  }

  @Override
  public Set<Entry<String, JsonNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return FieldMap.this.size();
      }

      @Override
      public void clear() {
        FieldMap.this.clear();
      }

      @Override
      public Iterator<Entry<String, JsonNode>> iterator() {
        return big != null ? big.entrySet().iterator() : new Entries();
      }
    };
  }

  /** The entries of the arrays, in order; each a view that writes through. */
  private final class Entries implements Iterator<Entry<String, JsonNode>> {
    private int next;
    private int last = -1;
    private int expected = modCount;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Entry<String, JsonNode> next() {
      check();
      if (next >= size) {
        throw new NoSuchElementException();
      }
      last = next++;
      return new Property(last);
    }

    @Override
    public void remove() {
      if (last < 0) {
        throw new IllegalStateException();
      }
      check();
      removeAt(last);
      next = last;
      last = -1;
      expected = modCount;
    }

    private void check() {
      if (modCount != expected || big != null) {
        throw new ConcurrentModificationException();
      }
    }
  }

  /** One property of the arrays, as long as the map is not changed otherwise. */
  private final class Property implements Entry<String, JsonNode> {
    private final int index;
    private final String key;

    Property(int index) {
      this.index = index;
      this.key = keys[index];
    }

    @Override
    public String getKey() {
      return key;
    }

    @Override
    public JsonNode getValue() {
      return big == null && index < size && keys[index] == key ? values[index] : get(key);
    }

    @Override
    public JsonNode setValue(JsonNode value) {
      return put(key, value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry<?, ?> e && key.equals(e.getKey())
          && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return key.hashCode() ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return key + "=" + getValue();
    }
  }
}

package org.conflictstats.stats;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A map from {@code long} keys to values, by open addressing (no boxing of keys, no entry objects),
 * for the day index of {@link OverlapWindow}. Not thread-safe.
 *
 * @param <V> the values
 */
final class LongMap<V> {

  private long[] keys = new long[64];
  private Object[] values = new Object[64];
  private int size;

  @SuppressWarnings("unchecked")
  V get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      Object v = values[i];
      if (v == null) {
        return null;
      }
      if (keys[i] == key) {
        return (V) v;
      }
    }
  }

  /** Puts a value for a key that is not in the map. */
  void put(long key, V value) {
    if ((size + 1) * 2 > keys.length) {
      rehash(keys.length * 2);
    }
    insert(keys, values, key, value);
    size++;
  }

  @SuppressWarnings("unchecked")
  void forEach(Consumer<? super V> action) {
    for (Object v : values) {
      if (v != null) {
        action.accept((V) v);
      }
    }
  }

  /** Removes the entries whose value passes the test, in place. */
  @SuppressWarnings("unchecked")
  void removeIf(Predicate<? super V> test) {
    long[] doomed = new long[8];
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null && test.test((V) values[i])) {
        if (n == doomed.length) {
          doomed = Arrays.copyOf(doomed, n * 2);
        }
        doomed[n++] = keys[i];
      }
    }
    for (int k = 0; k < n; k++) {
      remove(doomed[k]);
    }
  }

  /** Removes a key, mending its probe chain by backward shift. */
  void remove(long key) {
    int mask = keys.length - 1;
    int hole = slot(key, mask);
    while (values[hole] != null && keys[hole] != key) {
      hole = (hole + 1) & mask;
    }
    if (values[hole] == null) {
      return;
    }
    int j = hole;
    while (true) {
      j = (j + 1) & mask;
      if (values[j] == null) {
        break;
      }
      int home = slot(keys[j], mask);
      boolean between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!between) {
        keys[hole] = keys[j];
        values[hole] = values[j];
        hole = j;
      }
    }
    values[hole] = null;
    size--;
  }

  int size() {
    return size;
  }

  private void rehash(int slots) {
    long[] k = new long[slots];
    Object[] v = new Object[slots];
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        insert(k, v, keys[i], values[i]);
      }
    }
    keys = k;
    values = v;
  }

  private static void insert(long[] k, Object[] v, long key, Object value) {
    int mask = k.length - 1;
    int i = slot(key, mask);
    while (v[i] != null) {
      i = (i + 1) & mask;
    }
    k[i] = key;
    v[i] = value;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  @Override
  public String toString() {
    return "LongMap[" + size + " of " + Arrays.toString(new int[] {keys.length}) + "]";
  }
}

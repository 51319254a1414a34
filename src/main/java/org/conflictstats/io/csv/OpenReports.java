package org.conflictstats.io.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The open reports of a {@link ReportWindow}: a queue in the order their first rows came, with an
 * index by key. The eldest leaves first, so a ring of reports and an open-addressing table (linear
 * probing, deletion by backward shift) do what a {@code LinkedHashMap} would, without an entry object
 * per report. Not thread-safe.
 */
final class OpenReports {

  private OpenReport[] ring = new OpenReport[16];
  private int head;
  private int size;
  private OpenReport[] table = new OpenReport[32];

  int size() {
    return size;
  }

  OpenReport get(ReportKey key) {
    int mask = table.length - 1;
    for (int i = key.hashCode() & mask; ; i = (i + 1) & mask) {
      OpenReport r = table[i];
      if (r == null) {
        return null;
      }
      if (r.key.equals(key)) {
        return r;
      }
    }
  }

  /** Adds a report whose key is not open, as the newest. */
  void add(OpenReport r) {
    if (size == ring.length) {
      OpenReport[] bigger = new OpenReport[ring.length * 2];
      for (int i = 0; i < size; i++) {
        bigger[i] = ring[(head + i) & (ring.length - 1)];
      }
      ring = bigger;
      head = 0;
    }
    ring[(head + size) & (ring.length - 1)] = r;
    size++;
    if (size * 2 > table.length) {
      rehash(table.length * 2);
    }
    insert(table, r);
  }

  /** Removes and returns the eldest report. */
  OpenReport pollEldest() {
    OpenReport r = ring[head];
    ring[head] = null;
    head = (head + 1) & (ring.length - 1);
    size--;
    delete(r);
    return r;
  }

  /** The reports, eldest first. */
  List<OpenReport> inOrder() {
    List<OpenReport> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(ring[(head + i) & (ring.length - 1)]);
    }
    return out;
  }

  void clear() {
    ring = new OpenReport[16];
    table = new OpenReport[32];
    head = 0;
    size = 0;
  }

  private static void insert(OpenReport[] t, OpenReport r) {
    int mask = t.length - 1;
    int i = r.key.hashCode() & mask;
    while (t[i] != null) {
      i = (i + 1) & mask;
    }
    t[i] = r;
  }

  private void delete(OpenReport r) {
    int mask = table.length - 1;
    int i = r.key.hashCode() & mask;
    while (table[i] != r) {
      i = (i + 1) & mask;
    }
    // backward shift: move later entries of the cluster into the hole when their home allows it
    int hole = i;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      OpenReport next = table[j];
      if (next == null) {
        break;
      }
      int home = next.key.hashCode() & mask;
      boolean between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!between) {
        table[hole] = next;
        hole = j;
      }
    }
    table[hole] = null;
  }

  private void rehash(int slots) {
    OpenReport[] t = new OpenReport[slots];
    for (OpenReport r : table) {
      if (r != null) {
        insert(t, r);
      }
    }
    table = t;
  }
}

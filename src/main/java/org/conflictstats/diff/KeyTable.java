package org.conflictstats.diff;

import java.util.stream.Collector;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.model.ReportFingerprint;

/**
 * The reports that count in one snapshot, by key: the 128-bit key hash, the lines hash and the
 * line where the report starts (0 for a report without rows), in primitive open addressing (32
 * bytes a slot, at most 3/4 full), with a mark per key for the comparison. Not thread-safe.
 */
final class KeyTable {

  private long[] hi = new long[16];
  private long[] lo = new long[16];
  private long[] lines = new long[16];
  /** The report's first row's line, plus one; 0 marks an empty slot. */
  private long[] at = new long[16];
  private boolean[] marked = new boolean[16];
  private int size;

  /** A collector of the reports a reading counts, in order. */
  static Collector<ImportedReport, KeyTable, KeyTable> collector() {
    return Collector.of(KeyTable::new, KeyTable::add, KeyTable::addAll);
  }

  void add(ImportedReport r) {
    ReportFingerprint fp = ReportFingerprint.of(r.report());
    put(fp.keyHigh(), fp.keyLow(), fp.lines(), r.rows().isEmpty() ? 0 : r.location().line());
  }

  KeyTable addAll(KeyTable other) {
    for (int i = 0; i < other.at.length; i++) {
      if (other.at[i] != 0) {
        put(other.hi[i], other.lo[i], other.lines[i], other.at[i] - 1);
      }
    }
    return this;
  }

  /** Adds a key unless it is there (a report without lines may come twice). */
  void put(long h, long l, long lineHash, long line) {
    if (find(h, l) >= 0) {
      return;
    }
    if (size + 1 > at.length / 4 * 3) {
      grow();
    }
    int i = slot(h, l);
    while (at[i] != 0) {
      i = (i + 1) & (at.length - 1);
    }
    hi[i] = h;
    lo[i] = l;
    lines[i] = lineHash;
    at[i] = line + 1;
    size++;
  }

  int find(long h, long l) {
    int i = slot(h, l);
    while (at[i] != 0) {
      if (hi[i] == h && lo[i] == l) {
        return i;
      }
      i = (i + 1) & (at.length - 1);
    }
    return -1;
  }

  int size() {
    return size;
  }

  long lines(int slot) {
    return lines[slot];
  }

  long line(int slot) {
    return at[slot] - 1;
  }

  void mark(int slot) {
    marked[slot] = true;
  }

  /** Receives the keys of the table. */
  interface Visitor {
    void key(long hi, long lo, long lines, long line, boolean marked);
  }

  void forEach(Visitor v) {
    for (int i = 0; i < at.length; i++) {
      if (at[i] != 0) {
        v.key(hi[i], lo[i], lines[i], at[i] - 1, marked[i]);
      }
    }
  }

  private int slot(long h, long l) {
    long x = h ^ Long.rotateLeft(l, 17);
    return (int) (x ^ (x >>> 32)) & (at.length - 1);
  }

  private void grow() {
    long[] oh = hi;
    long[] ol = lo;
    long[] on = lines;
    long[] oa = at;
    boolean[] om = marked;
    int n = at.length * 2;
    hi = new long[n];
    lo = new long[n];
    lines = new long[n];
    at = new long[n];
    marked = new boolean[n];
    for (int j = 0; j < oa.length; j++) {
      if (oa[j] != 0) {
        int i = slot(oh[j], ol[j]);
        while (at[i] != 0) {
          i = (i + 1) & (n - 1);
        }
        hi[i] = oh[j];
        lo[i] = ol[j];
        lines[i] = on[j];
        at[i] = oa[j];
        marked[i] = om[j];
      }
    }
  }
}

package org.conflictstats.io;

/**
 * Where each post was first read, for {@link DistinctReports}' check of reports that give a post of
 * an earlier input for another period (DOMAIN.md §10: a release that corrected a report's period
 * gives it under another key, so that the two versions are not one report). A post is its 64-bit
 * hash ({@link SeenReports#postHash}); with it the location of its first report as
 * {@link IdentityIndex#where} codes it. Primitive open addressing, two {@code long}s a slot, the
 * table kept at most half full: 32 to 64 bytes a post. Two different posts share a hash with a
 * probability of about n²/2⁶⁵ among n posts. Not thread-safe.
 */
final class PostIndex {

  /** Marks an empty slot: no location codes to 0, since lines start at 1. */
  private static final long EMPTY = 0;

  private long[] hashes = new long[64];
  private long[] firsts = new long[64];
  private int size;

  /**
   * Returns where the post was first read, and if it was not read before, remembers {@code where}
   * as its first report.
   *
   * @param hash the post's hash
   * @param where its report's location, as {@link IdentityIndex#where} codes it; not 0
   * @return the location of the post's first report: {@code where} for a post not read before
   */
  long firstOrPut(long hash, long where) {
    if ((size + 1) * 2 > hashes.length) {
      grow();
    }
    int mask = hashes.length - 1;
    for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
      long f = firsts[i];
      if (f == EMPTY) {
        hashes[i] = hash;
        firsts[i] = where;
        size++;
        return where;
      }
      if (hashes[i] == hash) {
        return f;
      }
    }
  }

  /** How many posts it holds. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldHashes = hashes;
    long[] oldFirsts = firsts;
    hashes = new long[oldHashes.length * 2];
    firsts = new long[oldHashes.length * 2];
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      if (oldFirsts[j] != EMPTY) {
        int i = slot(oldHashes[j], mask);
        while (firsts[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        hashes[i] = oldHashes[j];
        firsts[i] = oldFirsts[j];
      }
    }
  }

  private static int slot(long hash, int mask) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}

package org.conflictstats.internal;

/**
 * How the CSV and JSON Lines readers cut a large file by default, by the heap they run in (as
 * {@link Runtime#maxMemory()} gives it, which under ParallelGC or SerialGC is a few percent less
 * than {@code -Xmx}): ranges of a 64th of the heap, between 1 MiB and 8 MiB (8 MiB from a heap of
 * 512 MiB), read on every processor; in a heap under 56 MiB ({@code -Xmx48m} and less), in order
 * on the calling thread. Each reading thread holds a
 * buffer of up to 1.25 ranges, and {@code threads + 1} ranges are read ahead of the merge with what
 * their parts gather (a report's findings, its key), so what a read holds at once grows with the
 * range: ranges of 8 MiB on two threads ran out of a 48 MB heap that the same file read in order
 * fits in.
 *
 * <pre>{@code
 * RangePlan.bytes(6L << 30);         // 8 MiB
 * RangePlan.bytes(256L << 20);       // 4 MiB
 * RangePlan.threads(48L << 20, 2);   // 1: in order
 * }</pre>
 */
public final class RangePlan {

  /** The largest range, from a heap of 512 MB. */
  public static final int MOST_BYTES = 8 << 20;

  /** The smallest range. */
  public static final int LEAST_BYTES = 1 << 20;

  /**
   * The smallest heap that reads in ranges on several threads: 56 MiB, so that {@code -Xmx64m}
   * does under every collector (ParallelGC reports 61 MiB of it).
   */
  public static final long SMALLEST_HEAP = 56L << 20;

  private RangePlan() {}

  /**
   * Returns the size of a range in a heap of at most {@code maxMemory} bytes.
   *
   * @param maxMemory the heap's limit, as {@link Runtime#maxMemory()} gives it
   * @return a 64th of it, between {@link #LEAST_BYTES} and {@link #MOST_BYTES}
   */
  public static int bytes(long maxMemory) {
    return (int) Math.max(LEAST_BYTES, Math.min(MOST_BYTES, maxMemory / 64));
  }

  /**
   * Returns the number of threads a large file is read on in a heap of at most {@code maxMemory}
   * bytes.
   *
   * @param maxMemory the heap's limit
   * @param processors the processors available
   * @return {@code processors}, or 1 in a heap under {@link #SMALLEST_HEAP}
   */
  public static int threads(long maxMemory, int processors) {
    return maxMemory < SMALLEST_HEAP ? 1 : Math.max(1, processors);
  }

  /** The range size for this JVM's heap. */
  public static int bytesForThisHeap() {
    return bytes(Runtime.getRuntime().maxMemory());
  }

  /** The threads for this JVM's heap and processors. */
  public static int threadsForThisJvm() {
    return threads(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
  }
}

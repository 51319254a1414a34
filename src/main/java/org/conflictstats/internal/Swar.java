package org.conflictstats.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time ("SIMD within a register"): the bit tricks the scanner and the cell decoder
 * use to look at a {@code long} of UTF-8 bytes at once. Every mask has the high bit of each byte
 * that matches set, exactly (no false positives), so the lowest set bit gives the first match. Not
 * API: the package is not exported.
 *
 * <pre>{@code
 * long w = Swar.word(bytes, i);                       // bytes i to i + 7, byte i lowest
 * long commas = Swar.equal(w, Swar.COMMAS);           // a high bit on every comma
 * int first = commas == 0 ? -1 : Swar.first(commas);  // 0 to 7
 * }</pre>
 */
public final class Swar {

  /** Reads 8 bytes of an array as a little-endian {@code long}: byte {@code i} is the lowest. */
  public static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  public static final long ONES = 0x0101010101010101L;
  public static final long HIGH = 0x8080808080808080L;
  public static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  public static final long COMMAS = ONES * ',';
  public static final long LFS = ONES * '\n';
  public static final long CRS = ONES * '\r';
  public static final long QUOTES = ONES * '"';

  private Swar() {}

  /** Reads the 8 bytes from {@code i}; the array must hold them. */
  public static long word(byte[] b, int i) {
    return (long) LONG.get(b, i);
  }

  /**
   * A 64-bit hash of {@code b[from, to)}, eight bytes a step: equal bytes give equal hashes, and
   * two different runs of bytes collide with a chance of about 2<sup>-64</sup>.
   */
  public static long hash(byte[] b, int from, int to) {
    long h = (to - from) * 0x9E3779B97F4A7C15L;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = Long.rotateLeft(h ^ word(b, i) * 0xBF58476D1CE4E5B9L, 29) * 0x94D049BB133111EBL;
    }
    long tail = 0;
    for (int k = to - 1; k >= i; k--) {
      tail = tail << 8 | (b[k] & 0xFF);
    }
    h = (h ^ tail * 0xBF58476D1CE4E5B9L) * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    h *= 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /** The high bit of every zero byte of {@code x}, and nothing else. */
  public static long zeros(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** The high bit of every byte of {@code w} equal to the byte repeated in {@code pattern}. */
  public static long equal(long w, long pattern) {
    return zeros(w ^ pattern);
  }

  /** The index (0 to 7) of the byte of the lowest set high bit of a non-zero mask. */
  public static int first(long mask) {
    return Long.numberOfTrailingZeros(mask) >>> 3;
  }
}

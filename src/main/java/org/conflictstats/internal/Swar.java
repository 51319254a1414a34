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

package org.conflictstats.internal;

/**
 * Well-formed UTF-8, checked on bytes without decoding them: exactly what the JDK's UTF-8 decoder
 * accepts when it reports malformed input (no overlong forms, no surrogates, nothing past
 * U+10FFFF, no cut sequence); {@code ByteCellsProperties} compares the two on random and edge bytes.
 * The CSV reader checks every record this way, and the JSON Lines reader every line, which then
 * becomes a {@code String} in one copy. Not API: the package is not exported.
 *
 * <pre>{@code
 * Utf8.isWellFormed("Київ".getBytes(UTF_8), 0, 8);          // true
 * Utf8.isWellFormed(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2); // false: an overlong NUL
 * Utf8.sequenceLength(bytes, i, end);                          // 1 to 4, or 0 when malformed
 * Utf8.bomLength(bytes, end);                                  // 3 after a byte order mark, else 0
 * }</pre>
 */
public final class Utf8 {

  private Utf8() {}

  /**
   * The length of the UTF-8 byte order mark ({@code EF BB BF}) the bytes start with: 3, or 0 when
   * they do not start with one. The readers skip it at the start of an input, and only there.
   *
   * @param b the bytes, from the start of the input
   * @param limit after the last byte read so far
   * @return 3 when {@code b[0, 3)} is the mark and read, else 0
   */
  public static int bomLength(byte[] b, int limit) {
    return limit >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
  }

  /**
   * Whether the bytes start as UTF-16 rather than UTF-8: a UTF-16 byte order mark of either order
   * ({@code FE FF}, {@code FF FE}), or their first 16 bytes (at least 4) in pairs whose byte in
   * the same place is 0 or 4 (ASCII or Cyrillic text, such as a header or a Ukrainian statement,
   * in UTF-16). The one test of the tool's format detection, of the CSV reader's header error and
   * of {@code extract}.
   *
   * @param b the bytes
   * @param from the first byte, the start of the input or of a line
   * @param to after the last byte
   * @return {@code true} when {@code b[from, to)} starts as UTF-16
   */
  public static boolean looksLikeUtf16(byte[] b, int from, int to) {
    if (to - from >= 2 && (b[from] == (byte) 0xFE && b[from + 1] == (byte) 0xFF
        || b[from] == (byte) 0xFF && b[from + 1] == (byte) 0xFE)) {
      return true;
    }
    int n = Math.min(16, to - from) & ~1;
    if (n < 4) {
      return false;
    }
    boolean little = true;
    boolean big = true;
    for (int i = from; i < from + n && (little || big); i += 2) {
      little &= highByte(b[i + 1], b[i]);
      big &= highByte(b[i], b[i + 1]);
    }
    return little || big;
  }

  /**
   * Whether a pair of bytes is a UTF-16 code unit of Basic Latin or Cyrillic (U+0001 to U+04FF
   * but U+0100 to U+03FF): its high byte 0 or 4, never both bytes 0. Ukrainian in UTF-16 has no
   * NUL byte (review rv45d: {@code xx 04} pairs were read as UTF-8 control characters); neither
   * byte value stands every other byte in UTF-8 text.
   */
  private static boolean highByte(byte high, byte low) {
    return high == 0 ? low != 0 : high == 4;
  }

  /**
   * Whether the bytes are well-formed UTF-8.
   *
   * @param b the bytes
   * @param from the first byte
   * @param to after the last byte
   * @return {@code true} when {@code b[from, to)} decodes without an error
   */
  public static boolean isWellFormed(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      while (i + 8 <= to && (Swar.word(b, i) & Swar.HIGH) == 0) {
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int n = sequenceLength(b, i, to);
      if (n == 0) {
        return false;
      }
      i += n;
    }
    return true;
  }

  /**
   * The length of the well-formed UTF-8 sequence at {@code i}.
   *
   * @param b the bytes
   * @param i where the sequence starts
   * @param to after the last byte the sequence may use
   * @return 1 to 4, or 0 when there is no well-formed sequence at {@code i}
   */
  public static int sequenceLength(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int n;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + n >= to) {
      return 0;
    }
    int cp = c & (0x3F >> n);
    for (int k = 1; k <= n; k++) {
      int cc = b[i + k] & 0xFF;
      if ((cc & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    return n + 1;
  }
}

package org.conflictstats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one check of a byte order mark that the CSV, JSON Lines and format detection share. */
final class Utf8BomTest {

  private static final byte[] MARKED = "\uFEFFtime_start".getBytes(StandardCharsets.UTF_8);

  @Test
  void theMarkIsThreeBytesOnlyWhenAllThreeAreRead() {
    assertEquals(3, Utf8.bomLength(MARKED, MARKED.length));
    assertEquals(3, Utf8.bomLength(MARKED, 3));
    assertEquals(0, Utf8.bomLength(MARKED, 2)); // cut: not (yet) a mark
    assertEquals(0, Utf8.bomLength(MARKED, 0));
  }

  @Test
  void otherBytesAreNoMark() {
    assertEquals(0, Utf8.bomLength("time_start".getBytes(StandardCharsets.UTF_8), 10));
    // U+FEFF's first two bytes then another: not the mark
    assertEquals(0, Utf8.bomLength(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBE}, 3));
    // the mark anywhere but at the start is none
    byte[] later = "a\uFEFF".getBytes(StandardCharsets.UTF_8);
    assertEquals(0, Utf8.bomLength(later, later.length));
  }
}

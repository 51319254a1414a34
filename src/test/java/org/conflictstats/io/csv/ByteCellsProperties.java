package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportTime;

/**
 * The byte-level cell readers of the parallel table path never disagree with the ordinary ones: when
 * they give an answer (not {@code SLOW}), it is the answer of {@link Cells} and
 * {@link PythonLiteral}.
 */
final class ByteCellsProperties {

  private static byte[] utf8(String s) {
    return (s + "        ").getBytes(StandardCharsets.UTF_8); // room for 8-byte reads
  }

  private static int len(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Provide
  Arbitrary<String> countTexts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789. -NaNn\t").ofMaxLength(8),
        // the neighbours of the digits and of the point, and bytes above 0x7F
        Arbitraries.strings().withChars("0123456789./:-\u00e9\u0080").ofMaxLength(9),
        Arbitraries.strings().withChars("0.").ofMinLength(1).ofMaxLength(9).map(t -> "7" + t),
        Arbitraries.longs().between(0, 1_000_000).map(n -> n + ".0"),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(n -> Long.toString(n)),
        Arbitraries.of("", " ", "NaN", "nan", " 93.0 ", "1.5", "-0", "1e3", "00", "12.000"));
  }

  @Property(tries = 2000)
  void countsAgreeWithTheOrdinaryReader(@ForAll("countTexts") String text) {
    long v = ByteCells.count(utf8(text), 0, len(text));
    Statistics.label("decided").collect(v != ByteCells.SLOW);
    if (v == ByteCells.SLOW) {
      return;
    }
    try {
      Count c = Cells.count(text, "launched");
      assertEquals(v == ByteCells.UNKNOWN ? Count.unknown() : Count.exactly(v), c, text);
    } catch (CellException e) {
      throw new AssertionError("the fast reading accepted '" + text + "': " + e.getMessage());
    }
  }

  @Property(tries = 2000)
  void countsDoNotLookPastTheCell(@ForAll("countTexts") String text, @ForAll byte[] after) {
    // counts of up to 8 bytes are read 8 bytes at a time: whatever follows the cell changes nothing
    byte[] cell = text.getBytes(StandardCharsets.UTF_8);
    byte[] b = Arrays.copyOf(cell, cell.length + 8 + after.length);
    for (int i = cell.length; i < b.length; i++) {
      b[i] = after.length == 0 ? (byte) '7' : after[i % after.length];
    }
    assertEquals(ByteCells.count(utf8(text), 0, cell.length), ByteCells.count(b, 0, cell.length),
        text);
  }

  @Provide
  Arbitrary<String> timeTexts() {
    Arbitrary<String> y = Arbitraries.integers().between(1999, 2031).map(String::valueOf);
    Arbitrary<String> mo = Arbitraries.integers().between(0, 13).map(i -> (i < 10 ? "0" : "") + i);
    Arbitrary<String> d = Arbitraries.integers().between(0, 32).map(i -> (i < 10 ? "0" : "") + i);
    Arbitrary<String> h = Arbitraries.of("", " 0:30", " 3:30", " 08:00", " 23:59", " 24:00",
        " 12:60", "T20:00", " 20:00:15", " 20:00 ", "  7:05");
    return Arbitraries.oneOf(
        net.jqwik.api.Combinators.combine(y, mo, d, h).as((a, b, c, e) -> a + "-" + b + "-" + c + e),
        Arbitraries.strings().withChars("0123456789-: T").ofMaxLength(18));
  }

  @Property(tries = 2000)
  void timesAgreeWithTheOrdinaryReader(@ForAll("timeTexts") String text) {
    long packed = ByteCells.time(utf8(text), 0, len(text));
    Statistics.label("decided").collect(packed != ByteCells.SLOW);
    if (packed == ByteCells.SLOW) {
      return;
    }
    ReportTime t = Cells.time(text);
    assertNotNull(t, () -> "the fast reading accepted '" + text + "'");
    long day = t.date().toEpochDay();
    long expected = t.isDateOnly() ? day * 2880
        : (day * 1440 + t.dateTime().getHour() * 60 + t.dateTime().getMinute()) * 2 + 1;
    assertEquals(expected, packed, text);
    assertEquals(day, ByteCells.epochDay(packed));
  }

  @Provide
  Arbitrary<String> dictTexts() {
    Arbitrary<String> key = Arbitraries.of("south", "east", "", "a b", "Kh-101", "x'y", "b\\\\c");
    Arbitrary<String> value = Arbitraries.of("11", "1.0", "NaN", "nan", "-1", "1.5", "", "'text'",
        "None", "007", "12.00");
    Arbitrary<String> entry = net.jqwik.api.Combinators.combine(key, value,
        Arbitraries.of(": ", ":", " : ", ":  ")).as((k, v, sep) -> "'" + k + "'" + sep + v);
    return entry.list().ofMaxSize(4).map(l -> "{" + String.join(
        Arbitraries.of(", ", ",", " , ").sample(), l) + "}");
  }

  @Property(tries = 2000)
  void plainCountDictsAreDictsOfCounts(@ForAll("dictTexts") String text) throws Exception {
    boolean plain = ByteCells.plainCountDict(utf8(text), 0, len(text));
    long general = ByteCells.dict(utf8(text), 0, len(text), ByteCells.Values.COUNTS, false, null,
        null, new boolean[1]);
    Statistics.label("plain").collect(plain);
    if (!plain && general == ByteCells.SLOW) {
      return;
    }
    Map<String, Object> d = PythonLiteral.parseDict(text);
    for (Object v : d.values()) {
      if (v != PythonLiteral.MISSING) {
        assertTrue(v instanceof PythonLiteral.Num, text);
        Cells.count(((PythonLiteral.Num) v).text(), "destroyed_details"); // throws if not a count
      }
    }
  }

  @Example
  void theUsualCellsAreDecided() {
    assertEquals(93, ByteCells.count(utf8("93.0"), 0, 4));
    assertTrue(ByteCells.plainCountDict(utf8("{'south': 11, 'east': NaN}"), 0, 26));
    assertTrue(ByteCells.time(utf8("2025-04-16 20:00"), 0, 16) != ByteCells.SLOW);
    assertTrue(ByteCells.time(utf8("2023-05-16 3:30"), 0, 15) != ByteCells.SLOW);
  }
}

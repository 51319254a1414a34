package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.conflictstats.internal.Utf8;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.ReportTimeParseException;

/**
 * The cell decoder against independent oracles: counts against {@link BigDecimal}, times against
 * {@link LocalDateTime}, UTF-8 validity against the JDK's strict decoder.
 */
final class ByteCellsProperties {

  /** The oracle's reading of a count cell, in the decoder's codes. */
  static long oracleCount(String cell) {
    String t = cell.strip();
    if (t.isEmpty() || t.equalsIgnoreCase("nan")) {
      return ByteCells.UNKNOWN;
    }
    if (!t.matches("-?[0-9]+(\\.[0-9]*)?")) {
      return ByteCells.NOT_A_COUNT;
    }
    BigDecimal v = new BigDecimal(t.endsWith(".") ? t + "0" : t);
    if (v.signum() < 0) {
      return ByteCells.NEGATIVE;
    }
    if (v.stripTrailingZeros().scale() > 0) {
      return ByteCells.NOT_WHOLE;
    }
    if (v.compareTo(BigDecimal.valueOf(ByteCells.MAX_COUNT)) > 0) {
      return ByteCells.TOO_LARGE;
    }
    return v.longValueExact();
  }

  static long count(String cell) {
    byte[] b = (cell + "########").getBytes(StandardCharsets.UTF_8);
    return ByteCells.count(b, 0, cell.getBytes(StandardCharsets.UTF_8).length);
  }

  @Property
  void countsAgreeWithTheOracle(@ForAll("countCells") String cell) {
    assertEquals(oracleCount(cell), count(cell), cell);
  }

  @Provide
  Arbitrary<String> countCells() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1)
        .ofMaxLength(22);
    Arbitrary<String> fraction = Arbitraries.strings().withChars('0', '0', '0', '5').ofMaxLength(4);
    Arbitrary<String> number = net.jqwik.api.Combinators.combine(
        Arbitraries.of("", "", "-"), digits, Arbitraries.of("", ".", ".0", "."), fraction,
        Arbitraries.of("", " ", "  ", "\t")).as((sign, d, point, f, pad) ->
            pad + sign + d + (point.isEmpty() ? "" : point + f) + pad);
    Arbitrary<String> odd = Arbitraries.of("", " ", "NaN", "nan", "NAN", " NaN ", "abc", "1e3",
        "0x10", "+5", "5 5", "9" .repeat(19), "1000000000", "1000000001", "1000000000.0", "-0",
        "-0.0", "93.0", "93.", ".5", "1,5", "\u0661");
    return Arbitraries.oneOf(number, odd, Arbitraries.strings().ofMaxLength(6)
        .withChars("0123456789.-Nan ".toCharArray()));
  }

  /** The oracle's reading of a time cell: the packed value, or a negative code class. */
  static String oracleTime(String cell) {
    String t = cell.strip();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T] *(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?")
        .matcher(t);
    if (!m.matches()) {
      return "not a time";
    }
    int y = Integer.parseInt(m.group(1));
    try {
      LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return y < 1900 || y > 2200 ? "year" : d.toString();
      }
      int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime dt = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          sec);
      // seconds are the grammar's (ReportTime.parse) refusal, the year the reader's, after it
      boolean fraction = m.group(7) != null && !m.group(7).matches("0+");
      if (sec != 0 || fraction) {
        return "seconds";
      }
      return y < 1900 || y > 2200 ? "year" : dt.toString();
    } catch (DateTimeException e) {
      return "no such time";
    }
  }

  static String time(String cell) {
    byte[] b = cell.getBytes(StandardCharsets.UTF_8);
    long v = ByteCells.time(b, 0, b.length);
    if (v == ByteCells.NOT_A_TIME) {
      return "not a time";
    } else if (v == ByteCells.NO_SUCH_TIME) {
      return "no such time";
    } else if (v == ByteCells.SECONDS) {
      return "seconds";
    } else if (v == ByteCells.YEAR_OUT_OF_RANGE) {
      return "year";
    }
    return PackedTimes.reportTime(v).toString();
  }

  @Property
  void timesAgreeWithTheOracle(@ForAll("timeCells") String cell) {
    assertEquals(oracleTime(cell), time(cell), cell);
  }

  /**
   * The model's {@code ReportTime.parse}, the grammar the reader's every unusual cell goes through,
   * against the same oracle: the same time, or the same problem (the year is the reader's limit,
   * not the grammar's: a time of any four-digit year parses).
   */
  @Property
  void reportTimeParseAgreesWithTheOracle(@ForAll("timeCells") String cell) {
    String expected = oracleTime(cell);
    String actual;
    try {
      ReportTime t = ReportTime.parse(cell);
      int y = t.date().getYear();
      actual = y < 1900 || y > 2200 ? "year" : t.toString();
    } catch (ReportTimeParseException e) {
      actual = switch (e.problem()) {
        case NOT_A_TIME -> "not a time";
        case NO_SUCH_TIME -> "no such time";
        case SECONDS -> "seconds";
      };
      assertTrue(e.getMessage().contains("'" + cell + "'"), e.getMessage());
    }
    assertEquals(expected, actual, cell);
  }

  @Provide
  Arbitrary<String> timeCells() {
    Arbitrary<String> shaped = net.jqwik.api.Combinators.combine(
        Arbitraries.integers().between(1850, 2250),
        Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32),
        Arbitraries.integers().between(-1, 25), Arbitraries.integers().between(0, 61),
        Arbitraries.of("", ":00", ":30", ":60", ":00.000", ":00.5", ":59"),
        Arbitraries.of(" ", "T", "  ", " ", "x"), Arbitraries.of("", " ", "\t"))
        .as((y, mo, d, h, mi, sec, sep, pad) -> pad
            + String.format(Locale.ROOT, "%04d-%02d-%d", y, mo, d)
            + (h < 0 ? "" : sep + h + ":" + String.format(Locale.ROOT, "%02d", mi) + sec) + pad);
    Arbitrary<String> odd = Arbitraries.of("", "2025-04-17", "2023-05-16 3:30", "2025-02-29",
        "2024-02-29", "2025-4-7 08:00", "17.04.2025", "2025/04/17", "2025-04-17 24:00",
        "2025-04-17 23:59", "2025-04-17 08:0", "2025-04-17T08:00:00", "0000-01-01");
    return Arbitraries.oneOf(shaped, odd);
  }

  @Example
  void theUsualFormsAreRead() {
    assertEquals("2025-04-16T20:00", time("2025-04-16 20:00"));
    assertEquals("2025-04-17", time("2025-04-17 "));
    assertEquals("2023-05-16T03:30", time("2023-05-16 3:30"));
    assertEquals("seconds", time("2025-04-16 01:00:30"));
    assertEquals("no such time", time("2025-04-16 01:00:60"));
    assertEquals("2025-04-16T01:00", time("2025-04-16 01:00:00"));
    assertEquals(93, count("93.0"));
    assertEquals(93, count("93."));
  }

  @Property
  void utf8ValidityAgreesWithTheJdk(@ForAll("bytes") byte[] b) {
    boolean jdk;
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
      jdk = true;
    } catch (CharacterCodingException e) {
      jdk = false;
    }
    assertEquals(jdk, Utf8.isWellFormed(b, 0, b.length));
    if (jdk) {
      assertEquals(new String(b, StandardCharsets.UTF_8), ByteCells.escaped(b, 0, b.length));
    } else {
      assertTrue(ByteCells.escaped(b, 0, b.length).contains("\\x"));
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(20)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(20);
    Arbitrary<byte[]> edgy = Arbitraries.of(new byte[] {(byte) 0xC0, (byte) 0x80},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F,
            (byte) 0x9A, (byte) 0x80}, new byte[] {'a', (byte) 0xFF, 'b'});
    return Arbitraries.oneOf(text, raw, edgy);
  }

  @Property
  void lineCountsAgreeWithALoop(@ForAll("lineText") String text,
      @ForAll @IntRange(min = 0, max = 9) int from) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int s = Math.min(from, b.length);
    long expected = 0;
    for (int i = s; i < b.length; i++) {
      if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
        expected++;
      }
    }
    assertEquals(expected, LineCounter.count(b, s, b.length, false));
    assertFalse(LineCounter.count(b, s, b.length, false) < 0);
  }

  @Provide
  Arbitrary<String> lineText() {
    return Arbitraries.strings().withChars('a', ',', '\n', '\r', '"').ofMaxLength(40);
  }
}

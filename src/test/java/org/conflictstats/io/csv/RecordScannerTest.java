package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one CSV scanner: records, cells, physical lines, quoting problems and their recovery, at every
 * buffer and read edge (a buffer of 16 bytes up, reads of 1 byte up), and byte ranges.
 */
final class RecordScannerTest {

  /** One record as seen: start line, cells (or the problem), raw text, start offset. */
  record Rec(long line, List<String> cells, RecordScanner.Problem problem, String raw,
      long offset) {}

  static List<Rec> all(String text) throws IOException {
    return all(text.getBytes(StandardCharsets.UTF_8), 1 << 20, Integer.MAX_VALUE,
        RecordScanner.MAX_RECORD_BYTES);
  }

  static List<Rec> all(byte[] bytes, int buffer, int chunk, int max) throws IOException {
    RecordScanner s = new RecordScanner(ByteSource.of(new Chunked(bytes, chunk)), 0, 1, buffer,
        max);
    List<Rec> out = new ArrayList<>();
    while (s.next()) {
      out.add(rec(s));
    }
    return out;
  }

  static Rec rec(RecordScanner s) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      cells.add(new String(s.cellBytes(i), StandardCharsets.UTF_8));
    }
    return new Rec(s.line(), cells, s.problem(), RangeParser.rawText(s), s.recordOffset());
  }

  @Test
  void plainCellsAndLineNumbers() throws IOException {
    List<Rec> r = all("a,b,c\n1,,3\n");
    assertEquals(2, r.size());
    assertEquals(List.of("a", "b", "c"), r.get(0).cells());
    assertEquals(List.of("1", "", "3"), r.get(1).cells());
    assertEquals(1, r.get(0).line());
    assertEquals(2, r.get(1).line());
    assertEquals("1,,3", r.get(1).raw());
    assertEquals(6, r.get(1).offset());
  }

  @Test
  void quotedCellsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
    List<Rec> r = all("h1,h2\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,row");
    assertEquals(List.of("a, b", "say \"hi\""), r.get(1).cells());
    assertEquals(List.of("two\nlines", "x"), r.get(2).cells());
    assertEquals(3, r.get(2).line());
    assertEquals("\"two\nlines\",x", r.get(2).raw());
    assertEquals(5, r.get(3).line());
    assertEquals(List.of("last", "row"), r.get(3).cells());
  }

  @Test
  void crlfAndCrLineEnds() throws IOException {
    List<Rec> r = all("a,b\r\n1,2\r\n\"x\r\ny\",3\r4,5\r\n");
    assertEquals(4, r.size());
    assertEquals(List.of("1", "2"), r.get(1).cells());
    assertEquals("1,2", r.get(1).raw());
    assertEquals(List.of("x\r\ny", "3"), r.get(2).cells());
    assertEquals(3, r.get(2).line());
    assertEquals(5, r.get(3).line());
    assertEquals(List.of("4", "5"), r.get(3).cells());
  }

  @Test
  void byteOrderMarkIsSkippedOnlyAtTheStart() throws IOException {
    List<Rec> r = all("\uFEFFtime_start,model\n\uFEFF1,2\n");
    assertEquals(List.of("time_start", "model"), r.get(0).cells());
    assertEquals(List.of("\uFEFF1", "2"), r.get(1).cells());
  }

  /**
   * A record of empty or white-space cells, none quoted, is blank as a blank line is (a
   * spreadsheet's cleared row, {@code ,,,,}); one quoted cell or one character makes it a row.
   */
  @Test
  void aRecordOfEmptyCellsIsBlank() throws IOException {
    RecordScanner t = scanner("a,b\n,,,,,,,,\n , ,\r\n,\"\",\n,x,\n\"\"\n");
    assertTrue(t.next());
    assertFalse(t.isBlankLine());
    assertTrue(t.next());
    assertTrue(t.isBlankLine());
    assertTrue(t.next());
    assertTrue(t.isBlankLine());
    assertTrue(t.next());
    assertFalse(t.isBlankLine()); // ,"",
    assertTrue(t.next());
    assertFalse(t.isBlankLine()); // ,x,
    assertTrue(t.next());
    assertFalse(t.isBlankLine()); // ""
    assertFalse(t.next());
  }

  @Test
  void blankLinesAreRecordsOfOneEmptyCell() throws IOException {
    RecordScanner t = scanner("a\n\n  \nb\n");
    assertTrue(t.next());
    assertFalse(t.isBlankLine());
    assertTrue(t.next());
    assertTrue(t.isBlankLine());
    assertEquals(2, t.line());
    assertTrue(t.next());
    assertTrue(t.isBlankLine());
    assertTrue(t.next());
    assertEquals(4, t.line());
    assertEquals("b", new String(t.cellBytes(0), StandardCharsets.UTF_8));
    assertFalse(t.next());
  }

  @Test
  void unterminatedQuoteOnTheLastLine() throws IOException {
    List<Rec> r = all("a,b\n1,\"trunc");
    assertEquals(2, r.size());
    assertEquals(RecordScanner.Problem.UNTERMINATED_QUOTE, r.get(1).problem());
    assertEquals("1,\"trunc", r.get(1).raw());
  }

  /** A quote opened on the last line runs to the end: the record is not cut, nothing follows. */
  @Test
  void aQuoteOpenedOnTheLastLineIsNotClosedBeforeTheEnd() throws IOException {
    for (String eol : List.of("\n", "\r\n", "")) {
      RecordScanner s = scanner("a,b\n\"1,2" + eol);
      assertTrue(s.next());
      assertTrue(s.next());
      assertEquals(RecordScanner.Problem.UNTERMINATED_QUOTE, s.problem());
      assertFalse(s.wasCut(), "nothing after the line: " + eol.length());
      assertEquals("quoted field in cell 1 is not closed before the end of the file",
          RangeParser.problemText(s, null));
      assertFalse(s.next());
    }
    RecordScanner more = scanner("a,b\n\"1,2\n3,4\n");
    more.next();
    more.next();
    assertTrue(more.wasCut(), "a line after it is read again");
  }

  @Test
  void anUnclosedQuoteCostsOnlyItsOwnLine() throws IOException {
    List<Rec> r = all("a,b\n1,\"stray\n2,3\n4,5\n");
    assertEquals(4, r.size());
    assertEquals(RecordScanner.Problem.UNTERMINATED_QUOTE, r.get(1).problem());
    assertEquals("1,\"stray", r.get(1).raw());
    assertEquals(2, r.get(1).line());
    assertEquals(List.of("2", "3"), r.get(2).cells());
    assertEquals(3, r.get(2).line());
    assertEquals(List.of("4", "5"), r.get(3).cells());
    assertEquals(4, r.get(3).line());
  }

  @Test
  void aStrayQuoteThatMeetsALaterQuoteIsCaughtToo() throws IOException {
    List<Rec> r = all("a,b\n1,\"stray\n2,3\n\"x, y\",4\n");
    assertEquals(4, r.size());
    assertEquals(RecordScanner.Problem.TEXT_AFTER_QUOTE, r.get(1).problem());
    assertEquals("1,\"stray", r.get(1).raw());
    assertEquals(List.of("2", "3"), r.get(2).cells());
    assertEquals(List.of("x, y", "4"), r.get(3).cells());
    assertEquals(4, r.get(3).line());
  }

  @Test
  void textAfterClosingQuoteOnOneLine() throws IOException {
    List<Rec> r = all("\"ab\"c,d\n");
    assertEquals(RecordScanner.Problem.TEXT_AFTER_QUOTE, r.get(0).problem());
    assertEquals("\"ab\"c,d", r.get(0).raw());
  }

  @Test
  void quoteInsideAnUnquotedCellIsText() throws IOException {
    assertEquals(List.of("5\" gun", "x"), all("5\" gun,x\n").get(0).cells());
  }

  @Test
  void cutToFirstLineRereadsTheRest() throws IOException {
    RecordScanner t = scanner("\"a\nb\",c\nd,e\n");
    assertTrue(t.next());
    assertEquals(2, t.physicalLines());
    t.cutToFirstLine();
    assertTrue(t.wasCut());
    assertEquals("\"a", RangeParser.rawText(t));
    assertTrue(t.next());
    assertEquals(2, t.line());
    assertEquals("b\"", new String(t.cellBytes(0), StandardCharsets.UTF_8));
    assertTrue(t.next());
    assertEquals(3, t.line());
    assertFalse(t.next());
  }

  @Test
  void aRecordLongerThanTheLimitIsCutToItsFirstLine() throws IOException {
    byte[] text = ("a,b\n1,\"open\n" + "y\n".repeat(100) + "5,6\n")
        .getBytes(StandardCharsets.UTF_8);
    List<Rec> r = all(text, 16, Integer.MAX_VALUE, 64);
    assertEquals(RecordScanner.Problem.TOO_LONG, r.get(1).problem());
    assertEquals("1,\"open", r.get(1).raw());
    assertEquals(List.of("y"), r.get(2).cells());
    assertEquals(3, r.get(2).line());
    Rec last = r.get(r.size() - 1);
    assertEquals(List.of("5", "6"), last.cells());
    assertEquals(103, last.line());
  }

  @Test
  void aSingleLineLongerThanTheLimitIsSkippedWithItsStartKept() throws IOException {
    byte[] text = ("a,b\n" + "z".repeat(10_000) + "\n7,8\n").getBytes(StandardCharsets.UTF_8);
    List<Rec> r = all(text, 16, Integer.MAX_VALUE, 64);
    assertEquals(3, r.size());
    assertEquals(RecordScanner.Problem.TOO_LONG, r.get(1).problem());
    assertTrue(r.get(1).raw().startsWith("zzzz"));
    assertEquals(List.of("7", "8"), r.get(2).cells());
    assertEquals(3, r.get(2).line());
  }

  /**
   * A buffer filled ahead (a range of a file, megabytes) holds a record longer than the maximum
   * whole; it is too long there as when read in order through a small buffer, and the records after
   * it are the same: every length around the limit, one line or several, LF or CRLF, at the end of
   * the input or not.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void aRecordIsTooLongTheSameWhenTheBufferHoldsItWhole(String eol) throws IOException {
    int max = 64;
    for (int n = max - 6; n <= max + 6; n++) {
      for (String body : List.of("z".repeat(n), "\"" + "y" + eol + "y".repeat(n) + "\"",
          "q,\"" + "x".repeat(n - 4) + eol + "x\"" + eol + "w")) {
        for (boolean last : new boolean[] {false, true}) {
          String text = "a,b" + eol + "1,2" + eol + body + (last ? "" : eol + "7,8" + eol);
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          List<Rec> inOrder = all(bytes, 16, 5, max);
          RecordScanner ahead = new RecordScanner(bytes.clone(), bytes.length,
              ByteSource.of(new ByteArrayInputStream(new byte[0])), 0, 1, max);
          List<Rec> got = new ArrayList<>();
          while (ahead.next()) {
            got.add(rec(ahead));
          }
          // the offset of a skipped over-long line is where reading resumed, before or after the
          // LF of its CRLF as the reads split them: the same line, raw text and records after it
          assertEquals(withoutSkippedOffsets(inOrder), withoutSkippedOffsets(got),
              () -> "length " + text.length() + ": " + text);
        }
      }
    }
  }

  private static List<Rec> withoutSkippedOffsets(List<Rec> records) {
    List<Rec> out = new ArrayList<>();
    for (Rec r : records) {
      boolean skipped = r.problem() == RecordScanner.Problem.TOO_LONG && r.cells().isEmpty()
          && r.raw().endsWith("...");
      out.add(skipped ? new Rec(r.line(), r.cells(), r.problem(), r.raw(), -1) : r);
    }
    return out;
  }

  @Test
  void emptyInputHasNoRecord() throws IOException {
    assertTrue(all("").isEmpty());
    assertTrue(all("\uFEFF").isEmpty());
  }

  @Test
  void rawTextIsCutAtTheLimitAndInvalidBytesAreShownEscaped() throws IOException {
    byte[] bad = {'a', ',', (byte) 0xC3, '\n'};
    List<Rec> r = all(bad, 1 << 20, Integer.MAX_VALUE, RecordScanner.MAX_RECORD_BYTES);
    assertEquals("a,\\xC3", r.get(0).raw());
    String longRow = "x".repeat(RecordScanner.RAW_TEXT_LIMIT + 10);
    Rec l = all(longRow + "\n").get(0);
    assertEquals("x".repeat(RecordScanner.RAW_TEXT_LIMIT) + "...", l.raw());
  }

  /**
   * The cases above and more, with each line end, through every small buffer size and read size:
   * the records never depend on where the buffer or a read ends (FastCSV's habit of testing buffer
   * edges).
   */
  @ParameterizedTest
  @MethodSource("edges")
  void buffersAndReadsOfAnySizeGiveTheSameRecords(String eol, int buffer, int chunk)
      throws IOException {
    String text = String.join(eol, "h1,h2,h3", "\"a, b\",\"say \"\"hi\"\"\",",
        "\"two" + eol + "lines\",x,y", ",,", "\"\",\"\"\"\",z", "1,\"stray", "2,3,4",
        "\u041c\u043e\u043b\u043d\u0456\u044f,\u20ac,\uD83D\uDE80", "last,row,") + eol;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<Rec> whole = all(bytes, 1 << 20, Integer.MAX_VALUE, RecordScanner.MAX_RECORD_BYTES);
    List<Rec> edge = all(bytes, buffer, chunk, RecordScanner.MAX_RECORD_BYTES);
    assertEquals(whole, edge);
    assertEquals(List.of("Молнія", "€", "\uD83D\uDE80"), whole.get(7).cells());
  }

  static Stream<Arguments> edges() {
    return Stream.of("\n", "\r", "\r\n").flatMap(eol -> IntStream.of(16, 17, 23, 31, 64)
        .boxed().flatMap(buf -> IntStream.of(1, 2, 3, 7, 8, 9, 1000)
            .mapToObj(chunk -> Arguments.of(eol, buf, chunk))));
  }

  /** Records around 8 KB, read through an 8 KB buffer: the edges at 8190 to 8193 bytes. */
  @ParameterizedTest
  @ValueSource(ints = {8188, 8189, 8190, 8191, 8192, 8193, 8194})
  void recordsAtTheBufferSize(int cellLength) throws IOException {
    String cell = "q".repeat(cellLength);
    String text = "a," + cell + "\n\"" + cell + "\",b\r\nc,d";
    List<Rec> r = all(text.getBytes(StandardCharsets.UTF_8), 8192, 4096,
        RecordScanner.MAX_RECORD_BYTES);
    assertEquals(3, r.size());
    assertEquals(List.of("a", cell), r.get(0).cells());
    assertEquals(List.of(cell, "b"), r.get(1).cells());
    assertEquals(List.of("c", "d"), r.get(2).cells());
    assertEquals(3, r.get(2).line());
  }

  @Test
  void aScannerStartedAtARecordReadsExactlyItsRange() throws IOException {
    String text = "h\n1,a\n2,\"b\nb\"\n3,c\n4,d\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int from = text.indexOf("2,");
    int to = text.indexOf("4,");
    RecordScanner s = new RecordScanner(ByteSource.of(new ByteArrayInputStream(bytes, from,
        bytes.length - from)), from, 3);
    s.stopAt(to);
    List<Rec> got = new ArrayList<>();
    while (s.next()) {
      got.add(rec(s));
    }
    assertEquals(2, got.size());
    assertEquals(3, got.get(0).line());
    assertEquals(List.of("3", "c"), got.get(1).cells());
    assertEquals(5, got.get(1).line());
    assertEquals(to, s.offset());
    assertEquals(6, s.nextLine());
  }

  @Test
  void aRecordThatCrossesTheStopOffsetIsReadWholeAndTheOffsetSaysSo() throws IOException {
    String text = "1,\"a\nb\"\n2,c\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    RecordScanner s = new RecordScanner(ByteSource.of(new ByteArrayInputStream(bytes)), 0, 1);
    s.stopAt(text.indexOf("b"));
    assertTrue(s.next());
    assertEquals(List.of("1", "a\nb"), rec(s).cells());
    assertFalse(s.next());
    assertEquals(text.indexOf("2,"), s.offset());
  }

  @Test
  void aPrefilledBufferGoesOnIntoTheSource() throws IOException {
    byte[] first = "1,a\n2,b".getBytes(StandardCharsets.UTF_8);
    byte[] rest = "bb\n3,c\n".getBytes(StandardCharsets.UTF_8);
    RecordScanner s = new RecordScanner(first.clone(), first.length,
        ByteSource.of(new ByteArrayInputStream(rest)), 100, 7);
    s.stopAt(100 + first.length);
    List<Rec> got = new ArrayList<>();
    while (s.next()) {
      got.add(rec(s));
    }
    assertEquals(List.of("2", "bbb"), got.get(1).cells());
    assertEquals(8, got.get(1).line());
    assertEquals(2, got.size());
    assertNull(got.get(1).problem());
  }

  private static RecordScanner scanner(String text) {
    return new RecordScanner(ByteSource.of(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8))), 0, 1);
  }

  /** A stream that hands out at most {@code chunk} bytes per call. */
  static final class Chunked extends InputStream {
    private final byte[] b;
    private final int chunk;
    private int at;

    Chunked(byte[] b, int chunk) {
      this.b = b;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return at < b.length ? b[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] out, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (at >= b.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), b.length - at);
      System.arraycopy(b, at, out, off, n);
      at += n;
      return n;
    }
  }
}

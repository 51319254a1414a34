package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CsvTokenizerTest {

  /** One record as seen: start line, fields (or the problem), raw text. */
  record Rec(long line, List<String> fields, CsvTokenizer.Problem problem, String raw) {}

  static List<Rec> all(String text) throws IOException {
    return all(new StringReader(text), CsvTokenizer.DEFAULT_MAX_RECORD_CHARS);
  }

  static List<Rec> all(Reader in, int max) throws IOException {
    List<Rec> out = new ArrayList<>();
    try (CsvTokenizer t = new CsvTokenizer(in, max)) {
      while (t.next()) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
          fields.add(t.field(i));
        }
        out.add(new Rec(t.line(), fields, t.problem(), t.rawText()));
      }
    }
    return out;
  }

  @Test
  void plainFieldsAndLineNumbers() throws IOException {
    List<Rec> r = all("a,b,c\n1,,3\n");
    assertEquals(2, r.size());
    assertEquals(List.of("a", "b", "c"), r.get(0).fields());
    assertEquals(List.of("1", "", "3"), r.get(1).fields());
    assertEquals(1, r.get(0).line());
    assertEquals(2, r.get(1).line());
    assertEquals("1,,3", r.get(1).raw());
  }

  @Test
  void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
    List<Rec> r = all("h1,h2\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,row");
    assertEquals(List.of("a, b", "say \"hi\""), r.get(1).fields());
    assertEquals(List.of("two\nlines", "x"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
    assertEquals("\"two\nlines\",x", r.get(2).raw());
    // the record after a two-line record starts on physical line 5
    assertEquals(5, r.get(3).line());
    assertEquals(List.of("last", "row"), r.get(3).fields()); // no final line break
  }

  @Test
  void crlfAndCrLineEnds() throws IOException {
    List<Rec> r = all("a,b\r\n1,2\r\n\"x\r\ny\",3\r4,5\r\n");
    assertEquals(4, r.size());
    assertEquals(List.of("1", "2"), r.get(1).fields());
    assertEquals("1,2", r.get(1).raw());
    assertEquals(List.of("x\r\ny", "3"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
    assertEquals(5, r.get(3).line());
    assertEquals(List.of("4", "5"), r.get(3).fields());
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    List<Rec> r = all("\uFEFFtime_start,model\n1,2\n");
    assertEquals(List.of("time_start", "model"), r.get(0).fields());
  }

  @Test
  void blankLinesAreRecordsOfOneEmptyField() throws IOException {
    try (CsvTokenizer t = new CsvTokenizer(new StringReader("a\n\n  \nb\n"))) {
      assertTrue(t.next());
      assertFalse(t.isBlankLine());
      assertTrue(t.next());
      assertTrue(t.isBlankLine());
      assertEquals(2, t.line());
      assertTrue(t.next());
      assertTrue(t.isBlankLine());
      assertTrue(t.next());
      assertEquals(4, t.line());
      assertEquals("b", t.field(0));
      assertFalse(t.next());
    }
  }

  @Test
  void unterminatedQuoteOnTheLastLine() throws IOException {
    List<Rec> r = all("a,b\n1,\"trunc");
    assertEquals(2, r.size());
    assertEquals(CsvTokenizer.Problem.UNTERMINATED_QUOTE, r.get(1).problem());
    assertEquals("1,\"trunc", r.get(1).raw());
  }

  @Test
  void anUnclosedQuoteCostsOnlyItsOwnLine() throws IOException {
    List<Rec> r = all("a,b\n1,\"stray\n2,3\n4,5\n");
    assertEquals(4, r.size());
    assertEquals(CsvTokenizer.Problem.UNTERMINATED_QUOTE, r.get(1).problem());
    assertEquals("1,\"stray", r.get(1).raw());
    assertEquals(2, r.get(1).line());
    assertEquals(List.of("2", "3"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
    assertEquals(List.of("4", "5"), r.get(3).fields());
    assertEquals(4, r.get(3).line());
  }

  @Test
  void aStrayQuoteThatMeetsALaterQuoteIsCaughtToo() throws IOException {
    // the stray quote on line 2 pairs with the opening quote on line 4; the text after that
    // "closing" quote gives the problem, and lines 3 and 4 are read again
    List<Rec> r = all("a,b\n1,\"stray\n2,3\n\"x, y\",4\n");
    assertEquals(4, r.size());
    assertEquals(CsvTokenizer.Problem.TEXT_AFTER_QUOTE, r.get(1).problem());
    assertEquals("1,\"stray", r.get(1).raw());
    assertEquals(List.of("2", "3"), r.get(2).fields());
    assertEquals(List.of("x, y", "4"), r.get(3).fields());
    assertEquals(4, r.get(3).line());
  }

  @Test
  void textAfterClosingQuoteOnOneLine() throws IOException {
    List<Rec> r = all("\"ab\"c,d\n");
    assertEquals(CsvTokenizer.Problem.TEXT_AFTER_QUOTE, r.get(0).problem());
    assertEquals("\"ab\"c,d", r.get(0).raw());
  }

  @Test
  void quoteInsideAnUnquotedFieldIsText() throws IOException {
    assertEquals(List.of("5\" gun", "x"), all("5\" gun,x\n").get(0).fields());
  }

  @Test
  void cutToFirstLineRereadsTheRest() throws IOException {
    try (CsvTokenizer t = new CsvTokenizer(new StringReader("\"a\nb\",c\nd,e\n"))) {
      assertTrue(t.next());
      assertEquals(2, t.physicalLines());
      t.cutToFirstLine();
      assertTrue(t.wasCut());
      assertEquals("\"a", t.rawText());
      assertTrue(t.next());
      assertEquals(2, t.line());
      assertEquals("b\"", t.field(0));
      assertTrue(t.next());
      assertEquals(3, t.line());
      assertEquals("d", t.field(0));
      assertFalse(t.next());
    }
  }

  /** Records longer than the buffer's first size, and split reads, give the same fields. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 64})
  void recordsAcrossBufferRefillsAndTinyReads(int chunk) throws IOException {
    StringBuilder b = new StringBuilder("h1,h2\r\n");
    String longCell = "x".repeat(200_000);
    b.append('"').append(longCell).append("\"\"\",tail\r\n");
    b.append("a,\"q\r\nq\"\r\n");
    List<Rec> r = all(new ChunkedReader(b.toString(), chunk), CsvTokenizer.DEFAULT_MAX_RECORD_CHARS);
    assertEquals(3, r.size());
    assertEquals(List.of(longCell + "\"", "tail"), r.get(1).fields());
    assertEquals(List.of("a", "q\r\nq"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
    assertNull(r.get(2).problem());
  }

  @Test
  void aRecordLongerThanTheLimitIsCutToItsFirstLine() throws IOException {
    String text = "a,b\n1,\"open\n" + "y\n".repeat(100) + "5,6\n";
    List<Rec> r = all(new StringReader(text), 64);
    assertEquals(CsvTokenizer.Problem.TOO_LONG, r.get(1).problem());
    assertEquals("1,\"open", r.get(1).raw());
    // every later line is read again as a record of its own
    assertEquals(List.of("y"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
    Rec last = r.get(r.size() - 1);
    assertEquals(List.of("5", "6"), last.fields());
    assertEquals(103, last.line());
  }

  @Test
  void aSingleLineLongerThanTheLimitIsSkippedWithItsStartKept() throws IOException {
    String text = "a,b\n" + "z".repeat(10_000) + "\n7,8\n";
    List<Rec> r = all(new StringReader(text), 64);
    assertEquals(3, r.size());
    assertEquals(CsvTokenizer.Problem.TOO_LONG, r.get(1).problem());
    assertTrue(r.get(1).raw().startsWith("zzzz"));
    assertEquals(List.of("7", "8"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
  }

  @Test
  void emptyInputHasNoRecord() throws IOException {
    assertTrue(all("").isEmpty());
    assertTrue(all("\uFEFF").isEmpty());
  }

  /** A reader that hands out at most {@code chunk} chars per call. */
  static final class ChunkedReader extends Reader {
    private final String s;
    private final int chunk;
    private int at;

    ChunkedReader(String s, int chunk) {
      this.s = s;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (at >= s.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), s.length() - at);
      s.getChars(at, at + n, cbuf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}

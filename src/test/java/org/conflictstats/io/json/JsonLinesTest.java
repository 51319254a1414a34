package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictstats.model.StrikeReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JsonLinesTest {

  @TempDir
  Path dir;

  private static List<StrikeReport> reports(int n) {
    List<StrikeReport> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StrikeReport base = i % 2 == 0 ? Fixtures.night() : Fixtures.everything();
      list.add(base.toBuilder().id(base.id() + "-" + i).build());
    }
    return list;
  }

  private static String jsonl(List<StrikeReport> list) {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter w = JsonLinesWriter.of(out)) {
      list.forEach(w::write);
    }
    return out.toString();
  }

  @Test
  void writesOneReportPerLineEachEndingInALineFeed() {
    List<StrikeReport> list = reports(3);
    String text = jsonl(list);
    assertTrue(text.endsWith("\n"));
    String[] lines = text.split("\n", -1);
    assertEquals(4, lines.length); // three lines and the empty rest after the last line feed
    for (int i = 0; i < 3; i++) {
      assertEquals(ReportJson.write(list.get(i)), lines[i]);
    }
  }

  @Test
  void fileRoundTripGivesEqualReportsInOrder() throws IOException {
    List<StrikeReport> list = reports(25);
    Path file = dir.resolve("reports.jsonl");
    try (JsonLinesWriter w = JsonLinesWriter.open(file)) {
      w.writeAll(list);
      assertEquals(25, w.reportsWritten());
    }
    JsonLinesImport back = JsonLinesReader.readAll(file, JsonReadOptions.strict());
    assertEquals(list, back.reports());
    assertEquals(25, back.linesRead());
    assertEquals(25, back.documentsRead());
    assertTrue(back.isComplete());
    assertEquals("reports.jsonl", back.source());
    assertTrue(ReportJson.looksLikeJsonLines(file));
  }

  @Test
  void byteStreamsAreUtf8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLinesWriter.of(bytes)) {
      w.write(Fixtures.everything());
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Київ"), text);
    try (JsonLinesReader r = JsonLinesReader.of(new ByteArrayInputStream(bytes.toByteArray()),
        "bytes", JsonReadOptions.strict())) {
      assertEquals(List.of(Fixtures.everything()), r.stream().collect(Collectors.toList()));
    }
  }

  @Test
  void flushMakesWrittenLinesVisible() {
    StringWriter out = new StringWriter();
    JsonLinesWriter w = JsonLinesWriter.of(new java.io.BufferedWriter(out, 1 << 20));
    w.write(Fixtures.night());
    assertEquals("", out.toString());
    w.flush();
    assertEquals(ReportJson.write(Fixtures.night()) + "\n", out.toString());
    w.close();
    w.close(); // a second close does nothing
    assertThrows(IllegalStateException.class, () -> w.write(Fixtures.night()));
  }

  @Test
  void writeFailuresAreUnchecked() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full (synthetic)");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    JsonLinesWriter w = JsonLinesWriter.of(broken);
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> w.write(Fixtures.night()));
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
  }

  @Test
  void blankLinesCarriageReturnsAndAByteOrderMarkAreTolerated() {
    String one = ReportJson.write(Fixtures.night());
    String two = ReportJson.write(Fixtures.everything());
    String text = "\uFEFF" + one + "\r\n\r\n   \n" + two; // no line feed at the end
    JsonLinesImport result = JsonLinesReader.readAll(new StringReader(text), "crlf.jsonl",
        JsonReadOptions.strict());
    assertEquals(List.of(Fixtures.night(), Fixtures.everything()), result.reports());
    assertEquals(4, result.linesRead());
    assertEquals(2, result.documentsRead());
  }

  @Test
  void emptyInputGivesNoReports() {
    JsonLinesImport result = JsonLinesReader.readAll(new StringReader(""), "empty.jsonl",
        JsonReadOptions.strict());
    assertEquals(List.of(), result.reports());
    assertEquals(0, result.linesRead());
  }

  @Test
  void lenientReadingSetsBadLinesAsideAndAccountsForEveryLine() {
    String good = ReportJson.write(Fixtures.night());
    String text = String.join("\n",
        good,
        "{\"schemaVersion\":1,\"id\":",                  // 2: truncated
        good.replace("\"launched\":75", "\"launched\":75.0"), // 3: float count
        "",                                               // 4: blank
        good.replace("\"notes\":", "\"colour\":\"red\",\"notes\":"), // 5: unknown property
        "not json at all",                                // 6
        good) + "\n";
    JsonLinesImport result = JsonLinesReader.readAll(new StringReader(text), "mixed.jsonl",
        JsonReadOptions.lenient());
    assertEquals(3, result.reports().size());
    assertEquals(List.of(2L, 3L, 6L),
        result.rejected().stream().map(JsonRejectedLine::line).collect(Collectors.toList()));
    JsonRejectedLine floatLine = result.rejected().get(1);
    assertEquals("lines[0].launched", floatLine.field());
    assertTrue(floatLine.reason().contains("75.0"), floatLine.reason());
    assertEquals(good.replace("\"launched\":75", "\"launched\":75.0"), floatLine.rawText());
    assertEquals(List.of(new JsonReadWarning(5, "colour", "unknown property, ignored")),
        result.warnings());
    assertEquals(7, result.linesRead());
    assertEquals(6, result.documentsRead());
    assertEquals(result.documentsRead(), result.reports().size() + result.rejected().size());
    assertFalse(result.isComplete());
    assertEquals("mixed.jsonl: 6 documents, 3 reports, 3 rejected, 1 warning", result.summary());
  }

  @Test
  void strictReadingStopsAtTheFirstBadLineNamingFileLineAndField() throws IOException {
    String good = ReportJson.write(Fixtures.night());
    Path file = dir.resolve("strict.jsonl");
    Files.writeString(file, good + "\n" + good + "\n"
        + good.replace("\"destroyed\":25", "\"destroyed\":-4") + "\n" + good + "\n");
    List<StrikeReport> seen = new ArrayList<>();
    ReportJsonException e;
    try (JsonLinesReader r = JsonLinesReader.open(file, JsonReadOptions.strict())) {
      e = assertThrows(ReportJsonException.class, () -> r.forEach(seen::add));
      assertEquals(2, r.reportsRead());
    }
    assertEquals(2, seen.size(), "the good lines before the bad one were read");
    assertEquals("strict.jsonl", e.source());
    assertEquals(3, e.line());
    assertEquals("lines[0].destroyed", e.field());
    assertEquals("strict.jsonl, line 3, field lines[0].destroyed: "
        + "a count must not be negative: -4", e.getMessage());
  }

  @Test
  void streamViewIsLazyAndClosingItClosesTheInput() {
    int[] reads = {0};
    boolean[] closed = {false};
    String text = jsonl(reports(1000));
    Reader counting = new StringReader(text) {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        reads[0]++;
        return super.read(cbuf, off, len);
      }

      @Override
      public void close() {
        closed[0] = true;
        super.close();
      }
    };
    JsonLinesReader reader = JsonLinesReader.of(counting, "lazy", JsonReadOptions.strict());
    try (Stream<StrikeReport> s = reader.stream()) {
      assertEquals(List.of("synthetic-night-0", "synthetic-everything-1"),
          s.limit(2).map(StrikeReport::id).collect(Collectors.toList()));
    }
    assertTrue(closed[0]);
    assertTrue(reads[0] <= 2, "only the first buffer-full was read, not " + reads[0]);
    assertTrue(reader.linesRead() < 10, "lines read: " + reader.linesRead());
  }

  @Test
  void aReaderIsIteratedOnce() {
    JsonLinesReader r = JsonLinesReader.of(new StringReader(""), "once", JsonReadOptions.strict());
    Iterator<StrikeReport> it = r.iterator();
    assertFalse(it.hasNext());
    assertThrows(java.util.NoSuchElementException.class, it::next);
    assertThrows(IllegalStateException.class, r::iterator);
  }

  @Test
  void resultChecksThatNoLineIsLost() {
    JsonLinesReader r = JsonLinesReader.of(new StringReader(jsonl(reports(2))), "count",
        JsonReadOptions.strict());
    List<StrikeReport> kept = new ArrayList<>();
    r.forEach(kept::add);
    assertEquals(2, r.result(kept).reports().size());
    assertThrows(IllegalArgumentException.class, () -> r.result(List.of()));
  }

  @Test
  void aMissingFileIsAnIoException() {
    assertThrows(IOException.class,
        () -> JsonLinesReader.readAll(dir.resolve("absent.jsonl"), JsonReadOptions.strict()));
  }

  @Test
  void aLineWhoseBytesAreNotUtf8IsABadLine() throws IOException {
    String good = ReportJson.write(Fixtures.night());
    byte[] line = (good + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = (good.replace("Ukraine", "Kyïv") + "\n").getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(line);
    bytes.write(latin1);
    bytes.write(line);
    Path file = dir.resolve("latin.jsonl");
    Files.write(file, bytes.toByteArray());

    JsonLinesImport lenient = JsonLinesReader.readAll(file, JsonReadOptions.lenient());
    assertEquals(2, lenient.reports().size());
    assertEquals(1, lenient.rejected().size());
    JsonRejectedLine rejected = lenient.rejected().get(0);
    assertEquals(2, rejected.line());
    assertEquals("", rejected.field());
    int at = good.replace("Ukraine", "Kyïv").indexOf('ï') + 1;
    assertEquals("not valid UTF-8: bad byte at byte " + at + " of the line", rejected.reason());
    assertTrue(rejected.rawText().contains("Ky\uFFFDv"), rejected.rawText());

    ReportJsonException e = assertThrows(ReportJsonException.class,
        () -> JsonLinesReader.readAll(file, JsonReadOptions.strict()));
    assertEquals("latin.jsonl", e.source());
    assertEquals(2, e.line());
  }

  @Test
  void aCharacterStreamThatCannotBeDecodedEndsTheReading() {
    byte[] bad = (ReportJson.write(Fixtures.night()) + "\n").getBytes(StandardCharsets.UTF_8);
    bad[40] = (byte) 0xFF;
    for (JsonReadOptions options : List.of(JsonReadOptions.strict(), JsonReadOptions.lenient())) {
      ReportJsonException e = assertThrows(ReportJsonException.class, () -> JsonLinesReader
          .readAll(new java.io.InputStreamReader(new ByteArrayInputStream(bad),
              StandardCharsets.UTF_8.newDecoder()), "reader.jsonl", options));
      assertTrue(e.reason().startsWith("the input could not be decoded"), e.getMessage());
      assertEquals(1, e.line());
    }
  }

  @Test
  void aByteOrderMarkInAByteStreamIsDropped() {
    byte[] text = ("\uFEFF" + ReportJson.write(Fixtures.night()) + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
    try (JsonLinesReader r = JsonLinesReader.of(new ByteArrayInputStream(text), "bom",
        JsonReadOptions.strict())) {
      assertEquals(List.of(Fixtures.night()), r.stream().collect(Collectors.toList()));
    }
  }
}

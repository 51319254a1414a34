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
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
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
    ImportResult back = JsonLinesReader.readAll(file, JsonReadOptions.strict());
    assertEquals(list, back.reports());
    long weaponLines = list.stream().mapToLong(r -> r.lines().size()).sum();
    assertEquals(List.of(ImportCounts.of(file.toString(), weaponLines, 0, 25)), back.files());
    assertTrue(back.isComplete());
    // every weapon line of a report is located at the report's own line
    for (int i = 0; i < list.size(); i++) {
      ImportedReport r = back.imported().get(i);
      assertEquals(Collections.nCopies(r.report().lines().size(),
          FileLocation.of(file.toString(), i + 1)), r.rows());
    }
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
    try (JsonLinesReader r = JsonLinesReader.of(new StringReader(text), "crlf.jsonl",
        JsonReadOptions.strict())) {
      assertEquals(List.of(Fixtures.night(), Fixtures.everything()), r.stream().toList());
      assertEquals(4, r.linesRead());
      assertEquals(2, r.reportsRead());
      assertEquals(4, r.lastReportLine());
    }
  }

  /**
   * JSON's white space is space, tab, CR and LF: a line of other white space (a unit separator, a
   * vertical tab and form feed, U+3000, U+2028) is not JSON, and is rejected and named, not skipped.
   */
  @Test
  void aLineOfOtherWhiteSpaceIsRejectedNotSkipped() {
    String good = ReportJson.write(Fixtures.night());
    String text = String.join("\n", good, "\u001f", "\u000b\u000c", "\u3000", "\u2028", " \t",
        good) + "\n";
    ImportResult result = JsonLinesReader.readAll(new StringReader(text), "odd.jsonl",
        JsonReadOptions.lenient());
    assertEquals(2, result.reports().size());
    assertEquals(List.of(2L, 3L, 4L, 5L),
        result.rejected().stream().map(RejectedRow::line).collect(Collectors.toList()));
    assertEquals(ImportCounts.of("odd.jsonl", 4, 4, 2), result.counts("odd.jsonl").orElseThrow());
  }

  /**
   * The column of a syntax error counts the line's characters from its start: a carriage return
   * inside the line is one character, as a space is (the parser took it for a line break and
   * started counting again: column 14 for 398).
   */
  @Test
  void aCarriageReturnInsideALineDoesNotRestartTheColumn() {
    String good = ReportJson.write(Fixtures.night());
    List<String> columns = new ArrayList<>();
    for (String before : List.of(" ", "\r")) {
      String text = good.replace("\"notes\":", before + "\"notes\" ") + "\n";
      ImportResult result = JsonLinesReader.readAll(new StringReader(text), "cr.jsonl",
          JsonReadOptions.lenient());
      String message = result.rejected().get(0).message();
      assertTrue(message.startsWith("cr.jsonl:1: "), message);
      columns.add(message.substring(message.lastIndexOf("(column ")));
    }
    assertEquals(columns.get(0), columns.get(1));
    int at = Integer.parseInt(columns.get(0).replaceAll("\\D", ""));
    assertTrue(at > good.indexOf("\"notes\""), columns::toString);
  }

  @Test
  void emptyInputGivesNoReports() {
    ImportResult result = JsonLinesReader.readAll(new StringReader(""), "empty.jsonl",
        JsonReadOptions.strict());
    assertEquals(List.of(), result.reports());
    assertEquals(0, result.rowsRead());
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
    ImportResult result = JsonLinesReader.readAll(new StringReader(text), "mixed.jsonl",
        JsonReadOptions.lenient());
    assertEquals(3, result.reports().size());
    assertEquals(List.of(2L, 3L, 6L),
        result.rejected().stream().map(RejectedRow::line).collect(Collectors.toList()));
    RejectedRow floatLine = result.rejected().get(1);
    assertEquals(Optional.of("lines[0].launched"), floatLine.field());
    assertEquals("mixed.jsonl:3: field lines[0].launched: a count must be a whole number, without "
        + "fraction or exponent, not 75.0", floatLine.message());
    assertEquals(good.replace("\"launched\":75", "\"launched\":75.0"), floatLine.rawText());
    assertEquals(Optional.empty(), result.rejected().get(2).field());
    assertEquals(List.of(ImportWarning.of("mixed.jsonl", 5,
        "field colour: unknown property, ignored")), result.warnings());
    // six non-blank lines: three reports of two weapon lines each, three rejected lines
    assertEquals(ImportCounts.of("mixed.jsonl", 6, 3, 3), result.counts("mixed.jsonl")
        .orElseThrow());
    assertFalse(result.isComplete());
  }

  @Test
  void strictReadingStopsAtTheFirstBadLineNamingFileLineAndField() throws IOException {
    String good = ReportJson.write(Fixtures.night());
    Path file = dir.resolve("strict.jsonl");
    Files.writeString(file, good + "\n" + good + "\n"
        + good.replace("\"destroyed\":25", "\"destroyed\":-4") + "\n" + good + "\n");
    List<StrikeReport> seen = new ArrayList<>();
    ImportException e;
    try (JsonLinesReader r = JsonLinesReader.open(file, JsonReadOptions.strict())) {
      e = assertThrows(ImportException.class, () -> r.forEach(seen::add));
      assertEquals(2, r.reportsRead());
    }
    assertEquals(2, seen.size(), "the good lines before the bad one were read");
    assertEquals(file.toString(), e.file());
    assertEquals(3, e.line());
    assertEquals(Optional.of("lines[0].destroyed"), e.field());
    assertEquals(file + ":3: field lines[0].destroyed: a count must not be negative: -4",
        e.getMessage());
  }

  /**
   * A file read by its path is named in messages by the path as given, {@code file.toString()},
   * as the Air Force CSV reader names it, whichever way it is read (review rv43, finding 7: the
   * JSON Lines reader named it by its bare name).
   */
  @Test
  void aFileIsNamedByItsPathAsGivenAsTheCsvReaderNamesIt() throws IOException {
    String good = ReportJson.write(Fixtures.night());
    Path jsonl = dir.resolve("bad.jsonl");
    Files.writeString(jsonl, good + "\n" + good.replace("\"destroyed\":25", "\"destroyed\":-4")
        + "\n");
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "time_start,time_end,model,launched,destroyed,source\n"
        + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,abc,2,kpszsu/posts/synthetic-1\n");
    RejectedRow fromCsv = org.conflictstats.io.csv.AirForceCsv.reader().read(csv).rejected()
        .get(0);
    assertEquals(FileLocation.of(csv.toString(), 2), fromCsv.location());
    ImportResult all = JsonLinesReader.readAll(jsonl, JsonReadOptions.lenient());
    assertEquals(FileLocation.of(jsonl.toString(), 2), all.rejected().get(0).location());
    assertEquals(jsonl.toString(), all.files().get(0).file());
    assertTrue(all.counts(jsonl.toString()).isPresent(), all.files().toString());
    List<RejectedRow> streamed = new ArrayList<>();
    ImportCounts counts = JsonLinesReader.read(jsonl, JsonReadOptions.lenient(),
        new ImportHandler() {
          @Override
          public void report(ImportedReport report) {}

          @Override
          public void rejected(RejectedRow row) {
            streamed.add(row);
          }
        });
    assertEquals(jsonl.toString(), counts.file());
    assertEquals(all.rejected(), streamed);
    try (JsonLinesReader r = JsonLinesReader.open(jsonl, JsonReadOptions.lenient())) {
      r.forEach(report -> { });
      assertEquals(FileLocation.of(jsonl.toString(), 2), r.rejected().get(0).location());
    }
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
  void streamingToAHandlerHandsOverEverythingAndKeepsNothing() {
    String good = ReportJson.write(Fixtures.night());
    String text = good + "\n" + "{broken\n" + good.replace("\"notes\":", "\"x\":1,\"notes\":")
        + "\n";
    List<ImportedReport> reports = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    ImportCounts counts = JsonLinesReader.read(new StringReader(text), "handler.jsonl",
        JsonReadOptions.lenient(), new ImportHandler() {
          @Override
          public void report(ImportedReport r) {
            reports.add(r);
          }

          @Override
          public void rejected(RejectedRow row) {
            rejected.add(row);
          }

          @Override
          public void warning(ImportWarning w) {
            warnings.add(w);
          }
        });
    assertEquals(ImportCounts.of("handler.jsonl", 4, 1, 2), counts);
    assertEquals(List.of(FileLocation.of("handler.jsonl", 1), FileLocation.of("handler.jsonl", 3)),
        reports.stream().map(ImportedReport::location).collect(Collectors.toList()));
    assertEquals(List.of(2L), rejected.stream().map(RejectedRow::line)
        .collect(Collectors.toList()));
    assertEquals(List.of(ImportWarning.of("handler.jsonl", 3, "field x: unknown property, "
        + "ignored")), warnings);
  }

  @Test
  void countsSoFarAddUp() {
    JsonLinesReader r = JsonLinesReader.of(new StringReader(jsonl(reports(2)) + "oops\n"),
        "count", JsonReadOptions.lenient());
    List<StrikeReport> kept = new ArrayList<>();
    r.forEach(kept::add);
    long weaponLines = kept.stream().mapToLong(x -> x.lines().size()).sum();
    assertEquals(ImportCounts.of("count", weaponLines, 1, 2), r.counts());
    assertEquals(3, r.linesRead());
    assertEquals(1, r.rejected().size());
  }

  @Test
  void aBlankSourceNameIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> JsonLinesReader.of(new StringReader(""), " ", JsonReadOptions.strict()));
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

    ImportResult lenient = JsonLinesReader.readAll(file, JsonReadOptions.lenient());
    assertEquals(2, lenient.reports().size());
    assertEquals(1, lenient.rejected().size());
    RejectedRow rejected = lenient.rejected().get(0);
    assertEquals(2, rejected.line());
    assertEquals(Optional.empty(), rejected.field());
    int at = good.replace("Ukraine", "Kyïv").indexOf('ï') + 1;
    assertEquals("not valid UTF-8: bad byte at byte " + at + " of the line", rejected.reason());
    assertTrue(rejected.rawText().contains("Ky\uFFFDv"), rejected.rawText());

    ImportException e = assertThrows(ImportException.class,
        () -> JsonLinesReader.readAll(file, JsonReadOptions.strict()));
    assertEquals(file.toString(), e.file());
    assertEquals(2, e.line());
  }

  @Test
  void aCharacterStreamThatCannotBeDecodedEndsTheReading() {
    byte[] bad = (ReportJson.write(Fixtures.night()) + "\n").getBytes(StandardCharsets.UTF_8);
    bad[40] = (byte) 0xFF;
    for (JsonReadOptions options : List.of(JsonReadOptions.strict(), JsonReadOptions.lenient())) {
      ImportException e = assertThrows(ImportException.class, () -> JsonLinesReader
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

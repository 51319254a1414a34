package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.StrikeReport;

/**
 * A JSON Lines file read in ranges on several threads gives the sink what a read in order gives:
 * the same reports with the same locations, the same rejected rows and warnings in the same order,
 * the same counts; in strict mode the same first bad line. Files of random reports mixed with the
 * lines real inputs have (blank, CRLF, a byte-order mark, not UTF-8, broken JSON, unknown
 * properties, no final line feed), cut into ranges of 1 byte to 4 KB.
 */
@Domain(ReportDomain.class)
@Domain(DomainContext.Global.class)
final class JsonLinesRangesProperties {

  private static final String NAME = "reports.jsonl";

  @Property(tries = 150)
  void rangesGiveWhatAReadInOrderGives(@ForAll @Size(max = 25) List<StrikeReport> reports,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll @IntRange(min = 1, max = 4000) int rangeBytes, @ForAll boolean strict)
      throws IOException {
    byte[] bytes = file(reports, new Random(seed));
    JsonReadOptions options = strict ? JsonReadOptions.strict() : JsonReadOptions.lenient();
    Recording inOrder = new Recording();
    Recording ranged = new Recording();
    Path f = Files.createTempFile("ranges", ".jsonl");
    try {
      Files.write(f, bytes);
      ImportException first = null;
      ImportCounts expected = null;
      try {
        expected = JsonLinesReader.read(new ByteArrayInputStream(bytes), NAME, options,
            inOrder.sink);
      } catch (ImportException e) {
        first = e;
      }
      if (first != null) {
        ImportException e = assertThrows(ImportException.class,
            () -> JsonLinesRanges.read(f, NAME, options, ranged.sink, threads, rangeBytes));
        assertEquals(first.rejectedRow(), e.rejectedRow());
        return;
      }
      ImportCounts counts = JsonLinesRanges.read(f, NAME, options, ranged.sink, threads,
          rangeBytes);
      assertEquals(expected, counts);
      assertEquals(inOrder.reports, ranged.reports);
      assertEquals(inOrder.events, ranged.events);
      assertEquals(counts.rowsAccepted(),
          ranged.reports.stream().mapToLong(r -> r.report().lines().size()).sum());
    } finally {
      Files.delete(f);
    }
  }

  @Example
  void aLineLongerThanManyRangesIsReadWholeAndLinesKeepTheirNumbers() throws IOException {
    StringBuilder notes = new StringBuilder();
    while (notes.length() < 50_000) {
      notes.append("long line ");
    }
    StrikeReport night = Fixtures.night();
    StrikeReport longOne = StrikeReport.builder().id("long").period(night.period())
        .source(night.source()).addLines(night.lines()).notes(notes.toString()).build();
    StringWriter w = new StringWriter();
    JsonLinesWriter writer = JsonLinesWriter.of(w);
    writer.write(night);
    writer.write(longOne);
    writer.write(night);
    String[] docs = w.toString().split("\n");
    String text = docs[0] + "\n\n" + docs[1] + "\r\n{broken\n" + docs[2];
    Path f = Files.createTempFile("ranges", ".jsonl");
    try {
      Files.writeString(f, text);
      Recording inOrder = new Recording();
      ImportCounts expected = JsonLinesReader.read(new ByteArrayInputStream(
          text.getBytes(StandardCharsets.UTF_8)), NAME, JsonReadOptions.lenient(), inOrder.sink);
      Recording ranged = new Recording();
      ImportCounts counts = JsonLinesRanges.read(f, NAME, JsonReadOptions.lenient(), ranged.sink,
          2, 100);
      assertEquals(expected, counts);
      assertEquals(3, counts.reports());
      assertEquals(1, counts.rowsRejected());
      assertEquals(inOrder.reports, ranged.reports);
      assertEquals(inOrder.events, ranged.events);
      assertEquals(List.of(1L, 3L, 5L),
          ranged.reports.stream().map(r -> r.location().line()).toList());
      assertEquals(notes.toString(), ranged.reports.get(1).report().notes());
      assertTrue(ranged.events.get(0) instanceof RejectedRow row && row.location().line() == 4,
          ranged.events.toString());
    } finally {
      Files.delete(f);
    }
  }

  @Example
  void badArgumentsAreRefused() {
    Path f = Path.of("none.jsonl");
    assertThrows(IllegalArgumentException.class,
        () -> JsonLinesRanges.read(f, NAME, JsonReadOptions.lenient(), new Recording().sink, 0,
            10));
    assertThrows(IllegalArgumentException.class,
        () -> JsonLinesRanges.read(f, NAME, JsonReadOptions.lenient(), new Recording().sink, 2,
            0));
  }

  /** Random reports as JSON Lines, with the odd lines of real inputs among them. */
  private static byte[] file(List<StrikeReport> reports, Random rnd) {
    StringWriter w = new StringWriter();
    JsonLinesWriter.of(w).writeAll(reports);
    String[] lines = w.toString().split("\n", -1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (rnd.nextInt(4) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int n = lines.length - 1; // the writer ends every line
    for (int i = 0; i < n; i++) {
      String line = lines[i];
      switch (rnd.nextInt(12)) {
        case 0 -> out.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        case 1 -> out.writeBytes("   \r\n".getBytes(StandardCharsets.UTF_8));
        case 2 -> line = "{\"zzz\": 1, " + line.substring(1); // unknown property
        case 3 -> line = line.substring(0, rnd.nextInt(Math.max(1, line.length())));
        case 4 -> {
          out.writeBytes(line.substring(0, line.length() / 2).getBytes(StandardCharsets.UTF_8));
          out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
          line = line.substring(line.length() / 2);
        }
        default -> { }
      }
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      boolean last = i == n - 1;
      if (!last || rnd.nextBoolean()) {
        out.writeBytes((rnd.nextInt(5) == 0 ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** Keeps everything a sink made by {@link ReportSink#of} hands over, in order. */
  private static final class Recording implements ImportHandler {
    final List<ImportedReport> reports = new ArrayList<>();
    final List<Object> events = new ArrayList<>();
    final ReportSink<List<ImportedReport>> sink = ReportSink.of(this);

    @Override
    public void report(ImportedReport report) {
      reports.add(report);
    }

    @Override
    public void rejected(RejectedRow row) {
      events.add(row);
    }

    @Override
    public void warning(ImportWarning warning) {
      events.add(warning);
    }
  }
}

package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.testing.FarRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a window given, a streaming read groups an input no longer than
 * {@link AirForceCsvReader#wholeInputBytes()} whole, as {@link AirForceCsvReader#read(Path)} does,
 * and a longer one with the default window: a file and the same bytes as a stream alike, at the
 * limit and one byte past it. A window given applies whatever the length.
 */
final class WholeInputTest {

  @TempDir
  Path dir;

  /** 1,100 two-row reports; the second row of the first comes last, 1,099 reports later. */
  private static final String TEXT = FarRow.csv(true);

  private static final int LENGTH = TEXT.getBytes(StandardCharsets.UTF_8).length;

  private ImportResult fromFile(AirForceCsvReader reader) throws IOException {
    Path f = Files.writeString(dir.resolve("moved.csv"), TEXT, StandardCharsets.UTF_8);
    ImportResult.Builder b = ImportResult.builder();
    return b.addCounts(reader.read(f, ReportSink.of(b))).build();
  }

  private static ImportResult fromStream(AirForceCsvReader reader) throws IOException {
    ImportResult.Builder b = ImportResult.builder();
    return b.addCounts(reader.read(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)),
        "moved.csv", ReportSink.of(b))).build();
  }

  private static List<String> ids(ImportResult r) {
    return r.reports().stream().map(StrikeReport::id).toList();
  }

  private static boolean toldComesBack(ImportResult r) {
    return r.warnings().stream().map(ImportWarning::message)
        .anyMatch(m -> m.startsWith("1 separate report started by rows that come more than 1,024 reports after"));
  }

  private void assertWhole(AirForceCsvReader reader) throws IOException {
    for (ImportResult r : List.of(fromFile(reader), fromStream(reader))) {
      assertEquals(1100, r.reports().size());
      assertEquals(2, r.reports().get(0).lines().size(), "the row that came back joined");
      assertFalse(toldComesBack(r), r.warnings()::toString);
    }
  }

  private void assertWindowed(AirForceCsvReader reader) throws IOException {
    ImportResult file = fromFile(reader);
    ImportResult stream = fromStream(reader);
    assertEquals(ids(file), ids(stream));
    assertEquals(1101, file.reports().size());
    assertTrue(ids(file).get(1100).endsWith("#2"), ids(file).get(1100));
    assertEquals(1, file.reports().get(0).lines().size());
    assertTrue(toldComesBack(file) && toldComesBack(stream), file.warnings()::toString);
  }

  @Test
  void anInputUpToTheLimitIsGroupedWholeAndOneByteLongerIsNot() throws IOException {
    AirForceCsvReader reader = AirForceCsv.reader().withParallelism(1);
    assertWhole(reader.withWholeInputBytes(LENGTH));
    assertWhole(reader.withWholeInputBytes(LENGTH + 1));
    assertWindowed(reader.withWholeInputBytes(LENGTH - 1));
    // a file cut into ranges: the same reports as in order
    assertWindowed(AirForceCsv.reader().withRangeBytes(4096).withWholeInputBytes(LENGTH - 1));
  }

  @Test
  void aWindowGivenAppliesToAShortInputToo() throws IOException {
    AirForceCsvReader reader = AirForceCsv.reader().withParallelism(1);
    assertWhole(reader);
    assertWindowed(reader.withGroupingWindow(AirForceCsvReader.DEFAULT_GROUPING_WINDOW));
    assertWhole(reader.withGroupingWindow(1100));
  }

  @Test
  void theLimitIsFourMebibytesUntilAWindowIsGiven() {
    AirForceCsvReader reader = AirForceCsv.reader();
    // whatever the heap: the reports of a file do not depend on -Xmx
    assertEquals(4L << 20, reader.wholeInputBytes());
    assertEquals(AirForceCsvReader.DEFAULT_WHOLE_INPUT_BYTES, reader.wholeInputBytes());
    assertEquals(AirForceCsvReader.DEFAULT_GROUPING_WINDOW, reader.groupingWindow());
    AirForceCsvReader given = reader.withGroupingWindow(7);
    assertEquals(0, given.wholeInputBytes());
    assertEquals(7, given.groupingWindow());
    assertEquals(0, given.withZone(java.time.ZoneOffset.UTC).wholeInputBytes(), "kept by copies");
    assertTrue(reader.toString().contains("whole up to " + reader.wholeInputBytes() + " bytes"),
        reader::toString);
    // two ranges: what is shorter is not cut, and is grouped whole
    assertEquals(2L * 4096, reader.withRangeBytes(4096).wholeInputBytes());
  }

  /**
   * A pipe given by name to {@link AirForceCsvReader#stream}: its start is read ahead, as
   * {@link AirForceCsvReader#read(InputStream, String, org.conflictstats.io.ReportSink)} reads a
   * stream's, so it gives the reports of the file (it was taken as longer than the limit).
   */
  @Test
  void theLazyStreamOfAPipeReadsItsStartAhead() throws Exception {
    Assumptions.assumeTrue(new File("/usr/bin/mkfifo").canExecute(), "no mkfifo: skipping");
    Path fifo = dir.resolve("fifo");
    assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(TEXT.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.start();
    try (Stream<?> s = AirForceCsv.reader().stream(fifo, row -> { })) {
      assertEquals(1100, s.count());
    }
    writer.join();
  }

  @Test
  void theLazyStreamOfAShortFileGroupsItWhole() throws IOException {
    Path f = Files.writeString(dir.resolve("moved.csv"), TEXT, StandardCharsets.UTF_8);
    try (Stream<?> s = AirForceCsv.reader().stream(f, row -> { })) {
      assertEquals(1100, s.count());
    }
    try (Stream<?> s = AirForceCsv.reader().withWholeInputBytes(LENGTH - 1).stream(f, row -> { })) {
      assertEquals(1101, s.count());
    }
  }
}

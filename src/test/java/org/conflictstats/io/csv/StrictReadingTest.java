package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.conflictstats.io.FileChangedException;
import org.conflictstats.io.HeaderException;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strict reading, reported (issue 13): nothing read is silently changed. Each case is one that an
 * earlier reader got wrong: seconds dropped, 60 seconds accepted, far years, bytes that are not
 * UTF-8 turned into U+FFFD, a repeated dict key that kept its last value, a header without a
 * required column counted as a row, {@code /dev/null} as one row, a pipe that could not be read,
 * and a file that shrank under the reader read as a memory fault.
 */
final class StrictReadingTest {

  private static final String HEADER = AirForceCsvBadInputTest.HEADER;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-04-16 01:00:30|time has seconds, which the reader does not keep (write minutes): "
          + "'2025-04-16 01:00:30'",
      "2025-04-16 01:00:00.5|time has seconds, which the reader does not keep (write minutes): "
          + "'2025-04-16 01:00:00.5'",
      "2025-04-16 01:00:60|no such date or time: '2025-04-16 01:00:60'",
      "1899-12-31 23:00|year outside 1900-2200: '1899-12-31 23:00'",
      "2201-01-01|year outside 1900-2200: '2201-01-01'"})
  void secondsAndFarYearsRejectTheRowNamingTheCell(String time, String reason) {
    String bad = AirForceCsvBadInputTest.with(2, "time_start", time);
    ImportResult r = Fixtures.text(HEADER + "\n" + AirForceCsvBadInputTest.good(1) + "\n" + bad
        + "\n");
    assertEquals(2, r.rowsRead());
    assertEquals(1, r.rowsRejected());
    RejectedRow row = r.rejected().get(0);
    assertEquals(Optional.of("time_start"), row.field());
    assertEquals("column 'time_start': " + reason, row.reason());
  }

  @Test
  void zeroSecondsAreKeptAsTheMinute() {
    String ok = AirForceCsvBadInputTest.with(2, "time_start", "2025-04-16 01:00:00");
    ImportResult r = Fixtures.text(HEADER + "\n" + ok + "\n");
    assertEquals(0, r.rowsRejected());
    assertEquals("2025-04-16T01:00", r.reports().get(0).period().start().toString());
  }

  @Test
  void bytesThatAreNotUtf8RejectTheRowShowingThemEscaped(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((HEADER + "\n" + AirForceCsvBadInputTest.good(1) + "\n").getBytes(
        StandardCharsets.UTF_8));
    String bad = AirForceCsvBadInputTest.with(2, "target", "Kyiv\u0001X");
    byte[] badBytes = bad.getBytes(StandardCharsets.UTF_8);
    int at = bad.indexOf('\u0001');
    badBytes[at] = (byte) 0xC3; // a lead byte followed by 'X': not UTF-8
    b.writeBytes(badBytes);
    b.write('\n');
    Path f = Files.write(dir.resolve("utf8.csv"), b.toByteArray());
    InOrderOracle read = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 1, 64);
    assertEquals(1, read.counts().rowsAccepted());
    assertEquals(1, read.counts().rowsRejected());
    RejectedRow row = read.rejected().get(0);
    assertEquals(3, row.line());
    assertTrue(row.rawText().contains("Kyiv\\xC3X"), row.rawText());
    assertTrue(row.reason().contains("UTF-8"), row.reason());
    assertTrue(read.reports().stream().noneMatch(r -> r.report().toString().contains("\uFFFD")));
  }

  @Test
  void aDictKeyGivenTwiceRejectsTheCell() {
    String bad = AirForceCsvBadInputTest.with(2, "border_crossing",
        "\"{'belarus': 1, 'belarus': 2}\"");
    ImportResult r = Fixtures.text(HEADER + "\n" + bad + "\n");
    assertEquals(1, r.rowsRejected());
    assertEquals(Optional.of("border_crossing"), r.rejected().get(0).field());
    assertTrue(r.rejected().get(0).reason().contains("key 'belarus' is given twice"),
        r.rejected().get(0).reason());
  }

  @Test
  void aHeaderWithoutARequiredColumnIsAnErrorAndNoRow(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("h.csv"), HEADER.replace(",launched,", ",fired,")
        + "\n" + AirForceCsvBadInputTest.good(1) + "\n");
    HeaderException e = assertThrows(HeaderException.class, () -> AirForceCsv.reader().read(f));
    assertEquals(1, e.line());
    assertEquals(Optional.of("launched"), e.field());
  }

  @Test
  void anEmptyFileAndDevNullHaveNoRows(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    assertEquals(0, AirForceCsv.reader().read(empty).rowsRead());
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull), "no /dev/null here: skipping that half");
    ImportResult r = AirForceCsv.reader().read(devNull);
    assertEquals(0, r.rowsRead());
    assertEquals(0, r.reports().size());
  }

  @Test
  void aNamedPipeIsReadAsAStream(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: skipping");
      return;
    }
    assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed: skipping");
    String text = HEADER + "\n" + AirForceCsvBadInputTest.good(1) + "\n"
        + AirForceCsvBadInputTest.good(2) + "\n";
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    ImportResult r = AirForceCsv.reader().read(fifo);
    writer.join(10_000);
    assertEquals(2, r.rowsAccepted());
    assertEquals(2, r.reports().size());
  }

  /**
   * A file truncated while it is read: in ranges on several threads (the sink truncates it at the
   * first merge, while later ranges are still to be read) and in order (the sink truncates it at the
   * first rejected row, before the scanner's next buffer). Both give a {@link FileChangedException}
   * naming the file, never a memory fault or a short read taken as the end.
   */
  @Test
  void aFileThatShrinksWhileReadIsAFileChangedException(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append(AirForceCsvBadInputTest.with(0, "launched", "abc")).append('\n');
    for (int i = 1; i <= 20_000; i++) {
      text.append(AirForceCsvBadInputTest.good(i)).append('\n');
    }
    for (boolean ranged : new boolean[] {true, false}) {
      Path f = Files.writeString(dir.resolve("shrinks-" + ranged + ".csv"), text);
      AirForceCsvReader reader = ranged
          ? AirForceCsv.reader().withParallelism(2).withRangeBytes(4096)
          : AirForceCsv.reader().withParallelism(1);
      List<ImportedReport> seen = new ArrayList<>();
      ReportSink<List<ImportedReport>> truncating = new ReportSink<>() {
        boolean done;

        @Override
        public List<ImportedReport> newPart() {
          return new ArrayList<>();
        }

        @Override
        public void accept(List<ImportedReport> part, ImportedReport report) {
          part.add(report);
        }

        @Override
        public void merge(List<ImportedReport> part) {
          seen.addAll(part);
          truncate();
        }

        @Override
        public void rejected(RejectedRow row) {
          truncate();
        }

        private void truncate() {
          if (!done) {
            done = true;
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
              raf.setLength(HEADER.length() + 200);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        }
      };
      Set<Thread> before = readerThreads();
      IOException e = assertThrows(IOException.class, () -> reader.read(f, truncating));
      assertInstanceOf(FileChangedException.class, e);
      assertTrue(e.getMessage().startsWith(f + ": the file shrank while it was read"),
          e.getMessage());
      assertTrue(seen.size() < 20_000);
      assertReaderThreadsEnd(before);
    }
  }

  private static Set<Thread> readerThreads() {
    Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
    threads.removeIf(t -> !t.getName().startsWith("conflict-stats-"));
    return threads;
  }

  /**
   * The worker threads of a failed read end: none waits for ever for the line count of a range
   * that failed before counting (a liveness check, with a minute to spare).
   */
  static void assertReaderThreadsEnd(Set<Thread> before) {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    Set<Thread> left = readerThreads();
    left.removeAll(before);
    while (!left.isEmpty() && System.nanoTime() < until) {
      try {
        left.iterator().next().join(100);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        break;
      }
      left.removeIf(t -> !t.isAlive());
    }
    assertTrue(left.isEmpty(), () -> "reader threads still alive: " + left.stream()
        .map(t -> t.getName() + " " + t.getState() + " " + java.util.Arrays.toString(
            t.getStackTrace())).toList());
  }

  @Test
  void countsAreWithinTheOneLimitOfEveryInput() {
    assertEquals(org.conflictstats.model.InputLimits.MAX_COUNT, ByteCells.MAX_COUNT);
    String atLimit = AirForceCsvBadInputTest.with(1, "launched", "1000000000");
    String over = AirForceCsvBadInputTest.with(2, "launched", "1000000001");
    ImportResult r = Fixtures.text(HEADER + "\n" + atLimit + "\n" + over + "\n");
    assertEquals(1, r.rowsAccepted());
    assertEquals("column 'launched': count out of range (at most 1000000000): '1000000001'",
        r.rejected().get(0).reason());
    ImportCounts c = r.files().get(0);
    assertEquals(c.rowsRead(), c.rowsAccepted() + c.rowsRejected());
  }

  /**
   * An {@link Error} on a worker thread (out of memory, say, while a range is read) reaches the
   * caller as itself, not wrapped, so that the command line can name it; the threads stop.
   */
  @Test
  void anErrorOnAWorkerThreadReachesTheCallerAsItself(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= 2_000; i++) {
      text.append(AirForceCsvBadInputTest.good(i)).append('\n');
    }
    Path f = Files.writeString(dir.resolve("error.csv"), text);
    ReportSink<List<ImportedReport>> failing = new ReportSink<>() {
      @Override
      public List<ImportedReport> newPart() {
        // a range's part is made on the worker thread that reads the range
        if (Thread.currentThread().getName().equals("conflict-stats-reader")) {
          throw new OutOfMemoryError("Java heap space (test)");
        }
        return new ArrayList<>();
      }

      @Override
      public void accept(List<ImportedReport> part, ImportedReport report) {
        part.add(report);
      }

      @Override
      public void merge(List<ImportedReport> part) {}
    };
    AirForceCsvReader reader = AirForceCsv.reader().withParallelism(2).withRangeBytes(4096);
    OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> reader.read(f, failing));
    assertEquals("Java heap space (test)", e.getMessage());
  }
}

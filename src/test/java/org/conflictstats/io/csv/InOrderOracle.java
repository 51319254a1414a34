package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;

/**
 * Everything a read gives (reports with their row locations, rejected rows, warnings, counts, or the
 * exception), so that reads of one file by different paths can be compared whole. Used by
 * {@link ParallelReadTest} and {@link ParallelReadProperties}.
 *
 * @param reports the reports in the order given
 * @param rejected the rejected rows in the order given
 * @param warnings the warnings in the order given
 * @param counts the counts, or null when the read threw
 * @param failure the exception's message, or null
 */
record InOrderOracle(List<ImportedReport> reports, List<RejectedRow> rejected,
    List<ImportWarning> warnings, ImportCounts counts, String failure) {

  /** Reads a file by path with the reader as it is. */
  static InOrderOracle byPath(AirForceCsvReader reader, Path file) {
    Collect c = new Collect();
    try {
      ImportCounts counts = reader.read(file, c);
      return c.done(counts, null);
    } catch (ImportException | IOException e) {
      return c.done(null, e.getMessage());
    }
  }

  /** Reads a file as a stream (as standard input is read), in order, under the file's name. */
  static InOrderOracle byStream(AirForceCsvReader reader, Path file) {
    Collect c = new Collect();
    try (InputStream in = Files.newInputStream(file)) {
      ImportCounts counts = reader.read(in, file.toString(),
          org.conflictstats.io.ReportSink.of(c));
      return c.done(counts, null);
    } catch (ImportException | IOException e) {
      return c.done(null, e.getMessage());
    }
  }

  /** Asserts that every path of the reader gives the same read of the file. */
  static InOrderOracle assertSameOnEveryPath(AirForceCsvReader reader, Path file,
      int... rangeSizes) {
    InOrderOracle inOrder = byPath(reader.withParallelism(1), file);
    assertSame(inOrder, byStream(reader, file), "stream");
    for (int size : rangeSizes) {
      for (int threads : new int[] {2, 3}) {
        InOrderOracle ranged = byPath(reader.withParallelism(threads).withRangeBytes(size), file);
        assertSame(inOrder, ranged, threads + " threads, ranges of " + size + " bytes");
      }
    }
    return inOrder;
  }

  static void assertSame(InOrderOracle expected, InOrderOracle actual, String path) {
    assertEquals(expected.failure, actual.failure, path + ": failure");
    if (expected.failure != null) {
      return; // what came before the failure is delivered in parts of different sizes
    }
    assertEquals(expected.counts, actual.counts, path + ": counts");
    assertEquals(expected.rejected, actual.rejected, path + ": rejected rows");
    assertEquals(expected.warnings, actual.warnings, path + ": warnings");
    assertEquals(expected.reports.size(), actual.reports.size(), path + ": number of reports");
    for (int i = 0; i < expected.reports.size(); i++) {
      assertEquals(expected.reports.get(i), actual.reports.get(i), path + ": report " + i);
    }
  }

  private static final class Collect implements ImportHandler {
    final List<ImportedReport> reports = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();
    final List<ImportWarning> warnings = new ArrayList<>();

    @Override
    public void report(ImportedReport report) {
      reports.add(report);
    }

    @Override
    public void rejected(RejectedRow row) {
      rejected.add(row);
    }

    @Override
    public void warning(ImportWarning warning) {
      warnings.add(warning);
    }

    InOrderOracle done(ImportCounts counts, String failure) {
      return new InOrderOracle(reports, rejected, warnings, counts, failure);
    }
  }
}

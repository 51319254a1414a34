package org.conflictstats.cli;

import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.json.JsonLinesReader;
import org.conflictstats.io.json.JsonLinesWriter;
import org.conflictstats.io.json.JsonReadMode;
import org.conflictstats.io.json.JsonReadOptions;
import org.conflictstats.io.json.JsonRejectedLine;
import org.conflictstats.io.json.JsonReadWarning;
import org.conflictstats.io.json.ReportJsonException;
import org.conflictstats.model.StrikeReport;

/**
 * Reads and writes the library's JSON Lines for the tool, in the same {@link ImportResult} terms as
 * the Air Force CSV. For JSON Lines a report is one document on one line, so every weapon line of a
 * report points at that line, and the rows accepted are the weapon lines of the accepted reports.
 */
final class JsonLinesInput {

  private JsonLinesInput() {}

  static ImportResult read(Reader in, String name, ImportMode mode) {
    JsonReadOptions options = JsonReadOptions.of(
        mode == ImportMode.STRICT ? JsonReadMode.STRICT : JsonReadMode.LENIENT);
    List<ImportedReport> imported = new ArrayList<>();
    long lines = 0;
    try (JsonLinesReader reader = JsonLinesReader.of(in, name, options)) {
      Iterator<StrikeReport> it = reader.iterator();
      while (it.hasNext()) {
        StrikeReport report = it.next();
        FileLocation at = FileLocation.of(name, reader.linesRead());
        imported.add(ImportedReport.of(report,
            Collections.nCopies(Math.max(1, report.lines().size()), at)));
        lines += report.lines().size();
      }
      List<RejectedRow> rejected = new ArrayList<>();
      for (JsonRejectedLine r : reader.rejected()) {
        rejected.add(RejectedRow.of(FileLocation.of(name, r.line()), r.field(), r.rawText(),
            r.reason()));
      }
      List<ImportWarning> warnings = new ArrayList<>();
      for (JsonReadWarning w : reader.warnings()) {
        warnings.add(ImportWarning.ofFile(name, w.toString()));
      }
      return ImportResult.of(imported, rejected, warnings,
          List.of(ImportCounts.of(name, lines, rejected.size(), imported.size())));
    } catch (ReportJsonException e) {
      throw new CliException(e.getMessage(), ExitCode.FINDINGS, e);
    }
  }

  static void write(List<StrikeReport> reports, Writer out) {
    JsonLinesWriter writer = JsonLinesWriter.of(out);
    writer.writeAll(reports);
    writer.flush();
  }
}

package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.StrikeReport;

/**
 * Writes what a read gives beside its reports, for {@link ConflictStatsModule}: rejected rows,
 * warnings, per-file counts, located reports and whole results. Keys in snake_case, as the
 * command-line tool's JSON; what is absent is {@code null}.
 *
 * <pre>{@code
 * ImportJson.writeRejected(g, row); // {"file":"a.csv","line":7,"field":"launched","raw":"...","reason":"..."}
 * }</pre>
 */
final class ImportJson {

  private ImportJson() {}

  static void writeLocation(JsonGenerator g, FileLocation l) throws IOException {
    g.writeStartObject();
    JsonText.field(g, "file", l.file());
    g.writeNumberField("line", l.line());
    g.writeEndObject();
  }

  static void writeRejected(JsonGenerator g, RejectedRow r) throws IOException {
    g.writeStartObject();
    JsonText.field(g, "file", r.location().file());
    g.writeNumberField("line", r.location().line());
    text(g, "field", r.field());
    JsonText.field(g, "raw", r.rawText());
    JsonText.field(g, "reason", r.reason());
    g.writeEndObject();
  }

  static void writeWarning(JsonGenerator g, ImportWarning w) throws IOException {
    g.writeStartObject();
    JsonText.field(g, "file", w.file());
    line(g, w.line());
    JsonText.field(g, "message", w.message());
    g.writeEndObject();
  }

  static void writeCounts(JsonGenerator g, ImportCounts c) throws IOException {
    g.writeStartObject();
    JsonText.field(g, "file", c.file());
    g.writeNumberField("rows_read", c.rowsRead());
    g.writeNumberField("rows_accepted", c.rowsAccepted());
    g.writeNumberField("rows_rejected", c.rowsRejected());
    g.writeNumberField("reports", c.reports());
    g.writeEndObject();
  }

  static void writeImported(ReportEncoder reports, JsonGenerator g, ImportedReport r)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName("report");
    reports.write(g, r.report());
    g.writeArrayFieldStart("rows");
    for (FileLocation l : r.rows()) {
      writeLocation(g, l);
    }
    g.writeEndArray();
    g.writeFieldName("no_lines_at");
    if (r.noLinesAt().isPresent()) {
      writeLocation(g, r.noLinesAt().get());
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  static void writeResult(ReportEncoder reports, JsonGenerator g, ImportResult r)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("files");
    for (ImportCounts c : r.files()) {
      writeCounts(g, c);
    }
    g.writeEndArray();
    g.writeNumberField("rows_read", r.rowsRead());
    g.writeNumberField("rows_accepted", r.rowsAccepted());
    g.writeNumberField("rows_rejected", r.rowsRejected());
    g.writeBooleanField("complete", r.isComplete());
    g.writeArrayFieldStart("reports");
    for (StrikeReport report : r.reports()) {
      reports.write(g, report);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rejected");
    for (RejectedRow row : r.rejected()) {
      writeRejected(g, row);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (ImportWarning w : r.warnings()) {
      writeWarning(g, w);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      JsonText.field(g, name, v.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void line(JsonGenerator g, OptionalLong v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField("line", v.getAsLong());
    } else {
      g.writeNullField("line");
    }
  }
}

package org.conflictstats.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.conflictstats.io.csv.CsvCells;

/**
 * Writes the findings of {@code validate} one at a time, as they come, in the chosen format: a line
 * of text each, CSV rows under a header, or one JSON array written element by element. Not
 * thread-safe.
 */
final class FindingWriter {

  private final OutputFormat format;
  private final Writer out;
  private JsonGenerator json;

  FindingWriter(OutputFormat format, Writer out) {
    this.format = format;
    this.out = out;
  }

  void start() throws IOException {
    if (format == OutputFormat.CSV) {
      out.write("file,line,report,severity,code,path,message,value\n");
    } else if (format == OutputFormat.JSON) {
      json = new JsonFactory().createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
    }
  }

  void write(Located l) {
    try {
      switch (format) {
        case CSV:
          out.write(String.join(",", CsvCells.quote(l.file()), Long.toString(l.line()),
              CsvCells.quote(l.report()), l.severity(), l.code(), CsvCells.quote(l.path()),
              CsvCells.quote(l.message()), CsvCells.quote(l.value().orElse(""))) + "\n");
          break;
        case JSON:
          json.writeStartObject();
          json.writeStringField("file", l.file());
          json.writeNumberField("line", l.line());
          json.writeStringField("report", l.report());
          json.writeStringField("severity", l.severity());
          json.writeStringField("code", l.code());
          json.writeStringField("path", l.path());
          json.writeStringField("message", l.message());
          if (l.value().isPresent()) {
            json.writeStringField("value", l.value().get());
          }
          json.writeEndObject();
          break;
        default:
          out.write(l.file() + ":" + l.line() + "  " + l.severity().toUpperCase(Locale.ROOT)
              + "  " + l.code() + (l.path().isEmpty() ? "" : "  " + l.path()) + "  "
              + l.message() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void end() throws IOException {
    if (json != null) {
      json.writeEndArray();
      json.close();
      out.write("\n");
    }
    out.flush();
  }
}

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
 * of text each (control characters escaped, echoed input cut: see {@link Terminal}), CSV rows under
 * a header (cells a spreadsheet would read as formulas written as text), or one JSON array written
 * element by element. Not thread-safe.
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
          // line 0: a warning of the whole file (READ_WARNING), at no row
          out.write(String.join(",", text(l.file()), l.line() > 0 ? Long.toString(l.line()) : "",
              text(l.report()),
              l.severity(), l.code(), text(l.path()), text(l.message()),
              text(l.value().orElse(""))) + "\n");
          break;
        case JSON:
          json.writeStartObject();
          json.writeStringField("file", l.file());
          if (l.line() > 0) {
            json.writeNumberField("line", l.line());
          } else {
            json.writeNullField("line");
          }
          // every object has every field; what the CSV leaves empty is null
          textOrNull("report", l.report());
          json.writeStringField("severity", l.severity());
          json.writeStringField("code", l.code());
          textOrNull("path", l.path());
          json.writeStringField("message", l.message());
          textOrNull("value", l.value().orElse(""));
          json.writeEndObject();
          break;
        default:
          // one line per finding, whatever the input holds
          out.write(Terminal.oneLine(l.file()) + (l.line() > 0 ? ":" + l.line() : "") + "  "
              + l.severity().toUpperCase(Locale.ROOT) + "  " + l.code()
              + (l.path().isEmpty() ? "" : "  " + Terminal.oneLine(l.path())) + "  "
              // cut as a warning of standard error is: the tool's words whole (rv51d)
              + Terminal.cut(Terminal.quoted(l.message()), Terminal.WARNING_LIMIT) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void textOrNull(String name, String value) throws IOException {
    if (value.isEmpty()) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, value);
    }
  }

  /** A CSV text cell; one a spreadsheet would read as a formula is written as text. */
  private static String text(String cell) {
    return CsvCells.quote(cell, CsvCells.Formulas.AS_TEXT);
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

package org.conflictstats.cli;

import java.io.Reader;
import java.io.Writer;
import java.util.List;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.json.JsonLinesReader;
import org.conflictstats.io.json.JsonLinesWriter;
import org.conflictstats.io.json.JsonReadOptions;
import org.conflictstats.model.StrikeReport;

/** Reads and writes the library's JSON Lines for the tool. */
final class JsonLinesInput {

  private JsonLinesInput() {}

  static ImportResult read(Reader in, String name, ImportMode mode) {
    return JsonLinesReader.readAll(in, name, JsonReadOptions.of(mode));
  }

  static void write(List<StrikeReport> reports, Writer out) {
    JsonLinesWriter writer = JsonLinesWriter.of(out);
    writer.writeAll(reports);
    writer.flush();
  }
}

package org.conflictstats.cli;

import java.io.PrintWriter;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;

/**
 * How {@code report} reads its inputs: whole, into memory, through the same reading as every
 * command (the HTML report lists findings and columns over the whole input). The one place to change
 * when the report learns to stream.
 */
final class WholeInputs {

  private WholeInputs() {}

  static ImportResult read(InputOptionsMixin inputs, PrintWriter err) {
    ImportResult.Builder all = ImportResult.builder();
    Inputs.Totals totals = inputs.open(err).readInto(ReportSink.of(all), Detail.all());
    totals.files().forEach(all::addCounts);
    return all.build();
  }
}

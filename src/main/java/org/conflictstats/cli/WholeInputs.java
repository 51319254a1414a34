package org.conflictstats.cli;

import java.io.PrintWriter;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;

/**
 * How {@code report} reads its inputs: whole, into memory, through the same reading as every
 * command (the HTML report lists findings and columns over the whole input), each report once. The
 * one place to change when the report learns to stream.
 */
final class WholeInputs {

  private WholeInputs() {}

  static ImportResult read(InputOptionsMixin inputs, PrintWriter err, DistinctReports distinct,
      ScopeOptions scope) {
    Inputs in = inputs.open(err);
    ImportResult.Builder[] all = new ImportResult.Builder[1];
    Inputs.Read<?> read = in.readDistinct(() -> {
      all[0] = ImportResult.builder();
      return ReportSink.of(all[0]);
    }, Detail.all(), distinct);
    scope.checkNames(in.sourcesSeen());
    IdentityOptions.report(err, read.identity());
    read.totals().files().forEach(all[0]::addCounts);
    return all[0].build();
  }
}

package org.conflictstats.cli;

import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.csv.AirForceCsvWriter;
import org.conflictstats.model.StrikeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convert}: Air Force CSV to the library's JSON Lines, and back. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Converts the inputs to conflict-stats JSON Lines (lossless) or to the Air Force"
        + " CSV (late-2026 layout; casualties, notes and ranges the CSV cannot hold are reported"
        + " on standard error)."})
final class ConvertCommand implements Callable<Integer> {

  /** The formats convert writes. */
  enum Target {
    /** conflict-stats JSON Lines. */
    JSONL,
    /** The Air Force CSV. */
    CSV
  }

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Option(names = "--to", paramLabel = "FORMAT", required = true,
      description = "jsonl or csv.")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  java.nio.file.Path output;

  @Override
  public Integer call() {
    ImportResult imported = inputs.open(spec.commandLine().getErr()).readAll();
    List<StrikeReport> reports = imported.reports();
    OutputOptions sink = new OutputOptions();
    sink.output = output;
    sink.write(spec, out -> write(out, reports));
    spec.commandLine().getErr().println("conflict-stats: converted " + reports.size()
        + " reports (" + imported.rowsAccepted() + " rows) to " + to.name().toLowerCase());
    return ExitCode.OK;
  }

  private void write(Writer out, List<StrikeReport> reports) throws java.io.IOException {
    if (to == Target.CSV) {
      AirForceCsvWriter writer = AirForceCsv.writer().withZone(inputs.options.zone);
      List<List<String>> losses = reports.stream().map(writer::losses)
          .filter(l -> !l.isEmpty()).toList();
      if (!losses.isEmpty()) {
        spec.commandLine().getErr().println("conflict-stats: " + losses.size() + " reports hold"
            + " what the Air Force CSV cannot (casualties, notes, ranges); e.g. " + losses.get(0));
      }
      writer.write(reports, out);
    } else {
      JsonLinesInput.write(reports, out);
    }
  }
}

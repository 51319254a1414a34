package org.conflictstats.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.validation.FieldPath;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.Severity;
import org.conflictstats.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: every finding of the standard validator, and every rejected row. */
@Command(name = "validate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    description = {"Lists every validation finding (file, line, report, severity, code, path,"
        + " message) and every rejected row, then one summary line.",
        "With a filter, only the reports it passes (their date, and one line at least) are"
        + " checked, each whole; rejected rows are listed whatever the filter.",
        "Exit 1 when a finding reaches the --fail-on severity."})
final class ValidateCommand implements Callable<Integer> {

  /** The code under which rows the reader set aside are listed. */
  static final String REJECTED_ROW = "REJECTED_ROW";

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Mixin
  OutputOptions output;

  @Mixin
  FilterOptions.Filters filters;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 1 when a finding is at least this severe: error, warning or info"
          + " (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Validator validator = Validator.standard();
    ReportFilter filter = filters.filter(inputs.options.catalog());
    Attribution attribution = Attribution.standard().withZone(inputs.options.zone);
    long[] bySeverity = new long[Severity.values().length];
    long[] reports = new long[1];
    long[] filteredOut = new long[1];
    long[] rejected = new long[1];
    output.write(spec, out -> {
      FindingWriter writer = new FindingWriter(output.format, out);
      writer.start();
      ReportSink<Checked> sink = new ReportSink<>() {
        @Override
        public Checked newPart() {
          return new Checked();
        }

        @Override
        public void accept(Checked part, ImportedReport report) {
          // on the reader's threads: validate here, print in order at the merge; a report the
          // filter passes (its date, and one line at least) is checked whole
          if (!filter.isAll() && filter.apply(report.report(),
              attribution.dateOf(report.report().period())).isEmpty()) {
            part.filteredOut++;
            return;
          }
          part.reports++;
          for (Finding f : validator.validate(report.report()).findings()) {
            FileLocation at = locate(report, f.path());
            part.found.add(new Located(at.file(), at.line(), f.reportId(), lower(f.severity()),
                f.code(), f.path().toString(), f.message(), f.value()));
            part.bySeverity[f.severity().ordinal()]++;
          }
        }

        @Override
        public void merge(Checked part) {
          reports[0] += part.reports;
          filteredOut[0] += part.filteredOut;
          for (int i = 0; i < bySeverity.length; i++) {
            bySeverity[i] += part.bySeverity[i];
          }
          part.found.forEach(writer::write);
        }

        @Override
        public void rejected(RejectedRow row) {
          rejected[0]++;
          writer.write(new Located(row.file(), row.line(), "", "error", REJECTED_ROW,
              row.field().orElse(""), row.reason(), Optional.empty()));
        }
      };
      filters.readInto(inputs.open(err), sink, Detail.none());
      writer.end();
    });
    long errors = bySeverity[Severity.ERROR.ordinal()];
    String summary = reports[0] + " reports checked" + (filter.isAll() ? ""
        : " (" + filteredOut[0] + " left out by the filter: " + filter + ")")
        + ": " + errors + " errors, "
        + bySeverity[Severity.WARNING.ordinal()] + " warnings, "
        + bySeverity[Severity.INFO.ordinal()] + " infos; " + rejected[0] + " rows rejected";
    err.println(summary);
    Severity highest = null;
    for (Severity s : Severity.values()) {
      if (bySeverity[s.ordinal()] > 0 && (highest == null || s.isAtLeast(highest))) {
        highest = s;
      }
    }
    boolean fails = highest != null && highest.isAtLeast(failOn);
    return fails ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private static FileLocation locate(ImportedReport report, FieldPath path) {
    List<FieldPath.Node> nodes = path.nodes();
    if (!nodes.isEmpty() && nodes.get(0).name().equals("lines") && nodes.get(0).index().isPresent()
        && nodes.get(0).index().getAsInt() < report.rows().size()) {
      return report.locationOfLine(nodes.get(0).index().getAsInt());
    }
    return report.location();
  }

  /** The findings of the reports of one part of the input. */
  private static final class Checked {
    long reports;
    long filteredOut;
    final long[] bySeverity = new long[Severity.values().length];
    final List<Located> found = new ArrayList<>();
  }

  private static String lower(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}

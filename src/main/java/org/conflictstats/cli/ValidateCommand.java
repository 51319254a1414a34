package org.conflictstats.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.csv.CsvCells;
import org.conflictstats.validation.FieldPath;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.Severity;
import org.conflictstats.validation.ValidationResult;
import org.conflictstats.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: every finding of the standard validator, and every rejected row. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Lists every validation finding (file, line, report, severity, code, path,"
        + " message) and every rejected row, then one summary line.",
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

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 1 when a finding is at least this severe: error, warning or info"
          + " (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ImportResult imported = inputs.open(err).readAll();
    Validator validator = Validator.standard();
    List<Located> found = new ArrayList<>();
    for (RejectedRow row : imported.rejected()) {
      found.add(new Located(row.file(), row.line(), "", "error", REJECTED_ROW,
          row.field().orElse(""), row.reason(), Optional.empty()));
    }
    ValidationResult all = ValidationResult.empty();
    for (ImportedReport report : imported.imported()) {
      ValidationResult result = validator.validate(report.report());
      all = all.merge(result);
      for (Finding f : result.findings()) {
        FileLocation at = locate(report, f.path());
        found.add(new Located(at.file(), at.line(), f.reportId(), lower(f.severity()), f.code(),
            f.path().toString(), f.message(), f.value()));
      }
    }
    output.write(spec, out -> print(out, found));
    long rejected = imported.rowsRejected();
    String summary = imported.reports().size() + " reports checked: "
        + all.count(Severity.ERROR) + " errors, " + all.count(Severity.WARNING) + " warnings, "
        + all.count(Severity.INFO) + " infos; " + rejected + " rows rejected";
    err.println(summary);
    boolean fails = rejected > 0 || all.highest().map(s -> s.isAtLeast(failOn)).orElse(false);
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

  private void print(Writer out, List<Located> found) throws IOException {
    switch (output.format) {
      case CSV:
        out.write("file,line,report,severity,code,path,message,value\n");
        for (Located l : found) {
          out.write(String.join(",", CsvCells.quote(l.file()), Long.toString(l.line()), CsvCells.quote(l.report()),
              l.severity(), l.code(), CsvCells.quote(l.path()), CsvCells.quote(l.message()), CsvCells.quote(l.value().orElse("")))
              + "\n");
        }
        break;
      case JSON:
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.useDefaultPrettyPrinter();
          g.writeStartArray();
          for (Located l : found) {
            g.writeStartObject();
            g.writeStringField("file", l.file());
            g.writeNumberField("line", l.line());
            g.writeStringField("report", l.report());
            g.writeStringField("severity", l.severity());
            g.writeStringField("code", l.code());
            g.writeStringField("path", l.path());
            g.writeStringField("message", l.message());
            if (l.value().isPresent()) {
              g.writeStringField("value", l.value().get());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        out.write("\n");
        break;
      default:
        for (Located l : found) {
          out.write(l.file() + ":" + l.line() + "  " + l.severity().toUpperCase(Locale.ROOT)
              + "  " + l.code() + (l.path().isEmpty() ? "" : "  " + l.path()) + "  " + l.message()
              + "\n");
        }
    }
  }

  private static String lower(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}

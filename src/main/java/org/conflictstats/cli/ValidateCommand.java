package org.conflictstats.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.IdentityEvent;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.SourceKind;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.OverlapPair;
import org.conflictstats.stats.OverlapParts;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.SourceOverlap;
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
    header = "Lists validation findings, copies and revisions, and rejected rows.",
    description = {"Lists every validation finding (file, line, report, severity, code, path,"
        + " message, value), then the copies and revisions of reports, then every rejected row"
        + " and reader's warning, then one summary line; the same lines in the same order however"
        + " the input is read (a file, standard input, on one core or several).",
        "With a filter, only the reports it passes (their date, and one line at least) are"
        + " checked, each whole; rejected rows are listed whatever the filter.",
        "The reports are also compared with each other, each naming the other's file and line in"
        + " its value: a report given again, the same post and period with the same lines"
        + " (DUPLICATE_REPORT, info) or other lines (REVISED_REPORT, warning), whatever the"
        + " filter; a report that gives the post of an earlier input's report for another period"
        + " (OTHER_PERIOD, warning: a corrected period counts the report twice); and two reports of different posts whose periods overlap and which count the"
        + " same weapons (OVERLAPPING_REPORTS, warning), each compared with the 1,024 before it.",
        "Exit 1 when a finding reaches the --fail-on severity, or a row was rejected (listed as"
        + " an error, REJECTED_ROW).",
        "The reader's warnings (such as a column given twice, rows apart from their report or"
        + " given again, a row the same as another of its report, blank lines skipped) are listed"
        + " after the rejected rows, as warnings, READ_WARNING: those of a header first, those"
        + " about rows each at its first row's line; one of the whole file has no line."})
final class ValidateCommand implements Callable<Integer> {

  /** The code under which rows the reader set aside are listed. */
  static final String REJECTED_ROW = "REJECTED_ROW";

  /** The code under which the reader's warnings are listed. */
  static final String READ_WARNING = "READ_WARNING";

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Mixin
  OutputOptions output;

  @Mixin
  FilterOptions.Filters filters;

  @Mixin
  IdentityOptions identity;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 1 when a finding is at least this severe: info, warning or error"
          + " (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    output.formatFromName(spec);
    Validator validator = Validator.standard();
    ReportFilter filter = filters.filter(inputs.options.catalog());
    Attribution attribution = Attribution.standard().withZone(inputs.options.zone);
    long[] bySeverity = new long[Severity.values().length];
    long[] reports = new long[1];
    long[] filteredOut = new long[1];
    long[] rejected = new long[1];
    long[] compared = new long[4]; // copies, revisions, overlapping pairs, other periods
    Inputs in = inputs.openListingUnreadable(err); // '-' twice is refused before any output
    output.write(spec, out -> {
      FindingWriter writer = new FindingWriter(output.format, out);
      writer.start();
      OverlapParts<Located, Located> pairs =
          OverlapParts.of(SourceOverlap.DEFAULT_WINDOW, ValidateCommand::overlap);
      // each part's findings wait for its merge in a buffer that goes to disk past a limit; the
      // buffers of parts not merged (the read failed) are removed at the end
      int limit = FindingBuffer.defaultLimit();
      Set<FindingBuffer> open = ConcurrentHashMap.newKeySet();
      // rejected rows and the reader's warnings reach the sink when the reader meets them, which
      // is earlier or later among the reports' findings depending on how the input was cut into
      // ranges: they are listed after every finding, as the reader gives them (in input order,
      // a file's closing warnings last), so that every path prints the same
      FindingBuffer fromReader = new FindingBuffer(limit);
      open.add(fromReader);
      // copies and revisions are told in input order, but at a part's merge, before its findings:
      // where among the findings depends on the cut too, so they are listed after them
      FindingBuffer copies = new FindingBuffer(limit);
      open.add(copies);
      ReportSink<Checked> sink = new ReportSink<>() {
        @Override
        public Checked newPart() {
          FindingBuffer buffer = new FindingBuffer(limit);
          open.add(buffer);
          return new Checked(pairs.newPart(buffer), buffer);
        }

        @Override
        public void accept(Checked part, ImportedReport report) {
          // on the reader's threads: validate here, print in order at the merge; a report the
          // filter passes (its date, and one line at least) is checked whole
          if (!filter.isAll() && !filter.passes(report.report(),
              attribution.dateOf(report.report().period()))) {
            part.filteredOut++;
            return;
          }
          part.reports++;
          List<Located> found = new ArrayList<>();
          for (Finding f : validator.validate(report.report()).findings()) {
            FileLocation at = report.locationOf(f.path().lineIndex());
            found.add(new Located(at.file(), at.line(), f.reportId(), lower(f.severity()),
                f.code(), f.path().toString(), f.message(), f.value()));
            part.bySeverity[f.severity().ordinal()]++;
          }
          if (report.rows().isEmpty()) {
            part.overlaps.add(report.report(), found); // no row to name it by in a pair
            return;
          }
          // what the report is known by in a pair: its first row
          Located here = new Located(report.location().file(), report.location().line(),
              report.report().id(), "warning", OverlapPair.CODE, "period", "", Optional.empty());
          part.overlaps.add(report.report(), here, found);
        }

        @Override
        public void merge(Checked part) {
          reports[0] += part.reports;
          filteredOut[0] += part.filteredOut;
          for (int i = 0; i < bySeverity.length; i++) {
            bySeverity[i] += part.bySeverity[i];
          }
          // each report's findings, then its pairs with the reports before it, in input order
          long found = pairs.merge(part.overlaps, writer::write); // drains and closes its buffer
          open.remove(part.buffer);
          compared[2] += found;
          bySeverity[Severity.WARNING.ordinal()] += found;
        }

        @Override
        public void rejected(RejectedRow row) {
          rejected[0]++;
          // its value is its raw text (the CSV and JSON carry it; the table does not)
          fromReader.add(new Located(row.file(), row.line(), "", "error", REJECTED_ROW,
              row.field().orElse(""), row.reason(),
              row.rawText().isEmpty() ? Optional.empty() : Optional.of(row.rawText())));
        }

        @Override
        public void warning(ImportWarning warning) {
          // what the reader said of the input (a column given twice and ignored, rows apart from
          // their report, blank lines): a finding, so that --fail-on warning sees it (rv51b)
          bySeverity[Severity.WARNING.ordinal()]++;
          fromReader.add(new Located(warning.file(), warning.line().orElse(0), "", "warning",
              READ_WARNING, "", warning.message(), Optional.empty()));
        }
      };
      DistinctReports distinct = identity.distinct().onEvent(e -> {
        boolean copy = e.kind() == IdentityEvent.Kind.DUPLICATE;
        compared[copy ? 0 : e.kind() == IdentityEvent.Kind.REVISION ? 1 : 3]++;
        bySeverity[(copy ? Severity.INFO : Severity.WARNING).ordinal()]++;
        copies.add(identity(e, identity.prefer));
      });
      try {
        filters.listDistinct(in, sink, Detail.none(), distinct);
        copies.drainTo(writer::write);
        fromReader.drainTo(writer::write);
      } finally {
        open.forEach(FindingBuffer::close);
      }
      writer.end();
    });
    long errors = bySeverity[Severity.ERROR.ordinal()];
    String summary = Words.counted(reports[0], "report") + " checked" + (filter.isAll() ? ""
        : " (" + Words.number(filteredOut[0]) + " left out by the filter: " + filter + ")")
        + ": " + Words.counted(errors, "error") + ", "
        + Words.counted(bySeverity[Severity.WARNING.ordinal()], "warning") + ", "
        + Words.counted(bySeverity[Severity.INFO.ordinal()], "info") + "; "
        + Words.counted(rejected[0], "row") + " rejected"
        + (compared[0] + compared[1] + compared[2] + compared[3] == 0 ? ""
            : "; compared with each other: " + Words.counted(compared[0], "copy") + ", "
            + Words.counted(compared[1], "revision") + ", "
            + (compared[3] == 0 ? "" : Words.counted(compared[3], "other period") + ", ")
            + Words.counted(compared[2], "overlapping pair"));
    // a line of standard error as every other: it starts with the tool's name (rv51b)
    err.println("conflict-stats: " + summary);
    Severity highest = null;
    for (Severity s : Severity.values()) {
      if (bySeverity[s.ordinal()] > 0 && (highest == null || s.isAtLeast(highest))) {
        highest = s;
      }
    }
    // a rejected row is listed as an error (REJECTED_ROW), so it fails as an error finding does:
    // every --fail-on severity is at most an error
    boolean fails = highest != null && highest.isAtLeast(failOn) || rejected[0] > 0;
    return fails ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** The findings of the reports of one part of the input, with their overlapping pairs. */
  private static final class Checked {
    long reports;
    long filteredOut;
    final long[] bySeverity = new long[Severity.values().length];
    final OverlapParts.Part<Located, Located> overlaps;
    final FindingBuffer buffer;

    Checked(OverlapParts.Part<Located, Located> overlaps, FindingBuffer buffer) {
      this.overlaps = overlaps;
      this.buffer = buffer;
    }
  }

  /** A report given again, as a finding at its first row naming the earlier one. */
  private static Located identity(IdentityEvent e, DistinctReports.Prefer prefer) {
    boolean copy = e.kind() == IdentityEvent.Kind.DUPLICATE;
    // the same place twice: the file was given twice
    String earlier = e.earlier() + (e.earlier().equals(e.at()) ? " in an input before (the file"
        + " given again)" : "");
    if (e.kind() == IdentityEvent.Kind.OTHER_PERIOD) {
      return new Located(e.at().file(), e.at().line(), e.key().toString(), "warning",
          e.kind().code(), "", "gives the post of the report at " + earlier + " for another"
          + " period: both count (one report counted twice if a release corrected the period)",
          Optional.of(e.earlier().toString()));
    }
    String message = copy
        // or some of its rows, given again in one input (a partial copy: review rv46d)
        ? "repeats the report at " + earlier + " (same post, period and lines, or some of its"
            + " rows): counted once"
        : "revises the report at " + earlier + " (same post and period, other lines): the"
            + (prefer == DistinctReports.Prefer.LAST ? " version given last counts (--prefer)"
                : " first version counts (--prefer first)");
    return new Located(e.at().file(), e.at().line(), e.key().toString(), copy ? "info" : "warning",
        e.kind().code(), "", message, Optional.of(e.earlier().toString()));
  }

  /** Two reports of different posts that may count the same weapons, at the later one. */
  private static Located overlap(OverlapPair<Located> p) {
    Located later = p.later();
    Located earlier = p.earlier();
    StringBuilder weapons = new StringBuilder();
    for (int i = 0; i < p.weapons().size(); i++) {
      weapons.append(i == 0 ? "" : ", ").append(p.weapons().get(i).name());
    }
    String message = "overlaps the " + word(p.earlierKind()) + " report of another post at "
        + earlier.file() + ":" + earlier.line() + ": " + weapons + " may be counted twice";
    return new Located(later.file(), later.line(), later.report(), later.severity(),
        later.code(), later.path(), message, Optional.of(earlier.file() + ":" + earlier.line()));
  }

  private static String word(SourceKind kind) {
    return kind == SourceKind.NATIONAL_AIR_FORCE ? "national"
        : kind == SourceKind.REGIONAL_AIR_COMMAND ? "regional" : "other";
  }

  private static String lower(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}

package org.conflictstats.cli;

import com.google.common.io.CharStreams;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.csv.AirForceCsvWriter;
import org.conflictstats.io.csv.CsvCells;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.io.json.JsonLinesWriter;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.ReportFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convert}: Air Force CSV to the library's JSON Lines, and back. */
@Command(name = "convert", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    header = "Converts the inputs to JSON Lines or to the Air Force CSV.",
    description = {"Converts the inputs to conflict-stats JSON Lines (lossless) or to the Air Force"
        + " CSV (late-2026 layout; casualties, notes and ranges the CSV cannot hold are reported"
        + " on standard error).",
        "Every report of every input is written, copies of one report too: convert does not"
        + " count (the commands that count, given its JSON Lines, count each report once; with"
        + " --to csv and several inputs, a report given twice is told on standard error, as a CSV"
        + " makes it one report with its lines twice).",
        "With a filter, the reports it passes (their date, and one line at least), each with the"
        + " lines it passes; the upper date bound is --until, since --to names the format."})
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

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "jsonl or csv; given by the name of -o FILE ending in .jsonl or .csv when"
          + " not given (a --to the name contradicts is followed, with a warning); needed when"
          + " writing to standard output.")
  Target to;

  @Option(names = "--formula-guard", negatable = true, defaultValue = "true",
      fallbackValue = "true",
      description = "With --to csv, write a text cell that a spreadsheet would read as a formula"
          + " (starting with =, +, -, @, a tab or a carriage return) with a leading ' so that it"
          + " shows as text (the default); --no-formula-guard writes every cell as it is, for a"
          + " lossless round trip.")
  boolean formulaGuard;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  java.nio.file.Path output;

  @Mixin
  FilterOptions.ConvertFilters filters;

  @Override
  public Integer call() {
    to = OutputOptions.chosen(spec, "--to", Optional.ofNullable(to), output, Target.class)
        .orElseThrow(() -> new CliException("--to jsonl or --to csv is needed "
            + (output == null ? "to write to standard output"
                : "for " + output + ", whose name says neither (.jsonl or .csv)")
            + " (see 'conflict-stats convert --help')"));
    PrintWriter err = spec.commandLine().getErr();
    AirForceCsvWriter csv = AirForceCsv.writer().withZone(inputs.options.csvZone)
        .withFormulas(formulaGuard ? CsvCells.Formulas.AS_TEXT : CsvCells.Formulas.AS_WRITTEN)
        .withCatalog(inputs.options.catalog());
    ReportFilter filter = filters.filter(inputs.options.catalog());
    Attribution attribution = Attribution.standard().withZone(inputs.options.zone);
    long[] reports = new long[1];
    long[] rows = new long[1];
    long[] filteredReports = new long[1];
    long[] filteredLines = new long[1];
    long[] lossy = new long[1];
    long[] partialCopies = new long[1];
    String[] firstLoss = new String[1];
    IdentityCounts[] given = new IdentityCounts[1];
    Inputs in = inputs.open(err); // '-' twice is refused before any output
    OutputOptions sink = new OutputOptions();
    sink.output = output;
    sink.write(spec, out -> {
      if (to == Target.CSV) {
        out.write(csv.header());
      }
      ReportSink<Encoded> encoder = new ReportSink<>() {
        @Override
        public Encoded newPart() {
          return new Encoded(inputs.options.catalog());
        }

        @Override
        public void accept(Encoded part, ImportedReport imported) {
          // encoded on the reader's threads, written in order at the merge; with a filter, the
          // reports it passes, with the lines it passes
          StrikeReport r = imported.report();
          if (!filter.isAll()) {
            var kept = filter.apply(r, attribution.dateOf(r.period()));
            if (kept.isEmpty()) {
              part.filteredReports++;
              part.filteredLines += r.lines().size();
              return;
            }
            part.filteredLines += kept.get().droppedLines();
            r = kept.get().report();
          }
          part.reports++;
          if (imported.partialCopyOf().isPresent()) {
            part.partialCopies++;
          }
          if (to == Target.CSV) {
            part.rows += csv.appendRows(r, part.scratch);
            part.text.add(part.scratch.toString());
            List<String> losses = csv.losses(r, part.scratch); // the rows not written again
            part.scratch.setLength(0);
            if (!losses.isEmpty()) {
              part.lossy++;
              if (part.firstLoss == null) {
                // what is lost first, the report's id (often long) last
                part.firstLoss = String.join("; ", losses) + " (report " + r.id() + ")";
              }
            }
          } else {
            part.json.write(r); // into the scratch builder: one copy of the text, no lock
            part.text.add(part.scratch.toString());
            part.scratch.setLength(0);
            part.rows += r.lines().size();
          }
        }

        @Override
        public void merge(Encoded part) {
          try {
            for (String text : part.text) {
              out.append(text);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          reports[0] += part.reports;
          rows[0] += part.rows;
          filteredReports[0] += part.filteredReports;
          filteredLines[0] += part.filteredLines;
          lossy[0] += part.lossy;
          partialCopies[0] += part.partialCopies;
          if (firstLoss[0] == null) {
            firstLoss[0] = part.firstLoss;
          }
        }
      };
      if (to == Target.CSV && inputs.options.files.size() > 1) {
        // rows of one post and period make one report in a CSV: a report two inputs give comes
        // back as one with every line twice, so the copies and revisions are told (nothing is
        // dropped); with one input, no index of keys (which copies standard input to a file and
        // may read a large input twice)
        given[0] = filters.listDistinct(in, encoder, Detail.all(), DistinctReports.preferLast())
            .identity();
      } else {
        filters.readInto(in, encoder, Detail.all());
      }
      out.flush();
    });
    if (lossy[0] > 0) {
      err.println("conflict-stats: " + Words.counted(lossy[0], "report")
          + (lossy[0] == 1 ? " holds" : " hold") + " what the Air Force CSV cannot (casualties,"
          + " notes, ranges, a period of another zone whose instants it cannot keep); the first: "
          + Terminal.echo(firstLoss[0]));
    }
    if (to == Target.JSONL && partialCopies[0] > 0) {
      // the mark is the CSV reader's: a JSON Lines document holds a report, not how its rows came
      err.println("conflict-stats: warning: " + Words.counted(partialCopies[0], "report")
          + " written " + (partialCopies[0] == 1 ? "is a partial copy" : "are partial copies")
          + " of a report before it (some of its rows given again after other reports' rows),"
          + " written as given (<id>#2): read back from JSON Lines, such a report counts as a"
          + " revision, and by default replaces the report it copies rows of; remove the rows"
          + " given again before converting ('conflict-stats validate' lists the reports given"
          + " again)");
    }
    if (given[0] != null && given[0].duplicates() + given[0].revisions() > 0) {
      IdentityCounts g = given[0];
      List<String> kinds = new ArrayList<>();
      if (g.duplicates() > 0) {
        kinds.add(Words.counted(g.duplicates(), "copy"));
      }
      if (g.revisions() > 0) {
        kinds.add(Words.counted(g.revisions(), "revision"));
      }
      err.println("conflict-stats: warning: " + Words.counted(g.duplicates() + g.revisions(),
          "report") + " of the inputs " + (g.duplicates() + g.revisions() == 1 ? "is" : "are")
          + " given again (" + String.join(", ", kinds) + "), each written as given: a CSV makes"
          + " rows of one post and period one report, so read back, one given again with rows"
          + " other than the first's (a revision) holds its lines twice and counts them twice"
          + " (one given again row for row counts once); write --to jsonl, which keeps them"
          + " apart and counts each report once, or convert each input to a CSV of its own");
    }
    if (!filter.isAll()) {
      err.println("conflict-stats: left out by the filter (" + filter + "): "
          + Words.counted(filteredReports[0], "report") + ", and "
          + Words.counted(filteredLines[0], "line") + " in all");
    }
    err.println("conflict-stats: converted " + Words.counted(reports[0], "report") + " ("
        + Words.counted(rows[0], "row") + ") to " + to.name().toLowerCase(Locale.ROOT));
    return ExitCode.OK;
  }

  /**
   * The encoded text of one part of the input, a string per report: the reader holds a few parts
   * at once, and one builder for a part (a range of 8 MB of CSV is about 21 MB of JSON Lines) grew
   * by copying to twice that, in two bytes a character once a Cyrillic name came in, and ran a
   * 256 MB heap out of memory. Strings per report take what their text takes.
   */
  private static final class Encoded {
    final List<String> text = new ArrayList<>();
    final StringBuilder scratch = new StringBuilder(1 << 10);
    /** Writes a report's JSON line into {@link #scratch}. */
    final JsonLinesWriter json;
    long reports;
    long rows;
    long lossy;
    long partialCopies;
    long filteredReports;
    long filteredLines;
    String firstLoss;

    Encoded(WeaponCatalog catalog) {
      json = JsonLinesWriter.of(CharStreams.asWriter(scratch), catalog);
    }
  }
}

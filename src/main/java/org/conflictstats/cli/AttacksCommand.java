package org.conflictstats.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.stats.Attack;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.Selection;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attacks}: one row per attack, a national Air Force report (DOMAIN.md §11). Without
 * {@code --top}, rows are written in input order as the reader merges its parts; with
 * {@code --top N}, each part keeps its N largest and the merge keeps the N largest of all, so memory
 * holds N attacks per part whatever the input's size.
 */
@Command(name = "attacks", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    header = "One row per attack, in input order or the largest first.",
    description = {"One row per attack (a national Air Force report): period, report date,"
        + " launched in all and per family, neutralised, the neutralisation rate and its bounds,"
        + " the post.",
        "Without --top, in input order as read; --top N gives the N largest, by launched. With a"
        + " filter, the figures are those of the lines it passes, and an attack is listed when one"
        + " of its lines passes; the size column is the whole report's size bucket."})
final class AttacksCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Mixin
  OutputOptions output;

  @Option(names = "--top", paramLabel = "N", converter = Converters.Top.class,
      description = "Only the N largest attacks (by launched: known launched over the lines"
          + " counted), largest first; ties by report date, then report id.")
  Long top;

  @Option(names = "--include-invalid",
      description = "Keep reports with validation errors (left out by default).")
  boolean includeInvalid;

  @Mixin
  FilterOptions.Filters filters;

  @Mixin
  IdentityOptions identity;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    output.formatFromName(spec);
    ReportFilter filter = filters.filter(inputs.options.catalog());
    StatsQuery query = StatsQuery.ungrouped()
        .withScope(SourceScope.NATIONAL)
        .withAttribution(Attribution.standard().withZone(inputs.options.zone))
        .withInvalidReportsKept(includeInvalid)
        .withFilter(filter);
    List<String> notes = new ArrayList<>();
    Inputs in = inputs.open(err); // '-' twice is refused before any output
    output.write(spec, out -> {
      AttackWriter writer = new AttackWriter(output.format, out, inputs.options.zone);
      // without --top the rows are written as the parts are merged: the inputs are indexed first,
      // so that the sink gets each report once, in one reading; with it, the largest are kept
      DistinctReports distinct = top == null ? identity.distinct().indexingFirst()
          : identity.distinct();
      var read = filters.readDistinct(in,
          () -> AttackSink.of(query, top, top == null ? writer : null, includeInvalid),
          Detail.none(), distinct);
      IdentityOptions.report(err, read.identity());
      Found<?> total = read.sink().total;
      if (top != null) {
        total.largestFirst().forEach(writer::write);
      }
      // two national posts of one night: the check the tables make, on the attacks counted
      SourceOverlap overlap = read.sink().overlap();
      long rejected = read.totals().rowsRejected();
      notes.addAll(total.notes(filter, includeInvalid));
      if (writer.invalidWritten() > 0) {
        notes.add(String.format(Locale.ROOT, "Invalid: %,d of the attacks listed %s validation"
            + " errors, kept by --include-invalid (! in the table, invalid in CSV and JSON;"
            + " 'conflict-stats validate' lists them).", writer.invalidWritten(),
            writer.invalidWritten() == 1 ? "has" : "have"));
      }
      ImportCounts.rejectedNote(rejected).ifPresent(notes::add);
      if (overlap.exists()) {
        // of every attack counted, which --top lists only the largest of
        notes.add("Warning: " + (top == null ? "" : "of the attacks counted, not only those"
            + " listed: ") + overlap + ".");
        if (output.format == OutputFormat.TABLE) { // other formats give the notes on stderr
          RatesCommand.warnOverlap(err, overlap);
        }
      }
      notes.addAll(read.identity().notes());
      List<String[]> leftOut = total.leftOut();
      leftOut.add(new String[] {"rejected_rows", Long.toString(rejected)});
      writer.end(total.counted(), top, filter, leftOut, total.partMatched, overlap, notes);
    });
    if (output.format != OutputFormat.TABLE) {
      notes.forEach(n -> err.println("conflict-stats: note: " + n));
    }
    return ExitCode.OK;
  }

  /**
   * Selects and sums attacks on the reader's threads and, in order at the merge, writes them
   * (without --top) or keeps the largest.
   */
  private static final class AttackSink<A> implements ReportSink<Found<A>> {
    private final StatsQuery query;
    private final Long top;
    private final AttackWriter writer;
    /** Whether an attack with validation errors, which the query keeps, is marked. */
    private final boolean markInvalid;
    /** The ungrouped table of the same query, for its overlap check alone. */
    private final ReportSink.Collecting<StrikeReport, A, StatsTable> table;
    final Found<A> total;

    private AttackSink(StatsQuery query, Long top, AttackWriter writer, boolean markInvalid,
        ReportSink.Collecting<StrikeReport, A, StatsTable> table) {
      this.query = query;
      this.top = top;
      this.writer = writer;
      this.markInvalid = markInvalid;
      this.table = table;
      this.total = new Found<>(top, null);
    }

    static AttackSink<?> of(StatsQuery query, Long top, AttackWriter writer,
        boolean markInvalid) {
      return of(query, top, writer, markInvalid,
          ReportSink.collecting(ImportedReport::report, query.toTable()));
    }

    private static <A> AttackSink<A> of(StatsQuery query, Long top, AttackWriter writer,
        boolean markInvalid, ReportSink.Collecting<StrikeReport, A, StatsTable> table) {
      return new AttackSink<>(query, top, writer, markInvalid, table);
    }

    @Override
    public Found<A> newPart() {
      return new Found<>(top, table.newPart());
    }

    @Override
    public void accept(Found<A> part, ImportedReport imported) {
      StrikeReport report = imported.report();
      Selection s = query.select(report);
      part.verdicts[s.verdict().ordinal()]++;
      if (s.counted()) {
        part.partMatched += s.partMatchedLines();
        // the query's own test of validity, asked only where it keeps invalid reports
        part.add(new AttackWriter.Listed(Attack.of(report, s),
            markInvalid && query.isInvalidReport(report)));
      }
      table.accept(part.table, imported);
    }

    /** The overlap between the posts of the attacks counted, once every part is merged. */
    SourceOverlap overlap() {
      return table.result().overlap();
    }

    @Override
    public void merge(Found<A> part) {
      table.merge(part.table);
      total.count(part);
      if (writer != null) {
        part.rows.forEach(writer::write);
      } else {
        part.rows.forEach(total::add);
      }
    }
  }

  /** The attacks of one part of the input (or of all, merged), and what was left out. */
  private static final class Found<A> {
    final long[] verdicts = new long[Selection.Verdict.values().length];
    long partMatched;
    final Long top;
    /** In input order without --top; a heap of the largest, smallest at its head, with it. */
    final java.util.Collection<AttackWriter.Listed> rows;
    /** The part's table (for the overlap check); none in the merged whole. */
    final A table;

    Found(Long top, A table) {
      this.top = top;
      this.table = table;
      this.rows = top == null ? new ArrayList<>()
          : new PriorityQueue<>(AttackWriter.Listed.LARGEST_FIRST.reversed());
    }

    void add(AttackWriter.Listed a) {
      rows.add(a);
      if (top != null && rows.size() > top) {
        ((PriorityQueue<AttackWriter.Listed>) rows).poll();
      }
    }

    void count(Found<?> part) {
      for (int i = 0; i < verdicts.length; i++) {
        verdicts[i] += part.verdicts[i];
      }
      partMatched += part.partMatched;
    }

    long counted() {
      return verdicts[Selection.Verdict.COUNTED.ordinal()];
    }

    List<AttackWriter.Listed> largestFirst() {
      List<AttackWriter.Listed> list = new ArrayList<>(rows);
      list.sort(AttackWriter.Listed.LARGEST_FIRST);
      return list;
    }

    List<String[]> leftOut() {
      List<String[]> out = new ArrayList<>();
      for (Selection.Verdict v : Selection.Verdict.values()) {
        if (v != Selection.Verdict.COUNTED) {
          out.add(new String[] {v.name().toLowerCase(Locale.ROOT) + "_reports",
              Long.toString(verdicts[v.ordinal()])});
        }
      }
      return out;
    }

    List<String> notes(ReportFilter filter, boolean includeInvalid) {
      List<String> notes = new ArrayList<>();
      long listed = top == null ? counted() : Math.min(top, counted());
      notes.add(String.format(Locale.ROOT, "%,d of %,d attacks (national Air Force reports) listed"
          + "%s; launched: known launched over the lines counted (* some line has no exact"
          + " launched count); rate: (destroyed + suppressed) / launched over rated lines, with"
          + " bounds for unknown outcomes.", listed, counted(),
          top == null ? ", in input order" : ", largest first"));
      long other = verdicts[Selection.Verdict.OUT_OF_SCOPE.ordinal()];
      if (other > 0) {
        notes.add(String.format(Locale.ROOT, "Not attacks: %,d %s of other sources"
            + " (regional commands and others).", other, other == 1 ? "report" : "reports"));
      }
      long invalid = verdicts[Selection.Verdict.INVALID.ordinal()];
      if (invalid > 0 && !includeInvalid) {
        notes.add(String.format(Locale.ROOT, "Left out: %,d national %s with validation"
            + " errors (--include-invalid keeps them).", invalid,
            invalid == 1 ? "report" : "reports"));
      }
      if (!filter.isAll()) {
        long out = verdicts[Selection.Verdict.FILTERED_OUT.ordinal()];
        notes.add(String.format(Locale.ROOT, "Filter: %s; %,d national %s no line that"
            + " passes.", filter, out, out == 1 ? "report has" : "reports have"));
      }
      if (partMatched > 0) {
        notes.add(String.format(Locale.ROOT, "Counted: %,d %s of several weapons that pass"
            + " the filter through one of their parts; %s whole.", partMatched,
            partMatched == 1 ? "line" : "lines", partMatched == 1
                ? "its counts cannot be split, so it counts"
                : "their counts cannot be split, so each counts"));
      }
      return notes;
    }
  }
}

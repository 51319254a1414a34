package org.conflictstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictstats.diff.FieldChange;
import org.conflictstats.diff.MonthChange;
import org.conflictstats.diff.ReportChange;
import org.conflictstats.diff.SnapshotDiff;
import org.conflictstats.diff.SnapshotDiffCsv;
import org.conflictstats.diff.SnapshotDiffJson;
import org.conflictstats.internal.NoteWrap;
import org.conflictstats.internal.Numbers;
import org.conflictstats.io.FileChangedException;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ReportInput;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.SourceOverlap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diff OLD NEW}: what a new release of the dataset changed (DOMAIN.md §10), through
 * {@link SnapshotDiff}. The table gives the counts, the months whose figures changed, and the first
 * revised (with each field that changed), removed and added reports; CSV the figures of every
 * month; JSON all of it.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "What changed between two releases of the dataset.",
    description = {"Compares two snapshots of the dataset, OLD then NEW, report by report (matched"
        + " by post and period): added, removed, revised (the lines' weapons or counts differ:"
        + " each field that changed, old and new; those that differ only where one release has"
        + " 0 and the other unknown for suppressed, still airborne, left airspace or hit, as when"
        + " its layout has no column for the outcome, are counted apart and listed last) and"
        + " unchanged; and each month's launched,"
        + " neutralised and rate as 'rates --by month --include-invalid' gives them for each file"
        + " alone.",
        "--format table: the counts, the months whose figures changed (counted among those"
        + " both releases cover, apart from those one release alone covers) and the first"
        + " --limit revised, removed and added reports; csv: one row per month"
        + " (month,launched_old,launched_new,neutralised_old,neutralised_new,rate_old,rate_new);"
        + " json: all of it, with the integer fields added, removed, revised,"
        + " revised_only_zero_unknown and unchanged, and for each month changed and covered_by"
        + " (both, old or new).",
        "A file compared with itself says 'no change'. Standard input ('-') is copied to a"
        + " temporary file as it is read, since the reports listed are read again."})
final class DiffCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Mixin
  OutputOptions output;

  @Mixin
  IdentityOptions identity;

  @Option(names = "--sources", paramLabel = "SCOPE", defaultValue = "all",
      converter = Converters.Scope.class,
      description = "Which sources' reports are compared and counted in the figures per month, as"
          + " in rates: national, regional, other or all, or a comma list of these and source"
          + " names (default: ${DEFAULT-VALUE}; reports of several sources may count one weapon"
          + " twice, which a warning says). Rows read are those of the whole file.")
  SourceScope sources;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      converter = Converters.Limit.class,
      description = "List at most N revised, removed and added reports each, with their fields"
          + " (default: ${DEFAULT-VALUE}; 0 lists none).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    output.formatFromName(spec);
    List<String> files = inputs.options.files;
    if (files.size() != 2) {
      throw new CliException("diff compares two inputs, OLD then NEW: " + files.size()
          + " given (see 'conflict-stats diff --help')");
    }
    Inputs in = inputs.open(err); // each file readable, before either is read
    ScopeOptions scope = ScopeOptions.of(sources);
    scope.watch(in);
    SnapshotDiff diff = SnapshotDiff.standard()
        .withAttribution(Attribution.standard().withZone(inputs.options.zone))
        .withScope(sources)
        .withPrefer(identity.prefer)
        .withLimit(limit);
    SnapshotDiff.Result result;
    try {
      ReportInput older = in.single(files.get(0), Detail.none());
      ReportInput newer = in.single(files.get(1), Detail.none());
      result = diff.compare(older, newer);
    } catch (FileChangedException e) {
      throw new CliException(e.getMessage() + "; read it again once nothing writes to it",
          ExitCode.USAGE, e);
    } catch (IOException e) {
      throw new CliException("cannot read: " + e.getMessage(), ExitCode.USAGE, e);
    } finally {
      in.deleteCopies();
    }
    scope.checkNames(in);
    IdentityOptions.report(err, result.before().identity());
    IdentityOptions.report(err, result.after().identity());
    err.println("conflict-stats: " + Terminal.oneLine(result.before().name()) + " -> "
        + Terminal.oneLine(result.after().name())
        + (sources.equals(SourceScope.ALL) ? "" : " (sources: " + sources + ")") + ": " + result);
    // the figures per month sum every source in the scope: say where posts may overlap (rv46a)
    for (SnapshotDiff.Side side : List.of(result.before(), result.after())) {
      SourceOverlap overlap = (side == result.before() ? result.beforeTable()
          : result.afterTable()).overlap();
      if (overlap.exists()) {
        err.println("conflict-stats: warning: " + Terminal.oneLine(side.name()) + ": " + overlap
            + " (each report compared with the " + Numbers.grouped(SourceOverlap.DEFAULT_WINDOW)
            + " before it" + (sources.equals(SourceScope.ALL)
                ? "; --sources national counts the Air Force's posts alone)" : ")"));
      }
    }
    if (output.format != OutputFormat.TABLE && !result.noChange()) {
      // the table prints these under its lists; CSV and JSON readers see them here
      rejectedNotes(result).forEach(n -> err.println("conflict-stats: note: " + n));
    }
    output.write(spec, out -> {
      switch (output.format) {
        case CSV:
          SnapshotDiffCsv.write(result, out);
          break;
        case JSON:
          SnapshotDiffJson.write(result, limit, out);
          break;
        default:
          table(result, out);
      }
    });
    return ExitCode.OK;
  }

  /**
   * The heading of the months table: the months whose figures changed counted among those both
   * releases cover, apart from those one release alone covers (which were counted as changed:
   * "34 of 42" where 28 of 36 had changed and 6 were new). For example
   * {@code Months whose figures changed: 28 of the 36 both releases cover; 6 only in the new
   * release}; with a scope other than every source, the scope after {@code changed}
   * ({@code (sources: national)}).
   */
  static String monthsChanged(List<MonthChange> months, SourceScope scope) {
    long both = count(months, MonthChange.Coverage.BOTH);
    long changed = months.stream()
        .filter(m -> m.coverage() == MonthChange.Coverage.BOTH && m.changed()).count();
    List<String> alone = new ArrayList<>();
    for (MonthChange.Coverage side : List.of(MonthChange.Coverage.NEW, MonthChange.Coverage.OLD)) {
      long n = count(months, side);
      if (n > 0) {
        alone.add(Words.number(n) + " only in the " + side.name().toLowerCase(Locale.ROOT)
            + " release");
      }
    }
    return "Months whose figures changed"
        + (scope.equals(SourceScope.ALL) ? "" : " (sources: " + scope + ")") + ": "
        + Words.number(changed) + " of the "
        + Words.number(both) + " both releases cover"
        + (alone.isEmpty() ? "" : "; " + String.join(", ", alone));
  }

  private static long count(List<MonthChange> months, MonthChange.Coverage coverage) {
    return months.stream().filter(m -> m.coverage() == coverage).count();
  }

  private void table(SnapshotDiff.Result r, Writer out) throws IOException {
    side(out, "old", r.before(), r.scope());
    side(out, "new", r.after(), r.scope());
    out.write(r + "\n"); // the counts, as the summary line on standard error gives them
    if (r.noChange()) {
      return;
    }
    List<MonthChange> changed = r.months().stream().filter(MonthChange::changed).toList();
    out.write("\n" + monthsChanged(r.months(), r.scope()) + "\n");
    if (!changed.isEmpty()) {
      out.write(String.format(Locale.ROOT, "%-8s %8s %8s %8s %8s %7s", "month",
          "launched", "", "neutr.", "", "rate").stripTrailing() + "\n");
      String sides = String.format(Locale.ROOT, "%-8s %8s %8s %8s %8s %7s %7s%n", "", "old",
          "new", "old", "new", "old", "new");
      out.write(sides);
      // as wide as the rows (it was one longer)
      out.write("-".repeat(sides.stripTrailing().length()) + "\n");
      for (MonthChange m : changed) {
        out.write(String.format(Locale.ROOT, "%-8s %8s %8s %8s %8s %7s %7s%n", m.month(),
            number(m.before().map(Rate::launched)), number(m.after().map(Rate::launched)),
            number(m.before().map(Rate::known)), number(m.after().map(Rate::known)),
            percent(m.before()), percent(m.after())));
      }
      out.write(NoteWrap.lines("launched: on rated lines (exact launched); neutr.: known"
          + " neutralised; rate: neutralisation rate; as 'rates --by month --include-invalid'"
          + " gives them for each file alone; -: the file has no line dated in the month."));
    }
    reports(out, "Revised", r.revisedReports(), r.revised(), "new",
        r.revisedOnlyZeroUnknown() == 0 || r.revisedOnlyZeroUnknown() == r.revised() ? ""
            : ", those only between 0 and unknown last");
    reports(out, "Removed", r.removedReports(), r.removed(), "old", "");
    reports(out, "Added", r.addedReports(), r.added(), "new", "");
    List<String> notes = rejectedNotes(r);
    if (!notes.isEmpty()) {
      out.write("\n");
      for (String n : notes) {
        out.write(NoteWrap.lines(n));
      }
    }
  }

  /**
   * A side's rows read, and when it rejected some, how many were accepted and rejected, as the
   * import's line on standard error gives them ({@link ImportCounts#rows()}).
   */
  private static void side(Writer out, String which, SnapshotDiff.Side s, SourceScope scope)
      throws IOException {
    long rows = s.counts().rowsRead();
    String read = s.counts().isComplete()
        ? String.format(Locale.ROOT, "%,d %s read", rows, Words.nouns(rows, "row"))
        : s.counts().rows();
    out.write(String.format(Locale.ROOT, "%s: %s: %s, %,d %s%s%n", which,
        Terminal.oneLine(s.name()), read, s.reports(), Words.nouns(s.reports(), "report"),
        scope.equals(SourceScope.ALL) ? "" : " (sources: " + scope + ")"));
  }

  /**
   * For each side that rejected rows, the note {@link ImportCounts#rejectedNote} gives, and what it
   * does to the lists: a report whose rows the new file rejected is listed as removed (all of
   * them) or revised (some), one whose rows the old file rejected as added or revised.
   */
  static List<String> rejectedNotes(SnapshotDiff.Result r) {
    List<String> notes = new ArrayList<>();
    rejectedNote("old", r.before(), "added or revised").ifPresent(notes::add);
    rejectedNote("new", r.after(), "removed or revised").ifPresent(notes::add);
    return notes;
  }

  private static Optional<String> rejectedNote(String which, SnapshotDiff.Side s, String lists) {
    return ImportCounts.rejectedNote(s.counts().rowsRejected()).map(n -> which + ": " + n
        + " A report listed as " + lists + " may be one whose rows the " + which
        + " file rejected.");
  }

  private void reports(Writer out, String title, List<ReportChange> listed, long all,
      String order, String orderNote) throws IOException {
    if (all == 0) {
      return;
    }
    out.write(String.format(Locale.ROOT, "%n%s reports: %,d%s%n", title, all, listed.isEmpty()
        ? " (--limit N lists them)"
        : listed.size() < all ? String.format(Locale.ROOT, "; the first %d in the %s file's"
            + " order%s (--limit N for more)", listed.size(), order, orderNote) : ""));
    for (ReportChange c : listed) {
      out.write("  " + Terminal.echo(c.key().toString()) + "\n");
      if (c.before().isPresent() || c.after().isPresent()) {
        out.write("    " + c.before().map(at -> "old " + Terminal.oneLine(at.toString()))
            .orElse("") + (c.before().isPresent() && c.after().isPresent() ? ", " : "")
            + c.after().map(at -> "new " + Terminal.oneLine(at.toString())).orElse("") + "\n");
      }
      for (FieldChange f : c.changes()) {
        out.write("    " + Terminal.echo(f.toString()) + "\n");
      }
    }
  }

  private static String number(Optional<Long> v) {
    return v.map(n -> String.format(Locale.ROOT, "%,d", n)).orElse("-");
  }

  private static String percent(Optional<Rate> r) {
    if (r.isEmpty()) {
      return "-";
    }
    return r.get().point().isPresent()
        ? Numbers.percent(r.get().point().getAsDouble()) : "—";
  }
}

package org.conflictstats.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conflictstats.internal.NoteWrap;
import org.conflictstats.internal.Numbers;
import org.conflictstats.internal.Times;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.summary.Summary;

/**
 * {@code summary} for people: a {@link Summary} as lines of text, lists in columns.
 *
 * <pre>{@code
 * SummaryText.write(summary, out);
 * // Files
 * //   in.csv: 3,378 rows read, 3,378 accepted, 0 rejected; 1,906 reports
 * // Reports: 1,906, with 3,378 weapon lines
 * // ...
 * }</pre>
 */
final class SummaryText {

  /** The width of a name in the lists. */
  private static final int NAME_WIDTH = 40;

  private SummaryText() {}

  /** Writes the summary; the caller flushes. */
  static void write(Summary s, PrintWriter out) {
    out.println("Files");
    for (ImportCounts c : s.files()) {
      out.printf(Locale.ROOT, "  %s: %s read, %,d accepted, %,d rejected; %s%n",
          Terminal.oneLine(c.file()), Words.counted(c.rowsRead(), "row"),
          c.rowsAccepted(), c.rowsRejected(), Words.counted(c.reports(), "report"));
    }
    // what was read: with a filter or a narrower scope, the figures below count less than this
    out.printf(Locale.ROOT, "Reports: %,d, with %s%s%n", s.reports(), Words.counted(s.lines(),
        "weapon line"), s.narrowed() ? " (before the scope and filter, which apply below)" : "");
    s.identity().ifPresent(counted -> identity(out, counted));
    s.period().ifPresent(p -> out.println("Period: " + Times.local(p.start()) + " to "
        + Times.local(p.end())));
    out.println("Sources");
    s.sources().forEach(c -> keyed(out, Terminal.oneLine(c.label()),
        String.format(Locale.ROOT, "%,6d %s", c.reports(), Words.nouns(c.reports(), "report"))));

    // the filter and the scope name what the options gave (regions, weapons, sources)
    s.filtered().ifPresent(f -> {
      out.println(Terminal.oneLine(f.line()));
      f.notes().forEach(n -> out.println("  " + Terminal.oneLine(n)));
    });
    String scope = Terminal.oneLine(s.scope().toString());
    out.println("Most launched weapons (known launched; sources: " + scope + ")");
    s.mostLaunched().forEach(w -> keyed(out, Terminal.oneLine(w.weapon()),
        String.format(Locale.ROOT, "%,9d", w.launched())));
    if (s.mostLaunched().isEmpty()) {
      out.println("  " + Summary.NONE_LAUNCHED);
    }

    out.println("Overall (sources: " + scope + (s.includeInvalid() ? "; every line kept)"
        : "; reports with validation errors left out)"));
    out.println("  kinetic rate:        " + describe(s, s.kinetic()));
    lowerBound(out, s.kinetic(), "destroyed");
    List<LocalDate> crossed = s.regimeBoundaries();
    if (!crossed.isEmpty()) {
      out.println("    warning: mixes reporting regimes (boundar" + (crossed.size() == 1 ? "y "
          : "ies ") + crossed.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
          + "), which count losses to electronic warfare differently");
    }
    out.println("  neutralisation rate: " + describe(s, s.neutralisation()));
    lowerBound(out, s.neutralisation(), "neutralised");
    s.unratedNote().ifPresent(n -> out.println("  " + n)); // the rates' launched leave them out
    SourceOverlap overlap = s.overlap();
    out.println("Overlap between posts (each report compared with the "
        + Numbers.grouped(SourceOverlap.DEFAULT_WINDOW) + " before it): " + (overlap.exists()
            ? Words.counted(overlap.linesAtRisk(), "line") + " ("
                + Words.number(overlap.nationalLines()) + " national, "
                + Words.number(overlap.regionalLines()) + " regional, "
                + Words.number(overlap.otherLines()) + " other) of "
                + Words.counted(overlap.reports(), "report") + " may be counted twice"
            : "none"));
  }

  /** The copies and revisions read, under the reports: nothing when there were none. */
  private static void identity(PrintWriter out, IdentityCounts counted) {
    if (counted.any()) {
      out.printf(Locale.ROOT, "  given more than once: %,d reports read, %,d counted: %,d %s"
          + " counted once, %,d %s of %,d %s (%s counts)%n", counted.reportsRead(),
          counted.distinct(), counted.duplicates(), Words.nouns(counted.duplicates(), "copy"),
          counted.revisions(), Words.nouns(counted.revisions(), "revision"),
          counted.revisedReports(), Words.nouns(counted.revisedReports(), "report"),
          counted.prefer() == DistinctReports.Prefer.LAST ? "the version given last"
              : "the first version");
    }
    long within = counted.revisionsWithinAnInput();
    if (within > 0) {
      out.printf(Locale.ROOT, "  warning: %,d of the revisions %s within one input (rows of one"
          + " report far apart?): the lines of the other versions are not counted%n", within,
          within == 1 ? "is" : "are");
    }
    if (counted.otherPeriods() > 0) {
      out.printf(Locale.ROOT, "  other periods: %s the post of a report of an earlier input for"
          + " another period (counted: a corrected period counts a report twice)%n",
          Words.counted(counted.otherPeriods(), "report") + (counted.otherPeriods() == 1
              ? " gives" : " give"));
    }
  }

  /**
   * A line of a list: a name in its column and a figure after it; a name too long for the column
   * wraps onto the lines after, as the text tables' names do, and is never cut.
   */
  private static void keyed(PrintWriter out, String name, String figure) {
    List<String> lines = NoteWrap.split(name, NAME_WIDTH);
    out.printf("  %-" + NAME_WIDTH + "s %s%n", lines.get(0), figure);
    for (int i = 1; i < lines.size(); i++) {
      out.println("  " + lines.get(i));
    }
  }

  /** What the {@code +} after a rate means, under that rate. */
  private static void lowerBound(PrintWriter out, Summary.Overall overall, String counted) {
    if (overall.lowerBoundOnly() && overall.rate().isDefined()) {
      out.println("    + most weapons are on lines with no destroyed figure, counted as not "
          + counted + ": the rate is only a lower bound; see the bounds");
    }
  }

  private static String describe(Summary s, Summary.Overall overall) {
    Rate rate = overall.rate();
    if (!rate.isDefined()) {
      return "undefined (nothing launched on lines with an exact launched count)";
    }
    // + where the rate is only its lower bound, as the text table marks it; said under the rate
    String text = Numbers.percent(rate.point().getAsDouble())
        + (overall.lowerBoundOnly() ? "+" : "") + " (" + Numbers.grouped(rate.known())
        + " of " + Numbers.grouped(rate.launched()) + "); bounds "
        + Numbers.percentRange(rate.lower().getAsDouble(), rate.upper().getAsDouble());
    if (s.method().isEmpty()) {
      return text;
    }
    String head = "; " + Numbers.levelPercent(s.level()) + "% CI (" + s.intervalName().orElseThrow() + ") ";
    return text + head + overall.interval()
        .map(ci -> Numbers.percentRange(ci.lower(), ci.upper()))
        .orElse(s.noInterval());
  }
}

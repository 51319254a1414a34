package org.conflictstats.io.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conflictstats.internal.Numbers;
import org.conflictstats.internal.Utf8;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.HeaderException;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;

/**
 * One read of one Air Force CSV input into a sink: the header, then the data rows either in order on
 * this thread ({@link #rows}, {@link #step}) or in ranges ({@link RangedRead}), then the closing
 * warnings and the counts. Every path of the reader goes through here, so every path says the same.
 * Not thread-safe.
 */
final class Reading<P> {

  private final ReadConfig config;
  private final String file;
  private final ReportSink<P> sink;
  private final boolean strict;
  private Header header;
  private long blankLines;

  // the read in order
  private ReportSink.Feeder<P> feeder;
  private RangeParser parser;
  private ReportWindow window;
  private final RangedRead.Totals totals = new RangedRead.Totals();
  private boolean finished;

  Reading(ReadConfig config, String file, ReportSink<P> sink) {
    this.config = config;
    this.file = file;
    this.sink = sink;
    this.strict = config.mode() == ImportMode.STRICT;
  }

  Header header() {
    return header;
  }

  /** Why a header row whose bytes are UTF-16 was not read, in the tool's words; else empty. */
  private static String utf16(RecordScanner s) {
    byte[] raw = s.rawBytes();
    return Utf8.looksLikeUtf16(raw, 0, raw.length) ? "; this is UTF-16; expected UTF-8" : "";
  }

  /**
   * Reads up to and including the header row.
   *
   * @return {@code false} for an input with no header (empty, or blank lines only)
   * @throws HeaderException if the header cannot be read
   */
  boolean header(RecordScanner s) throws IOException {
    while (s.next()) {
      if (s.isBlankLine()) {
        blankLines++;
        continue;
      }
      FileLocation at = FileLocation.of(file, s.line());
      if (s.problem() != null) {
        throw new HeaderException(RejectedRow.ofRow(at, RangeParser.rawText(s),
            "header row: " + RangeParser.problemText(s, null)));
      }
      Header h = Header.of(s);
      if (!h.isUsable()) {
        List<String> missing = new ArrayList<>();
        for (Column c : h.missingRequired) {
          missing.add("'" + c.header + "'");
        }
        throw new HeaderException(RejectedRow.of(at, h.missingRequired.get(0).header,
            RangeParser.rawText(s), (missing.size() == 1 ? "missing required column "
                : "missing required columns ") + String.join(", ", missing)
                + ": not an Air Force CSV header" + utf16(s)));
      }
      header = h;
      if (!h.unknown.isEmpty() || !h.unnamed.isEmpty()) {
        List<String> ignored = new ArrayList<>();
        if (!h.unknown.isEmpty()) {
          ignored.add("unknown column" + (h.unknown.size() == 1 ? " '" : "s '")
              + String.join("', '", h.unknown) + "'");
        }
        if (!h.unnamed.isEmpty()) {
          // a blank name was said as '' (a header with a comma at its end has one)
          ignored.add((h.unnamed.size() == 1 ? "a column" : h.unnamed.size() + " columns")
              + " without a name (cell" + (h.unnamed.size() == 1 ? " " : "s ")
              + h.unnamed.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        sink.warning(ImportWarning.of(file, s.line(), "ignored " + String.join(" and ", ignored)));
      }
      for (String d : h.duplicates) {
        if (strict) {
          // two cells for one field: which holds the figure is a guess strict mode does not make
          // (review rv45a: it read the first with a warning, as a lenient read does)
          throw new HeaderException(RejectedRow.of(at, d, RangeParser.rawText(s), "column '" + d
              + "' appears more than once, which a strict read refuses (a lenient one reads the"
              + " first)"));
        }
        sink.warning(ImportWarning.of(file, s.line(),
            "column '" + d + "' appears more than once: the first is read, the others ignored"));
      }
      if (h.at(Column.DESTROYED) < 0) {
        sink.warning(ImportWarning.of(file, s.line(), "no 'destroyed' column, which every"
            + " published layout has: destroyed is unknown on every line"));
      }
      if (h.at(Column.SOURCE) < 0) {
        sink.warning(ImportWarning.of(file, s.line(), "no 'source' column, which every published"
            + " layout has: every report's source is unknown (a validation error), and rows of one"
            + " period make one report whatever post they came from"));
      }
      return true;
    }
    finished = true;
    sink.warning(ImportWarning.ofFile(file, "empty file: no header row and no data rows"));
    return false;
  }

  /** Reads every data row in order. */
  void rows(RecordScanner s) throws IOException {
    while (step(s)) {
      // step by step
    }
  }

  /** Reads one record in order; {@code false} at the end of the input. */
  boolean step(RecordScanner s) throws IOException {
    if (parser == null) {
      feeder = ReportSink.feeder(sink);
      window = new ReportWindow(config.window(), feeder::report, false);
      parser = new RangeParser(file, header, new RowMapper(header, config.catalog(),
          config.details()), window, config.zone(), config.mode(), this::rejected);
    }
    return parser.step(s);
  }

  private void rejected(RejectedRow row) {
    if (strict) {
      throw new ImportException(row);
    }
    sink.rejected(row);
  }

  /**
   * Hands a range's rejected rows to the sink in line order; strict mode throws at the first. The
   * warnings about rows are counted and given at the end ({@link #finish}).
   */
  void deliver(List<RejectedRow> rejected) {
    rejected.forEach(this::rejected);
  }

  /** The counts a read in ranges adds to: a read is in ranges or in order, never both. */
  RangedRead.Totals totals() {
    return totals;
  }

  /** Emits the last reports, gives the closing warnings, and returns the counts. */
  ImportCounts finish() {
    if (finished) {
      return counts();
    }
    finished = true;
    if (parser != null) {
      window.flush();
      feeder.finish();
      totals.add(parser, window);
    }
    // the warnings about rows, in the order of their first lines (the first named first on a tie)
    List<ImportWarning> aboutRows = new ArrayList<>(5);
    if (totals.nonContiguous > 0) {
      aboutRows.add(ImportWarning.of(file, totals.firstNonContiguousLine,
          Numbers.grouped(totals.nonContiguous) + " row"
          + (totals.nonContiguous == 1 ? " was" : "s were") + " not next to the other rows of"
          + " their report (same time_start, time_end and source): merged into that report"
          + " (first at this line)"));
    }
    if (totals.givenAgain > 0) {
      aboutRows.add(ImportWarning.of(file, totals.firstGivenAgainLine,
          Numbers.counted(totals.givenAgain, "report") + " given again (rows that come back after"
          + " other reports' rows, one the same byte for byte as a row of their report): each a"
          + " separate report (id <id>#2, #3 ...), counted as a copy or a revision of the first"
          + " (first at this line)"));
    }
    if (totals.late > 0) {
      int window = config.window();
      // counted by the reports they start: the rows of one run that comes back make one (rv51e)
      aboutRows.add(ImportWarning.of(file, totals.firstLateLine, Numbers.grouped(totals.late)
          + (totals.late == 1 ? " separate report" : " separate reports") + " started by rows"
          + " that come more than " + Numbers.grouped(window) + (window == 1 ? " report"
              : " reports") + " after their report's other rows: "
          + (totals.late == 1 ? "it counts" : "each counts") + " as a copy or a revision of the"
          + " first (sort the rows or widen the grouping window) (first at this line: "
          + totals.firstLateId + ")"));
    }
    if (totals.twins > 0) {
      aboutRows.add(ImportWarning.of(file, totals.firstTwinLine,
          Numbers.grouped(totals.twins) + " row" + (totals.twins == 1 ? " is" : "s are")
          + " the same byte for byte as a row before it of its report: two lines of the report,"
          + " each counted (a row given twice, or files joined at a report both hold? no"
          + " published file has one: remove the copy, or give the files one by one)"
          + " (first at this line)"));
    }
    if (totals.multiLine > 0) {
      aboutRows.add(ImportWarning.of(file, totals.firstMultiLineLine,
          Numbers.grouped(totals.multiLine) + " row"
          + (totals.multiLine == 1 ? " spans" : "s span") + " more than one line (a line break"
          + " inside a quoted cell, which no published file has): check for a stray quote: two"
          + " make one row of the lines from one to the other (first at this line)"));
    }
    if (totals.headersAgain > 0) {
      aboutRows.add(ImportWarning.of(file, totals.firstHeaderAgainLine, "skipped the header row"
          + " given again " + (totals.headersAgain == 1 ? "once" : Numbers.grouped(
              totals.headersAgain) + " times") + " (files joined one after another?): not a row"
          + " (first at this line)"));
    }
    aboutRows.sort(Comparator.comparingLong(w -> w.line().orElse(0)));
    aboutRows.forEach(sink::warning);
    long blanks = blankLines + totals.blankLines;
    if (blanks > 0) {
      sink.warning(ImportWarning.ofFile(file, "skipped " + Numbers.counted(blanks,
          "blank line")));
    }
    if (header != null && totals.accepted + totals.rejected == 0) {
      sink.warning(ImportWarning.ofFile(file, "no data rows after the header"));
    }
    if (!totals.unknownSubTypeKeys.isEmpty()) {
      sink.warning(ImportWarning.ofFile(file, "ignored unknown keys in 'destroyed_types': "
          + String.join(", ", totals.unknownSubTypeKeys)));
    }
    if (!totals.otherStatusValues.isEmpty()) {
      sink.warning(ImportWarning.ofFile(file, "status_data values other than 'hidden' read as "
          + "'launched given in full': " + String.join(", ", totals.otherStatusValues)
              .toLowerCase(Locale.ROOT)));
    }
    return counts();
  }

  ImportCounts counts() {
    return ImportCounts.of(file, totals.accepted, totals.rejected, totals.reports);
  }
}

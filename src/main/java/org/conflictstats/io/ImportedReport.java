package org.conflictstats.io;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.conflictstats.model.StrikeReport;

/**
 * A report as imported, with where each of its weapon lines came from: {@code rows().get(i)} is the
 * file and physical line of {@code report().lines().get(i)}. A validator finding about
 * {@code lines[2]} can so be printed as {@code attacks.csv:19}.
 *
 * <pre>{@code
 * ImportedReport r = result.imported().get(0);
 * r.report().lines().size() == r.rows().size(); // always
 * r.location();                                 // the first row: "attacks.csv:2"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param report the report
 * @param rows the location of each weapon line's row, in the order of the report's lines
 * @param noLinesAt for a report without weapon lines, where it was read (a JSON Lines document),
 *     when known; empty for a report with lines, whose rows say where it is
 * @param partialCopyOf for a report given again in one input with only rows of the report before it
 *     (each the same byte for byte as one of that report's rows, some maybe more than once, and
 *     lacking some of them: a row duplicated away from its report, once or twice side by side, a
 *     shuffled file), where that report begins; empty otherwise.
 *     {@link DistinctReports} counts such a report as a copy, never as a revision, so the fuller
 *     report counts and no line is lost to it (review rv46b)
 */
public record ImportedReport(StrikeReport report, ImmutableList<FileLocation> rows,
    Optional<FileLocation> noLinesAt, Optional<FileLocation> partialCopyOf) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if there is not exactly one row per weapon line, a report
   *     with lines has a place besides its rows, or a report without lines is a partial copy
   */
  public ImportedReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(noLinesAt, "noLinesAt");
    Objects.requireNonNull(partialCopyOf, "partialCopyOf");
    if (rows.isEmpty() && partialCopyOf.isPresent()) {
      throw new IllegalArgumentException("report " + report.id() + " has no rows: it cannot be a"
          + " copy of rows of " + partialCopyOf.get());
    }
    if (rows.size() != report.lines().size()) {
      throw new IllegalArgumentException("report " + report.id() + " has "
          + report.lines().size() + " lines but " + rows.size() + " row locations");
    }
    if (!rows.isEmpty() && noLinesAt.isPresent()) {
      throw new IllegalArgumentException("report " + report.id() + " has lines: its rows say where"
          + " it is, not " + noLinesAt.get());
    }
  }

  /**
   * Creates an imported report with lines, or without lines and without a known place.
   *
   * @param report the report
   * @param rows the location of each weapon line's row, in the order of the report's lines
   * @throws IllegalArgumentException if there is not exactly one row per weapon line
   */
  public ImportedReport(StrikeReport report, ImmutableList<FileLocation> rows) {
    this(report, rows, Optional.empty(), Optional.empty());
  }

  /**
   * Creates an imported report that is not a partial copy.
   *
   * @param report the report
   * @param rows the location of each weapon line's row, in the order of the report's lines
   * @param noLinesAt for a report without weapon lines, where it was read, when known
   * @throws IllegalArgumentException if there is not exactly one row per weapon line, or a report
   *     with lines has a place besides its rows
   */
  public ImportedReport(StrikeReport report, ImmutableList<FileLocation> rows,
      Optional<FileLocation> noLinesAt) {
    this(report, rows, noLinesAt, Optional.empty());
  }

  /**
   * Returns this report marked as a partial copy of the report that begins at {@code of}: given
   * again in one input with only rows of that report, byte for byte, lacking some of them.
   *
   * @param of where the report whose rows it repeats begins
   * @return the marked report
   * @throws IllegalArgumentException if this report has no rows
   */
  public ImportedReport asPartialCopyOf(FileLocation of) {
    return new ImportedReport(report, rows, noLinesAt, Optional.of(of));
  }

  /**
   * Returns an imported report.
   *
   * @param report the report
   * @param rows one location per weapon line, in the order of the report's lines
   * @return the imported report
   * @throws IllegalArgumentException if there is not exactly one row per weapon line
   */
  public static ImportedReport of(StrikeReport report, List<FileLocation> rows) {
    return new ImportedReport(report, ImmutableList.copyOf(rows), Optional.empty());
  }

  /**
   * Returns a report read whole from one place, such as a JSON Lines document: every line's row is
   * that place, and a report without lines is located there too.
   *
   * <pre>{@code
   * ImportedReport.at(report, FileLocation.of("reports.jsonl", 12)).location(); // reports.jsonl:12
   * }</pre>
   *
   * @param report the report
   * @param where the place
   * @return the imported report
   */
  public static ImportedReport at(StrikeReport report, FileLocation where) {
    Objects.requireNonNull(where, "where");
    int lines = report.lines().size();
    return new ImportedReport(report, ImmutableList.copyOf(Collections.nCopies(lines, where)),
        lines == 0 ? Optional.of(where) : Optional.empty());
  }

  /**
   * Returns where the report begins: its first row, or for a report without lines the place it was
   * read from (which no Air Force CSV report lacks).
   *
   * @return the location
   * @throws IllegalStateException if the report has no lines and no known place
   */
  public FileLocation location() {
    if (!rows.isEmpty()) {
      return rows.get(0);
    }
    return noLinesAt.orElseThrow(() -> new IllegalStateException("report " + report.id()
        + " has no rows and no known place"));
  }

  /**
   * Returns the location of the row of the weapon line with this index, when the index names one
   * of the report's lines, and otherwise {@link #location()}: where a finding about
   * {@code lines[i]} (or about the report as a whole) is shown.
   *
   * @param lineIndex the index of a line, or empty for the report as a whole
   * @return the location
   * @throws IllegalStateException if the report has no lines and no known place
   */
  public FileLocation locationOf(OptionalInt lineIndex) {
    if (lineIndex.isPresent() && lineIndex.getAsInt() >= 0 && lineIndex.getAsInt() < rows.size()) {
      return rows.get(lineIndex.getAsInt());
    }
    return location();
  }

  /**
   * Returns the location of one weapon line's row.
   *
   * @param lineIndex the index of the line in {@code report().lines()}
   * @return the location
   * @throws IndexOutOfBoundsException if there is no such line
   */
  public FileLocation locationOfLine(int lineIndex) {
    return rows.get(lineIndex);
  }
}

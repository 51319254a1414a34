package org.conflictstats.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
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
 */
public record ImportedReport(StrikeReport report, ImmutableList<FileLocation> rows) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if there is not exactly one row per weapon line
   */
  public ImportedReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rows, "rows");
    if (rows.size() != report.lines().size()) {
      throw new IllegalArgumentException("report " + report.id() + " has "
          + report.lines().size() + " lines but " + rows.size() + " row locations");
    }
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
    return new ImportedReport(report, ImmutableList.copyOf(rows));
  }

  /**
   * Returns the location of the report's first row, or of the report itself when it has no lines
   * (which no Air Force CSV report lacks).
   *
   * @return the location of the first row
   * @throws IllegalStateException if the report has no lines and so no location
   */
  public FileLocation location() {
    if (rows.isEmpty()) {
      throw new IllegalStateException("report " + report.id() + " has no rows");
    }
    return rows.get(0);
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

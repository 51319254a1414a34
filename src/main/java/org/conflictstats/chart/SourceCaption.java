package org.conflictstats.chart;

import java.util.List;
import java.util.Objects;
import org.conflictstats.internal.Numbers;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsTable;

/**
 * The first sentences of a chart's caption: where its figures come from and what they leave out,
 * as {@code conflict-stats chart} and the HTML report's charts both write them (one writer, so that
 * the two say the same; review rv49b: the report's said less). The input files and their reports,
 * the sources counted, the reports with validation errors left out (or every report kept), the
 * rows that could not be read, the filter, the periods its dates cut, the periods the reports cover
 * in part, and the lines posts may count twice.
 *
 * <pre>{@code
 * String text = SourceCaption.of(read.files(), SourceScope.NATIONAL, false, table);
 * // "Source: a.csv (1,906 reports). Sources counted: national; reports with validation errors
 * //  left out (2). Reports cover in part: 2022-09 (from 2022-09-28), ..."
 * RatesChart.of(table).withCaption(text);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SourceCaption {

  private SourceCaption() {}

  /**
   * Returns the caption's sentences on the source of a chart's figures.
   *
   * @param files the inputs' counts, in order
   * @param scope the sources counted
   * @param includeInvalid whether reports with validation errors were kept
   * @param table the table the chart draws: its left-out reports, filter, cut and covered periods
   *     and overlap are said
   * @return the sentences
   */
  public static String of(List<ImportCounts> files, SourceScope scope, boolean includeInvalid,
      StatsTable table) {
    return of(files, scope, includeInvalid, table, table.overlap());
  }

  /**
   * Returns the caption's sentences on the source of a chart's figures, with the overlap a query
   * of the same scope and filter found, for a table whose query did not look for it
   * ({@code StatsQuery.withOverlapCheck(false)}): the lines at risk do not depend on the grouping.
   *
   * @param files the inputs' counts, in order
   * @param scope the sources counted
   * @param includeInvalid whether reports with validation errors were kept
   * @param table the table the chart draws
   * @param overlap the lines posts may count twice
   * @return the sentences
   */
  public static String of(List<ImportCounts> files, SourceScope scope, boolean includeInvalid,
      StatsTable table, SourceOverlap overlap) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(table, "table");
    StringBuilder b = new StringBuilder("Source: ");
    for (int i = 0; i < files.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(files.get(i).file());
    }
    long reports = files.stream().mapToLong(ImportCounts::reports).sum();
    b.append(" (").append(Numbers.counted(reports, "report")).append("). Sources counted: ")
        .append(scope).append("; ")
        .append(includeInvalid ? "every report kept"
            : "reports with validation errors left out ("
                + Numbers.grouped(table.leftOut().invalidReports()) + ")")
        .append('.');
    ImportCounts.rejectedNote(files.stream().mapToLong(ImportCounts::rowsRejected).sum())
        .ifPresent(n -> b.append(' ').append(n));
    if (!table.filter().isAll()) {
      b.append(" Filter: ").append(table.filter()).append('.');
    }
    table.filterCutNote().ifPresent(n -> b.append(' ').append(n));
    table.coverageNote().ifPresent(n -> b.append(' ').append(n));
    if (overlap.exists()) {
      b.append(" Warning: posts cover the same windows and weapons: ")
          .append(Numbers.counted(overlap.linesAtRisk(), "line"))
          .append(" may be counted twice.");
    }
    return b.toString();
  }
}

/**
 * Stats tables written out: {@link org.conflictstats.table.StatsTableCsv} and
 * {@link org.conflictstats.table.StatsTableJson} write a {@link org.conflictstats.stats.StatsTable}
 * with the columns the command-line tool documents.
 *
 * <p>This package sits above {@code stats} and {@code io}: the readers in {@code io} know nothing of
 * statistics, and {@code stats} knows nothing of file formats.
 *
 * <pre>{@code
 * StatsTable table = StatsQuery.groupBy(Dimension.MONTH).run(reports);
 * try (Writer out = Files.newBufferedWriter(Path.of("rates.csv"))) {
 *   StatsTableCsv.write(table, out, RateKind.NEUTRALISATION, Optional.of(IntervalMethod.CLUSTER), 0.95);
 * }
 * }</pre>
 */
package org.conflictstats.table;

/**
 * Charts of rates over time: {@link org.conflictstats.chart.RatesChart} draws a
 * {@link org.conflictstats.stats.StatsTable} grouped by a period (and optionally a split such as
 * the family) as launched bars and the rate with its interval and bounds as bands, in SVG or PNG
 * ({@link org.conflictstats.chart.ChartFormat}: the format a file's name asks for).
 *
 * <pre>{@code
 * StatsTable table = StatsQuery.groupBy(Dimension.MONTH, Dimension.FAMILY).run(reports);
 * RatesChart.of(table).write(Path.of("rates.svg"));
 * }</pre>
 *
 * <p>This package sits above {@code stats}; it needs the optional dependencies JFreeChart
 * ({@code org.jfree:jfreechart}) and Batik's SVG generator ({@code org.apache.xmlgraphics:batik-svggen}).
 */
package org.conflictstats.chart;

/**
 * Tallies, rates, confidence intervals and grouped tables of strike reports (DOMAIN.md §4–§6).
 *
 * <pre>{@code
 * Tally t = report.lines().stream().collect(Tally.toTally());
 * t.neutralisationRate().point();               // known neutralised / launched
 * t.neutralisationRate().upper();               // every unknown assumed neutralised
 * StatsTable table = StatsQuery.groupBy(Dimension.WEEK, Dimension.WEAPON).run(reports);
 * System.out.print(table);                      // 95% intervals clustered by report
 * table.total().interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95);
 * }</pre>
 *
 * <h2>Tallies</h2>
 * {@link org.conflictstats.stats.Tally} holds exact {@code long} sums: reports, lines, and for
 * launched and every outcome the sums of lower and upper bounds
 * ({@link org.conflictstats.stats.CountSum}; unbounded when any line's upper bound is). On a weapon
 * line an outcome the source did not report is {@code Count.zero()}, a blank figure is
 * {@code Count.unknown()}, and the unknown outcome is derived. The "known" figures tools print are
 * the lower-bound sums. {@link org.conflictstats.stats.TallyAccumulator} is its mutable twin
 * ({@code add}, {@code merge}, {@code snapshot}); merging is exactly associative and commutative.
 *
 * <h2>Rates</h2>
 * Rates are computed over <em>rated</em> lines, whose launched count is exact and above zero; lines
 * whose launched count is not exact are counted as unrated so tables can say so. Per rated line
 * with {@code L} launched, neutralised known is {@code min(D + S, L)} and neutralised possible
 * {@code max(known, L - (A + X + H))} (lower bounds of destroyed, suppressed, still airborne, left
 * airspace and hit): "known neutralised plus unknown". The sums give a
 * {@link org.conflictstats.stats.Rate}: point = lower bound = known / launched (every unknown
 * assumed to have got through), upper bound = possible / launched (every unknown assumed
 * neutralised). The kinetic rate does the same with destroyed alone. A rate over zero launched is
 * undefined (empty), never 0 and never NaN.
 *
 * <h2>Confidence intervals</h2>
 * Weapons of one report (one night, one salvo) succeed or fail together, so the default interval
 * treats the report as the unit of sampling (DOMAIN.md §4b): {@link
 * org.conflictstats.stats.IntervalMethod#CLUSTER}, the ratio estimator's linearised (CR1) variance
 * turned into an effective number of weapons and Wilson's interval at that number; not estimable
 * with fewer than two reports. Tallies keep the exact sums it needs, report by report, in constant
 * memory ({@link org.conflictstats.stats.ClusterUnit} for a coarser unit such as the night).
 * {@link org.conflictstats.stats.IntervalMethod#BOOTSTRAP} is a seeded percentile bootstrap over
 * reports ({@link org.conflictstats.stats.Bootstrap}), the same on every machine. {@link
 * org.conflictstats.stats.ConfidenceInterval} gives the binomial Wilson, Clopper–Pearson and
 * Jeffreys intervals, which treat each weapon as an independent trial and are optimistic: on a
 * month of drone attacks, three to four times too narrow.
 *
 * <h2>Reporting regimes and small groups</h2>
 * {@link org.conflictstats.stats.ReportingRegimes} (boundaries 2024-07-01 and 2025-08-01 by
 * default, DOMAIN.md §4c) mark where "destroyed" changed meaning: a table warns when a kinetic rate
 * straddles one, and {@link org.conflictstats.stats.Dimension#REGIME} groups by regime. {@link
 * org.conflictstats.stats.StatsQuery#withMinLaunched} hides the rates of groups that launched too
 * few to say much (DOMAIN.md §4d), keeping their counts.
 *
 * <h2>Grouped tables</h2>
 * {@link org.conflictstats.stats.StatsQuery} groups lines by
 * {@link org.conflictstats.stats.Dimension}s (day, ISO week, month, year of the report date; weapon,
 * single model, category, region, source, reporting regime; any function), with a source scope, a date
 * {@link org.conflictstats.stats.Attribution} (end date in Europe/Kyiv by default) and validation:
 * lines of reports with validation errors are left out by default and counted. The result is a
 * {@link org.conflictstats.stats.StatsTable}, sorted by key, that prints as an aligned text table,
 * with the counts of what was left out and, when the national Air Force and other sources are both in scope, a
 * {@link org.conflictstats.stats.SourceOverlap} warning of possible double counting.
 */
package org.conflictstats.stats;

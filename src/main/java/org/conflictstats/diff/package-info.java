/**
 * What a new release of a dataset changed (DOMAIN.md §10): {@link
 * org.conflictstats.diff.SnapshotDiff} matches the reports of two snapshots by their key (post and
 * period) and says which were added, removed, revised (with each field that changed) or kept
 * unchanged, and what that does to the figures per month; {@link
 * org.conflictstats.diff.SnapshotDiffCsv} and {@link org.conflictstats.diff.SnapshotDiffJson}
 * write it out. The package sits above {@code stats} and {@code io}: it reads through
 * {@link org.conflictstats.io.DistinctReports} and counts with a
 * {@link org.conflictstats.stats.StatsQuery}.
 */
package org.conflictstats.diff;

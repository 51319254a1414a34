/**
 * What {@code summary} says, worked out once ({@link org.conflictstats.summary.Summary}, from the
 * reports' {@link org.conflictstats.summary.SummaryFacts} and a table by weapon), for every sink
 * that shows it: the command's text and JSON (in {@code cli}) and the summary section of the HTML
 * report (in {@code report}), so that they cannot drift apart. Depends on {@code model},
 * {@code io} and {@code stats}; not exported.
 *
 * <pre>{@code
 * Summary s = Summary.of(files, facts, Optional.of(identity), ReportFilter.all(),
 *     SourceScope.ALL, false, byWeapon, Optional.of(IntervalMethod.CLUSTER), 0.95);
 * }</pre>
 */
package org.conflictstats.summary;

/**
 * The self-contained HTML report of {@code conflict-stats report}: {@link
 * org.conflictstats.report.HtmlReport} assembles sections (summary, charts, rates, findings,
 * overlap, missing values, notes), each a small class implementing {@code Section}, from a {@link
 * org.conflictstats.report.ReportData}. Not exported: the command is the way in for now.
 *
 * <pre>{@code
 * String html = HtmlReport.of(data).withTitle("April 2025").toHtml();
 * }</pre>
 */
package org.conflictstats.report;

package org.conflictstats.report;

/**
 * One section of the HTML report: a heading, an anchor and a body. New sections (duplicates and
 * revisions, reporting regimes) implement this and are added to {@link HtmlReport#SECTIONS}.
 */
interface Section {

  /**
   * Returns the anchor of the section, unique in the page.
   *
   * @return letters, digits and hyphens
   */
  String id();

  /**
   * Returns the section's heading.
   *
   * @return the heading text
   */
  String heading();

  /**
   * Writes the section's body (without its heading).
   *
   * @param html where to write
   * @param data the report's inputs and figures
   */
  void write(Html html, ReportData data);
}

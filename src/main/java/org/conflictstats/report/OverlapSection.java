package org.conflictstats.report;

import org.conflictstats.stats.SourceOverlap;

/** Whether national and other sources count the same weapons in overlapping windows. */
final class OverlapSection implements Section {

  @Override
  public String id() {
    return "overlap";
  }

  @Override
  public String heading() {
    return "Overlap between sources";
  }

  @Override
  public void write(Html h, ReportData data) {
    // the summary's overlap, as summary gives it
    SourceOverlap o = data.summary().overlap();
    ReportSettings s = data.settings();
    h.raw("<p>").text("Overlap is looked for among the reports counted (sources: "
        + s.scope() + (s.filter().isAll() ? "" : "; filter: " + s.filter() + ", its"
            + " lines only") + ").").raw("</p>\n");
    if (!o.exists()) {
      h.raw("<p>").text("No counted line overlaps a line of another post (same weapon,"
          + " overlapping period).").raw("</p>\n");
      return;
    }
    h.raw("<p class=\"warning\">").text("Posts cover the same windows and weapons: "
        + Html.counted(o.linesAtRisk(), "line") + " of " + Html.counted(o.reports(), "report")
        + " may be counted twice.").raw("</p>\n");
    h.table("What may be counted twice").headerRow("what", "count").raw("</thead><tbody>\n")
        .row(true, "reports with a line that overlaps another post's", Html.number(o.reports()))
        .row(true, "national lines involved", Html.number(o.nationalLines()))
        .row(true, "regional lines involved", Html.number(o.regionalLines()))
        .row(true, "lines of other sources involved", Html.number(o.otherLines()))
        .raw("</tbody></table>\n");
    h.raw("<p class=\"note\">Two lines overlap when their reports come from different posts, their"
        + " periods overlap and they share a weapon (a composite line shares its parts); each"
        + " report is compared with the " + Html.number(SourceOverlap.DEFAULT_WINDOW)
        + " reports before it in input order.</p>\n");
  }
}

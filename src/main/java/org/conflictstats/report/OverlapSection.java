package org.conflictstats.report;

import java.util.Locale;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsTable;

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
    if (data.scope() != SourceScope.ALL) {
      h.raw("<p>").text("Only " + data.scope().name().toLowerCase(Locale.ROOT) + " sources are"
          + " counted, so no weapon is counted by two kinds of source; overlap is looked for when"
          + " all sources are counted.").raw("</p>\n");
      return;
    }
    StatsTable all = data.table();
    SourceOverlap o = all.overlap();
    if (!o.exists()) {
      h.raw("<p>No national line overlaps a line of another source (same weapon, overlapping"
          + " period).</p>\n");
      return;
    }
    h.raw("<p class=\"warning\">").text("The national Air Force and other sources cover the same"
        + " windows and weapons: " + Html.number(o.linesAtRisk()) + " lines may be counted"
        + " twice. Count national or regional sources only (--sources national) for figures"
        + " without double counting.").raw("</p>\n");
    h.raw("<table><thead>").headerRow("what", "count").raw("</thead><tbody>\n")
        .row(true, "report pairs (national, other) that overlap", Html.number(o.reportPairs()))
        .row(true, "national lines involved", Html.number(o.nationalLines()))
        .row(true, "lines of other sources involved", Html.number(o.otherLines()))
        .raw("</tbody></table>\n");
    h.raw("<p class=\"note\">Two lines overlap when their periods overlap and they share a weapon"
        + " (a composite line shares its parts). Duplicates across snapshots and revisions of"
        + " one report are not yet in this report.</p>\n");
  }
}

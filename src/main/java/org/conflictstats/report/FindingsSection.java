package org.conflictstats.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validation findings and rejected rows, by code: how many, and the first few with their lines. */
final class FindingsSection implements Section {

  @Override
  public String id() {
    return "findings";
  }

  @Override
  public String heading() {
    return "Validation findings";
  }

  @Override
  public void write(Html h, ReportData data) {
    Map<String, FindingTally> codes = data.findings();
    if (!data.settings().filter().isAll()) {
      // the reports validate with the same filter checks: those it passes, each whole
      h.raw("<p class=\"note\">").text("The findings of the " + Html.counted(
          data.checkedReports(), "report") + " the filter (" + data.settings().filter()
          + ") passes (their date, and one line at least), each report whole, as conflict-stats"
          + " validate with the same filter lists them; rejected rows whatever the filter.")
          .raw("</p>\n");
    }
    if (codes.isEmpty()) {
      h.raw("<p>No finding and no rejected row.</p>\n");
      return;
    }
    Map<String, FindingTally> ordered = new LinkedHashMap<>();
    for (String severity : List.of("error", "warning", "info")) {
      codes.forEach((code, c) -> {
        if (c.severity().equals(severity)) {
          ordered.put(code, c);
        }
      });
    }
    h.table("Findings by code").headerRow("code", "severity", "count").raw("</thead><tbody>\n");
    ordered.forEach((code, c) -> h.row(true, code, c.severity(), Html.number(c.count())));
    h.raw("</tbody></table>\n");
    ordered.forEach((code, c) -> {
      h.element("h3", code + " (" + c.severity() + ", " + Html.number(c.count()) + ")")
          .table("findings", "The first findings of code " + code, "<colgroup>"
              + "<col style=\"width:22%\"><col style=\"width:30%\"><col style=\"width:14%\">"
              + "<col style=\"width:34%\"></colgroup>")
          .headerRow("where", "report", "field", "message")
          .raw("</thead><tbody>\n");
      for (FindingTally.Occurrence o : c.first()) {
        h.raw("<tr><td class=\"text\">").text(o.where()).raw("</td><td class=\"text\">")
            .text(o.report()).raw("</td><td class=\"text\">").text(o.path())
            .raw("</td><td class=\"message\">").text(o.message()).raw("</td></tr>\n");
      }
      h.raw("</tbody></table>\n");
      if (c.count() > c.first().size()) {
        h.raw("<p class=\"note\">").text("... and " + Html.number(c.count() - c.first().size())
            + " more: conflict-stats validate lists them all.").raw("</p>\n");
      }
    });
    h.raw("<p class=\"note\">Reports with an error are left out of the figures unless"
        + " --include-invalid; warnings and infos do not change them. These are the findings of"
        + " each report on its own: what compares reports with each other (copies, revisions,"
        + " overlapping pairs: DUPLICATE_REPORT, REVISED_REPORT, OVERLAPPING_REPORTS) is not"
        + " counted here; overlap between sources has its section below, and conflict-stats"
        + " validate lists them all.</p>\n");
  }
}

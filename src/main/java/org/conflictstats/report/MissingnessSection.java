package org.conflictstats.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/** How often each field of the weapon lines is unknown (a blank cell) or empty, as read. */
final class MissingnessSection implements Section {

  @Override
  public String id() {
    return "missingness";
  }

  @Override
  public String heading() {
    return "Missing values";
  }

  @Override
  public void write(Html h, ReportData data) {
    Map<String, Predicate<WeaponLine>> fields = new LinkedHashMap<>();
    fields.put("launched (launched)", l -> l.launched().isUnknown());
    fields.put("launched not exact (withheld, at least n)", l -> !l.launched().isExact());
    fields.put("destroyed (destroyed)", l -> l.destroyed().isUnknown());
    fields.put("suppressed (not_reach_goal)", l -> l.suppressed().isUnknown());
    fields.put("still airborne (still_attacking)", l -> l.stillAirborne().isUnknown());
    fields.put("left airspace (border_crossing, ...)", l -> l.leftAirspace().isUnknown());
    fields.put("weapon not in the catalogue (model)", l -> !l.weapon().isResolved());
    fields.put("launch place (launch_place)", l -> l.details().launchPlace().isEmpty());
    fields.put("target (target)", l -> l.details().target().isEmpty());
    fields.put("carrier (carrier)", l -> l.details().carrier().isEmpty());
    fields.put("affected regions (affected region)",
        l -> l.details().affectedRegions().isEmpty());
    fields.put("launched by model (launched_details)",
        l -> l.details().launchedByModel().isEmpty());
    fields.put("genuine Shaheds (is_shahed)",
        l -> l.details().genuineShaheds().equals(LineDetails.none().genuineShaheds()));
    // one walk of the lines for every field (a stream over all lines per field made 13 walks and
    // a stream per report each time: a third of the report's time on a large file)
    List<Predicate<WeaponLine>> tests = new ArrayList<>(fields.values());
    long[] without = new long[tests.size()];
    long lines = 0;
    for (StrikeReport r : data.reports()) {
      List<WeaponLine> ls = r.lines();
      for (int j = 0; j < ls.size(); j++) {
        WeaponLine l = ls.get(j);
        lines++;
        for (int i = 0; i < without.length; i++) {
          if (tests.get(i).test(l)) {
            without[i]++;
          }
        }
      }
    }
    if (lines == 0) {
      h.raw("<p>No weapon line was read.</p>\n");
      return;
    }
    h.raw("<table><thead>").headerRow("field (CSV column)", "lines without it", "share")
        .raw("</thead><tbody>\n");
    int i = 0;
    for (String name : fields.keySet()) {
      long n = without[i++];
      h.row(true, name, Html.number(n), Html.percent((double) n / lines));
    }
    h.raw("</tbody></table>\n");
    h.raw("<p class=\"note\">").text("Over all " + Html.number(lines) + " weapon lines read (every"
        + " source, invalid reports included). A blank cell is unknown, never zero. A column"
        + " that a layout does not have (not_reach_goal in the 2023 layout) is read as zero for"
        + " that outcome, so it does not show here: those weapons fall into the unknown"
        + " outcome.").raw("</p>\n");
  }
}

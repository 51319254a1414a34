package org.conflictstats.report;

import java.util.List;
import java.util.function.Predicate;
import org.conflictstats.internal.Numbers;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.ReportFilter;

/** How often each field of the weapon lines is unknown (a blank cell) or empty, as read. */
final class MissingnessSection implements Section {

  /**
   * A field of the weapon lines and the test of a line without it.
   *
   * @param name the field, with its CSV column
   * @param test true for a line without the field
   */
  record Field(String name, Predicate<WeaponLine> test) {}

  /** The fields, in the order the table lists them. */
  static final List<Field> FIELDS = List.of(
      new Field("launched (launched)", l -> l.launched().isUnknown()),
      new Field("launched not exact (blank, withheld, a range): not rated",
          l -> !l.launched().isExact()),
      new Field("destroyed (destroyed)", l -> l.destroyed().isUnknown()),
      new Field("suppressed (not_reach_goal)", l -> l.suppressed().isUnknown()),
      new Field("still airborne (still_attacking)", l -> l.stillAirborne().isUnknown()),
      new Field("left airspace (border_crossing, ...)", l -> l.leftAirspace().isUnknown()),
      new Field("weapon not in the catalogue (model)", l -> !l.weapon().isResolved()),
      new Field("launch place (launch_place)", l -> l.details().launchPlace().isEmpty()),
      new Field("target (target)", l -> l.details().target().isEmpty()),
      new Field("carrier (carrier)", l -> l.details().carrier().isEmpty()),
      new Field("affected regions (affected region)",
          l -> l.details().affectedRegions().isEmpty()),
      new Field("launched by model (launched_details)",
          l -> l.details().launchedByModel().isEmpty()),
      new Field("genuine Shaheds (is_shahed)",
          l -> l.details().genuineShaheds().equals(LineDetails.none().genuineShaheds())));

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
    long lines = data.checkedLines();
    if (lines == 0) {
      h.raw("<p>").text(data.settings().filter().isAll() ? "No weapon line was read."
          : "No weapon line of a report the filter passes (" + data.settings().filter() + ").")
          .raw("</p>\n");
      return;
    }
    h.table("Weapon lines without each field")
        .headerRow("field (CSV column)", "lines without it", "share")
        .raw("</thead><tbody>\n");
    for (int i = 0; i < FIELDS.size(); i++) {
      long n = data.missing(i);
      h.row(true, FIELDS.get(i).name(), Html.number(n), Html.percent((double) n / lines));
    }
    h.raw("</tbody></table>\n");
    ReportFilter filter = data.settings().filter();
    String over = filter.isAll() ? "Over all " + Html.counted(lines, "weapon line") + " of"
        + " the distinct reports read"
        : "Over the " + Html.counted(lines, "weapon line") + " of the " + Html.number(
            data.checkedReports()) + " distinct " + Numbers.nouns(data.checkedReports(), "report")
            + " the filter (" + filter + ")"
            + " passes, each report whole, as validate with the same filter checks them";
    h.raw("<p class=\"note\">").text(over + " (a report that several inputs give counted once;"
        + " every source, invalid reports included). A blank cell is unknown, never zero. A column"
        + " that a layout does not have (not_reach_goal in the 2023 layout) is read as zero for"
        + " that outcome, so it does not show here: those weapons fall into the unknown"
        + " outcome.").raw("</p>\n");
  }
}

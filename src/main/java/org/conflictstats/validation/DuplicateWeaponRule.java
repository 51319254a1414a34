package org.conflictstats.validation;

import java.util.HashMap;
import java.util.Map;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.StrikeReport;

/**
 * {@link FindingCode#DUPLICATE_WEAPON}: a line names the same weapon (by canonical name, a
 * composite's parts in any order, as {@code CompositeWeapon.equals} has it) as an earlier line of
 * the report. The later line is reported, pointing back at the first.
 */
final class DuplicateWeaponRule implements Rule {

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    if (!sink.wants(FindingCode.DUPLICATE_WEAPON)) {
      return;
    }
    if (report.lines().size() < 2) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < report.lines().size(); i++) {
      String name = report.lines().get(i).weapon().name();
      Integer earlier =
          first.putIfAbsent(ReportFingerprint.comparedName(report.lines().get(i).weapon()), i);
      if (earlier != null) {
        sink.add(FindingCode.DUPLICATE_WEAPON, ReportPaths.line(i).field("weapon"),
            "'" + name + "' is also the weapon of " + ReportPaths.line(earlier)
                + ": the report may count some weapons twice",
            name);
      }
    }
  }
}

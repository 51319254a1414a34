package org.conflictstats.validation;

import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;

/** {@link FindingCode#COMPOSITE_WEAPON}: a line reports several weapon types together. */
final class CompositeWeaponRule implements Rule {

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    if (!sink.wants(FindingCode.COMPOSITE_WEAPON)) {
      return;
    }
    for (int i = 0; i < report.lines().size(); i++) {
      Weapon w = report.lines().get(i).weapon();
      if (w.isComposite()) {
        sink.add(FindingCode.COMPOSITE_WEAPON, ReportPaths.line(i).field("weapon"),
            "the line reports " + w.parts().size() + " weapon types together (category "
                + w.category() + "); its counts cannot be split by type",
            w.name());
      }
    }
  }
}

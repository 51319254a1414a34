package org.conflictstats.validation;

import java.util.stream.Collectors;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.Weapon;

/** {@link FindingCode#UNRESOLVED_WEAPON}: the catalogue does not know a line's weapon or a part. */
final class UnresolvedWeaponRule implements Rule {

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    if (!sink.wants(FindingCode.UNRESOLVED_WEAPON)) {
      return;
    }
    for (int i = 0; i < report.lines().size(); i++) {
      Weapon w = report.lines().get(i).weapon();
      if (w.isResolved()) {
        continue;
      }
      String unknown = w.parts().stream().filter(p -> p instanceof UnresolvedWeapon)
          .map(p -> "'" + p.name() + "'").collect(Collectors.joining(", "));
      String message = w.isComposite()
          ? "the catalogue does not know " + unknown + " in the composite weapon '" + w.name() + "'"
          : "the catalogue does not know the weapon " + unknown + "; its category is unclassified";
      sink.add(FindingCode.UNRESOLVED_WEAPON, ReportPaths.line(i).field("weapon"), message,
          w.name());
    }
  }
}

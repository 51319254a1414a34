package org.conflictstats.validation;

import java.util.function.Function;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.StrikeReport;

/**
 * {@link FindingCode#CASUALTIES_CONTRADICT}: the places' lower bounds add up to more than the
 * total's upper bound, for killed and for injured. The opposite (a total above the places' sum) is
 * no contradiction: the places given need not be all.
 */
final class CasualtiesRule implements Rule {

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    Casualties c = report.casualties();
    if (c.byPlace().isEmpty()) {
      return;
    }
    check(c, "killed", c.killed(), PlaceCasualties::killed, sink);
    check(c, "injured", c.injured(), PlaceCasualties::injured, sink);
  }

  private static void check(Casualties c, String field, Count total,
      Function<PlaceCasualties, Count> perPlace, FindingSink sink) {
    Bounds places = Bounds.ZERO;
    for (PlaceCasualties p : c.byPlace()) {
      places = places.plus(Bounds.of(perPlace.apply(p)));
    }
    if (places.mustExceed(total)) {
      sink.add(FindingCode.CASUALTIES_CONTRADICT, ReportPaths.CASUALTIES.field(field),
          "the places add up to " + places + " " + field + ", more than the total (" + total + ")",
          total);
    }
  }
}

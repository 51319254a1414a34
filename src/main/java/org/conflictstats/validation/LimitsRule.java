package org.conflictstats.validation;

import java.util.Locale;
import java.util.Map;
import org.conflictstats.model.Count;
import org.conflictstats.model.InputLimits;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.WeaponLine;

/**
 * {@link FindingCode#BEYOND_INPUT_LIMITS}: a count above {@link InputLimits#MAX_COUNT}, or a period
 * bound whose year lies outside {@link InputLimits#FIRST_YEAR}-{@link InputLimits#LAST_YEAR}. Every
 * reader of the library refuses such a value, so a report built in code that holds one would be
 * written and not read back, and sums over it could overflow. Reports a reader gave never hold one.
 */
final class LimitsRule implements Rule {

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    if (!sink.wants(FindingCode.BEYOND_INPUT_LIMITS)) {
      return;
    }
    year(report.period().start(), ReportPaths.PERIOD_START, sink);
    year(report.period().end(), ReportPaths.PERIOD_END, sink);
    for (int i = 0; i < report.lines().size(); i++) {
      WeaponLine l = report.lines().get(i);
      FieldPath p = ReportPaths.line(i);
      count(l.launched(), p.field("launched"), sink);
      count(l.destroyed(), p.field("destroyed"), sink);
      count(l.suppressed(), p.field("suppressed"), sink);
      count(l.stillAirborne(), p.field("stillAirborne"), sink);
      count(l.leftAirspace(), p.field("leftAirspace"), sink);
      count(l.hit(), p.field("hit"), sink);
      details(l.details(), p.field("details"), sink);
    }
    FieldPath c = ReportPaths.CASUALTIES;
    count(report.casualties().killed(), c.field("killed"), sink);
    count(report.casualties().injured(), c.field("injured"), sink);
    for (int j = 0; j < report.casualties().byPlace().size(); j++) {
      PlaceCasualties place = report.casualties().byPlace().get(j);
      count(place.killed(), c.field("byPlace").index(j).field("killed"), sink);
      count(place.injured(), c.field("byPlace").index(j).field("injured"), sink);
    }
  }

  private static void details(LineDetails d, FieldPath p, FindingSink sink) {
    int k = 0;
    for (Count n : d.launchedByModel().values()) {
      count(n, p.field("launchedByModel").index(k++), sink);
    }
    map(d.destroyedByDirection(), p.field("destroyedByDirection"), sink);
    map(d.leftAirspaceByCountry(), p.field("leftAirspaceByCountry"), sink);
    for (int j = 0; j < d.subTypes().size(); j++) {
      SubTypeCounts s = d.subTypes().get(j);
      count(s.launched(), p.field("subTypes").index(j).field("launched"), sink);
      count(s.destroyed(), p.field("subTypes").index(j).field("destroyed"), sink);
    }
    count(d.genuineShaheds(), p.field("genuineShaheds"), sink);
    count(d.jetPowered(), p.field("jetPowered"), sink);
    count(d.jetPoweredDestroyed(), p.field("jetPoweredDestroyed"), sink);
    count(d.hitLocations(), p.field("hitLocations"), sink);
    count(d.fragmentLocations(), p.field("fragmentLocations"), sink);
  }

  /** A map's keys are free text, not a path's names: the finding points at the map. */
  private static void map(Map<String, Count> counts, FieldPath p, FindingSink sink) {
    counts.forEach((key, n) -> count(n, p, "'" + key + "': ", sink));
  }

  private static void count(Count c, FieldPath path, FindingSink sink) {
    count(c, path, "", sink);
  }

  private static void count(Count c, FieldPath path, String key, FindingSink sink) {
    long bound = c.upper().orElse(c.lower());
    if (bound > InputLimits.MAX_COUNT) {
      sink.add(FindingCode.BEYOND_INPUT_LIMITS, path, key + c + " is above "
          + String.format(Locale.ROOT, "%,d", InputLimits.MAX_COUNT)
          + ", the largest count a reader takes: the report would not read back", c);
    }
  }

  private static void year(ReportTime t, FieldPath path, FindingSink sink) {
    int year = t.date().getYear();
    if (year < InputLimits.FIRST_YEAR || year > InputLimits.LAST_YEAR) {
      sink.add(FindingCode.BEYOND_INPUT_LIMITS, path, "the year " + year + " is outside "
          + InputLimits.FIRST_YEAR + "-" + InputLimits.LAST_YEAR
          + ", the years a reader takes: the report would not read back", t);
    }
  }
}

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
 * written and not read back, and sums over it could overflow. Reports the CSV and JSON readers
 * give never hold one (a row whose cells add up beyond the limit is rejected); a report extracted
 * from a text may, and then has this finding. It runs on every report a table counts: a path is
 * made only for a finding.
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
      count(l.launched(), i, "launched", sink);
      count(l.destroyed(), i, "destroyed", sink);
      count(l.suppressed(), i, "suppressed", sink);
      count(l.stillAirborne(), i, "stillAirborne", sink);
      count(l.leftAirspace(), i, "leftAirspace", sink);
      count(l.hit(), i, "hit", sink);
      details(l.details(), i, sink);
    }
    var c = report.casualties();
    if (beyond(c.killed())) {
      add(sink, ReportPaths.CASUALTIES.field("killed"), "", c.killed());
    }
    if (beyond(c.injured())) {
      add(sink, ReportPaths.CASUALTIES.field("injured"), "", c.injured());
    }
    for (int j = 0; j < c.byPlace().size(); j++) {
      PlaceCasualties place = c.byPlace().get(j);
      if (beyond(place.killed())) {
        add(sink, ReportPaths.CASUALTIES.field("byPlace").index(j).field("killed"), "",
            place.killed());
      }
      if (beyond(place.injured())) {
        add(sink, ReportPaths.CASUALTIES.field("byPlace").index(j).field("injured"), "",
            place.injured());
      }
    }
  }

  private static void details(LineDetails d, int line, FindingSink sink) {
    int k = 0;
    for (Count n : d.launchedByModel().values()) {
      if (beyond(n)) {
        add(sink, detail(line, "launchedByModel").index(k), "", n);
      }
      k++;
    }
    map(d.destroyedByDirection(), line, "destroyedByDirection", sink);
    map(d.leftAirspaceByCountry(), line, "leftAirspaceByCountry", sink);
    for (int j = 0; j < d.subTypes().size(); j++) {
      SubTypeCounts s = d.subTypes().get(j);
      if (beyond(s.launched())) {
        add(sink, detail(line, "subTypes").index(j).field("launched"), "", s.launched());
      }
      if (beyond(s.destroyed())) {
        add(sink, detail(line, "subTypes").index(j).field("destroyed"), "", s.destroyed());
      }
    }
    detailCount(d.genuineShaheds(), line, "genuineShaheds", sink);
    detailCount(d.jetPowered(), line, "jetPowered", sink);
    detailCount(d.jetPoweredDestroyed(), line, "jetPoweredDestroyed", sink);
    detailCount(d.hitLocations(), line, "hitLocations", sink);
    detailCount(d.fragmentLocations(), line, "fragmentLocations", sink);
  }

  /** A map's keys are free text, not a path's names: the finding points at the map. */
  private static void map(Map<String, Count> counts, int line, String field, FindingSink sink) {
    for (Map.Entry<String, Count> e : counts.entrySet()) { // on every line read: no lambda
      if (beyond(e.getValue())) {
        add(sink, detail(line, field), "'" + e.getKey() + "': ", e.getValue());
      }
    }
  }

  private static void count(Count c, int line, String field, FindingSink sink) {
    if (beyond(c)) {
      add(sink, ReportPaths.line(line).field(field), "", c);
    }
  }

  private static void detailCount(Count c, int line, String field, FindingSink sink) {
    if (beyond(c)) {
      add(sink, detail(line, field), "", c);
    }
  }

  private static FieldPath detail(int line, String field) {
    return ReportPaths.line(line).field("details").field(field);
  }

  /** The largest value the count allows (its lower bound when it has no upper), too large. */
  private static boolean beyond(Count c) {
    return c.upperOrElse(c.lower()) > InputLimits.MAX_COUNT;
  }

  private static void add(FindingSink sink, FieldPath path, String key, Count c) {
    sink.add(FindingCode.BEYOND_INPUT_LIMITS, path, key + c + " is above "
        + String.format(Locale.ROOT, "%,d", InputLimits.MAX_COUNT)
        + ", the largest count a reader takes: the report would not read back", c);
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

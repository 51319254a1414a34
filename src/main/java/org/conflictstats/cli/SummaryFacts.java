package org.conflictstats.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.conflictstats.internal.Times;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;

/**
 * What {@code summary} says of the reports beyond their rates: how many, how many lines, the period
 * they cover and the reports per source. A mergeable accumulator, so it is filled part by part as the
 * inputs stream; memory grows with the number of sources only. Not thread-safe.
 */
final class SummaryFacts {

  long reports;
  long lines;
  ReportTime first;
  ReportTime last;
  final Map<String, Long> bySource = new TreeMap<>();

  static Collector<StrikeReport, SummaryFacts, SummaryFacts> collector() {
    return Collector.of(SummaryFacts::new, SummaryFacts::add, SummaryFacts::merge);
  }

  void add(StrikeReport r) {
    reports++;
    lines += r.lines().size();
    ReportTime start = r.period().start();
    ReportTime end = r.period().end();
    first = first == null || start.compareTo(first) < 0 ? start : first;
    last = last == null || end.compareTo(last) > 0 ? end : last;
    bySource.merge(r.source().name() + " (" + kind(r) + ")", 1L, Long::sum);
  }

  SummaryFacts merge(SummaryFacts o) {
    reports += o.reports;
    lines += o.lines;
    if (o.first != null) {
      first = first == null || o.first.compareTo(first) < 0 ? o.first : first;
      last = last == null || o.last.compareTo(last) > 0 ? o.last : last;
    }
    o.bySource.forEach((k, v) -> bySource.merge(k, v, Long::sum));
    return this;
  }

  /** The period covered, as the tables write times: {@code 2025-03-08 19:00 to 2025-04-18}. */
  Optional<String> period() {
    return first == null ? Optional.empty()
        : Optional.of(Times.local(first) + " to " + Times.local(last));
  }

  private static String kind(StrikeReport r) {
    switch (r.source().kind()) {
      case NATIONAL_AIR_FORCE:
        return "national";
      case REGIONAL_AIR_COMMAND:
        return "regional";
      case UNKNOWN:
        return "unknown";
      default:
        return "other";
    }
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

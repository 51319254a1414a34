package org.conflictstats.cli;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
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
  /** The reports per source, in the order of their labels ({@code kpszsu (national)}). */
  final Map<SourceName, Long> bySource = new TreeMap<>(
      Comparator.comparing(SourceName::label));

  /**
   * A source as the summary lists it: its name and its kind ({@code national}, {@code regional},
   * {@code unknown} or {@code other}).
   *
   * <pre>{@code
   * new SourceName("kpszsu", "national").label();   // "kpszsu (national)"
   * }</pre>
   */
  record SourceName(String name, String kind) {
    /** The text summary's label: the name, then the kind in brackets. */
    String label() {
      return name + " (" + kind + ")";
    }
  }

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
    bySource.merge(new SourceName(r.source().name(), kind(r)), 1L, Long::sum);
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

  /** The start of the first report's period; empty when no report was read. */
  Optional<ReportTime> first() {
    return Optional.ofNullable(first);
  }

  /** The end of the last report's period; empty when no report was read. */
  Optional<ReportTime> last() {
    return Optional.ofNullable(last);
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

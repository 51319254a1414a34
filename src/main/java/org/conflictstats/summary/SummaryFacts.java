package org.conflictstats.summary;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;

/**
 * What a {@link Summary} says of the reports beyond their rates: how many, how many lines, the
 * period they cover and the reports per source. A mergeable accumulator, so it is filled part by
 * part as the inputs stream; memory grows with the number of sources only. Not thread-safe.
 *
 * <pre>{@code
 * SummaryFacts facts = reports.stream().collect(SummaryFacts.collector());
 * facts.bySource();   // {SourceName[name=PvKPivden, kind=regional]=1, ...=8}
 * }</pre>
 */
public final class SummaryFacts {

  private long reports;
  private long lines;
  private ReportTime first;
  private ReportTime last;
  /**
   * The reports per source, in the order of their labels ({@code kpszsu (national)}); a source is
   * its name as written, so two spellings of one name are two sources.
   */
  private final Map<SourceName, Long> bySource = new TreeMap<>(
      Comparator.comparing(SourceName::label));

  /** Creates an empty accumulator. */
  public SummaryFacts() {}

  /**
   * A source as the summary lists it: its name and its kind ({@code national}, {@code regional},
   * {@code unknown} or {@code other}).
   *
   * <pre>{@code
   * new SourceName("kpszsu", "national").label();   // "kpszsu (national)"
   * }</pre>
   *
   * @param name the source's name, as the report gives it
   * @param kind its kind, in words
   */
  public record SourceName(String name, String kind) {
    /**
     * Returns the label lists show: the name, then the kind in brackets.
     *
     * @return {@code kpszsu (national)}
     */
    public String label() {
      return name + " (" + kind + ")";
    }
  }

  /**
   * Returns a collector of reports into facts.
   *
   * @return the collector; it merges parts in encounter order
   */
  public static Collector<StrikeReport, SummaryFacts, SummaryFacts> collector() {
    return Collector.of(SummaryFacts::new, SummaryFacts::add, SummaryFacts::merge);
  }

  /**
   * Counts a report.
   *
   * @param r the report
   */
  public void add(StrikeReport r) {
    reports++;
    lines += r.lines().size();
    ReportTime start = r.period().start();
    ReportTime end = r.period().end();
    // the first of equal times is kept
    first = first == null || start.compareTo(first) < 0 ? start : first;
    last = last == null || end.compareTo(last) > 0 ? end : last;
    bySource.merge(new SourceName(r.source().name(), kind(r)), 1L, Long::sum);
  }

  /**
   * Adds the facts of a later part to these.
   *
   * @param o the facts of the reports after these
   * @return this
   */
  public SummaryFacts merge(SummaryFacts o) {
    reports += o.reports;
    lines += o.lines;
    if (o.first != null) {
      first = first == null || o.first.compareTo(first) < 0 ? o.first : first;
      last = last == null || o.last.compareTo(last) > 0 ? o.last : last;
    }
    o.bySource.forEach((k, v) -> bySource.merge(k, v, Long::sum));
    return this;
  }

  /**
   * Returns the reports counted.
   *
   * @return how many
   */
  public long reports() {
    return reports;
  }

  /**
   * Returns the weapon lines of the reports counted.
   *
   * @return how many
   */
  public long lines() {
    return lines;
  }

  /**
   * Returns the reports per source, in the order of their labels.
   *
   * @return an unmodifiable view
   */
  public Map<SourceName, Long> bySource() {
    return Collections.unmodifiableMap(bySource);
  }

  /**
   * Returns the start of the first report's period.
   *
   * @return the start; empty when no report was counted
   */
  public Optional<ReportTime> first() {
    return Optional.ofNullable(first);
  }

  /**
   * Returns the end of the last report's period.
   *
   * @return the end; empty when no report was counted
   */
  public Optional<ReportTime> last() {
    return Optional.ofNullable(last);
  }

  /**
   * Returns a report's source kind as the summary names it.
   *
   * @param r the report
   * @return {@code national}, {@code regional}, {@code unknown} or {@code other}
   */
  public static String kind(StrikeReport r) {
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
}

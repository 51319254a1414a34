package org.conflictstats.model;

import java.util.Objects;

/**
 * What makes two reports the same report (DOMAIN.md §8, §10): the post and the period. The post is
 * the source's address ({@code kpszsu/posts/pfbid...}, {@code https://t.me/kpszsu/123}) when the
 * source gives one, else the report's id; the period is its start and end with their precision
 * (a date-only time is not the same as midnight) and its zone. Two reports with equal keys are one
 * report: identical copies when their lines are the same ({@link ReportFingerprint#sameLines}), a
 * revision when they are not.
 *
 * <pre>{@code
 * ReportKey key = ReportKey.of(report);
 * key.post();     // "kpszsu/posts/pfbid02Wm..."
 * key.toString(); // "kpszsu/posts/pfbid02Wm...@2022-11-01T01:30/2022-11-02T03:00"
 * }</pre>
 *
 * <p>For a report of the Air Force CSV the key is what its id says ({@code <source>@<start>/<end>}),
 * since the reader makes one report of the rows that share {@code time_start}, {@code time_end} and
 * {@code source}. This class is immutable and thread-safe; equality is by value.
 *
 * @param post the post: the source's address, else the report's id; not blank
 * @param period the period
 */
public record ReportKey(String post, ReportPeriod period) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the post is blank
   */
  public ReportKey {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(period, "period");
    if (post.isBlank()) {
      throw new IllegalArgumentException("post must not be blank");
    }
  }

  /**
   * Returns the key of a report.
   *
   * @param report the report
   * @return its post and period
   */
  public static ReportKey of(StrikeReport report) {
    Objects.requireNonNull(report, "report");
    return new ReportKey(post(report), report.period());
  }

  /** The post of a report: its source's address, else its id. */
  static String post(StrikeReport report) {
    return report.source().address().orElse(report.id());
  }

  /**
   * Returns {@code post@start/end}, the zone added when it is not Europe/Kyiv: the report id the
   * Air Force CSV reader gives. A post that already ends with {@code @start/end} (the id of a report
   * whose source has no address) is not given the period twice.
   */
  @Override
  public String toString() {
    String at = "@" + period;
    return post.endsWith(at) ? post : post + at;
  }
}

package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponLine;

/**
 * Whether the national Air Force and other sources may count the same weapons twice (DOMAIN.md
 * §6). The national Air Force summarises the whole country; regional air commands report their zone,
 * and other named sources (the General Staff, a regional administration, a news channel) repeat
 * figures, often of the same weapons. When a national report and a report of any other named source
 * have overlapping periods ({@link ReportPeriod#overlaps}) and lines that share a weapon (the same
 * single weapon, or a composite with that weapon among its parts), those lines may be counted twice
 * when both sources are in scope. Overlap between two non-national sources is not looked for.
 *
 * <pre>{@code
 * SourceOverlap overlap = SourceOverlap.find(reports);
 * if (overlap.exists()) {
 *   System.err.println("warning: " + overlap); // "12 national and 15 regional lines ..."
 * }
 * }</pre>
 *
 * <p>This is a warning, not a correction: the library cannot tell which weapons are the same. Choose
 * a {@link org.conflictstats.model.SourceScope} of national or regional sources to avoid it. This
 * class is immutable and thread-safe.
 *
 * @param reportPairs pairs of one national and one other report that overlap in time and weapon
 * @param nationalLines lines of national reports that share a weapon with an overlapping report of
 *     another source
 * @param otherLines lines of regional commands' and other named sources' reports that share a
 *     weapon with an overlapping national report
 */
public record SourceOverlap(long reportPairs, long nationalLines, long otherLines) {

  private static final SourceOverlap NONE = new SourceOverlap(0, 0, 0);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public SourceOverlap {
    checkArgument(reportPairs >= 0 && nationalLines >= 0 && otherLines >= 0,
        "counts must not be negative");
  }

  /**
   * Returns the value for no overlap.
   *
   * @return all counts zero
   */
  public static SourceOverlap none() {
    return NONE;
  }

  /**
   * Finds the overlap between the national reports and the reports of every other named source
   * among the given ones. Reports without a source are ignored.
   *
   * @param reports the reports
   * @return the overlap
   */
  public static SourceOverlap find(Iterable<StrikeReport> reports) {
    Objects.requireNonNull(reports, "reports");
    List<StrikeReport> national = new ArrayList<>();
    List<StrikeReport> regional = new ArrayList<>();
    for (StrikeReport r : reports) {
      collect(r, national, regional);
    }
    return find(national, regional);
  }

  /**
   * Returns whether any line may be counted twice.
   *
   * @return {@code true} when some national and other lines overlap
   */
  public boolean exists() {
    return reportPairs > 0;
  }

  /**
   * Returns how many lines may be counted twice, national and other together.
   *
   * @return national plus other lines at risk
   */
  public long linesAtRisk() {
    return nationalLines + otherLines;
  }

  /**
   * Returns a sentence for a warning, such as {@code "12 national and 15 other-source lines (4
   * report pairs) cover the same weapons in overlapping periods and may be counted twice"}, or
   * {@code "no overlap between national and other sources"}.
   */
  @Override
  public String toString() {
    if (!exists()) {
      return "no overlap between national and other sources";
    }
    return nationalLines + " national and " + otherLines + " other-source lines (" + reportPairs
        + (reportPairs == 1 ? " report pair" : " report pairs")
        + ") cover the same weapons in overlapping periods and may be counted twice";
  }

  /** Adds a report to the national or the other list; a report without a source is ignored. */
  static void collect(StrikeReport report, List<StrikeReport> national,
      List<StrikeReport> regional) {
    SourceKind kind = report.source().kind();
    if (kind == SourceKind.NATIONAL_AIR_FORCE) {
      national.add(report);
    } else if (kind != SourceKind.UNKNOWN) {
      regional.add(report);
    }
  }

  static SourceOverlap find(List<StrikeReport> nationalReports,
      List<StrikeReport> regionalReports) {
    if (nationalReports.isEmpty() || regionalReports.isEmpty()) {
      return NONE;
    }
    List<Entry> national = new ArrayList<>(nationalReports.size());
    long maxSpanMinutes = 0;
    for (StrikeReport r : nationalReports) {
      Entry e = new Entry(r);
      national.add(e);
      maxSpanMinutes = Math.max(maxSpanMinutes, Duration.between(e.start, e.latestEnd).toMinutes());
    }
    national.sort(Comparator.comparing(e -> e.start));
    long pairs = 0;
    long regionalLines = 0;
    for (StrikeReport r : regionalReports) {
      Entry reg = new Entry(r);
      // a national period overlapping this one starts at most maxSpan before this one starts
      ZonedDateTime from = reg.start.minusMinutes(maxSpanMinutes + 1);
      for (int i = firstStartingAtOrAfter(national, from); i < national.size(); i++) {
        Entry nat = national.get(i);
        if (nat.start.isAfter(reg.latestEnd)) {
          break;
        }
        if (nat.report.period().overlaps(reg.report.period())
            && (nat.markLinesSharing(reg.weapons) | reg.markLinesSharing(nat.weapons))) {
          pairs++;
        }
      }
      regionalLines += reg.linesAtRisk();
    }
    long nationalLines = 0;
    for (Entry e : national) {
      nationalLines += e.linesAtRisk();
    }
    return new SourceOverlap(pairs, nationalLines, regionalLines);
  }

  private static int firstStartingAtOrAfter(List<Entry> sorted, ZonedDateTime from) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start.isBefore(from)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A report with its time window, its weapons and which of its lines are at risk. */
  private static final class Entry {
    final StrikeReport report;
    final ZonedDateTime start;
    final ZonedDateTime latestEnd;
    final Set<Weapon> weapons = new HashSet<>();
    final boolean[] atRisk;

    Entry(StrikeReport report) {
      this.report = report;
      ReportPeriod p = report.period();
      this.start = p.zonedStart();
      // as ReportPeriod.overlaps reads a date-only end: the whole day
      this.latestEnd = p.end().isDateOnly() ? p.zonedEnd().plusDays(1).minusMinutes(1)
          : p.zonedEnd();
      for (WeaponLine line : report.lines()) {
        weapons.addAll(line.weapon().parts());
      }
      this.atRisk = new boolean[report.lines().size()];
    }

    /** Marks the lines that share a weapon with the given set; returns whether any does. */
    boolean markLinesSharing(Set<Weapon> others) {
      boolean any = false;
      List<WeaponLine> lines = report.lines();
      for (int i = 0; i < atRisk.length; i++) {
        for (Weapon part : lines.get(i).weapon().parts()) {
          if (others.contains(part)) {
            atRisk[i] = true;
            any = true;
            break;
          }
        }
      }
      return any;
    }

    long linesAtRisk() {
      long n = 0;
      for (boolean b : atRisk) {
        if (b) {
          n++;
        }
      }
      return n;
    }
  }
}

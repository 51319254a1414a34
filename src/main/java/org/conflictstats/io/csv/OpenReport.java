package org.conflictstats.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * A report whose rows are still being read: its key, id, period, source, the lines so far, and a
 * hash of each line's row (its bytes as read), by which a row given again is told from a new one.
 */
final class OpenReport {

  /** The length from which a report's rows are asked of as a set, not in a scan. */
  private static final int SET_FROM = 32;

  final ReportKey key;
  final String id;
  final ReportPeriod period;
  final Source source;
  final String targetArea;
  /** The report of version 1 of this key (this one, or the one this is a later version of). */
  final OpenReport first;
  /**
   * For a later version: the version it was split from (whose rows it may repeat), or the one that
   * version is a partial copy of, until this one is built; else null.
   */
  private OpenReport previous;
  /**
   * For a report of a key given again after the window: the sorted row hashes of the reports
   * emitted under the key (their union, {@link ReportKey#emitted}) and where the first begins,
   * which this one may be a partial copy of; else null.
   */
  private long[] emittedRows;
  private FileLocation emittedAt;
  /** For a report of a key given again after the window: the key as the window remembers it. */
  private ReportKey remembered;
  /** For the first version: the newest version of its key open now, and the highest number used. */
  OpenReport newest = this;
  int versions;
  /**
   * Where the rows that came back after other reports' rows start among the lines (the current
   * returning run), or -1 when the last rows came in one run with the report's first row.
   */
  int runStart = -1;
  /** The current returning run's first row: its target area and line. */
  String runTarget;
  long runLine;
  private Set<Region> regions;
  // the first line and row are kept apart: most reports have one line
  private WeaponLine firstLine;
  private FileLocation firstRow;
  private long firstHash;
  private List<WeaponLine> lines;
  private List<FileLocation> rows;
  private long[] hashes;
  private int size;
  // the hashes of the rows of a long report, made at its first question: asked at every row that
  // goes on a run (ReportWindow's twins) or comes back, a scan was quadratic in the report's
  // length (rv51d: one report of 480,000 rows, 1.9 s before the twins' question, 20.7 s with it)
  private LongSet rowSet;

  /** A report of a key's first version, numbered {@code number} (2 and up after the window). */
  OpenReport(ReportKey key, String id, ReportPeriod period, Source source, String targetArea,
      int number) {
    this.key = key;
    this.id = id;
    this.period = period;
    this.source = source;
    this.targetArea = targetArea;
    this.first = this;
    this.versions = number;
  }

  /** A later version of {@code first}'s key, split from {@code previous}, with its own key and id. */
  private OpenReport(OpenReport first, OpenReport previous, ReportKey key, String id,
      String targetArea) {
    this.key = key;
    this.id = id;
    this.period = first.period;
    this.source = first.source;
    this.targetArea = targetArea;
    this.first = first;
    this.previous = previous;
  }

  /** The number of lines so far. */
  int size() {
    return size;
  }

  void add(WeaponLine line, FileLocation at, long hash) {
    if (size == 0) {
      firstLine = line;
      firstRow = at;
      firstHash = hash;
    } else {
      if (lines == null) {
        lines = new ArrayList<>(4);
        rows = new ArrayList<>(4);
        hashes = new long[4];
        lines.add(firstLine);
        rows.add(firstRow);
        hashes[0] = firstHash;
      }
      lines.add(line);
      rows.add(at);
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      hashes[size] = hash;
      if (rowSet != null) {
        rowSet.add(hash);
      }
    }
    size++;
    addRegions(line);
  }

  private void addRegions(WeaponLine line) {
    Set<Region> own = line.details().affectedRegions();
    if (!own.isEmpty()) {
      if (regions == null) {
        regions = new LinkedHashSet<>();
      }
      regions.addAll(own);
    }
  }

  /** Whether one of the first {@code n} rows has this hash (is the same row byte for byte). */
  boolean repeats(long hash, int n) {
    if (size == 1 || n == 1) {
      return n >= 1 && firstHash == hash;
    }
    if (size >= SET_FROM) {
      if (rowSet == null) {
        rowSet = new LongSet();
        for (int i = 0; i < size; i++) {
          rowSet.add(hashes[i]);
        }
      }
      if (!rowSet.contains(hash)) {
        return false; // a row of none: no scan (rv51e: a long report's run that came back)
      }
      if (n == size) {
        return true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (hashes[i] == hash) {
        return true;
      }
    }
    return false;
  }

  /**
   * Opens the next version of this report's key ({@code <id>#n}, the first version's count of
   * versions one more), made the newest; its lines come from {@code from}'s rows from
   * {@code moveFrom} on (moved, not copied), none when {@code moveFrom} is {@code from}'s size.
   */
  static OpenReport nextVersion(OpenReport from, int moveFrom, String targetArea) {
    OpenReport base = from.first;
    int n = ++base.versions;
    OpenReport v = new OpenReport(base, from, base.key.version(n), base.key.id() + "#" + n,
        targetArea);
    base.newest = v;
    if (moveFrom < from.size) {
      for (int i = moveFrom; i < from.size; i++) {
        v.add(from.lines.get(i), from.rows.get(i), from.hashes[i]);
      }
      from.truncate(moveFrom);
    }
    // from is complete now (a key's rows go to its newest version): a partial copy itself, the
    // version it copies rows of is the one a later version is compared with (review rv46d: a row
    // given again twice made a third version, compared with the second, a revision)
    if (from.repeatsPartOfPrevious()) {
      v.previous = from.previous;
    } else if (from.repeatsPartOfEmitted()) {
      // from copies rows of the reports emitted under the key: a later version is compared with
      // those, not with from (rows of a copy given again whole are a copy too)
      v.previous = null;
      v.emittedRows = from.emittedRows;
      v.emittedAt = from.emittedAt;
    }
    return v;
  }

  private void truncate(int n) {
    // n >= 1: a run that came back follows at least the report's first row
    lines.subList(n, size).clear();
    rows.subList(n, size).clear();
    size = n;
    rowSet = null; // made again from the rows kept, if asked
    regions = null;
    for (WeaponLine l : lines) {
      addRegions(l);
    }
    runStart = -1;
  }

  ImportedReport build() {
    StrikeReport report = new StrikeReport(id, period, source, targetArea,
        regions == null ? ImmutableSet.of() : ImmutableSet.copyOf(regions),
        lines == null ? ImmutableList.of(firstLine) : ImmutableList.copyOf(lines),
        Casualties.unknown(), "");
    ImportedReport built = ImportedReport.of(report,
        rows == null ? ImmutableList.of(firstRow) : rows);
    FileLocation of = repeatsPartOfPrevious() ? previous.firstRow
        : repeatsPartOfEmitted() ? emittedAt : null;
    previous = null; // a chain of versions is not kept alive
    emittedRows = null;
    if (first == this) {
      // for a report of the key given again after the window
      (remembered != null ? remembered : key).emitted(firstHash, hashes, size, firstRow);
      remembered = null;
    }
    return of != null ? built.asPartialCopyOf(of) : built;
  }

  /**
   * Marks this report, of a key given again after the window, as one that may be a partial copy
   * of the reports emitted under the key ({@link ReportKey#emitted}).
   */
  void mayCopyRowsOf(ReportKey stored) {
    remembered = stored;
    if (stored != null && stored.emittedRows() != null) {
      emittedRows = stored.emittedRows();
      emittedAt = stored.emittedAt();
    }
  }

  /**
   * Whether this later version holds only rows of the version it was split from, each the same
   * byte for byte as one of its rows (some maybe more often than there), and lacks some row of it:
   * rows given again away from their report (one, or two copies side by side, of a report of more
   * rows), which bring nothing that version lacks. A version that holds every row of the one
   * before it, as often, and more is a revision (a release that adds a line equal to another),
   * and one that holds the same rows a copy, which its fingerprint tells. The version before is
   * complete by then: a key's rows go to its newest version.
   */
  private boolean repeatsPartOfPrevious() {
    return previous != null && copiesPartOf(sortedHashes(), previous.sortedHashes());
  }

  /**
   * Whether this report of a key given again after the window holds only rows of the reports
   * emitted under its key and lacks some of them ({@link #mayCopyRowsOf}): a report the window
   * had parted in two, given again whole, is no partial copy of its parts (review rv47e).
   */
  private boolean repeatsPartOfEmitted() {
    return emittedRows != null && copiesPartOf(sortedHashes(), emittedRows);
  }

  /**
   * Whether every element of the sorted {@code mine} is in the sorted {@code theirs}, and
   * {@code theirs} is not within {@code mine} as a multiset: some element of it is missing from
   * {@code mine}, or there fewer times.
   */
  private static boolean copiesPartOf(long[] mine, long[] theirs) {
    boolean lacks = false;
    int i = 0;
    int j = 0;
    while (j < theirs.length) {
      long h = theirs[j];
      int inTheirs = 0;
      while (j < theirs.length && theirs[j] == h) {
        inTheirs++;
        j++;
      }
      if (i < mine.length && mine[i] < h) {
        return false; // a row of mine that theirs lacks
      }
      int inMine = 0;
      while (i < mine.length && mine[i] == h) {
        inMine++;
        i++;
      }
      lacks |= inMine < inTheirs;
    }
    return i == mine.length && lacks;
  }

  private long[] sortedHashes() {
    long[] out = hashes == null ? new long[] {firstHash} : Arrays.copyOf(hashes, size);
    Arrays.sort(out);
    return out;
  }
}

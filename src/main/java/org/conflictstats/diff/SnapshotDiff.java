package org.conflictstats.diff;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportInput;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.ReportKey;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;

/**
 * Compares two snapshots of a dataset (DOMAIN.md §10): the reports of the newer one matched to the
 * older one's by {@link ReportKey} (post and period), each one <i>added</i> (only the newer has its
 * key), <i>removed</i> (only the older), <i>revised</i> (both, with other lines: the same weapons
 * and six counts, in any order, as {@link ReportFingerprint} compares them) or <i>unchanged</i>;
 * and the figures per month of each snapshot alone, as {@code conflict-stats rates --by month
 * --include-invalid} gives them (the same {@link StatsQuery}: {@link #monthQuery()}).
 *
 * <p>Within one snapshot each report counts once, as {@link DistinctReports} reads it: a key
 * given twice in one file is one report (its latest version unless {@link #withPrefer} says
 * otherwise). So unchanged + revised + removed = the reports of the older snapshot, and unchanged +
 * revised + added = the newer's. Details of the lines (launch place, target, regions, ...),
 * casualties and notes are not compared: a report whose weapons and counts are the same is
 * unchanged.
 *
 * <p>Memory: each snapshot is read once into its month table and an index of its reports' key and
 * lines hashes (32 bytes a slot); the reports themselves are not kept. The first {@link #withLimit
 * limit} revised, added and removed reports (in file order) are then read again, from both
 * snapshots, to give their fields: so both inputs must be readable twice ({@link ReportInput}),
 * and each may be read a third time by {@code DistinctReports}.
 *
 * <pre>{@code
 * AirForceCsvReader reader = AirForceCsv.reader();
 * SnapshotDiff.Result r = SnapshotDiff.standard().compare(
 *     ReportInput.of("2023-07.csv", sink -> reader.read(Path.of("2023-07.csv"), sink)),
 *     ReportInput.of("2026-02.csv", sink -> reader.read(Path.of("2026-02.csv"), sink)));
 * r.added(); r.removed(); r.revised(); r.unchanged();
 * r.revisedReports().get(0).changes(); // [lines[Shahed-136/131].suppressed: 0 -> unknown, ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SnapshotDiff {

  /** The revised, added and removed reports listed with their fields, by default. */
  public static final int DEFAULT_LIMIT = 20;

  private final Attribution attribution;
  private final DistinctReports.Prefer prefer;
  private final int limit;

  private SnapshotDiff(Attribution attribution, DistinctReports.Prefer prefer, int limit) {
    this.attribution = attribution;
    this.prefer = prefer;
    this.limit = limit;
  }

  /**
   * Returns the comparison with the defaults: report dates in Europe/Kyiv, the latest version of a
   * report given twice in one snapshot, {@value #DEFAULT_LIMIT} reports of each kind listed.
   *
   * @return the comparison
   */
  public static SnapshotDiff standard() {
    return new SnapshotDiff(Attribution.standard(), DistinctReports.Prefer.LAST, DEFAULT_LIMIT);
  }

  /**
   * Returns a copy attributing reports to months another way (another zone).
   *
   * @param newAttribution the attribution
   * @return the copy
   */
  public SnapshotDiff withAttribution(Attribution newAttribution) {
    Objects.requireNonNull(newAttribution, "newAttribution");
    return new SnapshotDiff(newAttribution, prefer, limit);
  }

  /**
   * Returns a copy that counts another version of a report given twice within one snapshot.
   *
   * @param newPrefer the version
   * @return the copy
   */
  public SnapshotDiff withPrefer(DistinctReports.Prefer newPrefer) {
    Objects.requireNonNull(newPrefer, "newPrefer");
    return new SnapshotDiff(attribution, newPrefer, limit);
  }

  /**
   * Returns a copy that lists at most this many revised, added and removed reports each, with
   * their fields; 0 lists none and reads each snapshot once (or twice, see
   * {@link DistinctReports}).
   *
   * @param newLimit the limit, at least 0
   * @return the copy
   * @throws IllegalArgumentException if the limit is negative
   */
  public SnapshotDiff withLimit(int newLimit) {
    checkArgument(newLimit >= 0, "limit must not be negative: %s", newLimit);
    return new SnapshotDiff(attribution, prefer, newLimit);
  }

  /**
   * Returns the query of the figures per month: by month, every line kept (reports with
   * validation errors too), every source, this comparison's attribution.
   *
   * @return the query
   */
  public StatsQuery monthQuery() {
    return StatsQuery.groupBy(Dimension.MONTH).withInvalidReportsKept(true)
        .withAttribution(attribution);
  }

  /**
   * Returns how many reports of each kind are listed with their fields.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * What a comparison found.
   *
   * @param before the older snapshot's counts (rows, reports) and what it repeats within itself
   * @param after the newer snapshot's
   * @param added reports only the newer snapshot has
   * @param removed reports only the older snapshot has
   * @param revised reports both have, with other lines
   * @param unchanged reports both have, with the same lines
   * @param months the figures of every month either snapshot has, in order
   * @param revisedReports the first revised reports (in the newer snapshot's order), with the
   *     fields that changed
   * @param addedReports the first added reports (in the newer snapshot's order), with their lines
   * @param removedReports the first removed reports (in the older snapshot's order), with their
   *     lines
   * @param beforeTable the older snapshot's table by month
   * @param afterTable the newer snapshot's table by month
   */
  public record Result(Side before, Side after, long added, long removed, long revised,
      long unchanged, List<MonthChange> months, List<ReportChange> revisedReports,
      List<ReportChange> addedReports, List<ReportChange> removedReports,
      StatsTable beforeTable, StatsTable afterTable) {

    /** Checks the components. */
    public Result {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      months = ImmutableList.copyOf(months);
      revisedReports = ImmutableList.copyOf(revisedReports);
      addedReports = ImmutableList.copyOf(addedReports);
      removedReports = ImmutableList.copyOf(removedReports);
      Objects.requireNonNull(beforeTable, "beforeTable");
      Objects.requireNonNull(afterTable, "afterTable");
    }

    /**
     * Returns whether the newer snapshot changed nothing: no report added, removed or revised.
     *
     * @return {@code true} when every report is unchanged
     */
    public boolean noChange() {
      return added == 0 && removed == 0 && revised == 0;
    }

    /**
     * Returns {@code added 1791, removed 50, revised 115, unchanged 0}, or {@code no change:
     * 1906 reports unchanged}.
     */
    @Override
    public String toString() {
      return noChange() ? "no change: " + unchanged + (unchanged == 1 ? " report" : " reports")
          + " unchanged"
          : "added " + added + ", removed " + removed + ", revised " + revised + ", unchanged "
              + unchanged;
    }
  }

  /**
   * One snapshot as read.
   *
   * @param name the input's name
   * @param counts its rows read, accepted and rejected, and reports
   * @param identity what it repeats or revises within itself
   * @param reports its reports, each key once
   */
  public record Side(String name, ImportCounts counts, IdentityCounts identity, long reports) {
    /** Checks the components. */
    public Side {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(counts, "counts");
      Objects.requireNonNull(identity, "identity");
    }
  }

  /**
   * Compares two snapshots.
   *
   * @param older the older snapshot
   * @param newer the newer snapshot
   * @return what changed
   * @throws IOException if a snapshot cannot be read, or changes while it is read
   */
  public Result compare(ReportInput older, ReportInput newer) throws IOException {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Read before = read(older);
    Read after = read(newer);
    long[] n = new long[3]; // unchanged, revised, added
    Firsts revisedFirst = new Firsts(limit);
    Firsts addedFirst = new Firsts(limit);
    Firsts removedFirst = new Firsts(limit);
    after.keys.forEach((h, l, lines, line, marked) -> {
      int s = before.keys.find(h, l);
      if (s < 0) {
        n[2]++;
        addedFirst.offer(line, h, l);
      } else {
        before.keys.mark(s);
        if (before.keys.lines(s) == lines) {
          n[0]++;
        } else {
          n[1]++;
          revisedFirst.offer(line, h, l);
        }
      }
    });
    long[] removed = new long[1];
    before.keys.forEach((h, l, lines, line, marked) -> {
      if (!marked) {
        removed[0]++;
        removedFirst.offer(line, h, l);
      }
    });
    List<ReportChange> revised = new ArrayList<>();
    List<ReportChange> added = new ArrayList<>();
    List<ReportChange> gone = new ArrayList<>();
    if (!revisedFirst.isEmpty() || !addedFirst.isEmpty() || !removedFirst.isEmpty()) {
      Map<Key, ImportedReport> newReports = fetch(newer, after.keys, revisedFirst, addedFirst);
      Map<Key, ImportedReport> oldReports = fetch(older, before.keys, revisedFirst, removedFirst);
      for (Key k : revisedFirst.inOrder()) {
        ImportedReport o = oldReports.get(k);
        ImportedReport r = newReports.get(k);
        revised.add(new ReportChange(ReportChange.Kind.REVISED, ReportKey.of(r.report()),
            at(o), at(r), LineChanges.between(o.report(), r.report())));
      }
      for (Key k : addedFirst.inOrder()) {
        ImportedReport r = newReports.get(k);
        added.add(new ReportChange(ReportChange.Kind.ADDED, ReportKey.of(r.report()),
            Optional.empty(), at(r), LineChanges.whole(r.report(), true)));
      }
      for (Key k : removedFirst.inOrder()) {
        ImportedReport o = oldReports.get(k);
        gone.add(new ReportChange(ReportChange.Kind.REMOVED, ReportKey.of(o.report()), at(o),
            Optional.empty(), LineChanges.whole(o.report(), false)));
      }
    }
    return new Result(before.side, after.side, n[2], removed[0], n[1], n[0],
        months(before.table, after.table), revised, added, gone, before.table, after.table);
  }

  private static Optional<FileLocation> at(ImportedReport r) {
    return r.rows().isEmpty() ? Optional.empty() : Optional.of(r.location());
  }

  /** One snapshot read: its side, its table by month, its reports' keys. */
  private record Read(Side side, StatsTable table, KeyTable keys) {}

  private Read read(ReportInput input) throws IOException {
    StatsQuery query = monthQuery();
    DistinctReports.Result<ReportSink.Collecting<ImportedReport, ?, Map.Entry<StatsTable,
        KeyTable>>> r = DistinctReports.preferring(prefer).read(List.of(input),
            () -> ReportSink.collecting(Collectors.teeing(
                Collectors.mapping(ImportedReport::report, query.toTable()),
                KeyTable.collector(), Map::entry)));
    Map.Entry<StatsTable, KeyTable> got = r.sink().result();
    return new Read(new Side(input.name(), r.counts().get(0), r.identity(), got.getValue().size()),
        got.getKey(), got.getValue());
  }

  /** A report's key hash. */
  private record Key(long hi, long lo) {}

  /** The first reports of a kind, by the line they start on: the {@code limit} smallest. */
  private static final class Firsts {
    private record Entry(long line, Key key) {}

    private final int limit;
    private final PriorityQueue<Entry> largestFirst =
        new PriorityQueue<>(Comparator.comparingLong(Entry::line).reversed());

    Firsts(int limit) {
      this.limit = limit;
    }

    void offer(long line, long h, long l) {
      if (limit == 0) {
        return;
      }
      largestFirst.add(new Entry(line, new Key(h, l)));
      if (largestFirst.size() > limit) {
        largestFirst.poll();
      }
    }

    boolean isEmpty() {
      return largestFirst.isEmpty();
    }

    List<Key> inOrder() {
      List<Entry> all = new ArrayList<>(largestFirst);
      all.sort(Comparator.comparingLong(Entry::line));
      List<Key> keys = new ArrayList<>();
      all.forEach(e -> keys.add(e.key()));
      return keys;
    }
  }

  /**
   * Reads an input again and keeps the reports of the given keys that count (the report that
   * starts on the line the index holds).
   */
  private static Map<Key, ImportedReport> fetch(ReportInput input, KeyTable keys, Firsts a,
      Firsts b) throws IOException {
    Map<Key, Long> wanted = new HashMap<>();
    for (Firsts f : List.of(a, b)) {
      for (Key k : f.inOrder()) {
        int s = keys.find(k.hi(), k.lo());
        if (s >= 0) {
          wanted.put(k, keys.line(s));
        }
      }
    }
    var sink = ReportSink.collecting(Collectors.filtering((ImportedReport r) -> {
      ReportFingerprint fp = ReportFingerprint.of(r.report());
      Long line = wanted.get(new Key(fp.keyHigh(), fp.keyLow()));
      return line != null && line == (r.rows().isEmpty() ? 0 : r.location().line());
    }, Collectors.toList()));
    input.readInto(sink);
    Map<Key, ImportedReport> found = new HashMap<>();
    for (ImportedReport r : sink.result()) {
      ReportFingerprint fp = ReportFingerprint.of(r.report());
      found.putIfAbsent(new Key(fp.keyHigh(), fp.keyLow()), r);
    }
    for (Key k : wanted.keySet()) {
      if (!found.containsKey(k)) {
        throw new org.conflictstats.io.FileChangedException(input.name()
            + ": the input changed between two readings (a report read before is gone)");
      }
    }
    return found;
  }

  /** The months of either table, in order, with each table's neutralisation rate. */
  private static List<MonthChange> months(StatsTable before, StatsTable after) {
    Map<String, Rate[]> byMonth = new TreeMap<>();
    for (StatsTable.Row row : before) {
      byMonth.computeIfAbsent(row.key(0), k -> new Rate[2])[0] = row.tally().neutralisationRate();
    }
    for (StatsTable.Row row : after) {
      byMonth.computeIfAbsent(row.key(0), k -> new Rate[2])[1] = row.tally().neutralisationRate();
    }
    List<MonthChange> months = new ArrayList<>();
    byMonth.forEach((m, r) -> months.add(new MonthChange(m, Optional.ofNullable(r[0]),
        Optional.ofNullable(r[1]))));
    return months;
  }
}

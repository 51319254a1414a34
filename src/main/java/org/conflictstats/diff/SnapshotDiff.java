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
import org.conflictstats.internal.Numbers;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportInput;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.ReportKey;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
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
 * of the revised, those whose lines differ only where one version has an exact 0 and the other
 * unknown for an outcome a layout may lack (suppressed, still airborne, left airspace, hit) are
 * counted apart ({@link Result#revisedOnlyZeroUnknown()}: no figure changed; the
 * 2023 layout has no column for suppressed or still airborne, read as 0, and later releases leave
 * those cells blank for the same nights) and listed after the others;
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
 * <p>Memory: each snapshot is read once into its month table and its reports' key, lines and
 * figures hashes (48 bytes a report, with the line it starts on); past a twentieth of the heap those go to sorted
 * runs in temporary files, removed at the end, and the two snapshots' keys are compared by merging
 * them in key order. The reports themselves are not kept, so a snapshot of any size is compared in
 * bounded memory. The first {@link #withLimit
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
 * r.revisedReports().get(0).changes(); // [lines[Kh-101/Kh-555].suppressed: 0 -> unknown, ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SnapshotDiff {

  /** The revised, added and removed reports listed with their fields, by default. */
  public static final int DEFAULT_LIMIT = 20;

  private final Attribution attribution;
  private final SourceScope scope;
  private final DistinctReports.Prefer prefer;
  private final int limit;
  /** Keys held in memory per snapshot before a run goes to disk; 0 for the heap's default. */
  private final int keyCapacity;

  private SnapshotDiff(Attribution attribution, SourceScope scope, DistinctReports.Prefer prefer,
      int limit, int keyCapacity) {
    this.attribution = attribution;
    this.scope = scope;
    this.prefer = prefer;
    this.limit = limit;
    this.keyCapacity = keyCapacity;
  }

  /** A copy holding at most this many keys of a snapshot in memory (tests force runs with it). */
  SnapshotDiff withKeyCapacity(int keys) {
    checkArgument(keys >= 2, "key capacity must be at least 2: %s", keys);
    return new SnapshotDiff(attribution, scope, prefer, limit, keys);
  }

  /**
   * Returns the comparison with the defaults: report dates in Europe/Kyiv, the latest version of a
   * report given twice in one snapshot, {@value #DEFAULT_LIMIT} reports of each kind listed.
   *
   * @return the comparison
   */
  public static SnapshotDiff standard() {
    return new SnapshotDiff(Attribution.standard(), SourceScope.ALL, DistinctReports.Prefer.LAST,
        DEFAULT_LIMIT, 0);
  }

  /**
   * Returns a copy attributing reports to months another way (another zone).
   *
   * @param newAttribution the attribution
   * @return the copy
   */
  public SnapshotDiff withAttribution(Attribution newAttribution) {
    Objects.requireNonNull(newAttribution, "newAttribution");
    return new SnapshotDiff(newAttribution, scope, prefer, limit, keyCapacity);
  }

  /**
   * Returns a copy that compares the reports of these sources alone, and whose figures per month
   * count them alone (all, by default: reports of several sources may count one weapon twice, as
   * each table's {@link StatsTable#overlap()} says). The rows read, accepted and rejected, and
   * what a release repeats within itself, are those of the whole release.
   *
   * <pre>{@code
   * SnapshotDiff.standard().withScope(SourceScope.NATIONAL).compare(older, newer).months();
   * }</pre>
   *
   * @param newScope the sources
   * @return the copy
   */
  public SnapshotDiff withScope(SourceScope newScope) {
    Objects.requireNonNull(newScope, "newScope");
    return new SnapshotDiff(attribution, newScope, prefer, limit, keyCapacity);
  }

  /**
   * Returns the sources whose reports are compared and counted in the figures per month.
   *
   * @return the scope; {@link SourceScope#ALL} by default
   */
  public SourceScope scope() {
    return scope;
  }

  /**
   * Returns a copy that counts another version of a report given twice within one snapshot.
   *
   * @param newPrefer the version
   * @return the copy
   */
  public SnapshotDiff withPrefer(DistinctReports.Prefer newPrefer) {
    Objects.requireNonNull(newPrefer, "newPrefer");
    return new SnapshotDiff(attribution, scope, newPrefer, limit, keyCapacity);
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
    return new SnapshotDiff(attribution, scope, prefer, newLimit, keyCapacity);
  }

  /**
   * Returns the query of the figures per month: by month, every line kept (reports with
   * validation errors too), this comparison's sources ({@link #withScope}) and attribution.
   *
   * @return the query
   */
  public StatsQuery monthQuery() {
    return StatsQuery.groupBy(Dimension.MONTH).withInvalidReportsKept(true)
        .withScope(scope).withAttribution(attribution);
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
   * @param revisedOnlyZeroUnknown of the revised reports, those whose lines differ only where one
   *     version has an exact 0 and the other unknown for suppressed, still airborne, left airspace
   *     or hit (no rate or bound changes: the older release's layout had no column for the
   *     outcome, the newer leaves its cell blank)
   * @param unchanged reports both have, with the same lines
   * @param months the figures of every month either snapshot has, in order
   * @param revisedReports the first revised reports, with the fields that changed: those that
   *     changed a figure first, then those only between 0 and unknown, each in the newer
   *     snapshot's order
   * @param addedReports the first added reports (in the newer snapshot's order), with their lines
   * @param removedReports the first removed reports (in the older snapshot's order), with their
   *     lines
   * @param beforeTable the older snapshot's table by month
   * @param afterTable the newer snapshot's table by month
   * @param scope the sources whose reports are compared and counted in the figures per month
   *     ({@link #withScope})
   */
  public record Result(Side before, Side after, long added, long removed, long revised,
      long revisedOnlyZeroUnknown, long unchanged, List<MonthChange> months, List<ReportChange> revisedReports,
      List<ReportChange> addedReports, List<ReportChange> removedReports,
      StatsTable beforeTable, StatsTable afterTable, SourceScope scope) {

    /** Checks the components. */
    public Result {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      checkArgument(revisedOnlyZeroUnknown >= 0 && revisedOnlyZeroUnknown <= revised,
          "revisedOnlyZeroUnknown %s is not within 0-%s", revisedOnlyZeroUnknown, revised);
      months = ImmutableList.copyOf(months);
      revisedReports = ImmutableList.copyOf(revisedReports);
      addedReports = ImmutableList.copyOf(addedReports);
      removedReports = ImmutableList.copyOf(removedReports);
      Objects.requireNonNull(beforeTable, "beforeTable");
      Objects.requireNonNull(afterTable, "afterTable");
      Objects.requireNonNull(scope, "scope");
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
     * Returns {@code added 1,791, removed 50, revised 115 (109 only between 0 and unknown),
     * unchanged 0}, or {@code no change: 1,906 reports unchanged}: each count with thousands
     * separators, in every locale.
     */
    @Override
    public String toString() {
      if (noChange()) {
        return "no change: " + Numbers.grouped(unchanged)
            + (unchanged == 1 ? " report" : " reports") + " unchanged";
      }
      return "added " + Numbers.grouped(added) + ", removed " + Numbers.grouped(removed)
          + ", revised " + Numbers.grouped(revised) + (revisedOnlyZeroUnknown == 0 ? ""
              : " (" + Numbers.grouped(revisedOnlyZeroUnknown) + " only between 0 and unknown)")
          + ", unchanged " + Numbers.grouped(unchanged);
    }
  }

  /**
   * One snapshot as read.
   *
   * @param name the input's name
   * @param counts its rows read, accepted and rejected, and reports
   * @param identity what it repeats or revises within itself
   * @param reports its reports of the comparison's sources ({@link SnapshotDiff#withScope}),
   *     each key once
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
    try {
      Read after = read(newer);
      try {
        return compare(older, newer, before, after);
      } finally {
        after.keys.close();
      }
    } finally {
      before.keys.close(); // the runs on disk go, whatever happens
    }
  }

  private Result compare(ReportInput older, ReportInput newer, Read before, Read after)
      throws IOException {
    long unchanged = 0;
    long revisedCount = 0;
    long zeroUnknownCount = 0;
    long addedCount = 0;
    long removedCount = 0;
    long beforeKeys = 0;
    long afterKeys = 0;
    Firsts revisedFirst = new Firsts(limit);
    Firsts zeroUnknownFirst = new Firsts(limit);
    Firsts addedFirst = new Firsts(limit);
    Firsts removedFirst = new Firsts(limit);
    // both snapshots' keys in order, merged: a key of one alone was added or removed
    try (KeyRuns.Sorted b = before.keys.sorted(); KeyRuns.Sorted a = after.keys.sorted()) {
      boolean hasB = b.next();
      boolean hasA = a.next();
      while (hasB || hasA) {
        int c = !hasB ? 1 : !hasA ? -1 : compareKeys(b, a);
        if (c < 0) {
          removedCount++;
          beforeKeys++;
          removedFirst.offer(b.line(), b.hi(), b.lo(), b.line(), -1);
          hasB = b.next();
        } else if (c > 0) {
          addedCount++;
          afterKeys++;
          addedFirst.offer(a.line(), a.hi(), a.lo(), -1, a.line());
          hasA = a.next();
        } else {
          if (b.lines() == a.lines()) {
            unchanged++;
          } else if (b.figures() == a.figures()) {
            revisedCount++;
            zeroUnknownCount++;
            zeroUnknownFirst.offer(a.line(), a.hi(), a.lo(), b.line(), a.line());
          } else {
            revisedCount++;
            revisedFirst.offer(a.line(), a.hi(), a.lo(), b.line(), a.line());
          }
          beforeKeys++;
          afterKeys++;
          hasB = b.next();
          hasA = a.next();
        }
      }
    }
    List<ReportChange> revised = new ArrayList<>();
    List<ReportChange> added = new ArrayList<>();
    List<ReportChange> gone = new ArrayList<>();
    // the revisions that change a figure first, then those only between 0 and unknown
    List<Key> revisedKeys = new ArrayList<>(revisedFirst.inOrder());
    Firsts zeroUnknownListed = zeroUnknownFirst.first(limit - revisedKeys.size());
    revisedKeys.addAll(zeroUnknownListed.inOrder());
    if (!revisedKeys.isEmpty() || !addedFirst.isEmpty() || !removedFirst.isEmpty()) {
      // only the reports listed are read again
      Map<Key, ImportedReport> newReports = fetch(newer, false, revisedFirst, zeroUnknownListed,
          addedFirst);
      Map<Key, ImportedReport> oldReports = fetch(older, true, revisedFirst, zeroUnknownListed,
          removedFirst);
      for (Key k : revisedKeys) {
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
    return new Result(before.side(beforeKeys), after.side(afterKeys), addedCount, removedCount,
        revisedCount, zeroUnknownCount, unchanged, months(before.table, after.table), revised, added, gone,
        before.table, after.table, scope);
  }

  private static int compareKeys(KeyRuns.Sorted x, KeyRuns.Sorted y) {
    int c = Long.compare(x.hi(), y.hi());
    return c != 0 ? c : Long.compare(x.lo(), y.lo());
  }

  /**
   * Where a report was read: its first row, or for a report without lines the place its reader
   * gave (a JSON Lines document's line), if any.
   */
  static Optional<FileLocation> at(ImportedReport r) {
    return r.rows().isEmpty() ? r.noLinesAt() : Optional.of(r.location());
  }

  /**
   * A report's figures hash: its {@linkplain ReportFingerprint#lines() lines hash} with every
   * exact zero of an outcome a layout may lack (suppressed, still airborne, left airspace, hit)
   * read as unknown, so that two versions whose lines differ only where one gives 0 for such an
   * outcome and the other nothing (a release whose layout has no column for it, and one that
   * leaves its cell blank) have the same figures hash. Launched and destroyed, which every layout
   * has, are compared as they are: 0 launched is a line with nothing to rate, unknown a line
   * without a rate.
   */
  static long figures(StrikeReport r) {
    List<WeaponLine> lines = r.lines();
    List<WeaponLine> read = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      WeaponLine l = lines.get(i);
      read.add(WeaponLine.of(l.weapon(), l.launched())
          .withDestroyed(l.destroyed())
          .withSuppressed(zeroAsUnknown(l.suppressed()))
          .withStillAirborne(zeroAsUnknown(l.stillAirborne()))
          .withLeftAirspace(zeroAsUnknown(l.leftAirspace()))
          .withHit(zeroAsUnknown(l.hit())));
    }
    return ReportFingerprint.linesOf(read);
  }

  private static Count zeroAsUnknown(Count c) {
    return c.equals(Count.zero()) ? Count.unknown() : c;
  }

  /** The line a report is known by in a release's keys: where it was read, or 0 if unknown. */
  static long firstLine(ImportedReport r) {
    return at(r).map(FileLocation::line).orElse(0L);
  }

  /** One snapshot read: its name and counts, its table by month, its reports' keys. */
  private record Read(String name, ImportCounts counts, IdentityCounts identity,
      StatsTable table, KeyRuns keys) {

    Side side(long reports) {
      return new Side(name, counts, identity, reports);
    }
  }

  private Read read(ReportInput input) throws IOException {
    StatsQuery query = monthQuery();
    // what wrote runs to disk: the reading's keys, and those of a reading DistinctReports began
    // again, whose files are removed here rather than at the JVM's exit
    List<KeyRuns> spilled = new ArrayList<>();
    KeyRuns kept = null;
    try {
      DistinctReports.Result<ReportSink.Collecting<ImportedReport, ?, Map.Entry<StatsTable,
          KeyRuns>>> r = DistinctReports.preferring(prefer).read(List.of(input),
              () -> ReportSink.collecting(Collectors.teeing(
                  Collectors.mapping(ImportedReport::report, query.toTable()),
                  // the reports compared: those of the scope, as the months count them
                  Collectors.filtering(i -> scope.includes(i.report().source()),
                      KeyRuns.collector(keyCapacity == 0 ? KeyRuns.defaultCapacity()
                          : keyCapacity, spilled::add)),
                  Map::entry)));
      Map.Entry<StatsTable, KeyRuns> got = r.sink().result();
      kept = got.getValue();
      return new Read(input.name(), r.counts().get(0), r.identity(), got.getKey(), kept);
    } finally {
      for (KeyRuns k : spilled) {
        if (k != kept) {
          k.close();
        }
      }
    }
  }

  /** A report's key hash. */
  private record Key(long hi, long lo) {}

  /** The first reports of a kind, by the line they start on: the {@code limit} smallest. */
  private static final class Firsts {
    /** A report: the line it is ordered by, its key, where it starts in each snapshot (-1: not). */
    private record Entry(long line, Key key, long oldLine, long newLine) {}

    /** By line, then by key (reports without rows and without a known place all start on line 0). */
    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::line)
        .thenComparingLong(e -> e.key().hi()).thenComparingLong(e -> e.key().lo());

    private final int limit;
    private final PriorityQueue<Entry> largestFirst = new PriorityQueue<>(ORDER.reversed());

    Firsts(int limit) {
      this.limit = limit;
    }

    void offer(long line, long h, long l, long oldLine, long newLine) {
      if (limit == 0) {
        return;
      }
      largestFirst.add(new Entry(line, new Key(h, l), oldLine, newLine));
      if (largestFirst.size() > limit) {
        largestFirst.poll();
      }
    }

    boolean isEmpty() {
      return largestFirst.isEmpty();
    }

    /** The first {@code n} of these, in a {@code Firsts} of their own. */
    Firsts first(int n) {
      Firsts f = new Firsts(n);
      for (Entry e : entries()) {
        if (f.largestFirst.size() == n) {
          break;
        }
        f.largestFirst.add(e);
      }
      return f;
    }

    List<Key> inOrder() {
      List<Key> keys = new ArrayList<>();
      entries().forEach(e -> keys.add(e.key()));
      return keys;
    }

    List<Entry> entries() {
      List<Entry> all = new ArrayList<>(largestFirst);
      all.sort(ORDER);
      return all;
    }
  }

  /**
   * Reads an input again and keeps the reports of the given keys that count (the report that
   * starts on the line its snapshot's keys hold).
   */
  private static Map<Key, ImportedReport> fetch(ReportInput input, boolean older, Firsts... of)
      throws IOException {
    Map<Key, Long> wanted = new HashMap<>();
    for (Firsts f : of) {
      for (Firsts.Entry e : f.entries()) {
        long line = older ? e.oldLine() : e.newLine();
        if (line >= 0) {
          wanted.put(e.key(), line);
        }
      }
    }
    var sink = ReportSink.collecting(Collectors.filtering((ImportedReport r) -> {
      ReportFingerprint fp = ReportFingerprint.of(r.report());
      Long line = wanted.get(new Key(fp.keyHigh(), fp.keyLow()));
      return line != null && line == firstLine(r);
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

package org.conflictstats.stats;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponLine;

/** The mutable state of one run of a {@link StatsQuery}; not thread-safe. */
final class Aggregation {

  private final StatsQuery query;
  private final Dimension[] dimensions;
  private final boolean perReport;
  private final boolean splitsModels;
  private final Map<GroupKey, TallyAccumulator> groups = new HashMap<>();
  /** The key of the group a line goes to, filled in place: no key object per line. */
  private final GroupKey probe;
  /** Keys of dimensions that depend on the date alone, kept per date (direct-mapped). */
  private final long[][] dateKeyDays;
  private final List<String>[][] dateKeys;
  /** Keys of dimensions that depend on the weapon alone, kept per weapon. */
  private final Map<Weapon, List<String>>[] weaponKeys;
  private final TallyAccumulator total;
  private final TableOptions options;
  private final boolean keepsValues;
  private final ClusterUnit unit;
  private final OverlapPart overlap;
  private long invalidReports;
  private long invalidLines;
  private long outOfScopeReports;
  private long outOfScopeLines;
  private long filteredReports;
  private long filteredLines;
  private long partMatchedLines;
  /** Combined lines split into their models' shares ({@link Dimension#MODEL}). */
  private long splitLines;
  /** Lines counted in more than one group (a line of several regions, by region). */
  private long multiGroupLines;
  /** The report dates of the first and the last report counted, as epoch days. */
  private long firstDay = Long.MAX_VALUE;
  private long lastDay = Long.MIN_VALUE;
  private long unsizedReports;
  private long unsizedLines;
  private long serial;
  /** Whether {@link #finish} gave the table: the groups are gone, so nothing more may come. */
  private boolean finished;
  /** The index of {@link Dimension#SIZE} among the dimensions, or -1. */
  private final int sizeIndex;

  /** Per-report keys, reused from report to report; null where keys depend on the line. */
  private final List<String>[] reportKeys;
  private final List<String>[] lineKeys;

  @SuppressWarnings({"rawtypes", "unchecked"}) // arrays of lists of keys: Java has no generic arrays
  Aggregation(StatsQuery query) {
    this.query = query;
    this.dimensions = query.dimensions().toArray(new Dimension[0]);
    boolean allPerReport = true;
    boolean model = false;
    for (Dimension d : dimensions) {
      allPerReport &= d.isPerReport();
      model |= d.kind() == Dimension.Kind.MODEL;
    }
    this.perReport = allPerReport;
    this.splitsModels = model;
    this.overlap = query.checksOverlap() ? new OverlapPart(query.overlapWindow()) : null;
    this.reportKeys = new List[dimensions.length];
    this.lineKeys = new List[dimensions.length];
    this.probe = new GroupKey(dimensions.length);
    this.dateKeyDays = new long[dimensions.length][];
    this.dateKeys = new List[dimensions.length][];
    this.weaponKeys = new Map[dimensions.length];
    for (int i = 0; i < dimensions.length; i++) {
      if (dimensions[i].isByDate()) {
        dateKeyDays[i] = new long[DATE_SLOTS];
        java.util.Arrays.fill(dateKeyDays[i], Long.MIN_VALUE);
        dateKeys[i] = new List[DATE_SLOTS];
      }
      if (dimensions[i].isByWeapon()) {
        weaponKeys[i] = new java.util.IdentityHashMap<>();
      }
    }
    this.options = query.options();
    this.keepsValues = options.keepsClusterValues();
    this.unit = options.unit();
    this.total = newAccumulator();
    this.sizeIndex = query.dimensions().indexOf(Dimension.SIZE);
  }

  private TallyAccumulator newAccumulator() {
    return keepsValues ? TallyAccumulator.keepingClusterValues() : new TallyAccumulator();
  }

  void add(StrikeReport given) {
    checkOpen();
    int lines = given.lines().size();
    Selection selection = query.select(given);
    StrikeReport report = selection.report();
    switch (selection.verdict()) {
      case OUT_OF_SCOPE:
        outOfScopeReports++;
        outOfScopeLines += lines;
        return;
      case FILTERED_OUT:
        filteredReports++;
        filteredLines += lines;
        return;
      case INVALID:
        invalidReports++;
        invalidLines += report.lines().size();
        filteredLines += selection.droppedLines();
        return;
      default:
        filteredLines += selection.droppedLines();
        partMatchedLines += selection.partMatchedLines();
    }
    if (overlap != null) {
      overlap.add(report);
    }
    LocalDate date = selection.date();
    long day = date.toEpochDay();
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
    // the report's cluster: null for the report itself (its lines arrive together), else the key
    // of its unit; and the index of its reporting regime
    Object cluster = unit.isReport() ? null : unit.keyOf(report, date);
    int regime = options.regimes().indexOf(date);
    total.add(report, cluster, regime);
    long id = serial++;
    for (int i = 0; i < dimensions.length; i++) {
      reportKeys[i] = dimensions[i].isPerReport() ? reportKeys(i, given, date) : null;
    }
    if (sizeIndex >= 0 && reportKeys[sizeIndex].get(0).equals(Dimension.NO_SIZE)) {
      unsizedReports++;
      unsizedLines += report.lines().size();
    }
    if (perReport) {
      if (single(reportKeys)) {
        group().add(report, cluster, regime);
      } else {
        multiGroupLines += report.lines().size();
        combine(reportKeys, 0, acc -> acc.add(report, cluster, regime));
      }
      return;
    }
    List<WeaponLine> reportLines = report.lines();
    for (int i = 0; i < reportLines.size(); i++) { // by index: no iterator a report
      WeaponLine line = reportLines.get(i);
      if (splitsModels) {
        List<WeaponLine> parts = modelParts(line);
        boolean shares = parts.size() > 1; // one part has the line's own outcomes
        if (shares) {
          splitLines++;
        }
        boolean several = false;
        for (WeaponLine part : parts) {
          several |= addLine(given, date, line, part, shares, id, cluster, regime);
        }
        if (several) {
          multiGroupLines++;
        }
      } else if (addLine(given, date, line, line, false, id, cluster, regime)) {
        multiGroupLines++;
      }
    }
  }

  /** Adds a line (or a model's share of it) to its groups; whether they are more than one. */
  private boolean addLine(StrikeReport report, LocalDate date, WeaponLine line, WeaponLine part,
      boolean share, long id, Object cluster, int regime) {
    for (int i = 0; i < dimensions.length; i++) {
      Dimension d = dimensions[i];
      if (reportKeys[i] != null) {
        lineKeys[i] = reportKeys[i];
      } else {
        WeaponLine which = d.kind() == Dimension.Kind.MODEL ? part : line;
        Map<Weapon, List<String>> byWeapon = weaponKeys[i];
        if (byWeapon != null) {
          List<String> k = byWeapon.get(which.weapon());
          if (k == null) {
            k = d.keys(report, date, which);
            if (byWeapon.size() < 4096) {
              byWeapon.put(which.weapon(), k);
            }
          }
          lineKeys[i] = k;
        } else {
          lineKeys[i] = d.keys(report, date, which);
        }
      }
    }
    boolean single = single(lineKeys);
    if (share) { // a model's share of a combined line: in no rate
      if (single) {
        group().addShare(part, id);
      } else {
        combine(lineKeys, 0, acc -> acc.addShare(part, id));
      }
    } else if (single) {
      group().add(part, id, cluster, regime);
    } else {
      combine(lineKeys, 0, acc -> acc.add(part, id, cluster, regime));
    }
    return !single;
  }

  /**
   * Days the per-date key cache holds, direct-mapped by epoch day: any 4,096 consecutive days (11
   * years, more than the dataset spans) take distinct slots, so every date is computed once a part
   * whatever the order of the rows. With 1,024 slots, a file of six years in no order of time
   * computed the month of most reports again.
   */
  private static final int DATE_SLOTS = 4096;

  /** The keys of a per-report dimension, from the per-date cache when they depend on the date. */
  private List<String> reportKeys(int i, StrikeReport report, LocalDate date) {
    if (dateKeys[i] == null) {
      return dimensions[i].keys(report, date, null);
    }
    long day = date.toEpochDay();
    int slot = (int) day & (DATE_SLOTS - 1);
    if (dateKeyDays[i][slot] != day) {
      dateKeys[i][slot] = dimensions[i].keys(report, date, null);
      dateKeyDays[i][slot] = day;
    }
    return dateKeys[i][slot];
  }

  /** The group of the key the probe holds; a new group is keyed by a copy of the probe. */
  private TallyAccumulator group() {
    probe.rehash();
    TallyAccumulator acc = groups.get(probe);
    if (acc == null) {
      acc = newAccumulator();
      groups.put(probe.copy(), acc);
    }
    return acc;
  }

  private TallyAccumulator group(GroupKey key) {
    TallyAccumulator acc = groups.get(key);
    if (acc == null) {
      acc = newAccumulator();
      groups.put(key, acc);
    }
    return acc;
  }

  /**
   * Fills the probe with the one key of each dimension and returns true; false when a dimension has
   * several keys (or none), for {@link #combine}.
   */
  private boolean single(List<String>[] keys) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].size() != 1) {
        return false;
      }
      probe.parts[i] = keys[i].get(0);
    }
    return true;
  }

  private void combine(List<String>[] keys, int at, Consumer<TallyAccumulator> action) {
    if (at == keys.length) {
      action.accept(group());
      return;
    }
    for (String k : keys[at]) {
      probe.parts[at] = k;
      combine(keys, at + 1, action);
    }
  }

  /**
   * Returns the single-model parts of a line: one per model of its launched split when the split
   * adds up to the line's launched count, each with that launched count and unknown outcomes (a
   * split of one model is the whole line, under that model, with its outcomes); otherwise the line
   * itself.
   */
  static List<WeaponLine> modelParts(WeaponLine line) {
    var split = line.details().launchedByModel();
    if (split.isEmpty()) {
      return List.of(line);
    }
    Count sum = Count.zero();
    for (Count c : split.values()) {
      sum = sum.plus(c);
    }
    if (!sum.equals(line.launched())) {
      return List.of(line);
    }
    if (split.size() == 1) {
      return List.of(new WeaponLine(split.keySet().iterator().next(), line.launched(),
          line.destroyed(), line.suppressed(), line.stillAirborne(), line.leftAirspace(),
          line.hit(), LineDetails.none()));
    }
    List<WeaponLine> parts = new ArrayList<>(split.size());
    for (Map.Entry<Weapon, Count> e : split.entrySet()) {
      parts.add(new WeaponLine(e.getKey(), e.getValue(), Count.unknown(), Count.unknown(),
          Count.unknown(), Count.unknown(), Count.unknown(), LineDetails.none()));
    }
    return parts;
  }

  Aggregation merge(Aggregation other) {
    checkOpen();
    other.checkOpen();
    // a report never spans two aggregations: merging folds each side's open report (cluster), so
    // equal serials of the two runs never meet
    other.groups.forEach((key, acc) -> group(key).addAll(acc));
    total.addAll(other.total);
    if (overlap != null) {
      overlap.merge(other.overlap);
    }
    invalidReports += other.invalidReports;
    invalidLines += other.invalidLines;
    outOfScopeReports += other.outOfScopeReports;
    outOfScopeLines += other.outOfScopeLines;
    filteredReports += other.filteredReports;
    filteredLines += other.filteredLines;
    partMatchedLines += other.partMatchedLines;
    splitLines += other.splitLines;
    multiGroupLines += other.multiGroupLines;
    firstDay = Math.min(firstDay, other.firstDay);
    lastDay = Math.max(lastDay, other.lastDay);
    unsizedReports += other.unsizedReports;
    unsizedLines += other.unsizedLines;
    return this;
  }

  /**
   * Refuses a container whose table was taken. The table takes the groups' accumulators with it,
   * so that a bootstrap's cluster values are not held twice; a second table would have the total
   * and no rows.
   */
  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("this collector's table was already taken: a container of"
          + " StatsQuery.toTable() gives its table once; collect again for another");
    }
  }

  StatsTable finish() {
    checkOpen();
    finished = true;
    List<StatsTable.Row> rows = new ArrayList<>(groups.size());
    // each group's accumulator is dropped once its tally is taken, so that a bootstrap's cluster
    // values are not held twice
    for (var it = groups.entrySet().iterator(); it.hasNext(); ) {
      var e = it.next();
      rows.add(new StatsTable.Row(e.getKey().toList(), e.getValue().snapshot()));
      it.remove();
    }
    rows.sort(rowOrder(dimensions));
    LeftOut leftOut = new LeftOut(invalidReports, invalidLines, outOfScopeReports,
        outOfScopeLines, filteredReports, filteredLines);
    SourceOverlap found = overlap != null ? overlap.result() : SourceOverlap.none();
    return new StatsTable(List.of(dimensions), rows, total.snapshot(), leftOut, found, options,
        new StatsTable.Selected(query.filter(), partMatchedLines,
            sizeIndex < 0 ? Optional.empty() : Optional.of(new LineCount(unsizedReports,
                unsizedLines)), splitLines, multiGroupLines,
            firstDay > lastDay ? Optional.empty() : Optional.of(DateRange.of(
                LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(lastDay)))));
  }

  static Comparator<StatsTable.Row> rowOrder(Dimension[] dimensions) {
    return (a, b) -> {
      for (int i = 0; i < dimensions.length; i++) {
        int c = dimensions[i].order().compare(a.key(i), b.key(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }
}

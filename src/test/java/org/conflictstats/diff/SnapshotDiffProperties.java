package org.conflictstats.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.PartFeeding;
import org.conflictstats.io.ReportInput;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of {@link SnapshotDiff} on random snapshots (reports of a pool of keys over several
 * months, each key in a few versions, some given twice within one snapshot), checked against an
 * oracle written another way: plain maps from a key string to the latest version's lines, compared
 * as sorted strings, and month sums added up line by line. A diff of a snapshot with itself has
 * nothing added, removed or revised; what one direction adds the other removes; and the month
 * columns of the CSV add up to the oracle's sums.
 */
final class SnapshotDiffProperties {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final List<String> WEAPONS = List.of("Shahed-136/131", "Kalibr", "Iskander-M",
      "Kh-101/Kh-555");
  private static final LocalDateTime START = LocalDateTime.of(2025, 1, 3, 20, 0);

  /** One report as the oracle sees it: its key string, month and lines. */
  private record Plain(String key, String month, List<long[]> lines, List<String> names) {
    /** The lines as sorted strings: weapon, launched, destroyed. */
    List<String> sorted() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        out.add(names.get(i) + "|" + lines.get(i)[0] + "|" + lines.get(i)[1]);
      }
      Collections.sort(out);
      return out;
    }
  }

  /** A snapshot: its reports in order. */
  private record Snapshot(String name, List<Plain> reports) {}

  /** The versions of each key of the pool: lines as {launched, destroyed} with a weapon. */
  private static List<List<Plain>> pool(Random random, int keys) {
    List<List<Plain>> pool = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      // keys spread over about five months; two posts
      LocalDateTime start = START.plusDays(k * 5L);
      String post = (k % 2 == 0 ? "kpszsu" : "PvKPivden") + "/posts/p" + k;
      String key = post + "@" + start;
      String month = start.plusHours(12).toLocalDate().toString().substring(0, 7);
      List<Plain> versions = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int v = 0; v < n; v++) {
        List<long[]> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
          long launched = 1 + random.nextInt(20);
          lines.add(new long[] {launched, random.nextInt((int) launched + 1)});
          names.add(WEAPONS.get(random.nextInt(WEAPONS.size())));
        }
        versions.add(new Plain(key, month, lines, names));
      }
      pool.add(versions);
    }
    return pool;
  }

  private static Snapshot snapshot(Random random, String name, List<List<Plain>> pool) {
    List<Plain> reports = new ArrayList<>();
    int n = random.nextInt(pool.size() + 3);
    for (int i = 0; i < n; i++) {
      List<Plain> versions = pool.get(random.nextInt(pool.size()));
      reports.add(versions.get(random.nextInt(versions.size())));
    }
    return new Snapshot(name, reports);
  }

  /** The snapshot as an input of reports, its lines in shuffled order, in a few parts. */
  private static ReportInput input(Snapshot s, long seed) {
    List<ImportedReport> reports = new ArrayList<>();
    long line = 2;
    Random random = new Random(seed);
    for (Plain p : s.reports()) {
      String[] key = p.key().split("@");
      LocalDateTime start = LocalDateTime.parse(key[1]);
      List<WeaponLine> lines = new ArrayList<>();
      for (int i = 0; i < p.lines().size(); i++) {
        lines.add(WeaponLine.of(CATALOG.resolve(p.names().get(i)),
            Count.exactly(p.lines().get(i)[0])).withDestroyed(Count.exactly(p.lines().get(i)[1])));
      }
      Collections.shuffle(lines, random);
      StrikeReport r = StrikeReport.builder().id(p.key())
          .period(ReportPeriod.of(ReportTime.ofMinute(start), ReportTime.ofMinute(start.plusHours(12))))
          .source(Source.parse(key[0])).addLines(lines).build();
      List<FileLocation> rows = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        rows.add(FileLocation.of(s.name(), line++));
      }
      reports.add(ImportedReport.of(r, rows));
    }
    return ReportInput.of(s.name(), sink -> PartFeeding.feed(sink, s.name(), reports, 3,
        new Random(seed * 7 + 1)));
  }

  /** The oracle's reports of a snapshot: each key's latest version (by first appearance). */
  private static Map<String, Plain> counted(Snapshot s) {
    Map<String, List<List<String>>> seen = new LinkedHashMap<>();
    Map<String, Plain> latest = new LinkedHashMap<>();
    for (Plain p : s.reports()) {
      List<List<String>> versions = seen.computeIfAbsent(p.key(), k -> new ArrayList<>());
      if (!versions.contains(p.sorted())) {
        versions.add(p.sorted());
        latest.put(p.key(), p);
      }
    }
    return latest;
  }

  /** Month to {launched, destroyed} of the counted reports. */
  private static Map<String, long[]> months(Map<String, Plain> reports) {
    Map<String, long[]> m = new TreeMap<>();
    for (Plain p : reports.values()) {
      long[] sums = m.computeIfAbsent(p.month(), k -> new long[2]);
      for (long[] l : p.lines()) {
        sums[0] += l[0];
        sums[1] += l[1];
      }
    }
    return m;
  }

  @Property(tries = 200)
  void agreesWithThePlainMapsAndTheCsvAddsUp(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int keys,
      @ForAll @IntRange(min = 0, max = 8) int keyCapacity) throws IOException {
    Random random = new Random(seed);
    List<List<Plain>> pool = pool(random, keys);
    Snapshot a = snapshot(random, "a.jsonl", pool);
    Snapshot b = snapshot(random, "b.jsonl", pool);
    // keys held in memory (0), or a few at a time with the rest in runs on disk
    SnapshotDiff diff = keyCapacity < 2 ? SnapshotDiff.standard()
        : SnapshotDiff.standard().withKeyCapacity(keyCapacity);
    SnapshotDiff.Result r = diff.withLimit(3).compare(input(a, seed), input(b, seed + 1));

    Map<String, Plain> before = counted(a);
    Map<String, Plain> after = counted(b);
    long added = after.keySet().stream().filter(k -> !before.containsKey(k)).count();
    long removed = before.keySet().stream().filter(k -> !after.containsKey(k)).count();
    long unchanged = after.keySet().stream().filter(k -> before.containsKey(k)
        && before.get(k).sorted().equals(after.get(k).sorted())).count();
    long revised = after.size() - added - unchanged;
    assertEquals(List.of(added, removed, revised, unchanged),
        List.of(r.added(), r.removed(), r.revised(), r.unchanged()), r::toString);
    assertEquals(before.size(), r.before().reports());
    assertEquals(after.size(), r.after().reports());
    assertEquals(Math.min(3, revised), r.revisedReports().size());
    assertEquals(Math.min(3, added), r.addedReports().size());
    assertEquals(Math.min(3, removed), r.removedReports().size());
    for (ReportChange c : r.revisedReports()) {
      assertTrue(!c.changes().isEmpty(), c::toString);
    }

    // the CSV, parsed back: each month's cells, and the columns' totals
    StringWriter out = new StringWriter();
    SnapshotDiffCsv.write(r, out);
    String[] rows = out.toString().split("\n");
    assertEquals(SnapshotDiffCsv.HEADER, rows[0]);
    Map<String, long[]> mb = months(before);
    Map<String, long[]> ma = months(after);
    TreeMap<String, Boolean> all = new TreeMap<>();
    mb.keySet().forEach(m -> all.put(m, true));
    ma.keySet().forEach(m -> all.put(m, true));
    assertEquals(all.size(), rows.length - 1);
    long[] totals = new long[4];
    int i = 1;
    for (String month : all.keySet()) {
      String[] cells = rows[i++].split(",", -1);
      assertEquals(month, cells[0]);
      assertEquals(cell(mb.get(month), 0), cells[1], month);
      assertEquals(cell(ma.get(month), 0), cells[2], month);
      assertEquals(cell(mb.get(month), 1), cells[3], month);
      assertEquals(cell(ma.get(month), 1), cells[4], month);
      for (int c = 0; c < 4; c++) {
        totals[c] += cells[c + 1].isEmpty() ? 0 : Long.parseLong(cells[c + 1]);
      }
    }
    assertEquals(mb.values().stream().mapToLong(x -> x[0]).sum(), totals[0]);
    assertEquals(ma.values().stream().mapToLong(x -> x[0]).sum(), totals[1]);
    assertEquals(mb.values().stream().mapToLong(x -> x[1]).sum(), totals[2]);
    assertEquals(ma.values().stream().mapToLong(x -> x[1]).sum(), totals[3]);
    Statistics.label("revised").collect(revised > 0);
    Statistics.label("copies within a snapshot").collect(r.after().identity().duplicates() > 0);
  }

  private static String cell(long[] sums, int i) {
    return sums == null ? "" : Long.toString(sums[i]);
  }

  @Property(tries = 150)
  void keysInRunsOnDiskGiveTheComparisonOfKeysInMemory(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int keys,
      @ForAll @IntRange(min = 2, max = 9) int keyCapacity,
      @ForAll @IntRange(min = 0, max = 4) int limit) throws IOException {
    Random random = new Random(seed);
    List<List<Plain>> pool = pool(random, keys);
    Snapshot a = snapshot(random, "a.jsonl", pool);
    Snapshot b = snapshot(random, "b.jsonl", pool);
    SnapshotDiff memory = SnapshotDiff.standard().withLimit(limit);
    SnapshotDiff.Result m = memory.compare(input(a, seed), input(b, seed + 1));
    long runFiles = runFiles();
    SnapshotDiff.Result d = memory.withKeyCapacity(keyCapacity)
        .compare(input(a, seed), input(b, seed + 1));
    assertEquals(runFiles, runFiles(), "the runs' files are removed");
    assertEquals(List.of(m.before(), m.after(), m.added(), m.removed(), m.revised(),
        m.unchanged(), m.months()), List.of(d.before(), d.after(), d.added(), d.removed(),
        d.revised(), d.unchanged(), d.months()));
    assertEquals(m.revisedReports(), d.revisedReports());
    assertEquals(m.addedReports(), d.addedReports());
    assertEquals(m.removedReports(), d.removedReports());
  }

  /** The temporary files of key runs that exist now. */
  private static long runFiles() throws IOException {
    try (var files = java.nio.file.Files.list(
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("conflict-stats-diff-keys-"))
          .count();
    }
  }

  @Property(tries = 150)
  void aSnapshotAgainstItselfChangesNothing(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int keys) throws IOException {
    Random random = new Random(seed);
    Snapshot a = snapshot(random, "a.jsonl", pool(random, keys));
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(a, seed), input(a, seed + 3));
    assertTrue(r.noChange(), r::toString);
    assertEquals(0, r.added() + r.removed() + r.revised());
    assertEquals(counted(a).size(), r.unchanged());
    assertTrue(r.months().stream().noneMatch(MonthChange::changed));
  }

  @Property(tries = 150)
  void whatOneDirectionAddsTheOtherRemoves(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int keys) throws IOException {
    Random random = new Random(seed);
    List<List<Plain>> pool = pool(random, keys);
    Snapshot a = snapshot(random, "a.jsonl", pool);
    Snapshot b = snapshot(random, "b.jsonl", pool);
    SnapshotDiff every = SnapshotDiff.standard().withLimit(1000);
    SnapshotDiff.Result ab = every.compare(input(a, seed), input(b, seed + 1));
    SnapshotDiff.Result ba = every.compare(input(b, seed + 2), input(a, seed));
    assertEquals(ab.added(), ba.removed());
    assertEquals(ab.removed(), ba.added());
    assertEquals(ab.revised(), ba.revised());
    assertEquals(ab.unchanged(), ba.unchanged());
    assertEquals(ab.months().size(), ba.months().size());
    for (int i = 0; i < ab.months().size(); i++) {
      assertEquals(ab.months().get(i).before(), ba.months().get(i).after());
      assertEquals(ab.months().get(i).after(), ba.months().get(i).before());
    }
    // a revised report's changes read backwards are the other direction's
    assertEquals(ab.revised(), ba.revisedReports().size());
    for (int i = 0; i < ab.revisedReports().size(); i++) {
      ReportChange x = ab.revisedReports().get(i);
      ReportChange y = ba.revisedReports().stream().filter(c -> c.key().equals(x.key()))
          .findFirst().orElseThrow();
      assertEquals(x.before(), y.after());
      // each change names its own line and field (reviews rv48c, rv48d)
      for (ReportChange z : List.of(x, y)) {
        List<String> fields = z.changes().stream().map(FieldChange::field).toList();
        assertEquals(fields.size(), fields.stream().distinct().count(), fields::toString);
      }
      List<String> forth = new ArrayList<>();
      List<String> back = new ArrayList<>();
      x.changes().forEach(c -> forth.add(c.before() + " -> " + c.after()));
      y.changes().forEach(c -> back.add(c.after() + " -> " + c.before()));
      Collections.sort(forth);
      Collections.sort(back);
      assertEquals(forth, back, x.key()::toString);
    }
  }
}

package org.conflictstats.io.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collector;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.LeftOut;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import org.conflictstats.stats.TallyAccumulator;

/**
 * The parallel path from an Air Force CSV file to a {@link StatsTable}: the file is cut into byte
 * ranges at report boundaries, each range is scanned on its own thread straight from the mapped file
 * into its own group accumulators, and the accumulators are merged. Only the groups are held in
 * memory.
 *
 * <p>Exactness first. A range whose rows are all of the plain kind the byte scanner knows (counts,
 * times, simple dicts and lists) is scanned fast; a range with anything else (a row the reader would
 * reject, a report whose rows are not contiguous, a cell in an unusual form) is read again by the
 * ordinary parser and aggregated by the ordinary collector, with its rejected rows' line numbers
 * shifted to their place in the file. Cut points are checked: a range that did not start where the
 * previous one ended (a quoted line break at the cut) is scanned again from the right place. When
 * a report might span two ranges in a way the ordinary reader would merge, the whole file is read the
 * ordinary way. So the result equals
 * {@code query.run(reader.stream(file, onRejected).map(ImportedReport::report))} in every group.
 */
final class ParallelTable {

  static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long COMMAS = ONES * ',';
  private static final long LFS = ONES * '\n';
  private static final long QUOTES = ONES * '"';
  private static final long CRS = ONES * '\r';

  /** The nominal size of a range; small ones for tests. */
  static int unitSize = 16 << 20;
  private static final int PAD = 16;
  /**
   * The most a range reads past its end to finish its last report (or before its start to find the
   * previous one); a report longer than that (tens of thousands of rows) makes the file be read in
   * order, so that memory stays bounded.
   */
  private static final int MAX_TAIL = 1 << 24;
  /** Below this many bytes of rows, a file is one range read on the calling thread. */
  private static final long SMALL_FILE = 2 << 20;

  private static final Count[] SMALL = new Count[4096];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Count.exactly(i);
    }
  }

  private final AirForceCsvReader reader;
  private final Path file;
  private final String fileName;
  private final StatsQuery query;
  private final Dimension[] dims;
  private final int[] dimKind;
  private final boolean needSource;
  private final boolean weaponKeyed;
  private final Header header;
  private final int width;
  private final long dataStart;
  private final long size;
  private final byte[] headerBytes;
  private final Weapons weapons;
  private final Sources sources;

  // column indexes, -1 when absent
  private final int cStart;
  private final int cEnd;
  private final int cModel;
  private final int cStatus;
  private final int cLaunched;
  private final int cDestroyed;
  private final int cSuppressed;
  private final int cStill;
  private final int cBorder;
  private final int cBelarus;
  private final int cRussia;
  private final int cSource;
  private final int[] cDetailCounts;
  private final int cDestroyedDetails;
  private final int cLaunchedDetails;
  private final int cPlaceDetails;
  private final int cTypes;
  private final int cRegions;

  private static final int D_DAY = 0;
  private static final int D_WEEK = 1;
  private static final int D_MONTH = 2;
  private static final int D_YEAR = 3;
  private static final int D_WEAPON = 4;
  private static final int D_CATEGORY = 5;
  private static final int D_SOURCE = 6;

  private ParallelTable(AirForceCsvReader reader, Path file, StatsQuery query, Header header,
      int width, long dataStart, long size, byte[] headerBytes) {
    this.reader = reader;
    this.file = file;
    this.fileName = file.toString();
    this.query = query;
    this.dims = query.dimensions().toArray(new Dimension[0]);
    this.dimKind = new int[dims.length];
    boolean src = query.scope() != SourceScope.ALL;
    for (int i = 0; i < dims.length; i++) {
      dimKind[i] = kindOf(dims[i]);
      src |= dimKind[i] == D_SOURCE;
    }
    this.needSource = src;
    boolean byWeapon = false;
    for (int k : dimKind) {
      byWeapon |= k == D_WEAPON || k == D_CATEGORY;
    }
    this.weaponKeyed = byWeapon;
    this.header = header;
    this.width = width;
    this.dataStart = dataStart;
    this.size = size;
    this.headerBytes = headerBytes;
    this.weapons = new Weapons(reader.catalog());
    this.sources = new Sources();
    cStart = header.at(Column.TIME_START);
    cEnd = header.at(Column.TIME_END);
    cModel = header.at(Column.MODEL);
    cStatus = header.at(Column.STATUS_DATA);
    cLaunched = header.at(Column.LAUNCHED);
    cDestroyed = header.at(Column.DESTROYED);
    cSuppressed = header.at(Column.NOT_REACH_GOAL);
    cStill = header.at(Column.STILL_ATTACKING);
    cBorder = header.at(Column.BORDER_CROSSING);
    cBelarus = header.at(Column.CROSS_BORDER_BELARUS);
    cRussia = header.at(Column.BACK_RUSSIA);
    cSource = header.at(Column.SOURCE);
    List<Integer> details = new ArrayList<>();
    for (Column c : new Column[] {Column.IS_SHAHED, Column.TURBOJET, Column.TURBOJET_DESTROYED,
        Column.NUM_HIT_LOCATION, Column.NUM_FALL_FRAGMENT_LOCATION}) {
      if (header.at(c) >= 0) {
        details.add(header.at(c));
      }
    }
    cDetailCounts = details.stream().mapToInt(Integer::intValue).toArray();
    cDestroyedDetails = header.at(Column.DESTROYED_DETAILS);
    cLaunchedDetails = header.at(Column.LAUNCHED_DETAILS);
    cPlaceDetails = header.at(Column.LAUNCH_PLACE_DETAILS);
    cTypes = header.at(Column.DESTROYED_TYPES);
    cRegions = header.at(Column.AFFECTED_REGION);
  }

  // ---- eligibility and entry -----------------------------------------------------------------

  private static int kindOf(Dimension d) {
    if (d == Dimension.DAY) {
      return D_DAY;
    }
    if (d == Dimension.WEEK) {
      return D_WEEK;
    }
    if (d == Dimension.MONTH) {
      return D_MONTH;
    }
    if (d == Dimension.YEAR) {
      return D_YEAR;
    }
    if (d == Dimension.WEAPON) {
      return D_WEAPON;
    }
    if (d == Dimension.CATEGORY) {
      return D_CATEGORY;
    }
    if (d == Dimension.SOURCE) {
      return D_SOURCE;
    }
    return -1;
  }

  /**
   * The largest grouping window the parallel path follows; with a larger one (a reader told to merge
   * rows of a report however far apart they lie) the file is read in order.
   */
  static final int MAX_WINDOW = 1 << 16;

  /** Whether the query can take the parallel path: built-in keys the scanner computes itself. */
  static boolean eligible(AirForceCsvReader reader, StatsQuery query) {
    if (!query.keepsInvalidReports() || query.dimensions().size() > 3
        || reader.groupingWindow() > MAX_WINDOW) {
      return false;
    }
    if (query.scope() == SourceScope.ALL && query.checksOverlap()) {
      return false; // the overlap check needs every national and regional report
    }
    Attribution a = query.attribution();
    if (!a.zone().equals(reader.zone())) {
      return false;
    }
    for (Dimension d : query.dimensions()) {
      if (kindOf(d) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Computes the table, in parallel where it can; see the class comment.
   */
  static StatsTable run(AirForceCsvReader reader, Path file, StatsQuery query,
      Consumer<? super RejectedRow> onRejected, int threads) throws IOException {
    if (!eligible(reader, query) || reader.mode() != org.conflictstats.io.ImportMode.LENIENT) {
      return sequential(reader, file, query, onRejected);
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      int probe = (int) Math.min(size, 1 << 16);
      byte[] head = new byte[probe + PAD];
      if (probe > 0) {
        ch.map(FileChannel.MapMode.READ_ONLY, 0, probe).get(0, head, 0, probe);
      }
      // the header: one plain line of plain names, LF-terminated, no BOM
      int lf = 0;
      while (lf < probe && head[lf] != '\n') {
        if (head[lf] == '"' || head[lf] == '\r' || (head[lf] & 0x80) != 0) {
          return sequential(reader, file, query, onRejected);
        }
        lf++;
      }
      if (lf == probe || lf == 0) {
        return sequential(reader, file, query, onRejected);
      }
      String headerText = new String(head, 0, lf, StandardCharsets.UTF_8);
      Header h = Header.of(List.of(headerText.split(",", -1)));
      if (!h.isUsable() || h.width >= 64 || h.at(Column.SOURCE) < 0) {
        return sequential(reader, file, query, onRejected);
      }
      ParallelTable t = new ParallelTable(reader, file, query, h, h.width, lf + 1, size,
          Arrays.copyOf(head, lf + 1));
      StatsTable table = t.runParallel(ch, Math.max(1, threads), onRejected);
      return table != null ? table : sequential(reader, file, query, onRejected);
    }
  }

  /** With {@code -Dconflictstats.trace=true}, says on standard error which way a table was read. */
  private static final boolean TRACE = Boolean.getBoolean("conflictstats.trace");

  /** How the last table was read, for tests: {@code "in order"}, {@code "gave up"} or a summary. */
  static volatile String lastWay = "";

  private static void trace(String what) {
    lastWay = what.substring(what.indexOf(": ") + 2);
    if (TRACE) {
      System.err.println("[conflict-stats] " + what);
    }
  }

  static StatsTable sequential(AirForceCsvReader reader, Path file, StatsQuery query,
      Consumer<? super RejectedRow> onRejected) throws IOException {
    trace("table of " + file + ": read in order");
    try (var s = reader.stream(file, onRejected)) {
      return query.run(s.map(ImportedReport::report));
    }
  }

  // ---- the parallel run ------------------------------------------------------------------------

  /** The result of one range. */
  private static final class Unit {
    final int index;
    long start;
    long end;
    long lines; // physical lines in [start, end)
    boolean slow;
    boolean giveUp;
    Groups groups;
    StatsTable slowTable;
    List<RejectedRow> rejected = List.of();
    long[] firstReports = new long[0];
    long[] lastReports = new long[0];

    Unit(int index) {
      this.index = index;
    }
  }

  /** The merged state; units are merged in file order as soon as they and their predecessor are done. */
  private final class Merge {
    final Unit[] done;
    final long[] nominal;
    final FileChannel ch;
    int frontier;
    final Groups all = new Groups();
    final Map<List<String>, TallyAccumulator> slowGroups = new HashMap<>();
    final TallyAccumulator total = new TallyAccumulator();
    long outReports;
    long outLines;
    long line = 2;
    long prevEnd = -1;
    long[] prevLast = new long[0];
    boolean giveUp;
    int slowUnits;
    int rescans;
    final List<RejectedRow> rejected = new ArrayList<>();
    final Scanner fixer = new Scanner();

    Merge(FileChannel ch, Unit[] done, long[] nominal) {
      this.ch = ch;
      this.done = done;
      this.nominal = nominal;
    }

    synchronized void complete(Unit r) throws IOException {
      done[r.index] = r;
      while (frontier < done.length && done[frontier] != null) {
        Unit u = done[frontier];
        if (frontier > 0 && u.start != prevEnd && !giveUp) {
          u = fixer.rescan(ch, u, prevEnd, nominal[frontier + 1]);
          rescans++;
        }
        if (u.giveUp || intersects(prevLast, u.firstReports)) {
          giveUp = true;
        }
        if (!giveUp) {
          take(u);
        }
        prevEnd = u.end;
        // the last reports of the file so far: a range may hold fewer than a window of them
        prevLast = lastOf(prevLast, u.lastReports, reader.groupingWindow() + 1);
        done[frontier] = null; // only the merged state is kept
        frontier++;
      }
    }

    private void take(Unit r) {
      if (r.slow) {
        slowUnits++;
        for (StatsTable.Row row : r.slowTable.rows()) {
          slowGroups.computeIfAbsent(row.key(), k -> new TallyAccumulator()).addAll(row.tally());
        }
        total.addAll(r.slowTable.total());
        outReports += r.slowTable.leftOut().outOfScopeReports();
        outLines += r.slowTable.leftOut().outOfScopeLines();
        for (RejectedRow bad : r.rejected) {
          rejected.add(new RejectedRow(FileLocation.of(fileName, line + bad.line() - 2),
              bad.field(), bad.rawText(), bad.reason()));
        }
      } else {
        all.addAll(r.groups);
      }
      line += r.lines;
    }
  }

  private StatsTable runParallel(FileChannel ch, int threads, Consumer<? super RejectedRow> onRejected)
      throws IOException {
    long data = size - dataStart;
    int unit = (int) Math.max(1 << 16, Math.min(unitSize, data / (threads * 4L) + 1));
    if (data < SMALL_FILE && unitSize > SMALL_FILE) {
      unit = (int) Math.max(1, data); // a small file: one range, read on this thread
    }
    int units = (int) Math.max(1, (data + unit - 1) / unit);
    long[] nominal = new long[units + 1];
    for (int u = 0; u <= units; u++) {
      nominal[u] = Math.min(size, dataStart + (long) u * unit);
    }
    AtomicInteger next = new AtomicInteger();
    Merge merge = new Merge(ch, new Unit[units], nominal);
    if (units == 1) {
      merge.complete(new Scanner().unit(ch, 0, nominal[0], nominal[1]));
      return finish(merge, units, 1, onRejected);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "conflict-stats-csv");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          Scanner s = new Scanner();
          int u;
          while ((u = next.getAndIncrement()) < units) {
            merge.complete(s.unit(ch, u, nominal[u], nominal[u + 1]));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException) {
        throw (IOException) c;
      }
      if (c instanceof UncheckedIOException) {
        throw ((UncheckedIOException) c).getCause();
      }
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return finish(merge, units, threads, onRejected);
  }

  private StatsTable finish(Merge merge, int units, int threads,
      Consumer<? super RejectedRow> onRejected) {
    if (merge.giveUp || merge.prevEnd != size) {
      trace("table of " + file + ": parallel reading gave up (" + (merge.giveUp
          ? "rows of one report on both sides of a cut, or unreadable records" : "incomplete")
          + ")");
      return null;
    }
    trace("table of " + file + ": " + units + " ranges on " + threads + " threads, "
        + merge.slowUnits + " read by the ordinary parser, " + merge.rescans + " cut(s) moved");
    merge.rejected.forEach(onRejected);
    Map<List<String>, Tally> rows = new HashMap<>();
    Groups all = merge.all;
    TallyAccumulator total = merge.total; // the ranges read by the ordinary parser, so far
    for (int g = 0; g < all.size; g++) {
      TallyAccumulator acc = all.accs[g];
      total.addAll(acc); // lines only: the reports are counted below
      acc.addReports(all.reports[g]);
      rows.put(keyOf(all.keys[g]), acc.snapshot());
    }
    total.addReports(all.allReports);
    merge.slowGroups.forEach((k, acc) -> rows.merge(k, acc.snapshot(), Tally::plus));
    return StatsTable.of(List.of(dims), rows, total.snapshot(), new LeftOut(0, 0,
        merge.outReports + all.outReports, merge.outLines + all.outLines), SourceOverlap.none());
  }

  /** The last {@code n} values of {@code a} followed by {@code b}. */
  static long[] lastOf(long[] a, long[] b, int n) {
    if (b.length >= n) {
      return b.length == n ? b : Arrays.copyOfRange(b, b.length - n, b.length);
    }
    int fromA = Math.min(a.length, n - b.length);
    long[] out = new long[fromA + b.length];
    System.arraycopy(a, a.length - fromA, out, 0, fromA);
    System.arraycopy(b, 0, out, fromA, b.length);
    return out;
  }

  private static boolean intersects(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    long[] s = b.clone();
    Arrays.sort(s);
    for (long x : a) {
      if (Arrays.binarySearch(s, x) >= 0) {
        return true;
      }
    }
    return false;
  }

  // ---- group keys ------------------------------------------------------------------------------

  private static final int KEY_BITS = 21;

  private List<String> keyOf(long key) {
    String[] out = new String[dims.length];
    for (int i = dims.length - 1; i >= 0; i--) {
      int code = (int) (key & ((1 << KEY_BITS) - 1));
      key >>>= KEY_BITS;
      out[i] = text(dimKind[i], code);
    }
    return List.of(out);
  }

  private String text(int kind, int code) {
    switch (kind) {
      case D_DAY:
        return LocalDate.ofEpochDay(code - 1_000_000L).toString();
      case D_WEEK:
        int week = code % 100;
        return code / 100 + (week < 10 ? "-W0" : "-W") + week;
      case D_MONTH:
        return YearMonth.of(code / 12, code % 12 + 1).toString();
      case D_YEAR:
        return Integer.toString(code);
      case D_WEAPON:
        return weapons.weapon(code).name();
      case D_CATEGORY:
        return org.conflictstats.model.WeaponCategory.values()[code].label();
      default:
        return sources.name(code);
    }
  }

  /**
   * The packed key of a line, one code of at most 21 bits per dimension: with {@code weaponPart} only
   * the codes that depend on the weapon, else only those that depend on the report (the two parts
   * are OR-ed).
   */
  private long key(long epochDay, int weapon, int source, boolean weaponPart) {
    long key = 0;
    LocalDate d = weaponPart ? null : LocalDate.ofEpochDay(epochDay);
    for (int i = 0; i < dimKind.length; i++) {
      int kind = dimKind[i];
      boolean byWeapon = kind == D_WEAPON || kind == D_CATEGORY;
      int code = 0;
      if (byWeapon == weaponPart) {
        switch (kind) {
          case D_DAY:
            code = (int) (epochDay + 1_000_000L);
            break;
          case D_WEEK:
            code = d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            break;
          case D_MONTH:
            code = d.getYear() * 12 + d.getMonthValue() - 1;
            break;
          case D_YEAR:
            code = d.getYear();
            break;
          case D_WEAPON:
            code = weapon;
            break;
          case D_CATEGORY:
            code = weapons.weapon(weapon).category().ordinal();
            break;
          default:
            code = source;
            break;
        }
      }
      key = (key << KEY_BITS) | (code & ((1 << KEY_BITS) - 1));
    }
    return key;
  }

  // ---- shared registries -----------------------------------------------------------------------

  /** Weapon names resolved once, shared by the threads; each thread caches raw bytes to ids. */
  private static final class Weapons {
    private final WeaponCatalog catalog;
    private final Map<String, Integer> byRaw = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<Weapon> list = new ArrayList<>();

    Weapons(WeaponCatalog catalog) {
      this.catalog = catalog;
    }

    synchronized int id(String raw) {
      Integer id = byRaw.get(raw);
      if (id == null) {
        Weapon w = catalog.resolve(raw);
        id = byName.get(w.name());
        if (id == null) {
          id = list.size();
          list.add(w);
          byName.put(w.name(), id);
        }
        byRaw.put(raw, id);
      }
      return id;
    }

    synchronized Weapon weapon(int id) {
      return list.get(id);
    }
  }

  /** Source names (for the source dimension and scopes), shared by the threads. */
  private static final class Sources {
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    synchronized int id(Source s) {
      Integer id = byName.get(s.name());
      if (id == null) {
        id = names.size();
        names.add(s.name());
        byName.put(s.name(), id);
      }
      return id;
    }

    synchronized String name(int id) {
      return names.get(id);
    }
  }

  /**
   * Group accumulators keyed by packed keys (open addressing). Lines are added without their
   * reports, once each (the total is the sum of the groups); reports are counted apart, per group and
   * in all, and added with {@link TallyAccumulator#addReports} at the end.
   */
  private static final class Groups {
    long[] keys = new long[64];
    TallyAccumulator[] accs = new TallyAccumulator[64];
    long[] reports = new long[64]; // per group
    long[] lastSerial = new long[64]; // per group: the report of its last line
    int size;
    long[] table = new long[256]; // key slots
    int[] index = new int[256]; // group index + 1
    long allReports; // in scope, with at least one line
    long lastReport = -1;
    long outReports;
    long outLines;

    /** Adds a line of the report with that serial to its group. */
    void add(long key, WeaponLine line, long serial) {
      int g = index(key);
      accs[g].add(line);
      if (lastSerial[g] != serial) {
        lastSerial[g] = serial;
        reports[g]++;
      }
      if (lastReport != serial) {
        lastReport = serial;
        allReports++;
      }
    }

    /** The index of the group with that key, added when new. */
    int index(long key) {
      int mask = table.length - 1;
      int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (true) {
        int i = index[h];
        if (i == 0) {
          return add(key);
        }
        if (table[h] == key) {
          return i - 1;
        }
        h = (h + 1) & mask;
      }
    }

    private int add(long key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        accs = Arrays.copyOf(accs, size * 2);
        reports = Arrays.copyOf(reports, size * 2);
        lastSerial = Arrays.copyOf(lastSerial, size * 2);
      }
      keys[size] = key;
      accs[size] = new TallyAccumulator();
      lastSerial[size] = -1;
      size++;
      if (size * 2 > table.length) {
        long[] oldKeys = keys;
        table = new long[table.length * 2];
        index = new int[table.length];
        int mask = table.length - 1;
        for (int g = 0; g < size; g++) {
          int h = (int) ((oldKeys[g] * 0x9E3779B97F4A7C15L) >>> 40) & mask;
          while (index[h] != 0) {
            h = (h + 1) & mask;
          }
          table[h] = oldKeys[g];
          index[h] = g + 1;
        }
      } else {
        int mask = table.length - 1;
        int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (index[h] != 0) {
          h = (h + 1) & mask;
        }
        table[h] = key;
        index[h] = size;
      }
      return size - 1;
    }

    /** Adds the groups of another range (whose reports are not this one's). */
    void addAll(Groups other) {
      for (int g = 0; g < other.size; g++) {
        int i = index(other.keys[g]);
        accs[i].addAll(other.accs[g]);
        reports[i] += other.reports[g];
      }
      allReports += other.allReports;
      outReports += other.outReports;
      outLines += other.outLines;
    }
  }

  // ---- the scanner of one range ----------------------------------------------------------------

  /** Thrown inside a scan when the fast path cannot decide; the range is then read the slow way. */
  private static final class Slow extends Exception {
    private static final long serialVersionUID = 1L;

    Slow() {
      super(null, null, false, false);
    }
  }

  private static final Slow SLOW = new Slow();

  private final class Scanner {
    private byte[] buf = new byte[0];
    private final int[] fs = new int[64];
    private final int[] fe = new int[64];
    private long escaped; // bit c: field c was quoted with doubled quotes inside
    private final byte[][] cacheKeys = new byte[1024][];
    private final int[] cacheIds = new int[1024];
    private final long[] cacheFirst = new long[1024];
    private static final int CACHED_NAMES = 768; // at most, of the 1,024 slots
    private int cached;
    private final int[] dictKeyStarts = new int[16];
    private final int[] dictKeyEnds = new int[16];
    private final boolean[] unknownOut = new boolean[1];
    private int len;
    private int physical; // line breaks inside quoted fields of the current record

    // the current report
    private long repStart;
    private long repEnd;
    private int repSourceS;
    private int repSourceE;
    private long repSerial;
    private long repDay;
    private int repSourceId;
    private boolean repInScope;

    Unit unit(FileChannel ch, int u, long from, long to) throws IOException {
      return run(ch, u, from, to, -1);
    }

    Unit rescan(FileChannel ch, Unit old, long start, long to) throws IOException {
      return run(ch, old.index, start, to, start);
    }

    private Unit run(FileChannel ch, int u, long from, long to, long knownStart)
        throws IOException {
      int tail = 1 << 16;
      while (true) {
        Unit r = new Unit(u);
        try {
          scan(ch, r, u, from, to, knownStart, tail);
          if (r.slow) {
            slowUnit(ch, r);
          }
          return r;
        } catch (NeedMore m) {
          tail *= 4;
          if (tail > MAX_TAIL) {
            r.giveUp = true;
            return r;
          }
        } catch (Slow s) {
          r.giveUp = true; // the records themselves could not be told apart: read in order
          return r;
        }
      }
    }

    private void load(FileChannel ch, long from, long to) throws IOException {
      long n = to - from;
      if (n > Integer.MAX_VALUE - 2 * PAD) {
        throw new NeedMore();
      }
      len = (int) n;
      if (buf.length < len + PAD) {
        buf = new byte[len + PAD + (len >> 3)];
      }
      if (len > 0) {
        MappedByteBuffer mb = ch.map(FileChannel.MapMode.READ_ONLY, from, len);
        mb.get(0, buf, 0, len);
      }
      // a final record without a line break ends at the end of the file
      Arrays.fill(buf, len, len + PAD, (byte) '\n');
    }

    // the key of the record just split by record(): its packed times, or NO_KEY when it has none
    private long keyStart;
    private long keyEnd;
    private static final long NO_KEY = Long.MIN_VALUE;

    /** Computes the report key of the record just split; a record without one changes no report. */
    private void recordKey(byte[] b) {
      keyStart = NO_KEY;
      if (colCount != width) {
        return;
      }
      int s1 = fs[cStart];
      int e1 = fe[cStart];
      int s2 = fs[cEnd];
      int e2 = fe[cEnd];
      if (prevKeyed && !esc(cStart) && !esc(cEnd)
          && rangeEquals(b, s1, e1, prevS1, prevE1)
          && rangeEquals(b, s2, e2, prevS2, prevE2)) {
        keyStart = prevKs; // the same text as the previous record's: the same times
        keyEnd = prevKe;
        prevS1 = s1;
        prevE1 = e1;
        prevS2 = s2;
        prevE2 = e2;
        return;
      }
      prevKeyed = false;
      long ks = time(b, cStart);
      long ke = time(b, cEnd);
      if (ks == NO_KEY || ke == NO_KEY) {
        return;
      }
      keyStart = ks;
      keyEnd = ke;
      prevKeyed = !esc(cStart) && !esc(cEnd);
      prevKs = ks;
      prevKe = ke;
      prevS1 = s1;
      prevE1 = e1;
      prevS2 = s2;
      prevE2 = e2;
    }

    private boolean prevKeyed;
    private long prevKs;
    private long prevKe;
    private int prevS1;
    private int prevE1;
    private int prevS2;
    private int prevE2;

    // dates read before, by their 10 bytes: most times of a file fall on a few hundred days
    private static final int DATES = 1 << 12;
    private final long[] dateWord = new long[DATES]; // bytes 0-7; 0 marks an empty slot
    private final short[] dateTail = new short[DATES]; // bytes 8-9
    private final long[] dateDay = new long[DATES];

    /** {@link ByteCells#time} of a usual date or time, through the cache of dates. */
    private long usualTime(byte[] b, int s, int n) {
      long w = (long) LONG.get(b, s);
      short tail = (short) ((b[s + 8] & 0xFF) | (b[s + 9] << 8));
      int slot = (int) (((w ^ tail) * 0x9E3779B97F4A7C15L) >>> 52);
      long day;
      if (dateWord[slot] == w && dateTail[slot] == tail) {
        day = dateDay[slot];
      } else {
        day = ByteCells.date(b, s);
        if (day == ByteCells.SLOW) {
          return ByteCells.SLOW;
        }
        dateWord[slot] = w;
        dateTail[slot] = tail;
        dateDay[slot] = day;
      }
      return n == 10 ? day * 2880 : ByteCells.timeOfDay(b, s, day);
    }

    private long time(byte[] b, int c) {
      int s = fs[c];
      int n = fe[c] - s;
      long t;
      if (esc(c)) {
        t = ByteCells.SLOW;
      } else if ((n == 16 || n == 10) && b[s + 4] == '-' && b[s + 7] == '-') {
        t = usualTime(b, s, n);
        if (t == ByteCells.SLOW) {
          t = ByteCells.time(b, s, s + n);
        }
      } else {
        t = ByteCells.time(b, s, s + n);
      }
      if (t != ByteCells.SLOW) {
        return t;
      }
      ReportTime rt = Cells.time(new String(b, fs[c], fe[c] - fs[c], StandardCharsets.UTF_8)
          .replace("\"\"", "\""));
      if (rt == null) {
        return NO_KEY;
      }
      long day = rt.date().toEpochDay();
      return rt.isDateOnly() ? day * 2880
          : (day * 1440 + rt.dateTime().getHour() * 60 + rt.dateTime().getMinute()) * 2 + 1;
    }

    /**
     * Scans the range: records starting in [from, to), continued to the end of the report running at
     * {@code to}, without the records of the report running at {@code from} (the previous range takes
     * them). With {@code knownStart >= 0} the range starts exactly there.
     */
    private void scan(FileChannel ch, Unit r, int u, long from, long to, long knownStart, int tail)
        throws IOException, Slow {
      long readFrom = knownStart >= 0 ? knownStart : u == 0 ? from : Math.max(dataStart, from - tail);
      long readTo = Math.min(size, Math.max(to, readFrom) + tail);
      load(ch, readFrom, readTo);
      prevKeyed = false;
      byte[] b = buf;
      int p;
      Groups g = new Groups();
      r.groups = g;
      repSerial = (long) u << 40;
      repStart = NO_KEY;
      if (knownStart >= 0 || u == 0) {
        p = (int) ((knownStart >= 0 ? knownStart : from) - readFrom);
      } else {
        // the first record starts after the first line break at or after from - 1
        int x = (int) (from - 1 - readFrom);
        while (x < len && b[x] != '\n') {
          x++;
        }
        if (x >= len) {
          if (readTo == size) {
            r.start = size;
            r.end = size;
            return;
          }
          throw new NeedMore();
        }
        int s = x + 1;
        // the line before it: the last record of the previous range when the cut is clean
        int ps = x - 1;
        while (ps >= 0 && b[ps] != '\n') {
          ps--;
        }
        if (ps < 0 && readFrom > dataStart) {
          throw new NeedMore();
        }
        ps++;
        p = s;
        // skip the rest of that report (and rows of no report among them); when the line before
        // the cut is not a whole record of a report, start at the cut: the check of the cuts moves
        // this range's start to where the previous range really ended
        boolean clean;
        try {
          clean = record(ps) == s;
        } catch (Slow e) {
          clean = false;
        }
        if (clean) {
          recordKey(b);
          clean = keyStart != NO_KEY;
        }
        if (clean) {
          long ks = keyStart;
          long ke = keyEnd;
          int ss = fs[cSource];
          int se = fe[cSource];
          while (readFrom + p < size) {
            int next = record(p);
            if (next > len) {
              throw new NeedMore();
            }
            recordKey(b);
            if (keyStart != NO_KEY && (keyStart != ks || keyEnd != ke
                || !sameStripped(b, fs[cSource], fe[cSource], ss, se))) {
              break;
            }
            p = next;
          }
        }
      }
      r.start = readFrom + p;
      long lines = 0;
      RecentSet seen = this.seen;
      seen.clear();
      LongList first = new LongList();
      LongRing last = new LongRing(reader.groupingWindow() + 1);
      boolean fast = true;
      boolean pastEnd = false;
      while (readFrom + p < size) {
        if (p >= len) {
          throw new NeedMore();
        }
        physical = 0;
        int next = record(p);
        if (next > len) {
          if (readFrom + len < size) {
            throw new NeedMore();
          }
          next = len; // the last record of a file that does not end with a line break
        }
        recordKey(b);
        if (keyStart == NO_KEY) {
          // a blank line, or a row the reader rejects: it belongs to no report
          if (!(colCount == 1 && ByteCells.blank(b, fs[0], fe[0]))) {
            fast = false;
          } else if (physical > 0) {
            fast = false;
          }
          lines += 1 + physical;
          p = next;
          continue;
        }
        boolean same = repStart != NO_KEY && keyStart == repStart && keyEnd == repEnd
            && sameStripped(b, fs[cSource], fe[cSource], repSourceS, repSourceE);
        if (!same && readFrom + p >= to) {
          pastEnd = true;
          break;
        }
        if (!same) {
          long h = newReport(b, keyStart, keyEnd, fast);
          // seen, first and last hold the reports the ordinary reader opens, in order: its open
          // reports are the last window of them
          if (!seen.add(h)) {
            // a report comes back while the ordinary reader still holds it open: it merges them
            fast = false;
          } else {
            if (first.size() <= reader.groupingWindow()) {
              first.add(h);
            }
            last.add(h);
          }
        }
        if (fast) {
          try {
            line(g, b);
          } catch (Slow e) {
            fast = false;
          }
        }
        lines += 1 + physical;
        p = next;
      }
      r.end = readFrom + p;
      r.lines = lines;
      r.firstReports = first.toArray();
      r.lastReports = last.toArray();
      r.slow = !fast;
      if (!pastEnd && readFrom + p < size) {
        throw new NeedMore();
      }
    }

    private int colCount;

    private boolean oddQuote;

    private boolean esc(int c) {
      return (escaped >>> c & 1) != 0;
    }
    private final RecentSet seen = new RecentSet(reader.groupingWindow());

    /** Splits the record at {@code p} into fields; returns the start of the next record. */
    private int record(int p) throws Slow {
      byte[] b = buf;
      oddQuote = false;
      escaped = 0;
      int col = 0;
      int fieldStart = p;
      int pos = p;
      while (true) {
        long word = (long) LONG.get(b, pos);
        long cm = zero(word ^ COMMAS);
        // line feeds and carriage returns (and tabs, sorted out below) in one test: bytes below 0x20
        long qn = below20(word) | zero(word ^ QUOTES);
        if (qn == 0) {
          // only commas in this word, the common case: the bounds of the first two fields that end
          // here are stored whether or not there are two (a bound too many is overwritten when its
          // field really ends), without a look at the bytes
          if (cm != 0) {
            int k = Long.bitCount(cm);
            int a0 = pos + (Long.numberOfTrailingZeros(cm) >>> 3);
            long rest = cm & (cm - 1);
            int a1 = pos + (Long.numberOfTrailingZeros(rest) >>> 3);
            fs[col & 63] = fieldStart;
            fe[col & 63] = a0;
            fs[(col + 1) & 63] = a0 + 1;
            fe[(col + 1) & 63] = a1;
            if (k > 2) {
              int c = col + 2;
              int prev = a1;
              rest &= rest - 1;
              do {
                int at = pos + (Long.numberOfTrailingZeros(rest) >>> 3);
                fs[c & 63] = prev + 1;
                fe[c & 63] = at;
                c++;
                prev = at;
                rest &= rest - 1;
              } while (rest != 0);
            }
            col += k;
            fieldStart = pos + ((63 - Long.numberOfLeadingZeros(cm)) >>> 3) + 1;
          }
          pos += 8;
          continue;
        }
        long m = cm | qn;
        boolean restart = false;
        while (m != 0) {
          int at = pos + (Long.numberOfTrailingZeros(m) >>> 3);
          byte c = b[at];
          if (c != ',' && c != '"' && c != '\n') {
            if (c == '\r') {
              throw SLOW; // a carriage return ends a record for the tokenizer: read in order
            }
            if (c >= 0 && c < ' ' && c != '\t') {
              // a control byte, which the ordinary reader does not strip from a cell as the byte
              // readers strip everything up to a space
              throw SLOW;
            }
            m &= m - 1; // a tab, or a byte flagged only by the borrow of the test above
            continue;
          }
          if (c == '"' && at != fieldStart) {
            // a quote inside an unquoted field is text, as the tokenizer reads it; such a row is
            // left to the ordinary parser
            oddQuote = true;
            m &= m - 1;
            continue;
          }
          if (c == '"') {
            int q = at + 1;
            boolean doubled = false;
            while (true) {
              long w = (long) LONG.get(b, q);
              // quotes and bytes below a space (the lowest one flagged is exact)
              long mm = zero(w ^ QUOTES) | below20(w);
              if (mm == 0) {
                q += 8;
                continue;
              }
              q += Long.numberOfTrailingZeros(mm) >>> 3;
              byte x = b[q];
              if (x == '"') {
                if (b[q + 1] == '"') {
                  doubled = true;
                  q += 2;
                  continue;
                }
                break;
              }
              if (x == '\n') {
                physical++;
                if (q >= len) {
                  throw SLOW; // unclosed at the end of the buffer or file
                }
                q++;
                continue;
              }
              if (x == '\t') {
                q++;
                continue;
              }
              throw SLOW; // a carriage return or another control byte: the ordinary parser
            }
            byte after = b[q + 1];
            if (after != ',' && after != '\n') {
              throw SLOW; // text after the closing quote, or CR
            }
            fs[col & 63] = at + 1;
            fe[col & 63] = q;
            if (doubled && col < 64) {
              escaped |= 1L << col;
            }
            col++;
            fieldStart = q + 2;
            if (after == '\n') {
              colCount = col;
              return q + 2;
            }
            pos = q + 2;
            restart = true;
            break;
          }
          fs[col & 63] = fieldStart;
          fe[col & 63] = at;
          col++;
          fieldStart = at + 1;
          if (c == '\n') {
            if (at > fs[(col - 1) & 63] && b[at - 1] == '\r') {
              throw SLOW; // CRLF: the ordinary parser
            }
            colCount = col;
            return at + 1;
          }
          m &= m - 1;
        }
        if (!restart) {
          pos += 8;
        }
      }
    }


    /** Starts a new report at the current record; returns the hash of its key. */
    private long newReport(byte[] b, long ks, long ke, boolean fast) {
      int ss = fs[cSource];
      int se = fe[cSource];
      while (ss < se && (b[ss] & 0xFF) <= ' ') {
        ss++;
      }
      while (se > ss && (b[se - 1] & 0xFF) <= ' ') {
        se--;
      }
      repStart = ks;
      repEnd = ke;
      repSourceS = fs[cSource];
      repSourceE = fe[cSource];
      repSerial++;
      repFast = false;
      long h = sourceHash(b, ss, se) ^ (ks * 0x9E3779B97F4A7C15L) ^ Long.rotateLeft(ke, 29);
      if (!fast) {
        return h;
      }
      // the source must carry an address ('/'), so that the report id is its text
      boolean slash = false;
      for (int i = ss; i < se; i++) {
        if (b[i] == '/') {
          slash = true;
          break;
        }
      }
      if (!slash || esc(cSource)) {
        return h;
      }
      long time = query.attribution().rule() == Attribution.Rule.END_DATE ? ke : ks;
      repDay = ByteCells.epochDay(time);
      if (needSource) {
        Source src = Source.parse(new String(b, ss, se - ss, StandardCharsets.UTF_8));
        repInScope = query.scope().includes(src);
        repSourceId = sources.id(src);
      } else {
        repInScope = true;
        repSourceId = 0;
      }
      if (repSourceId == 0) {
        int slot = (int) (repDay & (DAY_CACHE - 1));
        if (dayCacheDay[slot] != repDay) {
          dayCacheDay[slot] = repDay;
          dayCacheKey[slot] = key(repDay, -1, 0, false);
        }
        repKey = dayCacheKey[slot];
      } else {
        repKey = key(repDay, -1, repSourceId, false);
      }
      repFast = true;
      return h;
    }

    private boolean repFast;
    private long repKey;
    private static final int DAY_CACHE = 1 << 14;
    private final long[] dayCacheDay = filled(DAY_CACHE, Long.MIN_VALUE);
    private final long[] dayCacheKey = new long[DAY_CACHE];

    /** Reads the counts of the current record and adds its line. */
    private void line(Groups g, byte[] b) throws Slow {
      if (!repFast || oddQuote) {
        throw SLOW;
      }
      // checks of cells that only the details use: the ordinary reader rejects bad ones
      for (int c : cDetailCounts) {
        if (fs[c] != fe[c] && (esc(c) || ByteCells.count(b, fs[c], fe[c]) == ByteCells.SLOW)) {
          throw SLOW;
        }
      }
      checkDict(b, cDestroyedDetails, ByteCells.Values.COUNTS, false);
      checkDict(b, cLaunchedDetails, ByteCells.Values.COUNTS, true);
      checkDict(b, cPlaceDetails, ByteCells.Values.TEXTS, false);
      if (cTypes >= 0 && !ByteCells.blank(b, fs[cTypes], fe[cTypes])) {
        throw SLOW;
      }
      if (cRegions >= 0) {
        int s = fs[cRegions];
        int e = fe[cRegions];
        while (s < e && (b[s] & 0xFF) <= ' ') {
          s++;
        }
        while (e > s && (b[e - 1] & 0xFF) <= ' ') {
          e--;
        }
        if (s < e && b[s] == '[' && (esc(cRegions) || ByteCells.list(b, s, e) == ByteCells.SLOW)) {
          throw SLOW;
        }
      }

      int weapon = weapon(b, fs[cModel], fe[cModel]);
      long l = count(b, cLaunched);
      Count launched;
      if (cStatus >= 0 && isHidden(b, fs[cStatus], fe[cStatus])) {
        launched = Count.atLeast(l < 0 ? 0 : l);
      } else {
        launched = of(l);
      }
      // no destroyed column at all says nothing of destroyed weapons: unknown, as the reader has it
      Count destroyed = cDestroyed < 0 ? Count.unknown() : of(count(b, cDestroyed));
      Count suppressed = cSuppressed < 0 ? Count.zero() : of(count(b, cSuppressed));
      Count still = cStill < 0 ? Count.zero() : of(count(b, cStill));
      Count left = Count.zero();
      if (cBorder >= 0) {
        int s = fs[cBorder];
        int e = fe[cBorder];
        while (s < e && (b[s] & 0xFF) <= ' ') {
          s++;
        }
        while (e > s && (b[e - 1] & 0xFF) <= ' ') {
          e--;
        }
        if (e - s == 2 && b[s] == '{' && b[s + 1] == '}') {
          left = Count.zero(); // the usual empty dict
        } else if (s < e && b[s] == '{') {
          if (esc(cBorder)) {
            throw SLOW;
          }
          long sum = ByteCells.dict(b, s, e, ByteCells.Values.COUNTS, false, dictKeyStarts,
              dictKeyEnds, unknownOut);
          if (sum == ByteCells.SLOW) {
            throw SLOW;
          }
          left = unknownOut[0] ? Count.atLeast(sum) : of(sum);
        } else {
          left = of(count(b, cBorder));
        }
      }
      if (cBelarus >= 0) {
        left = left.plus(of(count(b, cBelarus)));
      }
      if (cRussia >= 0) {
        left = left.plus(of(count(b, cRussia)));
      }
      WeaponLine line = new WeaponLine(localWeapon(weapon), launched, destroyed, suppressed,
          still, left, Count.zero(), LineDetails.none());
      if (!repInScope) {
        g.outLines++;
        if (repSerial != lastOutReport) {
          lastOutReport = repSerial;
          g.outReports++;
        }
        return;
      }
      g.add(repKey | lineKey(weapon), line, repSerial);
    }

    private long lastOutReport = -1;
    private Weapon[] local = new Weapon[64];
    private long[] localKey = new long[64];

    private Weapon localWeapon(int id) {
      if (id >= local.length) {
        local = Arrays.copyOf(local, Math.max(id + 1, local.length * 2));
      }
      Weapon w = local[id];
      if (w == null) {
        w = weapons.weapon(id);
        local[id] = w;
      }
      return w;
    }

    /** The part of a line's key that depends on its weapon (0 without weapon dimensions). */
    private long lineKey(int id) {
      if (!weaponKeyed) {
        return 0;
      }
      if (id >= localKey.length) {
        localKey = Arrays.copyOf(localKey, Math.max(id + 1, localKey.length * 2));
      }
      long k = localKey[id];
      if (k == 0) {
        k = key(-1, id, -1, true) | Long.MIN_VALUE; // the top bit marks "computed"
        localKey[id] = k;
      }
      return k & Long.MAX_VALUE;
    }

    private void checkDict(byte[] b, int c, ByteCells.Values values, boolean nonBlankKeys)
        throws Slow {
      if (c < 0) {
        return;
      }
      int s = fs[c];
      int e = fe[c];
      while (s < e && (b[s] & 0xFF) <= ' ') {
        s++;
      }
      while (e > s && (b[e - 1] & 0xFF) <= ' ') {
        e--;
      }
      if (s == e) {
        return;
      }
      if (b[s] != '{' || esc(c)) {
        throw SLOW;
      }
      if (values == ByteCells.Values.COUNTS && !nonBlankKeys && ByteCells.plainCountDict(b, s, e)) {
        return; // the usual form, checked the quick way
      }
      if (ByteCells.dict(b, s, e, values, nonBlankKeys, null, null, unknownOut) == ByteCells.SLOW) {
        throw SLOW;
      }
    }

    private long count(byte[] b, int c) throws Slow {
      if (fs[c] == fe[c]) {
        return ByteCells.UNKNOWN;
      }
      long v = esc(c) ? ByteCells.SLOW : ByteCells.count(b, fs[c], fe[c]);
      if (v == ByteCells.SLOW) {
        throw SLOW;
      }
      return v;
    }

    private Count of(long v) {
      if (v < 0) {
        return Count.unknown();
      }
      return v < SMALL.length ? SMALL[(int) v] : Count.exactly(v);
    }

    private boolean isHidden(byte[] b, int s, int e) throws Slow {
      while (s < e && (b[s] & 0xFF) <= ' ') {
        s++;
      }
      while (e > s && (b[e - 1] & 0xFF) <= ' ') {
        e--;
      }
      return e - s == 6 && (b[s] | 0x20) == 'h' && (b[s + 1] | 0x20) == 'i'
          && (b[s + 2] | 0x20) == 'd' && (b[s + 3] | 0x20) == 'd' && (b[s + 4] | 0x20) == 'e'
          && (b[s + 5] | 0x20) == 'n';
    }

    private int weapon(byte[] b, int s, int e) throws Slow {
      while (s < e && (b[s] & 0xFF) <= ' ') {
        s++;
      }
      while (e > s && (b[e - 1] & 0xFF) <= ' ') {
        e--;
      }
      if (s == e || esc(cModel)) {
        throw SLOW;
      }
      int n = e - s;
      long x = (long) LONG.get(b, s);
      if (n < 8) {
        x &= (1L << (n << 3)) - 1;
      }
      long h = (x ^ n ^ ((long) b[e - 1] << 17)) * 0x9E3779B97F4A7C15L;
      int slot = (int) (h >>> 54);
      while (true) {
        byte[] k = cacheKeys[slot];
        if (k == null) {
          if (cached == CACHED_NAMES) {
            // a file of very many names: start again rather than fill the table
            Arrays.fill(cacheKeys, null);
            cached = 0;
            slot = (int) (h >>> 54);
            continue;
          }
          cached++;
          byte[] key = Arrays.copyOfRange(b, s, e);
          cacheKeys[slot] = key;
          cacheFirst[slot] = x;
          cacheIds[slot] = weapons.id(new String(key, StandardCharsets.UTF_8));
          return cacheIds[slot];
        }
        // the first 8 bytes (all of a short name), then the rest 8 at a time
        if (k.length == n && cacheFirst[slot] == x && (n <= 8 || restEquals(k, b, s, n))) {
          return cacheIds[slot];
        }
        slot = (slot + 1) & 1023;
      }
    }

    /** Whether bytes 8 to {@code n} of {@code k} (of length {@code n > 8}) equal those at {@code s}. */
    private boolean restEquals(byte[] k, byte[] b, int s, int n) {
      for (int i = 8; i < n - 8; i += 8) {
        if ((long) LONG.get(k, i) != (long) LONG.get(b, s + i)) {
          return false;
        }
      }
      return (long) LONG.get(k, n - 8) == (long) LONG.get(b, s + n - 8);
    }

    /** Reads a range the ordinary way: the parser on the header and the range's bytes. */
    private void slowUnit(FileChannel ch, Unit r) throws IOException {
      r.slow = true;
      r.groups = null;
      long start = r.start;
      long end = r.end;
      if (end < start) {
        r.giveUp = true;
        return;
      }
      byte[] bytes = new byte[(int) (end - start)];
      ch.map(FileChannel.MapMode.READ_ONLY, start, bytes.length).get(0, bytes, 0, bytes.length);
      List<RejectedRow> bad = new ArrayList<>();
      ImportHandler side = new ImportHandler() {
        @Override
        public void report(ImportedReport report) {
          throw new AssertionError("pulled");
        }

        @Override
        public void rejected(RejectedRow row) {
          bad.add(row);
        }
      };
      Reader in = new InputStreamReader(new SequenceInputStream(
          new ByteArrayInputStream(headerBytes), new ByteArrayInputStream(bytes)),
          StandardCharsets.UTF_8);
      r.lines = countLines(bytes);
      try (AirForceCsvParser parser = new AirForceCsvParser(in, fileName, reader.catalog(),
          reader.zone(), reader.mode(), reader.groupingWindow(), side)) {
        r.slowTable = collect(query.toTable(), parser);
      }
      r.rejected = bad;
    }
  }

  private static long countLines(byte[] bytes) {
    long n = 0;
    for (byte x : bytes) {
      if (x == '\n') {
        n++;
      }
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
      n++;
    }
    return n;
  }

  private static <A> StatsTable collect(Collector<StrikeReport, A, StatsTable> c,
      AirForceCsvParser parser) throws IOException {
    A acc = c.supplier().get();
    ImportedReport r;
    while ((r = parser.nextReport()) != null) {
      c.accumulator().accept(acc, r.report());
    }
    return c.finisher().apply(acc);
  }

  /** The range needs more bytes than were read. */
  private static final class NeedMore extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NeedMore() {
      super(null, null, false, false);
    }
  }

  /** High bit of each byte below 0x20 (possibly also of a byte just above one, never missing one). */
  private static long below20(long x) {
    return (x - ONES * 0x20) & ~x & (ONES * 0x80);
  }

  private static long zero(long x) {
    long t = (x & LOW7) + LOW7;
    return ~(t | x | LOW7);
  }

  /**
   * Whether two ranges of the buffer hold the same bytes, 8 at a time (the buffer is padded, so the
   * last word of a range may be read whole).
   */
  private static boolean rangeEquals(byte[] b, int s1, int e1, int s2, int e2) {
    int n = e1 - s1;
    if (n != e2 - s2) {
      return false;
    }
    if (n < 8) {
      for (int i = 0; i < n; i++) {
        if (b[s1 + i] != b[s2 + i]) {
          return false;
        }
      }
      return true;
    }
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      if ((long) LONG.get(b, s1 + i) != (long) LONG.get(b, s2 + i)) {
        return false;
      }
    }
    // the last, overlapping word
    return i == n || (long) LONG.get(b, e1 - 8) == (long) LONG.get(b, e2 - 8);
  }

  private static boolean sameStripped(byte[] b, int s1, int e1, int s2, int e2) {
    if (rangeEquals(b, s1, e1, s2, e2)) {
      return true;
    }
    while (s1 < e1 && (b[s1] & 0xFF) <= ' ') {
      s1++;
    }
    while (e1 > s1 && (b[e1 - 1] & 0xFF) <= ' ') {
      e1--;
    }
    while (s2 < e2 && (b[s2] & 0xFF) <= ' ') {
      s2++;
    }
    while (e2 > s2 && (b[e2 - 1] & 0xFF) <= ' ') {
      e2--;
    }
    return Arrays.equals(b, s1, e1, b, s2, e2);
  }

  private static long[] filled(int n, long v) {
    long[] a = new long[n];
    Arrays.fill(a, v);
    return a;
  }

  /**
   * A hash of a report's source text for telling reports apart: its length and three of its 8-byte
   * words. Two reports with the same times and equal hashes are taken to be one, which can only make
   * the reading take the ordinary (exact) way more often.
   */
  private static long sourceHash(byte[] b, int s, int e) {
    int n = e - s;
    if (n < 8) {
      return hash(b, s, e);
    }
    long h = n * 0x9E3779B97F4A7C15L;
    h = Long.rotateLeft(h ^ (long) LONG.get(b, s), 27) * 0xC2B2AE3D27D4EB4FL;
    h = Long.rotateLeft(h ^ (long) LONG.get(b, s + (n >> 1) - 4), 31) * 0x165667B19E3779F9L;
    h = Long.rotateLeft(h ^ (long) LONG.get(b, e - 8), 29) * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  private static long hash(byte[] b, int s, int e) {
    long h = 0x243F6A8885A308D3L ^ (e - s);
    int i = s;
    for (; i + 8 <= e; i += 8) {
      h = Long.rotateLeft((h ^ (long) LONG.get(b, i)) * 0x9E3779B97F4A7C15L, 31);
    }
    for (; i < e; i++) {
      h = (h ^ b[i]) * 0x100000001B3L;
    }
    return h ^ (h >>> 29);
  }

  /**
   * The hashes of the last {@code window} reports: the reports the ordinary reader still holds open,
   * so that a row of one of them is merged into it (a report that comes back later starts a separate
   * report there, as a new hash does here). Open addressing with linear probing, 0 marking an empty
   * slot; the oldest hash is removed (by backward shift) when one more is added, so the table stays
   * small enough for the cache whatever the size of the range.
   */
  private static final class RecentSet {
    private final LongRing ring;
    private final long[] slots;
    private final int mask;

    RecentSet(int window) {
      ring = new LongRing(window);
      slots = new long[Integer.highestOneBit(Math.max(window, 4) * 4 - 1) << 1];
      mask = slots.length - 1;
    }

    void clear() {
      Arrays.fill(slots, 0);
      ring.clear();
    }

    private int home(long v) {
      return (int) ((v * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** Adds a hash; false, changing nothing, when one of the last {@code window} was equal. */
    boolean add(long v) {
      v |= 1; // never 0
      int h = home(v);
      long x;
      while ((x = slots[h]) != 0) {
        if (x == v) {
          return false;
        }
        h = (h + 1) & mask;
      }
      slots[h] = v;
      long oldest = ring.add(v);
      if (oldest != 0) {
        remove(oldest);
      }
      return true;
    }

    private void remove(long v) {
      int i = home(v);
      while (slots[i] != v) {
        i = (i + 1) & mask;
      }
      // backward shift: pull later entries of the probe run into the hole when their home allows
      int j = i;
      while (true) {
        j = (j + 1) & mask;
        long x = slots[j];
        if (x == 0) {
          break;
        }
        int k = home(x);
        boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (!stays) {
          slots[i] = x;
          i = j;
        }
      }
      slots[i] = 0;
    }
  }

  private static final class LongList {
    private long[] a = new long[64];
    private int n;

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    long[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** The last {@code capacity} values added. */
  private static final class LongRing {
    private final long[] a;
    private int at; // the next place
    private boolean full;

    LongRing(int capacity) {
      a = new long[capacity];
    }

    /** Adds a value; returns the one it pushes out, or 0 while there is room. */
    long add(long v) {
      long old = full ? a[at] : 0;
      a[at] = v;
      if (++at == a.length) {
        at = 0;
        full = true;
      }
      return old;
    }

    void clear() {
      at = 0;
      full = false;
    }

    long[] toArray() {
      if (!full) {
        return Arrays.copyOf(a, at);
      }
      long[] out = new long[a.length];
      System.arraycopy(a, at, out, 0, a.length - at);
      System.arraycopy(a, 0, out, a.length - at, at);
      return out;
    }
  }
}

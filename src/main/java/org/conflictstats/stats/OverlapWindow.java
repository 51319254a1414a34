package org.conflictstats.stats;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;

/**
 * Finds weapon lines that two posts may both count (DOMAIN.md §6, §10), in bounded memory: each
 * report is compared with the reports among the {@code capacity} before it in input order. Two lines
 * overlap when their reports come from different posts, their periods share a moment (a date-only
 * end taken as the whole day, a period that ends before it starts taken as the moment it starts),
 * and they share a weapon (a composite line shares each of its parts, a group such as
 * {@code Iskander-M/KN-23} each of its members: {@link CoveredWeapons}). A line that overlaps any
 * other line is at risk of being counted twice.
 *
 * <p>How. The window's reports are indexed by the days their periods cover (a period of more than
 * four days in a list of its own, looked at every time); a new report is compared with the reports
 * of the days it covers, which in the published data and any time-spread input is a handful, and at
 * worst the window. A 64-bit mask of each report's weapons rejects most pairs without looking at
 * their lines.
 *
 * <p>Not thread-safe. Used by {@link Aggregation}: one window per part of a read, the parts' windows
 * joined at their seams by replaying the first reports of a part into the window of the parts before
 * it ({@link OverlapPart}).
 */
final class OverlapWindow {

  /** Periods longer than this many days are kept in a list of their own, scanned every time. */
  private static final int LONG_DAYS = 4;
  /** How many times the window's size the day buckets may hold before a sweep. */
  private static final int SWEEP_FACTOR = 8;
  /** A period of up to this many days looks its days up one by one; a longer one scans them all. */
  private static final int DAYS_LOOKED_UP = 64;

  /** One report: its post, kind, period in epoch minutes and lines. */
  static final class Entry {
    final String post;
    final SourceKind kind;
    final long start;
    final long end;
    final Line[] lines;
    final long weaponMask;
    /** The report's place in its part, then in the parts merged with it. */
    long pos;
    /** What the user of the window knows the report by ({@link OverlapPairs}); null otherwise. */
    Object tag;
    private long visited = -1;
    private boolean counted;

    private Entry(String post, SourceKind kind, long start, long end, Line[] lines, long mask) {
      this.post = post;
      this.kind = kind;
      this.start = start;
      this.end = Math.max(start, end);
      this.lines = lines;
      this.weaponMask = mask;
    }

    /**
     * Adds this report's lines at risk to {@code counts} (national, regional, other, reports), once:
     * a report counted already is not counted again.
     */
    void count(long[] counts) {
      if (counted) {
        return;
      }
      counted = true;
      boolean any = false;
      for (Line l : lines) {
        if (l.atRisk) {
          any = true;
          counts[kindIndex(kind)]++;
        }
      }
      if (any) {
        counts[3]++;
      }
    }
  }

  /**
   * One line of a report; whether it is at risk is shared by every window it is in. Its weapons'
   * mask (a bit for each weapon's name hash) rejects most pairs of lines that share none without
   * looking at their weapons.
   */
  static final class Line {
    final List<Weapon> weapons;
    final long mask;
    boolean atRisk;

    Line(List<Weapon> weapons) {
      this.weapons = weapons;
      long m = 0;
      for (int j = 0; j < weapons.size(); j++) { // by index: no iterator per line
        m |= 1L << (weapons.get(j).name().hashCode() * 0x9E3779B9 >>> 26);
      }
      this.mask = m;
    }
  }

  static int kindIndex(SourceKind kind) {
    return kind == SourceKind.NATIONAL_AIR_FORCE ? 0
        : kind == SourceKind.REGIONAL_AIR_COMMAND ? 1 : 2;
  }

  /** Makes window entries, with the zone offsets of the days it meets. Not thread-safe. */
  static final class Entries {
    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);
    private ZoneId lastZone;
    private DayOffsets lastOffsets;

    /** The window entry of a report, or null for a report without a source or lines. */
    Entry of(StrikeReport r) {
      if (r.source().isUnknown() || r.lines().isEmpty()) {
        return null;
      }
      ReportPeriod p = r.period();
      if (p.zone() != lastZone) {
        lastZone = p.zone();
        lastOffsets = DayOffsets.of(p.zone());
      }
      long start = lastOffsets.minute(p.start().dateTime());
      LocalDateTime endTime = p.end().dateTime();
      if (p.end().isDateOnly()) {
        endTime = LocalDateTime.of(endTime.toLocalDate(), LAST_MINUTE); // the whole day
      }
      long end = lastOffsets.minute(endTime);
      Line[] lines = new Line[r.lines().size()];
      long mask = 0;
      for (int i = 0; i < lines.length; i++) {
        lines[i] = new Line(CoveredWeapons.of(r.lines().get(i).weapon()));
        mask |= lines[i].mask;
      }
      return new Entry(r.source().address().orElse(r.id()), r.source().kind(), start, end,
          lines, mask);
    }
  }

  /**
   * The UTC offsets of the days of one zone, remembered for every part of a read (each part makes
   * its own entries, and a cold cache per part cost more zone-rule look-ups than reports). A slot
   * holds the day and its offset in one {@code long}, so threads that share it never see a day with
   * another day's offset; a day with a clock change is marked and resolved minute by minute.
   */
  static final class DayOffsets {
    private static final Map<ZoneId, DayOffsets> ZONES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SLOTS = 8192;
    /**
     * The code of a day whose offset changes; not 0, so that no slot holds 0 but an empty one (an
     * offset's code is its seconds plus the bias, far from 1).
     */
    private static final int CHANGES = 1;
    private static final int BIAS = 1 << 19;

    private final ZoneRules rules;
    private final java.util.concurrent.atomic.AtomicLongArray slots =
        new java.util.concurrent.atomic.AtomicLongArray(SLOTS);

    private DayOffsets(ZoneRules rules) {
      this.rules = rules; // every slot starts empty: 0
    }

    static DayOffsets of(ZoneId zone) {
      return ZONES.computeIfAbsent(zone, z -> new DayOffsets(z.getRules()));
    }

    /** Epoch minute of a local time: the day's offset when it is the same all day. */
    long minute(LocalDateTime t) {
      long day = t.toLocalDate().toEpochDay();
      int slot = (int) day & (SLOTS - 1);
      long v = slots.getOpaque(slot);
      int code;
      if (v != 0 && v >> 20 == day) {
        code = (int) (v & 0xFFFFF);
      } else {
        LocalDateTime midnight = t.toLocalDate().atStartOfDay();
        ZoneOffset a = rules.getOffset(midnight);
        ZoneOffset b = rules.getOffset(midnight.plusDays(1));
        code = a.equals(b) ? a.getTotalSeconds() + BIAS : CHANGES;
        slots.setOpaque(slot, day << 20 | code);
      }
      int offset = code == CHANGES ? rules.getOffset(t).getTotalSeconds() : code - BIAS;
      long seconds = day * 86_400 + t.toLocalTime().toSecondOfDay() - offset;
      return Math.floorDiv(seconds, 60);
    }
  }

  /** The reports of one day of the window, each with its place in this window. */
  private static final class Bucket {
    Entry[] entries = new Entry[4];
    long[] seqs = new long[4];
    int size;

    void add(Entry e, long seq) {
      if (size == entries.length) {
        entries = java.util.Arrays.copyOf(entries, size * 2);
        seqs = java.util.Arrays.copyOf(seqs, size * 2);
      }
      entries[size] = e;
      seqs[size] = seq;
      size++;
    }

    /** Drops the reports that left the window; returns how many it dropped. */
    int prune(long oldest) {
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (seqs[i] >= oldest) {
          entries[n] = entries[i];
          seqs[n] = seqs[i];
          n++;
        }
      }
      for (int i = n; i < size; i++) {
        entries[i] = null;
      }
      int dropped = size - n;
      size = n;
      return dropped;
    }
  }

  private static final java.util.concurrent.atomic.AtomicLong WINDOWS =
      new java.util.concurrent.atomic.AtomicLong();

  /** Told of pairs of reports that may overlap: see {@link #OverlapWindow(int, Pairs)}. */
  interface Pairs {
    /**
     * A report and one before it in the window, of different posts, whose periods overlap and whose
     * weapon masks meet (which lines share a weapon is for the listener to say).
     */
    void pair(Entry earlier, Entry later);
  }

  private final int capacity;
  private final Pairs pairs;
  /** Visit stamps of this window: unique to it, since reports are shared by the windows of parts. */
  private final long stamps = WINDOWS.incrementAndGet() << 40;
  private final ArrayDeque<Entry> window = new ArrayDeque<>();
  private final LongMap<Bucket> byDay = new LongMap<>();
  private final Bucket longPeriods = new Bucket();
  private long nextSeq;
  private long oldestSeq;
  private long dead;
  /** The entries the day buckets hold, including those that left the window. */
  private long stored;
  private final java.util.function.Predicate<Bucket> sweep = b -> {
    stored -= b.prune(oldestSeq);
    return b.size == 0;
  };

  OverlapWindow(int capacity) {
    this(capacity, null);
  }

  /** A window that also tells {@code pairs} of each pair it compares line by line. */
  OverlapWindow(int capacity, Pairs pairs) {
    this.capacity = capacity;
    this.pairs = pairs;
  }

  /** The reports in the window, oldest first. */
  ArrayDeque<Entry> entries() {
    return window;
  }

  /**
   * Compares a report's lines with the window's, marking both sides of every overlap, then keeps it.
   *
   * @return the report that leaves the window, or null
   */
  Entry add(Entry e) {
    long seq = nextSeq++;
    compare(e, stamps | seq);
    long first = day(e.start);
    long last = day(e.end);
    if (last - first <= LONG_DAYS) {
      for (long d = first; d <= last; d++) {
        Bucket b = byDay.get(d);
        if (b == null) {
          b = new Bucket();
          byDay.put(d, b);
        } else if (b.size > 0 && b.seqs[0] < oldestSeq) {
          stored -= b.prune(oldestSeq); // the day's reports that left, as the day comes back
        }
        b.add(e, seq);
        stored++;
      }
    } else {
      longPeriods.add(e, seq);
    }
    window.addLast(e);
    if (window.size() <= capacity) {
      return null;
    }
    oldestSeq++;
    if (++dead >= capacity) {
      dead = 0;
      // a day's bucket is pruned when the day comes back (above) rather than removed and put
      // again as the window moves on (a new bucket and two walks of a probe chain each time); the
      // days left behind are swept when the reports they still hold outnumber the window several
      // times, so memory stays bounded by it
      if (stored > SWEEP_FACTOR * capacity) {
        byDay.removeIf(sweep);
      }
      longPeriods.prune(oldestSeq);
    }
    return window.pollFirst();
  }

  private void compare(Entry e, long stamp) {
    long first = day(e.start);
    long last = day(e.end);
    if (last - first <= DAYS_LOOKED_UP) {
      for (long d = first; d <= last; d++) {
        Bucket b = byDay.get(d);
        if (b != null) {
          compare(e, b, stamp);
        }
      }
    } else {
      byDay.forEach(b -> compare(e, b, stamp));
    }
    compare(e, longPeriods, stamp);
  }

  private void compare(Entry e, Bucket b, long stamp) {
    for (int i = 0; i < b.size; i++) {
      Entry o = b.entries[i];
      if (b.seqs[i] < oldestSeq || o.visited == stamp || o == e) {
        continue;
      }
      o.visited = stamp;
      if ((o.weaponMask & e.weaponMask) == 0 || e.start > o.end || o.start > e.end
          || e.post.equals(o.post)) {
        continue;
      }
      mark(e, o);
      if (pairs != null) {
        pairs.pair(o, e);
      }
    }
  }

  /** Marks the lines of two overlapping reports that share a weapon. */
  private static void mark(Entry a, Entry b) {
    for (Line la : a.lines) {
      for (Line lb : b.lines) {
        if ((!la.atRisk || !lb.atRisk) && shareWeapon(la, lb)) {
          la.atRisk = true;
          lb.atRisk = true;
        }
      }
    }
  }

  private static boolean shareWeapon(Line a, Line b) {
    if ((a.mask & b.mask) == 0) {
      return false;
    }
    List<Weapon> aw = a.weapons;
    for (int i = 0; i < aw.size(); i++) { // by index: no iterator a pair of lines
      if (b.weapons.contains(aw.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static long day(long minute) {
    return Math.floorDiv(minute, 1440);
  }
}

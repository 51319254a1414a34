package org.conflictstats.stats;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponLine;

/**
 * Finds weapon lines that two posts may both count (DOMAIN.md §6, §10), in bounded memory: each
 * report is compared with the reports among the {@code capacity} before it in input order. Two lines
 * overlap when their reports come from different posts, their periods share a moment (a date-only
 * end taken as the whole day), and they share a weapon (a composite line shares each of its parts).
 * A line that overlaps any other line is at risk of being counted twice.
 *
 * <p>How. The window's lines are indexed per weapon by the days their periods cover, twice: every
 * line, and the lines not yet known to be at risk. A new line marks every line of the second index
 * that it overlaps (so each line is marked once, and leaves that index), and is itself at risk when it
 * marked one or when the first index holds a line it overlaps (a search that stops at the first). So a
 * line costs a few lookups whether the input is dense (every line overlaps) or sparse (none does).
 * Lines that leave the window are dropped from the indexes lazily.
 *
 * <p>Not thread-safe. Used by {@link Aggregation}: one window per part of a read, and the parts'
 * windows joined at their seams by replaying the first reports of a part into the window of the
 * parts before it.
 */
final class OverlapWindow {

  /** Periods longer than this many days are kept in a list of their own, scanned every time. */
  private static final int LONG_DAYS = 4;

  /** One report: its post, kind, period in epoch minutes and lines. */
  static final class Entry {
    final String post;
    final SourceKind kind;
    final long start;
    final long end;
    final Line[] lines;
    /** The report's place in its part, then in the parts merged with it. */
    long pos;
    private boolean counted;

    private Entry(String post, SourceKind kind, long start, long end, int lines) {
      this.post = post;
      this.kind = kind;
      this.start = start;
      this.end = Math.max(start, end);
      this.lines = new Line[lines];
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

  /** One line of a report; whether it is at risk is shared by every window it is in. */
  static final class Line {
    final Entry report;
    final List<Weapon> weapons;
    boolean atRisk;

    Line(Entry report, List<Weapon> weapons) {
      this.report = report;
      this.weapons = weapons;
    }
  }

  /** A line as one window holds it: live while its sequence number is in the window. */
  private record Ref(Line line, long seq) {}

  static int kindIndex(SourceKind kind) {
    return kind == SourceKind.NATIONAL_AIR_FORCE ? 0
        : kind == SourceKind.REGIONAL_AIR_COMMAND ? 1 : 2;
  }

  /** Makes the window entry of a report, or returns null for a report without a source. */
  static Entry entry(StrikeReport r, Map<ZoneId, ZoneRules> rules) {
    if (r.source().isUnknown() || r.lines().isEmpty()) {
      return null;
    }
    ReportPeriod p = r.period();
    ZoneRules zr = rules.computeIfAbsent(p.zone(), ZoneId::getRules);
    long start = minute(p.start().dateTime(), zr);
    LocalDateTime endTime = p.end().dateTime();
    if (p.end().isDateOnly()) {
      endTime = endTime.plusDays(1).minusMinutes(1);
    }
    Entry e = new Entry(r.source().address().orElse(r.id()), r.source().kind(), start,
        minute(endTime, zr), r.lines().size());
    for (int i = 0; i < e.lines.length; i++) {
      WeaponLine l = r.lines().get(i);
      e.lines[i] = new Line(e, l.weapon().parts());
    }
    return e;
  }

  private static long minute(LocalDateTime t, ZoneRules rules) {
    return Math.floorDiv(t.toEpochSecond(rules.getOffset(t)), 60);
  }

  /** The lines of one weapon in the window, by day. */
  private static final class Index {
    final Map<Long, List<Ref>> all = new HashMap<>();
    final Map<Long, List<Ref>> unmarked = new HashMap<>();
    final List<Ref> longAll = new ArrayList<>();
    final List<Ref> longUnmarked = new ArrayList<>();
    long newest;
  }

  private final int capacity;
  private final ArrayDeque<Entry> window = new ArrayDeque<>();
  private final Map<Weapon, Index> byWeapon = new HashMap<>();
  private long nextSeq;
  private long oldestSeq;

  OverlapWindow(int capacity) {
    this.capacity = capacity;
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
    compare(e);
    long seq = nextSeq++;
    for (Line l : e.lines) {
      for (Weapon w : l.weapons) {
        insert(byWeapon.computeIfAbsent(w, k -> new Index()), new Ref(l, seq), e);
      }
    }
    window.addLast(e);
    if (window.size() <= capacity) {
      return null;
    }
    oldestSeq++;
    if (oldestSeq % capacity == 0) {
      compactAll();
    }
    return window.pollFirst();
  }

  private void compare(Entry e) {
    for (Line l : e.lines) {
      for (Weapon w : l.weapons) {
        Index idx = byWeapon.get(w);
        if (idx == null) {
          continue;
        }
        if (markOverlapping(idx, l)) {
          l.atRisk = true;
        } else if (!l.atRisk && anyOverlapping(idx, l)) {
          l.atRisk = true;
        }
      }
    }
  }

  private boolean live(Ref r) {
    return r.seq >= oldestSeq;
  }

  private boolean overlaps(Line l, Ref r) {
    Entry a = l.report;
    Entry b = r.line.report;
    return a.start <= b.end && b.start <= a.end && live(r) && !a.post.equals(b.post);
  }

  private boolean markOverlapping(Index idx, Line l) {
    boolean any = false;
    Entry e = l.report;
    if (days(e) <= LONG_DAYS) {
      for (long d = day(e.start); d <= day(e.end); d++) {
        any |= mark(idx.unmarked.get(d), l);
      }
    } else {
      for (List<Ref> bucket : idx.unmarked.values()) {
        any |= mark(bucket, l);
      }
    }
    any |= mark(idx.longUnmarked, l);
    return any;
  }

  private boolean mark(List<Ref> bucket, Line l) {
    if (bucket == null) {
      return false;
    }
    boolean any = false;
    int dead = 0;
    for (int i = 0; i < bucket.size(); i++) {
      Ref o = bucket.get(i);
      if (o.line.atRisk || !live(o)) {
        dead++;
      } else if (overlaps(l, o)) {
        o.line.atRisk = true;
        any = true;
        dead++;
      }
    }
    if (dead > 8 && dead * 2 > bucket.size()) {
      bucket.removeIf(o -> o.line.atRisk || !live(o));
    }
    return any;
  }

  private boolean anyOverlapping(Index idx, Line l) {
    Entry e = l.report;
    if (days(e) <= LONG_DAYS) {
      for (long d = day(e.start); d <= day(e.end); d++) {
        if (any(idx.all.get(d), l)) {
          return true;
        }
      }
    } else {
      for (List<Ref> bucket : idx.all.values()) {
        if (any(bucket, l)) {
          return true;
        }
      }
    }
    return any(idx.longAll, l);
  }

  private boolean any(List<Ref> bucket, Line l) {
    if (bucket == null) {
      return false;
    }
    for (int i = bucket.size() - 1; i >= 0; i--) {
      if (overlaps(l, bucket.get(i))) {
        return true;
      }
    }
    return false;
  }

  private void insert(Index idx, Ref r, Entry e) {
    idx.newest = r.seq;
    if (days(e) <= LONG_DAYS) {
      for (long d = day(e.start); d <= day(e.end); d++) {
        idx.all.computeIfAbsent(d, k -> new ArrayList<>(4)).add(r);
        if (!r.line.atRisk) {
          idx.unmarked.computeIfAbsent(d, k -> new ArrayList<>(4)).add(r);
        }
      }
    } else {
      idx.longAll.add(r);
      if (!r.line.atRisk) {
        idx.longUnmarked.add(r);
      }
    }
  }

  /** Drops the lines that left the window; every {@code capacity} reports, so O(1) a report. */
  private void compactAll() {
    Iterator<Index> it = byWeapon.values().iterator();
    while (it.hasNext()) {
      Index idx = it.next();
      if (idx.newest < oldestSeq) {
        it.remove();
        continue;
      }
      idx.all.values().removeIf(b -> {
        b.removeIf(o -> !live(o));
        return b.isEmpty();
      });
      idx.unmarked.values().removeIf(b -> {
        b.removeIf(o -> o.line.atRisk || !live(o));
        return b.isEmpty();
      });
      idx.longAll.removeIf(o -> !live(o));
      idx.longUnmarked.removeIf(o -> o.line.atRisk || !live(o));
    }
  }

  private static long day(long minute) {
    return Math.floorDiv(minute, 1440);
  }

  private static long days(Entry e) {
    return day(e.end) - day(e.start);
  }
}

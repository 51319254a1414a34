package org.conflictstats.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report's identity in 24 bytes: a 128-bit hash of its {@link ReportKey} (post and period) and a
 * 64-bit hash of its lines, for indexes of report identity that must not grow with the reports'
 * size (DOMAIN.md §10).
 *
 * <p><b>The same lines.</b> Two reports have the same lines when their weapon lines are the same
 * multiset: each line its weapon (canonical name) and its six counts, launched, destroyed,
 * suppressed, still airborne, left airspace and hit, each with its bounds (so {@code 0},
 * {@code unknown} and {@code at least 3} differ). The order of the lines does not matter (a new
 * release of the dataset may list a post's rows in another order); a line given twice is two lines.
 * Nothing else is compared: not the lines' details (launch place, target, regions, {@code is_shahed},
 * which a reader may keep or not), not the target area, casualties or notes, not the report's id.
 * {@link #sameLines} is the exact comparison the {@link #lines()} hash stands for.
 *
 * <p><b>Collisions.</b> Two different keys get the same 128-bit hash with a probability of about
 * n²/2¹²⁹ among n keys (below 10⁻²⁴ for ten million keys); two different sets of lines of one key
 * the same 64-bit hash with a probability of about 2⁻⁶⁴ per comparison. The hashes are fixed
 * functions of the text and counts (not {@code String.hashCode}), the same on every machine and run.
 *
 * <pre>{@code
 * ReportFingerprint a = ReportFingerprint.of(report);
 * ReportFingerprint b = ReportFingerprint.of(sameReportOtherRelease);
 * a.sameKey(b);                                  // same post and period
 * a.lines() == b.lines();                        // same lines, whatever their order
 * ReportFingerprint.sameLines(report, sameReportOtherRelease);   // exactly
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param keyHigh the first 64 bits of the key's hash
 * @param keyLow the last 64 bits of the key's hash
 * @param lines the hash of the lines, as a multiset
 */
public record ReportFingerprint(long keyHigh, long keyLow, long lines) {

  private static final long M1 = 0x9E3779B97F4A7C15L;
  private static final long M2 = 0xC2B2AE3D27D4EB4FL;
  private static final long M3 = 0xD6E8FEB86659FD93L;

  /**
   * Returns the fingerprint of a report.
   *
   * @param report the report
   * @return its key and lines hashed
   */
  public static ReportFingerprint of(StrikeReport report) {
    Objects.requireNonNull(report, "report");
    ReportPeriod p = report.period();
    String post = ReportKey.post(report);
    long[] zone = ZoneWords.of(p.zone());
    long start = time(p.start());
    long end = time(p.end());
    // each half of the key's hash: the post's characters after their number, each time as a
    // number (its minute and whether it is a date), the zone's name after its length. Every part
    // has its length or a fixed width, so two keys hash the same text only when they are equal; no
    // string is built. The two halves (seeds and multipliers of their own) in one pass over the
    // post, each word read once: this runs once a report
    long h1 = 0x243F6A8885A308D3L ^ post.length();
    long h2 = 0x13198A2E03707344L ^ post.length();
    int n = post.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long w = quad(post, i);
      h1 = word(h1, w, M1);
      h2 = word(h2, w, M2);
    }
    if (i < n) {
      long w = tail(post, i);
      h1 = word(h1, w, M1);
      h2 = word(h2, w, M2);
    }
    h1 = word(word(h1, start, M1), end, M1);
    h2 = word(word(h2, start, M2), end, M2);
    for (long w : zone) { // the zone's name after its length
      h1 = word(h1, w, M1);
      h2 = word(h2, w, M2);
    }
    return new ReportFingerprint(mix(h1), mix(h2), lines(report.lines()));
  }

  /**
   * A zone's name as the words the key hash takes in: its length, then its characters four to a
   * word. Reports come in one zone or a few, so the words of the last zone are kept (final fields,
   * safe to share between threads).
   */
  private static final class ZoneWords {
    private static volatile ZoneWords last = new ZoneWords(null, new long[0]);

    private final java.time.ZoneId zone;
    private final long[] words;

    private ZoneWords(java.time.ZoneId zone, long[] words) {
      this.zone = zone;
      this.words = words;
    }

    static long[] of(java.time.ZoneId zone) {
      ZoneWords z = last;
      if (z.zone != zone) {
        String id = zone.getId();
        long[] w = new long[1 + (id.length() + 3) / 4];
        w[0] = id.length();
        int k = 1;
        int i = 0;
        for (; i + 4 <= id.length(); i += 4) {
          w[k++] = quad(id, i);
        }
        if (i < id.length()) {
          w[k] = tail(id, i);
        }
        z = new ZoneWords(zone, w);
        last = z;
      }
      return z.words;
    }
  }

  /** A time as one number: its minute since the epoch, doubled, plus one for a date. */
  private static long time(ReportTime t) {
    return t.localEpochMinute() * 2 + (t.isDateOnly() ? 1 : 0);
  }

  private static long word(long h, long v, long multiplier) {
    h = (h ^ v) * multiplier;
    return h ^ (h >>> 29);
  }

  /**
   * Returns whether another fingerprint has the same key hash.
   *
   * @param other the other fingerprint
   * @return {@code true} when both 64-bit halves of the key hash are equal
   */
  public boolean sameKey(ReportFingerprint other) {
    return keyHigh == other.keyHigh && keyLow == other.keyLow;
  }

  /**
   * Returns whether two reports have the same lines, exactly: the same multiset of (weapon, launched,
   * destroyed, suppressed, still airborne, left airspace, hit).
   *
   * @param a a report
   * @param b another report
   * @return {@code true} when their lines are the same, in any order
   */
  public static boolean sameLines(StrikeReport a, StrikeReport b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.lines().size() != b.lines().size()) {
      return false;
    }
    Map<LineContent, Integer> left = new HashMap<>();
    for (WeaponLine l : a.lines()) {
      left.merge(LineContent.of(l), 1, Integer::sum);
    }
    for (WeaponLine l : b.lines()) {
      Integer n = left.get(LineContent.of(l));
      if (n == null) {
        return false;
      }
      if (n == 1) {
        left.remove(LineContent.of(l));
      } else {
        left.put(LineContent.of(l), n - 1);
      }
    }
    return left.isEmpty();
  }

  /** What of a line is compared: its weapon's compared name and its six counts. */
  private record LineContent(String weapon, Count launched, Count destroyed, Count suppressed,
      Count stillAirborne, Count leftAirspace, Count hit) {
    static LineContent of(WeaponLine l) {
      return new LineContent(comparedName(l.weapon()), l.launched(), l.destroyed(), l.suppressed(),
          l.stillAirborne(), l.leftAirspace(), l.hit());
    }
  }

  /**
   * Returns the name by which lines are compared: the weapon's name, and a composite's parts'
   * names in the order of their names, so that the same parts in another order are the same
   * weapon, as {@link CompositeWeapon#equals} says.
   *
   * <pre>{@code
   * ReportFingerprint.comparedName(catalog.resolve("X-101/X-555 and Kalibr"));
   * // "Kalibr and Kh-101/Kh-555", as for "Kalibr and X-101/X-555"
   * }</pre>
   *
   * @param weapon the weapon
   * @return its compared name
   */
  public static String comparedName(Weapon weapon) {
    if (!(weapon instanceof CompositeWeapon c)) {
      return weapon.name();
    }
    List<String> names = new ArrayList<>(c.parts().size());
    for (Weapon part : c.parts()) {
      names.add(part.name());
    }
    names.sort(null);
    return String.join(" and ", names);
  }

  /**
   * Returns the hash {@link #lines()} holds for a report with these lines: a multiset hash, the
   * same for the same lines in any order. A comparison of reports that reads some counts otherwise
   * (every exact zero as unknown, say) hashes the lines it made.
   *
   * <pre>{@code
   * ReportFingerprint.linesOf(report.lines()) == ReportFingerprint.of(report).lines();  // true
   * }</pre>
   *
   * @param lines the lines
   * @return their hash
   */
  public static long linesOf(List<WeaponLine> lines) {
    Objects.requireNonNull(lines, "lines");
    return lines(lines);
  }

  /** The multiset hash of lines: the sum of each line's mixed hash, with their number. */
  private static long lines(List<WeaponLine> lines) {
    long sum = 0;
    for (int i = 0; i < lines.size(); i++) { // by index: no iterator a report
      WeaponLine l = lines.get(i);
      long h = text(comparedName(l.weapon()), 0x452821E638D01377L, M3);
      h = count(h, l.launched());
      h = count(h, l.destroyed());
      h = count(h, l.suppressed());
      h = count(h, l.stillAirborne());
      h = count(h, l.leftAirspace());
      h = count(h, l.hit());
      sum += mix(h);
    }
    return mix(sum + lines.size() * M2);
  }

  private static long count(long h, Count c) {
    h = (h ^ c.lower()) * M1;
    h ^= h >>> 29;
    h = (h ^ c.upperOrElse(-1)) * M2;
    return h ^ (h >>> 32);
  }

  private static long text(String s, long seed, long multiplier) {
    return mix(chars(seed ^ s.length(), s, multiplier));
  }

  /**
   * Hashes the characters four to a word (a char is 16 bits), the last word padded with zeros; the
   * callers hash the length first, so the padding cannot make two texts equal. One multiplication
   * per four characters.
   */
  private static long chars(long h, String s, long multiplier) {
    int n = s.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      h = word(h, quad(s, i), multiplier);
    }
    if (i < n) {
      h = word(h, tail(s, i), multiplier);
    }
    return h;
  }

  /** Characters {@code i} to {@code i + 3} as one word, the first in the low 16 bits. */
  private static long quad(String s, int i) {
    return s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
        | (long) s.charAt(i + 3) << 48;
  }

  /** The last one to three characters from {@code i} as one word, padded with zeros. */
  private static long tail(String s, int i) {
    long w = 0;
    for (int shift = 0; i < s.length(); i++, shift += 16) {
      w |= (long) s.charAt(i) << shift;
    }
    return w;
  }

  /** SplitMix64's finaliser: every bit of the input moves every bit of the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

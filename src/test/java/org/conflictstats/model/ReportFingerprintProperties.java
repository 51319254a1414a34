package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint of a report: its lines hash is a function of the multiset of lines (any order),
 * and equal hashes go with {@link ReportFingerprint#sameLines} (checked on reports drawn from a
 * small set of lines, so that equal and unequal multisets both occur often); the key hash follows
 * the key.
 */
final class ReportFingerprintProperties {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final List<WeaponLine> POOL = List.of(
      WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(10)),
      WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(10))
          .withDestroyed(Count.exactly(9)),
      WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(10))
          .withDestroyed(Count.unknown()),
      WeaponLine.of(CATALOG.resolve("Kalibr"), Count.atLeast(10)),
      WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(10)));

  private static StrikeReport report(String source, ReportPeriod period, List<WeaponLine> lines) {
    return StrikeReport.builder().id("r").period(period).source(Source.parse(source))
        .addLines(lines).build();
  }

  private static final ReportPeriod NIGHT = ReportPeriod.of(
      ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
      ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0)));

  private static List<WeaponLine> draw(Random random, int n) {
    List<WeaponLine> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(POOL.get(random.nextInt(POOL.size())));
    }
    return lines;
  }

  @Property(tries = 2000)
  void equalLineHashesGoWithTheSameLines(@ForAll long seed,
      @ForAll @IntRange(max = 3) int n, @ForAll @IntRange(max = 3) int m) {
    Random random = new Random(seed);
    StrikeReport a = report("kpszsu/posts/1", NIGHT, draw(random, n));
    StrikeReport b = report("kpszsu/posts/1", NIGHT, draw(random, m));
    boolean same = ReportFingerprint.sameLines(a, b);
    assertEquals(same, ReportFingerprint.of(a).lines() == ReportFingerprint.of(b).lines());
    assertEquals(same, ReportFingerprint.sameLines(b, a));
    Statistics.label("same lines").collect(same);
  }

  @Property(tries = 500)
  void theOrderOfLinesDoesNotMatter(@ForAll long seed, @ForAll @IntRange(max = 6) int n) {
    Random random = new Random(seed);
    List<WeaponLine> lines = draw(random, n);
    List<WeaponLine> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, random);
    StrikeReport a = report("kpszsu/posts/1", NIGHT, lines);
    StrikeReport b = report("kpszsu/posts/1", NIGHT, shuffled);
    assertEquals(ReportFingerprint.of(a), ReportFingerprint.of(b));
    assertTrue(ReportFingerprint.sameLines(a, b));
  }

  @Test
  void theKeyIsThePostAndThePeriodWithItsPrecisionAndZone() {
    List<WeaponLine> lines = List.of(POOL.get(0));
    StrikeReport a = report("kpszsu/posts/1", NIGHT, lines);
    ReportFingerprint fa = ReportFingerprint.of(a);
    // the id and the details are not in the key
    StrikeReport renamed = a.toBuilder().id("other id").targetArea("south").build();
    assertTrue(fa.sameKey(ReportFingerprint.of(renamed)));
    assertEquals(fa, ReportFingerprint.of(renamed));
    assertEquals(ReportKey.of(a), ReportKey.of(renamed));
    ReportPeriod dateOnly = ReportPeriod.of(ReportTime.ofDate(LocalDate.of(2025, 4, 16)),
        NIGHT.end());
    ReportPeriod midnight = ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 0,
        0)), NIGHT.end());
    for (StrikeReport other : List.of(report("kpszsu/posts/2", NIGHT, lines),
        report("kpszsu/posts/1", dateOnly, lines), report("kpszsu/posts/1", midnight, lines),
        report("kpszsu/posts/1", NIGHT.withZone(ZoneId.of("UTC")), lines))) {
      assertFalse(fa.sameKey(ReportFingerprint.of(other)), other.period().toString());
      assertNotEquals(ReportKey.of(a), ReportKey.of(other));
    }
    assertFalse(ReportKey.of(report("kpszsu/posts/1", dateOnly, lines))
        .equals(ReportKey.of(report("kpszsu/posts/1", midnight, lines))));
    assertEquals("kpszsu/posts/1@2025-04-16T20:00/2025-04-17T08:00", ReportKey.of(a).toString());
    // a source without an address: the post is the id, written once
    StrikeReport bare = StrikeReport.builder().id("kpszsu@2025-04-16T20:00/2025-04-17T08:00")
        .period(NIGHT).source(Source.parse("kpszsu")).build();
    assertEquals("kpszsu@2025-04-16T20:00/2025-04-17T08:00", ReportKey.of(bare).toString());
  }

  @Test
  void countsDifferByTheirBounds() {
    StrikeReport zero = report("kpszsu/posts/1", NIGHT, List.of(POOL.get(0)
        .withSuppressed(Count.zero())));
    StrikeReport unknown = report("kpszsu/posts/1", NIGHT, List.of(POOL.get(0)
        .withSuppressed(Count.unknown())));
    assertFalse(ReportFingerprint.sameLines(zero, unknown));
    assertNotEquals(ReportFingerprint.of(zero).lines(), ReportFingerprint.of(unknown).lines());
  }

  /** A time drawn from a few: a date, or a minute of it (midnight too), in April 2025. */
  private static ReportTime time(Random random) {
    LocalDate day = LocalDate.of(2025, 4, 15 + random.nextInt(3));
    return random.nextBoolean() ? ReportTime.ofDate(day)
        : ReportTime.ofMinute(day.atTime(random.nextInt(2) * 20, random.nextInt(2)));
  }

  @Property(tries = 3000)
  void equalKeyHashesGoWithEqualKeys(@ForAll long seed) {
    Random random = new Random(seed);
    List<String> posts = List.of("kpszsu/posts/1", "kpszsu/posts/11", "PvKPivden/posts/1");
    List<ZoneId> zones = List.of(ZoneId.of("Europe/Kyiv"), ZoneId.of("UTC"));
    String post = posts.get(random.nextInt(posts.size()));
    ReportTime start = time(random);
    ReportTime end = time(random);
    ZoneId zone = zones.get(random.nextInt(zones.size()));
    StrikeReport a = report(post, ReportPeriod.of(start, end).withZone(zone), List.of(POOL.get(0)));
    // the other key: each part kept, or drawn again (and perhaps the same), so that equal keys
    // are frequent and each part differs alone too
    String post2 = random.nextInt(4) > 0 ? post : posts.get(random.nextInt(posts.size()));
    ReportTime start2 = random.nextInt(4) > 0 ? start : time(random);
    ReportTime end2 = random.nextInt(4) > 0 ? end : time(random);
    ZoneId zone2 = random.nextInt(4) > 0 ? zone : zones.get(random.nextInt(zones.size()));
    StrikeReport b = report(post2, ReportPeriod.of(start2, end2).withZone(zone2),
        List.of(POOL.get(1)));
    boolean same = ReportKey.of(a).equals(ReportKey.of(b));
    assertEquals(same, ReportFingerprint.of(a).sameKey(ReportFingerprint.of(b)));
    Statistics.label("same key").collect(same);
  }

  /**
   * The key hash is the documented function, computed here the plain way: each half on its own, the
   * post's characters (after their number) taken four to a word from a zero-padded copy, then each
   * time as {@code minute * 2 + dateOnly}, then the zone's name after its length, then SplitMix64's
   * finaliser. Posts of any length and alphabet, minute and date-only times, several zones.
   */
  @Property(tries = 3000)
  void keyHashIsTheDocumentedFunction(@ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder post = new StringBuilder("https://t.me/");
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      post.append(random.nextInt(4) == 0 ? (char) (0x400 + random.nextInt(0x60))
          : (char) ('a' + random.nextInt(26)));
    }
    LocalDateTime start = LocalDateTime.of(2022, 1, 1, 0, 0).plusMinutes(random.nextInt(3_000_000));
    ReportTime from = random.nextBoolean() ? ReportTime.ofMinute(start)
        : ReportTime.ofDate(start.toLocalDate());
    ReportTime to = ReportTime.ofMinute(start.plusMinutes(random.nextInt(5000)));
    ZoneId zone = List.of(ZoneId.of("Europe/Kyiv"), ZoneId.of("UTC"), ZoneId.of("Europe/Moscow"))
        .get(random.nextInt(3));
    StrikeReport r = report(post.toString(), new ReportPeriod(from, to, zone), draw(random, 1));
    String p = ReportKey.of(r).post();
    ReportFingerprint fp = ReportFingerprint.of(r);
    assertEquals(plainKeyHalf(p, from, to, zone, 0x243F6A8885A308D3L, 0x9E3779B97F4A7C15L),
        fp.keyHigh());
    assertEquals(plainKeyHalf(p, from, to, zone, 0x13198A2E03707344L, 0xC2B2AE3D27D4EB4FL),
        fp.keyLow());
  }

  private static long plainKeyHalf(String post, ReportTime start, ReportTime end, ZoneId zone,
      long seed, long multiplier) {
    List<Long> words = new ArrayList<>();
    words.add(seed ^ post.length());
    addChars(words, post);
    for (ReportTime t : List.of(start, end)) {
      LocalDateTime d = t.dateTime();
      long minute = java.time.Duration.between(LocalDateTime.of(1970, 1, 1, 0, 0), d).toMinutes();
      words.add(minute * 2 + (t.isDateOnly() ? 1 : 0));
    }
    words.add((long) zone.getId().length());
    addChars(words, zone.getId());
    long h = words.get(0);
    for (int i = 1; i < words.size(); i++) {
      h = (h ^ words.get(i)) * multiplier;
      h ^= h >>> 29;
    }
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  private static void addChars(List<Long> words, String s) {
    char[] padded = java.util.Arrays.copyOf(s.toCharArray(), (s.length() + 3) / 4 * 4);
    for (int i = 0; i < padded.length; i += 4) {
      long w = 0;
      for (int k = 3; k >= 0; k--) {
        w = w << 16 | padded[i + k];
      }
      words.add(w);
    }
  }
}

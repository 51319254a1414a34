package org.conflictstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.ReportKey;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;

/**
 * The columns a part keeps of its reports give back what they were given: each report's key (post,
 * period with its precisions and zone), location, fingerprint and whether it was counted, in order,
 * through the columns' growth from any starting size and across the chunks of the posts' bytes
 * (some posts longer than a chunk, some exactly as long); times anywhere from year 1 to 9999,
 * before and after 1970; and again after {@link SeenReports#clear}, through which a read's next
 * part reuses the columns and chunks (a kept chunk too short for a long post is replaced, not
 * overrun).
 */
final class SeenReportsProperties {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Kyiv"), ZoneId.of("UTC"),
      ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Kathmandu"));

  @Property(tries = 300)
  void whatIsAddedComesBack(@ForAll long seed) {
    Random rnd = new Random(seed);
    // from the smallest columns, or from a starting size below, at or above what comes
    SeenReports seen = rnd.nextBoolean() ? new SeenReports() : new SeenReports(rnd.nextInt(300));
    int rounds = 1 + rnd.nextInt(3);
    for (int round = 0; round < rounds; round++) {
      if (round > 0) {
        seen.clear();
      }
      fillAndCompare(seen, rnd);
    }
  }

  private static void fillAndCompare(SeenReports seen, Random rnd) {
    List<Object[]> given = new ArrayList<>();
    int n = rnd.nextInt(400);
    for (int i = 0; i < n; i++) {
      // any characters (Latin-1, wider, a lone surrogate), short or long, some longer than a
      // chunk of the posts' bytes, enough of them to fill several chunks
      String post = switch (rnd.nextInt(9)) {
        case 0 -> "p";
        case 1 -> "https://t.me/пост/" + rnd.nextInt(1_000_000) + "\uD83D\uDE80";
        case 2 -> "x".repeat(1 + rnd.nextInt(3000));
        case 3 -> "café ÿ\u0080/" + rnd.nextInt(1000);
        case 4 -> "lone \uD800 " + rnd.nextInt(1000) + " \uDFFF";
        case 5 -> rnd.nextInt(20) == 0 ? "y".repeat(SeenReports.CHUNK - 5 + rnd.nextInt(10))
            : "z".repeat(1 + rnd.nextInt(9000));
        case 6 -> rnd.nextInt(20) == 0 ? "ж".repeat(SeenReports.CHUNK + 1 + rnd.nextInt(6))
            : "ж".repeat(1 + rnd.nextInt(5000));
        default -> "https://t.me/post/" + rnd.nextInt(1_000_000);
      };
      ReportKey key = new ReportKey(post,
          new ReportPeriod(time(rnd), time(rnd), ZONES.get(rnd.nextInt(ZONES.size()))));
      String file = rnd.nextInt(10) == 0 ? "other.csv" : "a.csv";
      FileLocation at = FileLocation.of(file, 1 + rnd.nextInt(1 << 30));
      long where = IdentityIndex.where(rnd.nextInt(4), at.line());
      ReportFingerprint fp = new ReportFingerprint(rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
      boolean counted = rnd.nextBoolean();
      seen.add(fp, key, at, where, counted, 0);
      given.add(new Object[] {fp, key, at, where, counted});
    }
    assertEquals(n, seen.size());
    for (int i = 0; i < n; i++) {
      Object[] g = given.get(i);
      ReportFingerprint fp = (ReportFingerprint) g[0];
      assertEquals(fp, new ReportFingerprint(seen.keyHigh(i), seen.keyLow(i), seen.lines(i)));
      assertEquals(g[1], seen.key(i));
      assertEquals(g[2], seen.at(i));
      assertEquals(g[3], seen.where(i));
      assertEquals(g[4], seen.counted(i));
    }
  }

  private static ReportTime time(Random rnd) {
    LocalDateTime t = LocalDateTime.of(1 + rnd.nextInt(9999), 1 + rnd.nextInt(12),
        1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
    return rnd.nextBoolean() ? ReportTime.ofMinute(t) : ReportTime.ofDate(t.toLocalDate());
  }
}

package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.night;
import static org.conflictstats.stats.SyntheticReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.junit.jupiter.api.Test;

/**
 * The pairs {@link OverlapPairs} names are the pairs the plain oracle finds by comparing every
 * report with every report before it in the window (each once, in input order, with the weapons
 * they share), and the reports in some pair are the reports {@link SourceOverlap} counts.
 */
final class OverlapPairsProperties {

  /** Every pair within the window, as "later<earlier:weapons", in input order. */
  private static List<String> oracle(List<StrikeReport> all, int window) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).source().isUnknown() && !all.get(i).lines().isEmpty()) {
        kept.add(i);
      }
    }
    List<String> out = new ArrayList<>();
    for (int x = 0; x < kept.size(); x++) {
      for (int y = Math.max(0, x - window); y < x; y++) {
        StrikeReport a = all.get(kept.get(x));
        StrikeReport b = all.get(kept.get(y));
        if (a.source().address().equals(b.source().address())
            || !OverlapOracle.everyPair(List.of(b, a), 1).exists()) {
          continue;
        }
        Set<String> shared = new TreeSet<>();
        for (var la : a.lines()) {
          for (var lb : b.lines()) {
            Set<String> common = new HashSet<>(OverlapOracle.names(la.weapon()));
            common.retainAll(OverlapOracle.names(lb.weapon()));
            shared.addAll(common);
          }
        }
        out.add(kept.get(x) + "<" + kept.get(y) + ":" + shared);
      }
    }
    return out;
  }

  @Property(tries = 200)
  void namesThePairsTheOracleFinds(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll("windows") int window) {
    List<StrikeReport> reports = OverlapOracle.randomReports(new Random(seed), n);
    OverlapPairs<Integer> pairs = OverlapPairs.of(window);
    List<String> got = new ArrayList<>();
    Set<Integer> inPairs = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      for (OverlapPair<Integer> p : pairs.add(reports.get(i), i)) {
        Set<String> names = new TreeSet<>();
        for (Weapon w : p.weapons()) {
          names.add(w.name());
        }
        got.add(p.later() + "<" + p.earlier() + ":" + names);
        inPairs.add(p.earlier());
        inPairs.add(p.later());
        assertEquals(reports.get(p.earlier()).source().kind(), p.earlierKind());
      }
    }
    assertEquals(oracle(reports, window), got);
    assertEquals(SourceOverlap.find(reports, window).reports(), inPairs.size());
    Statistics.label("pairs").collect(got.size() > 0);
  }

  @Provide
  Arbitrary<Integer> windows() {
    return Arbitraries.of(1, 3, 30, 1024);
  }

  @Test
  void aGroupOfWeaponsSharesItsMembers() {
    LocalDate day = LocalDate.of(2025, 1, 17);
    StrikeReport group = report("kpszsu", night(day),
        line(SyntheticReports.CATALOG.resolve("Iskander-M/KN-23"), 4, 2));
    StrikeReport member = report("kpszsu", night(day), line(SyntheticReports.ISKANDER, 2, 0));
    StrikeReport shahed = report("kpszsu", night(day), line(SyntheticReports.SHAHED, 50, 33));
    OverlapPairs<String> pairs = OverlapPairs.of(SourceOverlap.DEFAULT_WINDOW);
    assertEquals(List.of(), pairs.add(group, "a.csv:1338"));
    List<OverlapPair<String>> found = pairs.add(member, "a.csv:1340");
    assertEquals(1, found.size());
    assertEquals("a.csv:1340 (national) overlaps a.csv:1338 (national): Iskander-M",
        found.get(0).toString());
    assertEquals(SourceKind.NATIONAL_AIR_FORCE, found.get(0).earlierKind());
    assertEquals(List.of(), pairs.add(shahed, "a.csv:1341"));
    // Shahed-136/131 is one weapon of several names, not a group of two
    assertEquals(List.of(SyntheticReports.SHAHED), CoveredWeapons.of(SyntheticReports.SHAHED));
    assertEquals(3, CoveredWeapons.of(SyntheticReports.CATALOG.resolve("Iskander-M/KN-23"))
        .size());
    assertThrows(IllegalArgumentException.class, () -> OverlapPairs.of(0));
    assertEquals("OVERLAPPING_REPORTS", OverlapPair.CODE);
  }
}

package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The clustered interval and the bootstrap on the real 2026 file ({@code ../shared/data}, or
 * {@code -Dconflictstats.data}; skipped with a message when absent): against an independent
 * implementation of the DOMAIN.md §4b formula (a plain loop over reports, in doubles, with its own
 * Wilson formula), against the figures DOMAIN.md quotes, and bootstrap against formula.
 */
final class ClusteredIntervalRealDataTest {

  private static List<StrikeReport> reports;

  @BeforeAll
  static void read() throws IOException {
    reports = RealData2026.reportsOrSkip();
  }

  /** National reports, every one kept, by month and weapon. */
  private static StatsQuery query() {
    return StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON)
        .withScope(SourceScope.NATIONAL)
        .withInvalidReportsKept(true);
  }

  /** One report's figures in one group: launched, neutralised and destroyed over rated lines. */
  private record Cluster(long n, long neutralised, long destroyed) {}

  /** The oracle's grouping: month of the end date in Kyiv, weapon name, national reports. */
  private static Map<List<String>, List<Cluster>> clustersByGroup() {
    Map<List<String>, List<Cluster>> groups = new LinkedHashMap<>();
    for (StrikeReport r : reports) {
      if (r.source().kind() != SourceKind.NATIONAL_AIR_FORCE) {
        continue;
      }
      LocalDate date = r.period().end().dateTime().atZone(r.period().zone())
          .withZoneSameInstant(java.time.ZoneId.of("Europe/Kyiv")).toLocalDate();
      Map<String, long[]> perWeapon = new LinkedHashMap<>();
      for (WeaponLine l : r.lines()) {
        long launched = l.launched().lower();
        if (!l.launched().isExact() || launched == 0) {
          continue; // not rated
        }
        long[] c = perWeapon.computeIfAbsent(l.weapon().name(), w -> new long[3]);
        c[0] += launched;
        c[1] += Math.min(l.destroyed().lower() + l.suppressed().lower(), launched);
        c[2] += Math.min(l.destroyed().lower(), launched);
      }
      perWeapon.forEach((weapon, c) -> groups
          .computeIfAbsent(List.of(YearMonth.from(date).toString(), weapon),
              k -> new ArrayList<>())
          .add(new Cluster(c[0], c[1], c[2])));
    }
    return groups;
  }

  /** DOMAIN.md §4b in doubles, written apart from the library: {lower, upper}, or null for k < 2. */
  private static double[] oracle(List<Cluster> clusters, boolean kinetic, double level) {
    int k = clusters.size();
    if (k < 2) {
      return null;
    }
    double sumN = 0;
    double sumY = 0;
    for (Cluster c : clusters) {
      sumN += c.n();
      sumY += kinetic ? c.destroyed() : c.neutralised();
    }
    double r = sumY / sumN;
    double squares = 0;
    for (Cluster c : clusters) {
      double e = (kinetic ? c.destroyed() : c.neutralised()) - r * c.n();
      squares += e * e;
    }
    double v = (double) k / (k - 1) * squares / (sumN * sumN);
    double nEff = v > 0 ? Math.min(sumN, r * (1 - r) / v) : sumN;
    double z = IntervalOracle.z(level);
    double x = r * nEff;
    // Wilson in counts: (x + z²/2 ± z √(x(n − x)/n + z²/4)) / (n + z²)
    double root = z * Math.sqrt(x * (nEff - x) / nEff + z * z / 4);
    double lower = r == 0 ? 0 : (x + z * z / 2 - root) / (nEff + z * z);
    double upper = r == 1 ? 1 : (x + z * z / 2 + root) / (nEff + z * z);
    return new double[] {Math.max(0, lower), Math.min(1, upper)};
  }

  @Test
  void theClusteredIntervalIsTheFormulaOfTheDomainNotes() {
    StatsTable table = query().run(reports);
    Map<List<String>, List<Cluster>> expected = clustersByGroup();
    int checked = 0;
    for (StatsTable.Row row : table) {
      Tally t = row.tally();
      List<Cluster> clusters = expected.getOrDefault(row.key(), List.of());
      assertEquals(clusters.size(), t.clusters(), row.key().toString());
      for (boolean kinetic : new boolean[] {false, true}) {
        RateKind kind = kinetic ? RateKind.KINETIC : RateKind.NEUTRALISATION;
        for (double level : new double[] {0.9, 0.95}) {
          Optional<ConfidenceInterval> ci = t.interval(kind, IntervalMethod.CLUSTER, level);
          double[] oracle = oracle(clusters, kinetic, level);
          if (oracle == null) {
            assertTrue(ci.isEmpty(), () -> row.key() + ": fewer than two reports, yet " + ci);
            continue;
          }
          assertEquals(oracle[0], ci.orElseThrow().lower(), 1e-9, row.key() + " lower");
          assertEquals(oracle[1], ci.orElseThrow().upper(), 1e-9, row.key() + " upper");
          checked++;
        }
      }
    }
    // four intervals per group: two rates, two levels
    assertTrue(checked / 4 >= 20, "only " + checked / 4 + " groups with two reports or more");
  }

  @Test
  void octoberShahedsGiveTheFiguresOfTheDomainNotes() {
    // DOMAIN.md §4b: national Shahed lines of October 2025, 30 reports, 5,249 launched; Wilson
    // 78.8-81.0 %, clustered 75.1-84.0 %
    StatsTable table = query().run(reports);
    Tally shaheds = table.row("2025-10", "Shahed-136/131").orElseThrow().tally();
    assertEquals(30, shaheds.clusters());
    assertEquals(30, shaheds.reports());
    assertEquals(5_249, shaheds.ratedLaunched());
    ConfidenceInterval wilson =
        shaheds.interval(RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95).orElseThrow();
    ConfidenceInterval clustered =
        shaheds.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95).orElseThrow();
    assertEquals("78.8-81.0", percent(wilson));
    assertEquals("75.1-84.0", percent(clustered));
    assertTrue(clustered.width() > 3.5 * wilson.width(), clustered + " against " + wilson);
  }

  @Test
  void theBootstrapAgreesWithTheFormulaWhereThereAreReportsEnough() {
    StatsTable table = query().withBootstrap(Bootstrap.standard()).run(reports);
    int checked = 0;
    for (StatsTable.Row row : table) {
      Tally t = row.tally();
      if (t.clusters() < 30) {
        continue;
      }
      for (RateKind kind : RateKind.values()) {
        ConfidenceInterval clustered = t.interval(kind, IntervalMethod.CLUSTER, 0.95).orElseThrow();
        ConfidenceInterval bootstrap = t.interval(kind, IntervalMethod.BOOTSTRAP, 0.95)
            .orElseThrow();
        double ratio = bootstrap.width() / clustered.width();
        assertTrue(ratio > 0.7 && ratio < 1.3,
            () -> row.key() + " " + kind + ": bootstrap " + bootstrap + " against " + clustered);
        checked++;
      }
    }
    assertTrue(checked >= 20, "only " + checked + " groups and rates with 30 reports or more");
  }

  @Test
  void theBootstrapOfOctoberShahedsIsCloseToTheDomainNotesFigure() {
    // DOMAIN.md §4b quotes a bootstrap over reports of 74.6-83.3 %; ours is seeded differently
    Tally shaheds = query().withBootstrap(Bootstrap.standard()).run(reports)
        .row("2025-10", "Shahed-136/131").orElseThrow().tally();
    ConfidenceInterval b =
        shaheds.interval(RateKind.NEUTRALISATION, IntervalMethod.BOOTSTRAP, 0.95).orElseThrow();
    assertEquals(0.746, b.lower(), 0.01, b.toString());
    assertEquals(0.833, b.upper(), 0.01, b.toString());
  }

  @Test
  void aParallelRunGivesTheSameIntervalsToTheLastBit() {
    StatsQuery q = query().withBootstrap(Bootstrap.of(500, 3));
    StatsTable sequential = q.run(reports);
    StatsTable parallel = q.run(reports.parallelStream());
    List<StrikeReport> reversed = new ArrayList<>(reports);
    java.util.Collections.reverse(reversed);
    StatsTable backwards = q.run(reversed);
    assertEquals(sequential.rows(), parallel.rows());
    for (int i = 0; i < sequential.size(); i++) {
      Tally a = sequential.rows().get(i).tally();
      for (StatsTable other : List.of(parallel, backwards)) {
        Tally b = other.rows().get(i).tally();
        for (RateKind kind : RateKind.values()) {
          for (IntervalMethod m : List.of(IntervalMethod.CLUSTER, IntervalMethod.BOOTSTRAP)) {
            assertEquals(sequential.interval(a, kind, m, 0.95), other.interval(b, kind, m, 0.95),
                sequential.rows().get(i).key() + " " + m);
          }
        }
      }
    }
  }

  private static String percent(ConfidenceInterval ci) {
    return String.format(java.util.Locale.ROOT, "%.1f-%.1f", ci.lower() * 100, ci.upper() * 100);
  }
}

package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.Count;
import org.conflictstats.model.WeaponLine;

/**
 * The laws of the clustered interval (DOMAIN.md §4b): it lies in [0, 1], contains the point rate,
 * is Wilson's when every report has the group's rate, and is never narrower than Wilson's; and the
 * exact sums behind it.
 */
final class ClusteredIntervalProperties {

  /** One report's rated figures: launched {@code n >= 1}, neutralised and destroyed in [0, n]. */
  record Cluster(long n, long neutralised, long destroyed) {}

  @Provide
  Arbitrary<List<Cluster>> clusters() {
    Arbitrary<Cluster> one = Arbitraries.longs().between(1, 2_000).flatMap(n ->
        Combinators.combine(
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(n)),
                    net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(0, n))),
                Arbitraries.longs().between(0, n))
            .as((y, d) -> new Cluster(n, y, Math.min(y, d))));
    return one.list().ofMinSize(2).ofMaxSize(40);
  }

  @Provide
  Arbitrary<Double> levels() {
    return Arbitraries.of(0.8, 0.9, 0.95, 0.99, 0.999);
  }

  /** A tally with one report per cluster, each report given as one or two lines. */
  static Tally tally(List<Cluster> clusters) {
    TallyAccumulator acc = new TallyAccumulator();
    long serial = 0;
    for (Cluster c : clusters) {
      serial++;
      if (c.n() > 1 && serial % 2 == 0) {
        // two lines of one report: the report is still one cluster
        long half = c.n() / 2;
        long y1 = Math.min(c.neutralised(), half);
        long d1 = Math.min(c.destroyed(), y1);
        acc.add(line(half, y1, d1), serial);
        acc.add(line(c.n() - half, c.neutralised() - y1, c.destroyed() - d1), serial);
      } else {
        acc.add(line(c.n(), c.neutralised(), c.destroyed()), serial);
      }
    }
    return acc.snapshot();
  }

  static WeaponLine line(long n, long neutralised, long destroyed) {
    return WeaponLine.of(SyntheticReports.SHAHED, Count.exactly(n))
        .withDestroyed(Count.exactly(destroyed))
        .withSuppressed(Count.exactly(neutralised - destroyed));
  }

  @Property(tries = 300)
  void liesInTheUnitRangeAndContainsThePoint(@ForAll("clusters") List<Cluster> clusters,
      @ForAll("levels") double level) {
    Tally t = tally(clusters);
    assertEquals(clusters.size(), t.clusters());
    for (RateKind kind : RateKind.values()) {
      ConfidenceInterval ci = t.interval(kind, IntervalMethod.CLUSTER, level).orElseThrow();
      double point = t.rate(kind).point().getAsDouble();
      Statistics.label("rate").collect(point == 0 ? "0" : point == 1 ? "1" : "inside");
      assertTrue(0 <= ci.lower() && ci.lower() <= ci.upper() && ci.upper() <= 1, ci.toString());
      assertTrue(ci.contains(point), ci + " contains " + point);
      assertEquals(IntervalMethod.CLUSTER, ci.method());
    }
  }

  @Property(tries = 300)
  void isNeverNarrowerThanWilson(@ForAll("clusters") List<Cluster> clusters,
      @ForAll("levels") double level) {
    Tally t = tally(clusters);
    for (RateKind kind : RateKind.values()) {
      ConfidenceInterval clustered = t.interval(kind, IntervalMethod.CLUSTER, level).orElseThrow();
      ConfidenceInterval wilson = t.interval(kind, IntervalMethod.WILSON, level).orElseThrow();
      Statistics.label("wider").collect(clustered.width() > wilson.width() + 1e-12);
      // Wilson's bounds move away from the point as the trials shrink; 1e-12 for rounding
      assertTrue(clustered.lower() <= wilson.lower() + 1e-12, clustered + " vs " + wilson);
      assertTrue(clustered.upper() >= wilson.upper() - 1e-12, clustered + " vs " + wilson);
    }
  }

  @Property(tries = 200)
  void isWilsonWhenEveryReportHasTheGroupsRate(
      @ForAll("levels") double level,
      @ForAll("proportions") long[] ab,
      @ForAll("multiples") List<Long> multiples) {
    long a = ab[0];
    long b = ab[1];
    // every report launches b·m and neutralises a·m: its rate is a/b, the group's
    List<Cluster> clusters = multiples.stream()
        .map(m -> new Cluster(b * m, a * m, a * m)).toList();
    Tally t = tally(clusters);
    for (RateKind kind : RateKind.values()) {
      assertEquals(0, t.clusterMoments().spread(kind).signum(), "no spread between reports");
      assertEquals(t.interval(kind, IntervalMethod.WILSON, level).orElseThrow().lower(),
          t.interval(kind, IntervalMethod.CLUSTER, level).orElseThrow().lower());
      assertEquals(t.interval(kind, IntervalMethod.WILSON, level).orElseThrow().upper(),
          t.interval(kind, IntervalMethod.CLUSTER, level).orElseThrow().upper());
    }
  }

  @Provide
  Arbitrary<long[]> proportions() {
    return Arbitraries.longs().between(1, 50)
        .flatMap(b -> Arbitraries.longs().between(0, b).map(a -> new long[] {a, b}));
  }

  @Provide
  Arbitrary<List<Long>> multiples() {
    return Arbitraries.longs().between(1, 40).list().ofMinSize(2).ofMaxSize(30);
  }

  @Property(tries = 100)
  void fewerThanTwoReportsIsNotEstimable(@ForAll("clusters") List<Cluster> clusters) {
    Tally one = tally(clusters.subList(0, 1));
    assertEquals(1, one.clusters());
    assertTrue(one.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95).isEmpty());
    // the binomial intervals do not need reports
    assertTrue(one.interval(RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95).isPresent());
  }

  @Property(tries = 100)
  void linesWithoutTheirReportsMakeItNotEstimable(@ForAll("clusters") List<Cluster> clusters) {
    TallyAccumulator acc = new TallyAccumulator();
    acc.addAll(tally(clusters));
    acc.add(line(5, 3, 1)); // a line of no known report
    Tally t = acc.snapshot();
    assertTrue(!t.clustersKnown());
    assertTrue(t.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95).isEmpty());
  }

  @Property(tries = 200)
  void theSumsAreExactEvenForHugeReports(
      @ForAll("hugeClusters") List<Cluster> clusters) {
    Tally t = tally(clusters);
    long[] m = t.clusterMoments().sums();
    BigInteger nn = BigInteger.ZERO;
    BigInteger ny = BigInteger.ZERO;
    BigInteger yy = BigInteger.ZERO;
    for (Cluster c : clusters) {
      BigInteger n = BigInteger.valueOf(c.n());
      BigInteger y = BigInteger.valueOf(c.neutralised());
      nn = nn.add(n.multiply(n));
      ny = ny.add(n.multiply(y));
      yy = yy.add(y.multiply(y));
    }
    assertEquals(nn, ClusterMoments.big(m, ClusterMoments.NN));
    assertEquals(ny, ClusterMoments.big(m, ClusterMoments.NY_NEUTRALISED));
    assertEquals(yy, ClusterMoments.big(m, ClusterMoments.YY_NEUTRALISED));
    // and the spread is the sum of squares it stands for
    BigInteger bigN = BigInteger.valueOf(t.ratedLaunched());
    BigInteger bigY = BigInteger.valueOf(t.neutralisationRate().known());
    BigInteger q = BigInteger.ZERO;
    for (Cluster c : clusters) {
      BigInteger e = bigN.multiply(BigInteger.valueOf(c.neutralised()))
          .subtract(bigY.multiply(BigInteger.valueOf(c.n())));
      q = q.add(e.multiply(e));
    }
    assertEquals(q, t.clusterMoments().spread(RateKind.NEUTRALISATION));
  }

  @Provide
  Arbitrary<List<Cluster>> hugeClusters() {
    // up to 2^40 weapons a report: squares near 2^80, beyond a long
    return Arbitraries.longs().between(1, 1L << 40)
        .flatMap(n -> Arbitraries.longs().between(0, n).map(y -> new Cluster(n, y, 0)))
        .list().ofMinSize(1).ofMaxSize(20);
  }
}

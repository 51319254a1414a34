package org.conflictstats.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.conflictstats.chart.RatesChart;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** What a chart shows: the period, the split, the rate and its interval. */
final class ChartOptions {

  /** The periods a chart can be drawn by. */
  static final List<Dimension> PERIODS = List.of(Dimension.DAY, Dimension.WEEK, Dimension.MONTH,
      Dimension.QUARTER, Dimension.YEAR);

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
      converter = Period.class,
      description = "Period of the bars and points: day, week, month, quarter or year"
          + " (default: ${DEFAULT-VALUE}).")
  Dimension by;

  @Option(names = "--split", paramLabel = "KEY", converter = Split.class,
      description = "One bar colour and one line per family, category (or weapon, model,"
          + " source, region, regime, size); none by default. At most 12 groups are drawn: those"
          + " with the most weapons launched on rated lines.")
  Optional<Dimension> split = Optional.empty();

  @Option(names = "--rate", paramLabel = "RATE", defaultValue = "neutralisation",
      converter = Converters.Rate.class,
      description = "The rate drawn: kinetic or neutralisation (default: ${DEFAULT-VALUE}).")
  RateKind rate;

  @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "cluster",
      description = "Confidence interval of the band: cluster (reports as the unit: no band"
          + " where fewer than two reports give a rate), wilson, clopper-pearson or jeffreys"
          + " (weapons as independent trials: optimistic) (default: ${DEFAULT-VALUE}).",
      converter = Method.class)
  IntervalMethod ci;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95",
      converter = Converters.Level.class,
      description = "Confidence level, between 0 and 1, at most 6 decimals (default:"
          + " ${DEFAULT-VALUE}).")
  double level;

  @Option(names = "--min-launched", paramLabel = "N",
      defaultValue = "" + RatesChart.DEFAULT_MINIMUM_LAUNCHED,
      description = "Draw no rate where fewer than N weapons were launched on rated lines; the"
          + " bars stay (default: ${DEFAULT-VALUE}).")
  long minLaunched;

  /** The dimensions of the chart's table: the period, then the split if any. */
  List<Dimension> dimensions() {
    return split.map(s -> List.of(by, s)).orElse(List.of(by));
  }

  /** day, week, month, quarter or year. */
  static final class Period implements ITypeConverter<Dimension> {
    @Override
    public Dimension convert(String value) {
      String name = value.strip().toLowerCase(Locale.ROOT);
      return PERIODS.stream().filter(d -> d.name().equals(name)).findFirst()
          .orElseThrow(() -> new TypeConversionException("unknown period '" + value
              + "': expected day, week, month, quarter or year"));
    }
  }

  /** Any built-in dimension that is not a period. */
  static final class Split implements ITypeConverter<Dimension> {
    @Override
    public Dimension convert(String value) {
      Dimension d;
      try {
        d = Dimension.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown split '" + value
            + "': expected family, category, weapon, model, source, region, regime or size");
      }
      if (PERIODS.contains(d)) {
        throw new TypeConversionException("split by a period ('" + value + "'): give the period"
            + " with --by and split by family, category, weapon, model, source, region, regime or"
            + " size");
      }
      return d;
    }
  }

  /**
   * cluster, wilson, clopper-pearson or jeffreys. The bootstrap needs every report's figures kept,
   * which the chart and the page do not; it is refused here (it ended in an internal error).
   */
  static final class Method implements ITypeConverter<IntervalMethod> {
    @Override
    public IntervalMethod convert(String value) {
      IntervalMethod m;
      try {
        m = IntervalMethod.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown interval '" + value
            + "': expected cluster, wilson, clopper-pearson or jeffreys");
      }
      if (m.needsClusterValues()) {
        throw new TypeConversionException("interval '" + value + "' is not offered here:"
            + " expected cluster, wilson, clopper-pearson or jeffreys ('rates' and 'summary'"
            + " give the bootstrap interval)");
      }
      return m;
    }
  }
}

package org.conflictstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.conflictstats.stats.Dimension;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.text.TextUtils;

/**
 * The rule that chooses a time axis' labels, over any period, span and width: every label sits at
 * the middle of the period it names and names it as its row; no two labels come closer than the
 * gap; and no denser spacing would have fitted, so that a wider drawing gets more labels.
 */
final class PeriodTicksProperties {

  private static final Graphics2D G = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
      .createGraphics();

  /** A label's width in the axis' tick label font, as the axis measures it. */
  private static double width(String text) {
    synchronized (G) {
      G.setFont(Axis.DEFAULT_TICK_LABEL_FONT);
      return TextUtils.getTextBounds(text, G, G.getFontMetrics()).getWidth();
    }
  }

  @Provide
  Arbitrary<Dimension> periods() {
    return Arbitraries.of(Periods.TIME);
  }

  @Property(tries = 300)
  void labelsSitAtTheMiddleOfTheirPeriodNeverOverlapAndAreAsDenseAsFits(
      @ForAll("periods") Dimension period,
      @ForAll @IntRange(min = 1, max = 3000) int count,
      @ForAll @IntRange(min = 100, max = 5000) int pixels,
      @ForAll @IntRange(min = 0, max = 20_000) int startDay) {
    LocalDate day = LocalDate.of(1990, 1, 1).plusDays(startDay);
    LocalDate from = Periods.span(period, period.keyOfDate(day).orElseThrow())[0];
    LocalDate to = PeriodTicks.start(period, PeriodTicks.ordinal(period, from) + count);
    double lower = ChartData.date(from).getTime();
    double upper = ChartData.date(to).getTime();
    java.util.function.DoubleUnaryOperator x = ms -> (ms - lower) / (upper - lower) * pixels;

    List<PeriodTicks.Tick> ticks = PeriodTicks.choose(period, lower, upper, x,
        PeriodTicksProperties::width);

    assertFalse(ticks.isEmpty(), "no label at all");
    for (PeriodTicks.Tick t : ticks) {
      // the label names the period whose middle it sits at, as its row
      assertEquals(t.label(), period.keyOfDate(t.start()).orElseThrow());
      LocalDate[] span = Periods.span(period, t.label());
      assertEquals(span[0], t.start(), t::toString);
      assertEquals(span[1], t.end(), t::toString);
      assertEquals((ChartData.date(span[0]).getTime() + ChartData.date(span[1]).getTime()) / 2.0,
          t.middle(), t::toString);
      assertEquals(x.applyAsDouble(t.middle()), t.x(), 1e-9, t::toString);
      assertEquals(width(t.label()), t.width(), 1e-9);
      assertTrue(!t.start().isBefore(from) && !t.end().isAfter(to), t::toString);
    }
    for (int i = 1; i < ticks.size(); i++) {
      assertTrue(ticks.get(i).left() - ticks.get(i - 1).right() >= PeriodTicks.GAP,
          ticks.get(i - 1) + " and " + ticks.get(i) + " overlap at " + pixels + " pixels");
    }
    if (ticks.size() >= 2) {
      long step = PeriodTicks.ordinal(period, ticks.get(1).start())
          - PeriodTicks.ordinal(period, ticks.get(0).start());
      int i = 0;
      while (PeriodTicks.step(period, i) < step) {
        i++;
      }
      assertEquals(PeriodTicks.step(period, i), step, "a spacing of the period's steps");
      for (PeriodTicks.Tick t : ticks) {
        assertEquals(0, Math.floorMod(PeriodTicks.ordinal(period, t.start()), step),
            t::toString);
      }
      if (i > 0) {
        // the next denser spacing would have overlapped (or labelled one period): as many labels
        // as the width fits
        List<PeriodTicks.Tick> denser = PeriodTicks.ticks(period, PeriodTicks.step(period, i - 1),
            lower, upper, x, PeriodTicksProperties::width);
        assertFalse(denser.size() >= 2 && PeriodTicks.apart(denser), "a denser spacing fits");
      }
    }
  }

  @Property(tries = 200)
  void aWiderDrawingNeverLabelsFewerPeriodsApart(
      @ForAll("periods") Dimension period,
      @ForAll @IntRange(min = 2, max = 2000) int count,
      @ForAll @IntRange(min = 100, max = 2500) int pixels) {
    LocalDate from = PeriodTicks.start(period, PeriodTicks.ordinal(period,
        LocalDate.of(2022, 2, 24)));
    LocalDate to = PeriodTicks.start(period, PeriodTicks.ordinal(period, from) + count);
    double lower = ChartData.date(from).getTime();
    double upper = ChartData.date(to).getTime();
    long narrow = spacing(period, lower, upper, pixels);
    long wide = spacing(period, lower, upper, 2 * pixels);
    assertTrue(wide <= narrow, "at " + pixels + " pixels every " + narrow + ", at twice that every "
        + wide);
  }

  /** How many periods apart the labels are at a width; the span's length for a lone label. */
  private static long spacing(Dimension period, double lower, double upper, int pixels) {
    List<PeriodTicks.Tick> ticks = PeriodTicks.choose(period, lower, upper,
        ms -> (ms - lower) / (upper - lower) * pixels, PeriodTicksProperties::width);
    return ticks.size() < 2 ? Long.MAX_VALUE
        : PeriodTicks.ordinal(period, ticks.get(1).start())
            - PeriodTicks.ordinal(period, ticks.get(0).start());
  }
}

package org.conflictstats.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.conflictstats.stats.Dimension;

/**
 * Which periods of a time axis get a label, and where: one rule for days, weeks, months, quarters
 * and years. Each label is placed at the middle of the period it names, so at the centre of that
 * period's bar; the periods labelled are every {@code n}-th, counted from a fixed origin (so that
 * every 3rd month is January, April, July and October, every 12th month a January, every 7th day
 * a Monday), with {@code n} the smallest of the period's steps that labels two or more periods
 * with no two labels, at their drawn width, closer than {@link #GAP} pixels. The spacing thus
 * follows the drawing's width: a narrow chart labels fewer periods, a wide one more.
 *
 * <pre>{@code
 * List<PeriodTicks.Tick> ticks = PeriodTicks.choose(Dimension.MONTH, lower, upper,
 *     millis -> axis.valueToJava2D(millis, dataArea, RectangleEdge.BOTTOM),
 *     text -> metrics.stringWidth(text));
 * ticks.get(0).label();   // "2025-01", at the middle of January's bar
 * }</pre>
 */
final class PeriodTicks {

  /** The least room between two labels, in pixels. */
  static final double GAP = 8;

  /** 1970-01-05, a Monday: days and weeks are counted from it, so that every 7th day is one. */
  private static final long MONDAY = 4;

  private PeriodTicks() {}

  /**
   * A labelled period.
   *
   * @param start the period's first day
   * @param end the first day after it
   * @param label the period's name, as the table's rows name it ({@code 2025-09})
   * @param middle the middle of the period, in the chart's milliseconds (midnight UTC days)
   * @param x where the middle is drawn, in pixels
   * @param width the label's drawn width, in pixels
   */
  record Tick(LocalDate start, LocalDate end, String label, double middle, double x,
      double width) {

    /** The left edge of the label, centred on {@link #x}. */
    double left() {
      return x - width / 2;
    }

    /** The right edge of the label, centred on {@link #x}. */
    double right() {
      return x + width / 2;
    }
  }

  /**
   * Chooses the labelled periods of an axis: those whose middle lies within the axis' range,
   * every {@code n}-th, for the smallest {@code n} among the period's steps ({@link #steps}) that
   * labels at least two periods and leaves at least {@link #GAP} pixels between neighbouring
   * labels. Where no spacing labels two periods so (a range of a few periods, each narrower than
   * its label), one period is labelled: the first of the widest spacing, else the one in the
   * range's middle.
   *
   * @param period day, week, month, quarter or year
   * @param lower the axis' lower bound, in the chart's milliseconds
   * @param upper the axis' upper bound
   * @param x where a moment, in the chart's milliseconds, is drawn, in pixels
   * @param width how wide a label is drawn, in pixels
   * @return the labelled periods, in order
   */
  static List<Tick> choose(Dimension period, double lower, double upper, DoubleUnaryOperator x,
      ToDoubleFunction<String> width) {
    if (!(upper > lower)) {
      return List.of();
    }
    long first = ordinal(period, day(lower));
    long last = ordinal(period, day(upper));
    for (int i = 0; ; i++) {
      long step = step(period, i);
      List<Tick> ticks = ticks(period, step, lower, upper, x, width);
      if (step > last - first) {
        // at most one period of this spacing in the range: nothing to overlap
        if (ticks.isEmpty()) {
          tick(period, first + (last - first) / 2, lower, upper, x, width, ticks);
        }
        return ticks;
      }
      if (ticks.size() >= 2 && apart(ticks)) {
        return ticks;
      }
    }
  }

  /**
   * The ticks of every {@code step}-th period whose middle lies within the range, counted from the
   * origin ({@link #ordinal}).
   */
  static List<Tick> ticks(Dimension period, long step, double lower, double upper,
      DoubleUnaryOperator x, ToDoubleFunction<String> width) {
    List<Tick> ticks = new ArrayList<>();
    long last = ordinal(period, day(upper));
    for (long k = Math.floorDiv(ordinal(period, day(lower)) + step - 1, step) * step; k <= last;
        k += step) {
      tick(period, k, lower, upper, x, width, ticks);
    }
    return ticks;
  }

  /** The {@code i}-th spacing, from 0: the period's {@link #steps}, then multiples of the last. */
  static long step(Dimension period, int i) {
    int[] steps = steps(period);
    return i < steps.length ? steps[i]
        : (long) steps[steps.length - 1] * (i - steps.length + 2);
  }

  /** Whether neighbouring labels leave at least {@link #GAP} pixels between them. */
  static boolean apart(List<Tick> ticks) {
    for (int i = 1; i < ticks.size(); i++) {
      if (ticks.get(i).left() - ticks.get(i - 1).right() < GAP) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many periods apart labels may be, from the densest: days every 1, 2 or 3, then whole weeks
   * (on Mondays); weeks every 1, 2 or 4, then 13, 26 or a multiple of 52; months every 1, 2, 3 or
   * 6, then whole years (Januaries); quarters every 1 or 2, then whole years; years every 1, 2 or
   * 5, then a multiple of 10. Past the last, multiples of it.
   */
  static int[] steps(Dimension period) {
    if (period == Dimension.DAY) {
      return new int[] {1, 2, 3, 7};
    } else if (period == Dimension.WEEK) {
      return new int[] {1, 2, 4, 13, 26, 52};
    } else if (period == Dimension.MONTH) {
      return new int[] {1, 2, 3, 6, 12};
    } else if (period == Dimension.QUARTER) {
      return new int[] {1, 2, 4};
    } else if (period == Dimension.YEAR) {
      return new int[] {1, 2, 5, 10};
    }
    throw notAPeriod(period);
  }

  private static IllegalArgumentException notAPeriod(Dimension period) {
    return new IllegalArgumentException("a chart's periods are day, week, month, quarter or"
        + " year, not " + period);
  }

  /** Adds the tick of the period of that ordinal, if its middle lies within the range. */
  private static void tick(Dimension period, long ordinal, double lower, double upper,
      DoubleUnaryOperator x, ToDoubleFunction<String> width, List<Tick> ticks) {
    LocalDate start = start(period, ordinal);
    LocalDate end = start(period, ordinal + 1);
    double middle = (ChartData.date(start).getTime() + ChartData.date(end).getTime()) / 2.0;
    if (middle < lower || middle > upper) {
      return;
    }
    String label = period.keyOfDate(start).orElseThrow();
    ticks.add(new Tick(start, end, label, middle, x.applyAsDouble(middle),
        width.applyAsDouble(label)));
  }

  /** The day of a moment of the chart's time (UTC). */
  private static LocalDate day(double millis) {
    return LocalDate.ofEpochDay(Math.floorDiv((long) Math.floor(millis), 86_400_000L));
  }

  /** How many days (days, weeks) or months (months, quarters, years) a period is. */
  private static int length(Dimension period) {
    if (period == Dimension.WEEK) {
      return 7;
    } else if (period == Dimension.QUARTER) {
      return 3;
    } else if (period == Dimension.YEAR) {
      return 12;
    }
    return 1;
  }

  /** Whether the period is counted in months (months, quarters, years) rather than days. */
  private static boolean inMonths(Dimension period) {
    if (period == Dimension.MONTH || period == Dimension.QUARTER || period == Dimension.YEAR) {
      return true;
    } else if (period == Dimension.DAY || period == Dimension.WEEK) {
      return false;
    }
    throw notAPeriod(period);
  }

  /**
   * The period's number: periods counted from the one holding 1970-01-05 (days, weeks) or
   * January 1970 (months, quarters, years).
   */
  static long ordinal(Dimension period, LocalDate day) {
    long units = inMonths(period) ? (day.getYear() - 1970L) * 12 + day.getMonthValue() - 1
        : day.toEpochDay() - MONDAY;
    return Math.floorDiv(units, length(period));
  }

  /** The first day of the period of that number. */
  static LocalDate start(Dimension period, long ordinal) {
    long units = ordinal * length(period);
    return inMonths(period) ? LocalDate.of(1970, 1, 1).plusMonths(units)
        : LocalDate.ofEpochDay(MONDAY + units);
  }
}

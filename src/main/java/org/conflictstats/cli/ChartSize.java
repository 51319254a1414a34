package org.conflictstats.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The size of a chart in pixels, as {@code chart --size} takes it: {@code 1600x900}. At least
 * {@value #MIN_WIDTH} by {@value #MIN_HEIGHT} (room for the axes and the title; the caption and
 * the legend are left out where the plots would lack room), at most {@value #MAX_SIDE} on either
 * side (a PNG of 4000 by 4000 holds 64 MB of pixels while drawn).
 *
 * @param width the width, in pixels
 * @param height the height, in pixels
 */
record ChartSize(int width, int height) {

  static final int MIN_WIDTH = 200;
  static final int MIN_HEIGHT = 150;
  static final int MAX_SIDE = 4000;

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*[xX×]\\s*(\\d+)");

  /** {@code WIDTHxHEIGHT}, checked against the limits. */
  static final class Converter implements ITypeConverter<ChartSize> {
    @Override
    public ChartSize convert(String value) {
      Matcher m = SIZE.matcher(value.strip());
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "': expected WIDTHxHEIGHT in pixels,"
            + " such as 1600x900");
      }
      int width = side(m.group(1));
      int height = side(m.group(2));
      if (width < MIN_WIDTH || height < MIN_HEIGHT) {
        throw new TypeConversionException("'" + value + "': at least " + MIN_WIDTH + "x"
            + MIN_HEIGHT);
      }
      if (width > MAX_SIDE || height > MAX_SIDE) {
        throw new TypeConversionException("'" + value + "': at most " + MAX_SIDE
            + " pixels on either side");
      }
      return new ChartSize(width, height);
    }

    /** The digits' value, any number of more than nine digits above the limit (review rv45e). */
    private static int side(String digits) {
      return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
  }
}

package org.conflictstats.chart;

import java.awt.Color;

/**
 * The chart's colours: one per group of a split (the palette's 20, then hues spread by the golden
 * ratio), the line of a chart without a split, and its bars.
 *
 * <pre>{@code
 * Palette.colour(0);   // #1f77b4, the first group's (and the unsplit line's) colour
 * Palette.colour(25);  // a hue of its own, past the palette's 20
 * }</pre>
 */
final class Palette {

  /** Colours of the groups, in order; readable on white and for most colour-blind readers. */
  private static final Color[] PALETTE = {
      new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
      new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
      new Color(0xbcbd22), new Color(0x17becf),
      // the same ten, lighter: a split of up to 20 groups without a colour twice
      new Color(0xaec7e8), new Color(0xff9896), new Color(0x98df8a), new Color(0xffbb78),
      new Color(0xc5b0d5), new Color(0xc49c94), new Color(0xf7b6d2), new Color(0xc7c7c7),
      new Color(0xdbdb8d), new Color(0x9edae5)};

  /** The line and bands of a chart without a split. */
  static final Color LINE = PALETTE[0];

  /** The launched bars of a chart without a split. */
  static final Color BARS = new Color(0x9ecae1);

  private Palette() {}

  /**
   * The colour of the {@code i}-th group of a split: the palette's 20, then hues spread by the
   * golden ratio at two brightnesses, so that no two groups share one (14 categories or 11 sources
   * drew pairs of groups alike when the palette had ten colours and was used again).
   */
  static Color colour(int i) {
    if (i < PALETTE.length) {
      return PALETTE[i];
    }
    int k = i - PALETTE.length;
    float hue = (float) ((k * 0.6180339887498949) % 1.0);
    return Color.getHSBColor(hue, 0.75f, k % 2 == 0 ? 0.55f : 0.85f);
  }

  /** The colour of a group: its own in a split chart, {@link #LINE} without a split. */
  static Color ofGroup(int i, boolean split) {
    return split ? colour(i) : LINE;
  }
}

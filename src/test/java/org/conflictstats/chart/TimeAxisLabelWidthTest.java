package org.conflictstats.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link TimeAxis#labelWidth}, the width the time axis leaves for a label, is at least the label's
 * drawn width in the chart's font (the logical sans-serif, whatever it maps to here) and in every
 * common sans-serif font this machine has, so that the labels it spaces cannot overlap, while which
 * periods are labelled does not depend on the machine's fonts.
 */
class TimeAxisLabelWidthTest {

  /** Every kind of label a time axis draws, with the widest characters each can hold. */
  private static final List<String> LABELS = List.of("2025-10-01", "2028-08-08", "2025-W52",
      "2025-W08", "2025-Q4", "2025-Q1", "2025-12", "2028-08", "2025", "1988");

  private static final Set<String> COMMON = Set.of("DejaVu Sans", "Liberation Sans", "Arial",
      "Helvetica", "Noto Sans", "Nimbus Sans", "FreeSans");

  @Test
  void theWidthLeftIsAtLeastTheDrawnWidthInTheChartsFontAndEveryCommonSansSerif() {
    List<Font> fonts = new ArrayList<>(List.of(ChartAxes.FONT));
    for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames()) {
      if (COMMON.contains(family)) {
        fonts.add(new Font(family, Font.PLAIN, ChartAxes.FONT.getSize()));
      }
    }
    Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      for (Font f : fonts) {
        for (float size : new float[] {9, 12, 16}) {
          Font sized = f.deriveFont(size);
          for (String label : LABELS) {
            double drawn = sized.getStringBounds(label, g.getFontRenderContext()).getWidth();
            double left = TimeAxis.labelWidth(label, size);
            assertTrue(left >= drawn, sized.getFontName() + " " + size + ": '" + label
                + "' is drawn " + drawn + " px wide, more than the " + left + " left for it");
            // and not so much more that a chart labels far fewer periods than fit
            assertTrue(left <= 1.6 * drawn, sized.getFontName() + " " + size + ": '" + label
                + "' is drawn " + drawn + " px wide, " + left + " px left for it");
          }
        }
      }
    } finally {
      g.dispose();
    }
  }
}

package org.conflictstats.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * An Air Force CSV (the 2023 layout's columns) of 1,100 one-night reports of two rows each,
 * Shahed-136/131 then Kalibr, the first report's Kalibr row optionally moved to the end: 1,099
 * reports after its report's other row, past the default window of 1,024 reports.
 *
 * <pre>{@code
 * String text = FarRow.csv(true); // line 2201: the first report's second row
 * }</pre>
 */
public final class FarRow {

  /** The header of the file. */
  public static final String HEADER = "time_start,time_end,model,launched,destroyed,source";

  private FarRow() {}

  /**
   * Returns the file's text.
   *
   * @param moved whether the first report's second row comes last
   * @return the text, LF line ends, one at the end
   */
  public static String csv(boolean moved) {
    List<String> rows = new ArrayList<>();
    rows.add(HEADER);
    String away = null;
    for (int i = 0; i < 1100; i++) {
      String period = String.format("2025-%02d-%02d 20:00,2025-%02d-%02d 20:30", 1 + i / 28 % 12,
          1 + i % 28, 1 + i / 28 % 12, 1 + i % 28);
      String post = "kpszsu/posts/" + i;
      rows.add(period + ",Shahed-136/131,10,8," + post);
      String second = period + ",Kalibr,4,3," + post;
      if (i == 0 && moved) {
        away = second;
      } else {
        rows.add(second);
      }
    }
    if (away != null) {
      rows.add(away);
    }
    return String.join("\n", rows) + "\n";
  }
}

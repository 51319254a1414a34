package org.conflictstats.io.csv;

import java.util.Objects;

/**
 * Writes one CSV cell as RFC 4180 wants it: as it is, or in double quotes (inner quotes doubled)
 * when it holds a comma, a quote, a line break, or white space at either end (which readers,
 * this library's among them, strip from unquoted cells). Every CSV this library writes goes through
 * here.
 *
 * <pre>{@code
 * CsvCells.quote("Kalibr");          // Kalibr
 * CsvCells.quote("Kyiv, Odesa");     // "Kyiv, Odesa"
 * CsvCells.quote("say \"hi\"");      // "say ""hi"""
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CsvCells {

  private CsvCells() {}

  /**
   * Returns the cell as it is written in a CSV file.
   *
   * @param cell the cell's text
   * @return the text, quoted when needed
   */
  public static String quote(String cell) {
    Objects.requireNonNull(cell, "cell");
    StringBuilder b = new StringBuilder(cell.length() + 2);
    append(b, cell);
    return b.toString();
  }

  /**
   * Appends the cell as it is written in a CSV file.
   *
   * @param out where to append
   * @param cell the cell's text
   */
  public static void append(StringBuilder out, String cell) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(cell, "cell");
    boolean quote = !cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
        || Character.isWhitespace(cell.charAt(cell.length() - 1)));
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(cell);
      return;
    }
    out.append('"');
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }
}

package org.conflictstats.io.csv;

import java.util.Objects;

/**
 * Writes one CSV cell as RFC 4180 wants it: as it is, or in double quotes (inner quotes doubled)
 * when it holds a comma, a quote, a line break, or white space at either end (which readers,
 * this library's among them, strip from unquoted cells). Every CSV this library writes goes through
 * here.
 *
 * <p>A spreadsheet reads a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula ({@code =HYPERLINK(...)} in a weapon name would run when the file is opened), and one that
 * starts with a tab or a carriage return may be read as one too. With {@link Formulas#AS_TEXT}
 * such a cell is written with a leading {@code '}, which makes a spreadsheet show it as text (the
 * OWASP advice against CSV injection); {@link Formulas#AS_WRITTEN} writes every cell as it is, for
 * files that must read back exactly. The library's CSV writers default to {@code AS_TEXT}.
 *
 * <pre>{@code
 * CsvCells.quote("Kalibr");                          // Kalibr
 * CsvCells.quote("Kyiv, Odesa");                     // "Kyiv, Odesa"
 * CsvCells.quote("say \"hi\"");                      // "say ""hi"""
 * CsvCells.quote("=1+1", CsvCells.Formulas.AS_TEXT); // '=1+1
 * CsvCells.quote("-1", CsvCells.Formulas.AS_TEXT);   // '-1
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CsvCells {

  private CsvCells() {}

  /** What to do with a cell that a spreadsheet would read as a formula. */
  public enum Formulas {
    /** Write it as it is: the file reads back exactly, but a spreadsheet may run the formula. */
    AS_WRITTEN,
    /**
     * Write it with a leading {@code '} (a cell starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return), so that a spreadsheet shows it as text.
     */
    AS_TEXT
  }

  /**
   * Returns whether a spreadsheet may read the cell as a formula: it starts with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return.
   *
   * @param cell the cell's text
   * @return {@code true} when {@link Formulas#AS_TEXT} prefixes it
   */
  public static boolean looksLikeFormula(String cell) {
    Objects.requireNonNull(cell, "cell");
    if (cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Returns the cell as it is written in a CSV file, a formula-like cell as chosen.
   *
   * @param cell the cell's text
   * @param formulas what to do with a cell a spreadsheet would read as a formula
   * @return the text, prefixed and quoted when needed
   */
  public static String quote(String cell, Formulas formulas) {
    Objects.requireNonNull(cell, "cell");
    StringBuilder b = new StringBuilder(cell.length() + 3);
    append(b, cell, formulas);
    return b.toString();
  }

  /**
   * Appends the cell as it is written in a CSV file, a formula-like cell as chosen.
   *
   * @param out where to append
   * @param cell the cell's text
   * @param formulas what to do with a cell a spreadsheet would read as a formula
   */
  public static void append(StringBuilder out, String cell, Formulas formulas) {
    Objects.requireNonNull(formulas, "formulas");
    append(out, formulas == Formulas.AS_TEXT && looksLikeFormula(cell) ? "'" + cell : cell);
  }

  /**
   * Returns the cell as it is written in a CSV file, as it is ({@link Formulas#AS_WRITTEN}).
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
   * Appends the cell as it is written in a CSV file, as it is ({@link Formulas#AS_WRITTEN}).
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

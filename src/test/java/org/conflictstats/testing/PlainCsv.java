package org.conflictstats.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain CSV splitter (RFC 4180 quoting, line breaks inside quotes), written apart from the
 * library's tokenizer: it reads the real catalogue in the model's tests, checks the bench generator
 * and serves as the bench's reference reader. Line breaks are LF, CR or CRLF; a last record may lack
 * one.
 */
public final class PlainCsv {

  private PlainCsv() {}

  /**
   * Reads one record, or null at the end.
   *
   * @param in the text
   * @return the record's cells, or null
   *
   * @throws IOException if reading fails or the text ends inside quotes
   */
  public static List<String> record(BufferedReader in) throws IOException {
    String line = in.readLine();
    if (line == null) {
      return null;
    }
    List<String> cells = new ArrayList<>(24);
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (i == line.length()) {
        if (quoted) {
          cell.append('\n');
          line = in.readLine();
          if (line == null) {
            throw new IOException("end of text inside quotes");
          }
          i = 0;
          continue;
        }
        cells.add(cell.toString());
        return cells;
      }
      char c = line.charAt(i++);
      if (quoted) {
        if (c == '"') {
          if (i < line.length() && line.charAt(i) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
  }

  /**
   * Splits a whole text into records.
   *
   * @param text the text
   * @return every record's cells
   * @throws UncheckedIOException if the text ends inside quotes
   */
  public static List<List<String>> records(String text) {
    List<List<String>> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      List<String> r;
      while ((r = record(in)) != null) {
        out.add(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

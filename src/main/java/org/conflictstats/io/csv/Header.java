package org.conflictstats.io.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The header row of an Air Force CSV file: which cell holds which known column. */
final class Header {

  /** The number of cells every row must have. */
  final int width;
  /** The header names as written, by cell. */
  final String[] names;
  /** The unknown header names, in order, each once (review rv46c: a name twice was said twice). */
  final Set<String> unknown = new LinkedHashSet<>();
  /** The cells (from 1) whose header name is blank, in order. */
  final List<Integer> unnamed = new ArrayList<>();
  /** Known columns named more than once (the first cell is used), each once. */
  final Set<String> duplicates = new LinkedHashSet<>();
  /** Required columns that are absent, in the order of {@link Column}. */
  final List<Column> missingRequired = new ArrayList<>();

  private final int[] index = new int[Column.values().length];

  private Header(String[] names) {
    this.width = names.length;
    this.names = names;
    Arrays.fill(index, -1);
    for (int i = 0; i < names.length; i++) {
      Column c = Column.forHeader(names[i]);
      if (c == null && names[i].isBlank()) {
        unnamed.add(i + 1);
      } else if (c == null) {
        unknown.add(names[i].strip());
      } else if (index[c.ordinal()] >= 0) {
        duplicates.add(c.header);
      } else {
        index[c.ordinal()] = i;
      }
    }
    for (Column c : Column.values()) {
      if (c.isRequired() && index[c.ordinal()] < 0) {
        missingRequired.add(c);
      }
    }
  }

  /** Reads the header from the scanner's current record (invalid UTF-8 shown escaped). */
  static Header of(RecordScanner s) {
    String[] names = new String[s.size()];
    for (int i = 0; i < names.length; i++) {
      byte[] b = s.cellBytes(i);
      names[i] = ByteCells.escaped(b, 0, b.length).strip();
    }
    return new Header(names);
  }

  /** Reads a header from its cells' texts. */
  static Header of(List<String> cells) {
    return new Header(cells.stream().map(String::strip).toArray(String[]::new));
  }

  /**
   * Whether another header names the same columns in the same cells, each name as the reader
   * reads it (case, white space and {@code _} for a space aside; an unknown name the same but for
   * case).
   */
  boolean sameColumns(Header other) {
    if (other.width != width) {
      return false;
    }
    for (int i = 0; i < width; i++) {
      Column mine = Column.forHeader(names[i]);
      if (mine != Column.forHeader(other.names[i])
          || mine == null && !names[i].strip().equalsIgnoreCase(other.names[i].strip())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the file has this column. */
  boolean has(Column c) {
    return index[c.ordinal()] >= 0;
  }

  /** The cell index of a column, or -1 when absent. */
  int at(Column c) {
    return index[c.ordinal()];
  }

  /** Whether every required column is present. */
  boolean isUsable() {
    return missingRequired.isEmpty();
  }

  /** The name of cell {@code i} for messages: its header name, or "cell N" beyond the header. */
  String nameOfCell(int i) {
    if (i >= 0 && i < names.length && !names[i].isEmpty()) {
      return names[i];
    }
    return "cell " + (i + 1);
  }
}

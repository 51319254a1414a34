package org.conflictstats.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictstats.internal.ControlChars;
import org.conflictstats.internal.NoteWrap;
import org.conflictstats.internal.Numbers;

/**
 * Prints a {@link StatsTable} as aligned text, 80 columns wide. Key texts are never cut: a key
 * wider than its column (at most {@value #MAX_KEY_WIDTH} characters, narrower when the line would
 * pass 80 columns) wraps onto continuation lines, at spaces where it can, inside a word otherwise.
 */
final class TablePrinter {

  static final String UNDEFINED = "—";
  static final String NOT_ESTIMABLE = "n/e";
  static final String HIDDEN = "hidden";
  private static final int MAX_KEY_WIDTH = 24;
  private static final int WIDTH = 80;

  private final RateKind kind;
  /** The interval method, or null for a table without an interval column. */
  private final IntervalMethod method;
  private final double level;

  TablePrinter(RateKind kind, IntervalMethod method, double level) {
    this.kind = kind;
    this.method = method;
    this.level = level;
  }

  String print(StatsTable table) {
    int keys = Math.max(1, table.dimensions().size());
    List<String> header = new ArrayList<>();
    if (table.dimensions().isEmpty()) {
      header.add("");
    } else {
      table.dimensions().forEach(d -> header.add(d.name()));
    }
    header.add("launched");
    header.add(kind == RateKind.KINETIC ? "destr." : "neutr.");
    header.add("rate");
    header.add("bounds");
    if (method != null) {
      header.add(Numbers.levelPercent(level) + "% CI");
    }

    List<List<String>> body = new ArrayList<>();
    if (!table.dimensions().isEmpty()) {
      for (StatsTable.Row row : table) {
        body.add(cells(table, row.key(), row.tally()));
      }
    }
    List<String> totalKey = new ArrayList<>();
    totalKey.add("total");
    while (totalKey.size() < keys) {
      totalKey.add("");
    }
    List<String> total = cells(table, totalKey, table.total());

    int columns = header.size();
    int[] width = new int[columns];
    for (int c = 0; c < columns; c++) {
      width[c] = header.get(c).length();
    }
    for (List<String> r : body) {
      widen(width, r);
    }
    widen(width, total);
    for (int c = 0; c < keys; c++) {
      width[c] = Math.min(width[c], Math.max(MAX_KEY_WIDTH, header.get(c).length()));
    }
    fitKeys(width, keys);

    StringBuilder out = new StringBuilder();
    line(out, header, width, keys);
    int ruleWidth = 0;
    for (int c = 0; c < columns; c++) {
      ruleWidth += width[c] + gap(c, keys);
    }
    String rule = "-".repeat(ruleWidth);
    out.append(rule).append('\n');
    for (List<String> r : body) {
      line(out, r, width, keys);
    }
    if (!body.isEmpty()) {
      out.append(rule).append('\n');
    }
    line(out, total, width, keys);
    notes(out, table);
    return out.toString();
  }

  /**
   * A key as the table shows it: control characters (an escape sequence in a weapon name, a line
   * break, a tab) written as <code>&#92;u001b</code>, so that no key can move the terminal's cursor
   * or break the table's lines.
   */
  static String visible(String key) {
    return ControlChars.oneLine(key);
  }

  private List<String> cells(StatsTable table, List<String> key, Tally tally) {
    List<String> cells = new ArrayList<>();
    for (String k : key) {
      cells.add(visible(k));
    }
    Rate rate = tally.rate(kind);
    // the rate's own denominator and numerator, so that the printed rate is neutr. / launched;
    // lines without an exact launched count are marked and counted in a note
    cells.add(number(rate.launched()) + (tally.unratedLines() > 0 ? "*" : ""));
    cells.add(number(rate.known()));
    if (rate.isDefined() && table.hidesRate(tally)) {
      // a small group: its counts are shown, its rate is not
      cells.add(HIDDEN);
      cells.add("");
      if (method != null) {
        cells.add("");
      }
    } else if (rate.isDefined()) {
      cells.add(percent(rate.point().getAsDouble()) + "%"
          + (TableNotes.marked(table, tally, kind) ? TableNotes.LOWER_BOUND_MARK : ""));
      cells.add(percent(rate.lower().getAsDouble()) + "-" + percent(rate.upper().getAsDouble()));
      if (method != null) {
        Optional<ConfidenceInterval> ci = table.interval(tally, kind, method, level);
        cells.add(ci.isPresent()
            ? percent(ci.get().lower()) + "-" + percent(ci.get().upper())
            : NOT_ESTIMABLE);
      }
    } else {
      cells.add(UNDEFINED);
      cells.add(UNDEFINED);
      if (method != null) {
        cells.add(UNDEFINED);
      }
    }
    return cells;
  }

  private void notes(StringBuilder out, StatsTable table) {
    boolean kinetic = kind == RateKind.KINETIC;
    List<String> notes = new ArrayList<>();
    notes.add(kinetic
        ? "rate = destroyed / launched, over rated lines (exact launched)."
        : "rate = (destroyed + suppressed) / launched, over rated lines (exact launched).");
    String verb = kinetic ? "destroyed" : "neutralised";
    notes.add("bounds: no unknown outcome was " + verb + " .. every one was; rate = lower bound.");
    TableNotes remarks = new TableNotes(table, kind, method, level);
    if (method != null) {
      notes.add(remarks.intervalDefinition());
    }
    notes.addAll(remarks.remarks());
    for (String note : notes) {
      // a note may name what the input or the options gave (the filter's regions, say)
      NoteWrap.appendLines(out, ControlChars.oneLine(note));
    }
  }

  /** Narrows the widest key columns (never below 8) until a line fits {@link #WIDTH}. */
  private static void fitKeys(int[] width, int keyColumns) {
    int total = 0;
    for (int c = 0; c < width.length; c++) {
      total += width[c] + gap(c, keyColumns);
    }
    while (total > WIDTH) {
      int widest = -1;
      for (int c = 0; c < keyColumns; c++) {
        if (width[c] > 8 && (widest < 0 || width[c] > width[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return;
      }
      width[widest]--;
      total--;
    }
  }

  private static void widen(int[] width, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      width[c] = Math.max(width[c], cells.get(c).length());
    }
  }

  private static void line(StringBuilder out, List<String> cells, int[] width, int keyColumns) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> parts = c < keyColumns ? wrap(cells.get(c), width[c]) : List.of(cells.get(c));
      wrapped.add(parts);
      height = Math.max(height, parts.size());
    }
    for (int at = 0; at < height; at++) {
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        b.append(" ".repeat(gap(c, keyColumns)));
        List<String> parts = wrapped.get(c);
        String cell = at < parts.size() ? parts.get(at) : "";
        String pad = " ".repeat(Math.max(0, width[c] - cell.length()));
        if (c < keyColumns) {
          b.append(cell).append(pad);
        } else {
          b.append(pad).append(cell);
        }
      }
      int end = b.length();
      while (end > 0 && b.charAt(end - 1) == ' ') {
        end--;
      }
      out.append(b, 0, end).append('\n');
    }
  }

  /** Splits a key text into lines of at most {@code width} characters; nothing is cut. */
  static List<String> wrap(String text, int width) {
    return NoteWrap.split(text, width);
  }

  /** The spaces before column {@code c}: two, but one between launched, known and rate. */
  private static int gap(int c, int keyColumns) {
    if (c == 0) {
      return 0;
    }
    return c == keyColumns + 1 || c == keyColumns + 2 ? 1 : 2;
  }

  static String percent(double proportion) {
    return Numbers.fixed(proportion * 100, 1);
  }

  private static String number(long n) {
    return Numbers.grouped(n);
  }
}

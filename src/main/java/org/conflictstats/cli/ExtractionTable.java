package org.conflictstats.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.text.Extraction;
import org.conflictstats.text.Figure;
import org.conflictstats.text.NotUnderstood;
import org.conflictstats.text.SetAside;

/**
 * {@code extract --format table}: each figure beside the words it came from, the report's lines,
 * then what was set aside and what was not understood.
 */
final class ExtractionTable {

  private static final int WORDS = 64;
  private static final int SENTENCE = 96;

  private ExtractionTable() {}

  static void write(Writer out, List<ExtractCommand.Read> reads) throws IOException {
    boolean first = true;
    for (ExtractCommand.Read r : reads) {
      if (!first) {
        out.write("\n");
      }
      first = false;
      write(out, r.name(), r.extraction());
    }
  }

  private static void write(Writer out, String name, Extraction x) throws IOException {
    String text = x.text();
    out.write(name + ": " + x.language().label() + ", " + x.date()
        + x.report().map(r -> ", report " + r.id() + " (source " + r.source().name() + ")")
            .orElse(", no report") + "\n");
    out.write("Figures\n");
    if (x.figures().isEmpty()) {
      out.write("  (none)\n");
    } else {
      int g = Math.max(5, x.figures().stream().mapToInt(f -> f.group().label().length()).max()
          .orElse(5));
      g = Math.min(g, 30);
      int c = Math.max(5, x.figures().stream().mapToInt(f -> count(f).length()).max().orElse(5));
      String fmt = "  %-" + g + "s  %-16s %-" + c + "s  %s%n";
      out.write(String.format(Locale.ROOT, fmt, "group", "field", "count", "words"));
      for (Figure f : x.figures()) {
        out.write(String.format(Locale.ROOT, fmt, cut(f.group().label(), g), f.field().label(),
            count(f), words(f, text)));
      }
    }
    if (x.report().isPresent()) {
      report(out, x.report().get());
    }
    out.write("Set aside\n");
    if (x.setAside().isEmpty()) {
      out.write("  (none)\n");
    }
    for (SetAside s : x.setAside()) {
      out.write("  " + s.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": \""
          + cut(oneLine(s.text()), SENTENCE) + "\"\n");
      out.write("      " + (s.detail().isEmpty() ? "" : "(" + s.detail() + ") ")
          + s.reason().explanation() + "\n");
      for (Figure f : s.figures()) {
        out.write("      would give " + f.group().label() + " " + f.field().label() + " "
            + f.count() + " (\"" + cut(oneLine(f.span().of(text)), WORDS) + "\")\n");
      }
    }
    out.write("Not understood\n");
    if (x.notUnderstood().isEmpty()) {
      out.write("  (none)\n");
    }
    for (NotUnderstood n : x.notUnderstood()) {
      out.write("  \"" + cut(oneLine(n.text()), SENTENCE) + "\"\n");
      out.write("      " + n.why() + "\n");
    }
  }

  private static void report(Writer out, StrikeReport r) throws IOException {
    out.write("Report lines\n");
    int w = Math.max(6, r.lines().stream().mapToInt(l -> l.weapon().name().length()).max()
        .orElse(6));
    w = Math.min(w, 40);
    // each count column as wide as its widest cell ("between 40 and 50" is wider than a number)
    String[] heads = {"launched", "destroyed", "suppressed", "airborne", "left", "hit", "unknown"};
    int[] min = {9, 9, 10, 8, 5, 4, 8};
    List<String[]> rows = new ArrayList<>();
    for (WeaponLine l : r.lines()) {
      rows.add(new String[] {l.launched().toString(), l.destroyed().toString(),
          l.suppressed().toString(), l.stillAirborne().toString(), l.leftAirspace().toString(),
          l.hit().toString(), l.unknown().toString()});
    }
    StringBuilder fmt = new StringBuilder("  %-" + w + "s");
    for (int i = 0; i < heads.length; i++) {
      int width = min[i];
      for (String[] row : rows) {
        width = Math.max(width, row[i].length());
      }
      fmt.append(" %").append(width).append('s');
    }
    fmt.append("%n");
    out.write(String.format(Locale.ROOT, fmt.toString(), (Object[]) concat("weapon", heads)));
    for (int i = 0; i < rows.size(); i++) {
      out.write(String.format(Locale.ROOT, fmt.toString(),
          (Object[]) concat(cut(r.lines().get(i).weapon().name(), w), rows.get(i))));
    }
    Casualties c = r.casualties();
    if (!c.isUnknown()) {
      StringBuilder b = new StringBuilder("  casualties: killed " + c.killed() + ", injured "
          + c.injured());
      for (PlaceCasualties p : c.byPlace()) {
        b.append("; ").append(p.place()).append(": killed ").append(p.killed())
            .append(", injured ").append(p.injured());
      }
      out.write(b + "\n");
    }
    if (!r.notes().isEmpty()) {
      out.write("  notes: " + r.notes() + "\n");
    }
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static String count(Figure f) {
    return f.count() + f.place().map(p -> " (" + p + ")").orElse("");
  }

  private static String words(Figure f, String text) {
    String span = "\"" + cut(oneLine(f.span().of(text)), WORDS) + "\"";
    return f.cue().map(c -> span + " … \"" + cut(oneLine(c.of(text)), 40) + "\"").orElse(span);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

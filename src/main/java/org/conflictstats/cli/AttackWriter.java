package org.conflictstats.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.conflictstats.internal.Numbers;
import org.conflictstats.internal.Times;
import org.conflictstats.io.csv.CsvCells;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.stats.Attack;
import org.conflictstats.stats.CountSum;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.Tally;
import org.conflictstats.table.AttackJson;

/**
 * Writes the rows of {@code attacks} one at a time, as they come: an aligned text table, CSV rows
 * under a header, or a JSON object whose {@code attacks} array is written element by element and
 * closed with what was left out and the notes. Not thread-safe.
 *
 * <p>CSV columns: {@code report_date,period_start,period_end,launched,drones,missiles,
 * guided_bombs,mixed,unclassified,destroyed,suppressed,neutralised,rated_launched,unrated_lines,
 * neutralisation_rate,neutralisation_lower,neutralisation_upper,kinetic_rate,size,source,
 * address,report_id,zone,invalid}: each column holds what the JSON key of its name holds ({@code source}
 * the channel, {@code address} the post; the families under {@code launched_by_family}; {@code zone},
 * the zone id the report date and the period's times are in, {@code --zone}, is the JSON's
 * top-level {@code zone}, one for the whole output, repeated on every row; {@code invalid},
 * whether the report has validation errors, which only {@code --include-invalid} lists). Counts are
 * sums of known figures over the lines counted; a family with no line, or
 * an outcome no line gives, is an empty cell, never 0; rates are fractions over rated lines, empty
 * when undefined.
 */
final class AttackWriter {

  /** The CSV header. */
  static final String CSV_HEADER = "report_date,period_start,period_end,launched,drones,missiles,"
      + "guided_bombs,mixed,unclassified,destroyed,suppressed,neutralised,rated_launched,"
      + "unrated_lines,neutralisation_rate,neutralisation_lower,neutralisation_upper,kinetic_rate,"
      + "size,source,address,report_id,zone,invalid";

  /** The date, a mark ({@code !}: validation errors) in the two columns after it, ... */
  private static final String TABLE_FORMAT =
      "%-10s%-2s%-25s %9s %7s %8s %5s %5s %7s %6s %11s  %s%n";

  /**
   * An attack as listed: the attack and whether its report has validation errors (only where the
   * command keeps such reports).
   *
   * @param attack the attack
   * @param invalid whether its report has validation errors
   */
  record Listed(Attack attack, boolean invalid) {
    /** {@link Attack#LARGEST_FIRST} of the attacks. */
    static final java.util.Comparator<Listed> LARGEST_FIRST =
        java.util.Comparator.comparing(Listed::attack, Attack.LARGEST_FIRST);
  }

  private final OutputFormat format;
  private final Writer out;
  /** The table's dashed rule, with its line break: as wide as its heading once that is written. */
  private String rule = "";
  /** The zone of the periods' times, for the table's heading and the CSV's zone column. */
  private final ZoneId zone;
  private JsonGenerator json;
  private boolean started;
  private long invalidWritten;

  AttackWriter(OutputFormat format, Writer out, ZoneId zone) {
    this.format = format;
    this.out = out;
    this.zone = zone;
  }

  /**
   * Writes the heading, once, before the first attack or at the end: not before the inputs are
   * read, so that an input that cannot be read leaves no heading on standard output.
   */
  private void start() throws IOException {
    if (started) {
      return;
    }
    started = true;
    switch (format) {
      case CSV:
        out.write(CSV_HEADER + "\n");
        break;
      case JSON:
        json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeArrayFieldStart("attacks");
        break;
      default:
        String period = "period (" + (zone.equals(ReportPeriod.KYIV) ? "Kyiv" : zone.getId())
            + ")";
        String header = String.format(Locale.ROOT, TABLE_FORMAT, "date", "", period, "launched",
            "drones", "missiles", "bombs", "other", "neutr.", "rate", "bounds", "source");
        out.write(header);
        // the rules as wide as the heading, its last column's name and all (they were 6 short)
        rule = "-".repeat(header.stripTrailing().length()) + "\n";
        out.write(rule);
    }
  }

  void write(Listed listed) {
    Attack a = listed.attack();
    try {
      start();
      if (listed.invalid()) {
        invalidWritten++;
      }
      switch (format) {
        case CSV:
          csv(a, listed.invalid());
          break;
        case JSON:
          // the one writer of an attack's JSON, StatsModule's too
          AttackJson.write(json, a.inZone(zone), listed.invalid());
          break;
        default:
          table(a, listed.invalid());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the output: in JSON, the counts and notes after the array; in text, the notes. */
  void end(long counted, Long top, ReportFilter filter, List<String[]> leftOut, long partMatched,
      SourceOverlap overlap, List<String> notes) throws IOException {
    start();
    if (json != null) {
      json.writeEndArray();
      json.writeNumberField("counted", counted);
      // the zone of the report dates and of the periods' times, which the text's heading names
      json.writeStringField("zone", zone.getId());
      if (filter.isAll()) {
        json.writeNullField("filter");
      } else {
        json.writeStringField("filter", filter.toString());
      }
      if (top == null) {
        json.writeNullField("top");
      } else {
        json.writeNumberField("top", top);
      }
      json.writeObjectFieldStart("left_out");
      for (String[] entry : leftOut) {
        json.writeNumberField(entry[0], Long.parseLong(entry[1]));
      }
      json.writeEndObject();
      json.writeNumberField("part_matched_lines", partMatched);
      // the keys of rates' JSON
      json.writeObjectFieldStart("overlap");
      json.writeNumberField("reports", overlap.reports());
      json.writeNumberField("national_lines", overlap.nationalLines());
      json.writeNumberField("regional_lines", overlap.regionalLines());
      json.writeNumberField("other_lines", overlap.otherLines());
      json.writeEndObject();
      json.writeArrayFieldStart("notes");
      for (String n : notes) {
        json.writeString(n);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.close();
      out.write("\n");
    } else if (format == OutputFormat.TABLE) {
      out.write(rule);
      for (String n : notes) {
        wrap(n);
      }
    }
    out.flush();
  }

  /** A note in lines of at most 80 columns, broken at spaces. */
  private void wrap(String note) throws IOException {
    // a note may name what the options gave (the filter's regions, say)
    String text = Terminal.oneLine(note);
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > 80) {
        out.write(line + "\n");
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    out.write(line + "\n");
  }

  /** The attacks written whose report has validation errors. */
  long invalidWritten() {
    return invalidWritten;
  }

  private void table(Attack a, boolean invalid) throws IOException {
    Tally t = a.tally();
    Rate r = t.neutralisationRate();
    CountSum other = a.launchedOf("mixed").orElse(CountSum.zero())
        .plus(a.launchedOf("unclassified").orElse(CountSum.zero()));
    out.write(String.format(Locale.ROOT, TABLE_FORMAT, a.date(), invalid ? "!" : "",
        shortPeriod(a),
        Numbers.grouped(a.launched().lower()) + (t.unratedLines() > 0 ? "*" : ""),
        family(a, "drones"), family(a, "missiles"), family(a, "guided bombs"),
        a.launchedOf("mixed").isPresent() || a.launchedOf("unclassified").isPresent()
            ? Numbers.grouped(other.lower()) + (a.launchedGivenOf("mixed").isPresent()
                || a.launchedGivenOf("unclassified").isPresent() ? "" : "*") : "-",
        Numbers.grouped(r.known()), percent(r.point()),
        r.isDefined() ? String.format(Locale.ROOT, "%.1f-%.1f", 100 * r.lower().getAsDouble(),
            100 * r.upper().getAsDouble()) : "—",
        Terminal.oneLine(a.source().address().orElse(a.source().name()))));
  }

  private void csv(Attack a, boolean invalid) throws IOException {
    Tally t = a.tally();
    Rate r = t.neutralisationRate();
    List<String> cells = new ArrayList<>();
    cells.add(a.date().toString());
    cells.add(shown(a).start().toString());
    cells.add(shown(a).end().toString());
    cells.add(known(t, a.launched()));
    for (String f : Dimension.familyLabels()) {
      OptionalLong given = a.launchedGivenOf(f);
      cells.add(given.isPresent() ? Long.toString(given.getAsLong()) : "");
    }
    cells.add(known(t, t.destroyed()));
    cells.add(known(t, t.suppressed()));
    cells.add(Long.toString(r.known()));
    cells.add(Long.toString(t.ratedLaunched()));
    cells.add(Long.toString(t.unratedLines()));
    cells.add(Numbers.fraction(r.point()));
    cells.add(Numbers.fraction(r.lower()));
    cells.add(Numbers.fraction(r.upper()));
    cells.add(Numbers.fraction(t.kineticRate().point()));
    cells.add(a.sizeBucket());
    // text from the input, guarded against formulas as every CSV the tool writes
    cells.add(CsvCells.quote(a.source().name(), CsvCells.Formulas.AS_TEXT));
    cells.add(CsvCells.quote(a.source().address().orElse(""), CsvCells.Formulas.AS_TEXT));
    cells.add(CsvCells.quote(a.id(), CsvCells.Formulas.AS_TEXT));
    cells.add(CsvCells.quote(zone.getId())); // the zone of period_start and period_end
    cells.add(Boolean.toString(invalid));
    out.write(String.join(",", cells) + "\n");
  }

  /** A known sum; empty when no line gave a figure (every term unbounded at zero). */
  private static String known(Tally t, CountSum sum) {
    OptionalLong known = sum.known(t.lines());
    return known.isPresent() ? Long.toString(known.getAsLong()) : "";
  }

  private static String family(Attack a, String f) {
    // as the rates table: a sum with no figure in it is 0*, a family without a line -
    return a.launchedOf(f)
        .map(s -> Numbers.grouped(s.lower()) + (a.launchedGivenOf(f).isPresent() ? "" : "*"))
        .orElse("-");
  }

  /** {@code 09-06 23:00 - 09-07 10:30}: the year is in the date column. */
  private String shortPeriod(Attack a) {
    return shortTime(shown(a).start()) + " - " + shortTime(shown(a).end());
  }

  /**
   * The attack's period in the zone of the report dates ({@code --zone}), the one the heading
   * names: a report's times are in its own zone (an Air Force CSV's in {@code --csv-zone}).
   */
  private ReportPeriod shown(Attack a) {
    return a.period().inZone(zone);
  }

  private static String shortTime(ReportTime t) {
    String s = Times.local(t);
    return s.length() > 5 ? s.substring(5) : s;
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent() ? Numbers.percent(v.getAsDouble()) : "—";
  }


}

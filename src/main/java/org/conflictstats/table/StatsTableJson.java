package org.conflictstats.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.CountSum;
import org.conflictstats.stats.DateRange;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.LeftOut;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/**
 * Writes a {@link StatsTable} as one JSON document: the same figures as {@link StatsTableCsv}, plus
 * the upper bounds of every count and rate, each rate's known and possible numerators over its
 * rated launched ({@code rate = known / rated_launched}), whether the rate is hidden for a small
 * group, the total, what was left out (by validation, source scope and filter; and the rows that
 * could not be read, {@code rejected_rows}, when the writer is given the reading), the filter
 * ({@code null} when none: its description and date ranges), the lines counted through a part of
 * a composite weapon ({@code part_matched_lines}), the combined lines split into their models'
 * shares ({@code split_lines}, 0 unless by model), for a table by size the lines without one
 * ({@code unsized}), the overlap between national and other sources, the interval's settings,
 * and the table's remarks ({@code notes}: intervals not estimable, hidden
 * rates, kinetic rates that mix reporting regimes, and the rest the text table prints).
 *
 * <pre>{@code
 * {"dimensions":["month"],"interval":{"rate":"neutralisation","method":"cluster","level":0.95,
 *   "unit":"report"},"min_launched":0,"regimes":["2024-07-01","2025-08-01"],
 *  "rows":[{"key":{"month":"2025-04"},"reports":1,"lines":2,"launched":80,...,
 *           "launched_upper":80,...,"kinetic_rate":0.3125,"kinetic_upper":0.625,...,
 *           "rate_hidden":false,"clusters":1,"regime_boundaries":[]}],
 *  "total":{...},"left_out":{"invalid_reports":0,...},"notes":["n/e: ..."]}
 * }</pre>
 *
 * <p>An undefined rate is {@code null}, as are the rates and interval of a hidden group and an
 * interval that is not estimable; so is the upper bound of a count that has none (a line whose
 * launched figure is blank makes the upper bound of the group's launched unbounded), and a known sum
 * whose every line is unknown. This class is stateless and thread-safe.
 */
public final class StatsTableJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private StatsTableJson() {}

  /**
   * Writes the table.
   *
   * @param table the table
   * @param out where to write; not closed
   * @param intervalOf the rate whose point estimate the {@code ci_*} fields bound
   * @param method the interval method, or empty for none
   * @param level the interval's level, in (0, 1)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(StatsTable table, Writer out, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) {
    write(table, out, intervalOf, method, level, Optional.empty(), OptionalLong.empty());
  }

  /**
   * Writes the table of several inputs read each report once ({@code DistinctReports}), with what
   * the reading found: {@code "identity": {"reports_read", "counted", "duplicates", "revisions",
   * "revised_reports", "other_periods", "prefer"}}, and its {@linkplain IdentityCounts#notes()
   * notes}.
   *
   * @param table the table
   * @param out where to write; not closed
   * @param intervalOf the rate whose point estimate the {@code ci_*} fields bound
   * @param method the interval method, or empty for none
   * @param level the interval's level, in (0, 1)
   * @param identity the copies and revisions the reading found
   * @throws UncheckedIOException if writing fails
   */
  public static void write(StatsTable table, Writer out, RateKind intervalOf,
      Optional<IntervalMethod> method, double level, IdentityCounts identity) {
    Objects.requireNonNull(identity, "identity");
    write(table, out, intervalOf, method, level, Optional.of(identity), OptionalLong.empty());
  }

  /**
   * Writes the table of several inputs read each report once, as
   * {@link #write(StatsTable, Writer, RateKind, Optional, double, IdentityCounts)} does, with the
   * rows the reading rejected: {@code "left_out": {..., "rejected_rows": N}} (0 when none), and
   * when there are any the note {@link ImportCounts#rejectedNote} gives, after the table's.
   *
   * @param table the table
   * @param out where to write; not closed
   * @param intervalOf the rate whose point estimate the {@code ci_*} fields bound
   * @param method the interval method, or empty for none
   * @param level the interval's level, in (0, 1)
   * @param identity the copies and revisions the reading found
   * @param rowsRejected the rows of the inputs that could not be read, at least 0
   * @throws IllegalArgumentException if {@code rowsRejected} is negative
   * @throws UncheckedIOException if writing fails
   */
  public static void write(StatsTable table, Writer out, RateKind intervalOf,
      Optional<IntervalMethod> method, double level, IdentityCounts identity, long rowsRejected) {
    Objects.requireNonNull(identity, "identity");
    if (rowsRejected < 0) {
      throw new IllegalArgumentException("rows rejected must not be negative: " + rowsRejected);
    }
    write(table, out, intervalOf, method, level, Optional.of(identity),
        OptionalLong.of(rowsRejected));
  }

  private static void write(StatsTable table, Writer out, RateKind intervalOf,
      Optional<IntervalMethod> method, double level, Optional<IdentityCounts> identity,
      OptionalLong rowsRejected) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(intervalOf, "intervalOf");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(method, "method");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      writeTable(g, table, intervalOf, method, level, identity, rowsRejected);
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the table as one JSON object; shared with {@link StatsModule}. */
  static void writeTable(JsonGenerator g, StatsTable table, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) throws IOException {
    writeTable(g, table, intervalOf, method, level, Optional.empty(), OptionalLong.empty());
  }

  private static void writeTable(JsonGenerator g, StatsTable table, RateKind intervalOf,
      Optional<IntervalMethod> method, double level, Optional<IdentityCounts> identity,
      OptionalLong rowsRejected) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("dimensions");
    for (var d : table.dimensions()) {
      g.writeString(d.name());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("interval");
    g.writeStringField("rate", intervalOf.name().toLowerCase(Locale.ROOT));
    if (method.isPresent()) {
      g.writeStringField("method", methodName(method.get()));
      g.writeNumberField("level", level);
      if (!method.get().isBinomial()) {
        g.writeStringField("unit", table.clusterUnit().name());
      }
      if (method.get() == IntervalMethod.BOOTSTRAP) {
        g.writeNumberField("replicates", table.bootstrap().replicates());
        g.writeNumberField("seed", table.bootstrap().seed());
      }
    } else {
      g.writeNullField("method");
    }
    g.writeEndObject();
    g.writeNumberField("min_launched", table.minLaunched());
    g.writeArrayFieldStart("regimes");
    for (var d : table.regimes().boundaries()) {
      g.writeString(d.toString());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    for (StatsTable.Row row : table) {
      g.writeStartObject();
      g.writeObjectFieldStart("key");
      List<String> key = row.key();
      for (int i = 0; i < key.size(); i++) {
        g.writeStringField(table.dimensions().get(i).name(), key.get(i));
      }
      g.writeEndObject();
      figures(g, table, row.tally(), intervalOf, method, level);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("total");
    figures(g, table, table.total(), intervalOf, method, level);
    g.writeEndObject();
    g.writeObjectFieldStart("left_out");
    leftOutFields(g, table.leftOut());
    if (rowsRejected.isPresent()) { // known only to a writer given the reading
      g.writeNumberField("rejected_rows", rowsRejected.getAsLong());
    }
    g.writeEndObject();
    if (table.filter().isAll()) {
      g.writeNullField("filter");
    } else {
      g.writeObjectFieldStart("filter");
      g.writeStringField("description", table.filter().toString());
      g.writeArrayFieldStart("dates");
      for (DateRange r : table.filter().dates()) {
        writeRange(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeNumberField("part_matched_lines", table.partMatchedLines());
    g.writeNumberField("split_lines", table.splitLines());
    g.writeNumberField("multi_group_lines", table.multiGroupLines());
    if (table.reportDates().isPresent()) { // the first and the last counted report's date
      g.writeObjectFieldStart("report_dates");
      g.writeStringField("first", table.reportDates().get().first().toString());
      g.writeStringField("last", table.reportDates().get().last().toString());
      g.writeEndObject();
    } else {
      g.writeNullField("report_dates");
    }
    if (table.unsized().isPresent()) {
      g.writeObjectFieldStart("unsized");
      g.writeNumberField("reports", table.unsized().get().reports());
      g.writeNumberField("lines", table.unsized().get().lines());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("overlap");
    overlapFields(g, table.overlap());
    g.writeEndObject();
    if (identity.isPresent()) {
      writeIdentity(g, identity.get());
    }
    g.writeArrayFieldStart("notes");
    for (String note : notes(table, intervalOf, method, level)) {
      g.writeString(note);
    }
    if (rowsRejected.isPresent()) {
      Optional<String> rejected = ImportCounts.rejectedNote(rowsRejected.getAsLong());
      if (rejected.isPresent()) {
        g.writeString(rejected.get());
      }
    }
    if (identity.isPresent()) {
      for (String note : identity.get().notes()) {
        g.writeString(note);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes the field {@code identity}: how many reports were read and counted, the copies and
   * revisions, the other periods of a post and the version counted, as {@code rates --format json}
   * and {@code summary --format json} give them.
   *
   * <pre>{@code
   * "identity" : { "reports_read" : 1906, "counted" : 1906, "duplicates" : 0, "revisions" : 0,
   *   "revised_reports" : 0, "other_periods" : 0, "prefer" : "last" }
   * }</pre>
   *
   * @param g the generator, inside an object
   * @param c the counts
   * @throws IOException if the generator cannot write
   */
  public static void writeIdentity(JsonGenerator g, IdentityCounts c) throws IOException {
    g.writeObjectFieldStart("identity");
    g.writeNumberField("reports_read", c.reportsRead());
    g.writeNumberField("counted", c.distinct());
    g.writeNumberField("duplicates", c.duplicates());
    g.writeNumberField("revisions", c.revisions());
    g.writeNumberField("revised_reports", c.revisedReports());
    g.writeNumberField("revisions_within_an_input", c.revisionsWithinAnInput());
    g.writeNumberField("other_periods", c.otherPeriods());
    g.writeStringField("prefer", c.prefer().name().toLowerCase(Locale.ROOT));
    g.writeEndObject();
  }

  /**
   * Writes a tally's figures as one JSON object, as a row of a table with the default options;
   * shared with {@link StatsModule}.
   */
  static void writeTally(JsonGenerator g, Tally t, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) throws IOException {
    StatsTable alone = StatsTable.of(List.of(), java.util.Map.of(), t, LeftOut.none(),
        SourceOverlap.none());
    g.writeStartObject();
    figures(g, alone, t, intervalOf, method, level);
    g.writeEndObject();
  }

  /** The text table's remarks; the regime warning always, since the JSON has kinetic rates. */
  private static List<String> notes(StatsTable table, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) {
    List<String> notes = new ArrayList<>(table.notes(intervalOf, method, level));
    if (intervalOf != RateKind.KINETIC) {
      table.regimeWarning().ifPresent(notes::add);
    }
    return notes;
  }

  private static void figures(JsonGenerator g, StatsTable table, Tally t, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) throws IOException {
    OptionalLong[] counts = StatsTableColumns.counts(t);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].isPresent()) {
        g.writeNumberField(StatsTableColumns.FIGURES.get(i), counts[i].getAsLong());
      } else {
        g.writeNullField(StatsTableColumns.FIGURES.get(i));
      }
    }
    upper(g, "launched_upper", t.launched());
    upper(g, "destroyed_upper", t.destroyed());
    upper(g, "suppressed_upper", t.suppressed());
    upper(g, "still_airborne_upper", t.stillAirborne());
    upper(g, "left_airspace_upper", t.leftAirspace());
    upper(g, "unknown_upper", t.unknown());
    g.writeNumberField("rated_lines", t.ratedLines());
    g.writeNumberField("rated_launched", t.ratedLaunched());
    g.writeNumberField("unrated_lines", t.unratedLines());
    Rate kinetic = t.kineticRate();
    Rate neutralisation = t.neutralisationRate();
    g.writeNumberField("kinetic_known", kinetic.known());
    g.writeNumberField("kinetic_possible", kinetic.possible());
    g.writeNumberField("neutralisation_known", neutralisation.known());
    g.writeNumberField("neutralisation_possible", neutralisation.possible());
    rate(g, "kinetic_rate", StatsTableColumns.shown(table, t, kinetic.point()));
    rate(g, "kinetic_lower", StatsTableColumns.shown(table, t, kinetic.lower()));
    rate(g, "kinetic_upper", StatsTableColumns.shown(table, t, kinetic.upper()));
    rate(g, "neutralisation_rate", StatsTableColumns.shown(table, t, neutralisation.point()));
    rate(g, "neutralisation_lower", StatsTableColumns.shown(table, t, neutralisation.lower()));
    rate(g, "neutralisation_upper", StatsTableColumns.shown(table, t, neutralisation.upper()));
    g.writeBooleanField("rate_hidden", table.hidesRate(t));
    if (t.clustersKnown()) {
      g.writeNumberField("clusters", t.clusters());
    } else {
      g.writeNullField("clusters");
    }
    g.writeArrayFieldStart("regime_boundaries");
    for (String b : StatsTableColumns.boundaries(table, t)) {
      g.writeString(b);
    }
    g.writeEndArray();
    Optional<ConfidenceInterval> ci =
        StatsTableColumns.interval(table, t, intervalOf, method, level);
    if (ci.isPresent()) {
      g.writeNumberField("ci_low", ci.get().lower());
      g.writeNumberField("ci_high", ci.get().upper());
    } else {
      g.writeNullField("ci_low");
      g.writeNullField("ci_high");
    }
  }

  /**
   * A date range: {@code {"from":"2025-04-01","to":"2025-06-30"}}, {@code null} for an open end.
   */
  static void writeRange(JsonGenerator g, DateRange r) throws IOException {
    g.writeStartObject();
    date(g, "from", r.first());
    date(g, "to", r.last());
    g.writeEndObject();
  }

  /** A range end; {@code null} when open. */
  private static void date(JsonGenerator g, String name, LocalDate d) throws IOException {
    if (d.equals(LocalDate.MIN) || d.equals(LocalDate.MAX)) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, d.toString());
    }
  }

  private static void upper(JsonGenerator g, String name, CountSum sum) throws IOException {
    if (sum.isBounded()) {
      g.writeNumberField(name, sum.upper().getAsLong());
    } else {
      g.writeNullField(name);
    }
  }

  /** A fraction (a rate, a bound), or {@code null} when undefined: the package's one writer. */
  static void rate(JsonGenerator g, String name, java.util.OptionalDouble v)
      throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsDouble());
    } else {
      g.writeNullField(name);
    }
  }

  /** The fields of a table's {@code overlap}: reports and lines at risk by kind of source. */
  static void overlapFields(JsonGenerator g, SourceOverlap overlap) throws IOException {
    g.writeNumberField("reports", overlap.reports());
    g.writeNumberField("national_lines", overlap.nationalLines());
    g.writeNumberField("regional_lines", overlap.regionalLines());
    g.writeNumberField("other_lines", overlap.otherLines());
  }

  /** The fields of what a table left out, as its {@code left_out} object has them. */
  static void leftOutFields(JsonGenerator g, LeftOut left) throws IOException {
    g.writeNumberField("invalid_reports", left.invalidReports());
    g.writeNumberField("invalid_lines", left.invalidLines());
    g.writeNumberField("out_of_scope_reports", left.outOfScopeReports());
    g.writeNumberField("out_of_scope_lines", left.outOfScopeLines());
    g.writeNumberField("filtered_reports", left.filteredReports());
    g.writeNumberField("filtered_lines", left.filteredLines());
  }

  /** An interval method as the JSON names it: {@code cluster}, {@code clopper-pearson}. */
  static String methodName(IntervalMethod m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

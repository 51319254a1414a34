package org.conflictstats.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.CountSum;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/**
 * Writes a {@link StatsTable} as one JSON document: the same figures as {@link StatsTableCsv}, plus
 * the upper bounds of every count and rate, each rate's known and possible numerators over its
 * rated launched ({@code rate = known / rated_launched}), the total, what was left out, and the
 * overlap between national and other sources.
 *
 * <pre>{@code
 * {"dimensions":["month"],"interval":{"method":"wilson","level":0.95},
 *  "rows":[{"key":{"month":"2025-04"},"reports":1,"lines":2,"launched":80,...,
 *           "launched_upper":80,...,"kinetic_rate":0.3125,"kinetic_upper":0.6875,...}],
 *  "total":{...},"left_out":{"invalid_reports":0,...}}
 * }</pre>
 *
 * <p>An undefined rate is {@code null}; so is the upper bound of a count that has none (a line whose
 * launched figure is blank makes the upper bound of the group's launched unbounded). This class is
 * stateless and thread-safe.
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
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(intervalOf, "intervalOf");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(method, "method");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      writeTable(g, table, intervalOf, method, level);
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
    g.writeStartObject();
    g.writeArrayFieldStart("dimensions");
    for (var d : table.dimensions()) {
      g.writeString(d.name());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("interval");
    g.writeStringField("rate", intervalOf.name().toLowerCase(java.util.Locale.ROOT));
    if (method.isPresent()) {
      g.writeStringField("method", method.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      g.writeNumberField("level", level);
    } else {
      g.writeNullField("method");
    }
    g.writeEndObject();
    g.writeArrayFieldStart("rows");
    for (StatsTable.Row row : table) {
      g.writeStartObject();
      g.writeObjectFieldStart("key");
      List<String> key = row.key();
      for (int i = 0; i < key.size(); i++) {
        g.writeStringField(table.dimensions().get(i).name(), key.get(i));
      }
      g.writeEndObject();
      figures(g, row.tally(), intervalOf, method, level);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("total");
    figures(g, table.total(), intervalOf, method, level);
    g.writeEndObject();
    g.writeObjectFieldStart("left_out");
    g.writeNumberField("invalid_reports", table.leftOut().invalidReports());
    g.writeNumberField("invalid_lines", table.leftOut().invalidLines());
    g.writeNumberField("out_of_scope_reports", table.leftOut().outOfScopeReports());
    g.writeNumberField("out_of_scope_lines", table.leftOut().outOfScopeLines());
    g.writeEndObject();
    g.writeObjectFieldStart("overlap");
    g.writeNumberField("reports", table.overlap().reports());
    g.writeNumberField("national_lines", table.overlap().nationalLines());
    g.writeNumberField("regional_lines", table.overlap().regionalLines());
    g.writeNumberField("other_lines", table.overlap().otherLines());
    g.writeEndObject();
    g.writeEndObject();
  }

  /** Writes a tally's figures as one JSON object; shared with {@link StatsModule}. */
  static void writeTally(JsonGenerator g, Tally t, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) throws IOException {
    g.writeStartObject();
    figures(g, t, intervalOf, method, level);
    g.writeEndObject();
  }

  private static void figures(JsonGenerator g, Tally t, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) throws IOException {
    long[] counts = StatsTableColumns.counts(t);
    for (int i = 0; i < counts.length; i++) {
      g.writeNumberField(StatsTableColumns.FIGURES.get(i), counts[i]);
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
    rate(g, "kinetic_rate", kinetic.point());
    rate(g, "kinetic_lower", kinetic.lower());
    rate(g, "kinetic_upper", kinetic.upper());
    rate(g, "neutralisation_rate", neutralisation.point());
    rate(g, "neutralisation_lower", neutralisation.lower());
    rate(g, "neutralisation_upper", neutralisation.upper());
    Optional<ConfidenceInterval> ci =
        StatsTableColumns.interval(t.rate(intervalOf), method, level);
    if (ci.isPresent()) {
      g.writeNumberField("ci_low", ci.get().lower());
      g.writeNumberField("ci_high", ci.get().upper());
    } else {
      g.writeNullField("ci_low");
      g.writeNullField("ci_high");
    }
  }

  private static void upper(JsonGenerator g, String name, CountSum sum) throws IOException {
    if (sum.isBounded()) {
      g.writeNumberField(name, sum.upper().getAsLong());
    } else {
      g.writeNullField(name);
    }
  }

  private static void rate(JsonGenerator g, String name, java.util.OptionalDouble v)
      throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsDouble());
    } else {
      g.writeNullField(name);
    }
  }
}

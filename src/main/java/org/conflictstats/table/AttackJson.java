package org.conflictstats.table;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.OptionalLong;
import org.conflictstats.stats.Attack;
import org.conflictstats.stats.CountSum;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.Tally;

/**
 * Writes an {@link Attack} as one JSON object, as {@code attacks --format json} lists it and
 * {@link StatsModule} writes it (this code): the report date, the period's start and end (local
 * times in {@code zone}, the period's zone), the known launched, by family ({@code null} for a
 * family without a figure), destroyed, suppressed, neutralised, the rated launched and the lines
 * without a rate, the neutralisation rate with its bounds, the kinetic rate, the size bucket, the
 * source, its address and the report's id; {@code attacks} adds {@code "invalid"}, whether the
 * report has validation errors ({@link #write(JsonGenerator, Attack, boolean)}), which an attack
 * alone does not know.
 *
 * <pre>{@code
 * {"report_date":"2025-05-18","period_start":"2025-05-17T19:00","period_end":"2025-05-18T08:30",
 *  "zone":"Europe/Kyiv","launched":287,"launched_by_family":{"drones":273,"missiles":14,
 *  "guided bombs":null,"mixed":null,"unclassified":null},"destroyed":97,"suppressed":128,
 *  "neutralised":225,"rated_launched":287,"unrated_lines":0,"neutralisation_rate":0.7839...,
 *  "neutralisation_lower":0.7839...,"neutralisation_upper":1.0,"kinetic_rate":0.3379...,
 *  "size":"200-399","source":"kpszsu","address":"kpszsu/posts/...","report_id":"..."}
 * }</pre>
 *
 * <p>{@code zone} is the zone of the period's times; the report date is the attack's own, as it
 * was attributed (the {@code attacks} command attributes it in that zone too, and writes
 * {@code attack.inZone(zone)}). A known sum that no line gives a figure for (every line blank) is
 * {@code null}, as an undefined rate is. This class is stateless and thread-safe.
 */
public final class AttackJson {

  private AttackJson() {}

  /**
   * Writes one attack as an object.
   *
   * @param g the generator
   * @param a the attack; its period's times are written in its period's zone (see
   *     {@link Attack#inZone})
   * @throws IOException if writing fails
   */
  public static void write(JsonGenerator g, Attack a) throws IOException {
    fields(g, a);
    g.writeEndObject();
  }

  /**
   * Writes an attack as {@link #write(JsonGenerator, Attack)} does, with {@code "invalid"} last:
   * whether its report has validation errors, as {@code attacks --include-invalid} marks them.
   *
   * @param g the generator
   * @param a the attack, its period's times written in its period's zone
   * @param invalid whether the attack's report has validation errors
   * @throws IOException if writing fails
   */
  public static void write(JsonGenerator g, Attack a, boolean invalid) throws IOException {
    fields(g, a);
    g.writeBooleanField("invalid", invalid);
    g.writeEndObject();
  }

  /** The object's start and every field but the last ones. */
  private static void fields(JsonGenerator g, Attack a) throws IOException {
    Tally t = a.tally();
    Rate r = t.neutralisationRate();
    g.writeStartObject();
    g.writeStringField("report_date", a.date().toString());
    g.writeStringField("period_start", a.period().start().toString());
    g.writeStringField("period_end", a.period().end().toString());
    g.writeStringField("zone", a.period().zone().getId());
    known(g, "launched", t, a.launched());
    g.writeObjectFieldStart("launched_by_family");
    for (String f : Dimension.familyLabels()) {
      OptionalLong given = a.launchedGivenOf(f);
      if (given.isPresent()) {
        g.writeNumberField(f, given.getAsLong());
      } else {
        g.writeNullField(f);
      }
    }
    g.writeEndObject();
    known(g, "destroyed", t, t.destroyed());
    known(g, "suppressed", t, t.suppressed());
    g.writeNumberField("neutralised", r.known());
    g.writeNumberField("rated_launched", t.ratedLaunched());
    g.writeNumberField("unrated_lines", t.unratedLines());
    StatsTableJson.rate(g, "neutralisation_rate", r.point());
    StatsTableJson.rate(g, "neutralisation_lower", r.lower());
    StatsTableJson.rate(g, "neutralisation_upper", r.upper());
    StatsTableJson.rate(g, "kinetic_rate", t.kineticRate().point());
    g.writeStringField("size", a.sizeBucket());
    g.writeStringField("source", a.source().name());
    if (a.source().address().isPresent()) {
      g.writeStringField("address", a.source().address().get());
    } else {
      g.writeNullField("address");
    }
    g.writeStringField("report_id", a.id());
  }

  /** A known sum; {@code null} when no line gave a figure (every term unbounded at zero). */
  private static void known(JsonGenerator g, String name, Tally t, CountSum sum)
      throws IOException {
    OptionalLong known = sum.known(t.lines());
    if (known.isPresent()) {
      g.writeNumberField(name, known.getAsLong());
    } else {
      g.writeNullField(name);
    }
  }
}

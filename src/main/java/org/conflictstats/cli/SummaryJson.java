package org.conflictstats.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.summary.Summary;
import org.conflictstats.table.StatsTableJson;

/**
 * {@code summary --format json}: a {@link Summary} as one JSON object, with the key names of
 * {@code rates --format json} where they say the same thing ({@code kinetic_rate},
 * {@code ci_low}, {@code identity}, {@code interval}, ...). Counts are whole numbers, rates
 * fractions from 0 to 1, times ISO ({@code 2026-02-08T08:30}, or a date alone); a value that does
 * not exist (an undefined rate, an interval not asked for or not estimable, the period of no
 * report, no filter) is {@code null}, as in {@code rates}' JSON. The README lists every key.
 *
 * <pre>{@code
 * {"files":[{"file":"in.csv","rows_read":3378,...}],"reports":1906,"lines":3378,
 *  "identity":{...},"period_start":"2022-09-28","period_end":"2026-02-08T08:30",
 *  "sources":[{"source":"kpszsu","kind":"national","reports":1122},...],
 *  "scope":{"sources":"all","include_invalid":false},"filter":null,
 *  "most_launched":[{"weapon":"Shahed-136/131","launched":75497},...],
 *  "interval":{"method":"cluster","level":0.95,"unit":"report"},
 *  "overall":{"rated_launched":85796,"kinetic_known":60273,...,"neutralisation_ci_high":0.863},
 *  "overlap":{"window":1024,"reports":236,"lines":264,...},"notes":[...]}
 * }</pre>
 */
final class SummaryJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private SummaryJson() {}

  /** Writes the summary, then a line break; {@code out} is flushed, not closed. */
  static void write(Summary s, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (ImportCounts c : s.files()) {
        g.writeStartObject();
        g.writeStringField("file", c.file());
        g.writeNumberField("rows_read", c.rowsRead());
        g.writeNumberField("rows_accepted", c.rowsAccepted());
        g.writeNumberField("rows_rejected", c.rowsRejected());
        g.writeNumberField("reports", c.reports());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("reports", s.reports());
      g.writeNumberField("lines", s.lines());
      if (s.identity().isPresent()) {
        StatsTableJson.writeIdentity(g, s.identity().get());
      } else {
        g.writeNullField("identity");
      }
      if (s.period().isPresent()) {
        g.writeStringField("period_start", s.period().get().start().toString());
        g.writeStringField("period_end", s.period().get().end().toString());
      } else {
        g.writeNullField("period_start");
        g.writeNullField("period_end");
      }
      g.writeArrayFieldStart("sources");
      for (Summary.SourceCount c : s.sources()) {
        g.writeStartObject();
        g.writeStringField("source", c.source());
        g.writeStringField("kind", c.kind());
        g.writeNumberField("reports", c.reports());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("scope");
      g.writeStringField("sources", s.scope().toString());
      g.writeBooleanField("include_invalid", s.includeInvalid());
      g.writeEndObject();
      if (s.filtered().isPresent()) {
        Summary.Filtered f = s.filtered().get();
        g.writeObjectFieldStart("filter");
        g.writeStringField("description", f.description());
        g.writeNumberField("reports", f.reports());
        g.writeNumberField("lines", f.lines());
        g.writeEndObject();
      } else {
        g.writeNullField("filter");
      }
      g.writeArrayFieldStart("most_launched");
      for (Summary.Launched w : s.mostLaunched()) {
        g.writeStartObject();
        g.writeStringField("weapon", w.weapon());
        g.writeNumberField("launched", w.launched());
        g.writeEndObject();
      }
      g.writeEndArray();
      interval(g, s);
      overall(g, s);
      SourceOverlap o = s.overlap();
      g.writeObjectFieldStart("overlap");
      g.writeNumberField("window", SourceOverlap.DEFAULT_WINDOW);
      g.writeNumberField("reports", o.reports());
      g.writeNumberField("lines", o.linesAtRisk());
      g.writeNumberField("national_lines", o.nationalLines());
      g.writeNumberField("regional_lines", o.regionalLines());
      g.writeNumberField("other_lines", o.otherLines());
      g.writeEndObject();
      g.writeArrayFieldStart("notes");
      for (String n : s.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
      out.flush();
    }
  }


  /** As {@code rates --format json} writes it, less the rate: the summary gives both. */
  private static void interval(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("interval");
    if (s.method().isPresent()) {
      IntervalMethod m = s.method().get();
      g.writeStringField("method", m.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      g.writeNumberField("level", s.level());
      if (!m.isBinomial()) {
        g.writeStringField("unit", s.unit());
      }
    } else {
      g.writeNullField("method");
    }
    g.writeEndObject();
  }

  private static void overall(JsonGenerator g, Summary s) throws IOException {
    g.writeObjectFieldStart("overall");
    g.writeNumberField("rated_launched", s.neutralisation().rate().launched());
    g.writeNumberField("unrated_lines", s.unratedLines());
    g.writeNumberField("unrated_launched", s.unratedLaunched());
    rate(g, "kinetic", s.kinetic());
    rate(g, "neutralisation", s.neutralisation());
    g.writeArrayFieldStart("regime_boundaries");
    for (LocalDate d : s.regimeBoundaries()) {
      g.writeString(d.toString());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void rate(JsonGenerator g, String name, Summary.Overall overall)
      throws IOException {
    Rate r = overall.rate();
    g.writeNumberField(name + "_known", r.known());
    g.writeNumberField(name + "_possible", r.possible());
    fraction(g, name + "_rate", r.point());
    fraction(g, name + "_lower", r.lower());
    fraction(g, name + "_upper", r.upper());
    if (overall.interval().isPresent()) {
      g.writeNumberField(name + "_ci_low", overall.interval().get().lower());
      g.writeNumberField(name + "_ci_high", overall.interval().get().upper());
    } else {
      g.writeNullField(name + "_ci_low");
      g.writeNullField(name + "_ci_high");
    }
    g.writeBooleanField(name + "_lower_bound_only", overall.lowerBoundOnly());
  }

  private static void fraction(JsonGenerator g, String name, OptionalDouble v)
      throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsDouble());
    } else {
      g.writeNullField(name);
    }
  }
}

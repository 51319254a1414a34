package org.conflictstats.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.conflictstats.io.json.ReportJson;
import org.conflictstats.model.Count;
import org.conflictstats.text.Extraction;
import org.conflictstats.text.Figure;
import org.conflictstats.text.NotUnderstood;
import org.conflictstats.text.SetAside;
import org.conflictstats.text.Span;

/**
 * {@code extract --format json}: one array, an object per input with its report (the library's
 * JSON), every figure with its group, field, count and the spans of its words, what was set aside
 * and what was not understood. Counts are written as the library's JSON writes them.
 */
final class ExtractionJson {

  private ExtractionJson() {}

  static void write(Writer out, List<ExtractCommand.Read> reads) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (ExtractCommand.Read r : reads) {
        Extraction x = r.extraction();
        g.writeStartObject();
        g.writeStringField("file", r.name());
        g.writeStringField("language", x.language().label());
        g.writeStringField("date", x.date().toString());
        if (x.report().isPresent()) {
          g.writeFieldName("report");
          g.writeRawValue(ReportJson.write(x.report().get()));
        }
        g.writeArrayFieldStart("figures");
        for (Figure f : x.figures()) {
          figure(g, f, x.text());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("setAside");
        for (SetAside s : x.setAside()) {
          g.writeStartObject();
          g.writeStringField("reason", s.reason().name().toLowerCase(Locale.ROOT));
          g.writeStringField("explanation", s.reason().explanation());
          g.writeStringField("detail", s.detail());
          span(g, s.span(), x.text());
          g.writeArrayFieldStart("figures");
          for (Figure f : s.figures()) {
            figure(g, f, x.text());
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notUnderstood");
        for (NotUnderstood n : x.notUnderstood()) {
          g.writeStartObject();
          span(g, n.span(), x.text());
          g.writeStringField("why", n.why());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.write("\n");
  }

  private static void figure(JsonGenerator g, Figure f, String text) throws IOException {
    g.writeStartObject();
    g.writeStringField("group", f.group().label());
    g.writeStringField("field", f.field().name().toLowerCase(Locale.ROOT));
    g.writeFieldName("count");
    count(g, f.count());
    g.writeStringField("asWritten", f.quantity().words());
    if (f.place().isPresent()) {
      g.writeStringField("place", f.place().get());
    }
    span(g, f.span(), text);
    if (f.cue().isPresent()) {
      g.writeObjectFieldStart("cue");
      span(g, f.cue().get(), text);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, Span s, String text) throws IOException {
    g.writeStringField("words", s.of(text));
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
  }

  /** A count as the library's JSON writes it: 75, {"atLeast": 30}, {"between": [10, 20]}, ... */
  private static void count(JsonGenerator g, Count c) throws IOException {
    switch (c.kind()) {
      case EXACT:
        g.writeNumber(c.lower());
        break;
      case AT_LEAST:
        g.writeStartObject();
        g.writeNumberField("atLeast", c.lower());
        g.writeEndObject();
        break;
      case AT_MOST:
        g.writeStartObject();
        g.writeNumberField("atMost", c.upper().getAsLong());
        g.writeEndObject();
        break;
      case BETWEEN:
        g.writeStartObject();
        g.writeArrayFieldStart("between");
        g.writeNumber(c.lower());
        g.writeNumber(c.upper().getAsLong());
        g.writeEndArray();
        g.writeEndObject();
        break;
      default:
        g.writeString("unknown");
    }
  }
}

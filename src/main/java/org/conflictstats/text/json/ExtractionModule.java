package org.conflictstats.text.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.conflictstats.internal.LibraryVersion;
import org.conflictstats.internal.ModelFormat;
import org.conflictstats.internal.WholeValueSerializer;
import org.conflictstats.internal.WrittenOnly;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.text.Extraction;
import org.conflictstats.text.Figure;
import org.conflictstats.text.Group;
import org.conflictstats.text.NotUnderstood;
import org.conflictstats.text.Quantity;
import org.conflictstats.text.SetAside;
import org.conflictstats.text.Span;

/**
 * A Jackson module that writes what the statement extractor read out of a text, as
 * {@code conflict-stats extract --format json} writes it: your own {@code ObjectMapper} writes an
 * {@link Extraction}, its {@link Figure}s, what it {@linkplain SetAside set aside} and what it did
 * {@linkplain NotUnderstood not understand}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper()
 *     .registerModule(new ConflictStatsModule())   // counts and the report, in the library's JSON
 *     .registerModule(new ExtractionModule());
 * Extraction x = StatementExtractor.builtIn().extract(text, LocalDate.of(2025, 4, 17));
 * mapper.writeValueAsString(x);
 * // {"language":"English","date":"2025-04-17","report":{"schemaVersion":1,...},
 * //  "figures":[{"group":"drones","field":"launched","count":75,"asWritten":"75",
 * //              "words":"launched 75 drones","start":12,"end":30}, ...],
 * //  "setAside":[...],"notUnderstood":[...]}
 * }</pre>
 *
 * <p>The fields: an {@link Extraction} writes {@code language} (its label), {@code date},
 * {@code report} (the report as {@code ConflictStatsModule} writes it; absent when the text gave
 * none), {@code figures}, {@code setAside} and {@code notUnderstood}, not the text itself. A
 * {@link Figure} writes {@code group} (its label), {@code field} (lower case), {@code count} (as
 * the model's JSON writes a count: {@code 75}, {@code {"atLeast":30}}, ...), {@code asWritten},
 * {@code place} when it has one, {@code words} (the text of its span), {@code start} and
 * {@code end} (character offsets into the text), and {@code cue} ({@code words}, {@code start},
 * {@code end}) when a cue word elsewhere decided its field. A figure written alone, without its
 * text, has no {@code words}; within a {@link SetAside} it has them when its span lies in the
 * words set aside. A {@link SetAside} writes {@code reason} (lower case), {@code explanation},
 * {@code detail}, {@code words}, {@code start}, {@code end} and its {@code figures}; a
 * {@link NotUnderstood} {@code words}, {@code start}, {@code end} and {@code why}. A
 * {@link Group} is written as its label, a {@link Quantity} as {@code count} and
 * {@code asWritten}.
 *
 * <p>Counts and reports are written through your mapper, so register
 * {@code org.conflictstats.io.json.ConflictStatsModule} too ({@code findAndRegisterModules()}
 * registers both); without it, writing a value that holds a count throws an
 * {@link com.fasterxml.jackson.databind.exc.InvalidDefinitionException} that says so.
 *
 * <p>Written, not read, by the rule of the library's other written-only types: reading any of
 * these types throws an {@link com.fasterxml.jackson.databind.exc.InvalidDefinitionException}
 * ("Extraction is written, not read: ..."). An extraction's report reads back through
 * {@code ConflictStatsModule}; write {@link Extraction#report()} alone to keep it.
 *
 * <p>This module is immutable; its serializers and deserializers are thread-safe.
 */
public final class ExtractionModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final String WHAT = "what the statement extractor read out of a text";
  private static final String AGAIN = "write Extraction.report() alone, which reads back";

  /** The module. */
  public ExtractionModule() {
    super("conflict-stats-extraction", VersionUtil.parseVersion(
        LibraryVersion.get().orElse(""), "org.conflictstats", "conflict-stats"));
    written(Extraction.class, ExtractionModule::writeExtraction);
    written(Figure.class, (g, f, p) -> {
      checkModel(p);
      writeFigure(g, f, span -> Optional.empty(), p);
    });
    written(SetAside.class, (g, s, p) -> {
      checkModel(p);
      writeSetAside(g, s, span -> wordsWithin(s, span), p);
    });
    written(NotUnderstood.class, (g, n, p) -> writeNotUnderstood(g, n, Optional.of(n.text())));
    written(Group.class, (g, group, p) -> g.writeString(group.label()));
    written(Quantity.class, (g, q, p) -> {
      checkModel(p);
      g.writeStartObject();
      g.writeFieldName("count");
      p.defaultSerializeValue(q.count(), g);
      g.writeStringField("asWritten", q.words());
      g.writeEndObject();
    });
  }

  private <T> void written(Class<T> type, WholeValueSerializer.Body<T> body) {
    addSerializer(type, new WholeValueSerializer<>(type, body));
    addDeserializer(type, new WrittenOnly<>(type, WHAT, AGAIN));
  }

  private static void writeExtraction(JsonGenerator g, Extraction x, SerializerProvider p)
      throws IOException {
    checkModel(p);
    Function<Span, Optional<String>> words = span -> Optional.of(span.of(x.text()));
    g.writeStartObject();
    g.writeStringField("language", x.language().label());
    g.writeStringField("date", x.date().toString());
    if (x.report().isPresent()) {
      g.writeFieldName("report");
      p.defaultSerializeValue(x.report().get(), g);
    }
    g.writeArrayFieldStart("figures");
    for (Figure f : x.figures()) {
      writeFigure(g, f, words, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("setAside");
    for (SetAside s : x.setAside()) {
      writeSetAside(g, s, words, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notUnderstood");
    for (NotUnderstood n : x.notUnderstood()) {
      writeNotUnderstood(g, n, words.apply(n.span()));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFigure(JsonGenerator g, Figure f,
      Function<Span, Optional<String>> words, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("group", f.group().label());
    g.writeStringField("field", f.field().name().toLowerCase(Locale.ROOT));
    g.writeFieldName("count");
    p.defaultSerializeValue(f.count(), g);
    g.writeStringField("asWritten", f.quantity().words());
    if (f.place().isPresent()) {
      g.writeStringField("place", f.place().get());
    }
    span(g, f.span(), words.apply(f.span()));
    if (f.cue().isPresent()) {
      g.writeObjectFieldStart("cue");
      span(g, f.cue().get(), words.apply(f.cue().get()));
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeSetAside(JsonGenerator g, SetAside s,
      Function<Span, Optional<String>> words, SerializerProvider p) throws IOException {
    g.writeStartObject();
    g.writeStringField("reason", s.reason().name().toLowerCase(Locale.ROOT));
    g.writeStringField("explanation", s.reason().explanation());
    g.writeStringField("detail", s.detail());
    span(g, s.span(), words.apply(s.span()));
    g.writeArrayFieldStart("figures");
    for (Figure f : s.figures()) {
      writeFigure(g, f, words, p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeNotUnderstood(JsonGenerator g, NotUnderstood n, Optional<String> words)
      throws IOException {
    g.writeStartObject();
    span(g, n.span(), words);
    g.writeStringField("why", n.why());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, Span s, Optional<String> words) throws IOException {
    if (words.isPresent()) {
      g.writeStringField("words", words.get());
    }
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
  }

  /** The words of {@code span} when it lies within the words set aside, which hold their text. */
  private static Optional<String> wordsWithin(SetAside s, Span span) {
    Span outer = s.span();
    return span.start() >= outer.start() && span.end() <= outer.end()
        ? Optional.of(s.text().substring(span.start() - outer.start(), span.end() - outer.start()))
        : Optional.empty();
  }

  /** Counts and reports go through the mapper: it must write them in the library's JSON. */
  private static void checkModel(SerializerProvider p) throws IOException {
    if (!(p.findValueSerializer(Count.class) instanceof ModelFormat)
        || !(p.findValueSerializer(StrikeReport.class) instanceof ModelFormat)) {
      p.reportBadDefinition(p.constructType(Count.class), "ExtractionModule writes counts and"
          + " reports through the mapper: register ConflictStatsModule too"
          + " (mapper.findAndRegisterModules() registers both)");
    }
  }
}

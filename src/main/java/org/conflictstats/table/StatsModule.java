package org.conflictstats.table;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.conflictstats.internal.ConfiguredModules;
import org.conflictstats.internal.FieldReason;
import org.conflictstats.internal.LibraryVersion;
import org.conflictstats.internal.WholeValueSerializer;
import org.conflictstats.internal.WrittenOnly;
import org.conflictstats.stats.Attack;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.CountSum;
import org.conflictstats.stats.DateRange;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.LeftOut;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import org.conflictstats.validation.FieldPath;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.ValidationResult;

/**
 * A Jackson module for the statistics: {@link StatsTable}, {@link Tally}, {@link Rate} and
 * {@link CountSum}, for your own {@code ObjectMapper}. Registered for
 * {@link java.util.ServiceLoader} too, so {@code mapper.findAndRegisterModules()} finds it beside
 * {@code org.conflictstats.io.json.ConflictStatsModule}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new StatsModule());
 * mapper.writeValueAsString(table);       // the document StatsTableJson.write gives
 * mapper.writeValueAsString(Rate.of(55, 75, 75));
 * // {"known":55,"possible":75,"launched":75,"point":0.7333333333333333,"lower":...,"upper":1.0}
 * Rate r = mapper.readValue("{\"known\":55,\"possible\":75,\"launched\":75}", Rate.class);
 * }</pre>
 *
 * <ul>
 *   <li>{@link StatsTable}: the document of {@link StatsTableJson#write} (same code), with the
 *       interval of the neutralisation rate that the table's query chose
 *       ({@link StatsTable#intervalMethod()} at {@link StatsTable#level()}: the clustered one at
 *       0.95 unless the query said otherwise), as {@code rates --format json} writes it; a module
 *       {@link #withInterval} writes every table with the interval it names instead.
 *   <li>{@link Tally}: the figures of a row of that document (counts, upper bounds, rated
 *       launched, both rates with their bounds, {@code ci_low} and {@code ci_high}). A tally knows
 *       no query, so with {@link #StatsModule()} its interval is the clustered one at 0.95, the
 *       default query's, whatever the table it came from ({@code null} where not estimable: fewer
 *       than two reports, or lines added without their report); a row of a table with another
 *       interval has that interval in the table's document.
 *   <li>{@link Rate}: {@code known}, {@code possible}, {@code launched} and the derived
 *       {@code point}, {@code lower}, {@code upper} ({@code null} when undefined). Read back from
 *       the three sums; the derived fields are ignored when read.
 *   <li>{@link CountSum}: {@code lower}, {@code finiteUpper}, {@code unboundedTerms} and the
 *       derived {@code upper} ({@code null} when a term has no upper bound; {@code finiteUpper}
 *       is the sum of the bounded terms' upper bounds only, so it may lie below {@code lower}).
 *       Read back from the three; {@code upper} is ignored when read.
 * </ul>
 *
 * <p>Also written: a validation's {@link ValidationResult} ({@code valid}, {@code findings}) and
 * each {@link Finding} ({@code report}, {@code severity} in lower case, {@code code}, {@code path},
 * {@code message}, {@code value}; {@code null} for the root path and for no value): the keys of
 * {@code validate --format json} without the file and line, which the reports' locations give.
 *
 * <p>A {@link FieldPath} on its own (a finding's {@link Finding#path()}) is its text,
 * {@code "lines[0].launched"}, {@code ""} for the root, and reads back ({@link FieldPath#parse});
 * {@code null} is refused, as for the model's types. (A finding writes the root path as
 * {@code null}, as {@code validate --format json} does.)
 * A {@link DateRange} is {@code {"from":"2025-04-01","to":"2025-06-30"}}, {@code null} for an
 * open end, as a table's filter writes its dates, and reads back, as does a table's
 * {@code report_dates} ({@code first} and {@code last}); no Java time module needed. An
 * {@link Attribution} is {@code {"rule":"end-date","zone":"Europe/Kyiv"}} (the rule as
 * {@link Attribution.Rule#parse} reads it, the zone's id) and reads back.
 *
 * <p>Also written: a table's {@link SourceOverlap} (the keys of the table's {@code overlap}:
 * {@code reports}, {@code national_lines}, {@code regional_lines}, {@code other_lines}) and a
 * {@link StatsTable.Row} ({@code key}, the row's key as a list, since a row does not know its
 * dimensions' names, and {@code tally}, its tally as a tally alone is written, with the module's
 * interval: the table's document gives its rows the table's own).
 *
 * <p>Also written: a {@link ConfidenceInterval} ({@code lower}, {@code upper}, {@code method} as
 * the table's JSON names it, {@code cluster} or {@code clopper-pearson}, and {@code level}) and
 * what a table {@link LeftOut} (the keys of the table's {@code left_out}: {@code invalid_reports},
 * {@code invalid_lines}, ...).
 *
 * <p>Also written: an {@link Attack}, as {@code attacks --format json}
 * lists it ({@link AttackJson}: the report date, the period in its own zone and that zone's id,
 * the launched by family, the counts, the rates, the size bucket, the source and the id), but for
 * the command's {@code invalid}, which an attack alone does not know; write
 * {@code attack.inZone(zone)} for its times in another zone.
 *
 * <p><b>Written, not read: {@code Tally}, {@code StatsTable}, {@code Attack},
 * {@code ConfidenceInterval}, {@code LeftOut}, {@code SourceOverlap}, {@code StatsTable.Row},
 * {@code ValidationResult} and {@code Finding}.</b> A tally, an attack and a table are the results
 * of adding weapon lines; reading one back
 * would mean trusting 31 sums that only the accumulator keeps consistent, and a table's dimensions
 * are functions that a name does not give back. Findings are what a validation of the reports
 * found. Reading any of them throws an
 * {@link com.fasterxml.jackson.databind.exc.InvalidDefinitionException} that says so ("Tally is
 * written, not read: it is the sum of weapon lines; keep the reports and run the query again"),
 * the rule of {@code ConflictStatsModule}'s written-only types too: keep the reports (see
 * {@code ConflictStatsModule}) and run the query, or the validation, again.
 *
 * <p>This module is immutable; its serializers and deserializers are thread-safe.
 */
public final class StatsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final RateKind intervalOf;
  private final transient Optional<IntervalMethod> method;
  private final double level;
  private final boolean tablesOwnInterval;

  /**
   * Tables with the interval of the neutralisation rate that their query chose (the clustered one
   * at 0.95 by default), tallies with the clustered interval at 0.95.
   */
  public StatsModule() {
    this(RateKind.NEUTRALISATION, Optional.of(IntervalMethod.CLUSTER), 0.95, true);
  }

  private StatsModule(RateKind intervalOf, Optional<IntervalMethod> method, double level,
      boolean tablesOwnInterval) {
    super("conflict-stats-stats", VersionUtil.parseVersion(
        LibraryVersion.get().orElse(""), "org.conflictstats", "conflict-stats"));
    this.intervalOf = Objects.requireNonNull(intervalOf, "intervalOf");
    this.method = Objects.requireNonNull(method, "method");
    checkArgument(level > 0 && level < 1, "level must be in (0, 1): %s", level);
    this.level = level;
    this.tablesOwnInterval = tablesOwnInterval;
    written(StatsTable.class, tablesOwnInterval
        ? (g, t) -> StatsTableJson.writeTable(g, t, intervalOf, Optional.of(t.intervalMethod()),
            t.level())
        : (g, t) -> StatsTableJson.writeTable(g, t, intervalOf, method, level), Why.SUMMED);
    written(Tally.class, (g, t) -> StatsTableJson.writeTally(g, t, intervalOf, method, level),
        Why.SUMMED);
    addSerializer(Rate.class, serializer(Rate.class, StatsModule::writeRate));
    written(ConfidenceInterval.class, StatsModule::writeInterval, Why.COMPUTED);
    written(LeftOut.class, (g, l) -> {
      g.writeStartObject();
      StatsTableJson.leftOutFields(g, l);
      g.writeEndObject();
    }, Why.SUMMED);
    written(SourceOverlap.class, (g, o) -> {
      g.writeStartObject();
      StatsTableJson.overlapFields(g, o);
      g.writeEndObject();
    }, Why.SUMMED);
    written(StatsTable.Row.class, (g, r) -> {
      g.writeStartObject();
      g.writeArrayFieldStart("key");
      for (String k : r.key()) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeFieldName("tally");
      StatsTableJson.writeTally(g, r.tally(), intervalOf, method, level);
      g.writeEndObject();
    }, Why.SUMMED);
    written(Attack.class, AttackJson::write, Why.SUMMED);
    written(Finding.class, StatsModule::writeFinding, Why.VALIDATED);
    addSerializer(FieldPath.class,
        serializer(FieldPath.class, (g, f) -> g.writeString(f.toString())));
    addDeserializer(FieldPath.class, new PathDeserializer());
    addSerializer(DateRange.class, serializer(DateRange.class, StatsTableJson::writeRange));
    addDeserializer(DateRange.class, new RangeDeserializer());
    written(ValidationResult.class, StatsModule::writeValidation, Why.VALIDATED);
    addSerializer(CountSum.class, serializer(CountSum.class, StatsModule::writeSum));
    addSerializer(Attribution.class, serializer(Attribution.class, (g, a) -> {
      g.writeStartObject();
      g.writeStringField("rule", a.rule().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      g.writeStringField("zone", a.zone().getId());
      g.writeEndObject();
    }));
    addDeserializer(Attribution.class, new AttributionDeserializer());
    addDeserializer(Rate.class, new ObjectDeserializer<>(Rate.class,
        Set.of("known", "possible", "launched"), Set.of("point", "lower", "upper"),
        n -> Rate.of(n.get("known").longValue(), n.get("possible").longValue(),
            n.get("launched").longValue())));
    addDeserializer(CountSum.class, new ObjectDeserializer<>(CountSum.class,
        Set.of("lower", "finiteUpper", "unboundedTerms"), Set.of("upper"),
        n -> new CountSum(n.get("lower").longValue(), n.get("finiteUpper").longValue(),
            n.get("unboundedTerms").longValue())));
  }

  /** What a tally or a table is, and what to do instead, for the message of a refused read. */
  private enum Why {
    SUMMED("the sum of weapon lines", "run the query again"),
    COMPUTED("computed from a tally", "run the query again"),
    VALIDATED("what a validation found", "validate them again");

    private final String what;
    private final String again;

    Why(String what, String again) {
      this.what = what;
      this.again = again;
    }
  }

  /** Written with {@code body}; read refused by the one rule of written-only types. */
  private <T> void written(Class<T> type, Body<T> body, Why why) {
    addSerializer(type, serializer(type, body));
    addDeserializer(type, new WrittenOnly<>(type, why.what, why.again));
  }

  /**
   * Returns a module whose tables and tallies carry another interval in {@code ci_low} and
   * {@code ci_high}, whatever interval a table's query chose.
   *
   * @param intervalOf the rate whose point estimate the interval bounds
   * @param method the interval method, or empty for none ({@code null} interval fields)
   * @param level the confidence level, in (0, 1)
   * @return the module
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public static StatsModule withInterval(RateKind intervalOf, Optional<IntervalMethod> method,
      double level) {
    return new StatsModule(intervalOf, method, level, false);
  }

  /** Modules with different intervals are different modules; the one registered last wins. */
  @Override
  public Object getTypeId() {
    return id(intervalOf, method, level, tablesOwnInterval);
  }

  private static String id(RateKind intervalOf, Optional<IntervalMethod> method, double level,
      boolean tablesOwnInterval) {
    return StatsModule.class.getName() + "/" + intervalOf + "/" + method.map(Enum::name)
        .orElse("none") + "/" + level + (tablesOwnInterval ? "/tables-own" : "");
  }

  /** The id of {@link #StatsModule()}, the module {@code findAndRegisterModules()} makes. */
  private static final String DEFAULT_ID = id(RateKind.NEUTRALISATION,
      Optional.of(IntervalMethod.CLUSTER), 0.95, true);

  /**
   * Sets the module up, unless it is {@link #StatsModule() the default one} and a module
   * {@link #withInterval} was registered on the mapper before it:
   * {@code findAndRegisterModules()} after {@code registerModule(StatsModule.withInterval(...))}
   * keeps the interval asked for (review rv45a: the default, registered last, won). A module
   * {@code withInterval} registered after the default one wins, as Jackson lets the last module
   * registered win.
   */
  @Override
  public void setupModule(SetupContext context) {
    if (DEFAULT_ID.equals(getTypeId())
        && ConfiguredModules.configuredBefore(context, StatsModule.class, DEFAULT_ID)) {
      return;
    }
    super.setupModule(context);
  }

  private static void writeRate(JsonGenerator g, Rate r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("known", r.known());
    g.writeNumberField("possible", r.possible());
    g.writeNumberField("launched", r.launched());
    StatsTableJson.rate(g, "point", r.point());
    StatsTableJson.rate(g, "lower", r.lower());
    StatsTableJson.rate(g, "upper", r.upper());
    g.writeEndObject();
  }

  private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("report", f.reportId());
    g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
    g.writeStringField("code", f.code());
    String path = f.path().toString();
    if (path.isEmpty()) {
      g.writeNullField("path"); // as validate --format json writes a finding of the whole report
    } else {
      g.writeStringField("path", path);
    }
    g.writeStringField("message", f.message());
    if (f.value().isPresent()) {
      g.writeStringField("value", f.value().get());
    } else {
      g.writeNullField("value");
    }
    g.writeEndObject();
  }

  private static void writeValidation(JsonGenerator g, ValidationResult v) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("valid", v.isValid());
    g.writeArrayFieldStart("findings");
    for (Finding f : v.findings()) {
      writeFinding(g, f);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeInterval(JsonGenerator g, ConfidenceInterval ci) throws IOException {
    g.writeStartObject();
    g.writeNumberField("lower", ci.lower());
    g.writeNumberField("upper", ci.upper());
    g.writeStringField("method", StatsTableJson.methodName(ci.method()));
    g.writeNumberField("level", ci.level());
    g.writeEndObject();
  }

  private static void writeSum(JsonGenerator g, CountSum s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("lower", s.lower());
    g.writeNumberField("finiteUpper", s.finiteUpper());
    g.writeNumberField("unboundedTerms", s.unboundedTerms());
    if (s.upper().isPresent()) {
      g.writeNumberField("upper", s.upper().getAsLong());
    } else {
      g.writeNullField("upper");
    }
    g.writeEndObject();
  }

  @FunctionalInterface
  private interface Body<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> WholeValueSerializer<T> serializer(Class<T> type, Body<T> body) {
    return new WholeValueSerializer<>(type, (g, value, provider) -> body.write(g, value));
  }

  /**
   * Reads a {@link DateRange} as {@link StatsTableJson#writeRange} writes it: {@code from} and
   * {@code to}, ISO dates, {@code null} for an open end; or as a table writes its
   * {@code report_dates}, {@code first} and {@code last}.
   */
  private static final class RangeDeserializer extends ValueDeserializer<DateRange> {
    private static final long serialVersionUID = 1L;

    RangeDeserializer() {
      super(DateRange.class);
    }

    @Override
    public DateRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = object(p, ctxt, Set.of("from", "to", "first", "last"), List.of("from", "to"));
      boolean reportDates = n.has("first") || n.has("last");
      if (reportDates && (n.has("from") || n.has("to"))) {
        throw MismatchedInputException.from(p, DateRange.class,
            "either from and to, or first and last (a table's report_dates), not both");
      }
      LocalDate first = date(p, n, reportDates ? "first" : "from", LocalDate.MIN);
      LocalDate last = date(p, n, reportDates ? "last" : "to", LocalDate.MAX);
      return checked(p, () -> DateRange.of(first, last));
    }

    private LocalDate date(JsonParser p, JsonNode n, String field, LocalDate open)
        throws MismatchedInputException {
      JsonNode v = n.get(field);
      if (v == null) {
        throw at(p, field, FieldReason.of(field, "missing"));
      }
      if (v.isNull()) {
        return open;
      }
      try {
        if (v.isTextual()) {
          return LocalDate.parse(v.textValue());
        }
      } catch (DateTimeParseException e) {
        // the message below
      }
      throw at(p, field, FieldReason.of(field, "expected a date (yyyy-mm-dd) or null, not " + v));
    }
  }

  /**
   * What the module's readers share: a value is never {@code null} (as the model's types), its own
   * checks become input mismatches, and an object is read as the tree it is, whatever the caller's
   * default typing, with fields it does not know refused unless the mapper ignores them.
   */
  private abstract static class ValueDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    final Class<T> type;

    ValueDeserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    /** The object being read; a field outside {@code known} is unknown, {@code named} listed. */
    JsonNode object(JsonParser p, DeserializationContext ctxt, Set<String> known,
        List<String> named) throws IOException {
      JsonNode n = (JsonNode) JsonNodeDeserializer.getDeserializer(JsonNode.class)
          .deserialize(p, ctxt);
      if (!n.isObject()) {
        throw MismatchedInputException.from(p, type, "expected an object, not " + n.getNodeType());
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!known.contains(f)
            && ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
          throw UnrecognizedPropertyException.from(p, type, f, List.copyOf(named));
        }
      }
      return n;
    }

    /** The value {@code make} gives, its {@link IllegalArgumentException} an input mismatch. */
    T checked(JsonParser p, Supplier<T> make) throws MismatchedInputException {
      try {
        return make.get();
      } catch (IllegalArgumentException e) {
        throw MismatchedInputException.from(p, type, e.getMessage());
      }
    }

    /** An input mismatch whose path leads to {@code field} of the object being read. */
    MismatchedInputException at(JsonParser p, String field, String message) {
      MismatchedInputException x = MismatchedInputException.from(p, type, message);
      x.prependPath(type, field);
      return x;
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      // as the model's types: the format never writes null for a value
      return ctxt.reportInputMismatch(this, "a %s is never null in this format",
          type.getSimpleName());
    }
  }

  /**
   * Reads a {@link FieldPath} from its text, {@code ""} the root; its own checks become input
   * mismatches.
   */
  private static final class PathDeserializer extends ValueDeserializer<FieldPath> {
    private static final long serialVersionUID = 1L;

    PathDeserializer() {
      super(FieldPath.class);
    }

    @Override
    public FieldPath deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw MismatchedInputException.from(p, FieldPath.class,
            "expected a field path as text, not " + p.currentToken());
      }
      String text = p.getText();
      // null is refused (the base): an empty Optional would otherwise read back as the root
      return checked(p, () -> FieldPath.parse(text));
    }
  }

  /**
   * Reads an {@link Attribution}: {@code rule} as {@link Attribution.Rule#parse} reads it and
   * {@code zone} a zone id, both text and both required; a rule or zone that is none is an input
   * mismatch at its field.
   */
  private static final class AttributionDeserializer extends ValueDeserializer<Attribution> {
    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("rule", "zone");

    AttributionDeserializer() {
      super(Attribution.class);
    }

    @Override
    public Attribution deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = object(p, ctxt, Set.copyOf(FIELDS), FIELDS);
      for (String f : FIELDS) {
        JsonNode v = n.get(f);
        if (v == null || !v.isTextual()) {
          throw at(p, f, FieldReason.of(f, v == null ? "missing" : "expected text, not " + v));
        }
      }
      Attribution.Rule rule;
      try {
        rule = Attribution.Rule.parse(n.get("rule").textValue());
      } catch (IllegalArgumentException e) {
        throw at(p, "rule", e.getMessage());
      }
      try {
        return Attribution.of(rule, ZoneId.of(n.get("zone").textValue()));
      } catch (DateTimeException e) {
        throw at(p, "zone", "unknown time zone '" + n.get("zone").textValue() + "': "
            + e.getMessage());
      }
    }
  }

  /**
   * Reads an object of whole, non-negative numbers: every required field, the derived ones allowed
   * and ignored, anything else unknown. The value's own checks become input mismatches.
   */
  private static final class ObjectDeserializer<T> extends ValueDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Set<String> required;
    /** The required fields and the derived ones: the fields read. */
    private final Set<String> known;
    private final transient Function<JsonNode, T> build;

    ObjectDeserializer(Class<T> type, Set<String> required, Set<String> derived,
        Function<JsonNode, T> build) {
      super(type);
      this.required = required;
      this.known = ImmutableSet.<String>builder().addAll(required).addAll(derived).build();
      this.build = build;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode n = object(p, ctxt, known, List.copyOf(required));
      for (String f : required) {
        JsonNode v = n.get(f);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
          throw at(p, f, FieldReason.of(f,
              v == null ? "missing" : "expected a whole number, not " + v));
        }
      }
      return checked(p, () -> build.apply(n));
    }
  }
}

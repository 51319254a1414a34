package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;
import org.conflictstats.internal.ConfiguredModules;
import org.conflictstats.internal.LibraryVersion;
import org.conflictstats.internal.WrittenOnly;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;

/**
 * A Jackson module for the model: your own {@code ObjectMapper} writes and reads reports, lines,
 * counts, weapons and casualties in exactly the library's JSON format (the one of
 * {@link ReportJson} and {@code strike-report.schema.json}), through the same encoder and decoder.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ConflictStatsModule());
 * String json = mapper.writeValueAsString(report);    // equal to ReportJson.write(report)
 * StrikeReport back = mapper.readValue(json, StrikeReport.class); // equal to report
 * mapper.writeValueAsString(Count.atLeast(30));        // {"atLeast":30}
 * }</pre>
 *
 * <p>The module is also registered for {@link java.util.ServiceLoader}, so
 * {@code mapper.findAndRegisterModules()} finds it (and {@code org.conflictstats.table.StatsModule}
 * for tallies, rates and stats tables).
 *
 * <p>Types: {@link StrikeReport} (a whole report document, {@code "schemaVersion"} included),
 * {@link WeaponLine}, {@link LineDetails}, {@link Count}, {@link Weapon} and its three kinds,
 * {@link WeaponCategory} (its label), {@link Casualties}, {@link PlaceCasualties},
 * {@link SubTypeCounts}, {@link ReportPeriod}, {@link ReportTime}, {@link Source},
 * {@link Region} and {@link SourceScope} (its list, as {@code SourceScope.parse} reads it:
 * {@code "national,regional"}). A {@link Weapon} used as a map key is written as its name and read back by
 * {@linkplain WeaponCatalog#resolve(String) resolving} that name (a weapon the catalogue does not
 * know comes back unresolved).
 *
 * <p>Written, not read: what a read gives beside its reports, so that your mapper does not write
 * them as beans ({@code ImportResult} as {@code {"complete":false}}) or fail on their
 * {@code Optional}s: {@link ImportResult} ({@code files}, {@code rows_read},
 * {@code rows_accepted}, {@code rows_rejected}, {@code complete}, {@code reports} as report
 * documents, {@code rejected}, {@code warnings}), {@link ImportedReport} ({@code report},
 * {@code rows}, {@code no_lines_at}), {@link RejectedRow} ({@code file}, {@code line},
 * {@code field}, {@code raw}, {@code reason}), {@link ImportWarning} ({@code file}, {@code line},
 * {@code message}), {@link ImportCounts} ({@code file}, {@code rows_read}, {@code rows_accepted},
 * {@code rows_rejected}, {@code reports}: the names of {@code summary --format json}) and
 * {@link FileLocation} ({@code file}, {@code line}). What is absent is {@code null}. Reading any
 * of them throws an {@link com.fasterxml.jackson.databind.exc.InvalidDefinitionException} that
 * says so ("ImportCounts is written, not read: it is what a read gave beside its reports; keep the
 * reports and read them again"), the one rule of the library's modules' written-only types. Findings are
 * written by {@code org.conflictstats.table.StatsModule}.
 *
 * <p>Reading: a value the format does not allow throws a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} (an
 * {@link com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException} for an unknown
 * property) whose {@linkplain com.fasterxml.jackson.databind.JsonMappingException#getPath() path}
 * leads to the field, for instance {@code lines[0].launched}; syntax errors are the parser's own
 * exceptions. Unknown properties are errors under Jackson's default
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} and ignored without it. JSON {@code null} is refused. The
 * limits on document size and nesting are those of your mapper: {@link ReportJson} and
 * {@link JsonLinesReader} remain the hardened way to read untrusted input.
 *
 * <p>The model carries no Jackson annotation; this module is the only place Jackson meets it. The
 * module is immutable; its serializers and deserializers are thread-safe.
 */
public final class ConflictStatsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final transient WeaponCatalog catalog;

  /** A module that resolves weapon names with {@link WeaponCatalog#builtIn()}. */
  public ConflictStatsModule() {
    this(WeaponCatalog.builtIn());
  }

  /**
   * A module that resolves weapon names with the given catalogue when reading, and writes the
   * aliases of weapons that differ from its entries when writing (as {@link ReportJson} does).
   *
   * @param catalog the catalogue
   */
  public ConflictStatsModule(WeaponCatalog catalog) {
    super("conflict-stats-model", VersionUtil.parseVersion(
        LibraryVersion.get().orElse(""), "org.conflictstats", "conflict-stats"));
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    ReportEncoder e = new ReportEncoder(catalog);
    both(StrikeReport.class, ReportEncoder::write, (d, n, p) -> d.decode(n));
    both(WeaponLine.class, ReportEncoder::writeLine, ReportDecoder::line);
    both(LineDetails.class, ReportEncoder::writeDetails, ReportDecoder::details);
    both(Count.class, (enc, g, c) -> ReportEncoder.writeCountValue(g, c), ReportDecoder::count);
    both(Casualties.class, (enc, g, c) -> ReportEncoder.writeCasualtiesValue(g, c),
        ReportDecoder::casualties);
    both(PlaceCasualties.class, (enc, g, c) -> ReportEncoder.writePlace(g, c),
        ReportDecoder::place);
    both(SubTypeCounts.class, (enc, g, s) -> ReportEncoder.writeSubType(g, s),
        ReportDecoder::subType);
    both(ReportPeriod.class, (enc, g, p) -> ReportEncoder.writePeriodValue(g, p),
        ReportDecoder::period);
    both(ReportTime.class, (enc, g, t) -> g.writeString(ReportEncoder.time(t)),
        (d, n, p) -> ReportDecoder.time(n, p));
    both(Source.class, (enc, g, s) -> ReportEncoder.writeSourceValue(g, s),
        ReportDecoder::source);
    both(Region.class, (enc, g, r) -> JsonText.value(g, r.name()),
        (d, n, p) -> ReportDecoder.region(n, p));
    // a scope as its list, "national,regional" (review rv45a: a bean of {"all":false})
    both(SourceScope.class, (enc, g, sc) -> JsonText.value(g, scopeList(sc)),
        (d, n, p) -> ReportDecoder.scope(n, p));
    both(WeaponCategory.class, (enc, g, c) -> g.writeString(c.label()),
        (d, n, p) -> ReportDecoder.category(n, p));
    // one serializer for every kind of weapon (an interface matches its implementations); a
    // deserializer for each type a caller may ask for
    addSerializer(new ModelSerializer<>(Weapon.class, e, ReportEncoder::writeWeapon));
    addDeserializer(Weapon.class,
        new ModelDeserializer<>(Weapon.class, catalog, ReportDecoder::weapon));
    weaponKind(CataloguedWeapon.class);
    weaponKind(CompositeWeapon.class);
    weaponKind(UnresolvedWeapon.class);
    addKeySerializer(Weapon.class, new WeaponKeySerializer());
    addKeyDeserializer(Weapon.class, new WeaponKeyDeserializer(catalog));
    // what a read gives beside its reports: written, not read (see the class's Javadoc)
    written(FileLocation.class, (enc, g, l) -> ImportJson.writeLocation(g, l));
    written(RejectedRow.class, (enc, g, r) -> ImportJson.writeRejected(g, r));
    written(ImportWarning.class, (enc, g, w) -> ImportJson.writeWarning(g, w));
    written(ImportCounts.class, (enc, g, c) -> ImportJson.writeCounts(g, c));
    written(ImportedReport.class, ImportJson::writeImported);
    written(ImportResult.class, ImportJson::writeResult);
  }

  /** Written with {@code write}; read refused by the one rule of written-only types. */
  private <T> void written(Class<T> type, ModelSerializer.Body<T> write) {
    addSerializer(type, new ModelSerializer<>(type, new ReportEncoder(catalog), write));
    addDeserializer(type, new WrittenOnly<>(type, "what a read gave beside its reports",
        "read them again"));
  }

  private <T> void both(Class<T> type, ModelSerializer.Body<T> write,
      ModelDeserializer.Body<T> read) {
    addSerializer(type, new ModelSerializer<>(type, new ReportEncoder(catalog), write));
    addDeserializer(type, new ModelDeserializer<>(type, catalog, read));
  }

  /**
   * A scope's list, refused where it would read back as another scope: a source named as a kind
   * or {@code all}, or with a comma in its name (review rv45d: {@code ofNames(["all"])} read back
   * as every source).
   */
  private static String scopeList(SourceScope scope) throws IOException {
    String list = scope.toString();
    if (!SourceScope.parse(list).equals(scope)) {
      throw new com.fasterxml.jackson.databind.JsonMappingException(null, "source scope '" + list
          + "' cannot be written as its list: a source name in it is a kind, 'all', or holds a"
          + " comma, and would read back as another scope");
    }
    return list;
  }

  private <T extends Weapon> void weaponKind(Class<T> kind) {
    addDeserializer(kind, new ModelDeserializer<>(kind, catalog, (d, n, p) -> {
      Weapon w = d.weapon(n, p);
      if (!kind.isInstance(w)) {
        throw new DocumentException(p, "expected " + article(kind) + ", not "
            + article(w.getClass()) + " (\"" + w.name() + "\")");
      }
      return kind.cast(w);
    }));
  }

  private static String article(Class<?> kind) {
    if (kind == CataloguedWeapon.class) {
      return "a catalogued weapon";
    }
    return kind == CompositeWeapon.class ? "a composite weapon" : "an unresolved weapon";
  }

  /**
   * Distinguishes modules by catalogue, so that a module with another catalogue registered after
   * this one is not dropped as a duplicate (the later one wins).
   */
  @Override
  public Object getTypeId() {
    return ConflictStatsModule.class.getName() + "@" + System.identityHashCode(catalog);
  }

  /**
   * Sets the module up, unless it has the built-in catalogue and a module with another catalogue
   * was registered on the mapper before it: {@code findAndRegisterModules()} after
   * {@code registerModule(new ConflictStatsModule(myCatalog))} keeps {@code myCatalog} (review
   * rv45a: the built-in one, registered last, won). A module with another catalogue registered
   * after the built-in one wins, as Jackson lets the last module registered win.
   */
  @Override
  public void setupModule(SetupContext context) {
    if (catalog == WeaponCatalog.builtIn()
        && ConfiguredModules.configuredBefore(context, ConflictStatsModule.class, getTypeId())) {
      return;
    }
    super.setupModule(context);
  }

  /** Writes a weapon used as a map key as its name. */
  private static final class WeaponKeySerializer extends StdSerializer<Weapon> {
    private static final long serialVersionUID = 1L;

    WeaponKeySerializer() {
      super(Weapon.class);
    }

    @Override
    public void serialize(Weapon value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      JsonText.name(g, value.name());
    }
  }

  /** Reads a weapon map key by resolving its name in the catalogue. */
  private static final class WeaponKeyDeserializer extends KeyDeserializer {
    private final WeaponCatalog catalog;

    WeaponKeyDeserializer(WeaponCatalog catalog) {
      this.catalog = catalog;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      if (key.isBlank()) {
        return ctxt.handleWeirdKey(Weapon.class, key, "a weapon name must not be blank");
      }
      return catalog.resolve(key);
    }
  }
}

package org.conflictstats.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.conflictstats.model.InputLimits;
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
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Turns a parsed document (a Jackson tree) into a {@link StrikeReport}, naming the field path of
 * anything wrong. Unknown properties throw in strict mode and are passed to the warning sink
 * otherwise.
 */
final class ReportDecoder {

  private static final BigInteger MAX_COUNT = BigInteger.valueOf(InputLimits.MAX_COUNT);
  private static final Map<String, WeaponCategory> CATEGORIES = Arrays.stream(
      WeaponCategory.values()).collect(Collectors.toUnmodifiableMap(WeaponCategory::label, c -> c));
  private static final Map<String, SourceKind> SOURCE_KINDS = Arrays.stream(SourceKind.values())
      .collect(Collectors.toUnmodifiableMap(SourceKind::name, k -> k));
  /** The zone last read and its text: most documents of a read name one zone. */
  private static volatile NamedZone lastZone = new NamedZone("UTC", ZoneId.of("UTC"));

  private record NamedZone(String text, ZoneId zone) {}

  private static final String CATEGORY_LABELS = Arrays.stream(WeaponCategory.values())
      .map(c -> '"' + c.label() + '"').collect(Collectors.joining(", "));

  private static final Set<String> REPORT_FIELDS = Set.of(Names.SCHEMA_VERSION, Names.ID,
      Names.PERIOD, Names.SOURCE, Names.TARGET_AREA, Names.REGIONS, Names.LINES, Names.CASUALTIES,
      Names.NOTES);
  private static final Set<String> PERIOD_FIELDS = Set.of(Names.START, Names.END, Names.ZONE);
  private static final Set<String> SOURCE_FIELDS = Set.of(Names.NAME, Names.KIND, Names.ADDRESS);
  private static final Set<String> LINE_FIELDS = Set.of(Names.WEAPON, Names.LAUNCHED,
      Names.DESTROYED, Names.SUPPRESSED, Names.STILL_AIRBORNE, Names.LEFT_AIRSPACE, Names.HIT,
      Names.DETAILS);
  private static final Set<String> CATALOGUED_FIELDS =
      Set.of(Names.NAME, Names.CATEGORY, Names.ALIASES);
  private static final Set<String> COMPOSITE_FIELDS =
      Set.of(Names.NAME, Names.CATEGORY, Names.PARTS);
  private static final Set<String> UNRESOLVED_FIELDS =
      Set.of(Names.NAME, Names.CATEGORY, Names.UNRESOLVED);
  private static final Set<String> DETAILS_FIELDS = Set.of(Names.LAUNCH_PLACE, Names.TARGET,
      Names.MAIN_TARGET, Names.CARRIER, Names.AFFECTED_REGIONS, Names.LAUNCHED_BY_MODEL,
      Names.LAUNCH_PLACE_BY_MODEL, Names.DESTROYED_BY_DIRECTION, Names.LEFT_AIRSPACE_BY_COUNTRY,
      Names.SUB_TYPES, Names.GENUINE_SHAHEDS, Names.JET_POWERED, Names.JET_POWERED_DESTROYED,
      Names.HIT_LOCATIONS, Names.FRAGMENT_LOCATIONS, Names.LAUNCHED_WITHHELD);
  private static final Set<String> MODEL_ENTRY_FIELDS = Set.of(Names.WEAPON, Names.LAUNCHED);
  private static final Set<String> SUB_TYPE_FIELDS =
      Set.of(Names.NAME, Names.LAUNCHED, Names.DESTROYED);
  private static final Set<String> CASUALTIES_FIELDS =
      Set.of(Names.KILLED, Names.INJURED, Names.BY_PLACE);
  private static final Set<String> PLACE_FIELDS = Set.of(Names.PLACE, Names.KILLED, Names.INJURED);
  private static final Set<String> COUNT_FIELDS =
      Set.of(Names.AT_LEAST, Names.AT_MOST, Names.BETWEEN);

  private static final DocumentPath ROOT = DocumentPath.ROOT;

  private final WeaponCatalog catalog;
  private final boolean strict;
  private final BiConsumer<String, String> warnings;

  /**
   * @param catalog resolves weapon names
   * @param strict whether an unknown property is an error (otherwise a warning)
   * @param warnings receives field path and message of each warning
   */
  ReportDecoder(WeaponCatalog catalog, boolean strict, BiConsumer<String, String> warnings) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.strict = strict;
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  StrikeReport decode(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new DocumentException("", "a report must be a JSON object, not " + describe(root));
    }
    checkVersion(root);
    checkObject(root, ROOT, REPORT_FIELDS);
    String id = text(required(root, ROOT, Names.ID), ROOT.child(Names.ID));
    ReportPeriod period = period(required(root, ROOT, Names.PERIOD),
        ROOT.child(Names.PERIOD));
    Source source = optional(root, Names.SOURCE)
        .map(n -> source(n, ROOT.child(Names.SOURCE))).orElse(Source.unknown());
    String targetArea = optional(root, Names.TARGET_AREA)
        .map(n -> text(n, ROOT.child(Names.TARGET_AREA))).orElse("");
    ImmutableSet<Region> regions = optional(root, Names.REGIONS)
        .map(n -> regions(n, ROOT.child(Names.REGIONS))).orElse(ImmutableSet.of());
    ImmutableList<WeaponLine> lines = optional(root, Names.LINES)
        .map(n -> lines(n, ROOT.child(Names.LINES))).orElse(ImmutableList.of());
    Casualties casualties = optional(root, Names.CASUALTIES)
        .map(n -> casualties(n, ROOT.child(Names.CASUALTIES)))
        .orElse(Casualties.unknown());
    String notes = optional(root, Names.NOTES).map(n -> text(n, ROOT.child(Names.NOTES)))
        .orElse("");
    return build(ROOT.child(Names.ID), () -> new StrikeReport(id, period, source, targetArea,
        regions, lines, casualties, notes));
  }

  private static void checkVersion(JsonNode root) {
    JsonNode v = root.get(Names.SCHEMA_VERSION);
    if (v == null) {
      throw new DocumentException(Names.SCHEMA_VERSION,
          "missing; a report document starts with \"schemaVersion\": " + ReportJson.SCHEMA_VERSION);
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()
        || v.intValue() != ReportJson.SCHEMA_VERSION) {
      throw new DocumentException(Names.SCHEMA_VERSION, "unsupported schema version " + v
          + ": this library reads version " + ReportJson.SCHEMA_VERSION);
    }
  }

  ReportPeriod period(JsonNode n, DocumentPath path) {
    checkObject(n, path, PERIOD_FIELDS);
    ReportTime start = time(required(n, path, Names.START), path.child(Names.START));
    ReportTime end = time(required(n, path, Names.END), path.child(Names.END));
    ZoneId zone = optional(n, Names.ZONE).map(z -> zone(z, path.child(Names.ZONE)))
        .orElse(ReportPeriod.KYIV);
    return new ReportPeriod(start, end, zone);
  }

  static ReportTime time(JsonNode n, DocumentPath path) {
    String s = text(n, path);
    if (!isTimeShape(s)) {
      throw new DocumentException(path, "not a local time of the form 2025-04-16T20:00 or a date "
          + "of the form 2025-04-17: \"" + s + "\"");
    }
    ReportTime t = plainTime(s);
    if (t == null) {
      try {
        t = s.indexOf('T') >= 0
            ? ReportTime.ofMinute(LocalDateTime.parse(s))
            : ReportTime.ofDate(LocalDate.parse(s));
      } catch (DateTimeException e) {
        throw new DocumentException(path, "not a valid time: \"" + s + "\" (" + e.getMessage()
            + ")");
      }
    }
    int year = t.dateTime().getYear();
    if (year < InputLimits.FIRST_YEAR || year > InputLimits.LAST_YEAR) {
      throw new DocumentException(path, "year outside " + InputLimits.FIRST_YEAR + "-"
          + InputLimits.LAST_YEAR + ": \"" + s + "\"");
    }
    return t;
  }

  /**
   * The time of a text of the usual shapes, {@code 2025-04-16T20:00} or {@code 2025-04-16} (a year
   * of four digits, no sign), read digit by digit: what {@code LocalDateTime.parse} or
   * {@code LocalDate.parse} give for it, without a formatter for every time read. Null for any other
   * text, and for values that are not a date or a time of day, which those parsers then read for
   * their message.
   */
  static ReportTime plainTime(String s) {
    int n = s.length();
    if ((n != 10 && n != 16) || !isTimeShape(s) || !isDigit(s.charAt(0))) {
      return null;
    }
    int year = number(s, 0, 4);
    int month = number(s, 5, 2);
    int day = number(s, 8, 2);
    try {
      if (n == 10) {
        return ReportTime.ofDate(LocalDate.of(year, month, day));
      }
      return ReportTime.ofMinute(LocalDateTime.of(year, month, day, number(s, 11, 2),
          number(s, 14, 2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(String s, int at, int digits) {
    int v = 0;
    for (int k = at; k < at + digits; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }

  /**
   * Whether a text has the shape of a time, {@code [+-]?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2})?}
   * (ASCII digits), before {@code java.time} checks the values. Checked by hand: it runs twice for
   * every report read.
   */
  static boolean isTimeShape(String s) {
    int n = s.length();
    int i = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    int yearStart = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    if (i - yearStart < 4 || !digits(s, i, "-00-00")) {
      return false;
    }
    i += 6;
    return i == n || (n - i == 6 && digits(s, i, "T00:00"));
  }

  /** Whether {@code s} has, from {@code at}, the pattern's characters, a {@code 0} for any digit. */
  private static boolean digits(String s, int at, String pattern) {
    if (s.length() - at < pattern.length()) {
      return false;
    }
    for (int k = 0; k < pattern.length(); k++) {
      char p = pattern.charAt(k);
      char c = s.charAt(at + k);
      if (p == '0' ? !isDigit(c) : c != p) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static ZoneId zone(JsonNode n, DocumentPath path) {
    String s = text(n, path);
    NamedZone last = lastZone;
    if (last.text().equals(s)) {
      return last.zone();
    }
    try {
      ZoneId zone = ZoneId.of(s);
      lastZone = new NamedZone(s, zone);
      return zone;
    } catch (DateTimeException e) {
      throw new DocumentException(path, "not a time zone: \"" + s + "\" (" + e.getMessage() + ")");
    }
  }

  Source source(JsonNode n, DocumentPath path) {
    checkObject(n, path, SOURCE_FIELDS);
    String name = text(required(n, path, Names.NAME), path.child(Names.NAME));
    DocumentPath kindPath = path.child(Names.KIND);
    String kindText = text(required(n, path, Names.KIND), kindPath);
    SourceKind kind = SOURCE_KINDS.get(kindText);
    if (kind == null) {
      throw new DocumentException(kindPath, "not a source kind: \"" + kindText
          + "\"; expected one of " + Arrays.toString(SourceKind.values()));
    }
    Optional<String> address = optional(n, Names.ADDRESS)
        .map(a -> text(a, path.child(Names.ADDRESS)));
    return build(path.child(Names.NAME), () -> new Source(name, kind, address));
  }

  /** Reads a source scope: its list, as {@link SourceScope#parse} reads it. */
  static SourceScope scope(JsonNode n, DocumentPath path) {
    String text = text(n, path);
    return build(path, () -> SourceScope.parse(text));
  }

  /** Reads one region name. */
  static Region region(JsonNode n, DocumentPath path) {
    String name = text(n, path);
    return build(path, () -> Region.of(name));
  }

  private ImmutableSet<Region> regions(JsonNode n, DocumentPath path) {
    ImmutableSet.Builder<Region> b = ImmutableSet.builder();
    forEach(n, path, (e, p) -> {
      String name = text(e, p);
      b.add(build(p, () -> Region.of(name)));
    });
    return b.build();
  }

  private ImmutableList<WeaponLine> lines(JsonNode n, DocumentPath path) {
    ImmutableList.Builder<WeaponLine> b = ImmutableList.builder();
    forEach(n, path, (e, p) -> b.add(line(e, p)));
    return b.build();
  }

  WeaponLine line(JsonNode n, DocumentPath path) {
    checkObject(n, path, LINE_FIELDS);
    Weapon weapon = weapon(required(n, path, Names.WEAPON), path.child(Names.WEAPON));
    Count launched = requiredCount(n, path, Names.LAUNCHED);
    Count destroyed = requiredCount(n, path, Names.DESTROYED);
    Count suppressed = requiredCount(n, path, Names.SUPPRESSED);
    Count stillAirborne = requiredCount(n, path, Names.STILL_AIRBORNE);
    Count leftAirspace = requiredCount(n, path, Names.LEFT_AIRSPACE);
    Count hit = requiredCount(n, path, Names.HIT);
    LineDetails details = optional(n, Names.DETAILS)
        .map(d -> details(d, path.child(Names.DETAILS))).orElse(LineDetails.none());
    return new WeaponLine(weapon, launched, destroyed, suppressed, stillAirborne, leftAirspace,
        hit, details);
  }

  Weapon weapon(JsonNode n, DocumentPath path) {
    if (n.isObject() && n.has(Names.PARTS)) {
      return composite(n, path);
    }
    return singleWeapon(n, path);
  }

  private Weapon composite(JsonNode n, DocumentPath path) {
    checkObject(n, path, COMPOSITE_FIELDS);
    DocumentPath partsPath = path.child(Names.PARTS);
    List<Weapon> parts = new ArrayList<>();
    forEach(n.get(Names.PARTS), partsPath, (e, p) -> {
      if (e.isObject() && e.has(Names.PARTS)) {
        throw new DocumentException(p, "a part of a composite weapon must not be composite");
      }
      parts.add(singleWeapon(e, p));
    });
    if (parts.size() < 2) {
      throw new DocumentException(partsPath,
          "a composite weapon needs at least two parts, not " + parts.size());
    }
    CompositeWeapon composite = CompositeWeapon.of(parts);
    Optional<String> name = optional(n, Names.NAME).map(x -> text(x, path.child(Names.NAME)));
    if (name.isPresent() && !name.get().strip().equals(composite.name())) {
      throw new DocumentException(path.child(Names.NAME), "\"" + name.get()
          + "\" is not the name of the parts, \"" + composite.name() + "\"");
    }
    Optional<WeaponCategory> category = optional(n, Names.CATEGORY)
        .map(x -> category(x, path.child(Names.CATEGORY)));
    if (category.isPresent() && category.get() != composite.category()) {
      throw new DocumentException(path.child(Names.CATEGORY), "\"" + category.get().label()
          + "\" is not the category of the parts, \"" + composite.category().label() + "\"");
    }
    return composite;
  }

  private Weapon singleWeapon(JsonNode n, DocumentPath path) {
    if (n.isObject() && n.has(Names.UNRESOLVED)) {
      checkObject(n, path, UNRESOLVED_FIELDS);
      JsonNode flag = n.get(Names.UNRESOLVED);
      if (!flag.isBoolean() || !flag.booleanValue()) {
        throw new DocumentException(path.child(Names.UNRESOLVED), "must be true when present "
            + "(omit it for a catalogued weapon), not " + describe(flag));
      }
      String name = text(required(n, path, Names.NAME), path.child(Names.NAME));
      Optional<WeaponCategory> category = optional(n, Names.CATEGORY)
          .map(x -> category(x, path.child(Names.CATEGORY)));
      if (category.isPresent() && category.get() != WeaponCategory.UNCLASSIFIED) {
        throw new DocumentException(path.child(Names.CATEGORY), "an unresolved weapon is \""
            + WeaponCategory.UNCLASSIFIED.label() + "\", not \"" + category.get().label() + "\"");
      }
      return build(path.child(Names.NAME), () -> new UnresolvedWeapon(name));
    }
    checkObject(n, path, CATALOGUED_FIELDS);
    String name = text(required(n, path, Names.NAME), path.child(Names.NAME)).strip();
    WeaponCategory category =
        category(required(n, path, Names.CATEGORY), path.child(Names.CATEGORY));
    if (n.has(Names.ALIASES)) {
      ImmutableSet.Builder<String> aliases = ImmutableSet.builder();
      forEach(n.get(Names.ALIASES), path.child(Names.ALIASES), (e, p) -> aliases.add(text(e, p)));
      return build(path.child(Names.NAME),
          () -> new CataloguedWeapon(name, category, aliases.build()));
    }
    CataloguedWeapon weapon = build(path.child(Names.NAME),
        () -> CataloguedWeapon.of(name, category));
    Optional<CataloguedWeapon> known = catalog.find(name);
    if (known.isPresent() && known.get().category() == category) {
      return known.get();
    }
    if (known.isPresent()) {
      warnings.accept(path.toString(), "the reading catalogue gives weapon \"" + name
          + "\" the category \"" + known.get().category().label() + "\", the document \""
          + category.label() + "\": kept as the document says, without aliases");
    } else {
      warnings.accept(path.toString(), "weapon \"" + name + "\" (" + category.label()
          + ") is not in the reading catalogue: kept as the document says, without aliases");
    }
    return weapon;
  }

  static WeaponCategory category(JsonNode n, DocumentPath path) {
    String s = text(n, path);
    WeaponCategory c = CATEGORIES.get(s);
    if (c == null) {
      throw new DocumentException(path,
          "not a weapon category: \"" + s + "\"; expected one of " + CATEGORY_LABELS);
    }
    return c;
  }

  LineDetails details(JsonNode n, DocumentPath path) {
    checkObject(n, path, DETAILS_FIELDS);
    LineDetails.Builder b = LineDetails.builder();
    optional(n, Names.LAUNCH_PLACE).ifPresent(x -> b.launchPlace(
        text(x, path.child(Names.LAUNCH_PLACE))));
    optional(n, Names.TARGET).ifPresent(x -> b.target(text(x, path.child(Names.TARGET))));
    optional(n, Names.MAIN_TARGET).ifPresent(x -> b.mainTarget(
        text(x, path.child(Names.MAIN_TARGET))));
    optional(n, Names.CARRIER).ifPresent(x -> b.carrier(text(x, path.child(Names.CARRIER))));
    optional(n, Names.AFFECTED_REGIONS).ifPresent(x -> b.affectedRegions(
        regions(x, path.child(Names.AFFECTED_REGIONS))));
    optional(n, Names.LAUNCHED_BY_MODEL).ifPresent(x -> b.launchedByModel(
        launchedByModel(x, path.child(Names.LAUNCHED_BY_MODEL))));
    optional(n, Names.LAUNCH_PLACE_BY_MODEL).ifPresent(x -> {
      DocumentPath p = path.child(Names.LAUNCH_PLACE_BY_MODEL);
      ImmutableMap.Builder<String, String> m = ImmutableMap.builder();
      forEachField(x, p, (key, value, q) -> m.put(key, text(value, q)));
      b.launchPlaceByModel(m.buildOrThrow());
    });
    optional(n, Names.DESTROYED_BY_DIRECTION).ifPresent(x -> b.destroyedByDirection(
        countMap(x, path.child(Names.DESTROYED_BY_DIRECTION))));
    optional(n, Names.LEFT_AIRSPACE_BY_COUNTRY).ifPresent(x -> b.leftAirspaceByCountry(
        countMap(x, path.child(Names.LEFT_AIRSPACE_BY_COUNTRY))));
    optional(n, Names.SUB_TYPES).ifPresent(x -> {
      ImmutableList.Builder<SubTypeCounts> list = ImmutableList.builder();
      forEach(x, path.child(Names.SUB_TYPES), (e, p) -> list.add(subType(e, p)));
      b.subTypes(list.build());
    });
    optionalCount(n, path, Names.GENUINE_SHAHEDS).ifPresent(b::genuineShaheds);
    optionalCount(n, path, Names.JET_POWERED).ifPresent(b::jetPowered);
    optionalCount(n, path, Names.JET_POWERED_DESTROYED).ifPresent(b::jetPoweredDestroyed);
    optionalCount(n, path, Names.HIT_LOCATIONS).ifPresent(b::hitLocations);
    optionalCount(n, path, Names.FRAGMENT_LOCATIONS).ifPresent(b::fragmentLocations);
    optional(n, Names.LAUNCHED_WITHHELD).ifPresent(x -> {
      if (!x.isBoolean()) {
        throw new DocumentException(path.child(Names.LAUNCHED_WITHHELD),
            "expected true or false, not " + describe(x));
      }
      b.launchedWithheld(x.booleanValue());
    });
    return b.build();
  }

  private ImmutableMap<Weapon, Count> launchedByModel(JsonNode n, DocumentPath path) {
    ImmutableMap.Builder<Weapon, Count> m = ImmutableMap.builder();
    List<Weapon> seen = new ArrayList<>();
    forEach(n, path, (e, p) -> {
      checkObject(e, p, MODEL_ENTRY_FIELDS);
      Weapon w = weapon(required(e, p, Names.WEAPON), p.child(Names.WEAPON));
      if (seen.contains(w)) {
        throw new DocumentException(p.child(Names.WEAPON),
            "weapon \"" + w.name() + "\" appears twice");
      }
      seen.add(w);
      m.put(w, requiredCount(e, p, Names.LAUNCHED));
    });
    return m.buildOrThrow();
  }

  private ImmutableMap<String, Count> countMap(JsonNode n, DocumentPath path) {
    ImmutableMap.Builder<String, Count> m = ImmutableMap.builder();
    forEachField(n, path, (key, value, p) -> m.put(key, count(value, p)));
    return m.buildOrThrow();
  }

  SubTypeCounts subType(JsonNode n, DocumentPath path) {
    checkObject(n, path, SUB_TYPE_FIELDS);
    String name = text(required(n, path, Names.NAME), path.child(Names.NAME));
    Count launched = requiredCount(n, path, Names.LAUNCHED);
    Count destroyed = requiredCount(n, path, Names.DESTROYED);
    return build(path.child(Names.NAME), () -> SubTypeCounts.of(name, launched, destroyed));
  }

  Casualties casualties(JsonNode n, DocumentPath path) {
    checkObject(n, path, CASUALTIES_FIELDS);
    Count killed = requiredCount(n, path, Names.KILLED);
    Count injured = requiredCount(n, path, Names.INJURED);
    ImmutableList.Builder<PlaceCasualties> places = ImmutableList.builder();
    optional(n, Names.BY_PLACE).ifPresent(x -> forEach(x, path.child(Names.BY_PLACE),
        (e, p) -> places.add(place(e, p))));
    return new Casualties(killed, injured, places.build());
  }

  PlaceCasualties place(JsonNode n, DocumentPath path) {
    checkObject(n, path, PLACE_FIELDS);
    String place = text(required(n, path, Names.PLACE), path.child(Names.PLACE));
    Count killed = requiredCount(n, path, Names.KILLED);
    Count injured = requiredCount(n, path, Names.INJURED);
    return build(path.child(Names.PLACE), () -> PlaceCasualties.of(place, killed, injured));
  }

  private Count requiredCount(JsonNode n, DocumentPath path, String name) {
    return count(required(n, path, name), path.child(name));
  }

  private Optional<Count> optionalCount(JsonNode n, DocumentPath path, String name) {
    return optional(n, name).map(x -> count(x, path.child(name)));
  }

  /**
   * Reads a count: a whole number, {@code "unknown"}, or an object with exactly one of
   * {@code atLeast}, {@code atMost}, {@code between}.
   */
  Count count(JsonNode n, DocumentPath path) {
    if (n.isNumber()) {
      return Count.exactly(bound(n, path));
    }
    if (n.isTextual()) {
      if (n.textValue().equals(Names.UNKNOWN)) {
        return Count.unknown();
      }
      throw new DocumentException(path, "not a count: " + describe(n) + "; " + COUNT_FORMS);
    }
    if (!n.isObject()) {
      throw new DocumentException(path, "not a count: " + describe(n) + "; " + COUNT_FORMS);
    }
    checkFields(n, path, COUNT_FIELDS);
    List<String> given = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (COUNT_FIELDS.contains(f)) {
        given.add(f);
      }
    }
    if (given.size() != 1) {
      throw new DocumentException(path, "a count object has exactly one of \"atLeast\", "
          + "\"atMost\", \"between\"; found " + (given.isEmpty() ? "none" : given));
    }
    String kind = given.get(0);
    DocumentPath p = path.child(kind);
    JsonNode v = n.get(kind);
    if (kind.equals(Names.AT_LEAST)) {
      return Count.atLeast(bound(v, p));
    }
    if (kind.equals(Names.AT_MOST)) {
      return Count.atMost(bound(v, p));
    }
    if (!v.isArray() || v.size() != 2) {
      throw new DocumentException(p, "expected an array of two bounds [lower, upper], not "
          + describe(v));
    }
    long lo = bound(v.get(0), p.index(0));
    long hi = bound(v.get(1), p.index(1));
    if (hi < lo) {
      throw new DocumentException(p, "upper bound " + hi + " is below lower bound " + lo);
    }
    return Count.between(lo, hi);
  }

  private static final String COUNT_FORMS = "expected a whole number such as 75, \"unknown\", "
      + "{\"atLeast\": 30}, {\"atMost\": 10} or {\"between\": [10, 20]}";

  private static long bound(JsonNode n, DocumentPath path) {
    if (n.isInt() || n.isLong()) { // the usual count, read without a BigInteger
      long v = n.longValue();
      if (v >= 0 && v <= InputLimits.MAX_COUNT) {
        return v;
      }
    }
    if (!n.isNumber()) {
      throw new DocumentException(path, "expected a whole number, not " + describe(n));
    }
    if (!n.isIntegralNumber()) {
      throw new DocumentException(path,
          "a count must be a whole number, without fraction or exponent, not " + n.asText());
    }
    BigInteger v = n.bigIntegerValue();
    if (v.signum() < 0) {
      throw new DocumentException(path, "a count must not be negative: " + v);
    }
    if (v.compareTo(MAX_COUNT) > 0) {
      throw new DocumentException(path,
          "count out of range: " + v + " (at most " + InputLimits.MAX_COUNT + ")");
    }
    return v.longValue();
  }

  // ---- helpers

  private static JsonNode required(JsonNode object, DocumentPath path, String name) {
    JsonNode v = object.get(name);
    if (v == null) {
      throw new DocumentException(path.child(name), "missing");
    }
    if (v.isNull()) {
      throw new DocumentException(path.child(name), "must not be null");
    }
    return v;
  }

  /** An optional property; {@link #checkObject} has already refused a null. */
  private static Optional<JsonNode> optional(JsonNode object, String name) {
    return Optional.ofNullable(object.get(name));
  }

  private static String text(JsonNode n, DocumentPath path) {
    if (!n.isTextual()) {
      throw new DocumentException(path, "expected a string, not " + describe(n));
    }
    return n.textValue();
  }

  private void checkObject(JsonNode n, DocumentPath path, Set<String> known) {
    if (!n.isObject()) {
      throw new DocumentException(path, "expected an object, not " + describe(n));
    }
    checkFields(n, path, known);
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (e.getValue().isNull() && known.contains(e.getKey())) {
        throw new DocumentException(path.child(e.getKey()),
            "must not be null; omit the property instead");
      }
    }
  }

  private void checkFields(JsonNode n, DocumentPath path, Set<String> known) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        DocumentPath where = path.child(f);
        if (strict) {
          throw DocumentException.unknownProperty(where.toString(), f, known);
        }
        warnings.accept(where.toString(), "unknown property, ignored");
      }
    }
  }

  private static void forEach(JsonNode n, DocumentPath path,
      BiConsumer<JsonNode, DocumentPath> action) {
    if (!n.isArray()) {
      throw new DocumentException(path, "expected an array, not " + describe(n));
    }
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      DocumentPath p = path.index(i);
      if (e.isNull()) {
        throw new DocumentException(p, "must not be null");
      }
      action.accept(e, p);
    }
  }

  @FunctionalInterface
  private interface FieldAction {
    void accept(String key, JsonNode value, DocumentPath path);
  }

  private static void forEachField(JsonNode n, DocumentPath path, FieldAction action) {
    if (!n.isObject()) {
      throw new DocumentException(path, "expected an object, not " + describe(n));
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      DocumentPath p = path.child(e.getKey());
      if (e.getValue().isNull()) {
        throw new DocumentException(p, "must not be null");
      }
      action.accept(e.getKey(), e.getValue(), p);
    }
  }

  /** Runs a model factory, turning its argument checks into a message at {@code path}. */
  private static <T> T build(DocumentPath path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      throw new DocumentException(path, e.getMessage());
    }
  }

  private static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      String s = n.textValue();
      return "the string \"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\"";
    }
    if (n.isNull()) {
      return "null";
    }
    return n.toString();
  }
}

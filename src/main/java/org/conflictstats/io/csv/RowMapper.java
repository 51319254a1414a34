package org.conflictstats.io.csv;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Region;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Turns the scanner's current row into a {@link WeaponLine}: the one row mapper of the Air Force CSV
 * reader (DOMAIN.md §8). Every cell of the row is read and checked, whatever {@link Detail}s are kept,
 * so that whether a row is accepted never depends on what the caller keeps. Not thread-safe: one per
 * thread, with its own caches.
 */
final class RowMapper {

  private static final LineDetails WITHHELD = LineDetails.builder().launchedWithheld(true).build();
  private static final int KEPT_WARNING_VALUES = 16;

  private final Header h;
  private final WeaponCatalog catalog;
  private final boolean texts;
  private final boolean regions;
  private final boolean modelSplit;
  private final boolean placesByModel;
  private final boolean directions;
  private final boolean countries;
  private final boolean subTypes;
  private final boolean detailCounts;
  private final boolean anyDetail;
  private final NameCache<Weapon> weapons = new NameCache<>(4096);
  private final NameCache<Region> regionNames = new NameCache<>(4096);
  private final PyLiteral literal = new PyLiteral();

  /** Values seen that the reader does not know, for warnings: the smallest few, in order. */
  final TreeSet<String> unknownSubTypeKeys = new TreeSet<>();
  final TreeSet<String> otherStatusValues = new TreeSet<>();

  // the text of the row's target cell, for the report's target area (kept with TEXTS)
  private String target = "";

  RowMapper(Header header, WeaponCatalog catalog, Set<Detail> kept) {
    this.h = header;
    this.catalog = catalog;
    Set<Detail> k = kept.isEmpty() ? EnumSet.noneOf(Detail.class) : EnumSet.copyOf(kept);
    this.texts = k.contains(Detail.TEXTS);
    this.regions = k.contains(Detail.REGIONS);
    this.modelSplit = k.contains(Detail.MODEL_SPLIT);
    this.placesByModel = k.contains(Detail.LAUNCH_PLACES_BY_MODEL);
    this.directions = k.contains(Detail.DIRECTIONS);
    this.countries = k.contains(Detail.COUNTRIES);
    this.subTypes = k.contains(Detail.SUB_TYPES);
    this.detailCounts = k.contains(Detail.COUNTS);
    this.anyDetail = !k.isEmpty();
  }

  /** The row's target text, when texts are kept; otherwise empty. */
  String target() {
    return target;
  }

  /**
   * Maps the row.
   *
   * @throws CellException naming the column of the first bad cell
   */
  WeaponLine line(RecordScanner s) throws CellException {
    byte[] b = s.buffer();
    // the caller has checked that the whole record is well-formed UTF-8
    Weapon weapon = weapon(s);

    boolean withheld = false;
    int cStatus = h.at(Column.STATUS_DATA);
    if (cStatus >= 0) {
      int st = s.start(cStatus);
      int en = s.end(cStatus);
      if (isWord(b, st, en, "hidden")) {
        withheld = true;
      } else if (!s.isBlank(cStatus)) {
        keep(otherStatusValues, ByteCells.stripped(b, st, en).toLowerCase(java.util.Locale.ROOT));
      }
    }
    Count launched = count(s, h.at(Column.LAUNCHED), Column.LAUNCHED);
    if (withheld) {
      launched = Count.atLeast(launched.lower());
    }
    int cDestroyed = h.at(Column.DESTROYED);
    // every published layout has destroyed: a header without it (a misspelling, a cut file) says
    // nothing of destroyed weapons, so the count is unknown, not zero
    Count destroyed = cDestroyed < 0 ? Count.unknown() : count(s, cDestroyed, Column.DESTROYED);
    Count suppressed = outcome(s, Column.NOT_REACH_GOAL);
    Count stillAirborne = outcome(s, Column.STILL_ATTACKING);

    // left airspace: border_crossing (a dict per country, or a number), and the 2024 layout's
    // cross_border_belarus and back_russia; an absent column adds an exact zero
    Count leftAirspace = Count.zero();
    Map<String, Count> byCountry = countries ? new LinkedHashMap<>() : null;
    int cBorder = h.at(Column.BORDER_CROSSING);
    if (cBorder >= 0) {
      if (startsWith(b, s.start(cBorder), s.end(cBorder), '{')) {
        leftAirspace = leftAirspace.plus(countDict(s, cBorder, Column.BORDER_CROSSING, byCountry));
      } else {
        leftAirspace = leftAirspace.plus(count(s, cBorder, Column.BORDER_CROSSING));
      }
    }
    if (h.has(Column.CROSS_BORDER_BELARUS)) {
      Count c = outcome(s, Column.CROSS_BORDER_BELARUS);
      if (byCountry != null) {
        byCountry.merge("belarus", c, Count::plus);
      }
      leftAirspace = leftAirspace.plus(c);
    }
    if (h.has(Column.BACK_RUSSIA)) {
      Count c = outcome(s, Column.BACK_RUSSIA);
      if (byCountry != null) {
        byCountry.merge("russia", c, Count::plus);
      }
      leftAirspace = leftAirspace.plus(c);
    }
    if (leftAirspace.upperOrElse(leftAirspace.lower()) > ByteCells.MAX_COUNT) {
      // each cell within the limit, their sum not: refused as a cell above it is, so that every
      // report read is one every reader reads back
      throw new CellException(cBorder >= 0 ? Column.BORDER_CROSSING.header
          : Column.CROSS_BORDER_BELARUS.header, "left the airspace in all: "
          + leftAirspace + ", above " + ByteCells.MAX_COUNT);
    }

    LineDetails.Builder d = anyDetail ? LineDetails.builder().launchedWithheld(withheld) : null;
    String launchPlace = text(s, Column.LAUNCH_PLACE, texts);
    target = text(s, Column.TARGET, texts);
    String mainTarget = text(s, Column.TARGET_MAIN, texts);
    String carrier = text(s, Column.CARRIER, texts);
    if (texts) {
      d.launchPlace(launchPlace).target(target).mainTarget(mainTarget).carrier(carrier);
    }
    if (countries) {
      d.leftAirspaceByCountry(byCountry);
    }
    Set<Region> affected = regions(s);
    if (regions) {
      d.affectedRegions(affected);
    }
    Map<Weapon, Count> split = launchedByModel(s);
    if (modelSplit) {
      d.launchedByModel(split);
    }
    Map<String, String> places = textDict(s, Column.LAUNCH_PLACE_DETAILS);
    if (placesByModel) {
      d.launchPlaceByModel(places);
    }
    int cDirections = h.at(Column.DESTROYED_DETAILS);
    if (cDirections >= 0 && !s.isBlank(cDirections)) {
      Map<String, Count> byDirection = directions ? new LinkedHashMap<>() : null;
      countDict(s, cDirections, Column.DESTROYED_DETAILS, byDirection);
      if (directions) {
        d.destroyedByDirection(byDirection);
      }
    }
    List<SubTypeCounts> types = subTypes(s);
    if (subTypes) {
      d.subTypes(types);
    }
    Count shaheds = detail(s, Column.IS_SHAHED);
    Count jet = detail(s, Column.TURBOJET);
    Count jetDestroyed = detail(s, Column.TURBOJET_DESTROYED);
    Count hits = detail(s, Column.NUM_HIT_LOCATION);
    Count fragments = detail(s, Column.NUM_FALL_FRAGMENT_LOCATION);
    if (detailCounts) {
      d.genuineShaheds(shaheds).jetPowered(jet).jetPoweredDestroyed(jetDestroyed).hitLocations(hits)
          .fragmentLocations(fragments);
    }
    LineDetails details = d != null ? d.build() : withheld ? WITHHELD : LineDetails.none();
    return new WeaponLine(weapon, launched, destroyed, suppressed, stillAirborne, leftAirspace,
        Count.zero(), details);
  }

  // ---- cells ---------------------------------------------------------------------------------------

  private Weapon weapon(RecordScanner s) throws CellException {
    int c = h.at(Column.MODEL);
    byte[] b = s.buffer();
    int st = s.start(c);
    int en = s.end(c);
    while (st < en && (b[st] & 0xFF) <= ' ') {
      st++;
    }
    while (en > st && (b[en - 1] & 0xFF) <= ' ') {
      en--;
    }
    if (st == en) {
      throw new CellException(Column.MODEL.header, "weapon model is blank");
    }
    if (s.isEscaped(c)) {
      byte[] text = s.cellBytes(c);
      return resolve(text, 0, text.length);
    }
    return resolve(b, st, en);
  }

  private Weapon resolve(byte[] b, int st, int en) {
    Weapon w = weapons.get(b, st, en);
    if (w == null) {
      w = catalog.resolve(ByteCells.stripped(b, st, en));
      weapons.put(b, st, en, w);
    }
    return w;
  }

  private Count count(RecordScanner s, int cell, Column c) throws CellException {
    long v = s.isEscaped(cell) ? ByteCells.NOT_A_COUNT
        : ByteCells.count(s.buffer(), s.start(cell), s.end(cell));
    if (v >= 0) {
      return Count.exactly(v);
    }
    if (v == ByteCells.UNKNOWN) {
      return Count.unknown();
    }
    throw new CellException(c.header, ByteCells.countProblem(v) + ": '" + cellText(s, cell) + "'");
  }

  /** An outcome column: absent means "not reported as that outcome", an exact zero. */
  private Count outcome(RecordScanner s, Column c) throws CellException {
    int cell = h.at(c);
    return cell < 0 ? Count.zero() : count(s, cell, c);
  }

  /** A detail count: absent or blank means unknown. */
  private Count detail(RecordScanner s, Column c) throws CellException {
    int cell = h.at(c);
    return cell < 0 ? Count.unknown() : count(s, cell, c);
  }

  /** A text cell, checked; its stripped text when kept, otherwise empty. */
  private String text(RecordScanner s, Column c, boolean keep) throws CellException {
    int cell = h.at(c);
    if (cell < 0) {
      return "";
    }
    if (!keep) {
      return "";
    }
    if (s.isEscaped(cell)) {
      byte[] t = s.cellBytes(cell);
      return ByteCells.stripped(t, 0, t.length);
    }
    return ByteCells.stripped(s.buffer(), s.start(cell), s.end(cell));
  }

  /** The cell's text for messages, invalid bytes escaped, stripped. */
  private static String cellText(RecordScanner s, int cell) {
    byte[] t = s.isEscaped(cell) ? s.cellBytes(cell) : null;
    String text = t != null ? ByteCells.escaped(t, 0, t.length)
        : ByteCells.escaped(s.buffer(), s.start(cell), s.end(cell));
    return abbreviate(text.strip());
  }

  static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  // ---- Python-literal cells ------------------------------------------------------------------------

  /** Parses a cell as a literal; the root is node 0. Returns false for a blank cell. */
  private boolean literal(RecordScanner s, int cell, Column c) throws CellException {
    if (s.isBlank(cell)) {
      return false;
    }
    byte[] b;
    int st;
    int en;
    if (s.isEscaped(cell)) {
      b = s.cellBytes(cell);
      st = 0;
      en = b.length;
    } else {
      b = s.buffer();
      st = s.start(cell);
      en = s.end(cell);
    }
    try {
      literal.parse(b, st, en);
    } catch (PyLiteral.SyntaxException e) {
      String what = startsWith(b, st, en, '[') ? "list" : "dict";
      throw new CellException(c.header, "not a Python " + what + " (" + e.getMessage() + "): '"
          + cellText(s, cell) + "'");
    }
    return true;
  }

  private void requireDict(RecordScanner s, int cell, Column c) throws CellException {
    if (literal.kind(0) != PyLiteral.DICT) {
      throw new CellException(c.header, "not a Python dict (not a dict): '" + cellText(s, cell)
          + "'");
    }
  }

  /** Sums a dict of counts; fills {@code into} (key to count) when not null. */
  private Count countDict(RecordScanner s, int cell, Column c, Map<String, Count> into)
      throws CellException {
    if (!literal(s, cell, c)) {
      return Count.zero();
    }
    requireDict(s, cell, c);
    Count sum = Count.zero();
    for (int k = 1; k < literal.size(); k = literal.next(literal.next(k))) {
      int v = literal.next(k);
      Count n = countValue(v, c, k);
      sum = sum.plus(n);
      if (into != null) {
        into.put(literal.text(k).strip(), n);
      }
    }
    return sum;
  }

  private Count countValue(int v, Column c, int keyNode) throws CellException {
    int kind = literal.kind(v);
    if (kind == PyLiteral.MISSING) {
      return Count.unknown();
    }
    if (kind == PyLiteral.NUMBER) {
      long x = ByteCells.count(literal.bytes(), literal.start(v), literal.end(v));
      if (x >= 0) {
        return Count.exactly(x);
      }
      if (x == ByteCells.UNKNOWN) {
        return Count.unknown();
      }
      throw new CellException(c.header, "value of '" + literal.text(keyNode) + "': "
          + ByteCells.countProblem(x) + ": '" + literal.text(v) + "'");
    }
    throw new CellException(c.header, "value of '" + literal.text(keyNode)
        + "' is not a count: " + valueText(v));
  }

  private String valueText(int v) {
    int kind = literal.kind(v);
    if (kind == PyLiteral.STRING) {
      return literal.text(v);
    }
    return abbreviate(new String(literal.bytes(), literal.start(v),
        literal.end(v) - literal.start(v), java.nio.charset.StandardCharsets.UTF_8));
  }

  private Map<Weapon, Count> launchedByModel(RecordScanner s) throws CellException {
    int cell = h.at(Column.LAUNCHED_DETAILS);
    if (cell < 0 || !literal(s, cell, Column.LAUNCHED_DETAILS)) {
      return Map.of();
    }
    Column c = Column.LAUNCHED_DETAILS;
    requireDict(s, cell, c);
    // keys naming one weapon (spelt otherwise, an alias) add up, and their sum is held to the
    // limit of a cell whether the split is kept or not, so that whether a row is accepted never
    // depends on what the caller keeps; the weapons are resolved only when the split is kept or
    // the cell's total passes the limit (no sum of some of its keys can pass it otherwise)
    if (!modelSplit) {
      long total = 0;
      for (int k = 1; k < literal.size(); k = literal.next(literal.next(k))) {
        if (literal.isBlank(k)) {
          throw new CellException(c.header, "blank weapon model");
        }
        Count n = countValue(literal.next(k), c, k);
        total += n.upperOrElse(n.lower());
      }
      if (total <= ByteCells.MAX_COUNT) {
        return Map.of();
      }
    }
    Map<Weapon, Count> out = new LinkedHashMap<>();
    for (int k = 1; k < literal.size(); k = literal.next(literal.next(k))) {
      if (literal.isBlank(k)) {
        throw new CellException(c.header, "blank weapon model");
      }
      Count n = countValue(literal.next(k), c, k);
      String name = literal.text(k).strip();
      byte[] key = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Weapon w = resolve(key, 0, key.length);
      Count sum = out.merge(w, n, Count::plus);
      if (sum.upperOrElse(sum.lower()) > ByteCells.MAX_COUNT) {
        throw new CellException(c.header, "launched of '" + w.name() + "' in all: " + sum
            + ", above " + ByteCells.MAX_COUNT);
      }
    }
    return modelSplit ? out : Map.of();
  }

  private Map<String, String> textDict(RecordScanner s, Column c) throws CellException {
    int cell = h.at(c);
    if (cell < 0 || !literal(s, cell, c)) {
      return Map.of();
    }
    requireDict(s, cell, c);
    Map<String, String> out = placesByModel ? new LinkedHashMap<>() : null;
    for (int k = 1; k < literal.size(); k = literal.next(literal.next(k))) {
      int v = literal.next(k);
      int kind = literal.kind(v);
      if (kind == PyLiteral.MISSING) {
        continue;
      }
      if (kind != PyLiteral.STRING && kind != PyLiteral.NUMBER) {
        throw new CellException(c.header, "value of '" + literal.text(k) + "' is not text: "
            + valueText(v));
      }
      if (out != null) {
        out.put(literal.text(k).strip(), literal.text(v).strip());
      }
    }
    return out == null ? Map.of() : out;
  }

  private List<SubTypeCounts> subTypes(RecordScanner s) throws CellException {
    Column c = Column.DESTROYED_TYPES;
    int cell = h.at(c);
    if (cell < 0 || !literal(s, cell, c)) {
      return List.of();
    }
    requireDict(s, cell, c);
    List<SubTypeCounts> out = subTypes ? new ArrayList<>() : null;
    for (int k = 1; k < literal.size(); k = literal.next(literal.next(k))) {
      if (literal.isBlank(k)) {
        throw new CellException(c.header, "blank sub-type name");
      }
      int v = literal.next(k);
      if (literal.kind(v) != PyLiteral.DICT) {
        throw new CellException(c.header, "value of '" + literal.text(k).strip()
            + "' is not a dict of counts: " + valueText(v));
      }
      Count launched = Count.unknown();
      Count destroyed = Count.unknown();
      for (int ik = v + 1; ik < literal.next(v); ik = literal.next(literal.next(ik))) {
        Count n = countValue(literal.next(ik), c, ik);
        if (literal.textEquals(ik, "launched")) {
          launched = n;
        } else if (literal.textEquals(ik, "destroyed")) {
          destroyed = n;
        } else {
          keep(unknownSubTypeKeys, literal.text(ik));
        }
      }
      if (out != null) {
        out.add(SubTypeCounts.of(literal.text(k).strip(), launched, destroyed));
      }
    }
    return out == null ? List.of() : out;
  }

  private Set<Region> regions(RecordScanner s) throws CellException {
    Column c = Column.AFFECTED_REGION;
    int cell = h.at(c);
    if (cell < 0) {
      return Set.of();
    }
    if (s.isBlank(cell)) {
      return Set.of();
    }
    byte[] b = s.buffer();
    if (startsWith(b, s.start(cell), s.end(cell), '{')) {
      // a dict (a direction's counts, a cut or shifted cell) is no region's name
      throw new CellException(c.header, "a dict, not a list of region names: '"
          + cellText(s, cell) + "'");
    }
    if (!startsWith(b, s.start(cell), s.end(cell), '[')) {
      if (!regions) {
        return Set.of();
      }
      return Set.of(Region.of(text(s, c, true)));
    }
    literal(s, cell, c);
    if (literal.kind(0) != PyLiteral.LIST) {
      throw new CellException(c.header, "not a Python list: '" + cellText(s, cell) + "'");
    }
    Set<Region> out = regions ? new LinkedHashSet<>() : null;
    for (int k = 1; k < literal.size(); k = literal.next(k)) {
      int kind = literal.kind(k);
      if (kind == PyLiteral.MISSING) {
        continue;
      }
      if (kind != PyLiteral.STRING) {
        throw new CellException(c.header, "not a region name: " + valueText(k));
      }
      if (out != null && !literal.isBlank(k)) {
        // a name given again, in other case or with other spaces around it, is the region named
        // first
        Region r = region(k);
        if (!namedBefore(out, r)) {
          out.add(r);
        }
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * Whether a region of the same name, ignoring case, is among those a cell named before it: a
   * look through a handful, with no set to make for each row.
   */
  private static boolean namedBefore(Set<Region> named, Region region) {
    for (Region r : named) {
      if (r.name().equalsIgnoreCase(region.name())) {
        return true;
      }
    }
    return false;
  }

  private Region region(int node) {
    byte[] b = literal.bytes();
    int st = literal.start(node);
    int en = literal.end(node);
    Region r = regionNames.get(b, st, en);
    if (r == null) {
      r = Region.of(literal.text(node));
      regionNames.put(b, st, en, r);
    }
    return r;
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private static void keep(TreeSet<String> set, String value) {
    set.add(value);
    if (set.size() > KEPT_WARNING_VALUES) {
      set.pollLast();
    }
  }

  private static boolean startsWith(byte[] b, int s, int e, char c) {
    while (s < e && (b[s] & 0xFF) <= ' ') {
      s++;
    }
    return s < e && b[s] == c;
  }

  /** Whether the bytes, stripped, are the ASCII word, ignoring case. */
  private static boolean isWord(byte[] b, int s, int e, String word) {
    while (s < e && (b[s] & 0xFF) <= ' ') {
      s++;
    }
    while (e > s && (b[e - 1] & 0xFF) <= ' ') {
      e--;
    }
    if (e - s != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((b[s + k] | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}

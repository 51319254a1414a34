package org.conflictstats.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Reads one Air Force CSV file into reports, pulling one report at a time
 * ({@link #nextReport()}), and hands rejected rows and warnings to an {@link ImportHandler} as it
 * meets them. Rows that share {@code time_start}, {@code time_end} and {@code source} (compared after
 * reading: {@code "2024-05-16 "} and {@code "2024-05-16"} are the same time) make one report; at most
 * {@code window} reports are open at once, the oldest being emitted when one more starts, so memory
 * stays bounded by the window. Not thread-safe.
 */
final class AirForceCsvParser implements Closeable {

  private static final int CACHE_LIMIT = 4096;

  private final CsvTokenizer tok;
  private final String file;
  private final WeaponCatalog catalog;
  private final ZoneId zone;
  private final ImportMode mode;
  private final int window;
  private final ImportHandler side;

  private Header header;
  private RejectedRow headerRejection;
  private boolean finished;

  private long accepted;
  private long rejected;
  private long reports;
  private long blankLines;
  private long nonContiguous;
  private long firstNonContiguousLine;
  private final Set<String> unknownSubTypeKeys = new TreeSet<>();
  private final Set<String> otherStatusValues = new TreeSet<>();

  private final LinkedHashMap<String, OpenReport> open = new LinkedHashMap<>();
  private final Map<String, Integer> closed;
  private final ArrayDeque<ImportedReport> ready = new ArrayDeque<>();
  private final Map<String, Weapon> weapons = new HashMap<>();

  // the key of the previous accepted row, to skip re-reading it for rows of the same report
  private String prevStartText;
  private String prevEndText;
  private String prevSourceText;
  private ReportPeriod prevPeriod;
  private Source prevSource;
  private String prevId;
  private String lastRowId;

  AirForceCsvParser(Reader in, String file, WeaponCatalog catalog, ZoneId zone, ImportMode mode,
      int window, ImportHandler side) {
    this.tok = new CsvTokenizer(in);
    this.file = file;
    this.catalog = catalog;
    this.zone = zone;
    this.mode = mode;
    this.window = window;
    this.side = side;
    int remember = window >= Integer.MAX_VALUE / 16 ? 0 : window * 16;
    this.closed = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
        return size() > remember;
      }
    };
  }

  /**
   * Returns the next complete report, or {@code null} when the file is done.
   *
   * @throws IOException if reading fails
   * @throws ImportException in strict mode, at the first bad row
   */
  ImportedReport nextReport() throws IOException {
    while (ready.isEmpty() && !finished) {
      step();
    }
    return ready.poll();
  }

  /** The counts so far; final once {@link #nextReport()} has returned {@code null}. */
  ImportCounts counts() {
    return ImportCounts.of(file, accepted, rejected, reports);
  }

  @Override
  public void close() throws IOException {
    tok.close();
  }

  private void step() throws IOException {
    if (!tok.next()) {
      finish();
      return;
    }
    if (tok.isBlankLine()) {
      blankLines++;
      return;
    }
    if (header == null && headerRejection == null) {
      readHeader();
      return;
    }
    if (headerRejection != null) {
      String reason = "no usable header (" + headerRejection.location() + "): "
          + headerRejection.reason();
      reject(new RejectedRow(location(), headerRejection.field(), tok.rawText(), reason));
      return;
    }
    readRow();
  }

  private FileLocation location() {
    return FileLocation.of(file, tok.line());
  }

  private void readHeader() {
    if (tok.problem() != null) {
      headerRejection = RejectedRow.ofRow(location(), tok.rawText(),
          "header row: " + problemText(null));
      reject(headerRejection);
      return;
    }
    Header h = Header.of(tok);
    if (!h.isUsable()) {
      List<String> missing = new ArrayList<>();
      for (Column c : h.missingRequired) {
        missing.add("'" + c.header + "'");
      }
      String reason = (missing.size() == 1 ? "missing required column " : "missing required columns ")
          + String.join(", ", missing) + ": not an Air Force CSV header";
      headerRejection = RejectedRow.of(location(), h.missingRequired.get(0).header, tok.rawText(),
          reason);
      reject(headerRejection);
      return;
    }
    header = h;
    if (!h.unknown.isEmpty()) {
      List<String> quoted = new ArrayList<>();
      for (String u : h.unknown) {
        quoted.add("'" + u + "'");
      }
      side.warning(ImportWarning.of(file, tok.line(),
          "ignored unknown column" + (quoted.size() == 1 ? " " : "s ") + String.join(", ", quoted)));
    }
    for (String d : h.duplicates) {
      side.warning(ImportWarning.of(file, tok.line(),
          "column '" + d + "' appears more than once: the first is read, the others ignored"));
    }
    if (h.at(Column.DESTROYED) < 0) {
      side.warning(ImportWarning.of(file, tok.line(),
          "no 'destroyed' column, which every published layout has: destroyed is unknown on"
              + " every line"));
    }
  }

  private void readRow() {
    if (tok.problem() != null) {
      String field = tok.problemField() >= 0 ? header.nameOfCell(tok.problemField()) : null;
      reject(new RejectedRow(location(), Optional.ofNullable(field), tok.rawText(),
          problemText(header)));
      return;
    }
    if (tok.size() != header.width) {
      int found = tok.size();
      int lines = tok.physicalLines();
      String reason;
      if (lines > 1) {
        tok.cutToFirstLine();
        reason = "row has " + found + " cells over " + lines + " lines but the header has "
            + header.width + ": a quote opened on this line is not closed where it should be; the "
            + "lines after this one are read again";
        reject(RejectedRow.ofRow(location(), tok.rawText(), reason));
      } else if (found < header.width) {
        reason = "row has " + found + " cells but the header has " + header.width + ": no cell for "
            + "column '" + header.nameOfCell(found) + "'";
        reject(RejectedRow.of(location(), header.nameOfCell(found), tok.rawText(), reason));
      } else {
        reason = "row has " + found + " cells but the header has " + header.width;
        reject(RejectedRow.ofRow(location(), tok.rawText(), reason));
      }
      return;
    }
    try {
      acceptRow();
    } catch (CellException e) {
      reject(RejectedRow.of(location(), e.column, tok.rawText(), e.getMessage()));
    }
  }

  private String problemText(Header h) {
    String where = tok.problemField() >= 0
        ? " in " + (h == null ? "cell " + (tok.problemField() + 1)
            : "column '" + h.nameOfCell(tok.problemField()) + "'")
        : "";
    String then = tok.wasCut() ? "; the lines after this one are read again" : "";
    switch (tok.problem()) {
      case UNTERMINATED_QUOTE:
        return (tok.wasCut() ? "quoted field" + where + " is not closed"
            : "quoted field" + where + " is not closed before the end of the file") + then;
      case TEXT_AFTER_QUOTE:
        return "text after the closing quote" + where + then;
      default:
        return "row longer than " + CsvTokenizer.DEFAULT_MAX_RECORD_CHARS
            + " characters (an unclosed quote?)" + then;
    }
  }

  private void reject(RejectedRow row) {
    if (mode == ImportMode.STRICT) {
      throw new ImportException(row);
    }
    rejected++;
    side.rejected(row);
  }

  // ---- one row --------------------------------------------------------------------------------

  private void acceptRow() throws CellException {
    Header h = header;
    int cStart = h.at(Column.TIME_START);
    int cEnd = h.at(Column.TIME_END);
    int cSource = h.at(Column.SOURCE);
    ReportPeriod period;
    Source source;
    String id;
    if (prevId != null && Cells.cellEquals(tok, cStart, prevStartText)
        && Cells.cellEquals(tok, cEnd, prevEndText)
        && (cSource < 0 || Cells.cellEquals(tok, cSource, prevSourceText))) {
      period = prevPeriod;
      source = prevSource;
      id = prevId;
    } else {
      ReportTime start = Cells.time(tok, cStart, Column.TIME_START.header);
      ReportTime end = Cells.time(tok, cEnd, Column.TIME_END.header);
      String sourceText = cSource < 0 ? "" : tok.field(cSource);
      period = new ReportPeriod(start, end, zone);
      source = Source.parse(sourceText);
      id = AirForceCsv.reportId(source, period);
      prevStartText = tok.field(cStart);
      prevEndText = tok.field(cEnd);
      prevSourceText = sourceText;
      prevPeriod = period;
      prevSource = source;
      prevId = id;
    }
    WeaponLine line = line(h);
    FileLocation at = location();

    OpenReport r = open.get(id);
    if (r == null) {
      Integer seen = closed.get(id);
      String reportId = id;
      if (seen != null) {
        int n = seen + 1;
        closed.put(id, n);
        reportId = id + "#" + n;
        side.warning(ImportWarning.of(file, tok.line(), "a row of report " + id + " comes more than "
            + window + " reports after the report's other rows: it starts a separate report "
            + reportId + " (read the whole file at once to merge them)"));
      }
      r = new OpenReport(reportId, id, period, source, line.details().target());
      open.put(id, r);
      if (open.size() > window) {
        Iterator<OpenReport> it = open.values().iterator();
        OpenReport eldest = it.next();
        it.remove();
        emit(eldest);
      }
    } else if (!id.equals(lastRowId)) {
      nonContiguous++;
      if (firstNonContiguousLine == 0) {
        firstNonContiguousLine = tok.line();
      }
    }
    lastRowId = id;
    r.add(line, at);
    accepted++;
  }

  private WeaponLine line(Header h) throws CellException {
    String modelText = text(h, Column.MODEL);
    if (modelText.isEmpty()) {
      throw new CellException(Column.MODEL.header, "weapon model is blank");
    }
    Weapon weapon = weapon(modelText);

    boolean withheld = false;
    if (h.has(Column.STATUS_DATA)) {
      String status = text(h, Column.STATUS_DATA);
      if (status.equalsIgnoreCase("hidden")) {
        withheld = true;
      } else if (!status.isEmpty() && otherStatusValues.size() < 16) {
        otherStatusValues.add(status);
      }
    }
    Count launched = Cells.count(tok, h.at(Column.LAUNCHED), Column.LAUNCHED.header);
    if (withheld) {
      launched = Count.atLeast(launched.lower());
    }
    Count destroyed = outcome(h, Column.DESTROYED);
    Count suppressed = outcome(h, Column.NOT_REACH_GOAL);
    Count stillAirborne = outcome(h, Column.STILL_ATTACKING);

    // left airspace: border_crossing (a dict per country, or a number), and the 2024 layout's
    // cross_border_belarus and back_russia; an absent column adds an exact zero
    Count leftAirspace = Count.zero();
    Map<String, Count> byCountry = new LinkedHashMap<>();
    if (h.has(Column.BORDER_CROSSING)) {
      int cell = h.at(Column.BORDER_CROSSING);
      String t = tok.field(cell).strip();
      if (t.startsWith("{")) {
        for (Map.Entry<String, Count> e : countDict(t, Column.BORDER_CROSSING).entrySet()) {
          byCountry.merge(e.getKey(), e.getValue(), Count::plus);
          leftAirspace = leftAirspace.plus(e.getValue());
        }
      } else {
        leftAirspace = leftAirspace.plus(Cells.count(tok, cell, Column.BORDER_CROSSING.header));
      }
    }
    if (h.has(Column.CROSS_BORDER_BELARUS)) {
      Count c = outcome(h, Column.CROSS_BORDER_BELARUS);
      byCountry.merge("belarus", c, Count::plus);
      leftAirspace = leftAirspace.plus(c);
    }
    if (h.has(Column.BACK_RUSSIA)) {
      Count c = outcome(h, Column.BACK_RUSSIA);
      byCountry.merge("russia", c, Count::plus);
      leftAirspace = leftAirspace.plus(c);
    }

    LineDetails.Builder d = LineDetails.builder()
        .launchPlace(text(h, Column.LAUNCH_PLACE))
        .target(text(h, Column.TARGET))
        .mainTarget(text(h, Column.TARGET_MAIN))
        .carrier(text(h, Column.CARRIER))
        .launchedWithheld(withheld)
        .leftAirspaceByCountry(byCountry);
    if (h.has(Column.AFFECTED_REGION)) {
      d.affectedRegions(regions(text(h, Column.AFFECTED_REGION)));
    }
    if (h.has(Column.LAUNCHED_DETAILS)) {
      d.launchedByModel(launchedByModel(text(h, Column.LAUNCHED_DETAILS)));
    }
    if (h.has(Column.LAUNCH_PLACE_DETAILS)) {
      d.launchPlaceByModel(textDict(text(h, Column.LAUNCH_PLACE_DETAILS),
          Column.LAUNCH_PLACE_DETAILS));
    }
    if (h.has(Column.DESTROYED_DETAILS)) {
      String t = text(h, Column.DESTROYED_DETAILS);
      if (!t.isEmpty()) {
        d.destroyedByDirection(countDict(t, Column.DESTROYED_DETAILS));
      }
    }
    if (h.has(Column.DESTROYED_TYPES)) {
      d.subTypes(subTypes(text(h, Column.DESTROYED_TYPES)));
    }
    d.genuineShaheds(detail(h, Column.IS_SHAHED))
        .jetPowered(detail(h, Column.TURBOJET))
        .jetPoweredDestroyed(detail(h, Column.TURBOJET_DESTROYED))
        .hitLocations(detail(h, Column.NUM_HIT_LOCATION))
        .fragmentLocations(detail(h, Column.NUM_FALL_FRAGMENT_LOCATION));
    return new WeaponLine(weapon, launched, destroyed, suppressed, stillAirborne, leftAirspace,
        Count.zero(), d.build());
  }

  /** An outcome column: absent means "not reported as that outcome", an exact zero. */
  private Count outcome(Header h, Column c) throws CellException {
    int cell = h.at(c);
    if (cell < 0) {
      // every published layout has destroyed: a header without it (a misspelling, a cut file)
      // says nothing of destroyed weapons, so the count is unknown, not zero
      return c == Column.DESTROYED ? Count.unknown() : Count.zero();
    }
    return Cells.count(tok, cell, c.header);
  }

  /** A detail count: absent or blank means unknown. */
  private Count detail(Header h, Column c) throws CellException {
    int cell = h.at(c);
    return cell < 0 ? Count.unknown() : Cells.count(tok, cell, c.header);
  }

  private String text(Header h, Column c) {
    int cell = h.at(c);
    return cell < 0 ? "" : tok.field(cell).strip();
  }

  private Weapon weapon(String name) {
    Weapon w = weapons.get(name);
    if (w == null) {
      w = catalog.resolve(name);
      if (weapons.size() < CACHE_LIMIT) {
        weapons.put(name, w);
      }
    }
    return w;
  }

  private Map<String, Object> dict(String text, Column c) throws CellException {
    try {
      return PythonLiteral.parseDict(text);
    } catch (PythonLiteral.SyntaxException e) {
      throw new CellException(c.header, "not a Python dict (" + e.getMessage() + "): '"
          + abbreviate(text) + "'");
    }
  }

  private Map<String, Count> countDict(String text, Column c) throws CellException {
    Map<String, Count> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : dict(text, c).entrySet()) {
      out.put(e.getKey(), countValue(e.getValue(), c, e.getKey()));
    }
    return out;
  }

  private static Count countValue(Object v, Column c, String key) throws CellException {
    if (v == PythonLiteral.MISSING) {
      return Count.unknown();
    }
    if (v instanceof PythonLiteral.Num) {
      try {
        return Cells.count(((PythonLiteral.Num) v).text(), c.header);
      } catch (CellException e) {
        throw new CellException(c.header, "value of '" + key + "': " + e.getMessage()
            .substring(e.getMessage().indexOf(": ") + 2));
      }
    }
    throw new CellException(c.header, "value of '" + key + "' is not a count: " + v);
  }

  private Map<Weapon, Count> launchedByModel(String text) throws CellException {
    if (text.isEmpty()) {
      return Map.of();
    }
    Map<Weapon, Count> out = new LinkedHashMap<>();
    for (Map.Entry<String, Count> e : countDict(text, Column.LAUNCHED_DETAILS).entrySet()) {
      if (e.getKey().isBlank()) {
        throw new CellException(Column.LAUNCHED_DETAILS.header, "blank weapon model");
      }
      out.merge(weapon(e.getKey().strip()), e.getValue(), Count::plus);
    }
    return out;
  }

  private Map<String, String> textDict(String text, Column c) throws CellException {
    if (text.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : dict(text, c).entrySet()) {
      Object v = e.getValue();
      if (v == PythonLiteral.MISSING) {
        continue;
      }
      if (!(v instanceof String) && !(v instanceof PythonLiteral.Num)) {
        throw new CellException(c.header, "value of '" + e.getKey() + "' is not text: " + v);
      }
      out.put(e.getKey().strip(), v.toString().strip());
    }
    return out;
  }

  private List<SubTypeCounts> subTypes(String text) throws CellException {
    if (text.isEmpty()) {
      return List.of();
    }
    Column c = Column.DESTROYED_TYPES;
    List<SubTypeCounts> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : dict(text, c).entrySet()) {
      String name = e.getKey().strip();
      if (name.isEmpty()) {
        throw new CellException(c.header, "blank sub-type name");
      }
      Object v = e.getValue();
      if (!(v instanceof Map)) {
        throw new CellException(c.header, "value of '" + name + "' is not a dict of counts: " + v);
      }
      Count launched = Count.unknown();
      Count destroyed = Count.unknown();
      for (Map.Entry<?, ?> inner : ((Map<?, ?>) v).entrySet()) {
        String key = inner.getKey().toString();
        Count n = countValue(inner.getValue(), c, name + "." + key);
        if (key.equals("launched")) {
          launched = n;
        } else if (key.equals("destroyed")) {
          destroyed = n;
        } else if (unknownSubTypeKeys.size() < 16) {
          unknownSubTypeKeys.add(key);
        }
      }
      out.add(SubTypeCounts.of(name, launched, destroyed));
    }
    return out;
  }

  private Set<Region> regions(String text) throws CellException {
    if (text.isEmpty()) {
      return Set.of();
    }
    Set<Region> out = new LinkedHashSet<>();
    if (!text.startsWith("[")) {
      out.add(Region.of(text));
      return out;
    }
    Object v;
    try {
      v = PythonLiteral.parse(text);
    } catch (PythonLiteral.SyntaxException e) {
      throw new CellException(Column.AFFECTED_REGION.header, "not a Python list ("
          + e.getMessage() + "): '" + abbreviate(text) + "'");
    }
    if (!(v instanceof List)) {
      throw new CellException(Column.AFFECTED_REGION.header, "not a Python list: '"
          + abbreviate(text) + "'");
    }
    for (Object o : (List<?>) v) {
      if (o == PythonLiteral.MISSING) {
        continue;
      }
      if (!(o instanceof String)) {
        throw new CellException(Column.AFFECTED_REGION.header, "not a region name: " + o);
      }
      if (!((String) o).isBlank()) {
        out.add(Region.of((String) o));
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }

  // ---- reports --------------------------------------------------------------------------------

  private void emit(OpenReport r) {
    reports++;
    if (window < Integer.MAX_VALUE) {
      closed.merge(r.key, 1, Math::max);
    }
    ready.add(r.build());
  }

  private void finish() {
    finished = true;
    for (OpenReport r : open.values()) {
      emit(r);
    }
    open.clear();
    if (header == null && headerRejection == null) {
      // nothing but (perhaps) blank lines: an empty file
      RejectedRow row = RejectedRow.ofRow(FileLocation.of(file, 1), "",
          "empty file: no header row");
      reject(row);
    } else if (header != null && accepted + rejected == 0) {
      side.warning(ImportWarning.ofFile(file, "no data rows after the header"));
    }
    if (nonContiguous > 0) {
      side.warning(ImportWarning.of(file, firstNonContiguousLine, nonContiguous + " row"
          + (nonContiguous == 1 ? " was" : "s were") + " not next to the other rows of their report"
          + " (same time_start, time_end and source): merged into that report (first at this line)"));
    }
    if (blankLines > 0) {
      side.warning(ImportWarning.ofFile(file, "skipped " + blankLines + " blank line"
          + (blankLines == 1 ? "" : "s")));
    }
    if (!unknownSubTypeKeys.isEmpty()) {
      side.warning(ImportWarning.ofFile(file, "ignored unknown keys in 'destroyed_types': "
          + String.join(", ", unknownSubTypeKeys)));
    }
    if (!otherStatusValues.isEmpty()) {
      side.warning(ImportWarning.ofFile(file, "status_data values other than 'hidden' read as "
          + "'launched given in full': " + String.join(", ", otherStatusValues).toLowerCase(
              Locale.ROOT)));
    }
  }

  /** A report whose rows are still being read. */
  private static final class OpenReport {
    final String id;
    final String key;
    final ReportPeriod period;
    final Source source;
    final String targetArea;
    final Set<Region> regions = new LinkedHashSet<>();
    final List<WeaponLine> lines = new ArrayList<>(4);
    final List<FileLocation> rows = new ArrayList<>(4);

    OpenReport(String id, String key, ReportPeriod period, Source source, String targetArea) {
      this.id = id;
      this.key = key;
      this.period = period;
      this.source = source;
      this.targetArea = targetArea;
    }

    void add(WeaponLine line, FileLocation at) {
      lines.add(line);
      rows.add(at);
      regions.addAll(line.details().affectedRegions());
    }

    ImportedReport build() {
      StrikeReport report = new StrikeReport(id, period, source, targetArea,
          ImmutableSet.copyOf(regions), ImmutableList.copyOf(lines), Casualties.unknown(), "");
      return new ImportedReport(report, ImmutableList.copyOf(rows));
    }
  }
}

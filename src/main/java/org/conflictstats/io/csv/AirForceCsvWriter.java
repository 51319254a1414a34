package org.conflictstats.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.conflictstats.model.Count;
import org.conflictstats.model.InputLimits;
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
 * Writes reports as Air Force CSV rows, one row per weapon line, in the columns of
 * {@link AirForceCsv#WRITTEN_COLUMNS} (the late-2026 layout plus {@code turbojet} and
 * {@code turbojet_destroyed}), so that {@link AirForceCsvReader} reads the file back into equal
 * reports. Obtain one with {@link AirForceCsv#writer()}.
 *
 * <pre>{@code
 * ImportResult in = AirForceCsv.reader().read(Path.of("missile_attacks_daily.csv"));
 * AirForceCsv.writer().write(in.reports(), Path.of("copy.csv"));
 * AirForceCsv.reader().read(Path.of("copy.csv")).reports().equals(in.reports()); // true
 * }</pre>
 *
 * <p>How values are written: exact counts as integers ({@code 93}), unknown counts as blank cells
 * (blank dict values as {@code NaN}), times as {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd}, weapons
 * by their canonical name, dicts and lists as Python literals ({@code {'south': 11, 'east': NaN}}),
 * the source as its address (or name), lines separated by LF, cells quoted when they need it.
 *
 * <p>Times are written in the writer's zone ({@link #withZone}, Europe/Kyiv by default, the
 * dataset's): a report whose period is in another zone has it moved there with
 * {@link ReportPeriod#inZone}, which keeps the instants, so the file read in the writer's zone gives
 * the same instants ({@code 2025-04-16 17:00} UTC is written {@code 2025-04-16 20:00} in Kyiv, summer
 * time). The reading gives the period in the writer's zone, which counts as unchanged here.
 *
 * <p>What the CSV cannot hold is not written, and {@link #losses(StrikeReport)} lists it: casualties,
 * notes, counts that are neither exact nor unknown ({@code "at least 30"}; only a withheld launched
 * count may be a lower bound), a hit count, a target area other than the first line's target, and
 * regions other than the lines' affected regions, and the bounds of a period of another zone whose
 * instants the move cannot keep: a date without a time, which stays that date and so names the day
 * in the writer's zone (the caveat of {@link ReportPeriod#inZone}: a date-only start with a timed end
 * may then end before it starts), and a time that falls in an hour the writer's zone repeats at a
 * clock change, which reads back at the earlier offset. The report id is not written: reading
 * derives it with {@link AirForceCsv#reportId}. A report with no lines gives no row. A count above
 * {@link InputLimits#MAX_COUNT}, which no reader reads, is written blank. Text cells that a
 * spreadsheet would read as a formula are written as text, with a leading {@code '}
 * ({@link #withFormulas}), and listed as losses. A report read from an Air Force CSV has no other
 * losses, so a read, write, read cycle gives equal reports (with
 * {@code withFormulas(CsvCells.Formulas.AS_WRITTEN)}, always).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AirForceCsvWriter {

  private static final AirForceCsvWriter DEFAULT = new AirForceCsvWriter(WeaponCatalog.builtIn(),
      ReportPeriod.KYIV, CsvCells.Formulas.AS_TEXT);

  private final WeaponCatalog catalog;
  private final ZoneId zone;
  private final CsvCells.Formulas formulas;

  private AirForceCsvWriter(WeaponCatalog catalog, ZoneId zone, CsvCells.Formulas formulas) {
    this.catalog = catalog;
    this.zone = zone;
    this.formulas = formulas;
  }

  static AirForceCsvWriter defaults() {
    return DEFAULT;
  }

  /**
   * Returns a copy that checks, in {@link #losses}, that weapon names read back through another
   * catalogue; use the catalogue the file will be read with.
   *
   * @param newCatalog the catalogue
   * @return the copy
   */
  public AirForceCsvWriter withCatalog(WeaponCatalog newCatalog) {
    return new AirForceCsvWriter(Objects.requireNonNull(newCatalog, "catalog"), zone, formulas);
  }

  /**
   * Returns a copy for files whose local times are in another zone (the zone the file will be read
   * in). A report whose period is in any other zone is written with its period moved to this one
   * ({@link ReportPeriod#inZone}: the same instants); {@link #losses} lists the bounds whose instants
   * the move cannot keep (a date without a time, a time in an hour the clock repeats).
   *
   * @param newZone the zone
   * @return the copy
   */
  public AirForceCsvWriter withZone(ZoneId newZone) {
    return new AirForceCsvWriter(catalog, Objects.requireNonNull(newZone, "zone"), formulas);
  }

  /**
   * Returns a copy that writes text cells a spreadsheet would read as a formula (starting with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) as chosen: by default
   * {@link CsvCells.Formulas#AS_TEXT}, with a leading {@code '}, so that opening the file in a
   * spreadsheet runs nothing; {@link CsvCells.Formulas#AS_WRITTEN} for a file that must read back
   * exactly (the reader keeps the {@code '}, and {@link #losses} lists such cells).
   *
   * @param newFormulas what to do with formula-like cells
   * @return the copy
   */
  public AirForceCsvWriter withFormulas(CsvCells.Formulas newFormulas) {
    return new AirForceCsvWriter(catalog, zone, Objects.requireNonNull(newFormulas, "formulas"));
  }

  /**
   * Returns what is done with text cells a spreadsheet would read as a formula.
   *
   * @return {@link CsvCells.Formulas#AS_TEXT} unless changed
   */
  public CsvCells.Formulas formulas() {
    return formulas;
  }

  /**
   * Writes the header and one row per weapon line of each report to a file (UTF-8, no byte order
   * mark), replacing it.
   *
   * @param reports the reports
   * @param file the file
   * @return the number of rows written, the header not counted
   * @throws IOException if writing fails
   */
  public long write(Iterable<? extends StrikeReport> reports, Path file) throws IOException {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(reports, out);
    }
  }

  /**
   * Writes the header and one row per weapon line of each report. The writer is flushed, not closed.
   *
   * @param reports the reports
   * @param out where to write
   * @return the number of rows written, the header not counted
   * @throws IOException if writing fails
   */
  public long write(Iterable<? extends StrikeReport> reports, Writer out) throws IOException {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(out, "out");
    Writer w = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    w.append(header());
    StringBuilder rows = new StringBuilder(512);
    long n = 0;
    for (StrikeReport r : reports) {
      rows.setLength(0);
      n += appendRows(Objects.requireNonNull(r, "report"), rows);
      w.append(rows);
    }
    w.flush();
    return n;
  }

  /**
   * Returns the header line ({@link AirForceCsv#WRITTEN_COLUMNS}), with its line break, for writing
   * rows piece by piece with {@link #appendRows}.
   *
   * @return the header line
   */
  public String header() {
    StringBuilder row = new StringBuilder(512);
    for (int i = 0; i < AirForceCsv.WRITTEN_COLUMNS.size(); i++) {
      if (i > 0) {
        row.append(',');
      }
      cell(row, AirForceCsv.WRITTEN_COLUMNS.get(i));
    }
    return row.append('\n').toString();
  }

  /**
   * Appends one row per weapon line of a report, each with its line break.
   *
   * @param report the report
   * @param out where to append
   * @return the number of rows appended
   */
  public int appendRows(StrikeReport report, StringBuilder out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    ReportPeriod period = report.period().inZone(zone); // the same instants, this zone's clock
    String start = time(period.start());
    String end = time(period.end());
    String source = sourceText(report.source());
    for (WeaponLine line : report.lines()) {
      writeRow(out, start, end, source, line);
    }
    return report.lines().size();
  }

  /**
   * Lists what the CSV cannot hold of a report, so that reading the written row back would give a
   * different report; empty when the report survives a write and a read unchanged (apart from its
   * id, which reading derives with {@link AirForceCsv#reportId}).
   *
   * @param report the report
   * @return one message per loss, empty when none
   */
  public List<String> losses(StrikeReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder rows = new StringBuilder();
    appendRows(report, rows);
    return losses(report, rows);
  }

  /**
   * Lists what the CSV cannot hold of a report, as {@link #losses(StrikeReport)} does, given the
   * rows {@link #appendRows} wrote for it, so that they are not written again to be looked at.
   *
   * <pre>{@code
   * int n = writer.appendRows(report, rows);
   * List<String> lost = writer.losses(report, rows);
   * }</pre>
   *
   * @param report the report
   * @param rows what {@code appendRows(report, ...)} appended, alone
   * @return one message per loss, empty when none
   */
  public List<String> losses(StrikeReport report, CharSequence rows) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rows, "rows");
    List<String> out = new ArrayList<>();
    if (report.lines().isEmpty()) {
      out.add("report has no weapon lines: no row is written");
      return out;
    }
    if (!report.casualties().isUnknown()) {
      out.add("casualties are not written");
    }
    if (!report.notes().isEmpty()) {
      out.add("notes are not written");
    }
    periodLosses(report.period(), out);
    formulaLoss(sourceText(report.source()), "source", out);
    Source back = Source.parse(sourceText(report.source()));
    if (!back.equals(report.source())) {
      out.add("source " + report.source() + " reads back as " + back + " (" + back.kind() + ")");
    }
    String firstTarget = report.lines().get(0).details().target();
    if (!report.targetArea().equals(firstTarget)) {
      out.add("target area '" + report.targetArea() + "' is not the first line's target '"
          + firstTarget + "'");
    }
    Set<Region> lineRegions = new LinkedHashSet<>();
    for (WeaponLine l : report.lines()) {
      lineRegions.addAll(l.details().affectedRegions());
    }
    if (!lineRegions.equals(report.regions())) {
      out.add("report regions " + report.regions() + " are not the lines' affected regions "
          + lineRegions);
    }
    for (int i = 0; i < report.lines().size(); i++) {
      lineLosses(report.lines().get(i), "lines[" + i + "].", out);
    }
    if (holdsLoneSurrogate(rows)) {
      // only a program makes one (the readers refuse it in a CSV's bytes): UTF-8 has no bytes
      // for it, and the file would hold '?' where the report holds it (review rv44b)
      out.add("a text holds a lone UTF-16 surrogate, no character: written as '?'");
    }
    return out;
  }

  /** Whether the text holds a surrogate that is not half of a pair. */
  private static boolean holdsLoneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The bounds of a period of another zone whose instants the move to this zone does not keep (the
   * rules of {@link ReportPeriod#inZone}): a date only stays that date, so it names another day; a
   * time moved into an hour this zone repeats reads back at the earlier offset.
   */
  private void periodLosses(ReportPeriod p, List<String> out) {
    if (p.zone().equals(zone)) {
      return;
    }
    ReportPeriod moved = p.inZone(zone);
    boundLoss("start", p.start(), moved.start(), p.zone(), out);
    boundLoss("end", p.end(), moved.end(), p.zone(), out);
  }

  private void boundLoss(String which, ReportTime given, ReportTime written, ZoneId from,
      List<String> out) {
    if (given.isDateOnly()) {
      out.add("period " + which + " " + given + " in " + from + " is a date only: written as that"
          + " date in " + zone);
    } else if (!written.dateTime().atZone(zone).toInstant()
        .equals(given.dateTime().atZone(from).toInstant())) {
      out.add("period " + which + " " + time(given) + " in " + from + " is " + time(written)
          + " in " + zone + ", a time the clock there repeats: it reads back at the earlier one");
    }
  }

  private void lineLosses(WeaponLine l, String at, List<String> out) {
    formulaLoss(l.weapon().name(), at + "weapon", out);
    formulaLoss(l.details().launchPlace(), at + "details.launchPlace", out);
    formulaLoss(l.details().target(), at + "details.target", out);
    formulaLoss(l.details().mainTarget(), at + "details.mainTarget", out);
    formulaLoss(l.details().carrier(), at + "details.carrier", out);
    Weapon back = catalog.resolve(l.weapon().name());
    if (!back.equals(l.weapon())) {
      out.add(at + "weapon " + l.weapon().name() + " reads back as " + back);
    }
    LineDetails d = l.details();
    if (d.launchedWithheld()) {
      if (l.launched().isBounded()) {
        out.add(at + "launched " + l.launched() + " of a withheld line reads back as at least "
            + l.launched().lower());
      }
    } else {
      plain(l.launched(), at + "launched", out);
    }
    plain(l.destroyed(), at + "destroyed", out);
    plain(l.suppressed(), at + "suppressed", out);
    plain(l.stillAirborne(), at + "stillAirborne", out);
    if (!l.hit().equals(Count.zero())) {
      out.add(at + "hit " + l.hit() + " has no column");
    }
    if (d.leftAirspaceByCountry().isEmpty()) {
      plain(l.leftAirspace(), at + "leftAirspace", out);
    } else {
      Count sum = Count.zero();
      for (Map.Entry<String, Count> e : d.leftAirspaceByCountry().entrySet()) {
        plain(e.getValue(), at + "leftAirspaceByCountry." + e.getKey(), out);
        sum = sum.plus(e.getValue());
      }
      if (!sum.equals(l.leftAirspace())) {
        out.add(at + "leftAirspace " + l.leftAirspace() + " is not the sum of the countries' "
            + sum);
      }
    }
    plain(d.genuineShaheds(), at + "genuineShaheds", out);
    plain(d.jetPowered(), at + "jetPowered", out);
    plain(d.jetPoweredDestroyed(), at + "jetPoweredDestroyed", out);
    plain(d.hitLocations(), at + "hitLocations", out);
    plain(d.fragmentLocations(), at + "fragmentLocations", out);
    Set<String> names = new HashSet<>();
    for (Map.Entry<Weapon, Count> e : d.launchedByModel().entrySet()) {
      Weapon w = e.getKey();
      if (!catalog.resolve(w.name()).equals(w) || !names.add(w.name())) {
        out.add(at + "launchedByModel key " + w.name() + " does not read back as itself");
      }
      plain(e.getValue(), at + "launchedByModel." + w.name(), out);
    }
    for (Map.Entry<String, Count> e : d.destroyedByDirection().entrySet()) {
      plain(e.getValue(), at + "destroyedByDirection." + e.getKey(), out);
    }
    for (Map.Entry<String, String> e : d.launchPlaceByModel().entrySet()) {
      if (!e.getKey().equals(e.getKey().strip()) || !e.getValue().equals(e.getValue().strip())) {
        out.add(at + "launchPlaceByModel entry '" + e.getKey() + "' has surrounding spaces");
      }
    }
    Set<String> subTypeNames = new HashSet<>();
    for (SubTypeCounts s : d.subTypes()) {
      if (!subTypeNames.add(s.name())) {
        out.add(at + "sub-type " + s.name() + " is given twice");
      }
      plain(s.launched(), at + "subTypes." + s.name() + ".launched", out);
      plain(s.destroyed(), at + "subTypes." + s.name() + ".destroyed", out);
    }
  }

  private void formulaLoss(String text, String what, List<String> out) {
    if (formulas == CsvCells.Formulas.AS_TEXT && CsvCells.looksLikeFormula(text)) {
      out.add(what + " '" + text + "' could be read as a spreadsheet formula: written with a"
          + " leading ' (withFormulas(AS_WRITTEN) writes it as it is)");
    }
  }

  private static void plain(Count c, String what, List<String> out) {
    if (!c.isExact() && !c.isUnknown()) {
      out.add(what + " '" + c + "' is neither exact nor unknown: written as unknown");
    } else if (c.isExact() && c.lower() > InputLimits.MAX_COUNT) {
      out.add(what + " " + c + " is above " + InputLimits.MAX_COUNT
          + ", the largest count the reader reads: written as unknown");
    }
  }

  // ---- cells ----------------------------------------------------------------------------------

  private void writeRow(StringBuilder row, String start, String end, String source,
      WeaponLine l) {
    LineDetails d = l.details();
    row.append(start).append(',').append(end).append(',');
    cell(row, l.weapon().name());
    row.append(',');
    cell(row, d.launchPlace());
    row.append(',');
    cell(row, d.target());
    row.append(',');
    cell(row, d.mainTarget());
    row.append(',');
    if (d.launchedWithheld()) {
      row.append("hidden");
    }
    row.append(',');
    if (d.launchedWithheld()) {
      row.append(l.launched().lower());
    } else {
      count(row, l.launched());
    }
    row.append(',');
    count(row, l.destroyed());
    row.append(',');
    count(row, l.suppressed());
    row.append(',');
    count(row, l.stillAirborne());
    row.append(',');
    count(row, d.hitLocations());
    row.append(',');
    count(row, d.fragmentLocations());
    row.append(',');
    count(row, d.genuineShaheds());
    row.append(',');
    if (!d.leftAirspaceByCountry().isEmpty()) {
      StringBuilder py = new StringBuilder("{");
      for (Map.Entry<String, Count> e : d.leftAirspaceByCountry().entrySet()) {
        entry(py, e.getKey());
        pyCount(py, e.getValue());
      }
      cell(row, py.append('}').toString());
    } else if (l.leftAirspace().equals(Count.zero())) {
      row.append("{}");
    } else {
      count(row, l.leftAirspace());
    }
    row.append(',');
    cell(row, d.carrier());
    row.append(',');
    count(row, d.jetPowered());
    row.append(',');
    count(row, d.jetPoweredDestroyed());
    row.append(',');
    if (!d.affectedRegions().isEmpty()) {
      StringBuilder py = new StringBuilder("[");
      for (Region r : d.affectedRegions()) {
        if (py.length() > 1) {
          py.append(", ");
        }
        pyString(py, r.name());
      }
      cell(row, py.append(']').toString());
    }
    row.append(',');
    if (!d.subTypes().isEmpty()) {
      StringBuilder py = new StringBuilder("{");
      for (SubTypeCounts s : d.subTypes()) {
        entry(py, s.name());
        py.append('{');
        boolean first = true;
        if (!s.launched().isUnknown()) {
          py.append("'launched': ");
          pyCount(py, s.launched());
          first = false;
        }
        if (!s.destroyed().isUnknown()) {
          py.append(first ? "" : ", ").append("'destroyed': ");
          pyCount(py, s.destroyed());
        }
        py.append('}');
      }
      cell(row, py.append('}').toString());
    }
    row.append(',');
    if (!d.destroyedByDirection().isEmpty()) {
      StringBuilder py = new StringBuilder("{");
      for (Map.Entry<String, Count> e : d.destroyedByDirection().entrySet()) {
        entry(py, e.getKey());
        pyCount(py, e.getValue());
      }
      cell(row, py.append('}').toString());
    }
    row.append(',');
    if (!d.launchedByModel().isEmpty()) {
      StringBuilder py = new StringBuilder("{");
      for (Map.Entry<Weapon, Count> e : d.launchedByModel().entrySet()) {
        entry(py, e.getKey().name());
        pyCount(py, e.getValue());
      }
      cell(row, py.append('}').toString());
    }
    row.append(',');
    if (!d.launchPlaceByModel().isEmpty()) {
      StringBuilder py = new StringBuilder("{");
      for (Map.Entry<String, String> e : d.launchPlaceByModel().entrySet()) {
        entry(py, e.getKey());
        pyString(py, e.getValue());
      }
      cell(row, py.append('}').toString());
    }
    row.append(',');
    cell(row, source);
    row.append('\n');
  }

  private static String time(ReportTime t) {
    String s = t.toString();
    return t.isDateOnly() ? s : s.replace('T', ' ');
  }

  private static String sourceText(Source s) {
    return s.isUnknown() ? "" : s.address().orElse(s.name());
  }

  /** An exact count within the readers' limit; anything else is a blank cell (an unknown). */
  private static void count(StringBuilder row, Count c) {
    if (c.isExact() && c.lower() <= InputLimits.MAX_COUNT) {
      row.append(c.lower());
    }
  }

  private static void pyCount(StringBuilder py, Count c) {
    if (c.isExact() && c.lower() <= InputLimits.MAX_COUNT) {
      py.append(c.lower());
    } else {
      py.append("NaN");
    }
  }

  private static void entry(StringBuilder py, String key) {
    if (py.length() > 1) {
      py.append(", ");
    }
    pyString(py, key);
    py.append(": ");
  }

  private static void pyString(StringBuilder py, String s) {
    py.append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\':
          py.append("\\\\");
          break;
        case '\'':
          py.append("\\'");
          break;
        case '\n':
          py.append("\\n");
          break;
        case '\r':
          py.append("\\r");
          break;
        case '\t':
          py.append("\\t");
          break;
        default:
          py.append(c);
      }
    }
    py.append('\'');
  }

  /** Appends a text cell, quoted when needed, a formula-like one as chosen ({@link CsvCells}). */
  private void cell(StringBuilder row, String s) {
    CsvCells.append(row, s, formulas);
  }

  @Override
  public String toString() {
    return "AirForceCsvWriter[" + zone + "]";
  }
}

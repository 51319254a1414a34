package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportResult;
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
 * Laws of the Air Force CSV reader and writer: no row is lost in files mixing good and broken rows,
 * and written reports read back equal.
 */
final class AirForceCsvProperties {

  static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  static final List<String> COLUMNS = AirForceCsv.LAYOUT_2026;

  // ---- generated files of good and broken rows ------------------------------------------------

  /** A row of a generated file: good (with its post and values), broken, or a blank line. */
  sealed interface Row permits Good, Broken, Blank {}

  /** A good row of post {@code post}; {@code launched} -1 is a blank cell. */
  record Good(int post, String model, long launched, long destroyed, int quirks) implements Row {}

  /** A broken row: a good row of {@code post} spoilt in way {@code kind}. */
  record Broken(int post, int kind) implements Row {}

  /** A blank line, skipped. */
  record Blank() implements Row {}

  static final String[] MODELS = {"Shahed-136/131", "Молнія", "X-101/X-555 and Kalibr", "C-300",
      "Unknown UAV", "Iskander-M"};
  static final int BROKEN_KINDS = 9;

  @Provide
  Arbitrary<List<Row>> files() {
    Arbitrary<Row> good = Combinators.combine(Arbitraries.integers().between(0, 5),
            Arbitraries.of(MODELS), Arbitraries.longs().between(-1, 500),
            Arbitraries.longs().between(0, 500), Arbitraries.integers().between(0, 15))
        .as(Good::new);
    Arbitrary<Row> broken = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, BROKEN_KINDS - 1)).as(Broken::new);
    Arbitrary<Row> blank = Arbitraries.just(new Blank());
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, good), net.jqwik.api.Tuple.of(3, broken),
            net.jqwik.api.Tuple.of(1, blank))
        .list().ofMaxSize(40);
  }

  static String timeStart(int post, int quirks) {
    String t = "2025-04-" + String.format("%02d", 10 + post) + " 20:00";
    return (quirks & 1) != 0 ? t + " " : t;
  }

  static String timeEnd(int post) {
    return "2025-04-" + String.format("%02d", 11 + post) + " 8:00";
  }

  static String source(int post) {
    return post % 2 == 0 ? "kpszsu/posts/synthetic-" + post : "https://t.me/PvKPivden/" + post;
  }

  static String render(Good g) {
    String[] c = new String[COLUMNS.size()];
    java.util.Arrays.fill(c, "");
    c[COLUMNS.indexOf("time_start")] = timeStart(g.post(), g.quirks());
    c[COLUMNS.indexOf("time_end")] = timeEnd(g.post());
    c[COLUMNS.indexOf("model")] = g.model();
    c[COLUMNS.indexOf("launch_place")] = (g.quirks() & 2) != 0 ? "\"Kursk oblast, Oryol oblast\"" : "";
    c[COLUMNS.indexOf("target")] = "Ukraine";
    c[COLUMNS.indexOf("launched")] = g.launched() < 0 ? "" : g.launched() + ((g.quirks() & 4) != 0 ? ".0" : "");
    c[COLUMNS.indexOf("destroyed")] = (g.quirks() & 8) != 0 ? "NaN" : Long.toString(g.destroyed());
    c[COLUMNS.indexOf("border_crossing")] = (g.quirks() & 2) != 0
        ? "\"{'belarus': 1.0, 'russia': 3.0}\"" : "{}";
    c[COLUMNS.indexOf("source")] = source(g.post());
    return String.join(",", c);
  }

  static String render(Broken b) {
    String ok = render(new Good(b.post(), "Kalibr", 3, 1, 0));
    String[] c = ok.split(",", -1);
    switch (b.kind()) {
      case 0:
        c[COLUMNS.indexOf("launched")] = "-3";
        return String.join(",", c);
      case 1:
        c[COLUMNS.indexOf("launched")] = "abc";
        return String.join(",", c);
      case 2:
        c[COLUMNS.indexOf("destroyed")] = "1e400";
        return String.join(",", c);
      case 3:
        c[COLUMNS.indexOf("time_end")] = "2025-13-45";
        return String.join(",", c);
      case 4:
        return ok + ",surplus";
      case 5:
        return ok.substring(0, ok.lastIndexOf(','));
      case 6:
        c[COLUMNS.indexOf("launch_place")] = "\"unclosed";
        return String.join(",", c);
      case 7:
        c[COLUMNS.indexOf("destroyed_details")] = "\"{'south': 1\"";
        return String.join(",", c);
      default:
        c[COLUMNS.indexOf("model")] = "";
        return String.join(",", c);
    }
  }

  record Rendered(String text, List<Good> good, List<Long> goodLines, List<Long> badLines) {}

  static Rendered render(List<Row> rows, boolean crlf, boolean bom) {
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
    b.append(String.join(",", COLUMNS)).append(eol);
    List<Good> good = new ArrayList<>();
    List<Long> goodLines = new ArrayList<>();
    List<Long> badLines = new ArrayList<>();
    long line = 1;
    for (Row r : rows) {
      line++;
      if (r instanceof Good g) {
        b.append(render(g));
        good.add(g);
        goodLines.add(line);
      } else if (r instanceof Broken x) {
        b.append(render(x));
        badLines.add(line);
      }
      b.append(eol);
    }
    return new Rendered(b.toString(), good, goodLines, badLines);
  }

  @Property
  void noRowIsLost(@ForAll("files") List<Row> rows, @ForAll boolean crlf, @ForAll boolean bom) {
    Rendered f = render(rows, crlf, bom);
    Statistics.label("broken rows").collect(f.badLines().isEmpty() ? "none" : "some");
    ImportResult r = Fixtures.text(f.text());

    assertEquals(r.rowsRead(), r.rowsAccepted() + r.rowsRejected());
    assertEquals(f.good().size() + f.badLines().size(), r.rowsRead());
    assertEquals(f.good().size(), r.rowsAccepted());
    assertEquals(f.badLines(), r.rejected().stream().map(RejectedRow::line).toList());
    for (RejectedRow bad : r.rejected()) {
      assertTrue(bad.message().startsWith("test.csv:" + bad.line() + ": "), bad.message());
    }

    // every good row is in the report of its post, in file order, at its line; a run of a
    // post's rows that comes back with a row the same as an earlier one is the post given again
    List<List<Integer>> expected = reportsOf(f.good());
    Statistics.label("a post given again").collect(
        expected.size() > f.good().stream().map(Good::post).distinct().count());
    assertEquals(expected.size(), r.reports().size());
    int k = 0;
    for (List<Integer> idx : expected) {
      ImportedReport rep = r.imported().get(k++);
      assertEquals(Source.parse(source(f.good().get(idx.get(0)).post())), rep.report().source());
      assertEquals(idx.size(), rep.report().lines().size());
      for (int j = 0; j < idx.size(); j++) {
        Good g = f.good().get(idx.get(j));
        WeaponLine l = rep.report().lines().get(j);
        assertEquals(FileLocation.of("test.csv", f.goodLines().get(idx.get(j))), rep.rows().get(j));
        assertEquals(CATALOG.resolve(g.model()), l.weapon());
        assertEquals(g.launched() < 0 ? Count.unknown() : Count.exactly(g.launched()), l.launched());
        assertEquals((g.quirks() & 8) != 0 ? Count.unknown() : Count.exactly(g.destroyed()),
            l.destroyed());
        assertEquals((g.quirks() & 2) != 0 ? Count.exactly(4) : Count.zero(), l.leftAirspace());
      }
    }
  }

  /**
   * The reports the reader makes of good rows in file order, each as the indices of its rows: the
   * rule of {@code ReportWindow} written plainly, with the rows' text. Rows of one post make one
   * report, but a run of its rows that comes back after other posts' rows, and holds a row the same
   * as one of the report's rows before the run, starts a new report of the post from the run's
   * first row, or from the row that repeats the report's first row (the post given again); later
   * rows of the post go to its newest report.
   */
  static List<List<Integer>> reportsOf(List<Good> good) {
    List<List<Integer>> reports = new ArrayList<>();
    Map<Integer, List<Integer>> newest = new LinkedHashMap<>();
    Integer lastPost = null;
    int runStart = -1;
    for (int i = 0; i < good.size(); i++) {
      int post = good.get(i).post();
      String text = render(good.get(i));
      List<Integer> rep = newest.get(post);
      if (rep == null) {
        rep = new ArrayList<>();
        reports.add(rep);
        newest.put(post, rep);
        runStart = -1;
      } else if (!Integer.valueOf(post).equals(lastPost)) {
        runStart = rep.size();
      }
      int before = runStart < 0 ? 0 : runStart;
      boolean again = false;
      for (int j = 0; j < before; j++) {
        again |= render(good.get(rep.get(j))).equals(text);
      }
      if (again) {
        // from the run's start, or from this row where it repeats the report's first row
        int from = render(good.get(rep.get(0))).equals(text) ? rep.size() : runStart;
        List<Integer> next = new ArrayList<>(rep.subList(from, rep.size()));
        rep.subList(from, rep.size()).clear();
        reports.add(next);
        newest.put(post, next);
        rep = next;
        runStart = -1;
      }
      rep.add(i);
      lastPost = post;
    }
    return reports;
  }

  @Property
  void strictStopsAtTheFirstBrokenRow(@ForAll("files") List<Row> rows) {
    Rendered f = render(rows, false, false);
    AirForceCsvReader strict = AirForceCsv.reader().withMode(ImportMode.STRICT);
    if (f.badLines().isEmpty()) {
      assertEquals(f.good().size(), Fixtures.text(strict, f.text()).rowsAccepted());
    } else {
      ImportException e = assertThrows(ImportException.class, () -> Fixtures.text(strict, f.text()));
      assertEquals(f.badLines().get(0), e.line());
      assertEquals("test.csv", e.file());
    }
  }

  @Property
  void streamingCountsEqualReadingWhole(@ForAll("files") List<Row> rows,
      @ForAll @IntRange(min = 1, max = 4) int window) throws IOException {
    Rendered f = render(rows, false, false);
    ImportResult whole = Fixtures.text(f.text());
    List<ImportedReport> streamed = new ArrayList<>();
    ImportCounts counts = AirForceCsv.reader().withGroupingWindow(window)
        .read(new StringReader(f.text()), "test.csv", streamed::add);
    assertEquals(whole.rowsAccepted(), counts.rowsAccepted());
    assertEquals(whole.rowsRejected(), counts.rowsRejected());
    assertEquals(counts.reports(), streamed.size());
    // the same rows, each in exactly one report, whatever the window
    Set<FileLocation> a = new LinkedHashSet<>();
    whole.imported().forEach(i -> a.addAll(i.rows()));
    Set<FileLocation> b = new LinkedHashSet<>();
    streamed.forEach(i -> b.addAll(i.rows()));
    assertEquals(a, b);
    assertEquals(streamed.size(), streamed.stream().map(i -> i.report().id()).distinct().count());
  }

  // ---- writer round trip ----------------------------------------------------------------------

  static final String[] WEAPONS = {"Shahed-136/131", "Kalibr", "X-101/X-555 and Kalibr", "C-300",
      "Molniya", "Mystery-7", "Orlan-10 and ZALA", "Gerbera"};
  static final String[] TEXTS = {"", "Ukraine", "Kursk oblast, Oryol oblast", "say \"hi\"",
      "O'Brien's field", "Херсонська область", "back\\slash", "two\nlines", "NaN", "{not a dict}"};
  static final String[] REGIONS = {"Kyiv oblast", "Odesa oblast", "Hvardiiske, Crimea",
      "Kam'yanets'", "Черкаська область"};
  static final Source[] SOURCES = {Source.parse("kpszsu/posts/synthetic-1"),
      Source.parse("https://t.me/PvKPivden/7"), Source.parse("General Staff"), Source.unknown(),
      Source.parse("pvkshid")};

  static Arbitrary<Count> plain() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 400).map(Count::exactly)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Count.unknown())),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Count.zero())));
  }

  static Arbitrary<ReportTime> times() {
    Arbitrary<LocalDateTime> dt = Combinators.combine(Arbitraries.integers().between(0, 1500),
            Arbitraries.integers().between(0, 24 * 60 - 1))
        .as((d, m) -> LocalDate.of(2022, 2, 24).plusDays(d).atStartOfDay().plusMinutes(m));
    return Combinators.combine(dt, Arbitraries.integers().between(0, 4))
        .as((t, p) -> p == 0 ? ReportTime.ofDate(t.toLocalDate()) : ReportTime.ofMinute(t));
  }

  static Arbitrary<LineDetails> details() {
    Arbitrary<Map<Weapon, Count>> byModel = Arbitraries.maps(
        Arbitraries.of("Kh-101/Kh-555", "Kalibr", "Iskander-K", "Mystery-9").map(CATALOG::resolve),
        plain()).ofMaxSize(3);
    Arbitrary<Map<String, String>> places = Arbitraries.maps(Arbitraries.of("Kalibr", "X-59/X-69"),
        Arbitraries.of("Black Sea", "Kursk oblast, Bryansk oblast", "it's far")).ofMaxSize(2);
    Arbitrary<Map<String, Count>> directions =
        Arbitraries.maps(Arbitraries.of("south", "east", "north's"), plain()).ofMaxSize(3);
    Arbitrary<List<SubTypeCounts>> subTypes = Arbitraries.of("Banderol", "Turbojet", "Gerbera")
        .set().ofMaxSize(2).flatMap(names -> Combinators.combine(plain().list().ofSize(names.size()),
            plain().list().ofSize(names.size())).as((ls, ds) -> {
              List<SubTypeCounts> out = new ArrayList<>();
              int i = 0;
              for (String n : names) {
                out.add(SubTypeCounts.of(n, ls.get(i), ds.get(i)));
                i++;
              }
              return out;
            }));
    Arbitrary<Set<Region>> regions = Arbitraries.of(REGIONS).map(Region::of).set().ofMaxSize(3);
    Arbitrary<LineDetails.Builder> texts = Combinators.combine(Arbitraries.of(TEXTS),
        Arbitraries.of(TEXTS), Arbitraries.of(TEXTS), Arbitraries.of(TEXTS), regions)
        .as((a, b, c, d, r) -> LineDetails.builder().launchPlace(a).target(b).mainTarget(c)
            .carrier(d).affectedRegions(r));
    Arbitrary<LineDetails.Builder> maps = Combinators.combine(texts, byModel, places, directions,
        subTypes).as((b, m, p, d, s) -> b.launchedByModel(m).launchPlaceByModel(p)
            .destroyedByDirection(d).subTypes(s));
    return Combinators.combine(maps, plain(), plain(), plain(), plain(), plain())
        .as((b, s, j, jd, h, f) -> b.genuineShaheds(s).jetPowered(j).jetPoweredDestroyed(jd)
            .hitLocations(h).fragmentLocations(f).build());
  }

  static Arbitrary<WeaponLine> lines() {
    Arbitrary<Map<String, Count>> countries =
        Arbitraries.maps(Arbitraries.of("belarus", "russia", "moldova"), plain()).ofMaxSize(2);
    Arbitrary<WeaponLine> base = Combinators.combine(Arbitraries.of(WEAPONS).map(CATALOG::resolve),
            plain(), plain(), plain(), plain(), details())
        .as((w, l, d, s, a, det) -> WeaponLine.of(w, l).withDestroyed(d).withSuppressed(s)
            .withStillAirborne(a).withDetails(det));
    return Combinators.combine(base, countries, plain(), Arbitraries.integers().between(0, 5))
        .as((line, byCountry, left, withheld) -> {
          WeaponLine l = line;
          if (byCountry.isEmpty()) {
            l = l.withLeftAirspace(left);
          } else {
            Count sum = byCountry.values().stream().reduce(Count.zero(), Count::plus);
            l = l.withLeftAirspace(sum).withDetails(
                l.details().toBuilder().leftAirspaceByCountry(byCountry).build());
          }
          if (withheld == 0) {
            l = l.withLaunched(Count.atLeast(l.launched().lower()))
                .withDetails(l.details().toBuilder().launchedWithheld(true).build());
          }
          return l;
        });
  }

  @Provide
  Arbitrary<List<StrikeReport>> reports() {
    Arbitrary<StrikeReport> report = Combinators.combine(times(), times(), Arbitraries.of(SOURCES),
        lines().list().ofMinSize(1).ofMaxSize(4)).as((start, end, source, lines) -> {
          ReportPeriod p = ReportPeriod.of(start, end);
          Set<Region> regions = new LinkedHashSet<>();
          lines.forEach(l -> regions.addAll(l.details().affectedRegions()));
          return StrikeReport.builder().id(AirForceCsv.reportId(source, p)).period(p).source(source)
              .targetArea(lines.get(0).details().target()).addRegions(regions).addLines(lines)
              .build();
        });
    return report.list().ofMaxSize(6).uniqueElements(StrikeReport::id);
  }

  static String write(List<StrikeReport> reports) throws IOException {
    StringWriter out = new StringWriter();
    AirForceCsv.writer().write(reports, out);
    return out.toString();
  }

  @Property
  void writtenReportsReadBackEqual(@ForAll("reports") List<StrikeReport> reports)
      throws IOException {
    Statistics.label("withheld").collect(reports.stream().flatMap(r -> r.lines().stream())
        .anyMatch(l -> l.details().launchedWithheld()));
    for (StrikeReport r : reports) {
      assertEquals(List.of(), AirForceCsv.writer().losses(r));
    }
    ImportResult back = Fixtures.text(write(reports));
    assertTrue(back.isComplete(), () -> back.rejected().toString());
    assertEquals(reports, back.reports());
  }

  /** One thing the CSV cannot hold, or nothing. */
  @Provide
  Arbitrary<Integer> spoilers() {
    return Arbitraries.integers().between(0, 6);
  }

  @Property
  void lossesAreEmptyExactlyWhenTheRoundTripIsExact(@ForAll("reports") List<StrikeReport> reports,
      @ForAll("spoilers") int spoiler) throws IOException {
    if (reports.isEmpty()) {
      return;
    }
    StrikeReport r = reports.get(0);
    WeaponLine l = r.lines().get(0);
    StrikeReport changed;
    switch (spoiler) {
      case 1:
        changed = r.toBuilder().casualties(Casualties.of(Count.exactly(1), Count.unknown())).build();
        break;
      case 2:
        changed = r.toBuilder().notes("n").build();
        break;
      case 3:
        changed = r.toBuilder().targetArea(r.targetArea() + " x").build();
        break;
      case 4:
        changed = r.withLines(List.of(l.withHit(Count.exactly(2))));
        break;
      case 5:
        changed = r.withLines(List.of(l.withSuppressed(Count.between(1, 5))));
        break;
      case 6:
        changed = r.toBuilder().addRegion(Region.of("Nowhere oblast")).build();
        break;
      default:
        changed = r;
    }
    Statistics.label("spoilt").collect(spoiler != 0);
    List<String> losses = AirForceCsv.writer().losses(changed);
    List<StrikeReport> back = Fixtures.text(write(List.of(changed))).reports();
    assertEquals(losses.isEmpty(), back.equals(List.of(changed)), losses::toString);
  }
}

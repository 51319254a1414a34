package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

/**
 * The real files in ../shared/data/air-force (or -Dconflictstats.data=DIR), read with every line
 * kept; skipped with a message when absent. Sums are of lower bounds: a blank adds 0. The figures
 * are computed here from the reports' lines, independently of the stats package.
 */
final class AirForceCsvConformanceTest {

  static final String FILE_2026 = "missile_attacks_daily-2026-02.csv";
  static final String FILE_2023 = "missile_attacks_daily-2023-07.csv";

  /** Lower-bound sums of the outcome counts. */
  record Sums(long launched, long destroyed, long suppressed, long stillAirborne, long leftAirspace) {
    static Sums of(Stream<WeaponLine> lines) {
      long[] s = new long[5];
      lines.forEach(l -> {
        s[0] += l.launched().lower();
        s[1] += l.destroyed().lower();
        s[2] += l.suppressed().lower();
        s[3] += l.stillAirborne().lower();
        s[4] += l.leftAirspace().lower();
      });
      return new Sums(s[0], s[1], s[2], s[3], s[4]);
    }
  }

  static Stream<WeaponLine> lines(ImportResult r) {
    return r.reports().stream().flatMap(rep -> rep.lines().stream());
  }

  @Test
  void file2026() throws IOException {
    Path f = Fixtures.realFile(FILE_2026);
    ImportResult r = AirForceCsv.reader().read(f);
    assertEquals(3378, r.rowsRead());
    assertEquals(3378, r.rowsAccepted());
    assertEquals(0, r.rowsRejected());
    assertEveryLineKept(f, r);

    assertEquals(new Sums(85814, 60292, 13039, 262, 158), Sums.of(lines(r)));

    Map<Integer, Long> byYear = new TreeMap<>();
    for (StrikeReport rep : r.reports()) {
      long l = rep.lines().stream().mapToLong(x -> x.launched().lower()).sum();
      byYear.merge(rep.reportDate().getYear(), l, Long::sum);
    }
    assertEquals(Map.of(2022, 1157L, 2023, 4815L, 2024, 14001L, 2025, 58683L, 2026, 7158L), byYear);

    Weapon shahed = WeaponCatalog.builtIn().resolve("Shahed-136/131");
    Sums shahed2025 = Sums.of(r.reports().stream()
        .filter(rep -> rep.reportDate().getYear() == 2025)
        .flatMap(rep -> rep.lines().stream())
        .filter(l -> l.weapon().equals(shahed)));
    assertEquals(54702, shahed2025.launched());
    assertEquals(36903, shahed2025.destroyed());
    assertEquals(10257, shahed2025.suppressed());
  }

  @Test
  void file2023() throws IOException {
    Path f = Fixtures.realFile(FILE_2023);
    ImportResult r = AirForceCsv.reader().read(f);
    assertEquals(309, r.rowsRead());
    assertEquals(309, r.rowsAccepted());
    assertEveryLineKept(f, r);
    Sums s = Sums.of(lines(r));
    assertEquals(2814, s.launched());
    assertEquals(2256, s.destroyed());
    // the 2023 layout has no suppressed, still-airborne or left-airspace column: exact zeros
    assertEquals(0, s.suppressed() + s.stillAirborne() + s.leftAirspace());
  }

  @Test
  void everyModelNameResolvesToACataloguedWeapon() throws IOException {
    TreeSet<String> unresolved = new TreeSet<>();
    for (String name : List.of(FILE_2026, FILE_2023)) {
      ImportResult r = AirForceCsv.reader().read(Fixtures.realFile(name));
      lines(r).forEach(l -> {
        if (!l.weapon().isResolved()) {
          unresolved.add(l.weapon().name());
        }
        l.details().launchedByModel().keySet().stream().filter(w -> !w.isResolved())
            .forEach(w -> unresolved.add(w.name()));
      });
    }
    assertEquals(new TreeSet<>(), unresolved);
  }

  @Test
  void streamingGivesTheSameReportsAsReadingWhole() throws IOException {
    Path f = Fixtures.realFile(FILE_2026);
    List<ImportedReport> streamed = new ArrayList<>();
    var counts = AirForceCsv.reader().read(f, streamed::add);
    ImportResult whole = AirForceCsv.reader().read(f);
    assertEquals(whole.files().get(0), counts);
    assertEquals(whole.imported(), streamed);
  }

  /**
   * Every physical line after the header is the location of exactly one accepted or rejected row (the
   * files have no multi-line records).
   */
  static void assertEveryLineKept(Path f, ImportResult r) throws IOException {
    long physical;
    try (Stream<String> s = Files.lines(f)) {
      physical = s.count();
    }
    TreeSet<Long> seen = new TreeSet<>();
    for (ImportedReport i : r.imported()) {
      for (FileLocation at : i.rows()) {
        assertTrue(seen.add(at.line()), "line " + at.line() + " twice");
      }
    }
    r.rejected().forEach(x -> assertTrue(seen.add(x.line())));
    assertEquals(physical - 1, seen.size());
    assertEquals(2L, seen.first());
    assertEquals(physical, seen.last());
    assertEquals(r.rowsRead(), seen.size());
  }
}

package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictstats.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --catalog FILE}: a catalogue file of a later release names a weapon the built-in catalogue
 * does not know. Fixtures written by the project; the weapon "Zorro-7" is made up.
 */
final class CatalogOptionTest {

  /** A release newer than the built-in catalogue: a new drone, and a Kh- pair written with "/". */
  private static final String LATER_RELEASE = CliTest.AIR_FORCE_HEADER
      + "2026-05-01 19:00,2026-05-02 07:00,Zorro-7,,,,40,30,kpszsu/posts/synthetic-1\n"
      + "2026-05-01 19:00,2026-05-02 07:00,X-22/X-32,,,,6,2,kpszsu/posts/synthetic-1\n"
      + "2026-05-01 19:00,2026-05-02 07:00,Zorro-7 and Shahed-136/131,,,,10,9,"
      + "kpszsu/posts/synthetic-1\n";

  /** The catalogue of that release, in the 2026 layout (type before the name columns). */
  private static final String LATER_CATALOG =
      "model,category,national_origin,type,launch_platform,name,name_NATO,in_sevice,designer,"
      + "manufacturer,guidance_system,unit_cost\n"
      + "Zorro-7,UAV,synthetic,attack,,Zorro 7,,,,,,\n";

  /** The same weapon in the 2023 layout, as a decoy. */
  private static final String OLD_LAYOUT_CATALOG =
      "model,category,type,national_origin,launch_platform,name,name_NATO,guidance_system,"
      + "manufacturer\n"
      + "Zorro-7,UAV,decoy,synthetic,,,,,\n";

  @TempDir
  Path dir;

  @Test
  void aCatalogueFileResolvesANameFirstSeenInALaterRelease() throws IOException {
    Path data = TestFiles.write(dir, "later.csv", LATER_RELEASE);
    Path catalog = TestFiles.write(dir, "missiles_and_uavs.csv", LATER_CATALOG);

    CliRun without = CliRun.of("rates", "--by", "category", "--format", "csv", data.toString());
    assertEquals(0, without.exit(), without::toString);
    assertTrue(without.out().contains("\nunclassified,1,1,40,30,"), without::toString);
    CliRun findings = CliRun.of("validate", "--format", "csv", "--fail-on", "error",
        data.toString());
    assertTrue(findings.out().contains("UNRESOLVED_WEAPON"), findings::toString);

    CliRun with = CliRun.of("rates", "--by", "category", "--format", "csv", "--catalog",
        catalog.toString(), data.toString());
    assertEquals(0, with.exit(), with::toString);
    assertFalse(with.out().contains("unclassified"), with::toString);
    // Zorro-7 (40) and Shahed with Zorro-7 (10) are long-range attack drones; is the
    // pair of cruise missiles Kh-22 and Kh-32, resolved from its parts
    assertTrue(with.out().contains("\nlong-range attack drone,1,2,50,39,"), with::toString);
    assertTrue(with.out().contains("\ncruise missile,1,1,6,2,"), with::toString);
    CliRun byWeapon = CliRun.of("rates", "--by", "weapon", "--format", "csv", "--catalog",
        catalog.toString(), data.toString());
    assertTrue(byWeapon.out().contains("\nKh-22 and Kh-32,1,1,6,2,"), byWeapon::toString);
    CliRun clean = CliRun.of("validate", "--format", "csv", "--catalog", catalog.toString(),
        data.toString());
    assertFalse(clean.out().contains("UNRESOLVED_WEAPON"), clean::toString);
  }

  @Test
  void bothLayoutsAndRepeatedFilesExtendTheCatalogueInOrder() throws IOException {
    Path data = TestFiles.write(dir, "later.csv", LATER_RELEASE);
    Path old = TestFiles.write(dir, "missiles_and_uav.csv", OLD_LAYOUT_CATALOG);
    Path newer = TestFiles.write(dir, "missiles_and_uavs.csv", LATER_CATALOG);
    // the first file to name a weapon gives its category; the later one adds aliases only
    CliRun r = CliRun.of("rates", "--by", "weapon,category", "--format", "csv",
        "--catalog", old.toString(), "--catalog", newer.toString(), data.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("\nZorro-7,decoy drone,1,1,40,30,"), r::toString);
    CliRun summary = CliRun.of("summary", "--catalog", newer.toString(), data.toString());
    assertEquals(0, summary.exit(), summary::toString);
  }

  @Test
  void aMissingOrBadCatalogueIsOneLineAndExit2() throws IOException {
    Path data = TestFiles.write(dir, "later.csv", LATER_RELEASE);
    CliRun missing = CliRun.of("rates", "--catalog", dir.resolve("nope.csv").toString(),
        data.toString());
    assertEquals(ExitCode.USAGE, missing.exit(), missing::toString);
    assertEquals(1, missing.errLines().size(), missing::toString);
    assertTrue(missing.err().contains("nope.csv: no such catalogue file"), missing::toString);
    // standard input is no catalogue: said so (review rv48b: "-: no such catalogue file")
    CliRun dash = CliRun.of("rates", "--catalog", "-", data.toString());
    assertEquals(ExitCode.USAGE, dash.exit(), dash::toString);
    assertEquals(List.of("conflict-stats: -: no such catalogue file (a catalogue is read from its"
        + " file, not from standard input)"), dash.errLines(), dash::toString);

    Path bad = TestFiles.write(dir, "bad.csv", "name,colour\nZorro-7,red\n");
    CliRun wrong = CliRun.of("rates", "--catalog", bad.toString(), data.toString());
    assertEquals(ExitCode.USAGE, wrong.exit(), wrong::toString);
    assertTrue(wrong.err().contains("bad.csv:1"), wrong::toString);
    assertTrue(wrong.err().contains("model"), wrong::toString);
    assertFalse(wrong.err().contains("Exception"), wrong::toString);
  }

  @Test
  void anAliasThatNamesAnotherWeaponIsLeftOutWithAWarningOrWithStrictRefused() throws IOException {
    Path data = TestFiles.write(dir, "later.csv", LATER_RELEASE);
    Path catalog = TestFiles.write(dir, "aliases.csv",
        "model,category,name\nFoo-1,cruise missile,Kalibr\n");
    CliRun lenient = CliRun.of("rates", "--format", "csv", "--catalog", catalog.toString(),
        data.toString());
    assertEquals(0, lenient.exit(), lenient::toString);
    assertTrue(lenient.errLines().contains("conflict-stats: warning: " + catalog + ":2: column"
        + " 'name': alias 'Kalibr' of 'Foo-1' already names Kalibr (cruise missile) in the"
        + " catalogue: the alias is left out, and 'Foo-1' catalogued under its own name"),
        lenient::toString);
    // the table is that of the catalogue without the alias
    Path blank = TestFiles.write(dir, "blank.csv", "model,category,name\nFoo-1,cruise missile,\n");
    assertEquals(CliRun.of("rates", "--format", "csv", "--catalog", blank.toString(),
        data.toString()).out(), lenient.out());
    CliRun strict = CliRun.of("rates", "--strict", "--catalog", catalog.toString(),
        data.toString());
    assertEquals(ExitCode.USAGE, strict.exit(), strict::toString);
    assertTrue(strict.err().contains("bad catalogue: " + catalog + ":2: column 'name': alias"
        + " 'Kalibr' of 'Foo-1' already names Kalibr (cruise missile) in the catalogue: correct"
        + " or blank it"), strict::toString);
  }

  /**
   * The Air Force dataset given as the catalogue is told for what it is, as the catalogue given as
   * data is (it said "missing required column 'category': not a weapon catalogue header"); another
   * file that is no catalogue keeps the reader's reason.
   */
  @Test
  void theDatasetGivenAsTheCatalogueIsTold() throws IOException {
    Path data = TestFiles.write(dir, "later.csv", LATER_RELEASE);
    String line = UsageErrorsTest.oneLine("rates", "--catalog", data.toString(), data.toString());
    assertEquals("conflict-stats: bad catalogue: " + data + ": this is the Air Force dataset, not"
        + " a weapon catalogue: give it as FILE", line);
    Path other = TestFiles.write(dir, "other.csv", "a,b,c\n1,2,3\n");
    assertEquals("conflict-stats: bad catalogue: " + other + ":1: missing required column"
        + " 'model': not a weapon catalogue header",
        UsageErrorsTest.oneLine("rates", "--catalog", other.toString(), data.toString()));
  }

  /**
   * A catalogue row that makes a known drone a missile is a warning at its line, the catalogue's
   * category kept (the table as without the file), and with --strict an error (rv51b: ignored
   * without a word).
   */
  @Test
  void aKnownWeaponOfAnotherKindIsToldOrRefused() throws IOException {
    Path data = TestFiles.write(dir, "later.csv", LATER_RELEASE);
    Path catalog = TestFiles.write(dir, "kinds.csv", "model,category\nZorro-7,UAV\n"
        + "Shahed-136/131,cruise missile\n");
    Path plain = TestFiles.write(dir, "plain.csv", "model,category\nZorro-7,UAV\n");
    CliRun told = CliRun.of("rates", "--by", "category", "--format", "csv", "--catalog",
        catalog.toString(), data.toString());
    assertEquals(0, told.exit(), told::toString);
    assertTrue(told.err().contains("conflict-stats: warning: " + catalog + ":3: column 'category':"
        + " 'Shahed-136/131' is a long-range attack drone in the catalogue, not a cruise missile:"
        + " the catalogue's category is kept"), told::err);
    assertEquals(CliRun.of("rates", "--by", "category", "--format", "csv", "--catalog",
        plain.toString(), data.toString()).out(), told.out());
    CliRun strict = CliRun.of("rates", "--strict", "--catalog", catalog.toString(),
        data.toString());
    assertEquals(2, strict.exit(), strict::toString);
    assertEquals(List.of("conflict-stats: bad catalogue: " + catalog + ":3: column 'category':"
        + " 'Shahed-136/131' is a long-range attack drone in the catalogue, not a cruise missile:"
        + " a catalogue file adds weapons and names, and cannot change a known weapon's kind"),
        strict.errLines());
  }
}

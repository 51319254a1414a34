package org.conflictstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.csv.AirForceCsvReader;
import org.conflictstats.io.csv.WeaponCatalogCsv;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.WeaponCatalog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs every command reads, and how. */
final class InputOptions {

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Air Force CSV (any layout) or conflict-stats JSON Lines, detected from the"
          + " content; '-' reads standard input. Without FILE: the embedded sample (not for"
          + " 'diff', which compares two inputs, OLD then NEW).")
  List<String> files = new ArrayList<>();

  @Option(names = "--strict",
      description = "Stop at the first bad row (exit 1) instead of setting it aside; and refuse a"
          + " --catalog file whose alias names another weapon (by default left out, with a"
          + " warning) or that gives a known weapon a category of another kind (by default the"
          + " catalogue's kept, with a warning).")
  boolean strict;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Kyiv",
      converter = Converters.Zone.class,
      description = "Zone of report dates (default: ${DEFAULT-VALUE}): a report counts on the"
          + " local date there of its period's end ('attacks' shows its times there). A time of"
          + " day is moved to it from the zone it was given in (a report's own in JSON;"
          + " --csv-zone for an Air Force CSV); a date without a time stays that date.")
  ZoneId zone = ReportPeriod.KYIV; // also made without picocli

  @Option(names = "--csv-zone", paramLabel = "ZONE", defaultValue = "Europe/Kyiv",
      converter = Converters.Zone.class,
      description = "Air Force CSV: the zone its times are written in, read and written"
          + " (default: ${DEFAULT-VALUE}, as the dataset's).")
  ZoneId csvZone = ReportPeriod.KYIV;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "A weapon catalogue (the dataset's missiles_and_uav.csv or"
          + " missiles_and_uavs.csv, either layout) that extends the built-in one; repeatable.")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--grouping-window", paramLabel = "N",
      converter = Converters.GroupingWindow.class,
      description = "Air Force CSV: how many reports stay open for rows of theirs that come later."
          + " By default every report of an input of up to 4 MiB (whatever the heap)"
          + " stays open to its end, so that rows in any order make their reports, and a longer"
          + " input keeps " + AirForceCsvReader.DEFAULT_GROUPING_WINDOW + " open. A row that comes"
          + " back after more starts a report of its own, which counts as a copy or a revision of"
          + " the first (one of the two counts), with a warning; 'all' keeps every report open to"
          + " the end of any input (memory then grows with the file; not for a file that holds a"
          + " report twice, such as two releases appended).")
  int groupingWindow; // 0: not given (also made without picocli)

  private WeaponCatalog catalog;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** A warning on the command's standard error. */
  private void warn(String message) {
    CommandSpec command = mixee;
    while (command.commandLine() == null && command.parent() != null) {
      command = command.parent();
    }
    PrintWriter err = command.commandLine() != null ? command.commandLine().getErr()
        : new PrintWriter(System.err, true);
    err.println("conflict-stats: warning: " + Terminal.oneLine(message));
    err.flush();
  }

  /**
   * The catalogue that resolves weapon names: the built-in one, extended by every {@code --catalog}
   * file in order. Read once.
   *
   * @throws CliException (exit 2) naming the file, and the line for a bad row
   */
  WeaponCatalog catalog() {
    if (catalog == null) {
      WeaponCatalog c = WeaponCatalog.builtIn();
      for (Path file : catalogs) {
        try {
          // an alias that names another weapon: left out with a warning, or with --strict an
          // error (the dataset's own 2026 catalogue has one)
          c = strict ? WeaponCatalogCsv.extend(c, file)
              : WeaponCatalogCsv.extendLeniently(c, List.of(file), w -> warn(w.toString()));
        } catch (NoSuchFileException e) {
          throw new CliException(file + ": no such catalogue file" + (file.toString().equals("-")
              ? " (a catalogue is read from its file, not from standard input)" : ""));
        } catch (AccessDeniedException e) {
          throw new CliException(file + ": permission denied");
        } catch (IOException e) {
          throw new CliException(file + ": cannot read the catalogue: " + e.getMessage());
        } catch (ImportException e) {
          if (isAirForceCsv(file)) { // the reverse of a catalogue given as data (InputFormat)
            throw new CliException("bad catalogue: " + file + ": this is the Air Force dataset,"
                + " not a weapon catalogue: give it as FILE", ExitCode.USAGE, e);
          }
          throw new CliException("bad catalogue: " + e.getMessage(), ExitCode.USAGE, e);
        }
      }
      catalog = c;
    }
    return catalog;
  }

  /** Whether a file that is not a catalogue starts as the Air Force CSV does. */
  private static boolean isAirForceCsv(Path file) {
    try {
      return AirForceCsv.looksLikeAirForceCsv(file);
    } catch (IOException e) {
      return false;
    }
  }
}

package org.conflictstats.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.Region;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.DateRange;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.ReportFilter;
import picocli.CommandLine.Option;

/**
 * The filters every command that reads reports takes: report dates ({@code --from}, and the upper
 * bound {@code --to} or {@code --until}), {@code --weapon}, {@code --category}, {@code --family} and
 * {@code --region}, combined with "and" into one {@link ReportFilter}. Mixed into a command as
 * {@link Filters}; {@code convert}, whose {@code --to} names the output format, takes
 * {@link ConvertFilters}, with {@code --until} alone.
 *
 * <p>An unknown weapon, category or family is an error (exit 2) listing the close names before
 * anything is read. Region names are data (the Air Force CSV's {@code affected region} values), so
 * a region is checked once the inputs are read, against the names they hold, ignoring case: a name
 * no input holds is the same error, with the close names the inputs hold.
 */
abstract class FilterOptions {

  @Option(names = "--from", paramLabel = "DATE",
      description = "Count reports dated from the first day of DATE on (report date: the local"
          + " date of the period's end): 2025-10-01, 2025-10, 2025-W40, 2025-Q4 or 2025.")
  String from;

  @Option(names = "--weapon", paramLabel = "NAME[,NAME...]",
      description = "Count lines of these weapons, by any name the catalogue knows (Shahed,"
          + " Geran-2, X-101, Kalibr, ...); a line of several weapons counts when one of its parts"
          + " is given. Comma list.")
  List<String> weapons = new ArrayList<>();

  @Option(names = "--category", paramLabel = "NAME[,NAME...]",
      description = "Count lines of these categories (cruise missile, ballistic missile,"
          + " long-range attack drone, ...; singular or plural, '_' or '-' for a space; the"
          + " weapon catalogue's surface-to-air missile is anti-aircraft missile). Comma list.")
  List<String> categories = new ArrayList<>();

  @Option(names = "--family", paramLabel = "NAME[,NAME...]",
      description = "Count lines of these families: drones (or the weapon catalogue's UAV),"
          + " missiles, guided bombs, mixed, unclassified; singular or plural, '_' or '-' for a"
          + " space. Comma list.")
  List<String> families = new ArrayList<>();

  @Option(names = "--region", paramLabel = "NAME[,NAME...]",
      description = "Count lines naming one of these regions as affected (else their report's"
          + " regions), as the input writes them, ignoring case: Kharkiv oblast, Kyiv, ..."
          + " Comma list.")
  List<String> regions = new ArrayList<>();

  /** The upper date bound as given, or null. */
  abstract String until();

  /** The name of the upper bound's option, for messages. */
  abstract String untilName();

  /** {@code --to DATE} (or {@code --until DATE}). */
  static final class Filters extends FilterOptions {
    @Option(names = {"--to", "--until"}, paramLabel = "DATE",
        description = "Count reports dated up to the last day of DATE: 2025-10-31, 2025-10,"
            + " 2025-W40, 2025-Q4 or 2025.")
    String to;

    @Override
    String until() {
      return to;
    }

    @Override
    String untilName() {
      return "--to";
    }
  }

  /** {@code --until DATE} alone: in {@code convert}, {@code --to} names the output format. */
  static final class ConvertFilters extends FilterOptions {
    @Option(names = "--until", paramLabel = "DATE",
        description = "Write reports dated up to the last day of DATE: 2025-10-31, 2025-10,"
            + " 2025-W40, 2025-Q4 or 2025 (--to names the output format here).")
    String until;

    @Override
    String until() {
      return until;
    }

    @Override
    String untilName() {
      return "--until";
    }
  }

  /**
   * The filter the options ask for.
   *
   * @throws CliException (exit 2) for a bad date, a range that ends before it starts, or an
   *     unknown weapon, category or family, naming the close matches
   */
  ReportFilter filter(WeaponCatalog catalog) {
    ReportFilter f = ReportFilter.all();
    LocalDate first = from == null ? LocalDate.MIN : date("--from", from).first();
    LocalDate last = until() == null ? LocalDate.MAX : date(untilName(), until()).last();
    if (last.isBefore(first)) {
      throw new CliException(untilName() + " " + until() + " ends before --from " + from
          + " starts");
    }
    f = f.withDates(DateRange.of(first, last));
    if (!weapons.isEmpty()) {
      List<Weapon> resolved = new ArrayList<>();
      for (String name : nonBlank(weapons, "--weapon")) {
        Weapon w = catalog.resolve(name);
        if (!w.isResolved()) {
          throw new CliException(CloseMatches.message("weapon", name, weaponNames(catalog),
              "'conflict-stats rates --by weapon' lists the weapons of an input, and --catalog"
                  + " FILE adds names"));
        }
        resolved.add(w);
      }
      f = f.withWeapons(resolved);
    }
    if (!categories.isEmpty()) {
      List<WeaponCategory> found = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (WeaponCategory c : WeaponCategory.values()) {
        labels.add(c.label());
      }
      for (String name : nonBlank(categories, "--category")) {
        found.add(category(name, labels));
      }
      f = f.withCategories(found);
    }
    if (!families.isEmpty()) {
      List<String> found = new ArrayList<>();
      for (String name : nonBlank(families, "--family")) {
        found.add(family(name));
      }
      f = f.withFamilies(found);
    }
    if (!regions.isEmpty()) {
      f = f.withRegions(nonBlank(regions, "--region"));
    }
    return f;
  }

  /**
   * A category by its label, singular or plural, or by the name the dataset's weapon catalogue
   * gives it where that names one category ({@code surface-to-air missile}); the catalogue's
   * {@code UAV} (every drone category), its {@code surface-to-air and ballistic} (lines of both)
   * and a family's name are errors that say what to give instead (reviews rv50a, rv50d).
   */
  private static WeaponCategory category(String given, List<String> labels) {
    String name = spaced(given);
    Optional<WeaponCategory> c = WeaponCategory.fromLabel(name);
    if (c.isPresent()) {
      return c.get();
    }
    String key = squashed(name);
    if (key.equals("surfacetoairmissile") || key.equals("surfacetoairmissiles")) {
      return WeaponCategory.ANTI_AIRCRAFT_MISSILE;
    }
    // cruise missiles, guided bombs: a label in the plural (none of them ends in s)
    if (key.endsWith("s") && !key.endsWith("ss")) {
      Optional<WeaponCategory> one = WeaponCategory.fromLabel(name.replaceAll("[sS][\\s_\\-]*$",
          ""));
      if (one.isPresent() && !one.get().label().endsWith("s")
          && one.get().label().matches(".*(missile|drone|bomb|munition)")) {
        return one.get();
      }
    }
    String head = "unknown category '" + name + "': ";
    if (key.equals("uav") || key.equals("uavs")) {
      throw new CliException(head + "the weapon catalogue's UAV is every drone category;"
          + " --family drones counts them all, --category names one of "
          + labels.stream().filter(l -> l.contains("drone") || l.contains("munition")).toList());
    }
    if (key.startsWith("surfacetoairandballistic")) {
      throw new CliException(head + "the weapon catalogue's name of lines of S-300 or S-400 and"
          + " Iskander-M together: --category 'mixed missiles' --weapon S-300,S-400 counts them");
    }
    for (String family : Dimension.familyLabels()) {
      String f = squashed(family);
      if (key.equals(f) || (key + "s").equals(f)) {
        throw new CliException(head + family + " is a family: --family '" + family + "'");
      }
    }
    List<String> known = new ArrayList<>(labels);
    known.add("surface-to-air missile");
    throw new CliException(CloseMatches.message("category", name, known, "expected one of "
        + labels));
  }

  /**
   * A family by its label, singular or plural, {@code _} or {@code -} for a space; the
   * catalogue's {@code UAV} is drones; a category's name is an error that says so (rv50d).
   */
  private static String family(String given) {
    String name = spaced(given);
    String key = squashed(name);
    for (String family : Dimension.familyLabels()) {
      String f = squashed(family);
      if (key.equals(f) || (key + "s").equals(f)) {
        return family;
      }
    }
    if (key.equals("uav") || key.equals("uavs")) {
      return "drones";
    }
    Optional<WeaponCategory> category = WeaponCategory.fromLabel(name);
    if (category.isPresent()) {
      throw new CliException("unknown family '" + name + "': " + category.get().label()
          + " is a category: --category '" + category.get().label() + "'");
    }
    throw new CliException(CloseMatches.message("family", name, Dimension.familyLabels(),
        "expected " + String.join(", ", Dimension.familyLabels())));
  }

  /** The name stripped, every space character (a no-break space too) a space. */
  private static String spaced(String name) {
    return name.replaceAll("\\p{Z}", " ").strip();
  }

  /** As labels compare: case, spaces, '_' and '-' aside. */
  private static String squashed(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}_\\-]+", "");
  }

  /** Whether a region is asked for: the reader must keep regions, and the names are checked. */
  boolean usesRegions() {
    return !regions.isEmpty();
  }

  /** The details a command reads, with the regions when a region is asked for. */
  Set<Detail> details(Set<Detail> details) {
    if (!usesRegions() || details.contains(Detail.REGIONS)) {
      return details;
    }
    Set<Detail> more = details.isEmpty() ? EnumSet.noneOf(Detail.class) : EnumSet.copyOf(details);
    more.add(Detail.REGIONS);
    return more;
  }

  /**
   * Reads the inputs into the sink, as {@link Inputs#readInto} does, keeping the regions when a
   * region is asked for, then checks that every region asked for is named by the inputs.
   *
   * @throws CliException (exit 2) for a region no input names, listing the close names they hold
   */
  <P> Inputs.Totals readInto(Inputs inputs, ReportSink<P> sink, Set<Detail> details) {
    if (!usesRegions()) {
      return inputs.readInto(sink, details);
    }
    RegionWatch<P> watch = new RegionWatch<>(sink, new TreeSet<>(String.CASE_INSENSITIVE_ORDER));
    inputs.hold(); // a region no input names is then one line
    Inputs.Totals totals = inputs.readInto(watch, details(details));
    checkRegions(watch.seen);
    inputs.release();
    return totals;
  }

  /**
   * Reads the inputs as {@link Inputs#readDistinct} does, each report once, keeping the regions
   * when a region is asked for, then checks that every region asked for is named by the inputs.
   *
   * @throws CliException (exit 2) for a region no input names, listing the close names they hold
   */
  <S extends ReportSink<?>> Inputs.Read<S> readDistinct(Inputs inputs, Supplier<S> sinks,
      Set<Detail> details, DistinctReports distinct) {
    if (!usesRegions()) {
      return inputs.readDistinct(sinks, details, distinct);
    }
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    List<S> made = new ArrayList<>();
    inputs.hold();
    Inputs.Read<ReportSink<?>> read = inputs.readDistinct(() -> {
      S sink = sinks.get();
      made.add(sink);
      return watch((ReportSink<?>) sink, seen);
    }, details(details), distinct);
    checkRegions(seen);
    inputs.release();
    return new Inputs.Read<>(made.get(made.size() - 1), read.totals(), read.identity());
  }

  /**
   * Reads the inputs once, every report into the sink, as {@link Inputs#listDistinct} does, then
   * checks the regions as {@link #readInto} does.
   */
  <P> Inputs.Read<ReportSink<P>> listDistinct(Inputs inputs, ReportSink<P> sink,
      Set<Detail> details, DistinctReports distinct) {
    if (!usesRegions()) {
      return inputs.listDistinct(sink, details, distinct);
    }
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    inputs.hold();
    Inputs.Read<ReportSink<?>> read = inputs.listDistinct(watch(sink, seen), details(details),
        distinct);
    checkRegions(seen);
    inputs.release();
    return new Inputs.Read<>(sink, read.totals(), read.identity());
  }

  private static <P> ReportSink<?> watch(ReportSink<P> sink, Set<String> seen) {
    return new RegionWatch<>(sink, seen);
  }

  /** Fails for a region asked for that none of the names seen matches, ignoring case. */
  void checkRegions(Set<String> seen) {
    Set<String> keys = new HashSet<>();
    for (String s : seen) {
      keys.add(key(s));
    }
    for (String r : nonBlank(regions, "--region")) {
      if (!keys.contains(key(r))) {
        if (seen.isEmpty()) {
          throw new CliException("unknown region '" + r.strip() + "': the input names no region"
              + " (the Air Force CSV's 'affected region' column is blank in every row)");
        }
        List<String> close = CloseMatches.of(r, seen);
        throw new CliException("unknown region '" + r.strip() + "': " + (close.isEmpty()
            ? "nothing close; the input names " + seen.size() + " regions: "
                + String.join(", ", seen)
            : "close matches: " + String.join(", ", close)) + " (region names are the input's"
            + " own)");
      }
    }
  }

  private static String key(String region) {
    return Region.of(region).name().toLowerCase(Locale.ROOT);
  }

  /**
   * The names of a comma list option, each stripped; split here, not by picocli, which drops empty
   * names at the end, so that {@code --weapon ,} (a list built from empty variables) is refused
   * instead of meaning no filter at all.
   */
  private static List<String> nonBlank(List<String> values, String option) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      for (String n : value.split(",", -1)) {
        if (n.isBlank()) {
          throw new CliException(option + ": an empty name in the list '" + value + "'");
        }
        out.add(n.strip());
      }
    }
    return out;
  }

  private static DateRange date(String option, String text) {
    try {
      return DateRange.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CliException(option + ": " + e.getMessage());
    }
  }

  private static List<String> weaponNames(WeaponCatalog catalog) {
    List<String> names = new ArrayList<>();
    for (CataloguedWeapon w : catalog.weapons()) {
      names.add(w.name());
      names.addAll(w.aliases());
    }
    return names;
  }

  /** The region names of a report, its own and its lines'. */
  static void regionsOf(StrikeReport report, Set<String> into) {
    for (Region r : report.regions()) {
      into.add(r.name());
    }
    for (WeaponLine line : report.lines()) {
      for (Region r : line.details().affectedRegions()) {
        into.add(r.name());
      }
    }
  }

  /**
   * Passes everything on to a command's sink, noting the region names of every report (each part
   * its own, joined in order at the merge).
   */
  private static final class RegionWatch<P> implements ReportSink<RegionWatch.Part<P>> {
    record Part<P>(P part, Set<String> names) {}

    private final ReportSink<P> sink;
    final Set<String> seen;

    RegionWatch(ReportSink<P> sink, Set<String> seen) {
      this.sink = sink;
      this.seen = seen;
    }

    @Override
    public Part<P> newPart() {
      return new Part<>(sink.newPart(), new HashSet<>());
    }

    @Override
    public void accept(Part<P> part, ImportedReport report) {
      regionsOf(report.report(), part.names());
      sink.accept(part.part(), report);
    }

    @Override
    public void merge(Part<P> part) {
      seen.addAll(part.names());
      sink.merge(part.part());
    }

    @Override
    public void rejected(RejectedRow row) {
      sink.rejected(row);
    }

    @Override
    public void warning(ImportWarning warning) {
      sink.warning(warning);
    }
  }
}

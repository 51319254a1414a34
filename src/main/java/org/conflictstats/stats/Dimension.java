package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.conflictstats.model.Region;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponLine;

/**
 * A way to group weapon lines in a {@link StatsQuery}: by a period of the report date, by weapon,
 * category, region, source, single model, or by any function of report and line. Each dimension
 * gives every line a key text; several dimensions together give a row key.
 *
 * <pre>{@code
 * StatsQuery.groupBy(Dimension.WEEK, Dimension.CATEGORY).run(reports);
 * Dimension launchPlace = Dimension.of("launch place", ctx -> ctx.line().details().launchPlace());
 * Dimension.parse("month"); // MONTH
 * }</pre>
 *
 * <h2>Built-in dimensions</h2>
 * <ul>
 *   <li>{@link #DAY}, {@link #WEEK}, {@link #MONTH}, {@link #QUARTER}, {@link #YEAR}: the report
 *       date under the query's {@link Attribution} (by default the local date of the period's end
 *       in Europe/Kyiv), as {@code 2025-04-17}, {@code 2025-W16} (ISO week-based year and week),
 *       {@code 2025-04}, {@code 2025-Q2}, {@code 2025}. These texts sort chronologically.
 *   <li>{@link #WEAPON}: the line's weapon name ({@code Weapon.name()}); a composite line such as
 *       {@code Kh-101/Kh-555 and Kalibr} stays one group under the composite's name, since its counts
 *       cannot be split.
 *   <li>{@link #MODEL}: single models. A combined line whose {@code launchedByModel} split adds up
 *       to its launched count contributes one share per model, holding that model's launched count
 *       and <em>unknown</em> outcomes (outcomes cannot be split): a share counts in its model's
 *       launched as an unrated line, in no rate and no interval ({@link StatsTable#splitLines()}),
 *       so that a model's rate is the rate of its own lines, not lowered by weapons whose fate is
 *       not its own to tell (a split of one model is the whole line under that model). Any other
 *       line stays whole under its weapon's name. Other dimensions and user functions still see
 *       the line as reported.
 *   <li>{@link #CATEGORY}: the category label ({@code WeaponCategory.label()}), such as
 *       {@code long-range attack drone}.
 *   <li>{@link #FAMILY}: the family of the category ({@link #family(WeaponCategory)}):
 *       {@code drones}, {@code missiles}, {@code guided bombs}, {@code mixed} (a composite line
 *       across families), {@code unclassified}.
 *   <li>{@link #REGION}: the regions the line names as affected
 *       ({@code line.details().affectedRegions()}) when it names any, otherwise the report's regions
 *       that no line of the report names as its own ({@link StrikeReport#regionsOf}: in the Air
 *       Force CSV a report's regions are its rows', so a row that names none is {@code (none)}, not
 *       in its report's other weapons' regions), otherwise {@code (none)}. The free target-area
 *       text is not used: it is not normalised, and the importers resolve it into regions where
 *       they can. A line with several regions counts in full
 *       in each of them, so region groups do not partition the lines: their sum can exceed the
 *       table's total, which counts each line once.
 *   <li>{@link #SOURCE}: the source's short name ({@code Source.name()}), such as {@code kpszsu}.
 *   <li>{@link #REGIME}: the reporting regime of the report date (DOMAIN.md §4c), such as
 *       {@code from 2025-08-01}.
 *   <li>{@link #SIZE}: the size of the line's attack (DOMAIN.md §11): the bucket
 *       ({@code 1-49}, {@code 50-99}, {@code 100-199}, {@code 200-399}, {@code 400+}) of its
 *       national report's launched count, every line of the report counted whatever a filter
 *       passes ({@link Attack#sizeBucketOf}); {@code (none)} for lines of reports that are not
 *       national, launched nothing, or whose size its bounds leave in more than one bucket (a
 *       launched count blank or withheld and under 400 known). Rows sort by size, {@code (none)}
 *       last.
 * </ul>
 * Rows sort by key: time keys chronologically, other keys alphabetically ignoring case, with
 * {@code (none)} last.
 *
 * <p>This class is immutable and thread-safe. Built-in dimensions are constants; user dimensions
 * compare by identity.
 */
public final class Dimension {

  /** The key of lines with no region. */
  public static final String NO_REGION = "(none)";

  /** The {@link #SIZE} key of lines of reports that are not attacks or have no size. */
  public static final String NO_SIZE = "(none)";

  private static final List<String> FAMILIES =
      List.of("drones", "missiles", "guided bombs", "mixed", "unclassified");

  private static final Comparator<String> TEXT_ORDER =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
  private static final Comparator<String> TIME_ORDER = Comparator.naturalOrder();

  /** The report date, as {@code 2025-04-17}. */
  public static final Dimension DAY =
      ofDateKey("day", TIME_ORDER, LocalDate::toString);
  /** The ISO week of the report date, as {@code 2025-W16}. */
  public static final Dimension WEEK =
      ofDateKey("week", TIME_ORDER, Dimension::isoWeek);
  /** The month of the report date, as {@code 2025-04}. */
  public static final Dimension MONTH =
      ofDateKey("month", TIME_ORDER,
          date -> YearMonth.of(date.getYear(), date.getMonthValue()).toString());
  /** The quarter of the report date, as {@code 2025-Q4}. */
  public static final Dimension QUARTER =
      ofDateKey("quarter", TIME_ORDER, Dimension::quarter);
  /** The year of the report date, as {@code 2025}. */
  public static final Dimension YEAR =
      ofDateKey("year", TIME_ORDER, date -> Integer.toString(date.getYear()));
  /** The weapon's canonical name; composite lines stay whole. */
  public static final Dimension WEAPON =
      ofWeaponKey("weapon", Kind.LINE, weapon -> List.of(weapon.name()));
  /** Single models, splitting combined lines' launched counts where the source split them. */
  public static final Dimension MODEL =
      ofWeaponKey("model", Kind.MODEL, weapon -> List.of(weapon.name()));
  /** The weapon's category label. */
  public static final Dimension CATEGORY =
      ofWeaponKey("category", Kind.LINE, weapon -> List.of(weapon.category().label()));
  /**
   * The weapon's family (DOMAIN.md §11): {@code drones}, {@code missiles}, {@code guided bombs},
   * {@code mixed} for a line across families, {@code unclassified} for a weapon of unknown kind.
   */
  public static final Dimension FAMILY =
      ofWeaponKey("family", Kind.LINE, weapon -> List.of(family(weapon.category())));
  /**
   * The regions {@link StrikeReport#regionsOf} gives the line (its own, else those of its report's
   * that no line names as its own), else {@code (none)}.
   */
  public static final Dimension REGION = new Dimension("region", Kind.LINE,
      Comparator.<String, Boolean>comparing(NO_REGION::equals).thenComparing(TEXT_ORDER),
      Dimension::regions);
  /** The source's short name. */
  public static final Dimension SOURCE =
      ofReportKey("source", TEXT_ORDER, (report, date) -> report.source().name());
  /**
   * The reporting regime of the report date under {@link ReportingRegimes#standard()}, as
   * {@code to 2024-06-30}, {@code 2024-07-01 to 2025-07-31}, {@code from 2025-08-01} (DOMAIN.md
   * §4c); a query with other regimes ({@link StatsQuery#withRegimes}) uses those.
   */
  public static final Dimension REGIME = regime(ReportingRegimes.standard());
  /**
   * The size bucket of the line's attack ({@link Attack#sizeBucketOf}): {@code 1-49},
   * {@code 50-99}, {@code 100-199}, {@code 200-399}, {@code 400+}, or {@code (none)} for a report
   * that is not national, launched nothing, or whose size its bounds leave in more than one bucket
   * ({@link Attack#bucketOf}).
   */
  public static final Dimension SIZE = ofReportKey("size", sizeOrder(),
      (report, date) -> Attack.sizeBucketOf(report));

  private static final List<Dimension> BUILT_IN =
      List.of(DAY, WEEK, MONTH, QUARTER, YEAR, WEAPON, MODEL, CATEGORY, FAMILY, REGION, SOURCE,
          REGIME, SIZE);

  /** The names of the built-in dimensions, for messages. */
  static final String NAMES = "day, week, month, quarter, year, weapon, model, category, family,"
      + " region, source, regime or size";

  /** Whether keys depend on the report only, on the line, or on the model split. */
  enum Kind {
    REPORT, LINE, MODEL
  }

  /** Computes the keys of a line (or, for a report-level dimension, of a report). */
  @FunctionalInterface
  interface Keys {
    /** Returns the distinct keys; {@code line} is {@code null} for a report-level dimension. */
    List<String> of(StrikeReport report, LocalDate date, WeaponLine line);
  }

  private final String name;
  private final Kind kind;
  private final Comparator<String> order;
  private final Keys keys;
  /** Whether the keys depend on the report date alone, so that they may be kept per date. */
  private final boolean byDate;
  /** The keys as a function of the line's weapon alone, when they are; else null. */
  private final java.util.function.Function<Weapon, List<String>> byWeapon;
  /** The regimes a regime dimension groups by; null for every other dimension. */
  private final ReportingRegimes regimes;
  /** Whether {@link #withOrder} gave the order, so that another set of regimes keeps it. */
  private final boolean orderGiven;

  private Dimension(String name, Kind kind, Comparator<String> order, Keys keys) {
    this(name, kind, order, keys, false, null, null, false);
  }

  private Dimension(String name, Kind kind, Comparator<String> order, Keys keys,
      boolean byDate, java.util.function.Function<Weapon, List<String>> byWeapon,
      ReportingRegimes regimes, boolean orderGiven) {
    this.name = name;
    this.kind = kind;
    this.order = order;
    this.keys = keys;
    this.byDate = byDate;
    this.byWeapon = byWeapon;
    this.regimes = regimes;
    this.orderGiven = orderGiven;
  }

  private static Dimension ofWeaponKey(String name, Kind kind,
      java.util.function.Function<Weapon, List<String>> key) {
    return new Dimension(name, kind, TEXT_ORDER, (report, date, line) -> key.apply(line.weapon()),
        false, key, null, false);
  }

  private static Dimension ofDateKey(String name, Comparator<String> order,
      java.util.function.Function<LocalDate, String> key) {
    return ofDateKey(name, order, key, null);
  }

  private static Dimension ofDateKey(String name, Comparator<String> order,
      java.util.function.Function<LocalDate, String> key, ReportingRegimes regimes) {
    return new Dimension(name, Kind.REPORT, order,
        (report, date, line) -> List.of(key.apply(date)), true, null, regimes, false);
  }

  private static Dimension ofReportKey(String name, Comparator<String> order,
      BiFunction<StrikeReport, LocalDate, String> key) {
    return new Dimension(name, Kind.REPORT, order,
        (report, date, line) -> List.of(key.apply(report, date)));
  }

  /**
   * Returns a dimension keyed by a function of each line, its report and the report date. The
   * function is called once per line; when the key depends on the report alone, prefer
   * {@link #ofReport}, which is called once per report.
   *
   * @param name the dimension's name, used as the column heading; not blank
   * @param key the function giving a line's key; it must not return {@code null}
   * @return the dimension; its rows sort alphabetically, ignoring case
   * @throws IllegalArgumentException if the name is blank
   */
  public static Dimension of(String name, Function<LineContext, String> key) {
    Objects.requireNonNull(key, "key");
    return new Dimension(checkName(name), Kind.LINE, TEXT_ORDER,
        (report, date, line) ->
            List.of(checkKey(name, key.apply(new LineContext(report, line, date)))));
  }

  /**
   * Returns a dimension keyed by a function of the report and its attributed date, called once per
   * report.
   *
   * @param name the dimension's name, used as the column heading; not blank
   * @param key the function giving a report's key from the report and its date; it must not return
   *     {@code null}
   * @return the dimension; its rows sort alphabetically, ignoring case
   * @throws IllegalArgumentException if the name is blank
   */
  public static Dimension ofReport(String name, BiFunction<StrikeReport, LocalDate, String> key) {
    Objects.requireNonNull(key, "key");
    return ofReportKey(checkName(name), TEXT_ORDER,
        (report, date) -> checkKey(name, key.apply(report, date)));
  }

  /**
   * Returns a dimension keyed by the reporting regime of the report date, as
   * {@link ReportingRegimes#label} gives it; rows sort chronologically.
   *
   * <pre>{@code
   * Dimension.regime(ReportingRegimes.parse("2025-08"));  // "to 2025-07-31", "from 2025-08-01"
   * }</pre>
   *
   * @param regimes the regimes
   * @return the dimension, named {@code regime}
   */
  public static Dimension regime(ReportingRegimes regimes) {
    Objects.requireNonNull(regimes, "regimes");
    return ofDateKey("regime", regimes.labelOrder(),
        date -> regimes.label(regimes.indexOf(date)), regimes);
  }

  /** The regimes of a dimension built by {@link #regime}, such as {@link #REGIME}; else empty. */
  java.util.Optional<ReportingRegimes> regimes() {
    return java.util.Optional.ofNullable(regimes);
  }

  /**
   * A regime dimension grouping by other regimes, with the order {@link #withOrder} gave it if it
   * did; any other dimension as it is.
   */
  Dimension withRegimes(ReportingRegimes other) {
    if (regimes == null || regimes.equals(other)) {
      return this;
    }
    Dimension d = regime(other);
    return orderGiven ? d.withOrder(order) : d;
  }

  /**
   * Returns a copy of this dimension whose rows sort in another order.
   *
   * @param newOrder the order of key texts
   * @return the copy
   */
  public Dimension withOrder(Comparator<String> newOrder) {
    Objects.requireNonNull(newOrder, "newOrder");
    return new Dimension(name, kind, newOrder, keys, byDate, byWeapon, regimes, true);
  }

  /**
   * Reads the name of a built-in dimension, ignoring case: {@code day}, {@code week},
   * {@code month}, {@code quarter}, {@code year}, {@code weapon}, {@code model}, {@code category},
   * {@code family}, {@code region}, {@code source}, {@code regime} or {@code size}.
   *
   * @param text the name
   * @return the dimension
   * @throws IllegalArgumentException for any other name
   */
  public static Dimension parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip().toLowerCase(Locale.ROOT);
    for (Dimension d : BUILT_IN) {
      if (d.name.equals(s)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dimension '" + text + "': expected " + NAMES);
  }

  /**
   * Returns the built-in dimensions.
   *
   * @return day, week, month, quarter, year, weapon, model, category, family, region, source,
   *     regime and size
   */
  public static List<Dimension> builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the dimension's name, used as the column heading.
   *
   * @return the name, such as {@code week}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the order of this dimension's key texts.
   *
   * @return the comparator
   */
  public Comparator<String> order() {
    return order;
  }

  Kind kind() {
    return kind;
  }

  boolean isPerReport() {
    return kind == Kind.REPORT;
  }

  /** Whether the keys depend on the report date alone. */
  boolean isByDate() {
    return byDate;
  }

  /**
   * Returns the key this dimension gives a report dated {@code date}, when its keys depend on the
   * report date alone ({@link #DAY}, {@link #WEEK}, {@link #MONTH}, {@link #QUARTER}, {@link #YEAR},
   * a {@linkplain #regime regime}): the name of the row a date falls in, as a chart names its
   * ticks.
   *
   * <pre>{@code
   * Dimension.WEEK.keyOfDate(LocalDate.of(2025, 9, 4));   // Optional[2025-W36]
   * Dimension.QUARTER.keyOfDate(LocalDate.of(2025, 5, 1)); // Optional[2025-Q2]
   * Dimension.WEAPON.keyOfDate(LocalDate.of(2025, 5, 1));  // Optional.empty
   * }</pre>
   *
   * @param date the report date
   * @return the key, or empty for a dimension whose keys depend on more than the date
   */
  public Optional<String> keyOfDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return byDate ? Optional.of(keys.of(null, date, null).get(0)) : Optional.empty();
  }

  /** Whether the keys depend on the line's weapon alone. */
  boolean isByWeapon() {
    return byWeapon != null;
  }

  List<String> keys(StrikeReport report, LocalDate date, WeaponLine line) {
    return keys.of(report, date, line);
  }

  /**
   * Returns the name.
   *
   * @return {@link #name()}
   */
  @Override
  public String toString() {
    return name;
  }

  static String isoWeek(LocalDate date) {
    int year = date.get(IsoFields.WEEK_BASED_YEAR);
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return year + (week < 10 ? "-W0" : "-W") + week;
  }

  static String quarter(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Returns the labels of the families (DOMAIN.md §11), in this order: {@code drones},
   * {@code missiles}, {@code guided bombs}, {@code mixed} (a line across families) and
   * {@code unclassified} (a weapon the catalogue does not know).
   *
   * @return the labels
   */
  public static List<String> familyLabels() {
    return FAMILIES;
  }

  /** Sizes in increasing order, {@code (none)} and anything else last. */
  private static Comparator<String> sizeOrder() {
    return Comparator.comparingInt((String k) -> {
      int i = Attack.SIZE_BUCKETS.indexOf(k);
      return i < 0 ? Integer.MAX_VALUE : i;
    }).thenComparing(TEXT_ORDER);
  }

  /**
   * Returns the family of a category: {@code drones}, {@code missiles}, {@code guided bombs},
   * {@code mixed} or {@code unclassified}.
   *
   * @param category the category
   * @return the family's label
   */
  public static String family(WeaponCategory category) {
    Objects.requireNonNull(category, "category");
    switch (category.kind()) {
      case DRONE:
        return "drones";
      case MISSILE:
        return "missiles";
      case BOMB:
        return "guided bombs";
      case MIXED:
        return "mixed";
      default:
        return "unclassified";
    }
  }

  private static List<String> regions(StrikeReport report, LocalDate date, WeaponLine line) {
    var regions = report.regionsOf(line);
    if (regions.isEmpty()) {
      return List.of(NO_REGION);
    }
    if (regions.size() == 1) {
      return List.of(regions.iterator().next().name());
    }
    List<String> names = new ArrayList<>(regions.size());
    for (Region r : regions) {
      names.add(r.name());
    }
    return names;
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "dimension name must not be blank");
    return name.strip();
  }

  private static String checkKey(String dimension, String key) {
    return Objects.requireNonNull(key, () -> "dimension '" + dimension + "' gave a null key");
  }
}

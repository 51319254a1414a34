package org.conflictstats.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictstats.internal.Numbers;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Bootstrap;
import org.conflictstats.stats.ClusterUnit;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.ReportingRegimes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters that fail with one readable line. */
final class Converters {

  private Converters() {}

  /**
   * A whole number of an option that has no converter of its own ({@code --top}, {@code --limit}):
   * picocli's own says "'x' is not a long"; this one says "'x' is not a whole number", and for a
   * number too large, the most it takes.
   */
  static final class WholeLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return whole(value, Long.MAX_VALUE);
    }
  }

  /** As {@link WholeLong}, for an {@code int} option. */
  static final class WholeInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) whole(value, Integer.MAX_VALUE);
    }
  }

  /** A whole number from {@code min} to {@code max}, said so when it is not. */
  private static long from(String value, long min, long max, String what) {
    long n = whole(value, max);
    if (n < min) {
      throw new TypeConversionException(what + " must be from " + Numbers.grouped(min) + " to "
          + Numbers.grouped(max) + ": " + value.strip());
    }
    return n;
  }

  private static long whole(String value, long max) {
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number"
          + (value.strip().matches("[-+]?\\d+") ? " of at most " + Numbers.grouped(max) : ""));
    }
    if (Math.abs(n) > max) {
      throw new TypeConversionException("'" + value + "' is not a whole number of at most "
          + Numbers.grouped(max));
    }
    return n;
  }

  /**
   * A value of an enum option without a converter of its own ({@code --format}, {@code --to}),
   * ignoring case: picocli's says "expected one of [TABLE, CSV, JSON] (case-insensitive)"; this
   * one lists the values as the help and the README write them, "table, csv or json".
   */
  static final class EnumValue<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    EnumValue(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value.strip())) {
          return e;
        }
        names.add(e.name().toLowerCase(Locale.ROOT));
      }
      throw new TypeConversionException("expected " + Words.list(names, "or")
          + " (ignoring case) but was '" + value + "'");
    }

    /**
     * Has every enum option of the command and its subcommands that has no converter of its own
     * use this converter: the one place their values are listed.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void registerFor(picocli.CommandLine cl) {
      java.util.Set<Class<?>> enums = new java.util.LinkedHashSet<>();
      collect(cl, enums);
      for (Class<?> t : enums) {
        cl.registerConverter((Class) t, new EnumValue(t));
      }
    }

    private static void collect(picocli.CommandLine cl, java.util.Set<Class<?>> enums) {
      for (picocli.CommandLine.Model.ArgSpec a : cl.getCommandSpec().args()) {
        // a single value's type, or the element type of a list, array or Optional
        Class<?> t = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        if (t.isEnum() && a.converters().length == 0) {
          enums.add(t);
        }
      }
      for (picocli.CommandLine sub : cl.getSubcommands().values()) {
        collect(sub, enums);
      }
    }
  }

  /**
   * A time zone id such as {@code Europe/Kyiv}. An unknown one names the close ids: those whose
   * city part (after the last '/') is the value, ignoring case and '_' or space ({@code Kyiv},
   * {@code new york}), else the {@link CloseMatches} of the ids and their city parts.
   */
  static final class Zone implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        // nothing is close to a blank value: the whole list began with Africa/Abidjan (rv48b)
        List<String> close = value.isBlank() ? List.of() : closeZones(value);
        throw new TypeConversionException("unknown time zone '" + value + "'" + (close.isEmpty()
            ? ": expected a zone id such as Europe/Kyiv or UTC"
            : ": close matches: " + String.join(", ", close)));
      }
    }

    /** The zone ids close to a value that is none, sorted, at most five. */
    static List<String> closeZones(String value) {
      TreeSet<String> ids = new TreeSet<>(ZoneId.getAvailableZoneIds());
      String wanted = city(value);
      List<String> sameCity = new ArrayList<>();
      Map<String, List<String>> byName = new LinkedHashMap<>();
      for (String id : ids) {
        if (!wanted.isEmpty() && city(id).equals(wanted)) {
          sameCity.add(id);
        }
        byName.computeIfAbsent(id, k -> new ArrayList<>()).add(id);
        String cityPart = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        byName.computeIfAbsent(cityPart, k -> new ArrayList<>()).add(id);
      }
      if (!sameCity.isEmpty()) {
        return sameCity.subList(0, Math.min(5, sameCity.size()));
      }
      Set<String> close = new LinkedHashSet<>();
      for (String name : CloseMatches.of(value.replace('_', ' '), byName.keySet())) {
        close.addAll(byName.get(name));
      }
      return new ArrayList<>(close).subList(0, Math.min(5, close.size()));
    }

    /** The city part of a zone id or value, lower case, without '_' and spaces. */
    private static String city(String id) {
      return id.strip().substring(id.strip().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)
          .replace("_", "").replace(" ", "");
    }
  }

  /** A comma list of built-in grouping dimensions. */
  /**
   * The groupings of a repeated {@code --by} (picocli adds each one's list to the last): each at
   * most once.
   *
   * @throws CliException (exit 2) naming a grouping given twice
   */
  static List<Dimension> once(List<Dimension> by) {
    for (int i = 0; i < by.size(); i++) {
      if (by.subList(0, i).contains(by.get(i))) {
        throw new CliException("Invalid value for option '--by': grouping '" + by.get(i).name()
            + "' given twice");
      }
    }
    return by;
  }

  static final class Dimensions implements ITypeConverter<List<Dimension>> {
    @Override
    public List<Dimension> convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("no grouping given: expected a comma list such as"
            + " month,weapon");
      }
      List<Dimension> out = new ArrayList<>();
      for (String part : value.split(",", -1)) { // -1: an empty name at the end is one too
        String name = part.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          throw new TypeConversionException("an empty grouping in the list '" + value + "'");
        }
        Dimension d = Dimension.builtIn().stream().filter(x -> x.name().equals(name)).findFirst()
            .orElseThrow(() -> new TypeConversionException("unknown grouping '" + name
                + "': expected day, week, month, quarter, year, weapon, model, category, family,"
                + " region, source, regime or size"));
        if (out.contains(d)) {
          throw new TypeConversionException("grouping '" + name + "' given twice");
        }
        out.add(d);
      }
      return out;
    }
  }

  /** first or last. */
  static final class Prefer implements ITypeConverter<DistinctReports.Prefer> {
    @Override
    public DistinctReports.Prefer convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "first":
          return DistinctReports.Prefer.FIRST;
        case "last":
          return DistinctReports.Prefer.LAST;
        default:
          throw new TypeConversionException("expected first or last: '" + value + "'");
      }
    }
  }

  /**
   * national, regional, other, all, or a comma list of these and source names. A name one or two
   * letters from one of the four words ({@code nationl}, {@code othr}) is taken for a misspelling
   * of it and refused before anything is read: it would count nothing, and the other source names
   * are only known once the input is read. Such a name cannot be given as a source name (as the
   * four words themselves cannot): {@code --by source} shows its figures.
   */
  static final class Scope implements ITypeConverter<SourceScope> {
    static final List<String> KINDS = List.of("national", "regional", "other", "all");

    @Override
    public SourceScope convert(String value) {
      SourceScope scope;
      try {
        scope = SourceScope.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      for (String name : scope.names()) {
        List<String> close = CloseMatches.byDistance(name, KINDS);
        if (!close.isEmpty()) {
          throw new TypeConversionException("unknown source '" + name.strip()
              + "': close matches: " + String.join(", ", close) + " (a name this close to "
              + "national, regional, other or all is taken for it misspelt)");
        }
      }
      return scope;
    }
  }

  /** kinetic or neutralisation. */
  static final class Rate implements ITypeConverter<RateKind> {
    @Override
    public RateKind convert(String value) {
      try {
        return RateKind.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown rate '" + value
            + "': expected kinetic or neutralisation");
      }
    }
  }

  /** cluster, bootstrap, wilson, clopper-pearson, jeffreys or none. */
  static final class Interval implements ITypeConverter<IntervalChoice> {
    @Override
    public IntervalChoice convert(String value) {
      if (value.strip().equalsIgnoreCase("none")) {
        return new IntervalChoice(Optional.empty());
      }
      try {
        return new IntervalChoice(Optional.of(IntervalMethod.parse(value)));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown interval '" + value
            + "': expected cluster, bootstrap, wilson, clopper-pearson, jeffreys or none");
      }
    }
  }

  /** How many bootstrap replicates: a whole number from 100 to 1,000,000. */
  static final class Replicates implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      long n = wholeNumber(value, "replicates");
      if (n < Bootstrap.MIN_REPLICATES || n > Bootstrap.MAX_REPLICATES) {
        throw new TypeConversionException("replicates must be between 100 and 1,000,000: "
            + value.strip());
      }
      return (int) n;
    }
  }

  /** A grouping window: a whole number of reports, 1 or more, or {@code all}. */
  static final class GroupingWindow implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (value.strip().equalsIgnoreCase("all")) {
        return Integer.MAX_VALUE;
      }
      long n = wholeNumber(value, "grouping window");
      if (n < 1) {
        throw new TypeConversionException("the grouping window must be 1 report or more, or"
            + " 'all': " + value.strip());
      }
      return (int) Math.min(n, Integer.MAX_VALUE);
    }
  }

  /** A bootstrap seed: any whole number that fits 64 bits. */
  static final class Seed implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return wholeNumber(value, "seed");
    }
  }

  /** The smallest launched count whose rate is shown: a whole number, 0 or more. */
  static final class MinLaunched implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long n = wholeNumber(value, "minimum launched");
      if (n < 0) {
        throw new TypeConversionException("minimum launched must not be negative: "
            + value.strip());
      }
      return n;
    }
  }

  /**
   * How many attacks {@code attacks --top} lists: 1 or more, below {@code Integer.MAX_VALUE} (the
   * largest are kept in arrays of one more).
   */
  static final class Top implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return from(value, 1, Integer.MAX_VALUE - 1, "the number of attacks");
    }
  }

  /** How many reports of each kind {@code diff --limit} lists: 0 or more. */
  static final class Limit implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) from(value, 0, Integer.MAX_VALUE, "the number of reports");
    }
  }

  /** Reporting-regime boundaries: a comma list of dates or months, or none. */
  static final class Regimes implements ITypeConverter<ReportingRegimes> {
    @Override
    public ReportingRegimes convert(String value) {
      if (value.isBlank()) {
        // an unset shell variable must not switch the warning off: none is said as "none"
        throw new TypeConversionException("empty: give boundaries such as 2024-07,2025-08, or"
            + " none");
      }
      try {
        return ReportingRegimes.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("bad regime boundaries '" + value + "': "
            + e.getMessage());
      }
    }
  }

  /** report or day. */
  static final class Unit implements ITypeConverter<ClusterUnit> {
    @Override
    public ClusterUnit convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "report":
          return ClusterUnit.REPORT;
        case "day":
          return ClusterUnit.DAY;
        default:
          throw new TypeConversionException("unknown cluster unit '" + value
              + "': expected report or day");
      }
    }
  }

  private static long wholeNumber(String value, String what) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(what + " must be a whole number: '" + value + "'");
    }
  }

  /** A chosen interval method, or none. */
  record IntervalChoice(Optional<IntervalMethod> method) {
    // written out: picocli prints the default value at start-up, and a record's generated
    // toString costs a method-handle bootstrap (tens of milliseconds in a cold JVM)
    @Override
    public String toString() {
      return method.map(IntervalMethod::toString).orElse("none");
    }
  }

  /** A confidence level strictly between 0 and 1. */
  static final class Level implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double d;
      try {
        d = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number");
      }
      if (!(d > 0 && d < 1)) {
        throw new TypeConversionException("level must lie strictly between 0 and 1: " + value);
      }
      // printed as a percentage from its shortest decimal: 1e-300 made a column heading of 300
      // digits (review rv45b)
      if (new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().scale() > 6) {
        throw new TypeConversionException("level has more than 6 decimals: " + value);
      }
      return d;
    }
  }
}

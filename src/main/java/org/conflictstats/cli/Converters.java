package org.conflictstats.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters that fail with one readable line. */
final class Converters {

  private Converters() {}

  /** A time zone id such as {@code Europe/Kyiv}. */
  static final class Zone implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new TypeConversionException("unknown time zone '" + value + "'");
      }
    }
  }

  /** A comma list of built-in grouping dimensions. */
  static final class Dimensions implements ITypeConverter<List<Dimension>> {
    @Override
    public List<Dimension> convert(String value) {
      List<Dimension> out = new ArrayList<>();
      for (String part : value.split(",")) {
        String name = part.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          continue;
        }
        Dimension d = Dimension.builtIn().stream().filter(x -> x.name().equals(name)).findFirst()
            .orElseThrow(() -> new TypeConversionException("unknown grouping '" + name
                + "': expected day, week, month, quarter, year, weapon, model, category, family,"
                + " region or source"));
        if (out.contains(d)) {
          throw new TypeConversionException("grouping '" + name + "' given twice");
        }
        out.add(d);
      }
      if (out.isEmpty()) {
        throw new TypeConversionException("no grouping given: expected a comma list such as"
            + " month,weapon");
      }
      return out;
    }
  }

  /** national, regional or all. */
  static final class Scope implements ITypeConverter<SourceScope> {
    @Override
    public SourceScope convert(String value) {
      try {
        return SourceScope.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
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

  /** wilson, clopper-pearson, jeffreys or none. */
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
            + "': expected wilson, clopper-pearson, jeffreys or none");
      }
    }
  }

  /** A chosen interval method, or none. */
  record IntervalChoice(Optional<IntervalMethod> method) {}

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
      return d;
    }
  }
}

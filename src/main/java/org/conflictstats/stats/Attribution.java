package org.conflictstats.stats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.conflictstats.model.ReportPeriod;

/**
 * How a report is attributed to a date (DOMAIN.md §5): by default the local date of the end of its
 * period in Europe/Kyiv, so the night of 16 to 17 April belongs to 17 April.
 *
 * <pre>{@code
 * Attribution.standard().dateOf(night);                          // 2025-04-17
 * Attribution.of(Attribution.Rule.START_DATE, ReportPeriod.KYIV)
 *     .dateOf(night);                                            // 2025-04-16
 * Attribution.standard().withZone(ZoneOffset.UTC).dateOf(night); // end instant's date in UTC
 * }</pre>
 *
 * <p>A time given with a date only (no time of day) is attributed to that date in any zone: moving
 * its midnight to another zone would invent a time the source never gave.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule which end of the period decides the date
 * @param zone the zone whose calendar dates are used
 */
public record Attribution(Rule rule, ZoneId zone) {

  private static final Attribution STANDARD = new Attribution(Rule.END_DATE, ReportPeriod.KYIV);

  /** Which end of a report's period decides its date. */
  public enum Rule {
    /** The local date of the period's end: the default. */
    END_DATE,
    /** The local date of the period's start. */
    START_DATE;

    /**
     * Reads a rule name, ignoring case and hyphens: {@code end-date}, {@code end},
     * {@code start-date} or {@code start}.
     *
     * @param text the name
     * @return the rule
     * @throws IllegalArgumentException for any other name
     */
    public static Rule parse(String text) {
      Objects.requireNonNull(text, "text");
      switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
        case "end":
        case "end-date":
          return END_DATE;
        case "start":
        case "start-date":
          return START_DATE;
        default:
          throw new IllegalArgumentException(
              "unknown attribution rule '" + text + "': expected end-date or start-date");
      }
    }
  }

  /** Checks the components. */
  public Attribution {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * Returns the default attribution: the end date, in Europe/Kyiv.
   *
   * @return the standard attribution
   */
  public static Attribution standard() {
    return STANDARD;
  }

  /**
   * Returns an attribution.
   *
   * @param rule which end of the period decides the date
   * @param zone the zone whose calendar dates are used
   * @return the attribution
   */
  public static Attribution of(Rule rule, ZoneId zone) {
    return new Attribution(rule, zone);
  }

  /**
   * Returns a copy with another rule.
   *
   * @param newRule the rule
   * @return the copy
   */
  public Attribution withRule(Rule newRule) {
    return new Attribution(newRule, zone);
  }

  /**
   * Returns a copy with another zone.
   *
   * @param newZone the zone
   * @return the copy
   */
  public Attribution withZone(ZoneId newZone) {
    return new Attribution(rule, newZone);
  }

  /**
   * Returns the date a period is attributed to.
   *
   * @param period the period
   * @return the local date, in this attribution's zone, of the end (or start) of the period
   */
  public LocalDate dateOf(ReportPeriod period) {
    Objects.requireNonNull(period, "period");
    ReportPeriod seen = period.inZone(zone); // a date-only time stays its date
    return (rule == Rule.END_DATE ? seen.end() : seen.start()).date();
  }
}

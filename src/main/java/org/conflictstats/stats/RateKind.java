package org.conflictstats.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * Which rate to compute from a {@link Tally} (DOMAIN.md §4).
 *
 * <pre>{@code
 * tally.rate(RateKind.NEUTRALISATION); // same as tally.neutralisationRate()
 * RateKind.parse("kinetic");           // KINETIC
 * }</pre>
 */
public enum RateKind {
  /** Shot down or suppressed, over launched: the figure the Air Force headlines. */
  NEUTRALISATION("neutralisation", "neutralised"),
  /** Shot down by air defence (kinetic interception), over launched. */
  KINETIC("kinetic", "destroyed");

  private final String label;
  private final String numeratorLabel;

  RateKind(String label, String numeratorLabel) {
    this.label = label;
    this.numeratorLabel = numeratorLabel;
  }

  /**
   * Returns the name of the rate as printed: {@code neutralisation} or {@code kinetic}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the name of what the rate counts: {@code neutralised} or {@code destroyed}.
   *
   * @return the label of the numerator
   */
  public String numeratorLabel() {
    return numeratorLabel;
  }

  /**
   * Reads a rate name, ignoring case: {@code neutralisation} (also {@code neutralization}) or
   * {@code kinetic}.
   *
   * @param text the name
   * @return the rate kind
   * @throws IllegalArgumentException for any other name
   */
  public static RateKind parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "neutralisation":
      case "neutralization":
        return NEUTRALISATION;
      case "kinetic":
        return KINETIC;
      default:
        throw new IllegalArgumentException(
            "unknown rate '" + text + "': expected neutralisation or kinetic");
    }
  }

  /**
   * Returns the label.
   *
   * @return {@link #label()}
   */
  @Override
  public String toString() {
    return label;
  }
}

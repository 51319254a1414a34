package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Words of a text that hold figures which are not the report's, with the reason they were kept
 * out: a claim of Russia's defence ministry, a regional governor's count of his own oblast, a recap
 * of an earlier night, what "the remaining 20" drones are (a remainder, not a figure), or a figure
 * that contradicts an earlier one.
 *
 * <pre>{@code
 * // "In Moscow, the defence ministry said its air defences had destroyed 57 Ukrainian drones."
 * SetAside s = extraction.setAside().get(0);
 * s.reason();    // RUSSIAN_CLAIM
 * s.figures();   // [drones destroyed 57 ...]: what the words would have given
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param span the words set aside (a sentence, or the clause that holds the figure)
 * @param text those words
 * @param reason why
 * @param detail the cue that decided it ({@code "defence ministry"}, {@code "a night earlier"})
 * @param figures the figures the words would have given, possibly empty
 */
public record SetAside(Span span, String text, Reason reason, String detail,
    ImmutableList<Figure> figures) {

  /** Why figures are kept out of the report. */
  public enum Reason {
    /** Russia's side (its defence ministry, the Kremlin) or Ukraine's own weapons. */
    RUSSIAN_CLAIM("a claim of the Russian side, not the Ukrainian Air Force's figure"),
    /** A regional governor, administration or air command counting its own area. */
    OTHER_SOURCE("a regional count by another source, not the national Air Force's figure"),
    /** A recap of an earlier night, week or month. */
    OTHER_PERIOD("a recap of another night or period"),
    /** "The remaining 20 drones": what the other figures leave, not a figure of its own. */
    REMAINDER("a remainder the other figures imply, not a figure of its own"),
    /** A second figure for the same group and field that the first does not allow. */
    CONFLICT("contradicts an earlier figure for the same group and field");

    private final String explanation;

    Reason(String explanation) {
      this.explanation = explanation;
    }

    /**
     * Returns the reason in words, as the table output prints it.
     *
     * @return the explanation
     */
    public String explanation() {
      return explanation;
    }
  }

  /** Checks that every component is present. */
  public SetAside {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(figures, "figures");
  }
}

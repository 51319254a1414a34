package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.model.StrikeReport;

/**
 * What {@link StatementExtractor} read in one text: the report it states (if it states any
 * figure), every figure with the words it came from, the figures set aside with their reason, and
 * the sentences not understood.
 *
 * <pre>{@code
 * Extraction x = StatementExtractor.builtIn().extract(text, LocalDate.of(2025, 4, 17));
 * x.report().ifPresent(r -> System.out.println(r.lines()));
 * x.figures().forEach(f -> System.out.println(f + "  " + f.span().of(x.text())));
 * x.setAside().forEach(s -> System.out.println(s.reason() + ": " + s.text()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the text read
 * @param language the language detected
 * @param date the date the report covers (the morning after the night)
 * @param report the report, empty when the text states no figure of its own
 * @param figures every figure taken into the report, in the order of the text; a figure stated
 *     twice appears twice, each with its own words
 * @param setAside figures kept out of the report, with their reason
 * @param notUnderstood sentences with numbers, weapon names or outcome words that gave no
 *     figure
 */
public record Extraction(String text, Language language, LocalDate date,
    Optional<StrikeReport> report, ImmutableList<Figure> figures, ImmutableList<SetAside> setAside,
    ImmutableList<NotUnderstood> notUnderstood) {

  /** Checks that every component is present. */
  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(setAside, "setAside");
    Objects.requireNonNull(notUnderstood, "notUnderstood");
  }

  /**
   * Returns the reports the text states: its report, or none. One text states one report; figures
   * of other nights or sources are {@linkplain #setAside() set aside}, not made into reports.
   *
   * @return the reports, zero or one
   */
  public List<StrikeReport> reports() {
    return report.map(List::of).orElse(List.of());
  }
}

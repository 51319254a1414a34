package org.conflictstats.validation;

import org.conflictstats.model.StrikeReport;

/**
 * One check of a strike report. A rule reports what it finds to a {@link FindingSink}; it never
 * throws for a data problem, however bad the report. Add rules to a validator with
 * {@link Validator#with(Rule)}.
 *
 * <pre>{@code
 * Rule noNotes = (report, sink) -> {
 *   if (report.notes().isEmpty()) {
 *     sink.add("NO_NOTES", Severity.INFO, FieldPath.root().field("notes"), "the report has no notes",
 *         Optional.empty());
 *   }
 * };
 * Validator v = Validator.standard().with(noNotes);
 * }</pre>
 *
 * <p>Implementations should be immutable and thread-safe: a validator may run one rule on many
 * reports at once.
 */
@FunctionalInterface
public interface Rule {

  /**
   * Checks a report and reports every finding to the sink.
   *
   * @param report the report, never {@code null}
   * @param sink where findings go; the validator fills in the report's id
   */
  void check(StrikeReport report, FindingSink sink);
}

package org.conflictstats.validation;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.conflictstats.model.StrikeReport;

/**
 * STUB (to be completed by the validation work): validates strike reports.
 */
public final class Validator {

  private static final Validator STANDARD = new Validator();

  private Validator() {}

  /**
   * Returns the validator with the standard rule set.
   *
   * @return the standard validator
   */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * Validates a report.
   *
   * @param report the report
   * @return every finding
   */
  public ValidationResult validate(StrikeReport report) {
    Objects.requireNonNull(report, "report");
    return new ValidationResult(ImmutableList.of());
  }
}

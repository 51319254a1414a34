package org.conflictstats.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * STUB (to be completed by the validation work): the findings of one validation.
 *
 * @param findings the findings, empty when none
 */
public record ValidationResult(ImmutableList<Object> findings) {

  /** Checks the components. */
  public ValidationResult {
    Objects.requireNonNull(findings, "findings");
  }

  /**
   * Returns whether any finding is an error.
   *
   * @return {@code true} when the report has an error
   */
  public boolean hasErrors() {
    return false;
  }

  /**
   * Returns the findings.
   *
   * @return the findings
   */
  public List<Object> all() {
    return findings;
  }
}

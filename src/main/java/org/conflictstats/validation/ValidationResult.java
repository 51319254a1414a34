package org.conflictstats.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * The findings of a validation, of one report or of many: an immutable list, in the order the rules
 * reported them, with queries by severity, code and report.
 *
 * <pre>{@code
 * ValidationResult result = Validator.standard().validate(report);
 * result.hasErrors();                 // true when any finding is an error
 * result.highest();                   // Optional[WARNING], or empty when nothing was found
 * result.count(Severity.WARNING);     // how many warnings
 * result.findings(FindingCode.DUPLICATE_WEAPON);
 * ValidationResult all = result.merge(other);
 * }</pre>
 *
 * <p>{@link #merge} concatenates findings: it is associative, with {@link #empty()} as identity.
 * Equality is by the list of findings. This class is immutable and thread-safe.
 */
public final class ValidationResult {

  private static final ValidationResult EMPTY = new ValidationResult(ImmutableList.of());

  private final ImmutableList<Finding> findings;

  private ValidationResult(ImmutableList<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Returns the result with no findings.
   *
   * @return the empty result
   */
  public static ValidationResult empty() {
    return EMPTY;
  }

  /**
   * Returns a result holding the given findings, in their order.
   *
   * @param findings the findings
   * @return the result
   */
  public static ValidationResult of(Iterable<Finding> findings) {
    ImmutableList<Finding> list = ImmutableList.copyOf(findings);
    return list.isEmpty() ? EMPTY : new ValidationResult(list);
  }

  /**
   * Returns a collector of findings into a result, keeping the encounter order.
   *
   * @return the collector
   */
  public static Collector<Finding, ?, ValidationResult> toValidationResult() {
    return Collector.<Finding, List<Finding>, ValidationResult>of(
        ArrayList::new,
        (list, f) -> list.add(Objects.requireNonNull(f, "finding")),
        (l, r) -> {
          l.addAll(r);
          return l;
        },
        ValidationResult::of);
  }

  /**
   * Returns every finding.
   *
   * @return the findings, empty when none
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of exactly one severity.
   *
   * @param severity the severity
   * @return those findings, in order
   */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings of one standard code.
   *
   * @param code the code
   * @return those findings, in order
   */
  public List<Finding> findings(FindingCode code) {
    return findings(code.code());
  }

  /**
   * Returns the findings of one code, standard or custom.
   *
   * @param code the code text
   * @return those findings, in order
   */
  public List<Finding> findings(String code) {
    Objects.requireNonNull(code, "code");
    return findings.stream().filter(f -> f.code().equals(code))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many findings have exactly one severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return findings(severity).size();
  }

  /**
   * Returns how many findings have one standard code.
   *
   * @param code the code
   * @return the count
   */
  public int count(FindingCode code) {
    return findings(code).size();
  }

  /**
   * Returns whether nothing at all was found.
   *
   * @return {@code true} when there is no finding
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns whether any finding is an {@linkplain Severity#ERROR error}.
   *
   * @return {@code true} when the validated reports have an error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns whether no finding is an error: warnings and infos leave a report valid.
   *
   * @return {@code !hasErrors()}
   */
  public boolean isValid() {
    return !hasErrors();
  }

  /**
   * Returns the most serious severity found.
   *
   * @return the highest severity, or empty when there is no finding
   */
  public Optional<Severity> highest() {
    return findings.stream().map(Finding::severity).max(Enum::compareTo);
  }

  /**
   * Returns the findings about one report.
   *
   * @param reportId the report's id
   * @return a result of those findings
   */
  public ValidationResult forReport(String reportId) {
    Objects.requireNonNull(reportId, "reportId");
    return of(findings.stream().filter(f -> f.reportId().equals(reportId))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the ids of the reports with a finding at least as serious as {@code severity}, in the
   * order they first appear. {@code reportIds(Severity.ERROR)} are the reports that statistics leave
   * out by default.
   *
   * @param severity the least severity
   * @return the report ids
   */
  public ImmutableSet<String> reportIds(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity().isAtLeast(severity))
        .map(Finding::reportId).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns a result with this result's findings followed by another's.
   *
   * @param other the other result
   * @return the merged result
   */
  public ValidationResult merge(ValidationResult other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new ValidationResult(
        ImmutableList.<Finding>builder().addAll(findings).addAll(other.findings).build());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationResult r && r.findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns a summary such as {@code "2 errors, 1 warning, 0 infos"}.
   */
  @Override
  public String toString() {
    return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning")
        + ", " + plural(count(Severity.INFO), "info");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

package org.conflictstats.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing a validator found in one report: how serious it is, a stable code, where it points, a
 * message for people and the offending value. A finding carries its report's id, so it stands
 * alone in a list of findings from many reports.
 *
 * <pre>{@code
 * Finding f = result.findings().get(0);
 * f.code();              // "OUTCOMES_EXCEED_LAUNCHED"
 * f.path().toString();   // "lines[2]"
 * f.value();             // Optional[at least 26]
 * f.hasCode(FindingCode.OUTCOMES_EXCEED_LAUNCHED); // true
 * }</pre>
 *
 * <p>Standard codes are listed in {@link FindingCode}; a custom rule may use codes of its own,
 * written like the standard ones (upper-case letters, digits and underscores).
 *
 * @param reportId the id of the report the finding is about, not blank
 * @param severity how serious the finding is
 * @param code the stable code, such as {@code "NO_SOURCE"}: an upper-case letter, then upper-case
 *     letters, digits and underscores
 * @param path where in the report the finding points; the root for the report as a whole
 * @param message what is wrong, for people; not blank
 * @param value the offending value as text ({@code "at least 26"}, {@code "Mystery-9"}), when there
 *     is one
 */
public record Finding(
    String reportId,
    Severity severity,
    String code,
    FieldPath path,
    String message,
    Optional<String> value) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the report id or message is blank or the code is malformed
   */
  public Finding {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(value, "value");
    checkArgument(!reportId.isBlank(), "reportId must not be blank");
    checkCodeAndMessage(code, message);
  }

  /**
   * The checks of a finding's code and message, which every {@link FindingSink} the validator
   * supplies makes, whether it keeps the finding or only asks whether it is an error.
   *
   * @throws IllegalArgumentException if the code is malformed or the message blank
   */
  static void checkCodeAndMessage(String code, String message) {
    checkArgument(CODE.matcher(code).matches(),
        "code must be upper-case letters, digits and underscores: '%s'", code);
    checkArgument(!message.isBlank(), "message must not be blank");
  }

  /**
   * Returns a finding of a standard code, at its default severity.
   *
   * @param reportId the report's id
   * @param code the code
   * @param path where the finding points
   * @param message what is wrong
   * @param value the offending value, or empty
   * @return the finding
   */
  public static Finding of(String reportId, FindingCode code, FieldPath path, String message,
      Optional<String> value) {
    return new Finding(reportId, code.defaultSeverity(), code.code(), path, message, value);
  }

  /**
   * Returns whether this finding has the given standard code.
   *
   * @param standard the code
   * @return {@code true} when the codes' texts are equal
   */
  public boolean hasCode(FindingCode standard) {
    return code.equals(standard.code());
  }

  /**
   * Returns the standard code of this finding.
   *
   * @return the code, or empty for a custom rule's code
   */
  public Optional<FindingCode> standardCode() {
    return FindingCode.fromCode(code);
  }

  /**
   * Returns a copy with another severity.
   *
   * @param newSeverity the severity
   * @return the copy
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(reportId, newSeverity, code, path, message, value);
  }

  /**
   * Returns one line for people, such as
   * {@code "ERROR OUTCOMES_EXCEED_LAUNCHED [r-1] lines[2]: known outcomes ... (value: at least 26)"};
   * the root path shows as {@code (report)}.
   */
  @Override
  public String toString() {
    return severity + " " + code + " [" + reportId + "] " + (path.isRoot() ? "(report)" : path)
        + ": " + message + value.map(v -> " (value: " + v + ")").orElse("");
  }
}

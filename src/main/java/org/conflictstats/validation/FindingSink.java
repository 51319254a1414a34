package org.conflictstats.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link Rule} reports its findings. The validator supplies the sink: it adds the report's
 * id, applies severity overrides and drops suppressed codes ({@link Validator#withoutCode}).
 *
 * <pre>{@code
 * sink.add(FindingCode.NO_SOURCE, FieldPath.root().field("source"), "the report names no source");
 * sink.add("MY_CODE", Severity.WARNING, FieldPath.parse("lines[0].launched"), "too many",
 *     Optional.of("5000"));
 * sink.add("MY_OTHER_CODE", Severity.INFO, FieldPath.root(), "a custom finding, no value");
 * }</pre>
 *
 * <p>A sink is used by one validation at a time and need not be thread-safe.
 */
@FunctionalInterface
public interface FindingSink {

  /**
   * Reports a finding.
   *
   * @param code the stable code: an upper-case letter, then upper-case letters, digits and
   *     underscores
   * @param severity the severity
   * @param path where in the report the finding points
   * @param message what is wrong, for people; not blank
   * @param value the offending value as text, or empty
   * @throws IllegalArgumentException if the code is malformed or the message blank
   */
  void add(String code, Severity severity, FieldPath path, String message, Optional<String> value);

  /**
   * Reports a finding of any code with no offending value.
   *
   * @param code the stable code: an upper-case letter, then upper-case letters, digits and
   *     underscores
   * @param severity the severity
   * @param path where in the report the finding points
   * @param message what is wrong, for people; not blank
   * @throws IllegalArgumentException if the code is malformed or the message blank
   */
  default void add(String code, Severity severity, FieldPath path, String message) {
    add(code, severity, path, message, Optional.empty());
  }

  /**
   * Returns whether the sink keeps findings of a standard code, so that a rule may skip building a
   * message nobody will read (a sink that only asks whether a report has errors keeps no warning).
   * Every finding of a code the sink wants must be added; others may be added or not.
   *
   * @param code the code
   * @return {@code true} by default
   */
  default boolean wants(FindingCode code) {
    return true;
  }

  /**
   * Reports a finding of a standard code, at its default severity, with no offending value.
   *
   * @param code the code
   * @param path where in the report the finding points
   * @param message what is wrong
   */
  default void add(FindingCode code, FieldPath path, String message) {
    add(code.code(), code.defaultSeverity(), path, message, Optional.empty());
  }

  /**
   * Reports a finding of a standard code, at its default severity, with an offending value.
   *
   * @param code the code
   * @param path where in the report the finding points
   * @param message what is wrong
   * @param value the offending value; its {@code toString()} is kept
   */
  default void add(FindingCode code, FieldPath path, String message, Object value) {
    add(code.code(), code.defaultSeverity(), path, message,
        Optional.of(Objects.requireNonNull(value, "value").toString()));
  }
}

package org.conflictstats.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.model.StrikeReport;

/**
 * Validates strike reports against a set of {@link Rule}s and returns every finding as a
 * {@link ValidationResult}. A data problem is a finding, never an exception: exceptions are only for
 * misuse (a {@code null} argument).
 *
 * <pre>{@code
 * ValidationResult r = Validator.standard().validate(report);
 * if (r.hasErrors()) { ... }
 *
 * Validator mine = Validator.standard()
 *     .withoutCode(FindingCode.COMPOSITE_WEAPON)               // not interested
 *     .withSeverity(FindingCode.LAUNCHED_UNKNOWN, Severity.INFO) // less serious for me
 *     .with((report, sink) -> { ... });                          // a rule of my own
 * ValidationResult all = mine.validateAll(reports);           // findings of every report
 * }</pre>
 *
 * <p>The standard rules and their codes are listed in {@link FindingCode} and in the
 * {@linkplain org.conflictstats.validation package documentation}. Findings come in rule order, and
 * within a rule in the order of the report's lines. This class is immutable and thread-safe as long
 * as its rules are; every {@code with} method returns a changed copy.
 */
public final class Validator {

  /** The longest period the standard rule accepts without a warning. */
  static final Duration MAX_PERIOD = Duration.ofHours(48);

  private static final Validator STANDARD = new Validator(
      ImmutableList.of(
          new SourceRule(),
          new PeriodRule(MAX_PERIOD),
          new ClockChangeRule(),
          new OutcomesRule(),
          new UnresolvedWeaponRule(),
          new CompositeWeaponRule(),
          new DuplicateWeaponRule(),
          new CasualtiesRule(),
          new LimitsRule()),
      ImmutableSet.of(),
      ImmutableMap.of());

  private final ImmutableList<Rule> rules;
  private final ImmutableSet<String> suppressed;
  private final ImmutableMap<String, Severity> severities;

  private Validator(ImmutableList<Rule> rules, ImmutableSet<String> suppressed,
      ImmutableMap<String, Severity> severities) {
    this.rules = rules;
    this.suppressed = suppressed;
    this.severities = severities;
  }

  /**
   * Returns the validator with the standard rule set: every code of {@link FindingCode}.
   *
   * @return the standard validator
   */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * Returns a validator with exactly the given rules, in order.
   *
   * @param rules the rules
   * @return the validator
   */
  public static Validator of(Rule... rules) {
    return of(List.of(rules));
  }

  /**
   * Returns a validator with exactly the given rules, in order.
   *
   * @param rules the rules
   * @return the validator
   */
  public static Validator of(Iterable<? extends Rule> rules) {
    return new Validator(ImmutableList.copyOf(rules), ImmutableSet.of(), ImmutableMap.of());
  }

  /**
   * Returns a copy that also runs {@code rule}, after this validator's rules.
   *
   * @param rule the rule to add
   * @return the extended copy
   */
  public Validator with(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return new Validator(ImmutableList.<Rule>builder().addAll(rules).add(rule).build(), suppressed,
        severities);
  }

  /**
   * Returns a copy that drops every finding of a code, whichever rule reports it.
   *
   * @param code the code to drop
   * @return the trimmed copy
   */
  public Validator withoutCode(FindingCode code) {
    return withoutCode(code.code());
  }

  /**
   * Returns a copy that drops every finding of a code, standard or custom.
   *
   * @param code the code text to drop
   * @return the trimmed copy
   */
  public Validator withoutCode(String code) {
    Objects.requireNonNull(code, "code");
    return new Validator(rules, ImmutableSet.<String>builder().addAll(suppressed).add(code).build(),
        severities);
  }

  /**
   * Returns a copy that gives every finding of a code another severity.
   *
   * @param code the code
   * @param severity the severity its findings get
   * @return the changed copy
   */
  public Validator withSeverity(FindingCode code, Severity severity) {
    return withSeverity(code.code(), severity);
  }

  /**
   * Returns a copy that gives every finding of a code, standard or custom, another severity.
   *
   * @param code the code text
   * @param severity the severity its findings get
   * @return the changed copy
   */
  public Validator withSeverity(String code, Severity severity) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Map<String, Severity> m = new LinkedHashMap<>(severities);
    m.put(code, severity);
    return new Validator(rules, suppressed, ImmutableMap.copyOf(m));
  }

  /**
   * Returns the rules this validator runs, in order.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Validates one report.
   *
   * @param report the report
   * @return every finding, empty when none
   * @throws NullPointerException if the report is {@code null}, or a rule reports {@code null}
   * @throws IllegalArgumentException if a rule reports a malformed code or a blank message, even
   *     of a suppressed code
   */
  public ValidationResult validate(StrikeReport report) {
    Objects.requireNonNull(report, "report");
    List<Finding> found = new ArrayList<>(0);
    FindingSink sink = (code, severity, path, message, value) -> {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(severity, "severity");
      if (suppressed.contains(code)) {
        checkFinding(code, severity, path, message, value);
      } else {
        // the finding's constructor makes the same checks
        found.add(new Finding(report.id(), severities.getOrDefault(code, severity), code, path,
            message, value));
      }
    };
    for (Rule rule : rules) {
      rule.check(report, sink);
    }
    return found.isEmpty() ? ValidationResult.empty() : ValidationResult.of(found);
  }

  /**
   * What a rule reports is checked whatever becomes of it (kept, suppressed, or only asked whether
   * it is an error), so that {@link #validate} and {@link #hasErrors} refuse the same rules.
   */
  private static void checkFinding(String code, Severity severity, FieldPath path, String message,
      Optional<String> value) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(value, "value");
    Finding.checkCodeAndMessage(code, message);
  }

  /**
   * Returns whether a report has a finding of severity {@link Severity#ERROR}: what
   * {@code validate(report).hasErrors()} returns, without building the findings of lower severity
   * (rules skip the messages of codes that cannot be errors here).
   *
   * <pre>{@code
   * Validator.standard().hasErrors(report);   // true for more destroyed than launched
   * }</pre>
   *
   * @param report the report
   * @return whether it has an error
   * @throws NullPointerException if {@code report} is {@code null}, or a rule reports {@code null}
   * @throws IllegalArgumentException as {@link #validate} throws it: a rule reports a malformed code
   *     or a blank message
   */
  public boolean hasErrors(StrikeReport report) {
    Objects.requireNonNull(report, "report");
    boolean[] error = new boolean[1];
    FindingSink sink = new FindingSink() {
      @Override
      public void add(String code, Severity severity, FieldPath path, String message,
          Optional<String> value) {
        checkFinding(code, severity, path, message, value);
        if (!suppressed.contains(code) && severities.getOrDefault(code, severity)
            == Severity.ERROR) {
          error[0] = true;
        }
      }

      @Override
      public boolean wants(FindingCode code) {
        return !suppressed.contains(code.code())
            && severities.getOrDefault(code.code(), code.defaultSeverity()) == Severity.ERROR;
      }
    };
    for (Rule rule : rules) {
      rule.check(report, sink);
      if (error[0]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Validates many reports and returns their findings together; each finding names its report.
   * A stream can be passed as {@code stream::iterator}.
   *
   * @param reports the reports
   * @return every finding of every report, report by report
   * @throws NullPointerException if {@code reports} or one of them is {@code null}
   */
  public ValidationResult validateAll(Iterable<? extends StrikeReport> reports) {
    Objects.requireNonNull(reports, "reports");
    List<Finding> found = new ArrayList<>();
    for (StrikeReport report : reports) {
      found.addAll(validate(report).findings());
    }
    return ValidationResult.of(found);
  }

  /**
   * Returns a short description, such as {@code "Validator[7 rules, without [COMPOSITE_WEAPON]]"}.
   */
  @Override
  public String toString() {
    return "Validator[" + rules.size() + " rules"
        + (suppressed.isEmpty() ? "" : ", without " + suppressed)
        + (severities.isEmpty() ? "" : ", severities " + severities) + "]";
  }
}

package org.conflictstats.model;

import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Why a text is not a {@link ReportTime}: {@link ReportTime#parse} throws it, with a message that
 * names the text and the forms it takes, and the {@link Problem} for a program that reacts to each
 * (the Air Force CSV reader turns it into its own message naming the file, line and column).
 *
 * <pre>{@code
 * try {
 *   ReportTime.parse("2025-04-16 20:00:30");
 * } catch (ReportTimeParseException e) {
 *   e.problem();       // SECONDS
 *   e.getMessage();    // "time has seconds, which a report time does not keep ...: '2025-04-16 20:00:30'"
 * }
 * }</pre>
 *
 * <p>It is a {@link DateTimeParseException}, which {@code parse} has always been documented to throw.
 * It carries no stack trace: a reader may meet one in every row of a broken file.
 */
public final class ReportTimeParseException extends DateTimeParseException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the text. */
  public enum Problem {
    /** Not of any form a report time takes (blank, another order, letters, a two-digit year). */
    NOT_A_TIME,
    /** Of the form, but no such date or time of day (2025-02-29, 24:00, 10:60). */
    NO_SUCH_TIME,
    /** A time of day with seconds other than zero, which a report time would drop. */
    SECONDS
  }

  /** The problem (an enum constant: it serialises with the exception). */
  private final Problem problem;

  ReportTimeParseException(Problem problem, String message, CharSequence text, int index) {
    super(message, text, index);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /**
   * Returns what is wrong with the text.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /** No stack trace: the message says what is wrong, and readers may make many. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}

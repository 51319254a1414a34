package org.conflictstats.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Something an importer noticed that loses no row but that a user should know: columns it ignored,
 * rows of one report that were not next to each other, blank lines skipped.
 *
 * <pre>{@code
 * ImportWarning w = ImportWarning.of("attacks.csv", 1, "ignored unknown columns: comment");
 * w.toString(); // "attacks.csv:1: ignored unknown columns: comment"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file's name or path as given to the importer, not blank
 * @param line the physical line the warning is about, or empty when it is about the whole file
 * @param message what was noticed, not blank
 */
public record ImportWarning(String file, OptionalLong line, String message) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the file or message is blank or the line is below 1
   */
  public ImportWarning {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(message, "message");
    checkArgument(!file.isBlank(), "file must not be blank");
    checkArgument(!message.isBlank(), "message must not be blank");
    checkArgument(line.isEmpty() || line.getAsLong() >= 1, "line must be at least 1: %s", line);
  }

  /**
   * Returns a warning about one line.
   *
   * @param file the file
   * @param line the line, at least 1
   * @param message what was noticed
   * @return the warning
   */
  public static ImportWarning of(String file, long line, String message) {
    return new ImportWarning(file, OptionalLong.of(line), message);
  }

  /**
   * Returns a warning about a whole file.
   *
   * @param file the file
   * @param message what was noticed
   * @return the warning
   */
  public static ImportWarning ofFile(String file, String message) {
    return new ImportWarning(file, OptionalLong.empty(), message);
  }

  /**
   * Returns where the warning is: {@code file:line}, or {@code file} for a whole-file warning; for a
   * display that treats the place and the message apart (the CLI cuts a long message, never the
   * place).
   *
   * <pre>{@code
   * ImportWarning.of("attacks.csv", 1, "ignored unknown columns: comment").place(); // "attacks.csv:1"
   * }</pre>
   *
   * @return the file, and the line when there is one
   */
  public String place() {
    return line.isPresent() ? file + ":" + line.getAsLong() : file;
  }

  /** Returns {@code file:line: message}, or {@code file: message} for a whole-file warning. */
  @Override
  public String toString() {
    return place() + ": " + message;
  }
}

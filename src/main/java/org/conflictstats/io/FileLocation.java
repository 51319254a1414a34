package org.conflictstats.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Where a row came from: the file (as the caller named it) and the physical line on which the row
 * starts, counting from 1 (the header of a CSV file is line 1).
 *
 * <pre>{@code
 * FileLocation at = FileLocation.of("missile_attacks_daily.csv", 17);
 * at.toString(); // "missile_attacks_daily.csv:17"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file's name or path as given to the importer, not blank
 * @param line the physical line number, at least 1
 */
public record FileLocation(String file, long line) implements Comparable<FileLocation> {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the file is blank or the line is below 1
   */
  public FileLocation {
    Objects.requireNonNull(file, "file");
    checkArgument(!file.isBlank(), "file must not be blank");
    checkArgument(line >= 1, "line must be at least 1: %s", line);
  }

  /**
   * Returns a location.
   *
   * @param file the file's name or path, not blank
   * @param line the physical line number, at least 1
   * @return the location
   * @throws IllegalArgumentException if the file is blank or the line is below 1
   */
  public static FileLocation of(String file, long line) {
    return new FileLocation(file, line);
  }

  /** Orders by file name, then line. */
  @Override
  public int compareTo(FileLocation o) {
    int c = file.compareTo(o.file);
    return c != 0 ? c : Long.compare(line, o.line);
  }

  /**
   * Returns {@code file:line}, the form compilers and editors understand.
   */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}

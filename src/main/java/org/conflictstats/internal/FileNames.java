package org.conflictstats.internal;

import java.nio.file.Path;

/**
 * The one rule for the extension a file's name gives, by which a chart is written as SVG or PNG
 * and the HTML report refuses a name of another format: what follows the last dot after the
 * name's first character, as written (compare it ignoring case); none for {@code chart},
 * {@code /dev/stdout} or {@code .chart}.
 *
 * <pre>{@code
 * FileNames.extension(Path.of("rates.PNG"));  // "PNG"
 * FileNames.extension(Path.of(".report"));    // ""
 * }</pre>
 */
public final class FileNames {

  private FileNames() {}

  /**
   * Returns the extension of a file's name, as written.
   *
   * @param file the file
   * @return the extension, without its dot; empty when the name has none
   */
  public static String extension(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1) : "";
  }
}

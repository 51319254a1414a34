package org.conflictstats.chart;

import java.nio.file.Path;
import java.util.Objects;
import org.conflictstats.internal.FileNames;

/**
 * The format a chart file is written in, told by the file's name: the one rule for
 * {@link RatesChart#write(Path)} and the command line's {@code chart -o}.
 *
 * <pre>{@code
 * ChartFormat.of(Path.of("rates.PNG"));   // PNG
 * ChartFormat.of(Path.of("rates.svg"));   // SVG
 * ChartFormat.of(Path.of("/dev/stdout")); // SVG: a name without an extension
 * ChartFormat.of(Path.of("rates.jpg"));   // IllegalArgumentException
 * }</pre>
 */
public enum ChartFormat {

  /** An SVG document ({@link RatesChart#toSvg()}). */
  SVG,

  /** A PNG picture ({@link RatesChart#writePng}). */
  PNG;

  /**
   * Returns the format a file's name asks for: {@code .png} (any case) a PNG; {@code .svg} (any
   * case), or a name without an extension (no dot after its first character: {@code chart},
   * {@code /dev/stdout}, {@code .chart}), an SVG document.
   *
   * @param file the file
   * @return the format
   * @throws IllegalArgumentException for any other extension, with a message naming the file (a
   *     {@code .jpg} would otherwise get SVG in it)
   */
  public static ChartFormat of(Path file) {
    Objects.requireNonNull(file, "file");
    String extension = FileNames.extension(file);
    if (extension.equalsIgnoreCase("png")) {
      return PNG;
    }
    if (extension.isEmpty() || extension.equalsIgnoreCase("svg")) {
      return SVG;
    }
    throw new IllegalArgumentException(file + ": a chart is written as SVG (.svg, or a name"
        + " without an extension) or PNG (.png), not '." + extension + "'");
  }
}

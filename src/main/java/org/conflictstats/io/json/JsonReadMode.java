package org.conflictstats.io.json;

/**
 * How a JSON Lines reader treats a bad document.
 *
 * <pre>{@code
 * JsonLinesReader.readAll(path, JsonReadOptions.of(JsonReadMode.LENIENT));
 * }</pre>
 */
public enum JsonReadMode {
  /**
   * The first bad line ends the reading with a {@link ReportJsonException} naming file, line and
   * field; an unknown property is an error.
   */
  STRICT,
  /**
   * A bad line is set aside as a {@link JsonRejectedLine} (line number, raw text, reason) and reading
   * goes on; an unknown property is a {@link JsonReadWarning} and is ignored.
   */
  LENIENT
}

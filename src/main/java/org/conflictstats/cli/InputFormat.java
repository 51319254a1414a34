package org.conflictstats.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The input formats the tool reads, detected from content, never from the file name. */
enum InputFormat {
  /** The Air Force CSV, any of its layouts. */
  AIR_FORCE_CSV,
  /** The library's own JSON Lines. */
  JSON_LINES;

  private static final int PEEK = 64 * 1024;

  /**
   * Detects the format from the first bytes of a stream, which is reset afterwards.
   *
   * @param in a stream supporting mark/reset
   * @param name the input's name for the error message
   * @return the format
   * @throws CliException when the input is empty or neither format
   */
  static InputFormat detect(BufferedInputStream in, String name) throws IOException {
    in.mark(PEEK);
    byte[] head = in.readNBytes(PEEK);
    in.reset();
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String trimmed = text.stripLeading();
    if (trimmed.isEmpty()) {
      throw new CliException(name + ": the input is empty");
    }
    if (trimmed.startsWith("{")) {
      return JSON_LINES;
    }
    int eol = trimmed.indexOf('\n');
    String firstLine = eol < 0 ? trimmed : trimmed.substring(0, eol);
    if (firstLine.contains("time_start") && firstLine.contains("time_end")
        && firstLine.contains("model")) {
      return AIR_FORCE_CSV;
    }
    throw new CliException(name
        + ": unknown format: expected the Air Force CSV (a header with time_start, time_end, model)"
        + " or conflict-stats JSON Lines");
  }
}

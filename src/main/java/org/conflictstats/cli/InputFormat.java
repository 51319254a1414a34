package org.conflictstats.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.conflictstats.io.csv.AirForceCsv;

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
    // the first line that is not blank, decoded alone (a line feed is never part of a UTF-8
    // sequence): decoding all 64 KB was most of the detection in a short run
    int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    String firstLine = "";
    while (from < head.length && firstLine.isEmpty()) {
      int eol = from;
      while (eol < head.length && head[eol] != '\n') {
        eol++;
      }
      firstLine = new String(head, from, eol - from, StandardCharsets.UTF_8).stripLeading();
      from = eol + 1;
    }
    if (firstLine.isEmpty()) {
      throw new CliException(name + ": the input is empty");
    }
    if (firstLine.startsWith("{")) {
      return JSON_LINES;
    }
    if (AirForceCsv.looksLikeAirForceCsv(firstLine)) { // the library's test, the reader's names
      return AIR_FORCE_CSV;
    }
    throw new CliException(name
        + ": unknown format: expected the Air Force CSV (a header with time_start, time_end, model)"
        + " or conflict-stats JSON Lines");
  }
}

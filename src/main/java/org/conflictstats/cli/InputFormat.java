package org.conflictstats.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conflictstats.internal.Utf8;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.csv.WeaponCatalogCsv;

/** The input formats the tool reads, detected from content, never from the file name. */
enum InputFormat {
  /** The Air Force CSV, any of its layouts. */
  AIR_FORCE_CSV,
  /** The library's own JSON Lines. */
  JSON_LINES;

  private static final int PEEK = 64 * 1024;

  /**
   * The most bytes of blank lines looked past for the first line that is not blank: the input is
   * refused beyond, rather than held.
   */
  private static final int MAX_PEEK = 16 * 1024 * 1024;

  /**
   * The most lines that are not blank looked at for a JSON object when the first is neither an
   * Air Force header nor one.
   */
  static final int JSON_LOOK_AHEAD = 8;

  /**
   * Detects the format from the first line that is not blank, which is reset afterwards: the
   * first 64 KiB are looked at, more when they hold only blank lines (up to 16 MiB). A first line
   * that is neither format's still makes JSON Lines when one of the next lines that are not blank
   * (up to {@link #JSON_LOOK_AHEAD} in all, within those bytes) is a whole JSON object on its line,
   * unless the first line opens a JSON array that it does not close: a bad first line of a JSON
   * Lines file is then one rejected row, not the whole file refused.
   *
   * @param in a stream supporting mark/reset
   * @param name the input's name for the error message
   * @return the format
   * @throws CliException when the input is empty or neither format
   */
  static InputFormat detect(BufferedInputStream in, String name) throws IOException {
    for (int peek = PEEK; ; peek *= 4) {
      in.mark(peek);
      byte[] head = in.readNBytes(peek);
      in.reset();
      String firstLine = firstLine(head);
      if (!firstLine.isEmpty()) {
        return of(firstLine, name, head, head.length < peek);
      }
      if (head.length < peek) {
        throw new CliException(name + ": the input is empty");
      }
      if (peek >= MAX_PEEK) {
        throw new CliException(name + ": no header and no report in its first "
            + (MAX_PEEK >> 20) + " MiB, only blank lines");
      }
    }
  }

  /** The first line of the bytes that is not blank, decoded alone; empty when there is none. */
  private static String firstLine(byte[] head) {
    // a line feed is never part of a UTF-8 sequence: decoding all 64 KB was most of the
    // detection in a short run
    int from = Utf8.bomLength(head, head.length);
    String firstLine = "";
    while (from < head.length && firstLine.isEmpty()) {
      int eol = lineEnd(head, from);
      firstLine = new String(head, from, eol - from, StandardCharsets.UTF_8).stripLeading();
      from = nextLine(head, eol);
    }
    return firstLine;
  }

  /** Where the line from {@code from} ends: its CR or LF, or the end of the bytes. */
  private static int lineEnd(byte[] head, int from) {
    int eol = from;
    while (eol < head.length && head[eol] != '\n' && head[eol] != '\r') {
      eol++;
    }
    return eol;
  }

  /** Where the line after the one that ends at {@code eol} starts: after a CR, an LF or both. */
  private static int nextLine(byte[] head, int eol) {
    return eol + (eol + 1 < head.length && head[eol] == '\r' && head[eol + 1] == '\n' ? 2 : 1);
  }

  /** The format the first line says; {@code whole} when the bytes are all the input. */
  private static InputFormat of(String firstLine, String name, byte[] head, boolean whole) {
    boolean utf16 = isUtf16(head);
    if (!utf16 && firstLine.startsWith("{")) {
      return JSON_LINES;
    }
    if (!utf16 && AirForceCsv.looksLikeAirForceCsv(firstLine)) { // the library's test and names
      return AIR_FORCE_CSV;
    }
    if (!utf16 && !isBinary(firstLine, head) && opensNoArray(firstLine)
        && laterObjectLine(head, whole)) {
      return JSON_LINES;
    }
    throw new CliException(name
        + ": unknown format: expected the Air Force CSV (a header with time_start, time_end, model)"
        + " or conflict-stats JSON Lines" + cause(firstLine, utf16, head));
  }

  /** Whether the bytes are gzip, a zip archive, or hold a NUL byte on their first line. */
  private static boolean isBinary(String firstLine, byte[] head) {
    return startsWith(head, 0x1f, 0x8b) || startsWith(head, 'P', 'K', 0x03, 0x04)
        || firstLine.indexOf('\0') >= 0;
  }

  /** Whether the line is not the start of a JSON array over several lines. */
  private static boolean opensNoArray(String firstLine) {
    return !firstLine.startsWith("[") || firstLine.strip().endsWith("]");
  }

  /**
   * Whether one of the lines after the first that is not blank, up to {@link #JSON_LOOK_AHEAD}
   * lines that are not blank in all, is a JSON object on its own line (starts with a brace and
   * ends with one), as every line of JSON Lines is; a line the bytes cut short is not looked at,
   * but the last line of an input whose bytes are all there is, with or without a line feed after
   * it (review rv44d: a file without one was refused as of an unknown format).
   */
  private static boolean laterObjectLine(byte[] head, boolean whole) {
    int from = Utf8.bomLength(head, head.length);
    int seen = 0;
    while (from < head.length && seen < JSON_LOOK_AHEAD) {
      int eol = lineEnd(head, from); // CR too: JSON text holds no raw line break (review rv48d)
      if (eol >= head.length && !whole) {
        return false;
      }
      String line = new String(head, from, eol - from, StandardCharsets.UTF_8).strip();
      from = nextLine(head, eol);
      if (line.isEmpty()) {
        continue;
      }
      if (seen++ > 0 && line.startsWith("{") && line.endsWith("}")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the bytes start as UTF-16: a byte order mark of either order, or the first 16 bytes
   * (at least 4) in pairs of which one byte is NUL, always the same one (ASCII text in UTF-16).
   */
  static boolean isUtf16(byte[] head) {
    return Utf8.looksLikeUtf16(head, 0, head.length); // the CSV reader's header error's test too
  }

  /**
   * What the first bytes and line tell of a file of neither format, told cheaply: gzip, a zip
   * archive (an Excel workbook is one), UTF-16 (a byte order mark, or NUL bytes every other
   * byte), other NUL bytes, a JSON array, the weapon catalogue given as data, an Air Force header
   * separated by semicolons; empty when it is none of these.
   */
  private static String cause(String firstLine, boolean utf16, byte[] head) {
    if (startsWith(head, 0x1f, 0x8b)) {
      return "; it is gzip-compressed: decompress it first";
    }
    if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
      return "; it is a zip archive or an Excel workbook: save it as CSV UTF-8";
    }
    if (utf16) {
      return "; this is UTF-16; expected UTF-8";
    }
    if (firstLine.indexOf('\0') >= 0) {
      return "; it holds NUL bytes: not UTF-8 text";
    }
    if (firstLine.startsWith("[")) {
      return "; it is a JSON array: the tool reads JSON Lines, one report a line (convert it with"
          + " jq -c '.[]')";
    }
    if (WeaponCatalogCsv.looksLikeCatalogue(firstLine)) { // the catalogue reader's columns
      return "; this is a weapon catalogue: give it with --catalog";
    }
    if (firstLine.indexOf(';') >= 0
        && AirForceCsv.looksLikeAirForceCsv(firstLine.replace(';', ','))) {
      return "; the header is separated by ';', expected ','";
    }
    // review rv48b: a header short of a column, or a line above the header, said no more
    List<String> known = AirForceCsv.knownColumns(firstLine);
    List<String> missing = new ArrayList<>(List.of("time_start", "time_end", "model"));
    missing.removeAll(known);
    if (known.size() >= 2 && !missing.isEmpty()) {
      return "; its header has Air Force columns (" + String.join(", ", known.subList(0,
          Math.min(3, known.size()))) + (known.size() > 3 ? ", ..." : "") + ") but not "
          + String.join(", ", missing);
    }
    int header = headerLineAfterFirst(head);
    if (header > 0) {
      return "; line " + header + " is an Air Force CSV header: remove the lines above it"
          + (firstLine.strip().toLowerCase(Locale.ROOT).startsWith("sep=")
              ? " (Excel's 'sep=' line)" : "");
    }
    return "";
  }

  /**
   * The number of the line among the first {@link #JSON_LOOK_AHEAD} after the first that is an
   * Air Force CSV header, or 0: a title or Excel's {@code sep=,} line above the header.
   */
  private static int headerLineAfterFirst(byte[] head) {
    int from = Utf8.bomLength(head, head.length);
    for (int line = 1; from < head.length && line <= JSON_LOOK_AHEAD; line++) {
      int eol = lineEnd(head, from);
      if (line > 1 && AirForceCsv.looksLikeAirForceCsv(
          new String(head, from, eol - from, StandardCharsets.UTF_8))) {
        return line;
      }
      from = nextLine(head, eol);
    }
    return 0;
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}

package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.conflictstats.internal.InputFiles;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;

/**
 * The library's own JSON format for a strike report, version {@value #SCHEMA_VERSION}: one report
 * per JSON object, described by the JSON Schema {@link #schema()} shipped in the jar, and one report
 * per line in JSON Lines files ({@link JsonLinesWriter}, {@link JsonLinesReader}).
 *
 * <pre>{@code
 * String json = ReportJson.write(report);
 * // {"schemaVersion":1,"id":"2025-04-17-kpszsu","period":{"start":"2025-04-16T20:00",...},...}
 * StrikeReport back = ReportJson.read(json); // equal to report
 * }</pre>
 *
 * <p>Counts keep their kind: an exact count is a JSON integer ({@code 75}); the others are
 * {@code {"atLeast": 30}}, {@code {"atMost": 10}}, {@code {"between": [10, 20]}} and
 * {@code "unknown"}. No value is ever {@code null}; an optional property is left out.
 *
 * <p>Reading is hardened: nesting, string, number and document lengths are limited, duplicate keys,
 * trailing content, floating-point or negative counts and another schema version are errors naming
 * the line and field path, and no document can name a Java class to instantiate.
 *
 * <p>This class has static methods only and is thread-safe.
 */
public final class ReportJson {

  /** The schema version this library writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The name of the schema resource, beside this class in the jar. */
  public static final String SCHEMA_RESOURCE = "strike-report.schema.json";

  /** The input's name in messages about a single document. */
  static final String DOCUMENT = "document";

  private static final int DETECTION_HEAD = 64 * 1024;

  private static volatile String schemaText;

  private ReportJson() {}

  /**
   * Writes a report as one compact JSON document (no line break, none at the end), with the
   * built-in catalogue deciding which weapons need their aliases written.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String write(StrikeReport report) {
    return write(report, WeaponCatalog.builtIn());
  }

  /**
   * Writes a report as one compact JSON document; weapons that differ from {@code catalog}'s are
   * written with their aliases.
   *
   * @param report the report
   * @param catalog the writing catalogue
   * @return the JSON text
   */
  public static String write(StrikeReport report, WeaponCatalog catalog) {
    Objects.requireNonNull(report, "report");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonConfig.FACTORY.createGenerator(out)) {
      new ReportEncoder(catalog).write(g, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does no I/O
    }
    return out.toString();
  }

  /**
   * Reads one report document, strictly, with the built-in catalogue. The document may span several
   * lines.
   *
   * @param json the document
   * @return the report
   * @throws ImportException if the document is not a valid report document; the exception names
   *     the input {@code "document"}, the line and the field
   */
  public static StrikeReport read(String json) {
    return read(json, JsonReadOptions.strict(), w -> { });
  }

  /**
   * Reads one report document. In lenient mode unknown properties are ignored; use
   * {@link #read(String, JsonReadOptions, Consumer)} to see the warnings.
   *
   * @param json the document
   * @param options mode and catalogue
   * @return the report
   * @throws ImportException if the document is not a valid report document
   */
  public static StrikeReport read(String json, JsonReadOptions options) {
    return read(json, options, w -> { });
  }

  /**
   * Reads one report document, passing each warning to {@code warnings}.
   *
   * @param json the document
   * @param options mode and catalogue
   * @param warnings receives the warnings
   * @return the report
   * @throws ImportException if the document is not a valid report document; the exception names
   *     the input {@code "document"}, the line (where parsing stopped, or the first line when the
   *     document parsed but a value in it is wrong) and the field
   */
  public static StrikeReport read(String json, JsonReadOptions options,
      Consumer<? super ImportWarning> warnings) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(warnings, "warnings");
    List<ImportWarning> found = new ArrayList<>();
    try {
      StrikeReport report = JsonLinesReader.decodeLine(json, DOCUMENT, 1, options, found);
      found.forEach(warnings);
      return report;
    } catch (DocumentException e) {
      FileLocation at = FileLocation.of(DOCUMENT, Math.max(1, e.parserLine()));
      String raw = json.length() > JsonLinesReader.MAX_RAW_TEXT
          ? json.substring(0, JsonLinesReader.MAX_RAW_TEXT)
          : json;
      throw new ImportException(JsonLinesReader.rejectedRow(at, raw, e), e);
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a report document.
   *
   * @return the schema's text
   */
  public static String schema() {
    String s = schemaText;
    if (s == null) {
      try (InputStream in = openSchema()) {
        s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      schemaText = s;
    }
    return s;
  }

  /**
   * Opens the JSON Schema (draft 2020-12) of a report document, as UTF-8 bytes.
   *
   * @return a new stream, to be closed
   */
  public static InputStream openSchema() {
    InputStream in = ReportJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing");
    }
    return in;
  }

  /**
   * Tells cheaply whether input looks like report JSON Lines: its first non-blank line starts with
   * <code>&#123;</code> and names {@code "schemaVersion"}. Only the given bytes are looked at; a
   * byte-order mark is skipped and bytes that are not UTF-8 do not matter.
   *
   * @param head the first bytes of the input (a few hundred are enough)
   * @return {@code true} when the input looks like this format
   */
  public static boolean looksLikeJsonLines(byte[] head) {
    Objects.requireNonNull(head, "head");
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(head)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return false; // not reached with REPLACE
    }
    return looksLikeJsonLines(text);
  }

  /**
   * Tells cheaply whether a file looks like report JSON Lines, from its first 64 KiB.
   *
   * @param file the file
   * @return {@code true} when the file looks like this format
   * @throws IOException if the file cannot be read
   * @see #looksLikeJsonLines(byte[])
   */
  public static boolean looksLikeJsonLines(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = InputFiles.stream(file)) {
      return looksLikeJsonLines(in.readNBytes(DETECTION_HEAD));
    }
  }

  /**
   * Tells cheaply whether text looks like report JSON Lines.
   *
   * @param head the beginning of the text
   * @return {@code true} when its first non-blank line starts with <code>&#123;</code> and names
   *     {@code "schemaVersion"}
   * @see #looksLikeJsonLines(byte[])
   */
  public static boolean looksLikeJsonLines(CharSequence head) {
    Objects.requireNonNull(head, "head");
    String s = head.toString();
    int i = 0;
    if (s.startsWith("\uFEFF")) {
      i = 1;
    }
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != '{') {
      return false;
    }
    int eol = s.indexOf('\n', i);
    String firstLine = eol < 0 ? s.substring(i) : s.substring(i, eol);
    return firstLine.contains("\"" + Names.SCHEMA_VERSION + "\"");
  }
}

package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.conflictstats.model.StrikeReport;

/**
 * Reads reports from JSON Lines, one report document per line, in constant memory: only one line is
 * held at a time (at most 16 MiB of text; a longer line is rejected without being held), and the
 * reader keeps no report, only the rejected lines (each cut to
 * {@value JsonRejectedLine#MAX_RAW_TEXT} characters) and warnings it collects.
 *
 * <pre>{@code
 * try (JsonLinesReader reader = JsonLinesReader.open(path, JsonReadOptions.lenient())) {
 *   reader.stream().forEach(report -> ...);
 *   reader.rejected().forEach(System.err::println); // "line 7, field ...: ..."
 * }
 * JsonLinesImport all = JsonLinesReader.readAll(path, JsonReadOptions.strict());
 * }</pre>
 *
 * <p>Blank lines are skipped; a byte-order mark at the start and a {@code \r} before each line
 * feed are dropped. Input streams and files are read as UTF-8, line by line, so that a line whose
 * bytes are not UTF-8 is a bad line like any other.
 *
 * <p>In {@link JsonReadMode#STRICT strict} mode the first bad line throws a
 * {@link ReportJsonException} naming the input, the line and the field. In
 * {@link JsonReadMode#LENIENT lenient} mode a bad line becomes a {@link JsonRejectedLine} and
 * reading goes on. Failures of the underlying input are thrown as {@link UncheckedIOException}.
 *
 * <p>A reader is iterated once. It is not thread-safe.
 */
public final class JsonLinesReader implements Iterable<StrikeReport>, Closeable {

  private final LineSource lines;
  private final String source;
  private final JsonReadOptions options;
  private final List<JsonRejectedLine> rejected = new ArrayList<>();
  private final List<JsonReadWarning> warnings = new ArrayList<>();
  private long documents;
  private long reports;
  private boolean iterated;
  private boolean closed;

  private JsonLinesReader(LineSource lines, String source, JsonReadOptions options) {
    this.lines = lines;
    this.source = Objects.requireNonNull(source, "source");
    this.options = Objects.requireNonNull(options, "options");
  }

  private static LineSource chars(Reader in) {
    return LineSource.of(Objects.requireNonNull(in, "in"), JsonConfig.MAX_DOCUMENT_LENGTH,
        JsonRejectedLine.MAX_RAW_TEXT);
  }

  private static LineSource utf8(InputStream in) {
    return LineSource.utf8(Objects.requireNonNull(in, "in"), JsonConfig.MAX_DOCUMENT_LENGTH,
        JsonRejectedLine.MAX_RAW_TEXT);
  }

  /**
   * Opens a file for reading; the file's name names it in messages.
   *
   * @param file the file, UTF-8
   * @param options mode and catalogue
   * @return the reader, to be closed
   * @throws IOException if the file cannot be opened
   */
  public static JsonLinesReader open(Path file, JsonReadOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String name = String.valueOf(file.getFileName());
    return new JsonLinesReader(utf8(Files.newInputStream(file)), name, options);
  }

  /**
   * Reads from a character stream.
   *
   * @param in the input; closed by {@link #close()}
   * @param source the input's name for messages, such as a file name
   * @param options mode and catalogue
   * @return the reader
   */
  public static JsonLinesReader of(Reader in, String source, JsonReadOptions options) {
    return new JsonLinesReader(chars(in), source, options);
  }

  /**
   * Reads UTF-8 from a byte stream.
   *
   * @param in the input; closed by {@link #close()}
   * @param source the input's name for messages, such as a file name
   * @param options mode and catalogue
   * @return the reader
   */
  public static JsonLinesReader of(InputStream in, String source, JsonReadOptions options) {
    return new JsonLinesReader(utf8(in), source, options);
  }

  /**
   * Reads a whole file.
   *
   * @param file the file, UTF-8
   * @param options mode and catalogue
   * @return the reports, rejected lines and warnings
   * @throws IOException if the file cannot be read
   * @throws ReportJsonException in strict mode, at the first bad line
   */
  public static JsonLinesImport readAll(Path file, JsonReadOptions options) throws IOException {
    try (JsonLinesReader reader = open(file, options)) {
      return reader.readRemaining();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads a whole character stream, which is then closed.
   *
   * @param in the input
   * @param source the input's name for messages
   * @param options mode and catalogue
   * @return the reports, rejected lines and warnings
   * @throws UncheckedIOException if the input fails
   * @throws ReportJsonException in strict mode, at the first bad line
   */
  public static JsonLinesImport readAll(Reader in, String source, JsonReadOptions options) {
    try (JsonLinesReader reader = of(in, source, options)) {
      return reader.readRemaining();
    }
  }

  private JsonLinesImport readRemaining() {
    List<StrikeReport> all = new ArrayList<>();
    iterator().forEachRemaining(all::add);
    return result(all);
  }

  /**
   * Returns the reports, read lazily one line at a time. Can be called once.
   *
   * @return the iterator
   * @throws IllegalStateException if called a second time
   */
  @Override
  public Iterator<StrikeReport> iterator() {
    if (iterated) {
      throw new IllegalStateException("a JsonLinesReader can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      private StrikeReport next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = readNext();
        }
        return next != null;
      }

      @Override
      public StrikeReport next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        StrikeReport r = next;
        next = null;
        return r;
      }
    };
  }

  /**
   * Returns the reports as a sequential, ordered stream, read lazily; closing the stream closes this
   * reader. Can be called once (it uses {@link #iterator()}).
   *
   * @return the stream
   */
  public Stream<StrikeReport> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /**
   * Returns the lines set aside so far (lenient mode).
   *
   * @return the rejected lines, in input order
   */
  public List<JsonRejectedLine> rejected() {
    return ImmutableList.copyOf(rejected);
  }

  /**
   * Returns the warnings so far.
   *
   * @return the warnings, in input order
   */
  public List<JsonReadWarning> warnings() {
    return ImmutableList.copyOf(warnings);
  }

  /**
   * Returns how many lines were read so far, blank lines included.
   *
   * @return the line count
   */
  public long linesRead() {
    return lines.lineCount();
  }

  /**
   * Returns how many reports were read so far.
   *
   * @return the report count
   */
  public long reportsRead() {
    return reports;
  }

  /**
   * Returns the account of what was read so far, with the given reports (the reader itself keeps
   * none, to stay in constant memory).
   *
   * @param readReports the reports the caller kept
   * @return the account
   * @throws IllegalArgumentException if {@code readReports} is not as many reports as were read
   */
  public JsonLinesImport result(List<StrikeReport> readReports) {
    return JsonLinesImport.of(source, readReports, rejected, warnings, lines.lineCount(),
        documents);
  }

  /**
   * Closes the input.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        lines.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private StrikeReport readNext() {
    while (true) {
      LineSource.Line line;
      try {
        line = lines.next();
      } catch (CharacterCodingException e) {
        // a character stream that decodes ahead of the line being read: the line is not certain
        throw new ReportJsonException(source, lines.lineCount() + 1, "",
            "the input could not be decoded at or after this line (" + e + ")", e);
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
      if (line == null) {
        return null;
      }
      if (line.text().isBlank() && !line.tooLong() && line.encodingError().isEmpty()) {
        continue;
      }
      documents++;
      List<JsonReadWarning> lineWarnings = new ArrayList<>();
      try {
        if (line.tooLong()) {
          throw new DocumentException("", "line longer than " + JsonConfig.MAX_DOCUMENT_LENGTH
              + " characters (bytes for a byte stream)");
        }
        if (!line.encodingError().isEmpty()) {
          throw new DocumentException("", line.encodingError());
        }
        StrikeReport report = decodeLine(line.text(), line.number(), options, lineWarnings);
        warnings.addAll(lineWarnings);
        reports++;
        return report;
      } catch (DocumentException e) {
        if (options.isStrict()) {
          throw new ReportJsonException(source, line.number(), e.field(), e.reason(), e);
        }
        warnings.addAll(lineWarnings);
        String raw = line.text().length() > JsonRejectedLine.MAX_RAW_TEXT
            ? line.text().substring(0, JsonRejectedLine.MAX_RAW_TEXT)
            : line.text();
        rejected.add(new JsonRejectedLine(line.number(), raw, e.field(), e.reason()));
      }
    }
  }

  /**
   * Parses and decodes one document.
   *
   * @throws DocumentException naming field and reason
   */
  static StrikeReport decodeLine(String text, long lineNumber, JsonReadOptions options,
      List<JsonReadWarning> sink) {
    JsonNode tree = parse(text);
    ReportDecoder decoder = new ReportDecoder(options.catalog(), options.isStrict(),
        (field, message) -> sink.add(new JsonReadWarning(lineNumber, field, message)));
    return decoder.decode(tree);
  }

  private static final Pattern START_MARKER = Pattern.compile(
      " ?\\(start marker at \\[Source: [^;\\]]*; line: \\d+, column: (\\d+)\\]\\)");

  private static DocumentException syntaxError(JsonParser p, JsonProcessingException e) {
    String where = FieldPaths.of(p.getParsingContext());
    String message = START_MARKER.matcher(e.getOriginalMessage())
        .replaceAll(" (opened at column $1)");
    return new DocumentException(where, "not valid JSON: " + message + column(e), lineOf(e));
  }

  private static String column(JsonProcessingException e) {
    int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
    return column > 0 ? " (column " + column + ")" : "";
  }

  private static long lineOf(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
  }

  /**
   * Parses one JSON value with the hardened factory; anything after it is an error.
   *
   * @throws DocumentException for a syntax error or a broken limit, naming where parsing stopped
   */
  static JsonNode parse(String text) {
    try (JsonParser p = JsonConfig.FACTORY.createParser(text)) {
      try {
        if (p.nextToken() == null) {
          throw new DocumentException("", "no JSON value");
        }
        // FAIL_ON_TRAILING_TOKENS makes the mapper refuse anything after the report
        return JsonConfig.MAPPER.readTree(p);
      } catch (MismatchedInputException e) {
        if (e.getOriginalMessage().startsWith("Trailing token")) {
          throw new DocumentException("", "unexpected content after the report" + column(e)
              + "; a JSON Lines line holds one report", lineOf(e));
        }
        throw syntaxError(p, e);
      } catch (JsonProcessingException e) {
        throw syntaxError(p, e);
      }
    } catch (IOException e) {
      // parsing a String does no I/O; a JsonProcessingException is handled above
      throw new UncheckedIOException(e);
    }
  }
}

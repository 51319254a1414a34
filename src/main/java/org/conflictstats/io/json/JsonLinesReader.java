package org.conflictstats.io.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
import org.conflictstats.internal.FieldReason;
import org.conflictstats.internal.InputFiles;
import org.conflictstats.internal.RangePlan;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.StrikeReport;

/**
 * Reads reports from JSON Lines, one report document per line, in constant memory: only one line is
 * held at a time (at most 16 MiB of text; a longer line is rejected without being held whole).
 *
 * <pre>{@code
 * ImportResult all = JsonLinesReader.readAll(path, JsonReadOptions.lenient());
 * all.reports();  // the reports, in file order
 * all.rejected(); // bad lines: "reports.jsonl:7: field lines[0].launched: a count must not be ..."
 *
 * try (JsonLinesReader reader = JsonLinesReader.open(path, JsonReadOptions.lenient())) {
 *   reader.stream().forEach(report -> ...);   // one report at a time
 *   reader.rejected().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>In {@link org.conflictstats.io.ImportMode#STRICT strict} mode the first bad line throws an
 * {@link ImportException} naming the file, the line and the field. In
 * {@link org.conflictstats.io.ImportMode#LENIENT lenient} mode a bad line becomes a
 * {@link RejectedRow} (file, line, field, raw text cut to {@value #MAX_RAW_TEXT} characters, reason)
 * and reading goes on. Failures of the underlying input are thrown as {@link UncheckedIOException}
 * (as {@link IOException} by the methods that take a path).
 *
 * <p><b>Rows.</b> The import types count rows as the weapon lines of the reports (DOMAIN.md §9). In
 * JSON Lines an accepted line gives one report and one accepted row per weapon line of that report,
 * each located at the report's line; a rejected line is one rejected row. So rows read = rows
 * accepted + rows rejected holds, and every non-blank line is either a report or a rejected row.
 *
 * <p>Blank lines are skipped; a byte-order mark at the start and a {@code \r} before each line
 * feed are dropped. Input streams and files are read as UTF-8, line by line, so that a line whose
 * bytes are not UTF-8 is a bad line like any other.
 *
 * <p>A reader is iterated once. It is not thread-safe.
 */
public final class JsonLinesReader implements Iterable<StrikeReport>, Closeable {

  /** The longest raw text a rejected row keeps, in characters; a longer line keeps its beginning. */
  public static final int MAX_RAW_TEXT = 65_536;

  private final LineSource lines;
  private final String source;
  private final JsonReadOptions options;
  private final ImportHandler side;
  private final List<RejectedRow> rejected = new ArrayList<>();
  private final List<ImportWarning> warnings = new ArrayList<>();
  private long rowsAccepted;
  private long rowsRejected;
  private long reports;
  private long lastReportLine;
  private boolean iterated;
  private boolean closed;

  /**
   * @param side receives rejected rows and warnings; {@code null} to collect them in this reader
   */
  private JsonLinesReader(LineSource lines, String source, JsonReadOptions options,
      ImportHandler side) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    this.lines = lines;
    this.source = checkSource(source);
    this.options = options;
    this.side = side != null ? side : new ImportHandler() {
      @Override
      public void report(ImportedReport report) {}

      @Override
      public void rejected(RejectedRow row) {
        rejected.add(row);
      }

      @Override
      public void warning(ImportWarning warning) {
        warnings.add(warning);
      }
    };
  }

  private static String checkSource(String source) {
    Objects.requireNonNull(source, "source");
    checkArgument(!source.isBlank(), "source must not be blank");
    return source;
  }

  private static LineSource chars(Reader in) {
    return LineSource.of(Objects.requireNonNull(in, "in"), JsonConfig.MAX_DOCUMENT_LENGTH,
        MAX_RAW_TEXT);
  }

  private static LineSource utf8(InputStream in) {
    return LineSource.utf8(Objects.requireNonNull(in, "in"), JsonConfig.MAX_DOCUMENT_LENGTH,
        MAX_RAW_TEXT);
  }

  /** A file's name in messages: its path as given, as the Air Force CSV reader names it. */
  private static String nameOf(Path file) {
    return file.toString();
  }

  /**
   * Opens a file for reading.
   *
   * @param file the file, UTF-8; its name in messages is {@code file.toString()}, as in the Air
   *     Force CSV reader's
   * @param options mode and catalogue
   * @return the reader, to be closed
   * @throws IOException if the file cannot be opened
   */
  public static JsonLinesReader open(Path file, JsonReadOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    return new JsonLinesReader(utf8(InputFiles.stream(file)), nameOf(file), options, null);
  }

  /**
   * Reads from a character stream.
   *
   * @param in the input; closed by {@link #close()}
   * @param source the input's name for messages, such as a file name; not blank
   * @param options mode and catalogue
   * @return the reader
   */
  public static JsonLinesReader of(Reader in, String source, JsonReadOptions options) {
    return new JsonLinesReader(chars(in), source, options, null);
  }

  /**
   * Reads UTF-8 from a byte stream.
   *
   * @param in the input; closed by {@link #close()}
   * @param source the input's name for messages, such as a file name; not blank
   * @param options mode and catalogue
   * @return the reader
   */
  public static JsonLinesReader of(InputStream in, String source, JsonReadOptions options) {
    return new JsonLinesReader(utf8(in), source, options, null);
  }

  /**
   * Reads a whole file.
   *
   * @param file the file, UTF-8; its name in messages and counts is {@code file.toString()}
   * @param options mode and catalogue
   * @return the reports, rejected rows, warnings and counts
   * @throws IOException if the file cannot be read
   * @throws ImportException in strict mode, at the first bad line
   */
  public static ImportResult readAll(Path file, JsonReadOptions options) throws IOException {
    ImportResult.Builder all = ImportResult.builder();
    all.addCounts(read(file, options, all));
    return all.build();
  }

  /**
   * Reads a whole character stream, which is then closed.
   *
   * @param in the input
   * @param source the input's name for messages; not blank
   * @param options mode and catalogue
   * @return the reports, rejected rows, warnings and counts
   * @throws UncheckedIOException if the input fails
   * @throws ImportException in strict mode, at the first bad line
   */
  public static ImportResult readAll(Reader in, String source, JsonReadOptions options) {
    ImportResult.Builder all = ImportResult.builder();
    all.addCounts(read(in, source, options, all));
    return all.build();
  }

  /**
   * Streams a file to a handler in constant memory: each report, each rejected row and each warning
   * is handed over as it is found, and nothing is kept.
   *
   * @param file the file, UTF-8; its name in messages and counts is {@code file.toString()}
   * @param options mode and catalogue
   * @param handler receives reports, rejected rows and warnings
   * @return the counts of the file
   * @throws IOException if the file cannot be read
   * @throws ImportException in strict mode, at the first bad line
   */
  public static ImportCounts read(Path file, JsonReadOptions options, ImportHandler handler)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(handler, "handler");
    try (JsonLinesReader reader = new JsonLinesReader(utf8(InputFiles.stream(file)),
        nameOf(file), options, handler)) {
      return reader.drainTo(handler);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Streams a character stream to a handler in constant memory; the stream is then closed.
   *
   * @param in the input
   * @param source the input's name for messages; not blank
   * @param options mode and catalogue
   * @param handler receives reports, rejected rows and warnings
   * @return the counts of the input
   * @throws UncheckedIOException if the input fails
   * @throws ImportException in strict mode, at the first bad line
   */
  public static ImportCounts read(Reader in, String source, JsonReadOptions options,
      ImportHandler handler) {
    Objects.requireNonNull(handler, "handler");
    try (JsonLinesReader reader = new JsonLinesReader(chars(in), source, options, handler)) {
      return reader.drainTo(handler);
    }
  }

  /**
   * Streams a byte stream (UTF-8) into a sink, in order, in constant memory; the stream is not
   * closed.
   *
   * @param in the input
   * @param source the input's name for messages; not blank
   * @param options mode and catalogue
   * @param sink receives the reports, rejected rows and warnings
   * @param <P> the sink's part
   * @return the counts of the input
   * @throws IOException if the input fails
   * @throws ImportException in strict mode, at the first bad line
   */
  public static <P> ImportCounts read(InputStream in, String source, JsonReadOptions options,
      ReportSink<P> sink) throws IOException {
    Objects.requireNonNull(in, "in");
    ReportSink.Feeder<P> feeder = ReportSink.feeder(Objects.requireNonNull(sink, "sink"));
    InputStream kept = new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the caller's stream
      }
    };
    try (JsonLinesReader reader = new JsonLinesReader(utf8(kept), source, options, feeder)) {
      ImportCounts counts = reader.drainTo(feeder);
      feeder.finish();
      return counts;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads a file into a sink: a large file in byte ranges on every processor (in a heap of 56 MiB or
   * more; ranges of a 64th of the heap, between 1 and 8 MiB; each range a whole
   * number of lines, its reports in a part of the sink, the parts merged in file order on the calling
   * thread), a small one in order. The sink gets what {@link #read(InputStream, String,
   * JsonReadOptions, ReportSink)} would give it: the same reports with the same locations, and the
   * same rejected rows and warnings in the same order. Memory stays bounded: a buffer of each
   * thread's range and the parts in flight, however long the file or a line.
   *
   * <pre>{@code
   * var sink = ReportSink.collecting(ImportedReport::report, query.toTable());
   * ImportCounts counts = JsonLinesReader.read(Path.of("reports.jsonl"), "reports.jsonl",
   *     JsonReadOptions.lenient(), sink);
   * StatsTable table = sink.result();
   * }</pre>
   *
   * @param file the file, UTF-8
   * @param source the file's name for messages; not blank
   * @param options mode and catalogue
   * @param sink receives the reports, rejected rows and warnings
   * @param <P> the sink's part
   * @return the counts of the file
   * @throws IOException if the file cannot be read, or shrinks while it is read
   *     ({@link org.conflictstats.io.FileChangedException})
   * @throws ImportException in strict mode, at the first bad line
   */
  public static <P> ImportCounts read(Path file, String source, JsonReadOptions options,
      ReportSink<P> sink) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    return JsonLinesRanges.read(file, checkSource(source), options, sink,
        RangePlan.threadsForThisJvm(), RangePlan.bytesForThisHeap());
  }

  /**
   * Reads the lines of one range of a file, numbered from {@code linesBefore + 1}, handing reports,
   * rejected rows and warnings to the handler; for {@link JsonLinesRanges}.
   */
  static ImportCounts readRange(InputStream in, long linesBefore, String source,
      JsonReadOptions options, ImportHandler handler) {
    LineSource lines = utf8(in);
    lines.number = linesBefore;
    try (JsonLinesReader reader = new JsonLinesReader(lines, source, options, handler)) {
      return reader.drainTo(handler);
    }
  }

  private ImportCounts drainTo(ImportHandler handler) {
    iterated = true;
    for (ImportedReport r = readNext(); r != null; r = readNext()) {
      handler.report(r);
    }
    return counts();
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
      private ImportedReport next;

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
        StrikeReport r = next.report();
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
   * Returns the rows rejected so far (lenient mode).
   *
   * @return the rejected rows, in input order
   */
  public List<RejectedRow> rejected() {
    return ImmutableList.copyOf(rejected);
  }

  /**
   * Returns the warnings so far.
   *
   * @return the warnings, in input order
   */
  public List<ImportWarning> warnings() {
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
   * Returns the line of the report the iterator last returned.
   *
   * @return the line number, from 1; 0 before the first report
   */
  public long lastReportLine() {
    return lastReportLine;
  }

  /**
   * Returns the counts so far: rows accepted (the weapon lines of the reports), rows rejected (the
   * rejected lines) and reports.
   *
   * @return the counts
   */
  public ImportCounts counts() {
    return ImportCounts.of(source, rowsAccepted, rowsRejected, reports);
  }

  /**
   * Closes the input; closing again does nothing.
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

  private ImportedReport readNext() {
    while (true) {
      LineSource.Line line;
      try {
        line = lines.next();
      } catch (CharacterCodingException e) {
        // a character stream that decodes ahead of the line being read: the line is not certain
        RejectedRow row = RejectedRow.ofRow(FileLocation.of(source, lines.lineCount() + 1), "",
            "the input could not be decoded at or after this line (" + e + ")");
        throw new ImportException(row, e);
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
      if (line == null) {
        return null;
      }
      if (isJsonBlank(line.text()) && !line.tooLong() && line.encodingError().isEmpty()) {
        continue;
      }
      List<ImportWarning> lineWarnings = new ArrayList<>();
      FileLocation at = FileLocation.of(source, line.number());
      try {
        if (line.tooLong()) {
          throw new DocumentException("", "line longer than " + JsonConfig.MAX_DOCUMENT_LENGTH
              + " characters (bytes for a byte stream)");
        }
        if (!line.encodingError().isEmpty()) {
          throw new DocumentException("", line.encodingError());
        }
        StrikeReport report = decodeLine(line.text(), source, line.number(), options,
            lineWarnings);
        lineWarnings.forEach(side::warning);
        reports++;
        rowsAccepted += report.lines().size();
        lastReportLine = line.number();
        return ImportedReport.at(report, at);
      } catch (DocumentException e) {
        String raw = line.text().length() > MAX_RAW_TEXT
            ? line.text().substring(0, MAX_RAW_TEXT)
            : line.text();
        RejectedRow row = rejectedRow(at, raw, e);
        if (options.isStrict()) {
          throw new ImportException(row, e);
        }
        lineWarnings.forEach(side::warning);
        rowsRejected++;
        side.rejected(row);
      }
    }
  }

  /**
   * Whether a line holds only JSON's white space (space, tab, CR, LF), so that it is no document:
   * {@code String.isBlank} also takes a unit separator, a form feed or U+3000 for space, and such a
   * line was skipped unnamed where it is a line that is not JSON.
   */
  static boolean isJsonBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  static RejectedRow rejectedRow(FileLocation at, String raw, DocumentException e) {
    return e.field().isEmpty()
        ? RejectedRow.ofRow(at, raw, e.fullReason())
        : RejectedRow.of(at, e.field(), raw, e.fullReason());
  }

  /**
   * Parses and decodes one document.
   *
   * @throws DocumentException naming field and reason
   */
  static StrikeReport decodeLine(String text, String source, long lineNumber,
      JsonReadOptions options, List<ImportWarning> sink) {
    JsonNode tree = parse(text);
    ReportDecoder decoder = new ReportDecoder(options.catalog(), options.isStrict(),
        (field, message) -> sink.add(ImportWarning.of(source, lineNumber,
            FieldReason.of(field, message))));
    return decoder.decode(tree);
  }

  private static final Pattern START_MARKER = Pattern.compile(
      " ?\\(start marker at \\[Source: [^;\\]]*; line: \\d+, column: (\\d+)\\]\\)");

  private static DocumentException syntaxError(JsonParser p, JsonProcessingException e,
      String text) {
    String where = FieldPaths.of(p.getParsingContext());
    String message = START_MARKER.matcher(e.getOriginalMessage())
        .replaceAll(" (opened at column $1)");
    // said first, where a message cut short keeps it (review rv48d)
    return new DocumentException(where, (endsInCrAlone(text) ? "its lines end in a carriage"
        + " return alone (CR), not the line feed JSON Lines needs: save it with LF or CRLF line"
        + " ends; " : "") + "not valid JSON: " + message + column(e, text), lineOf(e, text));
  }

  /** What a line that ends in CR alone is told (reviews rv44b, rv48d). */
  private static final String CR_ALONE = "; its lines end in a carriage return alone (CR): a JSON"
      + " Lines line ends in a line feed, so save it with LF or CRLF line ends";

  /**
   * Where parsing stopped, as a column of its line. A text of one line (a JSON Lines line) counts
   * its characters from the start, whatever a carriage return inside it: the parser takes one for
   * a line break and starts its column count again.
   */
  private static String column(JsonProcessingException e, String text) {
    int column = -1;
    if (e.getLocation() != null) {
      long offset = e.getLocation().getCharOffset();
      column = text.indexOf('\n') < 0 && offset >= 0 && offset < Integer.MAX_VALUE
          ? (int) offset + 1 : e.getLocation().getColumnNr();
    }
    return column > 0 ? " (column " + column + ")" : "";
  }

  /** The line of the text where parsing stopped: 1 for a text of one line. */
  private static long lineOf(JsonProcessingException e, String text) {
    if (e.getLocation() == null) {
      return 0;
    }
    return text.indexOf('\n') < 0 ? 1 : Math.max(0, e.getLocation().getLineNr());
  }

  /**
   * Parses one JSON value with the hardened factory; anything after it is an error.
   *
   * @throws DocumentException for a syntax error or a broken limit, naming where parsing stopped
   */
  static JsonNode parse(String text) {
    try {
      // first without the parser's duplicate check (the tree refuses duplicates anyway): on any
      // failure the strict parse below says what is wrong and where, as it always has
      return parse(text, JsonConfig.FAST_FACTORY, JsonConfig.FAST_MAPPER);
    } catch (DocumentException e) {
      return parseStrict(text);
    }
  }

  /**
   * Parses one JSON value with the parser's own duplicate check as well: the reference of
   * {@link #parse(String)}, which gives the same tree or the same error at the same column for any
   * text and runs this only when its own pass fails ({@code FastParseProperties} holds the two
   * together).
   *
   * @throws DocumentException for a syntax error or a broken limit, naming where parsing stopped
   */
  static JsonNode parseStrict(String text) {
    return parse(text, JsonConfig.FACTORY, JsonConfig.MAPPER);
  }

  /**
   * Whether the text holds a carriage return not followed by a line feed: outside a string (where
   * JSON allows none unescaped), the line end of an old Mac file, which reads as one line
   * (review rv44b: "unexpected content after the report" said nothing of why).
   */
  private static boolean endsInCrAlone(String text) {
    for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
        return true;
      }
    }
    return false;
  }

  private static JsonNode parse(String text, JsonFactory factory, ObjectMapper mapper) {
    try (JsonParser p = factory.createParser(text)) {
      try {
        if (p.nextToken() == null) {
          throw new DocumentException("", "no JSON value");
        }
        // FAIL_ON_TRAILING_TOKENS makes the mapper refuse anything after the report
        return mapper.readTree(p);
      } catch (MismatchedInputException e) {
        if (e.getOriginalMessage().startsWith("Trailing token")) {
          throw new DocumentException("", "unexpected content after the report"
              + column(e, text) + (endsInCrAlone(text) ? CR_ALONE
              : "; a JSON Lines line holds one report"), lineOf(e, text));
        }
        throw syntaxError(p, e, text);
      } catch (JsonProcessingException e) {
        throw syntaxError(p, e, text);
      }
    } catch (IOException e) {
      // parsing a String does no I/O; a JsonProcessingException is handled above
      throw new UncheckedIOException(e);
    }
  }
}

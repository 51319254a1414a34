package org.conflictstats.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.FileChangedException;
import org.conflictstats.io.HeaderException;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportInput;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.csv.AirForceCsvReader;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.io.json.JsonLinesReader;
import org.conflictstats.io.json.JsonReadOptions;

/**
 * Reads the command's inputs (files, standard input {@code -}, or with none the embedded sample)
 * one after the other into one {@link ReportSink}, each in bounded memory: an Air Force CSV file on
 * every core, a stream or JSON Lines in order. The format of each input is detected from its content.
 * For each input, standard error says how many rows were read, accepted and rejected, gives the
 * reader's warnings and the first rejected rows. Every command reads through here: one path, several
 * sinks.
 *
 * <p>Commands that count reports read through {@link #readDistinct}: each report once
 * ({@link DistinctReports}), which may read every input a second time; standard input and pipes are
 * then copied to a temporary file as they are first read (deleted when the reading ends), so that
 * the second reading reads the same bytes, in order, as the first. What standard error says of an
 * input is said on the first reading only.
 */
final class Inputs {

  /** The sample written by the project, in the library's JSON Lines format. */
  static final String SAMPLE_RESOURCE = "sample.jsonl";
  static final String SAMPLE_NAME = "embedded sample";

  /** Rejected rows shown on standard error per input. */
  private static final int SHOWN = 5;

  private final InputOptions options;
  private final PrintWriter err;
  private final InputStream stdin;
  /** The source names of every report read, for a check of the names a scope gives. */
  private final SourceNames sources = new SourceNames();
  private final List<Input> singles = new ArrayList<>();
  /** Whether an input of rows of which none could be read is an error (all but validate). */
  private final boolean unreadableIsError;
  /**
   * What standard error would say of each input while a name that only the inputs can tell is
   * checked ({@link #hold}): said once the checks pass, so that a name no input has is one line.
   */
  private final java.io.StringWriter held = new java.io.StringWriter();
  private int holds;

  Inputs(InputOptions options, PrintWriter err, InputStream stdin) {
    this(options, err, stdin, true);
  }

  /**
   * Inputs of a command.
   *
   * @param unreadableIsError whether an input of rows of which none could be read ends the command
   *     (exit 2): a table, chart or conversion of nothing is not a result; {@code validate}, which
   *     lists the rows, passes false
   */
  Inputs(InputOptions options, PrintWriter err, InputStream stdin, boolean unreadableIsError) {
    this.options = options;
    this.err = err;
    this.stdin = stdin;
    this.unreadableIsError = unreadableIsError;
  }

  /** What the inputs gave: the counts of each, in order. */
  record Totals(List<ImportCounts> files) {
    long rowsRead() {
      return files.stream().mapToLong(ImportCounts::rowsRead).sum();
    }

    long rowsRejected() {
      return files.stream().mapToLong(ImportCounts::rowsRejected).sum();
    }

    long rowsAccepted() {
      return files.stream().mapToLong(ImportCounts::rowsAccepted).sum();
    }

    long reports() {
      return files.stream().mapToLong(ImportCounts::reports).sum();
    }
  }

  /**
   * What a reading of every input gave: the sink that got the reports that count, the counts of
   * each input, and the copies and revisions found.
   */
  record Read<S>(S sink, Totals totals, IdentityCounts identity) {}

  /** The source names of the reports read so far (as {@code Source.name()} gives them). */
  SourceNames sourcesSeen() {
    return sources;
  }

  /**
   * Reads every input, in order, into a sink that gets each report once: see
   * {@link DistinctReports}. The sink is made again when the inputs must be read a second time.
   *
   * @throws CliException as {@link #readInto} does, or (exit 2) for an input that changed between
   *     the two readings
   */
  <S extends ReportSink<?>> Read<S> readDistinct(Supplier<S> sinks, Set<Detail> details,
      DistinctReports distinct) {
    return distinct(details, inputs -> distinct.read(inputs, sinks));
  }

  /**
   * Reads every input, in order, into a sink that gets every report, and tells the
   * {@link DistinctReports}' listener of each copy and revision; a second time, the sink getting
   * nothing, when the index of keys passed its limit (standard input is copied for it).
   */
  <S extends ReportSink<?>> Read<S> listDistinct(S sink, Set<Detail> details,
      DistinctReports distinct) {
    return distinct(details, inputs -> distinct.list(inputs, sink));
  }

  /** A reading of {@link DistinctReports}: the inputs in, its result out. */
  private interface DistinctReading<S extends ReportSink<?>> {
    DistinctReports.Result<S> apply(List<Input> inputs) throws IOException;
  }

  /** Runs a reading of every input with the errors of a CLI, then removes the copies it made. */
  private <S extends ReportSink<?>> Read<S> distinct(Set<Detail> details,
      DistinctReading<S> reading) {
    List<Input> inputs = inputs(details, true);
    try {
      DistinctReports.Result<S> r = reading.apply(inputs);
      return new Read<>(r.sink(), new Totals(r.counts()), r.identity());
    } catch (FileChangedException e) {
      throw new CliException(e.getMessage() + "; read it again once nothing writes to it",
          ExitCode.USAGE, e);
    } catch (IOException e) {
      throw new CliException("cannot read: " + e.getMessage(), ExitCode.USAGE, e);
    } finally {
      inputs.forEach(Input::deleteCopy);
    }
  }

  /**
   * One input, readable again (standard input copied to a temporary file as it is first read):
   * call {@link #deleteCopies()} when done with it.
   */
  ReportInput single(String file, Set<Detail> details) {
    Input input = new Input(Objects.requireNonNull(file, "file"), details, true);
    singles.add(input);
    return input;
  }

  /** Deletes the temporary copies of the inputs {@link #single} gave. */
  void deleteCopies() {
    singles.forEach(Input::deleteCopy);
  }

  /** The inputs the options name (the embedded sample when none), each readable again. */
  private List<Input> inputs(Set<Detail> details, boolean again) {
    List<Input> inputs = new ArrayList<>();
    if (options.files.isEmpty()) {
      inputs.add(new Input(null, details, again));
    } else {
      for (String file : options.files) {
        inputs.add(new Input(file, details, again));
      }
    }
    return inputs;
  }

  /**
   * The format of a file, from its first bytes; empty for a pipe or device named as a file, whose
   * bytes cannot be looked at without being read.
   *
   * @throws CliException (exit 2) for a directory, a missing or unreadable file, or one of no known
   *     format
   */
  static Optional<InputFormat> formatOf(String file) {
    Path path = path(file);
    if (Files.isDirectory(path)) {
      throw new CliException(file + ": is a directory, not a file");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try (BufferedInputStream head = new BufferedInputStream(Files.newInputStream(path))) {
      return Optional.of(InputFormat.detect(head, file));
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(file + ": permission denied");
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), ExitCode.USAGE, e);
    }
  }

  /**
   * One input of the command: a file, standard input ({@code -}) or the embedded sample (the file
   * null). The first reading says on standard error what it read; a stream is copied to a
   * temporary file as it is first read when it may be read again, and read again from there.
   */
  private final class Input implements ReportInput {
    private final String file;
    private final Set<Detail> details;
    private final boolean again;
    private int readings;
    private Path copy;

    Input(String file, Set<Detail> details, boolean again) {
      this.file = file;
      this.details = details;
      this.again = again;
    }

    @Override
    public String name() {
      return file == null ? SAMPLE_NAME : file.equals("-") ? "<stdin>" : file;
    }

    @Override
    public ImportCounts readInto(ReportSink<?> sink) {
      boolean first = readings++ == 0;
      if (file == null) {
        if (first) {
          said().println("conflict-stats: no input file given: using the " + SAMPLE_NAME
              + " (the 17 April 2025 report and a few synthetic ones)");
        }
        InputStream in = Inputs.class.getResourceAsStream(SAMPLE_RESOURCE);
        if (in == null) {
          throw new CliException("the embedded sample is missing from this build");
        }
        return readStream(new BufferedInputStream(in), SAMPLE_NAME, sink, details, first);
      }
      if (!first && copy != null) {
        try {
          return readStream(new BufferedInputStream(Files.newInputStream(copy), 1 << 16), name(),
              sink, details, false);
        } catch (IOException e) {
          throw new CliException(name() + ": cannot read its copy again: " + e.getMessage(),
              ExitCode.USAGE, e);
        }
      }
      if (file.equals("-")) {
        return readStream(copied(stdin), "<stdin>", sink, details, first);
      }
      return readFile(file, sink, details, first);
    }

    /** The stream, copied to a temporary file as it is read when it may be read again. */
    BufferedInputStream copied(InputStream in) {
      if (!again) {
        return new BufferedInputStream(in, 1 << 16);
      }
      try {
        copy = Files.createTempFile("conflict-stats-input", ".copy");
        copy.toFile().deleteOnExit();
        return new BufferedInputStream(new Tee(in, Files.newOutputStream(copy)), 1 << 16);
      } catch (IOException e) {
        throw new CliException(name() + ": cannot copy it to a temporary file to read it twice: "
            + e.getMessage(), ExitCode.USAGE, e);
      }
    }

    void deleteCopy() {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // deleted at exit
        }
      }
    }

    /** A pipe or device named as a file: read like standard input. */
    private ImportCounts readNamedStream(Path path, ReportSink<?> sink, boolean first)
        throws IOException {
      // a FileInputStream: the stream of Files.newInputStream asks a pipe for its position,
      // "Illegal seek"
      try (InputStream raw = new java.io.FileInputStream(path.toFile())) {
        return readStream(copied(raw), file, sink, details, first);
      }
    }

    private ImportCounts readFile(String file, ReportSink<?> sink, Set<Detail> details,
        boolean first) {
      return Inputs.this.readFile(file, sink, details, first, this);
    }
  }

  /** Copies what is read to a file. */
  private static final class Tee extends java.io.FilterInputStream {
    private final java.io.OutputStream copy;

    Tee(InputStream in, java.io.OutputStream copy) {
      super(in);
      this.copy = copy;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        copy.write(b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        copy.write(b, off, n);
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      try {
        copy.close();
      } finally {
        super.close();
      }
    }
  }

  /**
   * Reads every input into the sink, in order.
   *
   * @param sink the command's sink
   * @param details the line details the command uses (JSON Lines always gives all)
   * @return the counts of each input
   * @throws CliException for a missing, unreadable or unrecognised input, a bad header, or (with
   *     --strict) a bad row
   */
  <P> Totals readInto(ReportSink<P> sink, Set<Detail> details) {
    Objects.requireNonNull(sink, "sink");
    List<ImportCounts> files = new ArrayList<>();
    for (Input input : inputs(details, false)) {
      files.add(input.readInto(sink));
    }
    return new Totals(files);
  }

  private <P> ImportCounts readFile(String file, ReportSink<P> sink, Set<Detail> details,
      boolean first, Input input) {
    Path path = path(file);
    try {
      Optional<InputFormat> detected = formatOf(file);
      if (detected.isEmpty()) {
        // a pipe, a device or a process substitution: read like standard input
        return input.readNamedStream(path, sink, first);
      }
      InputFormat format = detected.get();
      Observed<P> observed = new Observed<>(sink, sources);
      ImportCounts counts;
      if (format == InputFormat.AIR_FORCE_CSV) {
        long size = Files.size(path);
        ProgressBar bar = ProgressBar.forFile(Terminal.ErrWriter.raw(err),
            Terminal.oneLine(path.getFileName().toString()), size);
        counts = csvReader(details).withProgress(bar::advanceTo).read(path, observed);
        bar.done();
      } else {
        counts = JsonLinesReader.read(path, file, jsonOptions(), observed);
      }
      return first ? said(counts, observed) : counts;
    } catch (FileChangedException e) {
      throw new CliException(e.getMessage() + "; read it again once nothing writes to it",
          ExitCode.USAGE, e);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(file + ": permission denied");
    } catch (HeaderException e) {
      throw new CliException(shown(e.rejectedRow()), ExitCode.USAGE, e);
    } catch (ImportException e) {
      throw new CliException(shown(e.rejectedRow()), ExitCode.FINDINGS, e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), ExitCode.USAGE, e);
    }
  }

  private <P> ImportCounts readStream(BufferedInputStream in, String name, ReportSink<P> sink,
      Set<Detail> details, boolean first) {
    try (in) {
      InputFormat format = InputFormat.detect(in, name);
      Observed<P> observed = new Observed<>(sink, sources);
      ImportCounts counts = format == InputFormat.AIR_FORCE_CSV
          ? csvReader(details).read(in, name, observed)
          : JsonLinesReader.read(in, name, jsonOptions(), observed);
      return first ? said(counts, observed) : counts;
    } catch (HeaderException e) {
      throw new CliException(shown(e.rejectedRow()), ExitCode.USAGE, e);
    } catch (ImportException e) {
      throw new CliException(shown(e.rejectedRow()), ExitCode.FINDINGS, e);
    } catch (IOException e) {
      throw new CliException(name + ": cannot read: " + e.getMessage(), ExitCode.USAGE, e);
    }
  }

  /**
   * The path a file argument names.
   *
   * @throws CliException (exit 2) for a name no file can have (a NUL character, say)
   */
  static Path path(String file) {
    try {
      return Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      throw new CliException(Terminal.echo(file) + ": not a file name (" + e.getReason() + ")");
    }
  }

  private AirForceCsvReader csvReader(Set<Detail> details) {
    AirForceCsvReader reader = AirForceCsv.reader().withZone(options.csvZone).withMode(mode())
        .withCatalog(options.catalog()).withDetails(details);
    return options.groupingWindow > 0 ? reader.withGroupingWindow(options.groupingWindow) : reader;
  }

  private JsonReadOptions jsonOptions() {
    return JsonReadOptions.of(mode());
  }

  private ImportMode mode() {
    return options.strict ? ImportMode.STRICT : ImportMode.LENIENT;
  }

  /**
   * A rejected row as standard error shows it: its location and reason, the reason (which may quote
   * the row's cells) on one line and cut at {@link Terminal#ECHO_LIMIT} characters.
   */
  static String shown(RejectedRow row) {
    return Terminal.oneLine(row.location().toString()) + ": " + Terminal.echo(row.reason());
  }

  /**
   * A warning as standard error shows it: its file and line whole, as a rejected row's location,
   * and its message (which may quote the input) on one line and cut at
   * {@link Terminal#WARNING_LIMIT} characters; so a long path does not cut a short message, nor
   * the limit of echoed input the tool's own words (rv51b: the warning of reports given again
   * lost its last 35 characters).
   */
  static String shown(ImportWarning w) {
    return Terminal.oneLine(w.place()) + ": "
        + Terminal.cut(Terminal.quoted(w.message()), Terminal.WARNING_LIMIT);
  }

  /**
   * Holds what standard error says of each input until {@link #release}: a check of a name that
   * only the inputs can tell (a source, a region) comes after they are read, and a name no input
   * has is then the command's one line, not the last of several. Holds nest.
   */
  void hold() {
    holds++;
  }

  /** Ends a {@link #hold}: after the last, standard error says what was held. */
  void release() {
    if (holds > 0 && --holds == 0) {
      err.print(held);
      err.flush();
      held.getBuffer().setLength(0);
    }
  }

  /** Where what is said of the inputs goes: standard error, or what is held ({@link #hold}). */
  private PrintWriter said() {
    return holds > 0 ? new PrintWriter(held, true) : err;
  }

  /** Says on standard error what one input gave (or holds it: {@link #hold}). */
  private ImportCounts said(ImportCounts counts, Observed<?> o) {
    if (unreadableIsError && counts.rowsRead() > 0 && counts.rowsAccepted() == 0
        && !o.firstRejected.isEmpty()) {
      // every row set aside: the wrong file, or one a spreadsheet re-saved; not a table of zeros.
      // One line, which names the first row: the counts and rows listed before it said it again
      throw new CliException(Terminal.oneLine(counts.file()) + ": none of its "
          + Words.counted(counts.rowsRead(), "row") + " could be read; the first: "
          + shown(o.firstRejected.get(0)) + (o.notUtf8 == 0 ? ""
          : " (" + Words.counted(o.notUtf8, "row") + " with bytes that are not UTF-8: a file"
          + " saved in Windows-1251 or another 8-bit encoding? re-save it as UTF-8)"));
    }
    PrintWriter err = said();
    err.println("conflict-stats: " + Terminal.oneLine(counts.toString()));
    for (ImportWarning w : o.warnings) {
      err.println("conflict-stats: warning: " + shown(w));
    }
    if (o.warningsDropped > 0) {
      err.println("conflict-stats: warning: ... and " + Words.counted(o.warningsDropped, "more warning"));
    }
    reportRejected(err, counts.rowsRejected(), counts.rowsRead(), o.firstRejected);
    if (o.notUtf8 > 0) {
      // the rows of a file in another encoding that hold a letter outside ASCII: the weapons their
      // names spell (Cyrillic models) go missing as a group, not at random
      err.println("conflict-stats: warning: " + Terminal.oneLine(counts.file()) + ": "
          + Words.counted(o.notUtf8, "row") + (o.notUtf8 == 1 ? " holds" : " hold")
          + " bytes that are not UTF-8 (a file saved in Windows-1251 or another 8-bit encoding?):"
          + " left out, and with them the weapons of every row with a letter outside ASCII (a"
          + " Cyrillic name, say); re-save the file as UTF-8");
    }
    err.flush();
    return counts;
  }

  /** Says how many rows were rejected, and shows the first few. */
  static void reportRejected(PrintWriter err, long rowsRejected, long rowsRead, List<?> first) {
    if (rowsRejected == 0) {
      return;
    }
    err.println("conflict-stats: " + Words.number(rowsRejected) + " of "
        + Words.counted(rowsRead, "row") + " rejected and set aside (--strict makes this fatal); the first:");
    first.stream().limit(SHOWN).forEach(r -> err.println("  "
        + (r instanceof RejectedRow row ? shown(row) : Terminal.echo(r.toString()))));
    if (rowsRejected > SHOWN) {
      err.println("  ... and " + Words.number(rowsRejected - SHOWN) + " more (see 'conflict-stats validate')");
    }
  }

  /** Passes everything on to the command's sink, keeping what standard error shows. */
  private static final class Observed<P> implements ReportSink<P> {
    private static final int KEPT_WARNINGS = 100;
    private final ReportSink<P> sink;
    private final SourceNames sources;
    final List<RejectedRow> firstRejected = new ArrayList<>();
    final List<ImportWarning> warnings = new ArrayList<>();
    long warningsDropped;
    /**
     * The readers' reason for bytes that are not UTF-8, at its start (a CSV cell's after its
     * column), not a cell that quotes the words.
     */
    private static final Pattern NOT_UTF8 = Pattern.compile("(column '[^']*': )?not valid UTF-8");
    /** Rows rejected for bytes that are not UTF-8. */
    long notUtf8;

    Observed(ReportSink<P> sink, SourceNames sources) {
      this.sink = sink;
      this.sources = sources;
    }

    @Override
    public P newPart() {
      return sink.newPart();
    }

    @Override
    public void accept(P part, ImportedReport report) {
      sources.seen(report.report().source().name()); // thread-safe: the reader's threads call it
      sink.accept(part, report);
    }

    @Override
    public void merge(P part) {
      sink.merge(part);
    }

    @Override
    public void rejected(RejectedRow row) {
      if (firstRejected.size() < SHOWN) {
        firstRejected.add(row);
      }
      if (NOT_UTF8.matcher(row.reason()).lookingAt()) {
        notUtf8++;
      }
      sink.rejected(row);
    }

    @Override
    public void warning(ImportWarning warning) {
      // a warning of the whole file, with no line (blank lines skipped), comes at the end of its
      // read and says what no row's does: shown whatever the rows' warnings
      if (warnings.size() < KEPT_WARNINGS || warning.line().isEmpty()) {
        warnings.add(warning);
      } else {
        warningsDropped++;
      }
      sink.warning(warning);
    }
  }
}

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
import java.util.Set;
import org.conflictstats.io.FileChangedException;
import org.conflictstats.io.HeaderException;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
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

  Inputs(InputOptions options, PrintWriter err, InputStream stdin) {
    this.options = options;
    this.err = err;
    this.stdin = stdin;
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
    if (options.files.isEmpty()) {
      err.println("conflict-stats: no input file given: using the " + SAMPLE_NAME
          + " (the 17 April 2025 report and a few synthetic ones)");
      InputStream in = Inputs.class.getResourceAsStream(SAMPLE_RESOURCE);
      if (in == null) {
        throw new CliException("the embedded sample is missing from this build");
      }
      files.add(readStream(new BufferedInputStream(in), SAMPLE_NAME, sink, details));
    } else {
      for (String file : options.files) {
        files.add(file.equals("-")
            ? readStream(new BufferedInputStream(stdin, 1 << 16), "<stdin>", sink, details)
            : readFile(file, sink, details));
      }
    }
    return new Totals(files);
  }

  private <P> ImportCounts readFile(String file, ReportSink<P> sink, Set<Detail> details) {
    Path path = path(file);
    if (Files.isDirectory(path)) {
      throw new CliException(file + ": is a directory, not a file");
    }
    try {
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        // a pipe, a device or a process substitution: read like standard input (a FileInputStream:
        // the stream of Files.newInputStream asks a pipe for its position, "Illegal seek")
        try (InputStream raw = new java.io.FileInputStream(path.toFile())) {
          return readStream(new BufferedInputStream(raw, 1 << 16), file, sink, details);
        }
      }
      InputFormat format;
      try (BufferedInputStream head = new BufferedInputStream(Files.newInputStream(path))) {
        format = InputFormat.detect(head, file);
      }
      Observed<P> observed = new Observed<>(sink);
      ImportCounts counts;
      if (format == InputFormat.AIR_FORCE_CSV) {
        long size = Files.size(path);
        ProgressBar bar = ProgressBar.forFile(Terminal.ErrWriter.raw(err),
            Terminal.oneLine(path.getFileName().toString()), size);
        counts = csvReader(details).withProgress(bar::advanceTo).read(path, observed);
        bar.done();
      } else {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
          counts = JsonLinesReader.read(in, file, jsonOptions(), observed);
        }
      }
      return said(counts, observed);
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
      Set<Detail> details) {
    try (in) {
      InputFormat format = InputFormat.detect(in, name);
      Observed<P> observed = new Observed<>(sink);
      ImportCounts counts = format == InputFormat.AIR_FORCE_CSV
          ? csvReader(details).read(in, name, observed)
          : JsonLinesReader.read(in, name, jsonOptions(), observed);
      return said(counts, observed);
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
    return AirForceCsv.reader().withZone(options.zone).withMode(mode())
        .withCatalog(options.catalog()).withDetails(details);
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

  /** Says on standard error what one input gave. */
  private ImportCounts said(ImportCounts counts, Observed<?> o) {
    err.println("conflict-stats: " + Terminal.oneLine(counts.toString()));
    for (ImportWarning w : o.warnings) {
      err.println("conflict-stats: warning: " + Terminal.echo(w.toString()));
    }
    if (o.warningsDropped > 0) {
      err.println("conflict-stats: warning: ... and " + o.warningsDropped + " more warnings");
    }
    reportRejected(err, counts.rowsRejected(), counts.rowsRead(), o.firstRejected);
    return counts;
  }

  /** Says how many rows were rejected, and shows the first few. */
  static void reportRejected(PrintWriter err, long rowsRejected, long rowsRead, List<?> first) {
    if (rowsRejected == 0) {
      return;
    }
    err.println("conflict-stats: " + rowsRejected + " of " + rowsRead
        + " rows rejected and set aside (--strict makes this fatal); the first:");
    first.stream().limit(SHOWN).forEach(r -> err.println("  "
        + (r instanceof RejectedRow row ? shown(row) : Terminal.echo(r.toString()))));
    if (rowsRejected > SHOWN) {
      err.println("  ... and " + (rowsRejected - SHOWN) + " more (see 'conflict-stats validate')");
    }
  }

  /** Passes everything on to the command's sink, keeping what standard error shows. */
  private static final class Observed<P> implements ReportSink<P> {
    private static final int KEPT_WARNINGS = 100;
    private final ReportSink<P> sink;
    final List<RejectedRow> firstRejected = new ArrayList<>();
    final List<ImportWarning> warnings = new ArrayList<>();
    long warningsDropped;

    Observed(ReportSink<P> sink) {
      this.sink = sink;
    }

    @Override
    public P newPart() {
      return sink.newPart();
    }

    @Override
    public void accept(P part, ImportedReport report) {
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
      sink.rejected(row);
    }

    @Override
    public void warning(ImportWarning warning) {
      if (warnings.size() < KEPT_WARNINGS) {
        warnings.add(warning);
      } else {
        warningsDropped++;
      }
      sink.warning(warning);
    }
  }
}

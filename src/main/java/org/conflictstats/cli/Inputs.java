package org.conflictstats.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.WeaponCatalog;

/**
 * Reads the command's inputs: files, standard input ({@code -}) or, with none, the embedded sample.
 * The format of each is detected from its content.
 */
final class Inputs {

  /** The sample written by the project, in the library's JSON Lines format. */
  static final String SAMPLE_RESOURCE = "sample.jsonl";
  static final String SAMPLE_NAME = "embedded sample";

  private final InputOptions options;
  private final PrintWriter err;
  private final InputStream stdin;

  Inputs(InputOptions options, PrintWriter err, InputStream stdin) {
    this.options = options;
    this.err = err;
    this.stdin = stdin;
  }

  /** Reads every input whole and reports rejected rows on standard error. */
  ImportResult readAll() {
    ImportResult all = ImportResult.empty();
    if (options.files.isEmpty()) {
      err.println("conflict-stats: no input file given: using the " + SAMPLE_NAME
          + " (the 17 April 2025 report and a few synthetic ones)");
      InputStream in = Inputs.class.getResourceAsStream(SAMPLE_RESOURCE);
      if (in == null) {
        throw new CliException("the embedded sample is missing from this build");
      }
      all = read(new BufferedInputStream(in), SAMPLE_NAME, -1);
    } else {
      for (String file : options.files) {
        all = all.plus(readOne(file));
      }
    }
    for (ImportCounts counts : all.files()) {
      err.println("conflict-stats: " + counts);
    }
    all.warnings().forEach(w -> err.println("conflict-stats: warning: " + w));
    reportRejected(err, all.rowsRejected(), all.rowsRead(), all.rejected());
    return all;
  }

  private ImportResult readOne(String file) {
    if (file.equals("-")) {
      return read(new BufferedInputStream(stdin), "<stdin>", -1);
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new CliException(file + ": is a directory, not a file");
    }
    try {
      long size = Files.size(path);
      InputStream raw = Files.newInputStream(path);
      InputStream in = ProgressBar.wrapIfUseful(raw, err, path.getFileName().toString(), size);
      return read(new BufferedInputStream(in, 1 << 16), file, size);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(file + ": permission denied");
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage());
    }
  }

  private ImportResult read(BufferedInputStream in, String name, long size) {
    try (in) {
      InputFormat format = InputFormat.detect(in, name);
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      ImportMode mode = options.strict ? ImportMode.STRICT : ImportMode.LENIENT;
      switch (format) {
        case AIR_FORCE_CSV:
          return AirForceCsv.reader().withZone(options.zone).withMode(mode)
              .withCatalog(options.catalog()).read(reader, name);
        default:
          return JsonLinesInput.read(reader, name, mode);
      }
    } catch (ImportException e) {
      throw new CliException(e.getMessage(), ExitCode.FINDINGS, e);
    } catch (IOException e) {
      throw new CliException(name + ": cannot read: " + e.getMessage(), ExitCode.USAGE, e);
    }
  }

  /** Says how many rows were rejected, and shows the first few. */
  static void reportRejected(PrintWriter err, long rowsRejected, long rowsRead, List<?> rejected) {
    if (rowsRejected == 0) {
      return;
    }
    err.println("conflict-stats: " + rowsRejected + " of " + rowsRead
        + " rows rejected and set aside (--strict makes this fatal); the first:");
    rejected.stream().limit(5).forEach(r -> err.println("  " + r));
    if (rejected.size() > 5) {
      err.println("  ... and " + (rejected.size() - 5) + " more (see 'conflict-stats validate')");
    }
  }
}

package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;

/**
 * Writes reports as JSON Lines: one compact report document per line, each line ending in
 * {@code \n}, in UTF-8 when writing bytes. Nothing is kept in memory between reports.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = JsonLinesWriter.open(Path.of("reports.jsonl"))) {
 *   reports.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>A catalogued weapon is written with its name and category; its aliases are written too when it
 * differs from the writing catalogue's weapon of that name (the built-in catalogue unless another
 * is given), so a reader with the same catalogue rebuilds it exactly and a reader with another
 * catalogue loses nothing that the writing catalogue did not already know.
 *
 * <p>Writing failures are thrown as {@link UncheckedIOException}, so that {@code write} can be used
 * as a {@code Consumer}. A writer is not thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

  private final Writer out;
  private final ReportEncoder encoder;
  private long written;
  private boolean closed;

  private JsonLinesWriter(Writer out, WeaponCatalog catalog) {
    this.out = Objects.requireNonNull(out, "out");
    this.encoder = new ReportEncoder(catalog);
  }

  /**
   * Writes to a character stream, with the built-in catalogue.
   *
   * @param out the output; closed by {@link #close()}
   * @return the writer
   */
  public static JsonLinesWriter of(Writer out) {
    return new JsonLinesWriter(out, WeaponCatalog.builtIn());
  }

  /**
   * Writes to a character stream.
   *
   * @param out the output; closed by {@link #close()}
   * @param catalog the catalogue whose weapons are written without aliases
   * @return the writer
   */
  public static JsonLinesWriter of(Writer out, WeaponCatalog catalog) {
    return new JsonLinesWriter(out, catalog);
  }

  /**
   * Writes UTF-8 to a byte stream, with the built-in catalogue.
   *
   * @param out the output; closed by {@link #close()}
   * @return the writer
   */
  public static JsonLinesWriter of(OutputStream out) {
    return of(out, WeaponCatalog.builtIn());
  }

  /**
   * Writes UTF-8 to a byte stream.
   *
   * @param out the output; closed by {@link #close()}
   * @param catalog the catalogue whose weapons are written without aliases
   * @return the writer
   */
  public static JsonLinesWriter of(OutputStream out, WeaponCatalog catalog) {
    Objects.requireNonNull(out, "out");
    return new JsonLinesWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), catalog);
  }

  /**
   * Creates (or truncates) a file and writes UTF-8 to it, with the built-in catalogue.
   *
   * @param file the file
   * @return the writer, to be closed
   * @throws IOException if the file cannot be opened
   */
  public static JsonLinesWriter open(Path file) throws IOException {
    return open(file, WeaponCatalog.builtIn());
  }

  /**
   * Creates (or truncates) a file and writes UTF-8 to it.
   *
   * @param file the file
   * @param catalog the catalogue whose weapons are written without aliases
   * @return the writer, to be closed
   * @throws IOException if the file cannot be opened
   */
  public static JsonLinesWriter open(Path file, WeaponCatalog catalog) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(catalog, "catalog");
    return of(Files.newOutputStream(file), catalog);
  }

  /**
   * Writes one report as one line.
   *
   * @param report the report
   * @throws UncheckedIOException if writing fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(StrikeReport report) {
    Objects.requireNonNull(report, "report");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    try (JsonGenerator g = JsonConfig.FACTORY.createGenerator(out)) {
      encoder.write(g, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written++;
  }

  /**
   * Writes reports, one line each, in iteration order.
   *
   * @param reports the reports
   * @throws UncheckedIOException if writing fails
   */
  public void writeAll(Iterable<StrikeReport> reports) {
    Objects.requireNonNull(reports, "reports");
    for (StrikeReport r : reports) {
      write(r);
    }
  }

  /**
   * Returns how many reports were written.
   *
   * @return the count
   */
  public long reportsWritten() {
    return written;
  }

  /**
   * Flushes the output.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the output; closing again does nothing.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

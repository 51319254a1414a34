package org.conflictstats.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The temporary files of an external sort: runs of {@code long}s, each written once, from start to
 * end, and read back in order. The files are removed by {@link #close()} (and at the JVM's exit
 * should a caller not get that far). Used by {@link SortedRuns}. Not thread-safe.
 *
 * <pre>{@code
 * try (RunFiles runs = new RunFiles("conflict-stats-keys-", "report keys")) {
 *   runs.write(out -> out.writeLong(42));
 *   for (RunFiles.Reader r : runs.open()) {
 *     long[] one = new long[1];
 *     while (r.next(one)) { ... }
 *   }
 * }
 * }</pre>
 */
public final class RunFiles implements AutoCloseable {

  /** What writes a run's longs. */
  public interface Body {
    /**
     * Writes the run.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(DataOutputStream out) throws IOException;
  }

  private final String prefix;
  private final String what;
  private final List<Path> files = new ArrayList<>();

  /**
   * Creates a set of no runs.
   *
   * @param prefix the files' name prefix
   * @param what what the runs hold, for messages ("report keys")
   */
  public RunFiles(String prefix, String what) {
    this.prefix = prefix;
    this.what = what;
  }

  /**
   * Writes one more run to a new temporary file.
   *
   * @param body what writes it
   * @throws UncheckedIOException if the file cannot be made or written
   */
  public void write(Body body) {
    try {
      Path run = Files.createTempFile(prefix, ".bin");
      files.add(run);
      run.toFile().deleteOnExit();
      try (DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
        body.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what + " to a temporary file", e);
    }
  }

  /**
   * Returns how many runs were written and not yet removed.
   *
   * @return the runs
   */
  public int size() {
    return files.size();
  }

  /**
   * Opens every run for reading, in the order written. On a failure the runs opened so far are
   * closed again.
   *
   * @return one reader a run; the caller closes them
   * @throws UncheckedIOException if a run cannot be opened
   */
  public List<Reader> open() {
    List<Reader> readers = new ArrayList<>();
    try {
      for (Path run : files) {
        readers.add(new Reader(run));
      }
      return readers;
    } catch (IOException e) {
      readers.forEach(Reader::close);
      throw new UncheckedIOException("cannot read back the " + what + " written to disk", e);
    }
  }

  /** Removes the runs' files. */
  @Override
  public void close() {
    for (Path run : files) {
      try {
        Files.deleteIfExists(run);
      } catch (IOException e) {
        // deleteOnExit removes it later
      }
    }
    files.clear();
  }

  /** One run read in order, a record of a few longs at a time. */
  public final class Reader implements Closeable {
    private final DataInputStream in;

    private Reader(Path run) throws IOException {
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
    }

    /**
     * Reads the next record into {@code into} (as many longs as it holds).
     *
     * @param into the record
     * @return false at the end of the run, which is then closed
     * @throws UncheckedIOException if the run cannot be read
     */
    public boolean next(long[] into) {
      try {
        for (int i = 0; i < into.length; i++) {
          into[i] = in.readLong();
        }
        return true;
      } catch (EOFException e) {
        close();
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read back the " + what + " written to disk", e);
      }
    }

    /** Closes the run; its file stays until {@link RunFiles#close()}. */
    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        // nothing is read from it any more; its file is removed by RunFiles.close or at exit
      }
    }
  }
}

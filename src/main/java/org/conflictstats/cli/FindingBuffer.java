package org.conflictstats.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.conflictstats.stats.OverlapParts;

/**
 * The findings of one part of {@code validate}'s input waiting for the part's merge: in memory up to
 * a limit, past it appended to a temporary file, handed on in the order added and the file removed
 * at the merge (or by {@link #close()} should the command fail first). A part's findings are as
 * many as its reports' overlapping pairs, which a file whose reports each overlap hundreds of others
 * makes far more than its rows: held in memory, they ran out of a 1 GB heap on a 30 MB file.
 *
 * <p>Not {@code internal.RunFiles}: that keeps sorted runs of {@code long}s, each written once and
 * all read back at once for a merge; a part's findings are appended to one file as they spill and
 * read once, in order, so one file a part is enough and no run is opened beside another.
 *
 * <p>Strings are written as UTF-16 code units, so that any text, a lone surrogate of a JSON
 * escape included, comes back as it went. Filled on one thread, read on another after it.
 */
final class FindingBuffer implements OverlapParts.Buffer<Located>, AutoCloseable {

  /** About what a finding holds in memory with its strings, for the default limit. */
  private static final int BYTES_A_FINDING = 320;

  private final int limit;
  private List<Located> held = new ArrayList<>();
  private Path file;
  private DataOutputStream out;
  private long spilled;
  private boolean closed;

  /**
   * Creates an empty buffer.
   *
   * @param limit the findings held in memory before they go to the file, at least 1
   */
  FindingBuffer(int limit) {
    this.limit = Math.max(1, limit);
  }

  /**
   * The default limit: the findings of a 64th of the heap ({@code Runtime.maxMemory()}), at least
   * 1,024 and at most 32,768 (about 10 MB) a part.
   *
   * @return the limit
   */
  static int defaultLimit() {
    return (int) Math.max(1024,
        Math.min(32_768, Runtime.getRuntime().maxMemory() / 64 / BYTES_A_FINDING));
  }

  @Override
  public void add(Located finding) {
    if (closed) {
      throw new IllegalStateException("the findings' buffer is closed");
    }
    held.add(finding);
    if (held.size() >= limit) {
      spill();
    }
  }

  /** Returns how many findings went to the file so far. */
  long spilled() {
    return spilled;
  }

  /** Returns the temporary file, while there is one. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  private void spill() {
    try {
      if (out == null) {
        file = Files.createTempFile("conflict-stats-findings-", ".bin");
        file.toFile().deleteOnExit();
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
      }
      for (Located l : held) {
        write(out, l);
      }
      spilled += held.size();
      held.clear();
    } catch (IOException e) {
      throw new CliException("cannot write findings to a temporary file in "
          + System.getProperty("java.io.tmpdir") + " (java.io.tmpdir): " + e.getMessage(),
          ExitCode.USAGE, e);
    }
  }

  @Override
  public void drainTo(Consumer<? super Located> to) {
    if (out != null) {
      try {
        out.close();
        out = null;
        try (DataInputStream in = new DataInputStream(
            new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
          for (long i = 0; i < spilled; i++) {
            to.accept(read(in));
          }
        }
      } catch (IOException e) {
        throw new CliException("cannot read back the findings written to a temporary file: "
            + e.getMessage(), ExitCode.USAGE, e);
      } finally {
        removeFile();
      }
    }
    held.forEach(to);
    close();
  }

  /**
   * Removes the file, if any; the buffer holds nothing afterwards and takes no more. The merge of
   * the buffer's part calls it; the command calls it for the parts never merged.
   */
  @Override
  public void close() {
    closed = true;
    held = List.of();
    removeFile();
  }

  private void removeFile() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        // the file is removed below, or at the JVM's exit
      }
      out = null;
    }
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // deleteOnExit removes it later
      }
      file = null;
    }
  }

  private static void write(DataOutputStream out, Located l) throws IOException {
    string(out, l.file());
    out.writeLong(l.line());
    string(out, l.report());
    string(out, l.severity());
    string(out, l.code());
    string(out, l.path());
    string(out, l.message());
    out.writeBoolean(l.value().isPresent());
    if (l.value().isPresent()) {
      string(out, l.value().get());
    }
  }

  private static Located read(DataInputStream in) throws IOException {
    String file = string(in);
    long line = in.readLong();
    String report = string(in);
    String severity = string(in);
    String code = string(in);
    String path = string(in);
    String message = string(in);
    Optional<String> value = in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    return new Located(file, line, report, severity, code, path, message, value);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = in.readChar();
    }
    return new String(c);
  }
}

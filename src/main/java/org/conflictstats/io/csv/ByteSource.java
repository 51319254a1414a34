package org.conflictstats.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;
import org.conflictstats.io.FileChangedException;

/**
 * Where the {@link RecordScanner} gets its bytes: a file read from a byte offset (positional reads,
 * so several scanners can read one file at once), or a stream read once from its start (standard
 * input, a pipe, a decoded text). Not thread-safe; each scanner has its own.
 */
abstract class ByteSource implements Closeable {

  /**
   * Reads up to {@code len} bytes.
   *
   * @return the number of bytes read, at least 1, or -1 at the end
   * @throws IOException if reading fails; a {@link FileChangedException} if the file shrank while it
   *     was read
   */
  abstract int read(byte[] b, int off, int len) throws IOException;

  /** A source reading a file from {@code offset} up to {@code size}, the file's size when opened. */
  static ByteSource of(FileChannel channel, String fileName, long offset, long size) {
    return new FileRange(channel, fileName, offset, size);
  }

  /** A source reading a stream from where it stands. */
  static ByteSource of(InputStream in) {
    return new Stream(in);
  }

  private static final class FileRange extends ByteSource {
    private final FileChannel channel;
    private final String fileName;
    private final long size;
    private long position;

    FileRange(FileChannel channel, String fileName, long offset, long size) {
      this.channel = Objects.requireNonNull(channel, "channel");
      this.fileName = fileName;
      this.position = offset;
      this.size = size;
    }

    @Override
    int read(byte[] b, int off, int len) throws IOException {
      long left = size - position;
      if (left <= 0) {
        return -1;
      }
      ByteBuffer buf = ByteBuffer.wrap(b, off, (int) Math.min(len, left));
      int total = 0;
      while (buf.hasRemaining()) {
        int n = channel.read(buf, position + total);
        if (n < 0) {
          throw new FileChangedException(fileName + ": the file shrank while it was read (from "
              + size + " to " + (position + total) + " bytes)");
        }
        total += n;
      }
      position += total;
      return total;
    }

    @Override
    public void close() {
      // the channel belongs to the caller
    }
  }

  private static final class Stream extends ByteSource {
    private final InputStream in;

    Stream(InputStream in) {
      this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    int read(byte[] b, int off, int len) throws IOException {
      int n;
      do {
        n = in.read(b, off, len);
      } while (n == 0 && len > 0);
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}

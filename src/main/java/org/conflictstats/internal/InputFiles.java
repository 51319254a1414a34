package org.conflictstats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens an input file for the readers, refusing a directory with its path: on Linux a directory
 * opens, and the first read fails with "Is a directory" and no path (review rv45a).
 *
 * <pre>{@code
 * try (InputStream in = InputFiles.stream(path)) { ... }
 * // FileSystemException: /data: is a directory, not a file
 * }</pre>
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Opens the file as a stream.
   *
   * @param file the file
   * @return the stream
   * @throws IOException if the file cannot be opened, or is a directory
   */
  public static InputStream stream(Path file) throws IOException {
    refuseDirectory(file);
    return Files.newInputStream(file);
  }

  /**
   * Opens the file as a channel for reading.
   *
   * @param file the file
   * @return the channel
   * @throws IOException if the file cannot be opened, or is a directory
   */
  public static FileChannel channel(Path file) throws IOException {
    refuseDirectory(file);
    return FileChannel.open(file, StandardOpenOption.READ);
  }

  private static void refuseDirectory(Path file) throws FileSystemException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory, not a file");
    }
  }
}

package org.conflictstats.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files the tests write for the tool to read, in a folder of theirs (a {@code @TempDir}).
 *
 * <pre>{@code
 * Path csv = TestFiles.write(dir, "night.csv", "time_start,time_end,model,...\n...");
 * }</pre>
 */
public final class TestFiles {

  private TestFiles() {}

  /**
   * Writes a text in UTF-8 to a file of a folder, replacing it if it is there.
   *
   * @param dir the folder
   * @param name the file's name (or path) inside the folder
   * @param text the file's text
   * @return the file
   * @throws IOException when the file cannot be written
   */
  public static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}

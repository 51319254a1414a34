package org.conflictstats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The library's version, as the build wrote it into {@code version.properties} beside this class:
 * what {@code --version} prints and the Jackson modules report. Not API: the package is not
 * exported.
 *
 * <pre>{@code
 * String v = LibraryVersion.get().orElse("(development build)");   // "0.1.0-SNAPSHOT"
 * }</pre>
 */
public final class LibraryVersion {

  private static final Optional<String> VERSION = read();

  private LibraryVersion() {}

  /** The version, or empty when the classes were not built by Maven (an IDE's build). */
  public static Optional<String> get() {
    return VERSION;
  }

  private static Optional<String> read() {
    Properties p = new Properties();
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version", "");
    return v.isEmpty() || v.startsWith("${") ? Optional.empty() : Optional.of(v);
  }
}

package org.conflictstats.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where and how a command writes its result. */
final class OutputOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the result to FILE instead of standard output.")
  Path output;

  /** Something that writes to a writer. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  void write(CommandSpec spec, Body body) {
    try {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        body.write(out);
        Stdout.check(out);
        return;
      }
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new CliException(output + ": no such directory: " + parent);
      }
      if (Files.isDirectory(output)) {
        throw new CliException(output + ": is a directory");
      }
      if (Files.exists(output) && !Files.isRegularFile(output)) {
        // a device or a pipe (-o /dev/null, a FIFO): written to as it is, never replaced
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(output),
            StandardCharsets.UTF_8)) {
          body.write(w);
        }
        return;
      }
      whole(output, body);
    } catch (IOException | UncheckedIOException e) {
      throw new CliException((output == null ? "standard output" : output.toString())
          + ": cannot write: " + words(e), ExitCode.USAGE, e);
    }
  }

  /**
   * Writes a file whole or not at all: into a hidden file beside it, moved into its place once the
   * body is done, so that a command that fails halfway (a bad input read after the first reports
   * were written) leaves an existing file as it was and no partial one. The part is removed
   * whatever goes wrong.
   */
  private static void whole(Path output, Body body) throws IOException {
    Path part = output.toAbsolutePath().resolveSibling("." + output.getFileName() + "."
        + ProcessHandle.current().pid() + ".part");
    boolean moved = false;
    try {
      try (Writer w = new OutputStreamWriter(Files.newOutputStream(part,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8)) {
        body.write(w);
      }
      try {
        Files.move(part, output, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException e) {
          // the failure that brought us here is the one to report
        }
      }
    }
  }

  /**
   * What went wrong, in the cause's own words: an unchecked wrapper made of the cause alone says
   * "java.io.IOException: ..."; one with words of its own keeps them before the cause's.
   */
  static String words(Exception e) {
    if (e instanceof UncheckedIOException u) {
      IOException cause = u.getCause();
      String own = u.getMessage();
      String theirs = words(cause);
      return own == null || own.equals(cause.toString()) ? theirs : own + ": " + theirs;
    }
    if (e instanceof FileSystemException f && f.getReason() == null && f.getFile() != null) {
      // these say only the file's name
      String why = e instanceof AccessDeniedException ? "access denied"
          : e instanceof NoSuchFileException ? "no such file or directory"
          : e instanceof NotDirectoryException ? "not a directory"
          : e instanceof FileAlreadyExistsException ? "already exists" : "file system error";
      return f.getFile() + ": " + why;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}

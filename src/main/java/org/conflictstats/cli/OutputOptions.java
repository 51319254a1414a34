package org.conflictstats.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
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
      try (Writer w = new OutputStreamWriter(Files.newOutputStream(output),
          StandardCharsets.UTF_8)) {
        body.write(w);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new CliException((output == null ? "standard output" : output.toString())
          + ": cannot write: " + words(e), ExitCode.USAGE, e);
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

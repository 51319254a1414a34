package org.conflictstats.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
      // the cause's own words, not "java.io.IOException: ..." of an unchecked wrapper
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      throw new CliException((output == null ? "standard output" : output.toString())
          + ": cannot write: " + cause.getMessage(), ExitCode.USAGE, e);
    }
  }
}

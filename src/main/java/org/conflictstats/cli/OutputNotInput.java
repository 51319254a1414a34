package org.conflictstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses a command whose {@code --output} file is one of its own inputs (an input file or a
 * {@code --catalog}), before anything is read or written: a command that opens its output first
 * (convert, validate, attacks) emptied the input and then failed on it, and one that reads first
 * replaced the user's data with its result. Files are compared as the file system sees them
 * ({@link Files#isSameFile}), so another spelling of the same path or a link is caught too.
 *
 * <pre>{@code
 * conflict-stats convert --to csv a.csv -o a.csv
 * conflict-stats: --output a.csv is also an input of the command: ... (see 'conflict-stats convert --help')
 * }</pre>
 */
final class OutputNotInput {

  private OutputNotInput() {}

  /**
   * Checks the command the arguments run (the last subcommand matched).
   *
   * @param result what picocli parsed
   * @throws CommandLine.ParameterException (exit 2) if the output file is also an input
   */
  static void check(ParseResult result) {
    ParseResult last = result;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    OptionSpec output = last.matchedOption("--output");
    if (output == null || output.getValue() == null) {
      return;
    }
    Path out = Path.of(output.getValue().toString());
    if (!Files.exists(out)) {
      return; // a new file is nobody's input
    }
    for (ArgSpec arg : last.matchedArgs()) {
      if (arg == output || arg.getValue() == null) {
        continue;
      }
      Object value = arg.getValue();
      for (Object v : value instanceof Iterable<?> many ? many : java.util.List.of(value)) {
        if (v != null && same(out, v.toString())) {
          throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
              "--output " + out + " is also an input of the command: writing the result would"
              + " overwrite it; write the result to another file");
        }
      }
    }
  }

  private static boolean same(Path out, String input) {
    if (input.equals("-")) {
      return false;
    }
    try {
      Path in = Path.of(input);
      return Files.exists(in) && Files.isSameFile(out, in);
    } catch (InvalidPathException | IOException e) {
      return false; // not a file: the command says so itself
    }
  }
}

package org.conflictstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Refuses, before anything is read or written, a file name that is empty, an {@code --output} in a
 * folder that does not exist or that is a folder (found only after every input was read, before),
 * and a command whose {@code --output} file is one of its own inputs (a {@code FILE} parameter or
 * a {@code --catalog} file; not the value of another option, such as {@code --by month}); help and
 * the version are printed whatever the output. A command that opens its output first (convert,
 * validate, attacks) emptied the input and then failed on it, and one that reads first replaced
 * the user's data with its result. Files are compared as the file system sees them
 * ({@link Files#isSameFile}), so another spelling of the same path or a link is caught too, and
 * standard input ({@code -}) redirected from the output file.
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
    while (true) {
      if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
        return; // help is printed, nothing written
      }
      if (!last.hasSubcommand()) {
        break;
      }
      last = last.subcommand();
    }
    for (ArgSpec arg : last.matchedArgs()) {
      boolean file = isInput(arg) || arg instanceof OptionSpec o
          && List.of(o.names()).contains("--output");
      Object value = arg.getValue();
      for (Object v : !file || value == null ? List.of()
          : value instanceof Iterable<?> many ? many : List.of(value)) {
        if (v != null && v.toString().isEmpty()) {
          throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
              (arg.isPositional() ? "FILE" : ((OptionSpec) arg).longestName())
              + ": an empty file name");
        }
      }
    }
    OptionSpec output = last.matchedOption("--output");
    if (output == null || output.getValue() == null) {
      return;
    }
    if (output.getValue().toString().equals("-")) {
      // "-" reads standard input; as an output it made a file named "-" (review rv45e)
      throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
          "--output -: standard output is where the result goes without --output; leave it out");
    }
    Path out = Path.of(output.getValue().toString());
    // where the result cannot go, say so before reading the inputs, not after
    var cannot = OutputOptions.cannotHold(out);
    if (cannot.isPresent()) {
      throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
          "--output " + out + ": " + cannot.get());
    }
    if (!Files.exists(out)) {
      return; // a new file is nobody's input
    }
    for (ArgSpec arg : last.matchedArgs()) {
      if (!isInput(arg) || arg.getValue() == null) {
        continue; // an option's value that merely spells a file's name is no input
      }
      Object value = arg.getValue();
      for (Object v : value instanceof Iterable<?> many ? many : List.of(value)) {
        if (v != null && same(out, v.toString())) {
          throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
              "--output " + out + " is also an input of the command: writing the result would"
              + " overwrite it; write the result to another file");
        }
      }
    }
  }

  /** The input files: the command's FILE parameters and its {@code --catalog} files. */
  private static boolean isInput(ArgSpec arg) {
    if (arg.isPositional()) {
      return arg.paramLabel().equals("FILE");
    }
    return arg instanceof OptionSpec o && List.of(o.names()).contains("--catalog");
  }

  /**
   * Whether the output is the input. Standard input ({@code -}) is the file behind
   * {@code /dev/stdin} where it is a plain file, {@code conflict-stats rates - -o data.csv <
   * data.csv} (review rv45b: the result replaced the data); a pipe or a terminal is no file to
   * overwrite, and a system without {@code /dev/stdin} is not checked.
   */
  private static boolean same(Path out, String input) {
    try {
      Path in = input.equals("-") ? STDIN : Path.of(input);
      return (input.equals("-") ? Files.isRegularFile(in) : Files.exists(in))
          && Files.isSameFile(out, in);
    } catch (InvalidPathException | IOException | SecurityException e) {
      return false; // not a file: the command says so itself
    }
  }

  /** The file standard input reads, where the system names it so. */
  private static final Path STDIN = Path.of("/dev/stdin");
}

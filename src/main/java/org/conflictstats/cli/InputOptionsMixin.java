package org.conflictstats.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Mixes {@link InputOptions} into a command and opens the inputs. */
final class InputOptionsMixin {

  @Mixin
  InputOptions options;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /**
   * Opens the inputs, once each file is known to be readable: a missing file, a directory or one
   * that may not be read is the one line on standard error before anything is read or written
   * (convert emptied its output file first).
   *
   * @throws CliException (exit 2) if standard input is given more than once (it can be read once),
   *     or a file cannot be read
   */
  Inputs open(PrintWriter err) {
    return open(err, true);
  }

  /**
   * Opens the inputs as {@link #open(PrintWriter)} does, for a command that lists every row it could
   * not read ({@code validate}): an input of which no row could be read is not an error there.
   */
  Inputs openListingUnreadable(PrintWriter err) {
    return open(err, false);
  }

  private Inputs open(PrintWriter err, boolean unreadableIsError) {
    standardInputOnce(options.files);
    options.files.forEach(InputOptionsMixin::checkReadable);
    Object root = mixee.root().userObject();
    InputStream in = root instanceof ConflictStatsCommand c ? c.stdin : System.in;
    StandardInputHint.sayIfTerminal(options.files, in, err);
    return new Inputs(options, err, in, unreadableIsError);
  }

  /**
   * Fails when standard input ({@code -}) is among the files more than once: it can be read once.
   *
   * @param files the files of a command
   * @throws CliException (exit 2) naming the problem
   */
  static void standardInputOnce(List<String> files) {
    if (files.stream().filter("-"::equals).count() > 1) {
      throw new CliException("standard input ('-') is given more than once: it can be read only"
          + " once (save it to a file to give it twice)");
    }
  }

  /**
   * Fails for a file that cannot be read: a directory, a missing file, one that may not be read,
   * one of no format the tool reads (looked at before anything is read or written: {@code convert}
   * to standard output wrote the inputs before such a file, then exited 2).
   *
   * @param file a file as given, or {@code -}
   * @throws CliException (exit 2) naming the file and why
   */
  static void checkReadable(String file) {
    if (!file.equals("-")) {
      Inputs.formatOf(file);
    }
  }
}

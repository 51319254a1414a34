package org.conflictstats.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.conflictstats.internal.FileNames;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Where and how a command writes its result. */
final class OutputOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}, or csv or json for an -o FILE"
          + " ending in .csv or .json; a --format the name contradicts is followed, with a"
          + " warning).")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the result to FILE instead of standard output.")
  Path output;

  /**
   * Takes the format from the name of {@code -o FILE} when {@code --format} is not given, by
   * {@link #chosen}'s rule: CSV for a name ending in {@code .csv}, JSON for {@code .json} (any
   * case), as {@code chart} takes SVG or PNG from it; an explicit {@code --format} wins, with a
   * warning when the name says another format. Called first by each command.
   *
   * @param spec the command's spec, whose parse tells whether {@code --format} was given
   */
  void formatFromName(CommandSpec spec) {
    format = chosen(spec, "--format", Optional.of(format), output, OutputFormat.class)
        .orElseThrow();
  }

  /**
   * The format a command writes, by one rule for every command that writes a format of its
   * choosing: the one its option ({@code --format}, {@code --to}) names when the option is given;
   * else the one the extension of {@code -o FILE} names (any case), when the command has a format
   * of that name ({@code .csv} CSV, {@code .json} JSON, {@code .jsonl} JSON Lines); else the
   * option's default. An option given that the name contradicts ({@code --to jsonl -o x.csv}) is
   * followed, with one warning line on standard error naming both.
   *
   * @param spec the command's spec, whose parse tells whether the option was given, and whose
   *     standard error takes the warning
   * @param option the option's name
   * @param value the option's value: what it was given, or its default; empty when it was not
   *     given and has no default
   * @param output the {@code -o} file, or {@code null} for standard output
   * @param type the command's formats, each named as the extension that says it
   * @return the format; empty when neither the option, nor the name, nor a default gives one
   */
  static <F extends Enum<F>> Optional<F> chosen(CommandSpec spec, String option,
      Optional<F> value, Path output, Class<F> type) {
    Optional<F> named = named(output, type);
    ParseResult parsed = spec.commandLine() == null ? null : spec.commandLine().getParseResult();
    if (parsed == null || !parsed.hasMatchedOption(option)) {
      return named.or(() -> value);
    }
    if (named.isPresent() && value.isPresent() && named.get() != value.get()) {
      spec.commandLine().getErr().println("conflict-stats: warning: "
          + Terminal.oneLine(output.toString()) + " is written as "
          + option + " " + lower(value.get()) + " says, not as the " + lower(named.get())
          + " its name says");
    }
    return value;
  }

  /** The formats a file name's extension says. */
  private static final java.util.Set<String> NAMED = java.util.Set.of("csv", "json", "jsonl");

  /**
   * The format the extension of {@code output} names ({@code .csv}, {@code .json}, {@code .jsonl},
   * as {@link FileNames#extension} reads it), if it is one of {@code type}'s.
   */
  static <F extends Enum<F>> Optional<F> named(Path output, Class<F> type) {
    if (output == null || output.getFileName() == null) {
      return Optional.empty();
    }
    // the one rule for a name's extension, chart's and report's: none for ".csv" (review rv46c)
    String extension = FileNames.extension(output).toLowerCase(Locale.ROOT);
    for (F f : type.getEnumConstants()) {
      // only the extensions files of these formats have: not .table or .text (review rv44d)
      if (NAMED.contains(lower(f)) && extension.equals(lower(f))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static String lower(Enum<?> format) {
    return format.name().toLowerCase(Locale.ROOT);
  }

  /** Something that writes to a writer. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  /** Something that writes bytes (a PNG image). */
  interface Bytes {
    void write(OutputStream out) throws IOException;
  }

  void write(CommandSpec spec, Body body) {
    if (output == null) {
      try {
        PrintWriter out = spec.commandLine().getOut();
        body.write(out);
        Stdout.check(out);
      } catch (IOException | UncheckedIOException e) {
        throw new CliException("standard output: cannot write: " + words(e), ExitCode.USAGE, e);
      }
      return;
    }
    writeFile(output, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      body.write(w);
      w.flush();
    });
  }

  /**
   * Writes a command's file: whole or not at all where it can be (a new file, or a plain file
   * replaced), else in place (see {@link #inPlace}); every failure one line, exit 2.
   */
  static void writeFile(Path output, Bytes body) {
    try {
      Optional<String> cannot = cannotHold(output, false);
      if (cannot.isPresent()) {
        throw new CliException(output + ": " + cannot.get());
      }
      if (inPlace(output)) {
        // opened (and truncated) at the first byte, so that a run that fails before it writes
        // anything (an input found empty or of no known format) leaves the file as it was
        try (FirstByteOpens out = new FirstByteOpens(output)) {
          body.write(out);
          out.open();
        }
        return;
      }
      whole(output, body);
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(output + ": cannot write: " + words(e), ExitCode.USAGE, e);
    }
  }

  /**
   * Why a result cannot be written to {@code output}, if it cannot: a folder, a file in a folder
   * that does not exist, a file we may not write, or a new file in a folder we may not add to,
   * whatever its permissions say (a part file is made there and removed, as a whole write makes
   * one: {@code /proc} takes none, even from root). The command line asks before reading its inputs
   * ({@link OutputNotInput}); {@link #writeFile} asks again without the part file, for the file
   * may have gone since, and the write makes its own.
   */
  static Optional<String> cannotHold(Path output) {
    return cannotHold(output, true);
  }

  private static Optional<String> cannotHold(Path output, boolean probe) {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      return Optional.of((Files.exists(parent) ? "not a directory: " : "no such directory: ")
          + parent);
    }
    if (Files.isDirectory(output)) {
      return Optional.of("is a directory");
    }
    // a file we may not write, or a new one in a folder we may not add to: said before the inputs
    // are read, as for a folder (review rv45b: rates, chart, report and diff said it after)
    if (Files.exists(output)) {
      if (!Files.isWritable(output)) {
        return Optional.of("permission denied: cannot write it");
      }
    } else if (parent != null && !Files.isWritable(parent)) {
      return Optional.of("cannot create a file in " + parent + ": permission denied");
    }
    // root may add a file to any folder by its permissions, yet /proc and /sys take none: a part
    // file made and removed says so before the inputs are read (review rv48b: after, 14 s later)
    if (!probe) {
      return Optional.empty();
    }
    // the part file a whole write makes, of the same name's length (review rv49e: a shorter probe
    // passed names the write then refused) and a name no one else holds: a fixed name was another
    // user's in a sticky folder, and a file of it was removed at exit
    Path target = output.toAbsolutePath();
    Path made;
    try {
      if (inPlace(output)) {
        return Optional.empty();
      }
      made = createPart(target);
    } catch (IOException e) {
      return Optional.of(words(e));
    }
    try {
      Files.delete(made);
    } catch (IOException e) {
      // a folder that takes new files and lets none go (append-only): the result could not be
      // moved into its place either; the file stays, as no one may remove it (review rv49c)
      return Optional.of("cannot write a file whole in " + target.getParent() + ": a file made"
          + " there cannot be removed (" + words(e).replace(made + ": ", "") + "; it stays: "
          + made.getFileName() + ")");
    }
    return Optional.empty();
  }

  /**
   * Why a file could not be made in the target's folder, naming the folder, not the file; for a
   * name too long, that the part file's is the target's and 23 bytes more.
   */
  private static String cannotCreate(Path target, Path file, IOException e) {
    String why = words(e);
    String prefix = file + ": ";
    why = why.startsWith(prefix) ? why.substring(prefix.length()) : why;
    if (why.toLowerCase(Locale.ROOT).contains("name too long")) {
      why += " (a result is written first to a part file beside it, whose name is the file's and"
          + " 23 bytes more: ." + target.getFileName() + ".<16 hex digits>.part)";
    }
    return "cannot create a file in " + target.getParent() + ": " + why;
  }

  /**
   * Whether a file is written to as it is, not replaced: anything but a plain file with one name
   * that we may write (a device or a pipe such as {@code /dev/null} or {@code /dev/stdout}, a
   * symbolic link, a file with other hard links, a read-only file, which {@link #cannotHold}
   * refuses before anything is read unless it became so since, a file in a folder we may not add
   * a file to). Only a new file or such a plain file is written whole or not at all.
   */
  private static boolean inPlace(Path output) throws IOException {
    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Path dir = output.toAbsolutePath().getParent();
    if (!Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS) || !Files.isWritable(output)
        || dir != null && !Files.isWritable(dir)) {
      return true; // a folder we may not add to: the file itself, as always
    }
    if (dir != null && othersInStickyFolder(output, dir)) {
      return true;
    }
    try {
      Object links = Files.getAttribute(output, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
      return links instanceof Integer n && n > 1;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return false; // no such attribute here (Windows): no hard links to keep
    }
  }

  /**
   * Whether the file is another user's in a folder with the sticky bit ({@code /tmp}), where only
   * its owner or root may replace it: the result is written into it, as it may be, rather than
   * moved over it after every input was read (review rv49f: refused then, naming the part file).
   * False where the system does not say (no POSIX mode, no {@code /proc/self}).
   */
  private static boolean othersInStickyFolder(Path output, Path dir) {
    try {
      Object mode = Files.getAttribute(dir, "unix:mode");
      if (!(mode instanceof Integer m) || (m & 01000) == 0) {
        return false;
      }
      Object owner = Files.getAttribute(output, "unix:uid", LinkOption.NOFOLLOW_LINKS);
      Object self = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return self instanceof Integer us && us != 0 && !self.equals(owner);
    } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /**
   * A file written in place, opened at the first byte written, or by {@link #open} when the
   * result is empty (review rv48b: a run reading standard input truncated a linked file before it
   * found the input empty).
   */
  private static final class FirstByteOpens extends OutputStream {
    private final Path path;
    private OutputStream out;

    FirstByteOpens(Path path) {
      this.path = path;
    }

    OutputStream open() throws IOException {
      if (out == null) {
        out = Files.newOutputStream(path);
      }
      return out;
    }

    @Override
    public void write(int b) throws IOException {
      open().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      open().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }
  }

  /**
   * Makes the part file beside {@code target} that a whole write fills and then moves over it,
   * registered for removal at exit; an error names the folder, not the part file.
   */
  private static Path createPart(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate = target.resolveSibling("." + target.getFileName() + "."
          + String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong())
          + ".part");
      try {
        // a run ended by a signal (SIGTERM, Ctrl-C) removes it too, as the JVM shuts down
        // (review rv45b: a 32 MB part file was left beside the output); asked before the file
        // is made, so that a signal between the two cannot leave it (a run ended right after
        // the part appeared did, once); a name another run holds (a chance of one in 2^64) is
        // tried no further, but would be removed at this run's exit if still there
        candidate.toFile().deleteOnExit();
        Files.createFile(candidate);
        return candidate;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 8) {
          throw e;
        }
      } catch (IOException e) {
        // name the folder, not the part file the user never asked for
        throw new IOException(cannotCreate(target, candidate, e), e);
      }
    }
  }

  /**
   * Writes a file whole or not at all: into a part file beside it (a name of its own, which no
   * other run can hold), given the permissions of the file it replaces, and moved into its place
   * once the body is done, so that a command that fails halfway (a bad input read after the first
   * reports were written) leaves an existing file as it was and no partial one. The part is
   * removed whatever goes wrong, and when a signal ends the run (not when the JVM is killed).
   */
  private static void whole(Path output, Bytes body) throws IOException {
    Path target = output.toAbsolutePath();
    Path part = null;
    boolean moved = false;
    try {
      part = createPart(target);
      try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE)) {
        body.write(out);
      }
      if (Files.exists(target)) {
        try {
          Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the part keeps what the system gave it
        }
      }
      try {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (part != null && !moved) {
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

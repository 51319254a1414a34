package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output FILE} is written whole or not at all: the commands that write as they read
 * (convert, validate, attacks) wrote the first input's reports into FILE and then failed on the
 * second, leaving a partial file in place of what was there. Now FILE is as it was after a failure,
 * with no part file left beside it, and holds the whole result after a success.
 */
final class OutputWholeOrNotTest {

  private static final String CSV = CliTest.AIR_FORCE_HEADER
      + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,,4,2,kpszsu/posts/b\n";

  private static final List<List<String>> STREAMING = List.of(
      List.of("convert", "--to", "jsonl"), List.of("convert", "--to", "csv"),
      List.of("validate"), List.of("attacks"), List.of("attacks", "--format", "csv"));

  @TempDir
  Path dir;

  private List<Path> parts() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
    }
  }

  @Test
  void aFailureLeavesTheFileAsItWasAndNoPart() throws IOException {
    Path good = Files.writeString(dir.resolve("good.csv"), CSV);
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    Path out = dir.resolve("result.txt");
    for (List<String> command : STREAMING) {
      Files.writeString(out, "precious\n");
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("-o", out.toString(), good.toString(), empty.toString()));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, r.exit(), r::toString);
      assertEquals(1, r.err().lines().filter(l -> l.contains("empty.csv")).count(), r::toString);
      assertEquals("precious\n", Files.readString(out), command::toString);
      assertEquals(List.of(), parts(), command::toString);
    }
  }

  /**
   * The byte writer {@code chart -o} uses (a PNG) is whole or not at all too: a body that fails
   * halfway leaves the file as it was and no part (chart wrote the file in place: a failed write
   * left a truncated chart), and its failure is one line, exit 2.
   */
  @Test
  void aByteBodyThatFailsHalfwayLeavesTheFileAsItWas() throws IOException {
    Path out = Files.writeString(dir.resolve("chart.png"), "precious\n");
    CliException e = org.junit.jupiter.api.Assertions.assertThrows(CliException.class,
        () -> OutputOptions.writeFile(out, stream -> {
          stream.write(new byte[4096]);
          throw new IOException("No space left on device");
        }));
    assertTrue(e.getMessage().contains("cannot write: No space left on device"), e::getMessage);
    assertEquals(2, e.exitCode());
    assertEquals("precious\n", Files.readString(out));
    assertEquals(List.of(), parts());
    OutputOptions.writeFile(out, stream -> stream.write(new byte[] {1, 2, 3}));
    assertEquals(3, Files.size(out));
    assertEquals(List.of(), parts());
  }

  @Test
  void attacksWritesNoHeadingToStandardOutputForAnInputItCannotRead() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    for (String format : List.of("table", "csv", "json")) {
      CliRun r = CliRun.of("attacks", "--format", format, empty.toString());
      assertEquals(2, r.exit(), r::toString);
      assertEquals("", r.out(), format);
    }
    // a file without attacks still gets its heading
    Path header = Files.writeString(dir.resolve("header.csv"), CliTest.AIR_FORCE_HEADER);
    assertTrue(CliRun.of("attacks", "--format", "csv", header.toString()).out()
        .startsWith("report_date,"));
  }

  @Test
  void aSuccessReplacesTheFileWithTheWholeResult() throws IOException {
    Path good = Files.writeString(dir.resolve("good.csv"), CSV);
    Path out = dir.resolve("result.txt");
    for (List<String> command : STREAMING) {
      Files.writeString(out, "precious\n");
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("-o", out.toString(), good.toString()));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r::toString);
      // the same text as standard output gives
      List<String> toStdout = new ArrayList<>(command);
      toStdout.add(good.toString());
      assertEquals(CliRun.of(toStdout.toArray(String[]::new)).out(), Files.readString(out),
          command::toString);
      assertEquals(List.of(), parts(), command::toString);
    }
  }

  @Test
  void aLinkIsWrittenThroughAndAFileKeepsItsPermissionsAndItsOtherNames() throws IOException {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX file system: skipping links and permissions");
    Path good = Files.writeString(dir.resolve("good.csv"), CSV);
    String expected = CliRun.of("validate", good.toString()).out();
    // a symbolic link stays a link; its target gets the result
    Path target = Files.writeString(dir.resolve("target.txt"), "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
    assertEquals(0, CliRun.of("validate", "-o", link.toString(), good.toString()).exit());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(expected, Files.readString(target));
    // a private file stays private
    Path secret = Files.writeString(dir.resolve("secret.txt"), "old\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    assertEquals(0, CliRun.of("validate", "-o", secret.toString(), good.toString()).exit());
    assertEquals(expected, Files.readString(secret));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
    // a file with another name is written in place: both names see the result
    Path first = Files.writeString(dir.resolve("first.txt"), "old\n");
    Path second = Files.createLink(dir.resolve("second.txt"), first);
    assertEquals(0, CliRun.of("validate", "-o", first.toString(), good.toString()).exit());
    assertEquals(expected, Files.readString(second));
    assertEquals(List.of(), parts());
  }

  /**
   * A file written in place (a symbolic link, a file with another name) is opened at the first
   * byte: a run that finds its standard input empty or of no known format leaves it as it was
   * (review rv48b: validate, convert and attacks emptied it); one that writes nothing still
   * empties it.
   */
  @Test
  void aFileWrittenInPlaceIsKeptWhenTheInputFailsBeforeAnyOutput() throws IOException {
    Path target = dir.resolve("target.txt");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
    Path first = dir.resolve("first.txt");
    Path second = dir.resolve("second.txt");
    for (List<String> command : STREAMING) {
      for (String stdin : List.of("", "a,b\n1,2\n")) {
        Files.writeString(target, "precious\n");
        Files.deleteIfExists(second);
        Files.writeString(first, "precious\n");
        Files.createLink(second, first);
        for (Path out : List.of(link, first)) {
          List<String> args = new ArrayList<>(command);
          args.addAll(List.of("-o", out.toString(), "-"));
          CliRun r = CliRun.withStdin(stdin, args.toArray(String[]::new));
          assertEquals(2, r.exit(), r::toString);
          assertEquals(1, r.err().lines().count(), r::toString);
        }
        assertEquals("precious\n", Files.readString(target), command + " " + stdin);
        assertEquals("precious\n", Files.readString(second), command + " " + stdin);
      }
    }
    // an empty result empties it: what the command wrote, as for a new file
    Path empty = Files.writeString(dir.resolve("empty-result.csv"), CliTest.AIR_FORCE_HEADER);
    Files.writeString(target, "precious\n");
    CliRun r = CliRun.of("convert", "--to", "jsonl", "-o", link.toString(), empty.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", Files.readString(target));
  }

  @Test
  void aDirectoryIsRefusedAndADeviceWrittenToAsItIs() throws IOException {
    Path good = Files.writeString(dir.resolve("good.csv"), CSV);
    Path folder = Files.createDirectory(dir.resolve("folder"));
    CliRun r = CliRun.of("convert", "--to", "jsonl", "-o", folder.toString(), good.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("is a directory"), r::toString);
    assertTrue(Files.isDirectory(folder));
    Path devNull = Path.of("/dev/null");
    if (Files.exists(devNull)) {
      CliRun n = CliRun.of("validate", "-o", devNull.toString(), good.toString());
      assertEquals(0, n.exit(), n::toString);
      assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is kept");
    }
  }

  @Test
  void aFolderThatTakesNoNewFileIsNamedAndNotThePartFile() throws IOException {
    Path good = Files.writeString(dir.resolve("good.csv"), CSV);
    Path proc = Path.of("/proc");
    Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "no /proc on this system");
    CliRun r = CliRun.of("rates", "-o", "/proc/result.txt", good.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("--output /proc/result.txt: cannot create a file in /proc:"),
        r::toString);
    assertTrue(!r.err().contains(".part"), r::toString);
  }

  /**
   * A file of /proc, which root may write by its permissions and whose folder takes no new file,
   * is refused before the inputs are read: the input here is of no known format, which a read
   * would have said first (review rv48b: said after reading, 14 s on a 200 MB file).
   */
  @Test
  void aFileOfProcIsRefusedBeforeReading() throws IOException {
    Path version = Path.of("/proc/version");
    Assumptions.assumeTrue(Files.isRegularFile(version), "no /proc/version on this system");
    // others may not write it by its permissions, which was said before reading already
    Assumptions.assumeTrue(Files.isWritable(version), "/proc/version is not writable by its"
        + " permissions for this user (not root): skipping");
    Path text = Files.writeString(dir.resolve("notes.csv"), "no header here\n");
    for (String command : List.of("rates", "summary", "validate")) {
      CliRun r = CliRun.of(command, "-o", version.toString(), text.toString());
      assertEquals(2, r.exit(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertTrue(r.err().startsWith("conflict-stats: --output /proc/version: "), r::toString);
      assertTrue(!r.err().contains(".part") && !r.err().contains("format"), r::toString);
      assertTrue(r.err().contains("cannot create a file in /proc"), r::toString);
    }
  }

  /**
   * A name the folder takes but not its part file (23 bytes longer: a dot, 16 hex digits, .part)
   * is refused before reading, always: the check's part file is as long as the write's (review
   * rv49e: a shorter probe passed names of 233 to 243 bytes, refused after reading).
   */
  @Test
  void aNameTooLongForItsPartFileIsRefusedBeforeReading() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.csv"), "no header here\n");
    for (int length : new int[] {233, 240, 243}) {
      Path out = dir.resolve("a".repeat(length - 4) + ".txt");
      CliRun r = CliRun.of("rates", "-o", out.toString(), text.toString());
      assertEquals(2, r.exit(), r::toString);
      assertTrue(r.err().startsWith("conflict-stats: --output " + out + ": cannot create a file in "
          + dir), r::toString);
      assertTrue(!r.err().contains("format"), r::toString);
      assertTrue(r.err().contains("whose name is the file's and 23 bytes more"), r::toString);
    }
  }

  /** The check before reading makes and removes a part file: nothing but the output is left. */
  @Test
  void theCheckLeavesNothing() throws IOException {
    Path good = Files.writeString(dir.resolve("good.csv"), CSV);
    Path out = dir.resolve("out.txt");
    CliRun r = CliRun.of("rates", "-o", out.toString(), good.toString());
    assertEquals(0, r.exit(), r::toString);
    try (var left = Files.list(dir)) {
      assertEquals(List.of("good.csv", "out.txt"), left.map(p -> p.getFileName().toString())
          .sorted().toList());
    }
  }

  /**
   * A folder that takes a new file and lets none go (append-only, {@code chattr +a}) is refused
   * before reading, by folder: the result could not be moved into its place (review rv49c: the
   * part file's name in the message). Needs root and a file system with the attribute.
   */
  @Test
  void anAppendOnlyFolderIsRefusedBeforeReadingByFolder() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("append-only"));
    Process chattr;
    try {
      chattr = new ProcessBuilder("chattr", "+a", folder.toString()).redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      Assumptions.abort("no chattr here: skipping");
      return;
    }
    Assumptions.assumeTrue(chattr.waitFor() == 0, "chattr +a not possible here (not root, or a"
        + " file system without the attribute): skipping");
    try {
      Path text = Files.writeString(dir.resolve("notes.csv"), "no header here\n");
      CliRun r = CliRun.of("rates", "-o", folder.resolve("out.txt").toString(), text.toString());
      assertEquals(2, r.exit(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("conflict-stats: --output "
          + java.util.regex.Pattern.quote(folder.resolve("out.txt") + ": cannot write a file whole"
          + " in " + folder + ": a file made there cannot be removed (Operation not permitted;"
          + " it stays: ") + "(\\.out\\.txt\\.[0-9a-f]+\\.part)\\) \\(see 'conflict-stats"
          + " rates --help'\\)").matcher(r.errLines().get(0));
      assertTrue(m.matches(), r::toString);
      // the one file left is the one the message names, which no one may remove
      try (var left = Files.list(folder)) {
        assertEquals(List.of(m.group(1)), left.map(p -> p.getFileName().toString()).toList());
      }
    } finally {
      new ProcessBuilder("chattr", "-a", folder.toString()).start().waitFor();
    }
  }

  @Test
  void aFileWhereTheFolderShouldBeIsNotADirectory() throws IOException {
    Path good = Files.writeString(dir.resolve("good.csv"), CSV);
    Path plain = Files.writeString(dir.resolve("plain"), "x");
    CliRun r = CliRun.of("rates", "-o", plain.resolve("out.txt").toString(), good.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("not a directory: " + plain), r::toString);
    assertEquals("x", Files.readString(plain));
  }
}

package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} at a terminal says that the run reads what is typed (review rv48b: it waited without
 * a word); a pipe, a file or an input of the caller's own says nothing.
 */
final class StandardInputHintTest {

  @TempDir
  Path dir;

  @Test
  void aDescriptorLeadingToATerminalDeviceIsATerminal() throws IOException {
    for (String device : List.of("/dev/pts/3", "/dev/tty1", "/dev/ttyS0", "/dev/console")) {
      Path fd = Files.createSymbolicLink(dir.resolve("fd" + device.replace('/', '_')),
          Path.of(device));
      assertTrue(StandardInputHint.isTerminal(fd), device);
    }
    for (String other : List.of("/dev/null", "pipe:[123456]", "/home/a/data.csv")) {
      Path fd = Files.createSymbolicLink(dir.resolve("fd" + other.replace('/', '_')),
          Path.of(other));
      assertFalse(StandardInputHint.isTerminal(fd), other);
    }
  }

  @Test
  void anInputOfTheCallersOwnOrNoDashSaysNothing() {
    StringWriter err = new StringWriter();
    StandardInputHint.sayIfTerminal(List.of("-"), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(err, true));
    StandardInputHint.sayIfTerminal(List.of("a.csv"), System.in, new PrintWriter(err, true));
    assertEquals("", err.toString());
    // under the build, the process's standard input is no terminal: said only at one
    CliRun r = CliRun.withStdin("", "rates", "-");
    assertFalse(r.err().contains(StandardInputHint.HINT), r::toString);
  }
}

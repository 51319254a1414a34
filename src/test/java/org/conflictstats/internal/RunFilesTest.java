package org.conflictstats.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs of longs written to temporary files read back in order, then removed. */
final class RunFilesTest {

  private static long files(String prefix) throws IOException {
    try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return all.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
    }
  }

  @Test
  void runsReadBackInOrderAsWrittenAndAreRemovedOnClose() throws IOException {
    String prefix = "conflict-stats-runfiles-test-";
    long before = files(prefix);
    try (RunFiles runs = new RunFiles(prefix, "test longs")) {
      runs.write(out -> {
        for (long v = 0; v < 10; v++) {
          out.writeLong(v * 3 - 7);
        }
      });
      runs.write(out -> { }); // an empty run
      runs.write(out -> out.writeLong(Long.MIN_VALUE));
      assertEquals(3, runs.size());
      assertEquals(before + 3, files(prefix));
      List<RunFiles.Reader> readers = runs.open();
      assertEquals(3, readers.size());
      long[] pair = new long[2];
      for (long v = 0; v < 10; v += 2) {
        assertTrue(readers.get(0).next(pair));
        assertArrayEquals(new long[] {v * 3 - 7, (v + 1) * 3 - 7}, pair);
      }
      assertFalse(readers.get(0).next(pair), "the end of the run");
      assertFalse(readers.get(1).next(new long[1]), "an empty run");
      long[] one = new long[1];
      assertTrue(readers.get(2).next(one));
      assertEquals(Long.MIN_VALUE, one[0]);
      readers.forEach(RunFiles.Reader::close);
    }
    assertEquals(before, files(prefix), "every run's file removed");
  }
}

package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** A write error in the cause's own words, never a Java class name. */
final class OutputOptionsTest {

  @Test
  void aWrapperOfTheCauseAloneGivesTheCausesWords() {
    assertEquals("No space left on device",
        OutputOptions.words(new UncheckedIOException(new IOException("No space left on device"))));
  }

  @Test
  void aWrapperWithWordsOfItsOwnKeepsThemBeforeTheCauses() {
    assertEquals("cannot write the table: disk gone", OutputOptions.words(
        new UncheckedIOException("cannot write the table", new IOException("disk gone"))));
  }

  @Test
  void aFileSystemErrorWithoutAReasonSaysWhatWentWrong() {
    assertEquals("/p/out.svg: access denied",
        OutputOptions.words(new AccessDeniedException("/p/out.svg")));
    assertEquals("/p/out.svg: Read-only file system",
        OutputOptions.words(new FileSystemException("/p/out.svg", null, "Read-only file system")));
    assertEquals("IOException", OutputOptions.words(new IOException((String) null)));
  }
}

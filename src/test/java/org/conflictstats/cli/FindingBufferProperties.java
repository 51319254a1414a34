package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A part's findings held past the buffer's limit go to a temporary file: whatever the limit, they
 * come back in the order added, equal to what went in (any text, lone surrogates included), and the
 * file is gone afterwards, or after {@code close} when they are never read.
 */
final class FindingBufferProperties {

  @Provide
  Arbitrary<String> text() {
    // any UTF-16 code units, lone surrogates and control characters included, and the empty string
    return Arbitraries.strings().all().ofMaxLength(40);
  }

  @Provide
  Arbitrary<Located> finding() {
    Arbitrary<Optional<String>> value = text().optional();
    return Combinators.combine(text(), Arbitraries.longs(), text(), text(), text(), text(), text(),
        value).as(Located::new);
  }

  @Property(tries = 200)
  void findingsComeBackInOrderAndTheFileIsRemoved(
      @ForAll @Size(max = 60) List<@From("finding") Located> findings,
      @ForAll @IntRange(min = 1, max = 12) int limit) {
    FindingBuffer b = new FindingBuffer(limit);
    Optional<Path> file = Optional.empty();
    for (Located l : findings) {
      b.add(l);
      if (file.isEmpty()) {
        file = b.file();
      }
    }
    // a file exactly when the limit was reached, holding all but the last findings under it
    assertEquals(findings.size() >= limit, file.isPresent());
    assertEquals(findings.size() / limit * (long) limit, b.spilled());
    file.ifPresent(f -> assertTrue(Files.exists(f)));
    List<Located> back = new ArrayList<>();
    b.drainTo(back::add);
    assertEquals(findings, back);
    file.ifPresent(f -> assertFalse(Files.exists(f), "the file is removed once read"));
    assertTrue(b.file().isEmpty());
  }

  @Property(tries = 50)
  void aReaderThatFailsHalfwayLeavesNoFile(
      @ForAll @Size(min = 4, max = 30) List<@From("finding") Located> findings) {
    FindingBuffer b = filled(findings, 3);
    Path f = b.file().orElseThrow();
    int[] seen = new int[1];
    RuntimeException stop = new RuntimeException("the writer failed");
    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> b.drainTo(l -> {
          if (++seen[0] == 2) {
            throw stop;
          }
        }));
    assertEquals(stop, thrown);
    assertFalse(Files.exists(f), "the file is removed when the reading fails");
    b.close();
    assertThrows(IllegalStateException.class,
        () -> b.add(findings.get(0)), "a closed buffer takes no more");
  }

  @Property(tries = 50)
  void closeRemovesTheFileOfFindingsNeverRead(
      @ForAll @Size(min = 3, max = 30) List<@From("finding") Located> findings) {
    FindingBuffer b = filled(findings, 2);
    Path f = b.file().orElseThrow();
    assertTrue(Files.exists(f));
    b.close();
    assertFalse(Files.exists(f));
  }

  /** A buffer of this limit holding the findings. */
  private static FindingBuffer filled(List<Located> findings, int limit) {
    FindingBuffer b = new FindingBuffer(limit);
    findings.forEach(b::add);
    return b;
  }
}

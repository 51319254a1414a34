package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A stream read ahead gives its bytes in order, whatever the split and the sizes of the reads. */
final class ReadAheadProperties {

  @Property(tries = 200)
  void theBytesReadAheadThenTheRestAreTheStream(@ForAll @Size(max = 300) byte[] bytes,
      @ForAll @IntRange(min = 0, max = 300) int split, @ForAll @IntRange(min = 1, max = 64) int chunk,
      @ForAll boolean oneByOne) throws IOException {
    int n = Math.min(split, bytes.length);
    byte[] start = Arrays.copyOf(Arrays.copyOf(bytes, n), n + 7); // room past what was read
    ReadAhead in = new ReadAhead(start, n,
        new ByteArrayInputStream(bytes, n, bytes.length - n));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[chunk];
    while (true) {
      if (oneByOne) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        out.write(b);
      } else {
        int got = in.read(buf, 0, chunk);
        if (got < 0) {
          break;
        }
        out.write(buf, 0, got);
      }
    }
    assertArrayEquals(bytes, out.toByteArray());
  }
}

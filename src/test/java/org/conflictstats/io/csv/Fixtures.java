package org.conflictstats.io.csv;


import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.conflictstats.io.ImportResult;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.testing.RealData;
import org.conflictstats.model.WeaponLine;

/** Helpers shared by the io.csv tests: fixtures, text files, the real data folder. */
final class Fixtures {

  private Fixtures() {}

  /** Reads a fixture from src/test/resources/org/conflictstats/io/csv with the default reader. */
  static ImportResult resource(String name) {
    return resource(AirForceCsv.reader(), name);
  }

  static ImportResult resource(AirForceCsvReader reader, String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads CSV text with the default reader under the name "test.csv". */
  static ImportResult text(String csv) {
    return text(AirForceCsv.reader(), csv);
  }

  static ImportResult text(AirForceCsvReader reader, String csv) {
    try (Reader in = new StringReader(csv)) {
      return reader.read(in, "test.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The real data folder: -Dconflictstats.data, by default ../shared/data. */
  static Path dataDir() {
    return RealData.folder();
  }

  /** A file of the real Air Force data; skips the test when it is absent. */
  static Path realFile(String name) {
    return RealData.airForce(name);
  }

  /** The line of report {@code r} at {@code i}. */
  static WeaponLine line(StrikeReport r, int i) {
    return r.lines().get(i);
  }

  static Count n(long v) {
    return Count.exactly(v);
  }
}

package org.conflictstats.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conflictstats.testing.PlainCsv;

/**
 * Writes large Air Force CSV files of shapes the {@link AirForceCsvGenerator} does not make, built
 * from a real file read at run time (the dataset is never copied into the repository): the rows keep
 * the real file's cells (long dict and list cells, quoted commas, Cyrillic names), and only the
 * report keys change. Deterministic for a seed (SplitMix64).
 *
 * <ul>
 *   <li>{@link Shape#RESAMPLED}: whole reports of the source file, drawn at random with replacement;
 *       each copy is shifted by a whole number of days (its times keep their form: date only, one-digit
 *       hour, trailing space) and gets its own post address, so every copy is a report of its own. A
 *       report's rows stay together, in the source's order. About 1.8 rows per report for the real 2026
 *       file.
 *   <li>{@link Shape#ROW_PER_REPORT}: rows of the source drawn at random, each its own report with its
 *       own post address and a period that starts at a random minute between 2022-02-24 and
 *       2026-02-28 (so the file is not in time order) and lasts 1 to 14 hours.
 * </ul>
 *
 * <p>Command line: {@code --shape resampled|row-per-report --source FILE --rows N --seed S --out FILE}.
 */
public final class ShapedAirForceCsv {

  /** The file shapes. */
  public enum Shape {
    /** Whole reports resampled and shifted by whole days, each with its own post address. */
    RESAMPLED,
    /** Every row its own report at a random minute. */
    ROW_PER_REPORT;

    static Shape parse(String s) {
      return valueOf(s.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final LocalDateTime FIRST = LocalDateTime.of(2022, 2, 24, 0, 0);
  private static final long MINUTES = java.time.Duration.between(FIRST,
      LocalDateTime.of(2026, 2, 28, 0, 0)).toMinutes();

  private final List<String> header;
  private final int cStart;
  private final int cEnd;
  private final int cSource;
  private final List<List<List<String>>> reports;
  private final List<List<String>> rows;

  private ShapedAirForceCsv(List<String> header, List<List<List<String>>> reports,
      List<List<String>> rows) {
    this.header = header;
    this.cStart = header.indexOf("time_start");
    this.cEnd = header.indexOf("time_end");
    this.cSource = header.indexOf("source");
    this.reports = reports;
    this.rows = rows;
  }

  /**
   * Reads a source file: its header, rows and reports (rows sharing time_start, time_end and source,
   * wherever they lie in the file, in the order of their first row).
   *
   * @param source an Air Force CSV file with time_start, time_end and source columns
   * @return the generator
   * @throws IOException if the file cannot be read
   */
  public static ShapedAirForceCsv from(Path source) throws IOException {
    Objects.requireNonNull(source, "source");
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
      List<String> header = PlainCsv.record(in);
      if (header == null || !header.contains("time_start") || !header.contains("time_end")
          || !header.contains("source")) {
        throw new IOException(source + ": not an Air Force CSV with time_start, time_end, source");
      }
      header.set(0, header.get(0).replace("\uFEFF", ""));
      int s = header.indexOf("time_start");
      int e = header.indexOf("time_end");
      int src = header.indexOf("source");
      Map<List<String>, List<List<String>>> byKey = new LinkedHashMap<>();
      List<List<String>> rows = new ArrayList<>();
      List<String> r;
      while ((r = PlainCsv.record(in)) != null) {
        if (r.size() != header.size()) {
          continue;
        }
        rows.add(r);
        byKey.computeIfAbsent(List.of(r.get(s), r.get(e), r.get(src)), k -> new ArrayList<>())
            .add(r);
      }
      return new ShapedAirForceCsv(header, new ArrayList<>(byKey.values()), rows);
    }
  }

  /**
   * Writes the header and {@code rows} data rows of a shape.
   *
   * @param shape the shape
   * @param seed the seed
   * @param rowCount the number of data rows
   * @param out the stream; flushed, not closed
   * @return the bytes written
   * @throws IOException if writing fails
   */
  public long write(Shape shape, long seed, long rowCount, OutputStream out) throws IOException {
    AirForceCsvGenerator.Rng rng = new AirForceCsvGenerator.Rng(seed);
    Counting o = new Counting(out);
    line(o, header);
    long written = 0;
    long copy = 0;
    while (written < rowCount) {
      if (shape == Shape.RESAMPLED) {
        List<List<String>> rep = reports.get(rng.nextInt(reports.size()));
        int days = rng.nextInt(1500) - 750;
        String addressOf = sourceLike(rep.get(0).get(cSource), postId(rng, copy++));
        for (List<String> r : rep) {
          if (written == rowCount) {
            break;
          }
          List<String> c = new ArrayList<>(r);
          c.set(cStart, shift(r.get(cStart), days));
          c.set(cEnd, shift(r.get(cEnd), days));
          c.set(cSource, addressOf);
          line(o, c);
          written++;
        }
      } else {
        List<String> r = rows.get(rng.nextInt(rows.size()));
        LocalDateTime start = FIRST.plusMinutes(rng.nextLong(MINUTES));
        LocalDateTime end = start.plusMinutes(60 + rng.nextLong(13 * 60));
        List<String> c = new ArrayList<>(r);
        c.set(cStart, start.format(MINUTE));
        c.set(cEnd, end.format(MINUTE));
        c.set(cSource, sourceLike(r.get(cSource), postId(rng, copy++)));
        line(o, c);
        written++;
      }
    }
    o.flush();
    return o.count;
  }

  private static final String ALNUM =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** A post id as long as the real ones ({@code pfbid0} and 64 more characters), unique per copy. */
  private static String postId(AirForceCsvGenerator.Rng rng, long copy) {
    StringBuilder b = new StringBuilder(72).append("pfbid0").append(Long.toString(copy, 36))
        .append('x');
    while (b.length() < 70) {
      b.append(ALNUM.charAt(rng.nextInt(ALNUM.length())));
    }
    return b.toString();
  }

  /** The source's channel with a new post name: {@code PvKPivden/posts/x} for a regional post. */
  private static String sourceLike(String source, String post) {
    String s = source.strip();
    int at = s.indexOf("/posts/");
    String channel = at > 0 ? s.substring(0, at) : "kpszsu";
    if (channel.startsWith("https://t.me/")) {
      channel = channel.substring("https://t.me/".length());
    }
    int slash = post.indexOf("/posts/");
    return channel + "/posts/" + (slash >= 0 ? post.substring(slash + 7) : post);
  }

  /** Shifts the date at the start of a time cell by whole days, keeping the rest as written. */
  static String shift(String cell, int days) {
    if (cell.length() < 10) {
      return cell;
    }
    try {
      java.time.LocalDate d = java.time.LocalDate.parse(cell.substring(0, 10));
      return d.plusDays(days) + cell.substring(10);
    } catch (java.time.DateTimeException e) {
      return cell;
    }
  }

  private static void line(OutputStream out, List<String> cells) throws IOException {
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    b.append('\n');
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static final class Counting extends BufferedOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out, 1 << 20);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
      super.write(b, off, len);
      count += len;
    }
  }

  /**
   * Writes a file from the command line.
   *
   * @param args {@code --shape S --source FILE --rows N --seed S --out FILE}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Shape shape = Shape.RESAMPLED;
    Path source = null;
    Path out = null;
    long rows = 1_000_000;
    long seed = 42;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--shape" -> shape = Shape.parse(args[i + 1]);
        case "--source" -> source = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--rows" -> rows = Long.parseLong(args[i + 1].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (source == null || out == null) {
      throw new IllegalArgumentException(
          "usage: --shape resampled|row-per-report --source FILE --rows N --seed S --out FILE");
    }
    long t0 = System.nanoTime();
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    long bytes;
    try (OutputStream o = Files.newOutputStream(out)) {
      bytes = from(source).write(shape, seed, rows, o);
    }
    System.out.printf("wrote %,d rows of shape %s, %,d bytes, to %s in %.1f s%n", rows, shape,
        bytes, out, (System.nanoTime() - t0) / 1e9);
  }
}

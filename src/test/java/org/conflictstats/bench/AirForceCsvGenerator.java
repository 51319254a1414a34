package org.conflictstats.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes synthetic but realistic Air Force CSV in the 2026 layout (DOMAIN.md section 8), at any size,
 * deterministically from a seed: the same seed, row count and options give the same bytes on every
 * machine and JDK (the generator uses its own SplitMix64 generator, not {@code java.util.Random}).
 *
 * <p>What the rows look like: weapon mix close to the real file (mostly {@code Shahed-136/131}, then
 * reconnaissance drones, {@code Iskander-M}, {@code Unknown UAV}, {@code X-59}, {@code },
 * {@code Kalibr}, ... , composites such as {@code and Kalibr}, Cyrillic names such as
 * {@code Молнія}); national night reports ({@code kpszsu/posts/synthetic-...}) and regional ones
 * ({@code PvKPivden/posts/synthetic-...}, often date-only); periods from 24 February 2022 to February
 * 2026, more of them later; one-digit hours, a trailing space now and then; counts written as
 * {@code 93.0}, blanks and {@code NaN}; quoted fields with commas; dict cells
 * ({@code {'south': 11, 'east': NaN}}, {@code {'belarus': 1.0}}) and list cells for {@code affected
 * region}. The rows of one report are contiguous and share {@code time_start}, {@code time_end} and
 * {@code source}. The average row is about 215 bytes, like the real file (10,000,000 rows are about
 * 2.2 GB).
 *
 * <p>Optionally ({@link #withQuotedNewlines(double)}) some {@code launch_place_details} cells hold a
 * line break inside their quotes, which the real file does not have but a CSV reader must survive.
 *
 * <pre>{@code
 * AirForceCsvGenerator.withSeed(42).write(Path.of("target/af.csv"), 1_000_000);
 * }</pre>
 *
 * <p>Command line: {@code --rows N --seed S --out FILE [--quoted-newlines RATE]}.
 *
 * <p>This class is immutable and thread-safe; each {@code write} call has its own random state.
 */
public final class AirForceCsvGenerator {

  /** The header of the 2026 layout, exactly as DOMAIN.md section 8 gives it. */
  public static final String HEADER_2026 = "time_start,time_end,model,launch_place,target,target_main,"
      + "launched,destroyed,not_reach_goal,still_attacking,border_crossing,is_shahed,"
      + "num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,"
      + "affected region,destroyed_details,launched_details,launch_place_details,source";

  /** Bumped whenever the bytes written for a seed change; part of the bench file marker. */
  public static final int FORMAT_VERSION = 1;

  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 2, 24);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 28);
  private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
  private static final byte[][] DATE_TEXT = new byte[DAYS + 1][];

  static {
    for (int i = 0; i <= DAYS; i++) {
      DATE_TEXT[i] = bytes(FIRST_DAY.plusDays(i).toString());
    }
  }

  // ---- weapons -----------------------------------------------------------------------------------

  private enum Kind { ATTACK_DRONE, RECON_DRONE, LOITERING, CRUISE, BALLISTIC, AEROBALLISTIC, SAM, BOMB }

  /** A model cell as written, how often it appears, and how its counts look. */
  private static final class Model {
    final String raw;
    final byte[] cell;
    final Kind kind;
    final int maxLaunched;
    final byte[] carrier;
    final String[] parts;
    final byte[][] partBytes;

    Model(String raw, Kind kind, int maxLaunched, String carrier) {
      this.raw = raw;
      this.cell = csvCell(raw);
      this.kind = kind;
      this.maxLaunched = maxLaunched;
      this.carrier = carrier == null ? null : csvCell(carrier);
      this.parts = raw.split(" and ");
      this.partBytes = new byte[parts.length][];
      for (int i = 0; i < parts.length; i++) {
        partBytes[i] = bytes(parts[i]);
      }
    }

    boolean composite() {
      return parts.length > 1;
    }
  }

  private static final Model SHAHED = new Model("Shahed-136/131", Kind.ATTACK_DRONE, 0, null);
  private static final Model UNKNOWN_UAV = new Model("Unknown UAV", Kind.ATTACK_DRONE, 40, null);

  /** Weighted table of the models in national (kpszsu) reports, beside the usual Shahed line. */
  private static final WeightedTable<Model> NATIONAL_EXTRA = new WeightedTable<Model>()
      .add(60, UNKNOWN_UAV)
      .add(45, new Model("Iskander-M", Kind.BALLISTIC, 8, null))
      .add(40, new Model("X-101/X-555", Kind.CRUISE, 60, "Tu-95MS"))
      .add(35, new Model("Kalibr", Kind.CRUISE, 20, "Navy"))
      .add(35, new Model("Iskander-M/KN-23", Kind.BALLISTIC, 25, null))
      .add(30, new Model("X-59/X-69", Kind.CRUISE, 8, "Su-34"))
      .add(28, new Model("X-47 Kinzhal", Kind.AEROBALLISTIC, 8, "MiG-31K"))
      .add(25, new Model("C-300", Kind.SAM, 12, null))
      .add(20, new Model("Iskander-K", Kind.CRUISE, 10, null))
      .add(15, new Model("X-22", Kind.CRUISE, 12, "Tu-22M3"))
      .add(12, new Model("C-300/C-400", Kind.SAM, 10, null))
      .add(10, new Model("Unknown Missile", Kind.CRUISE, 6, null))
      .add(8, new Model("X-31P", Kind.CRUISE, 4, "Su-35"))
      .add(6, new Model("X-101/X-555 and Kalibr", Kind.CRUISE, 70, "Tu-95MS"))
      .add(5, new Model("P-800 Oniks", Kind.CRUISE, 4, null))
      .add(4, new Model("3M22 Zircon", Kind.CRUISE, 4, null))
      .add(4, new Model("X-22 and X-32", Kind.CRUISE, 10, "Tu-22M3"))
      .add(4, new Model("X-101/X-555 and Iskander-K", Kind.CRUISE, 40, null))
      .add(4, new Model("C-300 and Iskander-M", Kind.BALLISTIC, 12, null))
      .add(3, new Model("X-35", Kind.CRUISE, 6, "Tu-142"))
      .add(2, new Model("KN-23", Kind.BALLISTIC, 6, null))
      .add(2, new Model("X-69", Kind.CRUISE, 6, "Su-34"))
      .add(2, new Model("Ballistic Missile", Kind.BALLISTIC, 6, null))
      .add(2, new Model("C-400 and Iskander-M", Kind.BALLISTIC, 8, null))
      .add(2, new Model("Iskander-K and Kalibr", Kind.CRUISE, 20, null))
      .add(1, new Model("X-101/X-555 and Kalibr and Iskander-K", Kind.CRUISE, 80, null))
      .add(1, new Model("Iskander-M/KN-23 and Iskander-K and Kalibr", Kind.CRUISE, 40, null))
      .add(1, new Model("Intercontinental Ballistic Missile", Kind.BALLISTIC, 1, null))
      .add(1, new Model("GBU", Kind.BOMB, 6, null));

  /** Weighted table of the models in regional (air command) reports. */
  private static final WeightedTable<Model> REGIONAL = new WeightedTable<Model>()
      .add(150, SHAHED)
      .add(60, UNKNOWN_UAV)
      .add(80, new Model("Orlan-10", Kind.RECON_DRONE, 3, null))
      .add(70, new Model("Supercam", Kind.RECON_DRONE, 3, null))
      .add(70, new Model("ZALA", Kind.RECON_DRONE, 3, null))
      .add(65, new Model("Reconnaissance UAV", Kind.RECON_DRONE, 3, null))
      .add(55, new Model("Lancet", Kind.LOITERING, 4, null))
      .add(45, new Model("Молнія", Kind.LOITERING, 12, null))
      .add(60, new Model("X-59", Kind.CRUISE, 4, "Su-34"))
      .add(50, new Model("Iskander-M", Kind.BALLISTIC, 4, null))
      .add(20, new Model("C-300", Kind.SAM, 8, null))
      .add(18, new Model("Merlin-VR", Kind.RECON_DRONE, 2, null))
      .add(12, new Model("X-31P", Kind.CRUISE, 3, "Su-35"))
      .add(8, new Model("Kalibr", Kind.CRUISE, 6, "Navy"))
      .add(6, new Model("X-59/X-69", Kind.CRUISE, 4, "Su-34"))
      .add(3, new Model("Orion", Kind.RECON_DRONE, 1, null))
      .add(2, new Model("Mohajer-6", Kind.RECON_DRONE, 1, null))
      .add(1, new Model("Фенікс", Kind.RECON_DRONE, 1, null))
      .add(1, new Model("Картограф", Kind.RECON_DRONE, 1, null))
      .add(1, new Model("Kub", Kind.LOITERING, 2, null))
      .add(1, new Model("Forpost", Kind.RECON_DRONE, 1, null))
      .add(1, new Model("Eleron", Kind.RECON_DRONE, 1, null))
      .add(1, new Model("Aerial Bomb", Kind.BOMB, 4, null))
      .add(1, new Model("Молнія and Lancet", Kind.LOITERING, 6, null))
      .add(1, new Model("Orlan-10 and ZALA and Supercam", Kind.RECON_DRONE, 4, null));

  // ---- places, targets, sources ------------------------------------------------------------------

  private static final String[] DRONE_LAUNCH = {
      "Primorsko-Akhtarsk", "Kursk oblast", "Bryansk oblast", "Oryol oblast", "Millerovo", "Shatalovo",
      "Hvardiiske, Crimea", "Donetsk oblast", "Chauda, Crimea", "Navlya", "Yeysk", "Belgorod oblast"};
  private static final byte[][] MISSILE_LAUNCH = cells("Caspian Sea", "Black Sea", "Crimea",
      "Kursk oblast", "Belgorod oblast", "Voronezh oblast", "Rostov oblast", "Tambov oblast",
      "Saratov oblast", "Engels, Saratov oblast", "Kursk oblast and Voronezh oblast");
  private static final byte[][] REGIONAL_TARGETS = cells("south", "south", "south", "Odesa oblast",
      "Kherson oblast", "Mykolaiv oblast", "east", "Kharkiv oblast", "Dnipropetrovsk oblast",
      "Dnipropetrovsk oblast, Dnipro Raion", "Dnipropetrovsk oblast, Kryvyi Rih Raion",
      "Zaporizhzhia oblast", "Odesa oblast and Mykolaiv oblast", "Poltava oblast", "Sumy oblast");
  private static final byte[][] MAIN_TARGETS = cells("Kyiv oblast", "Kyiv", "Lviv oblast",
      "Dnipropetrovsk oblast", "Lviv oblast and Ivano-Frankivsk oblast and Rivne oblast");
  private static final String[] OBLASTS = {"Kharkiv oblast", "Donetsk oblast", "Dnipropetrovsk oblast",
      "Odesa oblast", "Kyiv oblast", "Sumy oblast", "Zaporizhzhia oblast", "Lviv oblast",
      "Mykolaiv oblast", "Chernihiv oblast", "Poltava oblast", "Khmelnytskyi oblast"};
  private static final String[] DIRECTIONS = {"south", "west", "east", "north", "center"};
  private static final byte[][] BORDER = cells("{'belarus': 1.0}", "{'belarus': 2.0}",
      "{'russia': 1.0}", "{'russia': 3.0}", "{'moldova': 1.0}", "{'belarus': 1.0, 'moldova': 1.0}");
  private static final byte[] EMPTY_DICT = bytes("{}");
  private static final byte[] NAN = bytes("NaN");
  private static final byte[] UKRAINE = bytes("Ukraine");
  private static final byte[] AND = bytes(" and ");
  private static final byte[] INDENT = bytes("        ");

  private static final byte[] ALNUM =
      bytes("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

  private final long seed;
  private final double quotedNewlineRate;

  private AirForceCsvGenerator(long seed, double quotedNewlineRate) {
    this.seed = seed;
    this.quotedNewlineRate = quotedNewlineRate;
  }

  /**
   * Returns a generator for the given seed, without quoted line breaks.
   *
   * @param seed any value
   * @return the generator
   */
  public static AirForceCsvGenerator withSeed(long seed) {
    return new AirForceCsvGenerator(seed, 0.0);
  }

  /**
   * Returns a copy that writes a line break inside the quotes of about this share of the
   * {@code launch_place_details} cells it fills (those cells are rare: a share of 1.0 gives roughly one
   * row in 400).
   *
   * @param rate from 0 to 1
   * @return the copy
   * @throws IllegalArgumentException if the rate is out of range
   */
  public AirForceCsvGenerator withQuotedNewlines(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
    }
    return new AirForceCsvGenerator(seed, rate);
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns every text the generator can write into the {@code model} cell, once each.
   *
   * @return the raw model names, in a stable order
   */
  public static List<String> rawModelNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add(SHAHED.raw);
    for (Model m : NATIONAL_EXTRA.values) {
      names.add(m.raw);
    }
    for (Model m : REGIONAL.values) {
      names.add(m.raw);
    }
    return Collections.unmodifiableList(new ArrayList<>(names));
  }

  /**
   * Writes the header and {@code rows} data rows to a file, replacing it.
   *
   * @param file the file
   * @param rows the number of data rows, at least zero
   * @return the number of bytes written
   * @throws IOException if the file cannot be written
   */
  public long write(Path file, long rows) throws IOException {
    Objects.requireNonNull(file, "file");
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      return write(out, rows);
    }
  }

  /**
   * Writes the header and {@code rows} data rows to a stream, which is flushed, not closed.
   *
   * @param out the stream
   * @param rows the number of data rows, at least zero
   * @return the number of bytes written
   * @throws IOException if the stream fails
   */
  public long write(OutputStream out, long rows) throws IOException {
    Objects.requireNonNull(out, "out");
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative: " + rows);
    }
    Writer w = new Writer(out, seed, quotedNewlineRate);
    w.header();
    long written = 0;
    long report = 0;
    while (written < rows) {
      written += w.report(report++, rows - written);
    }
    w.flush();
    return w.bytes;
  }

  /**
   * Writes a file from the command line: {@code --rows N --seed S --out FILE [--quoted-newlines R]}.
   *
   * @param args the arguments
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long rows = 1_000_000;
    long seed = 1;
    double newlines = 0;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + a);
      }
      switch (a) {
        case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--quoted-newlines" -> newlines = Double.parseDouble(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + a
            + "; usage: --rows N --seed S --out FILE [--quoted-newlines RATE]");
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("usage: --rows N --seed S --out FILE [--quoted-newlines RATE]");
    }
    long t0 = System.nanoTime();
    long bytes = withSeed(seed).withQuotedNewlines(newlines).write(out, rows);
    System.out.printf("wrote %,d rows, %,d bytes (%.1f bytes/row) to %s in %.1f s%n", rows, bytes,
        rows == 0 ? 0.0 : (double) bytes / rows, out, (System.nanoTime() - t0) / 1e9);
  }

  // ---- the writer of one run ---------------------------------------------------------------------

  private static final class Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int pos;
    long bytes;
    private final Rng rng;
    private final double newlineRate;
    private final Model[] lines = new Model[6];

    Writer(OutputStream out, long seed, double newlineRate) {
      this.out = out;
      this.rng = new Rng(seed);
      this.newlineRate = newlineRate;
    }

    void header() throws IOException {
      put(bytes(HEADER_2026));
      put('\n');
    }

    /** Writes one report of at most {@code max} rows; returns the rows written. */
    int report(long number, long max) throws IOException {
      int day = pickDay();
      int kindPick = rng.nextInt(1000);
      boolean national = kindPick < 560;
      int n;
      if (national) {
        n = 0;
        if (rng.nextInt(100) < 85) {
          lines[n++] = SHAHED;
        }
        int extra = n == 0 ? 1 + rng.nextInt(3) : rng.nextInt(100) < 45 ? 1 + rng.nextInt(3) : 0;
        n = addDistinct(NATIONAL_EXTRA, n, extra);
      } else {
        n = addDistinct(REGIONAL, 0, 1 + (rng.nextInt(100) < 30 ? 1 + rng.nextInt(2) : 0));
      }
      n = (int) Math.min(n, max);

      // the report's shared cells: time_start, time_end, source
      byte[] head = national ? nationalPeriod(day) : regionalPeriod(day);
      byte[] source = source(kindPick, number);
      boolean nationalNight = national;
      for (int i = 0; i < n; i++) {
        row(head, source, lines[i], nationalNight);
      }
      return n;
    }

    private int addDistinct(WeightedTable<Model> table, int n, int extra) {
      int target = Math.min(lines.length, n + extra);
      int tries = 0;
      while (n < target && tries++ < 20) {
        Model m = table.pick(rng);
        boolean dup = false;
        for (int i = 0; i < n; i++) {
          dup |= lines[i] == m || lines[i].raw.equals(m.raw);
        }
        if (!dup) {
          lines[n++] = m;
        }
      }
      return n;
    }

    private int pickDay() {
      // density grows linearly towards the end: more reports in 2024-2025, like the real file
      double u = rng.nextDouble();
      int d = (int) (DAYS * Math.sqrt(u));
      return Math.min(DAYS - 1, Math.max(1, d));
    }

    // ---- periods ----

    private final byte[] periodBuf = new byte[64];
    private int pp;

    private byte[] nationalPeriod(int day) {
      pp = 0;
      if (rng.nextInt(100) < 85) {
        // a night: evening of the day before to the morning
        dateTime(day - 1, 17 + rng.nextInt(6), rng.nextInt(2) * 30);
        if (rng.nextInt(1000) < 3) {
          periodBuf[pp++] = ' ';
        }
        periodBuf[pp++] = ',';
        dateTime(day, 6 + rng.nextInt(6), rng.nextInt(2) * 30);
      } else {
        // a daytime attack, sometimes in the small hours
        int h = rng.nextInt(14);
        dateTime(day, h, rng.nextInt(4) * 15);
        periodBuf[pp++] = ',';
        dateTime(day, h + 1 + rng.nextInt(6), rng.nextInt(2) * 30);
      }
      return java.util.Arrays.copyOf(periodBuf, pp);
    }

    private byte[] regionalPeriod(int day) {
      pp = 0;
      int r = rng.nextInt(100);
      if (r < 45) {
        date(day);
        periodBuf[pp++] = ',';
        date(day);
      } else if (r < 75) {
        date(day);
        periodBuf[pp++] = ',';
        dateTime(day, 6 + rng.nextInt(14), rng.nextInt(2) * 30);
      } else {
        dateTime(day - 1, 18 + rng.nextInt(5), rng.nextInt(2) * 30);
        periodBuf[pp++] = ',';
        dateTime(day, 5 + rng.nextInt(6), rng.nextInt(2) * 30);
      }
      return java.util.Arrays.copyOf(periodBuf, pp);
    }

    private void date(int day) {
      byte[] d = DATE_TEXT[day];
      System.arraycopy(d, 0, periodBuf, pp, d.length);
      pp += d.length;
    }

    private void dateTime(int day, int hour, int minute) {
      date(day);
      periodBuf[pp++] = ' ';
      if (hour >= 10 || rng.nextInt(100) < 92) {
        periodBuf[pp++] = (byte) ('0' + hour / 10);
      }
      periodBuf[pp++] = (byte) ('0' + hour % 10);
      periodBuf[pp++] = ':';
      periodBuf[pp++] = (byte) ('0' + minute / 10);
      periodBuf[pp++] = (byte) ('0' + minute % 10);
    }

    // ---- source ----

    private byte[] source(int kindPick, long number) {
      String channel;
      if (kindPick < 560) {
        channel = "kpszsu";
      } else if (kindPick < 900) {
        channel = "PvKPivden";
      } else if (kindPick < 960) {
        channel = "pvkshid";
      } else if (kindPick < 975) {
        channel = "PvkZahid";
      } else if (kindPick < 985) {
        channel = "PvkCenter";
      } else if (kindPick < 993) {
        channel = "CinCAFU";
      } else {
        return bytes("https://t.me/kpszsu/" + (10_000 + number % 90_000));
      }
      StringBuilder b = new StringBuilder(96).append(channel).append("/posts/synthetic-")
          .append(Long.toString(number, 36)).append('-');
      int tail = 52 + rng.nextInt(12);
      for (int i = 0; i < tail; i++) {
        b.append((char) ALNUM[rng.nextInt(ALNUM.length)]);
      }
      return bytes(b.toString());
    }

    // ---- one row ----

    private void row(byte[] period, byte[] source, Model m, boolean national) throws IOException {
      put(period);
      put(',');
      put(m.cell);
      put(',');
      // launch_place
      if (m == SHAHED && national) {
        places(DRONE_LAUNCH, 2 + rng.nextInt(5));
      } else if (m.kind == Kind.CRUISE || m.kind == Kind.BALLISTIC || m.kind == Kind.AEROBALLISTIC
          || m.kind == Kind.SAM) {
        if (rng.nextInt(100) < 70) {
          put(MISSILE_LAUNCH[rng.nextInt(MISSILE_LAUNCH.length)]);
        }
      } else if (rng.nextInt(100) < 10) {
        places(DRONE_LAUNCH, 1);
      }
      put(',');
      // target, target_main
      int t = rng.nextInt(1000);
      if (t >= 8) {
        put(national ? UKRAINE : REGIONAL_TARGETS[rng.nextInt(REGIONAL_TARGETS.length)]);
      }
      put(',');
      if (national && rng.nextInt(100) < 4) {
        put(MAIN_TARGETS[rng.nextInt(MAIN_TARGETS.length)]);
      }
      put(',');

      // the counts
      long launched = launched(m, national);
      long destroyed = destroyed(m, launched);
      int quirk = rng.nextInt(10_000);
      // launched: 0.1 % blank, 0.05 % NaN, 0.1 % zero
      if (quirk < 10) {
        // blank
      } else if (quirk < 15) {
        put(NAN);
      } else if (quirk < 25) {
        count(0);
      } else {
        count(launched);
      }
      put(',');
      int q2 = rng.nextInt(10_000);
      if (q2 < 20) {
        // blank destroyed
      } else if (q2 < 25) {
        put(NAN);
      } else if (q2 < 35) {
        count(launched + 1 + rng.nextInt(3)); // more destroyed than launched: real rows do that
      } else {
        count(destroyed);
      }
      put(',');
      long rest = Math.max(0, launched - destroyed);
      boolean drone = m.kind == Kind.ATTACK_DRONE;
      long suppressed = 0;
      // not_reach_goal
      int q3 = rng.nextInt(1000);
      if (drone && national && q3 < 800) {
        suppressed = rest == 0 ? 0 : rng.nextLong(rest + 1);
        count(suppressed);
      } else if (q3 < 60) {
        count(rest == 0 ? 0 : rng.nextLong(rest + 1));
      } else if (q3 < 63) {
        put(NAN);
      }
      put(',');
      // still_attacking
      int q4 = rng.nextInt(1000);
      if (drone && national && q4 < 150) {
        long left = rest - suppressed;
        count(left <= 0 ? 0 : rng.nextLong(Math.min(left, 12) + 1));
      } else if (q4 < 10) {
        count(0);
      } else if (q4 < 12) {
        put(NAN);
      }
      put(',');
      // border_crossing
      if (drone && rng.nextInt(100) < 8) {
        put(BORDER[rng.nextInt(BORDER.length)]);
      } else {
        put(EMPTY_DICT);
      }
      put(',');
      // is_shahed
      if (m == SHAHED && national && rng.nextInt(100) < 45) {
        count(launched == 0 ? 0 : launched / 2 + rng.nextLong(launched / 2 + 1));
      }
      put(',');
      // num_hit_location, num_fall_fragment_location
      if (drone && national && rng.nextInt(100) < 55) {
        count(rng.nextInt(25));
      }
      put(',');
      if (drone && national && rng.nextInt(100) < 50) {
        count(rng.nextInt(10));
      }
      put(',');
      // carrier
      if (m.carrier != null && rng.nextInt(100) < 70) {
        put(m.carrier);
      }
      put(',');
      // turbojet, turbojet_destroyed
      if (m == SHAHED && national && rng.nextInt(100) < 2) {
        int jets = 1 + rng.nextInt(12);
        count(jets);
        put(',');
        count(rng.nextInt(jets + 1));
      } else {
        put(',');
      }
      put(',');
      // affected region
      if (rng.nextInt(100) < 6) {
        list(OBLASTS, 1 + rng.nextInt(4));
      }
      put(',');
      // destroyed_details
      if (m == SHAHED && national && rng.nextInt(100) < 70) {
        directions(destroyed, 5);
      } else if (!national && rng.nextInt(100) < 20) {
        directions(0, 2 + rng.nextInt(2));
      }
      put(',');
      // launched_details, launch_place_details
      if (m.composite() && rng.nextInt(100) < 60) {
        launchedDetails(m, launched);
      }
      put(',');
      if (m.composite() && rng.nextInt(100) < 40) {
        launchPlaceDetails(m);
      }
      put(',');
      put(source);
      put('\n');
    }

    private long launched(Model m, boolean national) {
      double u = rng.nextDouble();
      switch (m.kind) {
        case ATTACK_DRONE:
          if (m == SHAHED) {
            return national ? 4 + (long) (300 * u * u) + rng.nextInt(40) : 1 + (long) (25 * u * u);
          }
          return 1 + (long) (m.maxLaunched * u * u);
        default:
          return 1 + rng.nextInt(m.maxLaunched);
      }
    }

    private long destroyed(Model m, long launched) {
      int pct;
      switch (m.kind) {
        case ATTACK_DRONE:
          pct = 55 + rng.nextInt(40);
          break;
        case RECON_DRONE:
        case LOITERING:
          pct = rng.nextInt(100) < 75 ? 100 : rng.nextInt(100);
          break;
        case CRUISE:
          pct = 40 + rng.nextInt(60);
          break;
        case BALLISTIC:
        case AEROBALLISTIC:
          pct = rng.nextInt(100) < 50 ? 0 : rng.nextInt(80);
          break;
        case SAM:
        case BOMB:
        default:
          pct = rng.nextInt(100) < 85 ? 0 : rng.nextInt(50);
          break;
      }
      return launched * pct / 100;
    }

    private void places(String[] from, int k) throws IOException {
      int start = rng.nextInt(from.length);
      boolean comma = false;
      for (int i = 0; i < k; i++) {
        comma |= from[(start + i) % from.length].indexOf(',') >= 0;
      }
      if (comma) {
        put('"');
      }
      for (int i = 0; i < k; i++) {
        if (i > 0) {
          put(AND);
        }
        putAscii(from[(start + i) % from.length]);
      }
      if (comma) {
        put('"');
      }
    }

    private void list(String[] from, int k) throws IOException {
      if (k > 1) {
        put('"');
      }
      put('[');
      int start = rng.nextInt(from.length);
      for (int i = 0; i < k; i++) {
        if (i > 0) {
          put(',');
          put(' ');
        }
        put('\'');
        putAscii(from[(start + i) % from.length]);
        put('\'');
      }
      put(']');
      if (k > 1) {
        put('"');
      }
    }

    private void directions(long destroyed, int k) throws IOException {
      put('"');
      put('{');
      long left = destroyed;
      for (int i = 0; i < k; i++) {
        if (i > 0) {
          put(',');
          put(' ');
        }
        put('\'');
        putAscii(DIRECTIONS[(5 - k + i) % 5]);
        put('\'');
        put(':');
        put(' ');
        if (left > 0 && rng.nextInt(100) < 60) {
          long v = rng.nextLong(Math.min(left, 80) + 1);
          left -= v;
          number(v);
        } else {
          put(NAN);
        }
      }
      put('}');
      put('"');
    }

    private void launchedDetails(Model m, long launched) throws IOException {
      put('"');
      put('{');
      long left = launched;
      for (int i = 0; i < m.parts.length; i++) {
        if (i > 0) {
          put(',');
          put(' ');
        }
        put('\'');
        put(m.partBytes[i]);
        put('\'');
        put(':');
        put(' ');
        long v = i == m.parts.length - 1 ? left : left == 0 ? 0 : rng.nextLong(left + 1);
        left -= v;
        number(v);
      }
      put('}');
      put('"');
    }

    private void launchPlaceDetails(Model m) throws IOException {
      boolean newline = newlineRate > 0 && rng.nextDouble() < newlineRate;
      put('"');
      put('{');
      for (int i = 0; i < m.parts.length; i++) {
        if (i > 0) {
          put(',');
        }
        if (newline) {
          put('\n');
          put(INDENT);
        } else if (i > 0) {
          put(' ');
        }
        put('\'');
        put(m.partBytes[i]);
        put('\'');
        put(':');
        put(' ');
        put('\'');
        put(MISSILE_LAUNCH[rng.nextInt(5)]);
        put('\'');
      }
      if (newline) {
        put('\n');
      }
      put('}');
      put('"');
    }

    /** Writes a count as the Air Force does: {@code 93.0}. */
    private void count(long v) throws IOException {
      number(v);
      put('.');
      put('0');
    }

    private void number(long v) throws IOException {
      if (v < 10) {
        put((char) ('0' + v));
        return;
      }
      ensure(20);
      int start = pos;
      while (v > 0) {
        buf[pos++] = (byte) ('0' + v % 10);
        v /= 10;
      }
      for (int i = start, j = pos - 1; i < j; i++, j--) {
        byte x = buf[i];
        buf[i] = buf[j];
        buf[j] = x;
      }
    }

    private void putAscii(String s) throws IOException {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        buf[pos++] = (byte) s.charAt(i);
      }
    }

    private void put(char c) throws IOException {
      ensure(1);
      buf[pos++] = (byte) c;
    }

    private void put(byte[] b) throws IOException {
      ensure(b.length);
      System.arraycopy(b, 0, buf, pos, b.length);
      pos += b.length;
    }

    private void ensure(int n) throws IOException {
      if (pos + n > buf.length) {
        drain();
      }
    }

    private void drain() throws IOException {
      out.write(buf, 0, pos);
      bytes += pos;
      pos = 0;
    }

    void flush() throws IOException {
      drain();
      out.flush();
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /** A table of values picked with fixed integer weights, in O(1) per pick. */
  private static final class WeightedTable<T> {
    final List<T> values = new ArrayList<>();
    private final List<T> slots = new ArrayList<>();

    WeightedTable<T> add(int weight, T value) {
      values.add(value);
      for (int i = 0; i < weight; i++) {
        slots.add(value);
      }
      return this;
    }

    T pick(Rng rng) {
      return slots.get(rng.nextInt(slots.size()));
    }
  }

  /** SplitMix64: tiny, fast, and the same on every JDK. */
  static final class Rng {
    private long state;

    Rng(long seed) {
      this.state = seed;
    }

    long nextLong() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    /** A value in [0, bound), bound at least 1. */
    int nextInt(int bound) {
      return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** A value in [0, bound), bound at least 1. */
    long nextLong(long bound) {
      return Math.floorMod(nextLong(), bound);
    }

    double nextDouble() {
      return (nextLong() >>> 11) * 0x1.0p-53;
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] csvCell(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0;
    return bytes(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
  }

  private static byte[][] cells(String... values) {
    byte[][] out = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = csvCell(values[i]);
    }
    return out;
  }
}

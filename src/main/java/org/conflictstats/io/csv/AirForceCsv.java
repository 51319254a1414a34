package org.conflictstats.io.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.conflictstats.internal.InputFiles;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.Source;

/**
 * The Air Force CSV, the Kaggle dataset "Massive Missile Attacks on Ukraine" (DOMAIN.md §8): where to
 * get its {@linkplain #reader() reader} and {@linkplain #writer() writer}, its four published layouts,
 * how report ids are made, and how to tell such a file from its content.
 *
 * <pre>{@code
 * ImportResult result = AirForceCsv.reader().read(Path.of("missile_attacks_daily.csv"));
 * AirForceCsv.writer().write(result.reports(), Path.of("copy.csv"));
 * AirForceCsv.looksLikeAirForceCsv("time_start,time_end,model,launched\n..."); // true
 * }</pre>
 */
public final class AirForceCsv {

  /** The 2023 layout's columns. */
  public static final ImmutableList<String> LAYOUT_2023 = ImmutableList.of("time_start", "time_end",
      "model", "launch_place", "target", "carrier", "launched", "destroyed", "source");

  /** The 2024 layout's columns. */
  public static final ImmutableList<String> LAYOUT_2024 = ImmutableList.of("time_start", "time_end",
      "model", "launch_place", "target", "carrier", "launched", "destroyed", "not_reach_goal",
      "cross_border_belarus", "back_russia", "still_attacking", "destroyed_details",
      "launched_details", "launch_place_details", "source");

  /** The 2026 layout's columns. */
  public static final ImmutableList<String> LAYOUT_2026 = ImmutableList.of("time_start", "time_end",
      "model", "launch_place", "target", "target_main", "launched", "destroyed", "not_reach_goal",
      "still_attacking", "border_crossing", "is_shahed", "num_hit_location",
      "num_fall_fragment_location", "carrier", "turbojet", "turbojet_destroyed", "affected region",
      "destroyed_details", "launched_details", "launch_place_details", "source");

  /** The late-2026 layout's columns. */
  public static final ImmutableList<String> LAYOUT_LATE_2026 = ImmutableList.of("time_start",
      "time_end", "model", "launch_place", "target", "target_main", "status_data", "launched",
      "destroyed", "not_reach_goal", "still_attacking", "num_hit_location",
      "num_fall_fragment_location", "is_shahed", "border_crossing", "carrier", "affected region",
      "destroyed_types", "destroyed_details", "launched_details", "launch_place_details", "source");

  /**
   * The columns the {@linkplain #writer() writer} writes: the late-2026 layout plus the 2026
   * layout's {@code turbojet} and {@code turbojet_destroyed} after {@code carrier}, so that nothing
   * any layout can say is lost.
   */
  public static final ImmutableList<String> WRITTEN_COLUMNS = ImmutableList.of("time_start",
      "time_end", "model", "launch_place", "target", "target_main", "status_data", "launched",
      "destroyed", "not_reach_goal", "still_attacking", "num_hit_location",
      "num_fall_fragment_location", "is_shahed", "border_crossing", "carrier", "turbojet",
      "turbojet_destroyed", "affected region", "destroyed_types", "destroyed_details",
      "launched_details", "launch_place_details", "source");

  private static final Set<Column> SIGNATURE =
      EnumSet.of(Column.TIME_START, Column.TIME_END, Column.MODEL);
  private static final int SNIFF_CHARS = 8192;

  private AirForceCsv() {}

  /**
   * Returns the default reader: lenient, Europe/Kyiv, the built-in weapon catalogue.
   *
   * @return the reader
   */
  public static AirForceCsvReader reader() {
    return AirForceCsvReader.defaults();
  }

  /**
   * Returns the default writer: Europe/Kyiv, the built-in weapon catalogue.
   *
   * @return the writer
   */
  public static AirForceCsvWriter writer() {
    return AirForceCsvWriter.defaults();
  }

  /**
   * Returns the id the reader gives a report: the source's address (or its name when it has none),
   * {@code @}, the period's start, {@code /} and its end, as in
   * {@code kpszsu/posts/pfbid02Xy@2025-04-16T20:00/2025-04-17T08:00}. Rows with equal ids make one
   * report, so ids are unique within a file.
   *
   * @param source the report's source
   * @param period the report's period
   * @return the id
   */
  public static String reportId(Source source, ReportPeriod period) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(period, "period");
    return source.address().orElse(source.name()) + "@" + period.start() + "/" + period.end();
  }

  /**
   * Tells from the start of a text whether it is an Air Force CSV: its first line (after a byte
   * order mark and blank lines) is a header naming {@code time_start}, {@code time_end} and
   * {@code model}, as the reader matches names (ignoring case, surrounding spaces, a space for an
   * underscore).
   * Only the first 8192 characters are looked at.
   *
   * @param head the start of the text, or all of it
   * @return {@code true} for an Air Force CSV header
   */
  public static boolean looksLikeAirForceCsv(CharSequence head) {
    Objects.requireNonNull(head, "head");
    int n = Math.min(head.length(), SNIFF_CHARS);
    int i = 0;
    if (n > 0 && head.charAt(0) == '\uFEFF') {
      i = 1;
    }
    while (i < n && Character.isWhitespace(head.charAt(i))) {
      i++;
    }
    int end = i;
    while (end < n && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
      end++;
    }
    return columns(head.subSequence(i, end)).containsAll(SIGNATURE);
  }

  /**
   * Returns the Air Force CSV columns a header line names, as the dataset writes their names
   * ({@code time_start}, {@code affected region}), in the dataset's column order, each once: the
   * reader's own matching of header names (case, surrounding spaces and quotes, a space for an
   * underscore). A header that names some of them but not {@code time_start}, {@code time_end}
   * and {@code model} is one {@link #looksLikeAirForceCsv} refuses, for a message to say why.
   *
   * <pre>{@code
   * AirForceCsv.knownColumns("time_start,Model,launched,colour"); // [time_start, model, launched]
   * }</pre>
   *
   * @param headerLine one line of header names, separated by commas
   * @return the columns it names
   */
  public static ImmutableList<String> knownColumns(CharSequence headerLine) {
    Objects.requireNonNull(headerLine, "headerLine");
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Column c : columns(headerLine)) {
      out.add(c.header);
    }
    return out.build();
  }

  private static Set<Column> columns(CharSequence headerLine) {
    Set<Column> found = EnumSet.noneOf(Column.class);
    for (String cell : headerLine.toString().split(",", -1)) {
      String name = cell.strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1).strip();
      }
      // the reader's own matching of header names: case, surrounding spaces, space or underscore
      Column c = Column.forHeader(name);
      if (c != null) {
        found.add(c);
      }
    }
    return found;
  }

  /**
   * Tells from its first characters whether a file is an Air Force CSV.
   *
   * @param file the file
   * @return {@code true} for an Air Force CSV header
   * @throws IOException if the file cannot be read
   * @see #looksLikeAirForceCsv(CharSequence)
   */
  public static boolean looksLikeAirForceCsv(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = InputFiles.stream(file)) {
      byte[] head = in.readNBytes(SNIFF_CHARS);
      return looksLikeAirForceCsv(new String(head, StandardCharsets.UTF_8));
    }
  }
}

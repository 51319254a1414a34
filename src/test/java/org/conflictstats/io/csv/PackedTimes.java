package org.conflictstats.io.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.conflictstats.model.ReportTime;

/**
 * The report time a packed time cell ({@link ByteCells#time}) stands for, made the plain way,
 * without {@code RangeParser.Times}' caches: the oracle the reader's cached times are checked
 * against.
 */
final class PackedTimes {

  private PackedTimes() {}

  static ReportTime reportTime(long packed) {
    LocalDate date = LocalDate.ofEpochDay(ByteCells.packedDay(packed));
    int m = ByteCells.packedMinute(packed);
    return m < 0 ? ReportTime.ofDate(date)
        : ReportTime.ofMinute(LocalDateTime.of(date, LocalTime.of(m / 60, m % 60)));
  }
}

package org.conflictstats.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.conflictstats.internal.Numbers;

/**
 * What an import of one file did, in numbers: rows read, accepted and rejected, and the reports the
 * accepted rows made. Rows read always equal rows accepted plus rows rejected (DOMAIN.md §9); the
 * constructor enforces it.
 *
 * <pre>{@code
 * ImportCounts c = ImportCounts.of("attacks.csv", 3378, 0, 1906);
 * c.rowsRead();   // 3378
 * c.toString();   // "attacks.csv: 3,378 rows read = 3,378 accepted + 0 rejected; 1,906 reports"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file's name or path as given to the importer, not blank
 * @param rowsRead the rows read (in a CSV file every record but a usable header and blank lines;
 *     in other formats every report record)
 * @param rowsAccepted the rows that became weapon lines of reports
 * @param rowsRejected the rows that became {@link RejectedRow}s
 * @param reports the reports made of the accepted rows
 */
public record ImportCounts(String file, long rowsRead, long rowsAccepted, long rowsRejected,
    long reports) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the file is blank, a count is negative, or rows read differ
   *     from rows accepted plus rows rejected
   */
  public ImportCounts {
    Objects.requireNonNull(file, "file");
    checkArgument(!file.isBlank(), "file must not be blank");
    checkArgument(rowsAccepted >= 0 && rowsRejected >= 0 && reports >= 0,
        "counts must not be negative: %s accepted, %s rejected, %s reports", rowsAccepted,
        rowsRejected, reports);
    checkArgument(rowsRead == rowsAccepted + rowsRejected,
        "rows read (%s) must equal rows accepted (%s) plus rows rejected (%s)", rowsRead,
        rowsAccepted, rowsRejected);
  }

  /**
   * Returns the counts of one file; rows read are the sum of accepted and rejected.
   *
   * @param file the file
   * @param rowsAccepted the rows accepted, at least zero
   * @param rowsRejected the rows rejected, at least zero
   * @param reports the reports made, at least zero
   * @return the counts
   */
  public static ImportCounts of(String file, long rowsAccepted, long rowsRejected, long reports) {
    return new ImportCounts(file, rowsAccepted + rowsRejected, rowsAccepted, rowsRejected, reports);
  }

  /**
   * Returns whether every row read was accepted.
   *
   * @return {@code true} when no row was rejected
   */
  public boolean isComplete() {
    return rowsRejected == 0;
  }

  /**
   * Returns {@code file: R rows read = A accepted + J rejected; N reports} (singular for one), each
   * count with thousands separators in every locale: {@code "a.csv: 3,378 rows read = 3,378
   * accepted + 0 rejected; 1,906 reports"}.
   */
  @Override
  public String toString() {
    return file + ": " + rows() + "; " + Numbers.grouped(reports)
        + (reports == 1 ? " report" : " reports");
  }

  /**
   * Returns {@code R rows read = A accepted + J rejected} (singular for one row read), as
   * {@link #toString()} gives them: {@code "3,378 rows read = 3,377 accepted + 1 rejected"}.
   *
   * @return the rows read, accepted and rejected, with thousands separators in every locale
   */
  public String rows() {
    return Numbers.grouped(rowsRead) + (rowsRead == 1 ? " row" : " rows") + " read = "
        + Numbers.grouped(rowsAccepted) + " accepted + " + Numbers.grouped(rowsRejected)
        + " rejected";
  }

  /**
   * Returns the note that every output listing what it left out gives for the rows that could not
   * be read (DOMAIN.md §9: rows read = rows accepted + rows rejected): {@code "Rejected: 1 row that
   * could not be read ('conflict-stats validate' lists it)."}, or nothing when no row was rejected,
   * so that an output without rejected rows has no such note.
   *
   * @param rowsRejected the rows rejected over every input, at least zero
   * @return the note, empty when {@code rowsRejected} is 0
   * @throws IllegalArgumentException if {@code rowsRejected} is negative
   */
  public static Optional<String> rejectedNote(long rowsRejected) {
    checkArgument(rowsRejected >= 0, "rows rejected must not be negative: %s", rowsRejected);
    if (rowsRejected == 0) {
      return Optional.empty();
    }
    boolean one = rowsRejected == 1;
    return Optional.of("Rejected: " + Numbers.grouped(rowsRejected) + (one ? " row" : " rows")
        + " that could not be read ('conflict-stats validate' lists " + (one ? "it" : "them")
        + ").");
  }
}

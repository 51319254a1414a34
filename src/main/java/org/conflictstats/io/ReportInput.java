package org.conflictstats.io;

import java.io.IOException;
import java.util.Objects;

/**
 * One input of a reading of several (a file, a stream), named and readable into a
 * {@link ReportSink}, possibly twice: {@link DistinctReports} reads every input a second time when
 * the first reading cannot tell which copy of a report counts (see there). A file is readable again;
 * a stream is not, so copy it to a file first, or give an input that can open it again.
 *
 * <p>Within one input, reports are told apart by the line their first row is on: each report of an
 * input must start on a line of its own (as in any one file). An input that concatenates two files
 * whose reports share line numbers is two inputs.
 *
 * <pre>{@code
 * AirForceCsvReader reader = AirForceCsv.reader();
 * ReportInput older = ReportInput.of("2023-07.csv", sink -> reader.read(Path.of("2023-07.csv"), sink));
 * }</pre>
 */
public interface ReportInput {

  /**
   * Returns the input's name, as messages give it.
   *
   * @return the name
   */
  String name();

  /**
   * Reads the whole input into a sink: its reports, rejected rows and warnings, as a reader does.
   * Each call reads the input from its start.
   *
   * @param sink the sink
   * @return the counts of the input
   * @throws IOException if the input cannot be read
   */
  ImportCounts readInto(ReportSink<?> sink) throws IOException;

  /**
   * How an input is read: a reader's {@code read(input, sink)}.
   */
  @FunctionalInterface
  interface Reading {
    /**
     * Reads the whole input into a sink.
     *
     * @param sink the sink
     * @return the counts of the input
     * @throws IOException if the input cannot be read
     */
    ImportCounts readInto(ReportSink<?> sink) throws IOException;
  }

  /**
   * Returns a named input read by a function.
   *
   * @param name the name, not blank
   * @param reading reads the whole input into a sink, from its start, each time it is called
   * @return the input
   * @throws IllegalArgumentException if the name is blank
   */
  static ReportInput of(String name, Reading reading) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reading, "reading");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new ReportInput() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ImportCounts readInto(ReportSink<?> sink) throws IOException {
        return reading.readInto(sink);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}

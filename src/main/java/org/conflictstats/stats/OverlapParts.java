package org.conflictstats.stats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.conflictstats.model.StrikeReport;

/**
 * The overlapping pairs of reports read in parts (a reader's parts, such as those of
 * {@code io.ReportSink}, filled on several threads and merged in input order): each report compared with the
 * {@code window} reports before it in input order, exactly as {@link OverlapPairs} compares them
 * one by one, each pair handed on at its later report after what that report prints of its own
 * (its findings, say), in the order {@link OverlapPairs#add} returns them.
 *
 * <pre>{@code
 * OverlapParts<FileLocation, String> parts =
 *     OverlapParts.of(SourceOverlap.DEFAULT_WINDOW, OverlapPair::toString);
 * // on a reader's thread, for each report of a part, in input order:
 * part.add(r.report(), r.location(), List.of());        // part = parts.newPart()
 * // on one thread, for each part in input order:
 * parts.merge(part, System.out::println);
 * }</pre>
 *
 * <p>How. A report past a part's first {@code window} compared reports has all of those in its
 * part: its pairs are found as the part is filled and it is kept only as what it prints. The
 * part's first reports are compared at the merge with the reports of the parts before; its last
 * {@code window} are then put in the merge's window for the next part's first. A part so holds at
 * most twice the window of reports, whatever its size (holding every report until its merge made a
 * large read promote most of them to the old generation).
 *
 * <p>What a part's later reports hand on waits for the merge in a {@link Buffer}: a list by default,
 * or one the caller gives ({@link #newPart(Buffer)}) to keep a part's output in bounded
 * memory when reports hand on much (a buffer that goes to disk past a size).
 *
 * <p>A part is filled on one thread; parts are merged on one thread, in input order.
 *
 * @param <T> what a report is known by in a pair
 * @param <O> what is handed on
 */
public final class OverlapParts<T, O> {

  private final int window;
  private final OverlapPairs<T> merged;
  private final Function<OverlapPair<T>, O> render;

  private OverlapParts(int window, Function<OverlapPair<T>, O> render) {
    this.merged = OverlapPairs.of(window);
    this.window = window;
    this.render = Objects.requireNonNull(render, "render");
  }

  /**
   * Where a part keeps what its reports hand on until its merge, in the order added. A buffer is
   * filled on the part's thread, then drained once, at the merge, on the merge's thread, which
   * closes it then; a buffer whose part is never merged (the read failed) is closed by its owner.
   * A buffer that holds more than memory should (on disk past a size, say) releases it in
   * {@link #close()}.
   *
   * <pre>{@code
   * OverlapParts<FileLocation, String> parts = OverlapParts.of(1024, OverlapPair::toString);
   * OverlapParts.Part<FileLocation, String> part = parts.newPart(OverlapParts.Buffer.inMemory());
   * }</pre>
   *
   * @param <O> what is handed on
   */
  public interface Buffer<O> extends AutoCloseable {
    /**
     * Adds the next output.
     *
     * @param output the output
     */
    void add(O output);

    /**
     * Hands every output added to {@code out}, in the order added; called once.
     *
     * @param out what takes the output
     */
    void drainTo(Consumer<? super O> out);

    /** Releases what the buffer holds; it takes no more. Does nothing by default. */
    @Override
    default void close() {}

    /**
     * Returns a buffer that holds its outputs in a list.
     *
     * @param <E> what is handed on
     * @return an empty buffer
     */
    static <E> Buffer<E> inMemory() {
      List<E> list = new ArrayList<>();
      return new Buffer<>() {
        @Override
        public void add(E output) {
          list.add(output);
        }

        @Override
        public void drainTo(Consumer<? super E> out) {
          list.forEach(out);
          list.clear();
        }
      };
    }
  }

  /**
   * Returns the pairs of parts to come, each report compared with the {@code window} before it.
   *
   * @param window how many reports before it each report is compared with, at least 1
   * @param render what a pair is handed on as
   * @param <T> what a report is known by in a pair
   * @param <O> what is handed on
   * @return the pairs, no part merged yet
   * @throws IllegalArgumentException if {@code window} is below 1
   */
  public static <T, O> OverlapParts<T, O> of(int window, Function<OverlapPair<T>, O> render) {
    return new OverlapParts<>(window, render);
  }

  /**
   * Returns a new, empty part.
   *
   * @return the part
   */
  public Part<T, O> newPart() {
    return newPart(Buffer.inMemory());
  }

  /**
   * Returns a new, empty part that keeps what its later reports hand on in the given buffer until
   * its merge.
   *
   * @param buffer an empty buffer, the part's alone
   * @return the part
   */
  public Part<T, O> newPart(Buffer<O> buffer) {
    return new Part<>(window, render, Objects.requireNonNull(buffer, "buffer"));
  }

  /**
   * Hands the part's output to {@code out} in input order, comparing its first reports with the
   * parts merged before it. Parts are merged in input order, on one thread, each once.
   *
   * @param part the next part
   * @param out what takes the output
   * @return how many pairs were among the part's output
   */
  public long merge(Part<T, O> part, Consumer<? super O> out) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(out, "out");
    long found = part.pairs;
    for (Held<T, O> r : part.head) {
      r.output().forEach(out);
      if (r.tag() == null) {
        continue;
      }
      for (OverlapPair<T> p : merged.add(r.report(), r.tag())) {
        found++;
        out.accept(render.apply(p));
      }
    }
    try (Buffer<O> rest = part.rest) {
      rest.drainTo(out);
    }
    if (part.compared.added() > window) {
      // the merge's window takes the part's last reports; their pairs were found in the part
      for (Held<T, O> r : part.tail) {
        merged.add(r.report(), r.tag());
      }
    }
    return found;
  }

  /** A report with what it is known by (null: not compared) and what it hands on. */
  private record Held<T, O>(StrikeReport report, T tag, List<O> output) {}

  /**
   * The reports of one part of the input, filled on one thread in input order.
   *
   * @param <T> what a report is known by in a pair
   * @param <O> what is handed on
   */
  public static final class Part<T, O> {
    private final int window;
    private final Function<OverlapPair<T>, O> render;
    private final OverlapPairs<T> compared;
    /** The reports up to the part's {@code window}-th compared one, each whole. */
    private final List<Held<T, O>> head = new ArrayList<>();
    /** What the reports after those print, in order. */
    private final Buffer<O> rest;
    /** The last {@code window} compared reports, oldest first. */
    private final ArrayDeque<Held<T, O>> tail = new ArrayDeque<>();
    private long pairs;

    private Part(int window, Function<OverlapPair<T>, O> render, Buffer<O> rest) {
      this.window = window;
      this.render = render;
      this.rest = rest;
      this.compared = OverlapPairs.of(window);
    }

    /**
     * Adds the next report of the part, one with no place to name: it hands on its output and is
     * compared with no other report.
     *
     * @param report the report
     * @param output what it hands on
     */
    public void add(StrikeReport report, List<O> output) {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(output, "output");
      hold(report, null, output);
    }

    /**
     * Adds the next report of the part.
     *
     * @param report the report
     * @param tag what it is known by in a pair
     * @param output what it hands on before its pairs
     */
    public void add(StrikeReport report, T tag, List<O> output) {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(output, "output");
      boolean inHead = hold(report, tag, output);
      long before = compared.added();
      List<OverlapPair<T>> within = compared.add(report, tag);
      if (compared.added() == before) {
        return; // not compared: no source or no lines
      }
      if (!inHead) {
        for (OverlapPair<T> p : within) {
          pairs++;
          rest.add(render.apply(p));
        }
      }
      if (tail.size() == window) {
        tail.removeFirst();
      }
      tail.addLast(new Held<>(report, tag, List.of()));
    }

    /**
     * Keeps a report whole while the part has compared fewer than {@code window} (the merge
     * compares it), else only its output; returns whether it was kept whole.
     */
    private boolean hold(StrikeReport report, T tag, List<O> output) {
      if (compared.added() < window) {
        head.add(new Held<>(report, tag, output));
        return true;
      }
      for (int i = 0; i < output.size(); i++) {
        rest.add(output.get(i));
      }
      return false;
    }
  }
}

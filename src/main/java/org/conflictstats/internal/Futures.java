package org.conflictstats.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The result of a reader's worker, with what the worker threw thrown again as itself: an
 * {@link IOException}, a runtime exception or an error unwrapped from the
 * {@link ExecutionException}, so that the calling thread fails as a read in order would. Not API:
 * the package is not exported.
 *
 * <pre>{@code
 * Range r = Futures.await(pool.submit(() -> read(range)), "data.csv");
 * }</pre>
 */
public final class Futures {

  private Futures() {}

  /**
   * Waits for a worker's result.
   *
   * @param future the worker's future
   * @param what what is being read, for the message when the wait is interrupted
   * @param <R> the result
   * @return the result
   * @throws IOException what the worker threw, or an {@link InterruptedIOException} when the
   *     calling thread is interrupted (its interrupt flag set again)
   */
  public static <R> R await(Future<R> future, String what) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading " + what);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}

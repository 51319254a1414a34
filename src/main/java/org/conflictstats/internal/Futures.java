package org.conflictstats.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A reader's workers: each submitted so that the workers after it, which wait for its count of
 * lines, fail with it rather than wait for ever when it fails before counting ({@link #submit});
 * each awaited with what it threw thrown again as itself ({@link #await}): an {@link IOException},
 * a runtime exception or an error unwrapped from the {@link ExecutionException}, so that the
 * calling thread fails as a read in order would. Not API: the package is not exported.
 *
 * <pre>{@code
 * Future<Range> f = Futures.submit(pool, lineCount, () -> read(range, lineCount));
 * Range r = Futures.await(f, "data.csv");
 * }</pre>
 */
public final class Futures {

  private Futures() {}

  /**
   * Submits a worker that completes {@code counted} on its way; if the worker fails (before or
   * after), {@code counted} is completed with the failure unless it was completed already.
   *
   * @param pool the pool
   * @param counted what the workers after this one wait for
   * @param worker the worker
   * @param <R> the worker's result
   * @return the worker's future
   */
  public static <R> Future<R> submit(ExecutorService pool, CompletableFuture<?> counted,
      Callable<R> worker) {
    return pool.submit(() -> {
      try {
        return worker.call();
      } catch (Exception | Error e) {
        counted.completeExceptionally(e);
        throw e;
      }
    });
  }

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

  /** How long {@link #stop} waits for the workers that are running. */
  private static final long STOP_WAIT_SECONDS = 60;

  /**
   * Stops a reader's pool: the workers not started are dropped, the running ones interrupted and
   * waited for (up to a minute), so that none still fills a part, or a temporary file, after the
   * read has returned or failed. Each worker reads one range, so the wait is short.
   *
   * @param pool the pool
   */
  public static void stop(ExecutorService pool) {
    pool.shutdownNow();
    boolean interrupted = false;
    try {
      pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

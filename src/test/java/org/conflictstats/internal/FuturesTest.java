package org.conflictstats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A worker's failure reaches the calling thread as itself. */
final class FuturesTest {

  private static <R> CompletableFuture<R> failed(Throwable t) {
    CompletableFuture<R> f = new CompletableFuture<>();
    f.completeExceptionally(t);
    return f;
  }

  @Test
  void theResultOrWhatTheWorkerThrewAsItself() throws IOException {
    assertEquals("done", Futures.await(CompletableFuture.completedFuture("done"), "x.csv"));
    IOException io = new IOException("disk");
    assertSame(io, assertThrows(IOException.class, () -> Futures.await(failed(io), "x.csv")));
    IllegalArgumentException bad = new IllegalArgumentException("row");
    assertSame(bad, assertThrows(IllegalArgumentException.class,
        () -> Futures.await(failed(bad), "x.csv")));
    OutOfMemoryError oom = new OutOfMemoryError("heap");
    assertSame(oom, assertThrows(OutOfMemoryError.class,
        () -> Futures.await(failed(oom), "x.csv")));
    TimeoutException other = new TimeoutException("checked");
    assertSame(other, assertThrows(IllegalStateException.class,
        () -> Futures.await(failed(other), "x.csv")).getCause());
  }

  @Test
  void aWorkerThatFailsBeforeCountingFailsTheWorkersThatWaitForItsCount() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<Long> count = new CompletableFuture<>();
      CompletableFuture<Long> base = count.thenApply(c -> c + 1);
      IOException io = new IOException("the range's bytes");
      Future<String> failing = Futures.submit(pool, count, () -> {
        throw io;
      });
      Future<Long> after = pool.submit(base::join);
      assertSame(io, assertThrows(IOException.class, () -> Futures.await(failing, "x.csv")));
      assertTrue(count.isCompletedExceptionally());
      assertThrows(ExecutionException.class, () -> after.get(1, TimeUnit.MINUTES));

      CompletableFuture<Long> counted = new CompletableFuture<>();
      Future<String> late = Futures.submit(pool, counted, () -> {
        counted.complete(7L);
        throw new IllegalStateException("after counting");
      });
      assertThrows(IllegalStateException.class, () -> Futures.await(late, "x.csv"));
      assertEquals(7L, counted.join());
      assertEquals("fine", Futures.await(Futures.submit(pool, new CompletableFuture<>(),
          () -> "fine"), "x.csv"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInterruptedWaitIsAnInterruptedReadWithTheFlagSetAgain() {
    Thread.currentThread().interrupt();
    try {
      InterruptedIOException e = assertThrows(InterruptedIOException.class,
          () -> Futures.await(new CompletableFuture<String>(), "x.csv"));
      assertEquals("interrupted while reading x.csv", e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }
}
